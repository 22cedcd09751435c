"""Wordings from the seventeenth session's reading of dev15, probed with other places and speakers: a force
"cleared X of the enemy" (the place between the verb and its "of"), and a place "free of" one side's troops
(that side no longer holds it)."""

from __future__ import annotations

import pytest

from conftest import hedged_controls as controls


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian marines have cleared Kozacha Lopan of the enemy, Ukraine's navy said.",
     ("Ukraine's navy", "Kozacha Lopan", "Ukraine", False)),
    ("Russian assault units cleared Novomykhailivka of Ukrainian troops, the ministry said.",
     ("the ministry", "Novomykhailivka", "Russia", False)),
    # the clearing force is unnamed: the cleared-out side says who holds it
    ("The 3rd brigade cleared Robotyne of Russian forces, the General Staff said.",
     ("the General Staff", "Robotyne", "Ukraine", False)),
])
def test_a_place_cleared_of_a_force_is_held_by_the_other_side(text: str, expected: tuple) -> None:
    assert expected in controls(text)


@pytest.mark.parametrize("text", [
    "Volunteers cleared Kozacha Lopan of rubble, the mayor said.",
    "Sappers have cleared Robotyne of mines, the General Staff said.",
    # an order or a plan is no claim
    "The brigade will clear Robotyne of Russian forces, the commander said.",
])
def test_clearing_debris_or_a_plan_to_clear_is_no_control_claim(text: str) -> None:
    assert controls(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The Sumy region is completely free of Russian troops, governor Dmytro Zhyvytskyi said.",
     ("governor Dmytro Zhyvytskyi", "Sumy Oblast", "Ukraine", False)),
    ("Vovchansk is now free of the occupiers, the regional administration said.",
     ("the regional administration", "Vovchansk", "Ukraine", False)),
    ("Marinka has been fully free of Ukrainian units since Monday, the ministry in Moscow said.",
     ("the ministry in Moscow", "Marinka", "Russia", False)),
])
def test_a_place_free_of_one_sides_troops_is_held_by_the_other(text: str, expected: tuple) -> None:
    assert expected in controls(text)


@pytest.mark.parametrize("text", [
    "Vovchansk is free of Russian shelling for the first time in weeks, the mayor said.",
    "The Sumy region is now free of mines along the main roads, the police said.",
    "Vovchansk will soon be free of the occupiers, the president said.",
    "Vovchansk is not yet free of Russian troops, the regional administration said.",
])
def test_free_of_shelling_mines_or_not_yet_free_is_no_claim_that_a_side_holds_it(text: str) -> None:
    assert {value for _, place, value, _ in controls(text) if place == "Vovchansk" and value == "Ukraine"} == set()
    assert "Sumy Oblast" not in {place for _, place, _, _ in controls(text)}


@pytest.mark.parametrize("text, expected", [
    # "all but the fringe of X" is nearly all of X: a partial hold, so fought over
    ("Russian troops have probably seized all but the southern edge of Vovchansk, the ministry in London said.",
     ("the ministry in London", "Vovchansk", "contested", True)),
    ("Ukrainian units now hold all but a few streets of Kupiansk, the brigade's spokesman said.",
     ("the brigade's spokesman", "Kupiansk", "contested", False)),
])
def test_all_but_a_part_of_a_place_is_a_partial_hold(text: str, expected: tuple) -> None:
    assert expected in controls(text)


@pytest.mark.parametrize("text", [
    # "all but" before the verb is "nearly": nothing was taken, lost or surrounded yet
    "Russian forces have all but captured Vovchansk, the governor said.",
    "The town is all but lost, officers said of Kupiansk.",
    "Russian forces have all but surrounded Kupiansk, the governor said.",
])
def test_all_but_before_the_verb_is_no_event(text: str) -> None:
    claims = controls(text)
    assert all(value == "contested" for _, _, value, _ in claims)


@pytest.mark.parametrize("text, expected", [
    # "not yet fully" before a passive participle: a part is held, the rest fought over
    ("Robotyne is not yet fully liberated, the General Staff said.", ("the General Staff", "Robotyne", "contested", False)),
    ("Pokrovsk is not yet fully under Russian control, the Russian blogger said.",
     ("the Russian blogger", "Pokrovsk", "contested", False)),
    # "not yet captured": the defender's claim to hold it
    ("Kupiansk has not yet been captured, Ukraine's General Staff said.",
     ("Ukraine's General Staff", "Kupiansk", "Ukraine", False)),
])
def test_not_yet_before_a_passive_keeps_the_subject_place(text: str, expected: tuple) -> None:
    assert expected in controls(text)


def test_yet_again_is_no_negation() -> None:
    assert ("Ukraine's General Staff", "Kupiansk", "Ukraine", False) in controls(
        "Kupiansk was liberated yet again, Ukraine's General Staff said.")
