"""Recall shapes of the seventh pass (the predicate side), each in wordings of its own with near misses
that must give no claim (or keep their claim):

* counted personnel of a side killed or wounded at a place ("some 200 Russian soldiers were killed or
  wounded near Avdiivka") are that side's losses;
* a quoted Cyrillic verb with a subject that names a side ("Росіяни захопили Торецьк", "ВСУ оставили
  Угледар"), "the enemy" or the speaker's own troops ("войска освободили населённый пункт X");
* a share of a place ("70% of Toretsk", "the outskirts of Pokrovsk") held or taken is partial control.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2024, 9, 1, 12, 0, tzinfo=timezone.utc)


def claims_of(text: str, predicate: str) -> dict[str, str]:
    return {c.place: c.value for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
            if c.predicate == predicate and c.place}


# --- losses: counted personnel killed or wounded ---------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Some 200 Russian soldiers were killed or wounded near Avdiivka over the past day, Ukraine's army said.",
     "Avdiivka", "Russia"),
    ("More than 100 Ukrainian servicemen were killed near Krynky, Russia's defence ministry said.",
     "Krynky", "Ukraine"),
    ("Up to 60 Ukrainian troops have been killed in the Kupiansk direction over the week, the Russian "
     "defence ministry said in its daily bulletin.", "Kupiansk", "Ukraine"),
    ("Dozens of Russian paratroopers were wounded near Robotyne, Ukraine's southern command said on Telegram.",
     "Robotyne", "Russia"),
    ("At least 30 enemy fighters had been killed and wounded near Vuhledar, Russia's defence ministry said.",
     "Vuhledar", "Ukraine"),
])
def test_counted_personnel_killed_or_wounded_are_losses(text: str, place: str, value: str) -> None:
    assert claims_of(text, "losses").get(place) == value


@pytest.mark.parametrize("text", [
    # civilians are no side's losses; prisoners taken are not labelled as losses
    "Two civilians were killed in Kherson overnight, the regional governor said.",
    "Ten Russian soldiers were captured near Robotyne, Ukraine's army said.",
    "Five residents were wounded in Kharkiv after a Russian strike, the governor said.",
])
def test_civilians_and_prisoners_are_not_losses(text: str) -> None:
    assert claims_of(text, "losses") == {}


# --- Cyrillic verbs with a sided subject -----------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("\"Росіяни захопили Торецьк,\" a Ukrainian soldier wrote on Telegram.", "Toretsk", "Russia"),
    ("\"ВСУ оставили Угледар,\" Russian war blogger Rybar wrote on Telegram.", "Vuhledar", "Russia"),
    ("\"Окупанти захопили Вугледар,\" the Ukrainian army's eastern command wrote.", "Vuhledar", "Russia"),
    ("\"ЗСУ звільнили Роботине,\" the General Staff of Ukraine's armed forces wrote on Telegram.",
     "Robotyne", "Ukraine"),
    ("\"Войска освободили населённый пункт Первомайское,\" the Russian defence ministry said on Telegram.",
     "Pervomaiske", "Russia"),
    ("\"Противник захватил Работино,\" a Russian commander told state television.", "Robotyne", "Ukraine"),
    ("\"Российские войска освободили город Угледар,\" Russian war blogger Rybar wrote.", "Vuhledar", "Russia"),
])
def test_cyrillic_verbs_take_the_side_of_their_subject(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text", [
    # a subject that is no force, and a condition
    "\"Журналисты покинули Угледар,\" a Russian blogger wrote.",
    "\"Если ВСУ оставят Угледар, фронт рухнет,\" a Russian blogger wrote.",
    "\"Мешканці залишили Торецьк,\" the city's military administration wrote on Telegram.",
])
def test_cyrillic_verbs_without_a_sided_subject_give_nothing(text: str) -> None:
    assert claims_of(text, "controls") == {}


# --- a share of a place is partial control ---------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Around 70% of Toretsk had been captured, the ministry said.", "Toretsk"),
    ("Russian forces have captured 70% of Marinka, Denis Pushilin said.", "Marinka"),
    ("Russian troops control 80% of Vovchansk, the regional governor said.", "Vovchansk"),
    ("The outskirts of Pokrovsk are now under Russian control, Ukrainian officials said.", "Pokrovsk"),
    ("The eastern outskirts of Kupiansk were captured by Russian troops, Russia's defence ministry said.",
     "Kupiansk"),
])
def test_a_share_of_a_place_is_contested(text: str, place: str) -> None:
    assert claims_of(text, "controls").get(place) == "contested"


@pytest.mark.parametrize("text, place, value", [
    # near misses: the whole place, and a number that is no share of it
    ("Toretsk has been captured, Russia's defence ministry said.", "Toretsk", "Russia"),
    ("Russian forces captured Marinka, 70% of whose buildings were destroyed, Denis Pushilin said.",
     "Marinka", "Russia"),
    ("Ukrainian troops have liberated Kupiansk, Ukraine's General Staff said, a city where 80% of homes "
     "were damaged.", "Kupiansk", "Ukraine"),
])
def test_a_whole_place_stays_whole(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


# --- a headline's second clause is its own speaker's claim ------------------------------------------
def speakers_of(text: str) -> dict[str | None, str]:
    return {c.speaker_phrase: c.value for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
            if c.predicate == "controls"}


@pytest.mark.parametrize("text, first, second", [
    ("Russia claims capture of Vuhledar, Kyiv says fighting continues", "Russia", "Kyiv"),
    ("Russia claims capture of Vuhledar - Kyiv says fighting continues", "Russia", "Kyiv"),
    ("Russia claims capture of Vuhledar; Kyiv says fighting continues", "Russia", "Kyiv"),
    ("Moscow claims Kurakhove captured, Kyiv says fighting goes on", "Moscow", "Kyiv"),
    ("Russia says its forces took Toretsk, Ukraine says battles continue", "Russia", "Ukraine"),
])
def test_a_headline_second_clause_contests_for_its_own_speaker(text: str, first: str, second: str) -> None:
    claims = speakers_of(text)
    assert claims.get(first) == "Russia"
    assert claims.get(second) == "contested"


@pytest.mark.parametrize("text, second_value", [
    # near misses: the second speaker says nothing about the place, or fights elsewhere, or holds it
    ("Russia claims capture of Vuhledar, Kyiv says nothing", None),
    ("Russia claims capture of Vuhledar, Kyiv says fighting continues near Pokrovsk", None),
    ("Russia claims capture of Vuhledar, Kyiv says its troops still hold the town", "Ukraine"),
])
def test_a_headline_second_clause_without_fighting_there(text: str, second_value: str | None) -> None:
    claims = speakers_of(text)
    assert claims.get("Russia") == "Russia"
    assert claims.get("Kyiv") == second_value


# --- "the liberation of X will make it possible": the taker's presupposed gain --------------------
@pytest.mark.parametrize("text, place, value", [
    ("The liberation of Avdiivka would reduce the shelling of Donetsk, Denis Pushilin said.", "Avdiivka", "Russia"),
    ("The liberation of Marinka will make it possible to push the enemy further from Donetsk, Sergei Shoigu "
     "told Vladimir Putin.", "Marinka", "Russia"),
    ("The liberation of the town of Ugledar will allow our troops to advance, the Russian defence ministry said.",
     "Vuhledar", "Russia"),
    ("The liberation of Kherson, Volodymyr Zelensky said on Friday, will allow residents to return home.",
     "Kherson", "Ukraine"),
])
def test_a_liberation_with_its_consequence_is_presupposed(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


@pytest.mark.parametrize("text", [
    # forecasts: a fall or capture that would open a road, a liberation judged in advance, a condition
    "The fall of Pokrovsk would open the road to Kramatorsk, analysts said.",
    "The capture of Pokrovsk will allow Russian forces to advance on Kostiantynivka, Russia's defence ministry said.",
    "The liberation of Bakhmut would be a major victory, Volodymyr Zelensky said.",
    "If the liberation of Zaporizhzhia succeeds, it would free the south, the blogger said.",
])
def test_a_forecast_capture_is_no_claim(text: str) -> None:
    assert claims_of(text, "controls") == {}


# --- "X, which Russia said it had captured": the reporter's own claim --------------------------------
def speaker_claims(text: str) -> dict[tuple[str | None, str], str]:
    return {(c.speaker_phrase, c.place): c.value
            for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
            if c.predicate == "controls" and c.place}


@pytest.mark.parametrize("text, speaker, place", [
    ("Ukrainian troops are still fighting in Toretsk, which Russia said it had captured last week, the army said.",
     "Russia", "Toretsk"),
    ("Fighting continued around Vuhledar, which Russia said it had captured, Ukraine's military said.",
     "Russia", "Vuhledar"),
    ("The strike hit Pokrovsk, which Russia says it captured in November.", "Russia", "Pokrovsk"),
    ("Residents fled Kurakhove, which Moscow said on Monday that its troops had taken.", "Moscow", "Kurakhove"),
    ("Ukrainian forces still hold parts of Toretsk, which Moscow claimed it had captured in February.",
     "Moscow", "Toretsk"),
])
def test_a_reporting_relative_clause_is_its_speakers_claim(text: str, speaker: str, place: str) -> None:
    assert speaker_claims(text).get((speaker, place)) == "Russia"


@pytest.mark.parametrize("text, speaker, place", [
    # near misses: a forecast and a failure inside the relative clause
    ("Kyiv said it still held Chasiv Yar, which Russia says it will capture soon.", "Russia", "Chasiv Yar"),
    ("Ukrainian troops returned to Robotyne, which Russia said it had failed to take.", "Russia", "Robotyne"),
])
def test_a_reporting_relative_clause_without_a_gain(text: str, speaker: str, place: str) -> None:
    assert (speaker, place) not in speaker_claims(text)


# --- attacks: a participle acts with the main subject; "near occupied X"; a direction yields to places --
@pytest.mark.parametrize("text, places, value", [
    ("Russia fired 158 missiles and drones at Ukraine overnight, hitting Kyiv, Lviv and Odesa.",
     ("Kyiv", "Lviv", "Odesa"), "Russia"),
    ("Russian forces launched dozens of drones overnight, hitting Kharkiv and Sumy, Ukraine's air force said.",
     ("Kharkiv", "Sumy"), "Russia"),
    ("Ukraine launched drones at the Russian region of Belgorod, striking Belgorod city, Russia's defence "
     "ministry said.", ("Belgorod",), "Ukraine"),
    ("Ukraine's Defence Forces hit a Russian ammunition depot near occupied Horlivka overnight, the General "
     "Staff said.", ("Horlivka",), "Ukraine"),
    ("Ukrainian drones struck an oil depot in temporarily occupied Luhansk, Ukraine's army said.",
     ("Luhansk",), "Ukraine"),
    ("The invaders have attacked 12 times in the Kostiantynivka direction, near Ivanopillia and Yablunivka and "
     "towards Stupochky, Ukraine's General Staff said.", ("Ivanopillia", "Yablunivka", "Stupochky"), "Russia"),
    ("Russian troops attacked in the Pokrovsk direction, near Myrolyubivka and Lysivka, Ukraine's General Staff "
     "said.", ("Myroliubivka", "Lysivka"), "Russia"),
])
def test_attack_shapes(text: str, places: tuple[str, ...], value: str) -> None:
    attacked = claims_of(text, "attacked")
    assert {place: attacked.get(place) for place in places} == {place: value for place in places}


@pytest.mark.parametrize("text, place, absent", [
    # near misses: a direction with no place after it stays the place; the object's side is no attacker
    ("Russian troops attacked in the Pokrovsk direction, the General Staff of Ukraine said.", "Pokrovsk", None),
    ("Russia fired missiles at Ukraine overnight, hitting Kyiv.", "Kyiv", "Ukraine"),
    ("Kostiantynivka direction: the invaders attacked near Ivanopillia, Ukraine's General Staff said.",
     "Ivanopillia", None),
])
def test_attack_near_misses(text: str, place: str, absent: str | None) -> None:
    attacked = claims_of(text, "attacked")
    assert attacked.get(place) == "Russia"
    assert absent is None or absent not in attacked.values()


@pytest.mark.parametrize("text, speaker, place", [
    # a passive reported relative: no pronoun, the relative word is the subject
    ("Ukrainian forces still hold the western part of Krasnohorivka, which Russia's defence ministry said on "
     "Wednesday had been fully liberated, the 59th Brigade said.", "Russia's defence ministry", "Krasnohorivka"),
    ("Fighting continues in Chasiv Yar, which Russia says was taken last month, Ukraine's army said.",
     "Russia", "Chasiv Yar"),
])
def test_a_passive_reporting_relative_clause(text: str, speaker: str, place: str) -> None:
    assert speaker_claims(text).get((speaker, place)) == "Russia"


@pytest.mark.parametrize("text, place, value", [
    # a fall called a blow to Moscow was Russia's loss; otherwise the attacker took the place
    ("The fall of Izium, a key supply hub, is the biggest blow to Moscow since its retreat from the north, "
     "Western officials said.", "Izium", "Ukraine"),
    ("The fall of Lyman was a humiliation for the Kremlin, the ISW said.", "Lyman", "Ukraine"),
    ("The fall of Avdiivka is a major blow to Kyiv, analysts said.", "Avdiivka", "Russia"),
    ("Avdiivka has fallen, the Russian defence ministry said.", "Avdiivka", "Russia"),
])
def test_a_fall_and_whose_blow_it_is(text: str, place: str, value: str) -> None:
    assert claims_of(text, "controls").get(place) == value


def test_a_fall_that_is_a_matter_of_time_is_a_forecast() -> None:
    assert claims_of("The fall of Pokrovsk is only a matter of time, a Russian blogger said.", "controls") == {}
