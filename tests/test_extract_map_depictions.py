"""A front-line map's depiction of a place is its project's claim.

Mapping projects speak through their maps ("DeepState marks X as a grey zone", "the ISW map shows
most of X as Russian-held"): a place shown as a grey zone or contested, or shown mostly in one side's
hands, is contested in the project's voice. Depictions by what is no map, or of something that is
no state of control, claim nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims


def _claims(text: str) -> set[tuple[str | None, str | None, str]]:
    found = extract_claims(text, outlet="Test Wire", published_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    return {(c.speaker_phrase, c.place, c.value) for c in found if c.predicate == "controls"}


@pytest.mark.parametrize("text, speaker", [
    ("DeepState now marks Chasiv Yar as a grey zone.", "DeepState"),
    ("DeepState marked Chasiv Yar as contested on Friday.", "DeepState"),
    ("The ISW map shows most of Chasiv Yar as Russian-held.", "The ISW map"),
    ("DeepState, a volunteer project that tracks the front, showed much of Chasiv Yar as occupied.", "DeepState"),
    ("DeepState now shows almost the whole of the town of Chasiv Yar as a grey zone.", "DeepState"),
])
def test_a_map_showing_a_place_contested_or_mostly_held_is_a_contested_claim(text, speaker):
    assert (speaker, "Chasiv Yar", "contested") in _claims(text)


def test_the_town_a_map_depicts_may_be_named_before():
    claims = _claims("Russian troops stormed Chasiv Yar last month. "
                     "DeepState now marks nearly the whole of the town as a grey zone.")
    assert ("DeepState", "Chasiv Yar", "contested") in claims


@pytest.mark.parametrize("text", [
    "The drone footage showed most of Chasiv Yar as a wasteland.",      # a sight, not a state of control
    "The photographs showed Chasiv Yar as it was before the war.",      # "as" is no depiction of a state
    "Residents marked Chasiv Yar as a grey zone on their own maps.",    # not a mapping project
])
def test_other_depictions_claim_nothing(text):
    assert _claims(text) == set()


def test_a_project_called_by_what_it_is_speaks_for_its_map():
    claims = _claims("Ukrainian troops have withdrawn from Chasiv Yar, the army said on Monday, and the DeepState "
                     "monitoring project marked most of the hilltop town as occupied.")
    assert ("the DeepState monitoring project", "Chasiv Yar", "contested") in claims
    assert (None, "Chasiv Yar", "contested") not in claims


def test_a_group_that_is_no_mapping_project_does_not_speak_for_a_map():
    claims = _claims("The Wagner group marked Chasiv Yar as a grey zone.")
    assert not any(speaker == "The Wagner group" for speaker, _, _ in claims)
