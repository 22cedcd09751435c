"""Recall shapes of the fifth recall pass (the predicate side), each in wordings of its own across
wire, ministry briefing, General Staff summary, think tank, headline+lead, Telegram quote and state
media, with near-miss wordings that must give no claim:

* "it"/"its" standing for a place named earlier in the sentence ("a day after Russia claimed its
  capture", "insisted it was still in Ukrainian hands", "Moscow's claim that it had been captured");
* an assault on X that was repelled (passive, or "tried to storm X ... and were thrown back"): X stays
  with its defenders;
* fighting "on the streets of X" / "on X's streets", and on the town's streets after a denial;
* quoted Cyrillic posts: a withdrawal of "наші"/"ми", fighting in or entry into a place, a negated
  "не під нашим контролем";
* "no longer holds the centre of X" and "holds only the outskirts of X": a part, so contested;
* "announced the complete liberation of X": an announced event;
* scare quotes around the place or the verb;
* a subject with an appositive holding a number or a relative clause before its verb; a past-state
  appositive yields to the main clause's claim;
* "consolidated / dug in on the outskirts of X": inside, so contested;
* a control claim naming Kursk, Belgorod or Bryansk is about the region;
* General Staff stock phrases: holding back the enemy('s onslaught), repelled the enemy near X, tried to
  dislodge units near X; "under (Russian) occupation";
* groups that infiltrate near X; "despite repeated Russian assaults" on the clause's place.
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def pairs(text: str, predicate: str) -> set[tuple[str | None, str]]:
    return {(place, value) for _, place, value in found(text, predicate)}


# --- "it" / "its" as a place named earlier in the sentence ---------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Ukrainian troops still hold Velyka Novosilka, a day after Russia claimed its capture.",
     "Velyka Novosilka", "Russia"),
    ("The Russian defence ministry denied that Klishchiivka had been lost, a day after Kyiv announced its recapture.",
     "Klishchiivka", "Ukraine"),
    ("Russia's General Staff said it had seized Siversk, but the Ukrainian brigade defending the town insisted "
     "it was still in Ukrainian hands.", "Siversk", "Ukraine"),
    ("Zelensky said Kupiansk had been shelled overnight but that it remained firmly under Ukrainian control.",
     "Kupiansk", "Ukraine"),
    ("The Kupiansk operational group said Dvorichna was in the grey zone, rejecting Moscow's claim that it had "
     "been captured.", "Dvorichna", "Russia"),
    ("Pushilin visited Marinka, two weeks after Moscow announced its full liberation.", "Marinka", "Russia"),
])
def test_it_and_its_stand_for_the_place_named_before(text: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    # "it" is the speaker's side, not a place: no place is named before it
    "Russia said it was still in full control of the situation, the ministry said.",
    # "its" with an object of its own belongs to the object
    "Moscow marked the anniversary of its capture of nothing in particular, officials joked.",
    # "it" starts the sentence: never a place from an earlier sentence here
    "It had been captured by a photographer in 1943, the museum said of the image.",
])
def test_it_near_misses_give_no_control(text: str) -> None:
    assert not found(text, "controls")


# --- an assault on X that was repelled -------------------------------------------------------
@pytest.mark.parametrize("text, place, held_by, attacker", [
    ("Every Ukrainian attack on Robotyne had been repelled, Russia's defence ministry insisted.",
     "Robotyne", "Russia", "Ukraine"),
    ("Three Ukrainian assaults on Klishchiivka were beaten back overnight, the Russian Defence Ministry said.",
     "Klishchiivka", "Russia", "Ukraine"),
    ("Russian attempts to storm Avdiivka were repulsed, Ukraine's General Staff said.",
     "Avdiivka", "Ukraine", "Russia"),
    ("A Russian attempt to break into Vovchansk was thwarted, Zelensky said.", "Vovchansk", "Ukraine", "Russia"),
    ("An attempt by the Kiev regime to take Tetkino in the Kursk region with an armoured group was thwarted, "
     "the Russian Defence Ministry said.", "Tëtkino", "Russia", "Ukraine"),
    ("According to the Russian Defence Ministry, Ukrainian troops tried to storm Staromayorskoye three times "
     "and were thrown back with heavy losses.", "Staromaiorske", "Russia", "Ukraine"),
])
def test_a_repelled_assault_on_a_place_leaves_it_with_its_defenders(text: str, place: str, held_by: str,
                                                                     attacker: str) -> None:
    assert (place, held_by) in pairs(text, "controls")
    assert (place, attacker) in pairs(text, "attacked")


@pytest.mark.parametrize("text", [
    # a push towards the place, not an assault on it
    "Russian attacks towards Pokrovsk were repelled, Ukraine's General Staff said.",
    # an air raid beaten off says nothing about who holds the city
    "A Russian missile attack on Kyiv was repelled by air defence, Zelensky said.",
    # the assault went on
    "Russian assaults on Avdiivka continued through the night, Ukraine's General Staff said.",
])
def test_repelled_assault_near_misses_give_no_control(text: str) -> None:
    assert not found(text, "controls")


# --- fighting on the streets of a place -----------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Fighting continued on the streets of Selydove, Ukraine's General Staff said.", "Selydove"),
    ("Fierce battles are raging on Toretsk's streets, Syrskyi said on Telegram.", "Toretsk"),
    ("The Khortytsia group denied that Selydove had been captured, saying that fighting continues on the "
     "town's streets.", "Selydove"),
    ("Russia's capture of Marinka was denied by Ukraine's military, which said fighting continued on the "
     "town's northern edge.", "Marinka"),
    ("Street fighting is going on in the streets of Vovchansk, the governor Oleh Syniehubov said.", "Vovchansk"),
])
def test_fighting_on_the_streets_of_a_place_is_contested(text: str, place: str) -> None:
    assert (place, "contested") in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "Police clashed with protesters on the streets of Kyiv on Saturday.",
    "Pokrovsk's streets were empty on Sunday, the governor said.",
    "Residents walked the streets of Kherson after the curfew was lifted, the mayor said.",
])
def test_street_near_misses_give_no_control(text: str) -> None:
    assert not found(text, "controls")


# --- quoted Cyrillic posts -------------------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("«Наші підрозділи вийшли з Мар'їнки», Butusov wrote on Telegram.", "Marinka", "Russia"),
    ("«Наші підрозділи вийшли з Авдіївки», Syrskyi wrote.", "Avdiivka", "Russia"),
    ("«Мы покинули Угледар», Rogov wrote.", "Vuhledar", "Ukraine"),
    ("\"Хромове більше не під нашим контролем,\" the spokesman Nazar Voloshyn admitted.", "Khromove", "Russia"),
    ("\"У Вовчанську тривають вуличні бої,\" Syrskyi wrote.", "Vovchansk", "contested"),
    ("\"В Авдеевке идут тяжелые бои\", Rogov wrote on Telegram.", "Avdiivka", "contested"),
    ("\"Окупанти зайшли в Торецьк і закріпилися в кількох будинках,\" DeepState wrote.", "Toretsk", "contested"),
    ("\"Бои за Бахмут продолжаются\", Prigozhin wrote.", "Bakhmut", "contested"),
])
def test_quoted_cyrillic_posts(text: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    # another subject's withdrawal: its side is not read from Cyrillic
    "\"Бойцы вышли из окружения у Авдеевки\", Rogov wrote.",
    # not quoted: a sentence written in Ukrainian is not attributed yet
    "Окупанти зайшли в Торецьк, повідомив DeepState.",
    # fighting with no place
    "\"Тривають бої\", Syrskyi wrote.",
])
def test_cyrillic_near_misses_give_no_control(text: str) -> None:
    assert not found(text, "controls")


# --- a part held, or a part no longer held ----------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("The army no longer holds the centre of Toretsk, only positions on its outskirts, Syrskyi said.", "Toretsk"),
    ("Ukrainian troops no longer control most of Chasiv Yar, a brigade spokesman said on national television.",
     "Chasiv Yar"),
    ("Ukrainian troops hold only the outskirts of Toretsk, Syrskyi said.", "Toretsk"),
    ("Russian forces control only part of Vovchansk, the governor Oleh Syniehubov said.", "Vovchansk"),
    ("Kyiv's forces no longer hold the northern districts of Kupiansk, Russia's defence ministry said.",
     "Kupiansk"),
])
def test_a_part_held_or_lost_is_contested(text: str, place: str) -> None:
    assert pairs(text, "controls") == {(place, "contested")}


@pytest.mark.parametrize("text, place, value", [
    # the whole place no longer held: the other side holds it
    ("Ukrainian troops no longer hold Toretsk, Syrskyi said.", "Toretsk", "Russia"),
    ("Ukrainian troops did not capture the centre of Robotyne, Russia's defence ministry said.", None, None),
])
def test_part_near_misses(text: str, place: str | None, value: str | None) -> None:
    expected = set() if place is None else {(place, value)}
    assert pairs(text, "controls") == expected


# --- an announced completed liberation -------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("The Ministry of Defence of the Russian Federation announced the complete liberation of Ugledar, a "
     "stronghold the Kiev regime had turned into a fortified district.", "Vuhledar", "Russia"),
    ("Shoigu reported the full liberation of Marinka to the Supreme Commander-in-Chief.", "Marinka", "Russia"),
    ("Russia's defence ministry announced the final capture of Avdiivka on Saturday.", "Avdiivka", "Russia"),
    ("Zelensky announced the complete liberation of Kherson on Friday evening.", "Kherson", "Ukraine"),
])
def test_an_announced_complete_liberation_is_an_event(text: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "Russia announced the planned liberation of Vuhledar as its next goal, Shoigu said.",
    "Shoigu promised the complete liberation of Kupiansk by the spring.",
])
def test_announced_liberation_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- scare quotes -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Yevgeny Prigozhin declared that 'Artyomovsk' was now completely under Wagner control.", "Bakhmut", "Russia"),
    ("Rogov wrote on Telegram that Работино had been 'liberated'.", "Robotyne", "Russia"),
    ("Vladimir Rogov wrote that Robotyne had been 'liberated'.", "Robotyne", "Russia"),
    ("Prigozhin said that 'Artyomovsk' is ours.", "Bakhmut", "Russia"),
])
def test_scare_quotes_leave_the_clause_as_it_is(text: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "Prigozhin's 'Artyomovsk is mine' video was filmed in a studio, Kyiv said.",
    "The 'Bakhmut holds' campaign raised money for drones, organisers said.",
])
def test_scare_quote_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- appositives between a subject and its verb -----------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Trostianets, a town of 19,000 near the Russian border, has been occupied since March, Zelensky said.",
     "Trostianets", "Russia"),
    ("Davydiv Brid, a village on the Inhulets that Russian troops had held since the spring, was liberated on "
     "Friday, Operational Command South said.", "Davydiv Brid", "Ukraine"),
    ("Kherson, a city that Russia held for eight months, was liberated in November, Zelensky said.",
     "Kherson", "Ukraine"),
    ("Avdiivka, a town that Ukraine had fortified for years, fell on Saturday, Russia's defence ministry said.",
     "Avdiivka", "Russia"),
])
def test_a_subject_keeps_its_verb_across_an_appositive(text: str, place: str, value: str) -> None:
    assert pairs(text, "controls") == {(place, value)}


@pytest.mark.parametrize("text", [
    "Bakhmut, the town that Wagner stormed for months, is now a ruin, the governor said.",
    "Kharkiv, a city of 1,400,000 people near the border, has been without power since Friday, officials said.",
])
def test_appositive_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- consolidated / dug in on the outskirts ---------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Fighters of the Sparta battalion have consolidated on the western outskirts of Marinka, Pushilin said.",
     "Marinka"),
    ("Russian troops dug in on the eastern edge of Chasiv Yar, a Ukrainian brigade spokesman said.", "Chasiv Yar"),
    ("The enemy has entrenched itself in the southern part of Vovchansk, the governor Oleh Syniehubov said.",
     "Vovchansk"),
    ("Russian forces consolidated their positions in the northern districts of Kupiansk, ISW said.", "Kupiansk"),
])
def test_consolidated_on_the_outskirts_is_contested(text: str, place: str) -> None:
    assert (place, "contested") in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "The company consolidated its business on the outskirts of Kyiv, its chief executive said.",
    "Ukrainian troops tried to dig in on the outskirts of Robotyne, Russia's defence ministry said.",
    "Families dug in the gardens on the outskirts of Kherson, the mayor said.",
])
def test_consolidated_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- Kursk, Belgorod, Bryansk in a control claim ----------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Kursk 'liberated', Moscow says", "Russia"),
    ("Ukrainian troops were pushed out of Kursk, Russia's defence ministry said.", "Russia"),
    ("Ukrainian units still hold positions in Kursk, Syrskyi said.", "Ukraine"),
    ("Russian troops have regained control of Kursk, Putin said.", "Russia"),
])
def test_a_control_claim_on_kursk_is_about_the_region(text: str, value: str) -> None:
    assert ("Kursk Oblast", value) in pairs(text, "controls")
    assert "Kursk" not in {place for place, _ in pairs(text, "controls")}


@pytest.mark.parametrize("text", [
    "Russian drones struck Kursk overnight, the governor said.",
    "Ukrainian drones hit an oil depot in Bryansk, Russia's defence ministry said.",
])
def test_an_attack_on_the_city_stays_the_city(text: str) -> None:
    places = {place for place, _ in pairs(text, "attacked")}
    assert places and not any(place.endswith("Oblast") for place in places if place)
