"""A speaker whose name has lower-case words ("The Institute for the Study of War") keeps its appositive.

"The Institute for the Study of War, a Washington-based think tank, said C" is wire copy's standard first
mention; the name scan before the appositive took only capitalised words, so the report went to the
outlet, or was lost.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2023, 1, 14, tzinfo=timezone.utc)


def _speakers(text: str) -> set[str]:
    return {c.speaker for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.place == "Soledar"}


@pytest.mark.parametrize("text", [
    "The Institute for the Study of War, a Washington-based think tank, said Russian forces had captured Soledar.",
    "The Institute for the Study of War, a think tank, said Russian forces controlled most of Soledar.",
    "Russian forces captured Soledar, the Institute for the Study of War, a Washington-based think tank, said.",
])
def test_a_name_with_lower_case_words_before_its_appositive_speaks(text: str) -> None:
    assert _speakers(text) == {"Institute for the Study of War"}


def test_a_name_of_capitalised_words_still_speaks() -> None:
    assert _speakers("Serhii Cherevatyi, a spokesman for Ukraine's eastern military command, said Ukrainian "
                     "troops still held Soledar.") == {"Serhiy Cherevatyi"}
