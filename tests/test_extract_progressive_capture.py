"""A capture in the progressive is one still going on: the place is contested.

"Ukrainian troops are clearing X" and "Russian forces were still taking X" report an operation under
way, as "continue to clear X" and "X is being cleared" do; the finished "cleared X" and the passive
state "X is liberated" keep their side.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims


def _claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    found = extract_claims(text, outlet="Test Wire", published_at=datetime(2025, 3, 1, tzinfo=timezone.utc),
                           title=title)
    return {(c.speaker_phrase, c.place, c.value) for c in found if c.predicate == "controls"}


@pytest.mark.parametrize("text", [
    "Ukrainian units are clearing Kupiansk, the army said.",
    "Ukrainian units are still clearing Kupiansk, the army said.",
    "Russian forces were slowly capturing Kupiansk, the army said.",
])
def test_a_capture_under_way_is_contested(text):
    assert _claims(text) == {("the army", "Kupiansk", "contested")}


def test_a_headline_second_voice_clearing_the_city_is_contested():
    claims = _claims("No details were given.", title="Russia claims Kupiansk as Ukraine says its troops are clearing "
                                                      "the city")
    assert ("Ukraine", "Kupiansk", "contested") in claims
    assert ("Ukraine", "Kupiansk", "Ukraine") not in claims


@pytest.mark.parametrize("text, value", [
    ("Ukrainian units cleared Kupiansk, the army said.", "Ukraine"),        # done
    ("Ukrainian units have cleared Kupiansk, the army said.", "Ukraine"),
    ("Kupiansk is liberated, the army said.", "Ukraine"),                   # a state, not an act
])
def test_a_finished_capture_keeps_its_side(text, value):
    assert _claims(text) == {("the army", "Kupiansk", value)}


@pytest.mark.parametrize("text", [
    "Demining teams are clearing Kupiansk.",                # no force, no capture
    "Volunteers were still clearing Kupiansk on Friday.",
    "Rescue workers are clearing the Kharkiv region of debris.",
])
def test_a_progressive_clearing_by_civilians_claims_nothing(text):
    assert _claims(text) == set()
