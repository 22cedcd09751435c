"""Recall shapes found missing on the fourth development set, each in wordings of its own
(wire, ministry briefing, General Staff summary, think tank, Telegram, state media) and with
near-miss wordings that must give no claim:

* an attempt with a count or an adverb before its infinitive ("tried 14 times to advance near X");
* an attempt named as a noun with its agent ("an attempt by X to break through ... was thwarted");
* "tried to break into X" as an attack;
* offensive/assault operations, and objects "in the area(s) / vicinity of X";
* drones or aircraft of a named side downed over a named place: that side attacked it;
* an attacker named only as the antecedent of a relative clause ("armour that tried to storm X");
* "returned / restored to Ukrainian control";
* a repelled attack whose attacker is a long unit name ("attacks by assault groups of the ... of Ukraine").
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def places_of(text: str, predicate: str) -> set[str | None]:
    return {place for _, place, _ in found(text, predicate)}


# --- attempts with a count, an adverb or an agent -----------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Russian troops tried 14 times to advance near Kostiantynivka, the General Staff said.",
     "Kostiantynivka", "Russia"),
    ("The enemy attempted eight times to storm our positions near Chasiv Yar over the past day, the General Staff "
     "of the Armed Forces of Ukraine reported.", "Chasiv Yar", "Russia"),
    ("Ukrainian formations tried repeatedly to break through towards Tetkino, Russia's defence ministry said.",
     "Tëtkino", "Ukraine"),
    ("Russian assault groups tried again to push towards Kurakhove on Tuesday, a Ukrainian army spokesman said.",
     "Kurakhove", "Russia"),
    ("Wagner units unsuccessfully tried several times to advance on Bakhmut from the north, ISW said.",
     "Bakhmut", "Russia"),
    ("An attempt by Ukrainian formations to break through the state border in the area of Korenevo was "
     "thwarted, the ministry said.", "Korenevo", "Ukraine"),
    ("Two attempts by Russian assault troops to break into Vovchansk were repelled overnight, the "
     "Kharkiv governor said.", "Vovchansk", "Russia"),
    ("The attempt by the Kyiv regime's saboteurs to infiltrate Kozinka failed, the regional governor wrote.",
     "Kozinka", "Ukraine"),
])
def test_an_attempt_with_a_count_or_agent_is_an_attack(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


@pytest.mark.parametrize("text", [
    # an intention, not an attempt made
    "Russia will try 14 times to advance near Kostiantynivka if the weather allows, analysts warned.",
    # a failed attempt at something other than an assault
    "An attempt by residents of Kostiantynivka to leave the town was delayed by the weather, officials said.",
    # no place
    "Russian troops tried several times to advance along the front line, the General Staff said.",
])
def test_attempt_near_misses_give_no_attack(text: str) -> None:
    assert not found(text, "attacked")


@pytest.mark.parametrize("text, place, value", [
    ("\"The enemy tried to break into Kozinka; the attack was repelled,\" the Belgorod governor wrote on "
     "Telegram.", "Kozinka", "Ukraine"),
    ("Russian infantry have been trying to break into Pokrovsk from the south-east, the 7th Corps said.",
     "Pokrovsk", "Russia"),
    ("Ukrainian sabotage groups attempted to break into Glushkovo overnight, TASS reported, citing the "
     "defence ministry.", "Glushkovo", "Ukraine"),
    ("Russian forces are again seeking to break into Siversk, the brigade's spokesman said on television.",
     "Siversk", "Russia"),
])
def test_trying_to_break_into_a_place_is_an_attack(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


def test_breaking_into_a_market_is_no_attack() -> None:
    assert not found("Thieves tried to break into a shop in Kharkiv, police said.", "attacked")
    assert not found("Investors are trying to break into the Ukrainian market, a Kyiv economist said.", "attacked")


# --- offensive operations and "in the area(s) of" -----------------------------------------
@pytest.mark.parametrize("text, places, value", [
    ("In the Bakhmut direction, the enemy conducted unsuccessful offensive actions in the areas of Berkhivka, "
     "Yahidne and Ivanivske, the General Staff said.", {"Berkhivka", "Yahidne", "Ivanivske"}, "Russia"),
    ("The Defence Forces are continuing offensive operations towards Novoprokopivka, the General Staff said.",
     {"Novoprokopivka"}, "Ukraine"),
    ("Russian forces continued assault operations in the vicinity of Toretsk on Monday, ISW said.",
     {"Toretsk"}, "Russia"),
    ("Ukrainian units launched offensive operations near Verbove and Robotyne, Russia's defence ministry said.",
     {"Verbove", "Robotyne"}, "Ukraine"),
    ("Russian artillery struck Ukrainian positions in the area of Kupiansk, the Zapad group said.",
     {"Kupiansk"}, "Russia"),
])
def test_offensive_operations_and_area_objects_are_attacks(text: str, places: set[str], value: str) -> None:
    got = found(text, "attacked")
    assert places <= {p for _, p, v in got if v == value}


def test_unsuccessful_offensive_in_the_areas_of_a_place_is_no_control_claim() -> None:
    text = ("The occupiers conducted unsuccessful offensive actions in the areas of Berkhivka and Yahidne, the "
            "General Staff said.")
    assert not found(text, "controls")


@pytest.mark.parametrize("text", [
    # operations without a side
    "Rescue operations continued in the area of Kupiansk after the flood, officials said.",
    # a plan for operations
    "Russia is preparing offensive operations towards Kupiansk, Ukrainian intelligence warned.",
])
def test_operation_near_misses_give_no_attack(text: str) -> None:
    assert not found(text, "attacked")


# --- drones and aircraft downed over a place ----------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Air defence systems intercepted and destroyed 12 Ukrainian unmanned aerial vehicles over the territory of "
     "Belgorod region overnight, the ministry said.", "Belgorod Oblast", "Ukraine"),
    ("Ukrainian air defences shot down 30 Russian drones over Kyiv overnight, the air force said.",
     "Kyiv", "Russia"),
    ("Duty air defence forces downed three Ukrainian drones over Kursk region, RIA Novosti reported.",
     "Kursk Oblast", "Ukraine"),
    ("Mobile fire groups destroyed nine Russian drones over Odesa, the regional governor wrote on Telegram.",
     "Odesa", "Russia"),
])
def test_sided_drones_downed_over_a_place_attacked_it(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


@pytest.mark.parametrize("text", [
    # whose drones is not said
    "Air defences shot down 12 drones over Belgorod region overnight, the ministry said.",
    # downed somewhere else than over a place
    "Ukrainian forces destroyed two Russian drones in a warehouse, the brigade said.",
])
def test_drone_near_misses_give_no_attack(text: str) -> None:
    assert not found(text, "attacked")


# --- attackers named by a relative clause's antecedent ------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("A column of Russian armoured vehicles that tried to break into Kupiansk from the north was destroyed on the "
     "outskirts, the city's military administration head said.", "Kupiansk", "Russia"),
    ("Ukrainian saboteurs who tried to storm Krynky were destroyed by artillery, Kherson region governor "
     "Vladimir Saldo said.", "Krynky", "Ukraine"),
    ("Russian paratroopers, who attempted to advance near Robotyne, suffered heavy losses, the brigade said.",
     "Robotyne", "Russia"),
    ("Ukrainian units which tried to push towards Tokmak were stopped by minefields, TASS said.",
     "Tokmak", "Ukraine"),
])
def test_relative_clause_antecedent_is_the_attacker(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


def test_civilians_who_tried_to_enter_a_town_are_no_attackers() -> None:
    assert not found("Residents who tried to enter Kupiansk were turned back by police, officials said.",
                     "attacked")
    assert not found("Journalists who tried to reach Bakhmut were stopped at a checkpoint, the paper said.",
                     "attacked")


def test_relative_clause_attack_keeps_the_loss_claim_of_the_main_clause() -> None:
    text = ("A Russian column that tried to break into Kupiansk from the north was destroyed on the outskirts, "
            "the head of the city administration said.")
    assert "Kupiansk" in places_of(text, "losses")
    assert "Kupiansk" in places_of(text, "attacked")


# --- returned to a side's control ---------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("The village of Piatykhatky in Zaporizhzhia Oblast has been returned to Ukrainian control, Tavria group "
     "spokesman Valerii Shershen told national television.", "Piatykhatky", "Ukraine"),
    ("Krynky has been restored to Russian control, the Dnepr group said.", "Krynky", "Russia"),
    ("Pishchane was returned to Ukrainian control on Sunday, the Khortytsia group said.", "Pishchane", "Ukraine"),
    ("After a week of fighting, Robotyne was returned to the full control of the Ukrainian army, the brigade "
     "wrote.", "Robotyne", "Ukraine"),
])
def test_returned_to_a_sides_control(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    "Power supply in Kherson was restored to normal, the mayor said.",
    "The situation in Kupiansk has returned to control, local officials said.",
])
def test_restored_without_a_side_gives_no_control(text: str) -> None:
    assert not found(text, "controls")


# --- repelled attacks by a long unit name -------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Units of the Southern group of forces repelled four attacks by assault groups of the 3rd assault brigade "
     "of the Armed Forces of Ukraine near Kleshcheevka, the ministry said.", "Klishchiivka", "Ukraine"),
    ("Our defenders repelled two attacks by assault detachments of the 20th combined arms army of the Russian "
     "Federation near Terny, the brigade said.", "Terny", "Russia"),
])
def test_repelled_attacks_by_a_long_unit_name(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


# --- a passive pull-out: "troops were pulled out of X" ------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Russia's defence ministry said on Saturday that troops had been pulled out of Balakleya and Izyum to "
     "regroup.", "Izium", "Ukraine"),
    ("Ukraine's military said its units had been pulled out of Avdiivka to save lives.", "Avdiivka", "Russia"),
    ("The remaining troops were pulled out of Lysychansk overnight, the Luhansk governor said.", "Lysychansk",
     "Russia"),
    ("Russian units have been withdrawn out of Kherson city, the defence ministry said.", "Kherson", "Ukraine"),
])
def test_passive_pull_out_of_a_place(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    "Residents were pulled out of the rubble in Kharkiv after the strike, rescuers said.",
    "Bodies were pulled out of the river near Kherson, police said.",
])
def test_pulled_out_of_rubble_is_no_withdrawal(text: str) -> None:
    assert not found(text, "controls")
