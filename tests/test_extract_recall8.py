"""Recall shapes found missing on the sixth development set, each in wordings of its own
(wire, ministry briefing, General Staff summary, think tank, Telegram, state media) and with
near-miss wordings that must give no claim:

* Cyrillic passives of giving a place up ("Купянск оставлен", "Авдіївку залишено"), "almost lost"
  as contested;
* a named part of a place that "is ours" (the Kanal microdistrict of X, the centre of X) is
  contested, while "the regional centre of X" is the city itself;
* "pulled troops out of X" without a determiner before the troops;
* "X is once again in the grey zone";
* "Russian troops are in the centre / on the outskirts of X" and "edges / inches into X": inside
  a part, so contested.
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def values_at(text: str, place: str, predicate: str = "controls") -> set[str]:
    return {value for _, found_place, value in found(text, predicate) if found_place == place}


# --- Cyrillic passives of giving a place up ------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("«Купянск оставлен, Изюм оставлен», — написал Пушилин в Telegram.", "Kupiansk", "Ukraine"),
    ("«Купянск оставлен, Изюм оставлен», — написал Пушилин в Telegram.", "Izium", "Ukraine"),
    ("«Авдіївку залишено», — написав речник Генштабу ЗСУ.", "Avdiivka", "Russia"),
    ("«Авдеевка оставлена нашими войсками», — сообщили в Минобороны России.", "Avdiivka", "Ukraine"),
    ("«Бахмут окончательно сдан», — написал Пушилин.", "Bakhmut", "Ukraine"),
    ("«Вугледар втрачено», — написав речник Генштабу ЗСУ.", "Vuhledar", "Russia"),
])
def test_cyrillic_place_given_up_goes_to_the_other_side(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


@pytest.mark.parametrize("text, place", [
    ("«Работино почти потеряно», — написал Пушилин.", "Robotyne"),
    ("«Работино практически потеряно, наши держатся только на южной окраине», — написал Пушилин.", "Robotyne"),
    ("«Часів Яр майже втрачено», — написав речник Генштабу ЗСУ.", "Chasiv Yar"),
    ("«Кременная практически сдана», — написал Пушилин.", "Kreminna"),
])
def test_cyrillic_almost_lost_is_contested(text: str, place: str) -> None:
    assert values_at(text, place) == {"contested"}


@pytest.mark.parametrize("text", [
    "«Задание выполнено, отчёт сдан», — написал Пушилин.",
    "«Вопрос о Купянске оставлен на потом», — написал Пушилин.",
    "«Багато техніки втрачено», — написав речник Генштабу ЗСУ.",
])
def test_cyrillic_given_up_near_misses(text: str) -> None:
    assert found(text) == set()


# --- a named part of a place that is "ours" -------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("\"The Kanal microdistrict of Chasiv Yar is ours, the rest of the town is burning,\" a Russian "
     "assault unit commander said in a video.", "Chasiv Yar"),
    ("\"The centre of Bakhmut is ours,\" the Wagner commander said.", "Bakhmut"),
    ("\"The Zabalka district of Toretsk is ours,\" a Russian assault commander wrote on Telegram.", "Toretsk"),
    ("\"The eastern quarter of Vovchansk is ours again,\" a Ukrainian brigade commander told Suspilne.",
     "Vovchansk"),
])
def test_a_part_of_the_place_held_is_contested(text: str, place: str) -> None:
    assert values_at(text, place) == {"contested"}


@pytest.mark.parametrize("text, place, value", [
    ("Russian units have taken full control of the regional centre of Kherson, Defence Ministry spokesman "
     "Igor Konashenkov said.", "Kherson", "Russia"),
    ("Ukrainian forces liberated the regional centre of Kherson, the General Staff said.", "Kherson", "Ukraine"),
    ("Russian troops captured the administrative centre of Avdiivka, the ministry of defence said.",
     "Avdiivka", "Russia"),
])
def test_a_regional_centre_is_the_city_itself(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


# --- pulled troops out of X -----------------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Russia's defence ministry said it had pulled troops out of Krasny Liman to more advantageous lines.",
     "Lyman", "Ukraine"),
    ("The Russian army said it had pulled its troops out of Kherson.", "Kherson", "Ukraine"),
    ("Ukraine's General Staff said it pulled units back from Avdiivka overnight.", "Avdiivka", "Russia"),
    ("Russia has pulled Wagner fighters out of Bakhmut, the ISW said.", "Bakhmut", "Ukraine"),
])
def test_pulled_troops_out_of(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


def test_pulled_out_of_a_deal_is_no_withdrawal() -> None:
    assert found("Russia pulled out of the grain deal in Istanbul, the ministry said.") == set()


# --- once again in the grey zone -------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("\"Pyatikhatki is once again in the grey zone,\" the Russian blogger said in a post on Thursday.",
     "Piatykhatky"),
    ("Krynky is again in the grey zone, Russia's defence ministry said.", "Krynky"),
    ("Robotyne is back in the gray zone, the ISW said.", "Robotyne"),
    ("Ukraine's General Staff said Urozhaine was once again in the grey zone.", "Urozhaine"),
])
def test_once_again_in_the_grey_zone(text: str, place: str) -> None:
    assert values_at(text, place) == {"contested"}


# --- a force inside a part of the place --------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Russian troops are in the centre of Kherson, the city's mayor Ihor Kolykhaiev said.", "Kherson"),
    ("Russian forces are in the centre of Toretsk, the ISW said.", "Toretsk"),
    ("Ukrainian units were already in the outskirts of the town of Kupiansk, a Russian blogger wrote.",
     "Kupiansk"),
    ("Russian soldiers are now in the centre of Pokrovsk, Ukraine's General Staff said.", "Pokrovsk"),
])
def test_troops_in_the_centre_of_the_place(text: str, place: str) -> None:
    assert values_at(text, place) == {"contested"}


@pytest.mark.parametrize("text", [
    "Russian troops are in the centre of a political storm over the mobilisation, the analyst said.",
    "Ukrainian soldiers were in the centre of attention at the parade, the ISW said.",
])
def test_troops_in_the_centre_of_something_else(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize("text, place", [
    ("Russia edges into Novohrodivka", "Novohrodivka"),
    ("Russian troops inched into Toretsk's eastern districts, the Ukrainian governor said.", "Toretsk"),
    ("Ukrainian forces edged into the southern part of Robotyne, the ISW said.", "Robotyne"),
    ("Russian units crept into the outskirts of Chasiv Yar, Ukraine's General Staff said.", "Chasiv Yar"),
])
def test_edging_into_a_place_is_contested(text: str, place: str) -> None:
    assert values_at(text, place) == {"contested"}


def test_edging_closer_is_no_entry() -> None:
    assert values_at("Russian forces edged closer to Pokrovsk, the ISW said.", "Pokrovsk") == set()


# --- a denial that says the place is still fought over --------------------------------------
def claims_of(text: str, speaker: str) -> set[tuple[str | None, str]]:
    return {(place, value) for phrase, place, value in found(text) if phrase == speaker}


@pytest.mark.parametrize("text, speaker, place", [
    ("Ukraine's General Staff denied Moscow's claim that Kursk Oblast had been fully recaptured, saying its troops "
     "were still conducting defensive operations in the region.", "Ukraine's General Staff", "Kursk Oblast"),
    ("Ukraine's army denied Russian claims that Pokrovsk had fallen, though it conceded that Russian troops "
     "controlled most of the northern part of the city.", "Ukraine's army", "Pokrovsk"),
    ("Kyiv's military rejected Russia's claim that its forces had captured Toretsk, saying fighting continues "
     "in the town.", "Kyiv's military", "Toretsk"),
    ("Russia's defence ministry denied Ukrainian reports that Kreminna had been retaken, saying battles were "
     "still raging on its western edge.", "Russia's defence ministry", "Kreminna"),
])
def test_denial_with_fighting_going_on_is_contested(text: str, speaker: str, place: str) -> None:
    assert claims_of(text, speaker) == {(place, "contested")}


def test_a_plain_denial_still_gives_the_deniers_side() -> None:
    text = ("Russia's defence ministry said its forces had captured Toretsk, a claim Ukraine's General Staff "
            "denied.")
    assert claims_of(text, "Ukraine's General Staff") == {("Toretsk", "Ukraine")}


@pytest.mark.parametrize("text", [
    "General Valery Gerasimov told Putin on Wednesday that Sudzha had been recaptured, a claim the Ukrainian "
    "military neither confirmed nor denied.",
    "Russia's defence ministry said its forces had captured Toretsk, a claim Ukraine's General Staff would not "
    "confirm or deny.",
    "Pushilin said Vuhledar had been liberated, which Kyiv's army did not deny or confirm on Friday.",
])
def test_neither_confirmed_nor_denied_gives_the_non_committal_speaker_nothing(text: str) -> None:
    assert {value for phrase, _, value in found(text)
            if phrase and ("military" in phrase or "General Staff" in phrase or "army" in phrase)} == set()


# --- attacks on "our positions in X", repelled in the next clause -----------------------------
@pytest.mark.parametrize("text, place, value", [
    ("The enemy stormed our positions in Vovchansk nine times over the past day; all assaults were repelled, "
     "the General Staff reported.", "Vovchansk", "Ukraine"),
    ("Russian troops stormed our positions in Krasnohorivka three times; all of them were repulsed, the General "
     "Staff said.", "Krasnohorivka", "Ukraine"),
    ("Ukrainian forces attacked Russian positions on Krynky; both attacks were repelled, the Russian defence "
     "ministry said.", "Krynky", "Russia"),
    ("Ukrainian formations attacked our positions in Tetkino twice, and the attacks were thwarted, the Russian "
     "defence ministry said.", "Tëtkino", "Russia"),
])
def test_attack_on_positions_in_the_place_repelled(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


@pytest.mark.parametrize("text, place", [
    ("Russian troops attacked Ukrainian positions near Vovchansk; all assaults were repelled, the General Staff "
     "said.", "Vovchansk"),
    ("The enemy stormed our positions in Vovchansk nine times over the past day, the General Staff reported.",
     "Vovchansk"),
])
def test_attack_near_the_place_or_not_repelled_gives_no_control(text: str, place: str) -> None:
    assert values_at(text, place) == set()
    assert found(text, "attacked")


# --- "X holds": the place's defenders keep it; "surrounded on three sides" is no ring -----------
@pytest.mark.parametrize("text, place, value", [
    ("The occupiers have surrounded Avdiivka on three sides but the city holds, the head of the city military "
     "administration Vitalii Barabash told Radio Svoboda.", "Avdiivka", "Ukraine"),
    ("Kupiansk is holding out, Ukraine's General Staff said.", "Kupiansk", "Ukraine"),
    ("\"Bakhmut stands,\" Zelensky said.", "Bakhmut", "Ukraine"),
    ("Vovchansk still holds, the Ukrainian governor said on Friday.", "Vovchansk", "Ukraine"),
    ("The enemy attacked Chasiv Yar but the town holds, the General Staff said.", "Chasiv Yar", "Ukraine"),
])
def test_the_place_holds(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


@pytest.mark.parametrize("text", [
    "The ceasefire holds, the UN said.",
    "Russia holds talks in Istanbul, the ministry said.",
    "The bridge at Kherson still stands, the governor said, but the road holds no traffic.",
])
def test_holds_without_a_place_subject(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "The occupiers have surrounded Avdiivka on three sides, the city's administration said.",
    "Russian forces have encircled Pokrovsk from two sides, the ISW said.",
])
def test_surrounded_on_three_sides_is_no_encirclement(text: str) -> None:
    assert found(text, "encircled") == set()


# --- "the fall of X is a fact"; "X pullout complete" ---------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("\"The fall of Velyka Novosilka is a fact; we got out on foot through the fields,\" a soldier of the 110th "
     "brigade wrote.", "Velyka Novosilka", "Russia"),
    ("The fall of Avdiivka is now a reality, Ukraine's General Staff said.", "Avdiivka", "Russia"),
    ("The liberation of Avdiivka is official, the Russian defence ministry said.", "Avdiivka", "Russia"),
    ("\"The fall of Soledar is a fact,\" Ukraine's General Staff said on Wednesday.", "Soledar", "Russia"),
])
def test_the_fall_stated_as_a_fact(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


def test_the_fall_as_a_matter_of_time_is_a_forecast() -> None:
    assert found("\"The fall of Pokrovsk is a matter of time,\" a Russian blogger said.") == set()


@pytest.mark.parametrize("text, place, value", [
    ("Russia says Kherson pullout complete\n\nNot a single piece of equipment was left on the right bank, the "
     "defence ministry said on Friday.", "Kherson", "Ukraine"),
    ("The Kherson withdrawal is complete, Russia's defence ministry said.", "Kherson", "Ukraine"),
    ("Ukraine's General Staff said the Avdiivka pullout was completed overnight.", "Avdiivka", "Russia"),
    ("Kyiv says Soledar withdrawal over", "Soledar", "Russia"),
])
def test_a_place_named_withdrawal_completed(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said the Kherson withdrawal would be complete by Friday.",
    "The Kherson withdrawal plan is complete, the ministry said.",
])
def test_a_withdrawal_planned_or_named_only(text: str) -> None:
    assert found(text) == set()


# --- an advance on a flank of X; an incursion into a region -------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Fighting continues for Klishchiivka; the Defence Forces are gradually advancing on the southern flank of "
     "Bakhmut, the General Staff said.", "Bakhmut", "Ukraine"),
    ("Russian troops pressed on the northern flank of Avdiivka, the ISW said.", "Avdiivka", "Russia"),
    ("Ukrainian troops pushed several kilometres into Russia's Kursk region on Wednesday, the regional governor "
     "Alexei Smirnov said.", "Kursk Oblast", "Ukraine"),
    ("Russian troops advanced into Ukraine's Kharkiv region from Belgorod, the ISW said.", "Kharkiv Oblast",
     "Russia"),
])
def test_advance_on_a_flank_or_into_a_region(text: str, place: str, value: str) -> None:
    assert values_at(text, place, "attacked") == {value}


def test_pushing_into_a_town_is_entry_not_an_attack_claim() -> None:
    text = "Russian forces pushed into Pokrovsk, the ISW said."
    assert values_at(text, "Pokrovsk", "attacked") == set()
    assert values_at(text, "Pokrovsk") == {"contested"}


@pytest.mark.parametrize("text, place", [
    ("Russian forces captured the northern flank of Robotyne, the ministry said.", "Robotyne"),
    ("Ukrainian forces have retaken about 20 square kilometres of territory on the flanks of Bakhmut, Deputy "
     "Defence Minister Hanna Maliar said.", "Bakhmut"),
])
def test_a_flank_taken_is_outside_the_place(text: str, place: str) -> None:
    assert values_at(text, place) == set()


def test_a_withdrawal_handed_over_later_in_the_quote_keeps_the_place() -> None:
    text = ("\"We are pulling units out of Bakhmut today. By June 1, most of them will be at rear camps. We are "
            "handing the positions over to the military,\" Prigozhin said.")
    assert values_at(text, "Bakhmut") == {"Russia"}


# --- a plural attack noun governed by a modal or negated verb is no event -------------------------
@pytest.mark.parametrize("text", [
    "Russian forces aim to take Pokrovsk by the end of the year, and they will likely intensify assaults on "
    "Myrnohrad to do so.",
    "Ukrainian forces may launch renewed counterattacks near Robotyne in the coming weeks, depending on the weather.",
    "Russian forces have not made any confirmed advances near Kupiansk, the ISW said.",
    "The Russian command could order fresh attacks on Chasiv Yar next month, a Ukrainian spokesman said.",
    "Ukrainian troops did not conduct any counterattacks near Krynky, the Russian ministry said.",
])
def test_attacks_planned_forecast_or_denied(text: str) -> None:
    assert found(text, "attacked") == set()


@pytest.mark.parametrize("text, place, value", [
    ("Russian forces intensified assaults on Myrnohrad, the ISW said.", "Myrnohrad", "Russia"),
    ("Ukrainian forces launched renewed counterattacks near Robotyne, the ISW said.", "Robotyne", "Ukraine"),
    ("Russian forces may have launched new attacks on Vovchansk, the ISW said.", "Vovchansk", "Russia"),
    ("Russia attacks Kharkiv with drones", "Kharkiv", "Russia"),
])
def test_attacks_that_happened_still_count(text: str, place: str, value: str) -> None:
    assert values_at(text, place, "attacked") == {value}


# --- a claim someone has not made is nobody's ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ukrainian officials have not said the city of Kherson has fallen.",
    "Kyiv has not confirmed that Russian forces captured Toretsk, Reuters reported.",
    "Ukraine's military has not yet acknowledged the loss of Vuhledar.",
    "Moscow did not say its troops had taken Krynky.",
])
def test_an_unsaid_claim_gives_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_said_claim_after_an_unsaid_one_still_counts() -> None:
    text = ("Ukraine has not said whether Vuhledar has fallen, but Russia's defence ministry said its forces had "
            "captured Toretsk.")
    assert found(text) == {("Russia's defence ministry", "Toretsk", "Russia")}


# --- trying to dislodge the defenders from X; "holding the line" after it ---------------------------
@pytest.mark.parametrize("text, place, value", [
    ("The enemy is trying to dislodge our units from Selydove, the General Staff said.", "Selydove", "Russia"),
    ("Russian troops tried to drive Ukrainian forces out of Krynky, the ministry said.", "Krynky", "Russia"),
    ("Ukrainian units attempted to oust Russian troops from Robotyne, the ISW said.", "Robotyne", "Ukraine"),
    ("The enemy continues trying to push our defenders out of Toretsk, the General Staff said.", "Toretsk", "Russia"),
])
def test_trying_to_dislodge_defenders_attacks_the_place(text: str, place: str, value: str) -> None:
    assert values_at(text, place, "attacked") == {value}


@pytest.mark.parametrize("text, place, value", [
    ("The enemy is trying to dislodge our units from Selydove; the Defence Forces are holding the line, the "
     "General Staff said on Saturday.", "Selydove", "Ukraine"),
    ("Russian troops tried to drive Ukrainian forces out of Krynky, but the attempt was repelled, the Ukrainian "
     "navy said.", "Krynky", "Ukraine"),
    ("The occupiers tried to storm Vovchansk; our defenders are still holding their positions, the General Staff "
     "said.", "Vovchansk", "Ukraine"),
])
def test_an_attempt_on_the_place_held_off(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


def test_holding_the_line_after_a_push_towards_the_place_gives_no_control() -> None:
    text = "Russian troops tried to push towards Kurakhove; our units are holding their positions, the General Staff said."
    assert values_at(text, "Kurakhove") == set()
