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


# --- "the town" after "near X"; a coordinated verb's subject ------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Russian marines have not gained a single metre near Vuhledar this week and the town remains firmly in "
     "Ukrainian hands, spokesman Oleksiy Dmytrashkivskyi told a briefing.", "Vuhledar", "Ukraine"),
    ("Fighting continued near Kupiansk overnight, but the city is still held by Ukrainian troops, Ukraine's "
     "army said.", "Kupiansk", "Ukraine"),
    ("Russian forces massed near Pokrovsk this week, and the town is now partly in Russian hands, Ukraine's army said.",
     "Pokrovsk", "contested"),
    ("In the Kursk direction, the Defence Forces repelled nine assaults by the occupiers near Malaya Loknya and "
     "continue to hold the settlement, Ukraine's General Staff said.", "Malaya Loknya", "Ukraine"),
    ("Ukrainian forces repelled Russian attacks and recaptured Robotyne, the army said.", "Robotyne", "Ukraine"),
    ("Russian troops attacked Ukrainian positions and then captured Ocheretyne, Ukraine's army said.",
     "Ocheretyne", "Russia"),
])
def test_a_landmark_town_and_a_coordinated_verb(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text, absent", [
    # near misses: the town near a landmark is another, unnamed one; a direction is no town talked about
    ("Russian troops captured three villages near Bakhmut, and the town is under heavy fire, Ukraine's army said.",
     "Bakhmut"),
    ("Russian troops took a town near Avdiivka, and the town is now under Russian control, the ministry said.",
     "Avdiivka"),
    ("In the Kursk direction, Ukrainian troops still hold the town, Ukraine's General Staff said.", "Kursk"),
])
def test_an_unnamed_town_near_a_landmark_is_not_the_landmark(text: str, absent: str) -> None:
    assert absent not in claims_of(text, "controls")


# --- "we left X" by a speaker of no known side --------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    # the place's Russian spelling is the outlet's transliteration, not the soldier's side
    ("\"We left Ugledar. We could not hold it any longer,\" a soldier of the 72nd brigade wrote in a post "
     "shared by Ukrainian media.", "Vuhledar", "Russia"),
    ("\"We left Avdiivka last night,\" a soldier of the 110th brigade said.", "Avdiivka", "Russia"),
    ("\"We had to withdraw from Marinka,\" a company commander told the newspaper.", "Marinka", "Russia"),
    ("\"Our units pulled out of Krynky,\" a marine told the BBC.", "Krynky", "Russia"),
    # a speaker of known side, and a speaker in the other side's official wording
    ("\"We withdrew from Kherson to save our men,\" a Russian officer said.", "Kherson", "Ukraine"),
    ("\"We left Krasny Liman, the Kiev regime's nationalists had surrounded us,\" a fighter said.",
     "Lyman", "Ukraine"),
])
def test_we_left_a_place(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text", [
    # near misses: residents leaving, and a plan to leave
    "\"We left Bakhmut with our children in March,\" a resident said.",
    "\"We will leave Vuhledar if ordered,\" a soldier of the 72nd brigade said.",
])
def test_we_left_without_a_withdrawal(text: str) -> None:
    assert claims_of(text, "controls") == {}


# --- Cyrillic holding and "most of it is ours"; a loss its loser hides or admits --------------------------
@pytest.mark.parametrize("text, place, value", [
    ("\u00abВовчанськ тримаємо\u00bb, \u2014 написав у Telegram голова Харківської ОВА Олег Синєгубов.",
     "Vovchansk", "Ukraine"),
    ("\"Часів Яр тримаємо,\" the 24th Brigade wrote on Telegram.", "Chasiv Yar", "Ukraine"),
    ("\"Часов Яр удерживаем,\" a Russian commander said.", "Chasiv Yar", "Russia"),
    ("\u00abКрасногоровка почти вся наша, бои идут на западной окраине\u00bb, milblogger Yuri Kotenok wrote.",
     "Krasnohorivka", "contested"),
    ("\"Торецьк майже весь наш,\" a Russian blogger wrote.", "Toretsk", "contested"),
    ("\"Мирноград наш,\" a Russian blogger wrote.", "Myrnohrad", "Russia"),
    ("Kyiv is concealing the loss of Toretsk, the Russian defence ministry said.", "Toretsk", "Russia"),
    ("The Kiev regime is hiding the loss of Kurakhovo, Andrei Marochko said.", "Kurakhove", "Russia"),
    ("The Kremlin downplayed the loss of Kherson, Western officials said.", "Kherson", "Ukraine"),
])
def test_cyrillic_holding_and_admitted_losses(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text", [
    # near misses: holding a line, not a place; a feared loss; a hidden loss whose loser is not named
    "\"Ми тримаємо оборону,\" the brigade wrote.",
    "Kyiv fears the loss of Pokrovsk, analysts said.",
    "Zelensky's regime is hiding the loss of Kurakhovo from its citizens, military expert Andrei Marochko claimed.",
])
def test_no_hold_or_loss_claim(text: str) -> None:
    assert claims_of(text, "controls") == {}


@pytest.mark.parametrize("text, predicate, place", [
    # places of the war the gazetteer lacked: Russian air bases, Kursk and Kharkiv/Sumy border villages
    ("Ukrainian drones struck the Morozovsk airfield overnight, Russia's defence ministry said.", "attacked",
     "Morozovsk"),
    ("Ukrainian drones attacked Engels, Russia's defence ministry said.", "attacked", "Engels"),
    ("Units of the Zapad battlegroup liberated Krokhmalnoye in the Kharkov region, Russia's defence ministry said.",
     "controls", "Krokhmalne"),
    ("Russian troops recaptured Zaoleshenka and Russkoye Porechnoye, Russia's defence ministry said.", "controls",
     "Russkoye Porechnoye"),
    ("Russia's defence ministry said its troops had captured Vodolahy in the Sumy region.", "controls", "Vodolahy"),
])
def test_curated_places_of_the_war(text: str, predicate: str, place: str) -> None:
    assert place in claims_of(text, predicate)
