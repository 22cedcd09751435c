"""Russian and Ukrainian reporting verbs in the neuter, the form a ministry or a command takes
("сообщило Минобороны России", "повідомило Міноборони"), attribute the claim like any other form."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims


def speakers(text: str) -> dict[str, str | None]:
    claims = extract_claims(text, outlet="Test Wire", published_at=datetime(2024, 9, 1, tzinfo=UTC))
    return {c.place: c.speaker for c in claims if c.predicate == "controls"}


@pytest.mark.parametrize("text, place, speaker", [
    ("Российские войска освободили Угледар, сообщило Минобороны России.", "Vuhledar",
     "Russian Ministry of Defence"),
    ("Минобороны России сообщило, что российские войска освободили Угледар.", "Vuhledar",
     "Russian Ministry of Defence"),
    ("Российские войска освободили Авдеевку, заявило Министерство обороны России.", "Avdiivka",
     "Russian Ministry of Defence"),
    ("Російські війська захопили Вугледар, повідомило Міноборони України.", "Vuhledar",
     "Ukrainian Ministry of Defence"),
])
def test_a_neuter_reporting_verb_names_its_speaker(text: str, place: str, speaker: str) -> None:
    assert speakers(text) == {place: speaker}


def test_a_neuter_verb_without_a_speaker_after_it_attributes_nothing() -> None:
    # "it was reported" with no one named stays the outlet's claim
    assert speakers("Российские войска освободили Угледар, сообщило.") == {"Vuhledar": "Test Wire"}
