"""Recall shapes found missing on the fourth development set, second half: grey zones to losses.

The shapes are listed in test_extract_recall_dev4.py's docstring; split so each file stays short.
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def places_of(text: str, predicate: str) -> set[str | None]:
    return {place for _, place, _ in found(text, predicate)}


# --- grey zone with an adverb --------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("\"Rabotino is effectively a grey zone now,\" the Rybar channel wrote.", "Robotyne"),
    ("Dvorichna is now practically a grey zone, the Kupiansk operational group said.", "Dvorichna"),
    ("Krynky remains essentially a gray zone, a Ukrainian marine told the BBC.", "Krynky"),
    ("Pishchane was already in the grey zone by Friday, DeepState wrote.", "Pishchane"),
])
def test_a_place_that_is_effectively_a_grey_zone_is_contested(text: str, place: str) -> None:
    assert (place, "contested") in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    "Drones patrol the grey zone near Robotyne, the brigade said.",
    "Economists say Kyiv's property market is effectively a grey zone for investors.",
])
def test_grey_zone_near_misses(text: str) -> None:
    assert not {v for _, p, v in found(text, "controls") if p in ("Robotyne", "Kyiv")}


# --- headlines: present-tense "break into", a named district, a verbless "troops inside" ----
@pytest.mark.parametrize("text, place", [
    ("Russian forces break into Chasiv Yar's Kanal district\n\nUkrainian troops have withdrawn from the "
     "neighbourhood, a military spokesman said.", "Chasiv Yar"),
    ("Russian troops inside Pokrovsk, Ukrainian army admits\n\nA spokesman said small groups had infiltrated "
     "the city.", "Pokrovsk"),
    ("Russian forces broke into Toretsk's Zabalka district, the spokesman said.", "Toretsk"),
    ("Russian assault groups are breaking into Kurakhove from the east, the brigade said.", "Kurakhove"),
])
def test_headline_entry_shapes_are_contested(text: str, place: str) -> None:
    assert (place, "contested") in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    "Thieves break into a pharmacy in Kharkiv, police say",
    "Ukrainian troops inside Kyiv parade on Independence Day",
])
def test_headline_entry_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- an assault that failed, said after the place ------------------------------------------
@pytest.mark.parametrize("text, place, holder, attacker", [
    ("In the Sievierodonetsk direction, the occupiers stormed Toshkivka without success, the General Staff "
     "said.", "Toshkivka", "Ukraine", "Russia"),
    ("Ukrainian formations unsuccessfully attacked Krynky, the Dnepr group said.", "Krynky", "Russia",
     "Ukraine"),
    ("Russian troops assaulted the village of Staromaiorske in vain, the Tavria group said.",
     "Staromaiorske", "Ukraine", "Russia"),
    ("The enemy attacked Bilohorivka in Luhansk Oblast to no avail, the General Staff said.",
     "Bilohorivka", "Ukraine", "Russia"),
])
def test_an_assault_without_success_leaves_the_defender_holding(text: str, place: str, holder: str,
                                                                attacker: str) -> None:
    assert (place, holder) in {(p, v) for _, p, v in found(text, "controls")}
    assert (place, attacker) in {(p, v) for _, p, v in found(text, "attacked")}


def test_a_successful_storming_is_not_a_failed_attack() -> None:
    text = "Russian troops stormed Toshkivka and took it, the Russian defence ministry said."
    assert ("Toshkivka", "Ukraine") not in {(p, v) for _, p, v in found(text, "controls")}


def test_success_elsewhere_in_the_sentence_does_not_fail_the_assault() -> None:
    text = "Russian troops stormed Toshkivka, an attempt on Popasna was without success, the ministry said."
    assert ("Toshkivka", "Ukraine") not in {(p, v) for _, p, v in found(text, "controls")}


# --- losses: a qualified vehicle, destroyed groups ----------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Soldiers of the 47th brigade captured an intact Russian T-90M tank near Robotyne, the brigade said.",
     "Robotyne", "Russia"),
    ("Paratroopers destroyed another Ukrainian Leopard tank near Rabotino, the ministry said.", "Robotyne",
     "Ukraine"),
    ("Ukrainian sabotage groups were destroyed near Tyotkino, the governor said.", None, "Ukraine"),
    ("Russian assault detachments have been wiped out near Krynky, the marines said.", "Krynky", "Russia"),
])
def test_losses_of_qualified_vehicles_and_destroyed_groups(text: str, place: str | None, value: str) -> None:
    got = found(text, "losses")
    assert (place, value) in {(p, v) for _, p, v in got} or (place is None and value in {v for _, _, v in got})


@pytest.mark.parametrize("text", [
    "Engineers repaired an intact Russian-made transformer near Robotyne, the utility said.",
    "Ukrainian working groups were dissolved near Krynky after the talks, officials said.",
])
def test_losses_near_misses(text: str) -> None:
    assert not found(text, "losses")


# --- "a year after its liberation, X": the pronoun's place is the main clause's subject ----
@pytest.mark.parametrize("text, place, value", [
    ("A year after its liberation, Kherson has had its water supply restored, the regional administration "
     "said.", "Kherson", "Ukraine"),
    ("Since its liberation, Kupiansk has been shelled almost daily, the governor said.", "Kupiansk", "Ukraine"),
    ("Two months after its capture by the Wagner group, Soledar lies in ruins, the Russian channel wrote.",
     "Soledar", "Russia"),
    ("Following its liberation, the town of Lyman has received its first aid convoy, the army said.",
     "Lyman", "Ukraine"),
])
def test_its_liberation_presupposes_the_following_subject(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    # a plan, not an event
    "Ahead of its planned liberation, Kherson's residents were told to stay indoors, officials said.",
    # the possessive names a country, no place follows
    "A year after its liberation, the country celebrated with concerts, the ministry said.",
])
def test_its_liberation_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- reporting frames: "told X in a video call that", "in Russia's Kursk region" -----------
@pytest.mark.parametrize("text, speaker, place, value", [
    ("Ukraine's top commander Oleksandr Syrskyi told President Volodymyr Zelenskiy in a video call that the "
     "town of Sudzha in Russia's Kursk region was fully under Ukrainian control.",
     "Ukraine's top commander Oleksandr Syrskyi", "Sudzha", "Ukraine"),
    ("Gerasimov told Putin in a phone call that Russian troops had liberated Kurakhove.", "Gerasimov",
     "Kurakhove", "Russia"),
    ("Zelensky said at a press conference that Ukrainian forces still held Pokrovsk.", "Zelensky", "Pokrovsk",
     "Ukraine"),
    ("Shoigu told Putin at a meeting in the Kremlin that Russian forces had taken Marinka.", "Shoigu", "Marinka",
     "Russia"),
])
def test_frames_with_a_call_or_meeting(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in found(text, "controls")


# --- an area of a region is a part of it ---------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Ukraine's army chief said on Monday that his forces controlled 1,000 square kilometres of Russia's Kursk "
     "region, including 74 settlements.", "Kursk Oblast"),
    ("Russian forces have captured about 200 square kilometres of Kharkiv region since May, ISW said.",
     "Kharkiv Oblast"),
    ("Ukraine's military says it holds 1,300 square km of the Kursk region.", "Kursk Oblast"),
    ("Russia now occupies 2,500 square miles of Zaporizhzhia Oblast, the governor said.", "Zaporizhzhia Oblast"),
])
def test_an_area_of_a_region_is_contested(text: str, place: str) -> None:
    assert (place, "contested") in {(p, v) for _, p, v in found(text, "controls")}


@pytest.mark.parametrize("text", [
    "Russian troops dug trenches 20 km from Kupiansk, the General Staff said.",
    "The reservoir covers 2,000 square kilometres of Zaporizhzhia region, engineers said.",
])
def test_area_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- a weapon with its own modifiers: the side adjective before them attacks ----------------
@pytest.mark.parametrize("text, place, value", [
    ("Two Russian ballistic missiles struck the centre of Sumy on Palm Sunday, the city's acting mayor said.",
     "Sumy", "Russia"),
    ("Russian guided bombs struck Kostiantynivka overnight, regional governor Vadym Filashkin said.",
     "Kostiantynivka", "Russia"),
    ("Ukrainian long-range attack drones hit an oil depot in Bryansk region, a source in the service said.",
     "Bryansk Oblast", "Ukraine"),
    ("Russian Shahed drones attacked Odesa overnight, the regional governor wrote on Telegram.", "Odesa",
     "Russia"),
])
def test_weapon_with_modifiers_takes_its_side_adjective(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


@pytest.mark.parametrize("text", [
    # no side named for the weapon
    "Two ballistic missiles struck the centre of Sumy on Sunday, the city's acting mayor said.",
    # a side word that is not the weapon's: "Russian-made" parts in a crash
    "A Russian-language radio station reported that lightning struck Odesa's port overnight.",
])
def test_weapon_near_misses_give_no_attack(text: str) -> None:
    assert not found(text, "attacked")


# --- an advance measured in distance, a line broken through ---------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Ukrainian forces advanced up to 1,250 metres near Bakhmut over the past week, the deputy defence "
     "minister said.", "Bakhmut", "Ukraine"),
    ("Russian forces advanced 2 km towards Pokrovsk, ISW said.", "Pokrovsk", "Russia"),
    ("Small Russian groups have pushed up to ten kilometres towards Dobropillia, the 1st Azov Corps said.",
     "Dobropillia", "Russia"),
    ("Ukrainian forces have broken through the Russian line near Robotyne, the brigade said.", "Robotyne",
     "Ukraine"),
    ("Russian troops moved another 500 metres closer to Chasiv Yar, DeepState wrote.", "Chasiv Yar", "Russia"),
])
def test_measured_advances_and_breakthroughs_are_attacks(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "attacked")}


@pytest.mark.parametrize("text", [
    "Prices advanced 2 percent in Kyiv last month, the statistics office said.",
    "The river advanced 500 metres towards Kherson after the dam was broken, officials said.",
])
def test_measured_advance_near_misses(text: str) -> None:
    assert not found(text, "attacked")


# --- losses: the place in a following "as they tried to" clause, "a thousand men" ----------
@pytest.mark.parametrize("text, place, value", [
    ("Russian forces lost at least 40 tanks and armoured vehicles on Tuesday alone as they tried to advance on "
     "Avdiivka from the north and south, the head of the town's military administration said.",
     "Avdiivka", "Russia"),
    ("The Russians have lost more than a thousand men near Bakhmut in the past week alone, Oleksandr Syrskyi "
     "said.", "Bakhmut", "Russia"),
    ("Ukrainian units lost 12 tanks and several dozen armoured vehicles over two days while attempting to "
     "break through near Rabotino, the Russian defence ministry said.", "Robotyne", "Ukraine"),
    ("The enemy lost up to a hundred soldiers and three infantry fighting vehicles yesterday as it tried again "
     "to advance towards Krasnohorivka, Ukraine's General Staff said.", "Krasnohorivka", "Russia"),
])
def test_losses_place_in_a_following_attempt_clause(text: str, place: str, value: str) -> None:
    assert (place, value) in {(p, v) for _, p, v in found(text, "losses")}


@pytest.mark.parametrize("text", [
    # no place at all
    "Russian forces lost more than a thousand men over the past week, the General Staff said.",
    # losses that are no military losses
    "Ukrainian farmers lost a thousand tonnes of grain in storage near Odesa, the ministry said.",
])
def test_losses_without_a_place_or_side_give_no_placed_claim(text: str) -> None:
    assert not {p for _, p, _ in found(text, "losses")} - {None}
