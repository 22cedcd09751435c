"""Wire copy's locators between a verb and its place: "the eastern Ukrainian town of Avdiivka",
"the Russian border town of Sudzha", "Ukrainian village of Ivanivka". A side adjective before a
place noun locates the place; before anything else ("Ukrainian soldiers near X") it bridges nothing."""

from __future__ import annotations

import pytest
from conftest import control_values


@pytest.mark.parametrize("text, place, value", [
    ("Russian forces captured the eastern Ukrainian town of Avdiivka, the ministry said.", "Avdiivka", "Russia"),
    ("Ukrainian troops seized the Russian border town of Sudzha, Kyiv said.", "Sudzha", "Ukraine"),
    ("Russia says it captured Ukrainian village of Ivanivka", "Ivanivka", "Russia"),
    ("Ukraine retook the southern Ukrainian city of Kherson in November 2022, the outlet recalled.", "Kherson",
     "Ukraine"),
    ("Moscow says it has taken the Ukrainian border village of Kozacha Lopan.", "Kozacha Lopan", "Russia"),
])
def test_a_side_adjective_before_a_place_noun_locates_the_place(text: str, place: str, value: str) -> None:
    assert control_values(text) == {place: value}


@pytest.mark.parametrize("text", [
    "Russian forces captured Ukrainian soldiers near Avdiivka.",
    "Ukrainian troops seized Russian equipment outside Sudzha.",
])
def test_a_side_adjective_before_anything_else_bridges_nothing(text: str) -> None:
    assert control_values(text) == {}


@pytest.mark.parametrize("text, place, value", [
    # any short description closed by a settlement noun and "of"
    ("Russian troops captured the strategic hilltop town of Vuhledar, Moscow said.", "Vuhledar", "Russia"),
    ("Russia said it had captured the war-ravaged city of Bakhmut.", "Bakhmut", "Russia"),
    ("Russian forces took control of the heavily fortified town of Avdiivka.", "Avdiivka", "Russia"),
    # a region named as the town's locator is no object of its own
    ("Ukraine's army said it had retaken the northeastern Kharkiv region town of Vovchansk.", "Vovchansk",
     "Ukraine"),
    ("Russian troops seized the Donetsk region town of Ocheretyne.", "Ocheretyne", "Russia"),
])
def test_a_described_place_is_still_the_object(text: str, place: str, value: str) -> None:
    assert control_values(text) == {place: value}


@pytest.mark.parametrize("text", [
    # a preposition ends the description: the soldiers were captured, not the town
    "Russian forces captured several Ukrainian soldiers in the town of Avdiivka.",
    "Russian troops seized weapons depots near the city of Pokrovsk.",
])
def test_a_description_never_runs_through_a_preposition(text: str) -> None:
    assert control_values(text) == {}
