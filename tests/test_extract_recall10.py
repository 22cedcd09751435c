"""Recall shapes of the seventh round, on the control side, each in wordings of its own (wire,
ministry briefing, General Staff summary, think tank, headline, Telegram) with near misses that
must give no claim:

* the members of a counted settlement noun after a comma, a dash, a colon or a bracket ("captured
  two more villages in eastern Ukraine, A and B"), and after "including" behind an area or a place;
* coordinated subjects and relatives ("A and B both remain contested", "near A and B, which both
  remain fought over") and a second predicate after "and" ("X has been destroyed and is under
  Russian control");
* a region before a plural settlement noun ("Kharkiv region villages") and a river crossed are no
  place a side holds.

Withdrawals, Cyrillic subjects, headline compounds and the smaller shapes are in test_extract_recall10b.
"""

from __future__ import annotations

import pytest

from conftest import control_values, found_claims as found


# --- members of a counted settlement noun ---------------------------------------------------
@pytest.mark.parametrize("text, places, value", [
    ("Russian forces captured two more villages in eastern Ukraine, Novotroitske and Zelenivka, the defence "
     "ministry said.", ("Novotroitske", "Zelenivka"), "Russia"),
    ("Russian troops took three villages - Novotroitske, Zelenivka and Vovkove - in the Donetsk region, "
     "Moscow said.", ("Novotroitske", "Zelenivka", "Vovkove"), "Russia"),
    ("The ministry said units of the Battlegroup Centre had taken control of four settlements: Novotroitske, "
     "Zelenivka, Vovkove and Pishchane.", ("Novotroitske", "Zelenivka", "Vovkove", "Pishchane"), "Russia"),
    ("Ukrainian forces liberated two villages (Staromaiorske and Urozhaine) in the south, the General Staff "
     "said.", ("Staromaiorske", "Urozhaine"), "Ukraine"),
    ("Russia's army seized several more settlements near Pokrovsk, Novotroitske and Zelenivka, according "
     "to the ministry.", ("Novotroitske", "Zelenivka"), "Russia"),
    ("Ukrainian troops have recaptured two villages \u2013 Klishchiivka and Andriivka \u2013 south of Bakhmut, "
     "the army said.", ("Klishchiivka", "Andriivka"), "Ukraine"),
])
def test_members_of_a_counted_settlement_noun_are_held(text: str, places: tuple[str, ...], value: str) -> None:
    values = control_values(text)
    assert {place: values.get(place) for place in places} == dict.fromkeys(places, value)


@pytest.mark.parametrize("text", [
    # the list closes the attribution: its speakers, not its items
    "Russian forces captured several villages, Kyiv and Washington said.",
    "Russian forces captured two villages near Bakhmut, Kyiv said.",
    # the list is the subject of a new clause
    "Russian forces captured two villages near Bakhmut, Soledar and Avdiivka remain under attack.",
    # a list of regions, not of the settlements
    "Russian troops have liberated a number of settlements in the Donetsk, Zaporozhye and Kharkov regions, "
    "the ministry said.",
    "Russian troops have liberated several settlements in the Donetsk region, Zaporizhzhia and Kharkiv, the "
    "ministry said.",
    # a count the list does not fill
    "Russian forces took three villages, Novotroitske and Zelenivka, the ministry said.",
])
def test_counted_noun_near_misses_give_no_control(text: str) -> None:
    assert not {place for place, value in control_values(text).items()
                if place in ("Kyiv", "Soledar", "Avdiivka", "Zaporizhzhia Oblast", "Kharkiv Oblast",
                             "Zaporizhzhia", "Kharkiv", "Novotroitske", "Zelenivka")}


# --- "including" behind an area or a place ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces recaptured more than 3,000 sq km in Kharkiv region, including the cities of Kupiansk "
     "and Izium, officials said.", {"Kupiansk": "Ukraine", "Izium": "Ukraine"}),
    ("Ukraine's forces control around 1,000 square kilometres of Russia's Kursk region, including the town "
     "of Sudzha, army chief Oleksandr Syrskyi said.", {"Kursk Oblast": "contested", "Sudzha": "Ukraine"}),
    ("Ukrainian troops now hold 1,200 square kilometres of the Kursk region, including Sudzha and Martynovka, "
     "Syrskyi said.", {"Kursk Oblast": "contested", "Sudzha": "Ukraine", "Martynovka": "Ukraine"}),
    ("Russian troops have seized about 500 square kilometres in the Kharkiv region, including the town of "
     "Vovchansk, the ministry said.", {"Vovchansk": "Russia"}),
])
def test_members_after_including_are_held_whole(text: str, expected: dict[str, str]) -> None:
    values = control_values(text)
    assert {place: values.get(place) for place in expected} == expected


@pytest.mark.parametrize("text", [
    "Russian forces captured Avdiivka, including the coke plant, the ministry said.",
    "Russian forces shelled the Kharkiv region, including the city of Kupiansk, the governor said.",
])
def test_including_near_misses_add_no_control(text: str) -> None:
    assert set(control_values(text)) <= {"Avdiivka"}


# --- coordinated subjects, relatives and a second predicate after "and" -------------------------
@pytest.mark.parametrize("text, places, value", [
    ("Toretsk and Chasiv Yar both remain contested, the spokesman said.", ("Toretsk", "Chasiv Yar"), "contested"),
    ("Fighting raged near Toretsk and Chasiv Yar, which both remain fought over, the General Staff said.",
     ("Toretsk", "Chasiv Yar"), "contested"),
    ("Chasiv Yar remains fought over, a spokesman for the Khortytsia group said.", ("Chasiv Yar",), "contested"),
    ("Russian bloggers said Klishchiivka and Andriivka, which are both fiercely contested, were under "
     "heavy fire.", ("Klishchiivka", "Andriivka"), "contested"),
    ("Marinka has been destroyed and is under Russian control, the governor said.", ("Marinka",), "Russia"),
    ("Avdiivka was ruined and is now under Russian control, officials said.", ("Avdiivka",), "Russia"),
    ("Vuhledar was razed and is in Russian hands, the ministry said.", ("Vuhledar",), "Russia"),
    ("Kupiansk was attacked and is under Ukrainian control, the governor said.", ("Kupiansk",), "Ukraine"),
])
def test_coordinated_subjects_and_second_predicates(text: str, places: tuple[str, ...], value: str) -> None:
    values = control_values(text)
    assert {place: values.get(place) for place in places} == dict.fromkeys(places, value)


@pytest.mark.parametrize("text", [
    "Bakhmut was fought over for ten months in 2023, the historian said.",
    "Fighting raged near Toretsk and Chasiv Yar, which was shelled overnight, the General Staff said.",
    "Sappers said the bridge was destroyed and is under water near Kherson.",
])
def test_coordination_near_misses(text: str) -> None:
    values = control_values(text)
    assert "Bakhmut" not in values and "Toretsk" not in values and "Kherson" not in values


# --- what no side holds ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russian troops captured Kharkiv region villages, the ministry said.",
    "Russian troops captured several Kharkiv region villages, the ministry said.",
    "Russian troops captured the villages of Kharkiv region, the ministry said.",
    "Moscow said its forces had taken Zaporizhzhia region settlements overnight.",
])
def test_a_region_before_its_settlements_is_no_control_claim(text: str) -> None:
    assert not {place for place in control_values(text) if place and place.endswith("Oblast")}


@pytest.mark.parametrize("text", [
    "Ukrainian forces repelled an attempt to cross the Dnipro, the Southern command said.",
    "Ukrainian marines repelled Russian attempts to cross the Dnieper near Krynky, the navy said.",
    "Russian troops repulsed an attack across the Dnipro River, the ministry said.",
])
def test_a_river_gets_no_controller_but_stays_attacked(text: str) -> None:
    assert "Dnipro River" not in control_values(text)


def test_a_repelled_crossing_still_attacks_the_river() -> None:
    text = "Ukrainian forces repelled an attempt to cross the Dnipro, the Southern command said."
    assert {place for _, place, _ in found(text, "attacked")} == {"Dnipro River"}


def test_a_settlement_still_takes_its_city_noun_and_the_settlements_of_a_list() -> None:
    assert control_values("Russian troops captured Bakhmut city, the ministry said.") == {"Bakhmut": "Russia"}
    assert control_values("Russia said its troops liberated the settlements of Novotroitske and Vovkove in the "
                          "Donetsk region.") == {"Novotroitske": "Russia", "Vovkove": "Russia"}
