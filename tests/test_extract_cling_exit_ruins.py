"""Three wordings of control that read as nothing before.

Clinging to a foothold is keeping one (contested); troops who "got out of" a town withdrew from it;
the ruins (or rubble) of a town are the town, for a flag over them or a capture of them. Near misses:
clinging to something that is no foothold, people who are no troops getting out, troops getting out of
something that is not the place.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims


def _claims(text: str) -> set[tuple[str | None, str | None, str]]:
    found = extract_claims(text, outlet="Test Wire", published_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    return {(c.speaker_phrase, c.place, c.value) for c in found if c.predicate == "controls"}


@pytest.mark.parametrize("text, claim", [
    ("Ukrainian paratroopers still cling to a narrow foothold in Krynky.", (None, "Krynky", "contested")),
    ("Ukrainian marines clung on to a tenuous foothold in Krynky through the winter.",
     (None, "Krynky", "contested")),
    ("Ukraine's army said most of its soldiers got out of Marinka before the assault.",
     ("Ukraine's army", "Marinka", "Russia")),
    ("Russian flags now fly over the ruins of Marinka.", (None, "Marinka", "Russia")),
    ("Russian troops finally took the rubble of Marinka.", (None, "Marinka", "Russia")),
])
def test_the_wording_makes_its_claim(text, claim):
    assert claim in _claims(text)


@pytest.mark.parametrize("text", [
    "Families in Krynky cling to hope that the shelling will stop.",
    "Marines who had clung to a foothold in Krynky for months were decorated on Friday.",   # over
    "Residents got out of Marinka before the siege began.",
    "Russian troops got out of their vehicles outside Marinka.",
])
def test_near_misses_claim_nothing(text):
    assert _claims(text) == set()
