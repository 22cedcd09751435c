"""Russia's named force groupings in the defence ministry's English ("Units of the Battlegroup Centre
liberated the settlement of X") are Russian actors: the grouping's name, not the head noun, carries
the side, so a liberation they claim is Russia's, whoever publishes it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims


def control_values(text: str) -> dict[str, str]:
    claims = extract_claims(text, outlet="Test Wire", published_at=datetime(2024, 9, 1, tzinfo=UTC))
    return {c.place: c.value for c in claims if c.predicate == "controls"}


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
