"""A headline's "Ukraine pulls troops from Avdiivka": "pull" with a unit noun and "from" is a
withdrawal, as "pulled troops out of" already was; "pulled survivors from the rubble" is not."""

from __future__ import annotations

import pytest
from conftest import control_values


@pytest.mark.parametrize("text, place, value", [
    ("Ukraine pulls troops from Avdiivka", "Avdiivka", "Russia"),
    ("Ukraine pulled its remaining troops from Avdiivka overnight, the army said.", "Avdiivka", "Russia"),
    ("Russia pulls its forces from Kherson city, defence minister says", "Kherson", "Ukraine"),
    ("Kyiv is pulling units from Vuhledar after weeks of encirclement threats, officials said.", "Vuhledar",
     "Russia"),
])
def test_pulling_troops_from_a_place_gives_it_up(text: str, place: str, value: str) -> None:
    assert control_values(text) == {place: value}


@pytest.mark.parametrize("text", [
    "Rescuers pulled survivors from the rubble in Kramatorsk.",
    "The company pulled its staff from Kyiv in February 2022.",
])
def test_pulling_other_things_from_a_place_is_no_withdrawal(text: str) -> None:
    assert control_values(text) == {}
