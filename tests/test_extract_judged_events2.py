"""Verdicts on an event state it, also when a relative clause gives them or the event is one's own retreat.

"The ministry, which on Sunday hailed the liberation of X, said ..." is the ministry's statement that X
was taken, as "The ministry hailed the liberation of X" is; crediting a unit with a capture states it
as congratulating one on it does; a body describing "the withdrawal of its forces from X" as a
regrouping admits the withdrawal. Onlookers' celebrations and verdicts on other things state nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims


def _claims(text: str) -> set[tuple[str | None, str | None, str]]:
    found = extract_claims(text, outlet="Test Wire", published_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    return {(c.speaker_phrase, c.place, c.value) for c in found if c.predicate == "controls"}


@pytest.mark.parametrize("text, speaker, value", [
    ("Russia's defence ministry, which on Friday credited paratroopers with the liberation of Marinka, said "
     "the units were being rotated.", "Russia's defence ministry", "Russia"),
    ("Russia's defence ministry credited the Vostok group with the capture of Marinka.",
     "Russia's defence ministry", "Russia"),
    ("Sergei Shoigu, who last week congratulated the troops on the capture of Marinka, toured a hospital.",
     "Sergei Shoigu", "Russia"),
    ("Russia's defence ministry has described the withdrawal of its forces from Marinka as a regrouping.",
     "Russia's defence ministry", "Ukraine"),
])
def test_a_verdict_on_a_capture_or_an_own_withdrawal_states_it(text, speaker, value):
    assert (speaker, "Marinka", value) in _claims(text)


@pytest.mark.parametrize("text", [
    "The crowd, which celebrated the liberation of Marinka, sang in the square.",      # onlookers
    "Zelensky credited Western artillery with slowing the advance on Marinka.",        # no capture
    "The general was credited with the defence of Marinka.",                           # a defence, no change
    "Analysts described the withdrawal from Marinka as chaotic.",                      # whose forces is unclear
])
def test_other_verdicts_state_no_capture(text):
    assert _claims(text) == set()
