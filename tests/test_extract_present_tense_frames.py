"""Plural speakers in the present tense ("Officials in Kyiv insist ...", headline style) report
claims as the singular forms do; modal uses and content verbs do not become frames."""

from __future__ import annotations

import pytest

from conftest import control_claims_in


def control_claims(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(c.speaker_phrase, c.place, c.value, c.hedged) for c in control_claims_in(text)}


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Officials in Kyiv insist Pokrovsk has not been taken.", "Officials in Kyiv", "Pokrovsk", "Ukraine"),
    ("Ukrainian commanders insist that Chasiv Yar remains under Ukrainian control.",
     "Ukrainian commanders", "Chasiv Yar", "Ukraine"),
    ("Pro-Kremlin war bloggers announce that Russian troops have captured Krasnohorivka.",
     "Pro-Kremlin war bloggers", "Krasnohorivka", "Russia"),
    ("Russian-installed officials declare Marinka fully liberated.",
     "Russian-installed officials", "Marinka", "Russia"),
    ("Separatist leaders assert that their forces hold Avdiivka.", "Separatist leaders", "Avdiivka", "Russia"),
])
def test_a_plural_present_tense_speaker_reports_the_claim(text, speaker, place, value):
    assert any(s == speaker and p == place and v == value for s, p, v, _ in control_claims(text)), \
        control_claims(text)


def test_believe_is_an_assessment_and_hedges():
    found = control_claims("Western analysts believe Russian forces captured Robotyne last week.")
    assert ("Western analysts", "Robotyne", "Russia", True) in found


@pytest.mark.parametrize("text", [
    # a modal: a prediction, not a report
    "Russian officials could insist that Pokrovsk has been taken.",
    # "maintain" holds positions; it does not report anything
    "Ukrainian forces likely still maintain positions in Krynky.",
])
def test_modal_uses_and_content_verbs_are_not_speakers(text):
    assert not any(s and ("could" in s or "still" in s) for s, _, _, _ in control_claims(text)), control_claims(text)
