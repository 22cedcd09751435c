"""Recall shapes of the seventh pass, second part (the predicate side), with near misses:

* a small share of a place held ("only a small pocket of Toretsk", "a sliver of Bakhmut") is partial;
* breaking through into a place or to its centre is fighting inside it (contested);
* "our flag is over X" is the speaker's side holding X;
* "Ukrainian troops in X have withdrawn": the leaving force's place, only with nothing withdrawn after;
* a headline's present "Russian troops storm X", "edge closer to X" is an attack.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2024, 9, 1, 12, 0, tzinfo=timezone.utc)


def claims_of(text: str, predicate: str) -> dict[str, str]:
    return {c.place: c.value for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
            if c.predicate == predicate and c.place}


@pytest.mark.parametrize("text, place", [
    ("Ukrainian troops hold only a small pocket of Toretsk, Russia's defence ministry said.", "Toretsk"),
    ("Ukrainian forces still control a sliver of Bakhmut's western outskirts, the ISW said.", "Bakhmut"),
    ("Russian troops have broken through into the centre of Pokrovsk, the DeepState project said.", "Pokrovsk"),
    ("Russian troops have broken through to the centre of Pokrovsk, Ukraine's army said.", "Pokrovsk"),
    ("Ukrainian forces broke through into Robotyne on Monday, the 47th Brigade said.", "Robotyne"),
    ("Russian forces hold a corner of Chasiv Yar's Kanal district, the Ukrainian army said.", "Chasiv Yar"),
])
def test_a_small_share_or_a_break_in_is_contested(text: str, place: str) -> None:
    assert claims_of(text, "controls").get(place) == "contested"


@pytest.mark.parametrize("text, place", [
    # near misses: a breakthrough near a place, or to its outskirts, is an attack, no control
    ("Russian forces broke through Ukrainian lines near Ocheretyne, Ukraine's army said.", "Ocheretyne"),
    ("Russian forces broke through to the outskirts of Pokrovsk, Ukraine's army said.", "Pokrovsk"),
])
def test_a_breakthrough_near_a_place_is_an_attack(text: str, place: str) -> None:
    assert place not in claims_of(text, "controls")
    assert claims_of(text, "attacked").get(place) == "Russia"


@pytest.mark.parametrize("text, place, value", [
    ("\"Our flag is over Krynky,\" a Ukrainian marine wrote on Telegram.", "Krynky", "Ukraine"),
    ("\"Our flag is already over Vuhledar,\" a Russian commander said.", "Vuhledar", "Russia"),
    ("The Ukrainian flag is flying over Kherson again, President Volodymyr Zelensky said.", "Kherson", "Ukraine"),
    ("Ukrainian troops in Vuhledar have withdrawn, Ukraine's army said.", "Vuhledar", "Russia"),
    ("Russian forces in Kherson have fully withdrawn, Ukraine's defence ministry said.", "Kherson", "Ukraine"),
    ("Units stationed in Izyum have been withdrawn, Russia's defence ministry said.", "Izium", "Ukraine"),
])
def test_a_flag_over_a_place_and_its_garrison_leaving(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text", [
    # near misses: troops in a place withdraw something else (a person, a request)
    "Ukrainian troops in Bakhmut withdrew several wounded soldiers, the brigade said.",
    "Russian forces in Kherson withdrew their request for a ceasefire, the ministry said.",
])
def test_troops_withdrawing_something_keep_their_place(text: str) -> None:
    assert claims_of(text, "controls") == {}


@pytest.mark.parametrize("text, place", [
    ("Russian troops storm Chasiv Yar", "Chasiv Yar"),
    ("Russians storm Toretsk as Kyiv rushes reinforcements", "Toretsk"),
    ("Russian forces edge closer to Pokrovsk", "Pokrovsk"),
    ("Russian troops storm Ukrainian positions near Chasiv Yar, Ukraine's army said.", "Chasiv Yar"),
])
def test_a_headline_present_attack(text: str, place: str) -> None:
    assert claims_of(text, "attacked").get(place) == "Russia"


@pytest.mark.parametrize("text", [
    # near misses: the weather, and an alternative not taken
    "A storm hit Odesa overnight, the governor said.",
    "Russian forces aim to encircle Pokrovsk rather than storm it head-on, a Ukrainian officer said.",
    "Storm clouds gather over Pokrovsk, residents say.",
])
def test_a_storm_that_is_no_attack(text: str) -> None:
    assert claims_of(text, "attacked") == {}
