"""Wordings from the sixteenth session's reading of dev14, probed with other places and speakers: a verb
coordinated with the clause's first after an adverb ("... and now fully controlled both villages"), "once
again in Ukrainian hands" (no condition), a belief made conditional ("would believe X only when ..."),
counted settlements in a region with a named member ("regained control of 20 settlements in the Kharkiv
region, including X"), a denial with operations still going on, "the village" after attacks or defences
"near" it, the passive "the flag of Ukraine has been raised over X", "still contesting X", an advance
"halted at" a place, a force "already in" a place, and namesakes told apart by the oblast or a nearby town."""

from __future__ import annotations

import pytest

from conftest import hedged_controls as controls

from crosscheck.resolve import Gazetteer


@pytest.mark.parametrize("text, expected", [
    ("The ministry said Russian troops had driven Ukrainian units out of Pishchane and now firmly held the village.",
     ("The ministry", "Pishchane", "Russia", False)),
    ("Ukrainian marines pushed the occupiers out of Krynky and completely controlled the village by evening, "
     "the navy said.", ("the navy", "Krynky", "Ukraine", False)),
])
def test_a_coordinated_verb_after_an_adverb_keeps_the_clause_subject(text: str, expected: tuple) -> None:
    assert expected in controls(text)


def test_once_again_in_a_sides_hands_is_no_condition() -> None:
    assert controls("Ukrainian officials said Kherson was once again in Ukrainian hands.") == {
        ("Ukrainian officials", "Kherson", "Ukraine", False)}


@pytest.mark.parametrize("text", [
    "The mayor said residents will believe Russian troops have left Enerhodar only when they see it.",
    "Kyiv said it would accept that Bakhmut had fallen only after its own commanders confirmed it.",
    "The ministry said Kyiv would believe Russia had withdrawn from Izium only when Ukrainian flags flew over the town.",
    "Once Russian troops take Pokrovsk, they will push on to Dnipro, an analyst said.",
])
def test_a_belief_or_an_event_made_conditional_is_no_claim(text: str) -> None:
    assert controls(text) == set()


def test_a_plain_belief_stays_a_claim() -> None:
    assert ("Kyiv", "Kherson", "Ukraine", True) in controls("Kyiv believes Russia has withdrawn from Kherson, "
                                                             "the ministry said.")


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian troops regained control of several villages, including Balakliia, the General Staff said.",
     {("the General Staff", "Balakliia", "Ukraine", False)}),
    ("Ukrainian troops have moved into enemy defences and regained control of more than 20 settlements in the "
     "Kharkiv region, including Kupiansk, the General Staff said.", {("the General Staff", "Kupiansk", "Ukraine", False)}),
])
def test_counted_settlements_in_a_region_claim_only_their_named_member(text: str, expected: set) -> None:
    assert controls(text) == expected


def test_settlements_in_a_region_are_no_claim_on_the_region() -> None:
    found = controls("Russian forces took control of three villages in the Donetsk region, including Novoselivka, "
                     "the ministry said.")
    assert found and all(place != "Donetsk Oblast" for _, place, _, _ in found)


@pytest.mark.parametrize("text, place", [
    ("The General Staff rejected Moscow's claim that Vovchansk had been captured, saying Ukrainian units were still "
     "conducting search-and-strike operations in the town.", "Vovchansk"),
])
def test_a_denial_with_operations_still_going_on_is_contested(text: str, place: str) -> None:
    assert any(value == "contested" and where == place for _, where, value, _ in controls(text))


def test_a_denial_with_resting_special_operations_forces_is_no_contest() -> None:
    assert ("Kyiv", "Chasiv Yar", "Ukraine", False) in controls(
        "Kyiv denied that Chasiv Yar had fallen, saying its special operations forces were resting.")


@pytest.mark.parametrize("text, expected", [
    ("The General Staff said Russian assaults near Hryhorivka had failed and the village was still held by "
     "Ukrainian troops.", ("The General Staff", "Hryhorivka", "Ukraine", False)),
    ("Ukrainian forces have breached the Russian defences near Verbove and are fighting inside the village, "
     "the ministry said.", ("the ministry", "Verbove", "contested", False)),
])
def test_the_village_after_attacks_or_defences_near_it_is_that_village(text: str, expected: tuple) -> None:
    assert expected in controls(text)


@pytest.mark.parametrize("text", [
    "Russian attacks near Bakhmut were repelled, and the village was evacuated, the governor said.",
    "Shelling near Kupiansk damaged three houses, and the village lost power, the governor said.",
])
def test_the_village_after_a_town_near_which_something_happened_claims_nothing(text: str) -> None:
    assert controls(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The flag of Russia was hoisted over Avdiivka, the defence ministry said.",
     ("the defence ministry", "Avdiivka", "Russia", False)),
    ("The flag of Ukraine has been raised over Vovchansk, the brigade said.", ("the brigade", "Vovchansk", "Ukraine", False)),
])
def test_the_flag_of_a_side_raised_over_a_place(text: str, expected: tuple) -> None:
    assert controls(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The ministry said Ukrainian units were still contesting Krynky.", ("The ministry", "Krynky", "contested", False)),
    ("ISW said Russian forces continue to contest the village of Robotyne.", ("ISW", "Robotyne", "contested", False)),
])
def test_still_contesting_a_place_is_contested(text: str, expected: tuple) -> None:
    assert controls(text) == {expected}


@pytest.mark.parametrize("text", [
    "A flag of Ukraine hangs in the museum in Lviv, the curator said.",
    "Kyiv is still contesting the results of the vote in Kharkiv, the ministry said.",
    "The General Staff said Ukrainian forces stopped the enemy offensive at Vovchansk.",
    "Kyiv said its forces had stabilised the front and halted the Russian advance at Hlyboke.",
])
def test_no_control_claim(text: str) -> None:
    assert controls(text) == set()


def test_a_repelled_attack_on_a_place_still_holds_it() -> None:
    assert ("The General Staff", "Krynky", "Ukraine", False) in controls(
        "The General Staff said Ukrainian forces repelled an attack on Krynky.")


def test_a_force_already_in_a_place_contests_it() -> None:
    assert controls("Our assault groups are already in Toretsk, a Russian military blogger wrote.") == {
        ("a Russian military blogger", "Toretsk", "contested", False)}


def test_a_force_already_in_position_near_a_place_claims_nothing() -> None:
    assert controls("Russian assault troops are already in position near Pokrovsk, the analyst said.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Servicemen have liberated the settlement of Dachnoye in the Dnepropetrovsk region, the ministry said.",
     ["cc:dachne-dnipropetrovsk", "cc:oblast-dnipropetrovsk"]),
    ("Moscow announced the capture of Stepove in the Zaporizhzhia region, not the Stepove near Avdiivka.",
     ["cc:stepove-zaporizhzhia", "cc:oblast-zaporizhzhia", "cc:stepove-pokrovsk", "gn:713122"]),
])
def test_namesakes_told_apart_by_the_oblast_or_a_nearby_town(text: str, expected: list[str]) -> None:
    assert [m.place.place_id if m.place else None for m in Gazetteer.default().find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Robotyne has fallen, a Russian military blogger acknowledged.",
     ("a Russian military blogger", "Robotyne", "Ukraine", False)),
    ("Pishchane has fallen, our units pulled back to the next line, a Russian war correspondent admitted on Telegram.",
     ("a Russian war correspondent", "Pishchane", "Ukraine", False)),
])
def test_a_fall_a_side_concedes_is_the_other_sides_gain(text: str, expected: tuple) -> None:
    assert controls(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Avdiivka has fallen, a Ukrainian officer admitted.", ("a Ukrainian officer", "Avdiivka", "Russia", False)),
    ("Bakhmut has fallen, the Russian defence ministry said.",
     ("the Russian defence ministry", "Bakhmut", "Russia", False)),
])
def test_a_fall_said_or_conceded_by_the_losing_side_stays_the_takers(text: str, expected: tuple) -> None:
    assert controls(text) == {expected}
