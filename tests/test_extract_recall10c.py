"""Recall shapes of the seventh round, third part: institutions' stock phrases (the Russian
ministry's "has passed under the full control of", the General Staff's "restored positions in",
"pulled back to lines outside X"), a capture under way ("X is being cleared block by block"), and
Cyrillic "X полностью наша" / "установили полный контроль над X", each with near misses.
"""

from __future__ import annotations

import pytest

from conftest import control_values


@pytest.mark.parametrize("text, place, value", [
    ("Velikaya Novoselka has passed under the full control of Russian forces, the ministry said.",
     "Velyka Novosilka", "Russia"),
    ("Ugledar has now passed under the control of Russian troops, the Russian Defence Ministry reported.",
     "Vuhledar", "Russia"),
    ("Velikaya Novoselka, an important stronghold of the Ukrainian armed forces in the southern Donetsk "
     "direction, has passed under the full control of the Vostok group of forces, the ministry said.",
     "Velyka Novosilka", "Russia"),
    ("Ukrainian units have restored positions in the western part of Toretsk, the General Staff said.",
     "Toretsk", "contested"),
    ("Ukrainian troops regained positions in Krasnohorivka, the General Staff said.", "Krasnohorivka", "contested"),
    ("Ukrainian units had pulled back to lines outside Sudzha, the General Staff said.", "Sudzha", "Russia"),
    ("Russian troops withdrew to prepared positions outside Kherson, the ministry said.", "Kherson", "Ukraine"),
    ("Ukraine's forces retreated to new defensive lines just outside Avdiivka, the brigade said.", "Avdiivka",
     "Russia"),
])
def test_stock_phrases_of_military_summaries(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


@pytest.mark.parametrize("text, place", [
    ("Ukrainian troops restored the power line near Izium, officials said.", "Izium"),
    ("Ukrainian units are digging new lines outside Pokrovsk, the brigade said.", "Pokrovsk"),
    ("Refugees passed through Zaporizhzhia on their way west, officials said.", "Zaporizhzhia"),
    ("Ukrainian troops may have to withdraw to lines outside Pokrovsk, the analyst said.", "Pokrovsk"),
])
def test_stock_phrase_near_misses(text: str, place: str) -> None:
    assert place not in control_values(text)


@pytest.mark.parametrize("text, place", [
    ("Chasiv Yar is being cleared block by block, the blogger Yuri Podolyaka wrote, citing Russian units.",
     "Chasiv Yar"),
    ("Kupiansk is being liberated, the Russian ministry said.", "Kupiansk"),
    ("Russian troops said Toretsk was being mopped up street by street.", "Toretsk"),
    ("Marinka is being taken house by house, Russian military bloggers said.", "Marinka"),
])
def test_a_capture_under_way_is_contested(text: str, place: str) -> None:
    assert control_values(text).get(place) == "contested"


@pytest.mark.parametrize("text", [
    "Residents are being evacuated from Pokrovsk, the governor said.",
    "The road to Kostiantynivka is being cleared of mines, officials said.",
])
def test_being_near_misses(text: str) -> None:
    assert control_values(text) == {}


@pytest.mark.parametrize("text, place, value", [
    ("«Двуречная полностью наша», — сообщил Пушилин.", "Dvorichna", "Russia"),
    ("«Работино снова наше», — написал Пушилин.", "Robotyne", "Russia"),
    ("«Наши подразделения установили полный контроль над Работино», — сообщил Пушилин.", "Robotyne", "Russia"),
    ("«ЗСУ відновили контроль над Куп'янськом», — написав речник Генштабу ЗСУ.", "Kupiansk", "Ukraine"),
])
def test_cyrillic_whole_place_and_control_restored(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


@pytest.mark.parametrize("text, place", [
    ("«Наши установят контроль над Купянском», — заявил Пушилин.", "Kupiansk"),
    ("«Мы потеряли контроль над Работино», — написал военкор.", "Robotyne"),
])
def test_cyrillic_control_near_misses(text: str, place: str) -> None:
    assert control_values(text).get(place) != "Russia"


# --- the General Staff's "clashes took place in X itself", "X and with it Y", "under Kyiv's control" ---
@pytest.mark.parametrize("text, expected", [
    ("In the Toretsk direction, 11 combat clashes took place in Toretsk itself and near Dyliivka, the General "
     "Staff said.", {"Toretsk": "contested"}),
    ("Over the past day, clashes have taken place in Chasiv Yar, the General Staff reported.",
     {"Chasiv Yar": "contested"}),
    ("DeepState said Russian forces now controlled Hlyboke, but that Lyptsi itself remained in Ukrainian hands.",
     {"Hlyboke": "Russia", "Lyptsi": "Ukraine"}),
    ("Shoigu told Putin that Russian forces had taken full control of Lysychansk and with it the entire Luhansk "
     "region.", {"Lysychansk": "Russia", "Luhansk Oblast": "Russia"}),
    ("Kramatorsk is still under Kyiv's control, the governor said.", {"Kramatorsk": "Ukraine"}),
    ("Melitopol remains under Moscow's control, the exiled mayor said.", {"Melitopol": "Russia"}),
])
def test_general_staff_and_wire_phrases(text: str, expected: dict[str, str]) -> None:
    assert control_values(text) == expected


@pytest.mark.parametrize("text, place", [
    ("Over the past day, 14 combat clashes took place near Pokrovsk, the General Staff said.", "Pokrovsk"),
    ("Clashes took place in Kyiv between police and protesters, officials said.", "Kyiv"),
])
def test_clashes_near_a_place_or_civil_are_no_control(text: str, place: str) -> None:
    assert place not in control_values(text)


# --- a list located by the side that still holds it ------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Its loss would bring Moscow closer to Kramatorsk and Sloviansk, the last big cities in the region still "
     "under Kyiv's control.", {"Kramatorsk": "Ukraine", "Sloviansk": "Ukraine"}),
    ("Russian forces are pushing towards Kramatorsk and Sloviansk, the last major cities in Donetsk region "
     "still in Ukrainian hands.", {"Kramatorsk": "Ukraine", "Sloviansk": "Ukraine"}),
    ("Russian troops advanced towards Kostiantynivka, the largest town in the area still under Ukrainian "
     "control, the analyst said.", {"Kostiantynivka": "Ukraine"}),
    ("Zaporizhzhia, a city now under Ukrainian control, was shelled overnight.", {"Zaporizhzhia": "Ukraine"}),
])
def test_appositive_of_the_holding_side(text: str, expected: dict[str, str]) -> None:
    values = control_values(text)
    assert {place: values.get(place) for place in expected} == expected


@pytest.mark.parametrize("text", [
    "The strike hit Kharkiv, the city where the governor now lives.",
    "Kupiansk, the town Russia still claims, was shelled overnight.",
    "Officials met in Kyiv, the capital, which is still under air-raid alert.",
])
def test_appositive_near_misses(text: str) -> None:
    assert control_values(text) == {}


# --- "returning under control", a completed withdrawal ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ukraine's Defence Intelligence agency announced on Friday that Kherson was returning under Ukrainian "
     "control.", {"Kherson": "Ukraine"}),
    ("Moscow, for its part, said the withdrawal of its troops from Kherson and the rest of the right bank had "
     "been completed by 5 am Moscow time.", {"Kherson": "Ukraine"}),
    ("Kyiv said the pullout of its units from Avdiivka was now complete.", {"Avdiivka": "Russia"}),
])
def test_returns_and_completed_withdrawals(text: str, expected: dict[str, str]) -> None:
    assert control_values(text) == expected


@pytest.mark.parametrize("text", [
    "Russia said the withdrawal of its troops from Kherson would be completed within days.",
    "Russian troops shelled Avdiivka, where fighting has raged for months, the governor said.",
    "Ukrainians returned to Kherson, where fighting had ended months earlier, officials said.",
])
def test_return_and_withdrawal_near_misses(text: str) -> None:
    values = control_values(text)
    assert "Kherson" not in values and "Avdiivka" not in values


def test_a_relative_after_an_oblast_qualifier_hangs_on_the_settlement() -> None:
    text = "Russian troops retook Staromaiorske in Donetsk Oblast, which Ukrainian forces took in July, Moscow said."
    assert "Donetsk Oblast" not in control_values(text)


@pytest.mark.parametrize("text, places", [
    ("Its loss would open the way for Russian forces to the last big Ukrainian-held cities in the region, "
     "Kramatorsk and Sloviansk, military analysts say.", ("Kramatorsk", "Sloviansk")),
    ("Russian troops took two towns, Soledar and Bakhmut, after months of fighting, the ministry said.",
     ("Soledar", "Bakhmut")),
])
def test_counted_cities_and_towns(text: str, places: tuple[str, ...]) -> None:
    values = control_values(text)
    assert all(place in values for place in places)
