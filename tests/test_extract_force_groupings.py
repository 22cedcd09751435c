"""Russia's named force groupings in the defence ministry's English ("Units of the Battlegroup Centre
liberated the settlement of X") are Russian actors: the grouping's name, not the head noun, carries
the side, so a liberation they claim is Russia's, whoever publishes it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import control_values

from crosscheck.extract import extract_claims


@pytest.mark.parametrize("text, place", [
    ("Units of the Battlegroup Centre liberated the settlement of Novoselivka.", "Novoselivka"),
    ("The Battlegroup Center liberated Krasnohorivka after fierce fighting, TASS reported.", "Krasnohorivka"),
    ("Units of the Battlegroup South improved their tactical position and liberated Klishchiivka.", "Klishchiivka"),
    ("Assault units of the Battlegroup West liberated Synkivka in the Kharkiv region.", "Synkivka"),
    ("Troops of the Dnepr battlegroup liberated Krynky, Russian state media said.", "Krynky"),
])
def test_a_named_russian_grouping_liberates_for_russia(text: str, place: str) -> None:
    assert control_values(text) == {place: "Russia"}


@pytest.mark.parametrize("text, place, value", [
    # Ukraine's own groupings keep their side
    ("Units of the Khortytsia group liberated Klishchiivka, Ukraine's army said.", "Klishchiivka", "Ukraine"),
    # "group" followed by an ordinary word is no grouping's name
    ("A Ukrainian assault group liberated Robotyne.", "Robotyne", "Ukraine"),
])
def test_other_groups_keep_their_own_side(text: str, place: str, value: str) -> None:
    assert control_values(text) == {place: value}


def speakers_of(text: str) -> dict[str, str | None]:
    claims = extract_claims(text, outlet="Test Wire", published_at=datetime(2024, 9, 1, tzinfo=UTC))
    return {c.place: c.speaker_phrase for c in claims if c.predicate == "controls"}


@pytest.mark.parametrize("text, place, speaker", [
    # a second verb after "and" is the subject's act, reported by the sentence's speaker
    ("Units of the Battlegroup South took more favourable positions and liberated Klishchiivka, the ministry "
     "said.", "Klishchiivka", "the ministry"),
    ("Russian troops advanced and liberated Novoselivka, the Russian defence ministry said.", "Novoselivka",
     "the Russian defence ministry"),
    ("Ukrainian marines crossed the river and liberated Krynky, the navy spokesman said.", "Krynky",
     "the navy spokesman"),
    ("Assault groups broke through the defences and occupied Vodiane, Denis Pushilin said.", "Vodiane",
     "Denis Pushilin"),
])
def test_a_coordinated_verb_is_no_adjective(text: str, place: str, speaker: str) -> None:
    assert speakers_of(text) == {place: speaker}


@pytest.mark.parametrize("text, place", [
    # a list of places: the participle describes the second one, in the outlet's voice
    ("Residents of Kharkiv and liberated Izium celebrated, the governor said.", "Izium"),
    ("Drones struck targets in Kherson and occupied Nova Kakhovka overnight, officials said.", "Nova Kakhovka"),
])
def test_a_participle_after_a_listed_place_stays_an_adjective(text: str, place: str) -> None:
    assert speakers_of(text) == {place: None}
