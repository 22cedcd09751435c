"""An attribution set inside its own claim in wire style: "Russian forces, the ministry said Friday, had taken X"
(a bare weekday after the verb) and "Russian forces had, the ministry said, taken X" (the claim broken after
its auxiliary).

Before, the weekday made the rest a clause of the speaker's own and the subject "Russian forces" was cut off
(no claim), and the claim broken after "had" went to the outlet.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2023, 1, 14, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str]]:
    return {(c.speaker, c.place, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russian forces, the ministry said Friday, had taken Soledar.", "the ministry", "Soledar", "Russia"),
    ("Ukrainian troops, the General Staff said early Saturday, were still holding Soledar.", "the General Staff",
     "Soledar", "Ukraine"),
    ("Russian forces had, the Russian Defense Ministry said, taken Soledar.", "Russian Ministry of Defence",
     "Soledar", "Russia"),
    ("Ukrainian troops have, Pushilin said on Telegram, been driven out of Marinka.", "Denis Pushilin", "Marinka",
     "Russia"),
])
def test_the_claim_runs_on_after_the_inserted_attribution(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in _claims(text)


@pytest.mark.parametrize("text, claim", [
    # a weekday ending the attribution before a new clause: the claim before it stays whole
    ("Russian forces captured Soledar, the Russian Defense Ministry said Friday, and Ukraine denied it.",
     ("Russian Ministry of Defence", "Soledar", "Russia")),
    ("Russian forces captured Soledar, the Russian Defense Ministry said Friday, calling it a turning point.",
     ("Russian Ministry of Defence", "Soledar", "Russia")),
    # an auxiliary that ends a clause of its own is not an interrupted claim
    ("Ukraine's forces still hold Bakhmut, as they have, the governor said.", ("the governor", "Bakhmut", "Ukraine")),
])
def test_an_attribution_after_a_whole_claim_still_closes_it(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _claims(text)
