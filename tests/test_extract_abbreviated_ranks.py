"""AP style abbreviates ranks and titles before a name ("Col. Nazar Voloshyn", "Lt. Col. Anton Kotsukon").

A speaker after its verb ("..., said Col. Nazar Voloshyn, a military spokesman") ended at the rank's period,
so the speaker was "Col"; the period after a rank is now inside the speaker's phrase.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 2, 18, tzinfo=timezone.utc)


def _speakers(text: str) -> set[str]:
    return {c.speaker for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, speaker", [
    ("Ukrainian forces still hold Avdiivka, said Col. Nazar Voloshyn, a military spokesman.", "Nazar Voloshyn"),
    ("Ukrainian forces still hold Kupiansk, said Col. Nazar Voloshyn.", "Nazar Voloshyn"),
    ("Ukrainian forces still hold Avdiivka, said Lt. Col. Anton Kotsukon, a brigade spokesman.",
     "Lt. Col. Anton Kotsukon"),
    ("Russian forces captured Selydove, said Maj. Gen. Igor Konashenkov.", "Igor Konashenkov"),
])
def test_a_rank_abbreviation_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a sentence's own closing period still ends the speaker
    ("Ukrainian forces still hold Kupiansk, said Nazar Voloshyn. He added that the city was calm.", "Nazar Voloshyn"),
    ("Ukrainian forces still hold Kupiansk, said Col. Nazar Voloshyn. Russian shelling went on.", "Nazar Voloshyn"),
])
def test_the_sentence_end_still_ends_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == {speaker}
