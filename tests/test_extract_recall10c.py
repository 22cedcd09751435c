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
