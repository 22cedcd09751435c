"""Russian and Ukrainian attribution: reporting verbs in the neuter, the form a ministry or a command takes
("сообщило Минобороны России", "повідомило Міноборони"), "according to" heads ("По данным X,", "За даними X,")
and relaying agencies ("..., передает ТАСС") attribute the claim to the body they name."""

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


@pytest.mark.parametrize("text, place, speaker", [
    ("По данным Минобороны России, российские войска освободили Угледар.", "Vuhledar", "Russian Ministry of Defence"),
    ("По словам Пушилина, российские войска освободили Угледар.", "Vuhledar", "Denis Pushilin"),
    ("Российские войска освободили Угледар, передает ТАСС.", "Vuhledar", "TASS"),
    ("Российские войска освободили Авдеевку, пишет Meduza.", "Avdiivka", "Meduza"),
])
def test_according_to_and_relaying_agencies_name_their_speaker(text: str, place: str, speaker: str) -> None:
    assert speakers(text) == {place: speaker}


def test_according_to_a_time_names_no_one() -> None:
    assert speakers("По данным на утро, российские войска освободили Угледар.") == {"Vuhledar": "Test Wire"}
