"""Control-state shapes: possession, cleared/none left, named members of a list, footholds and
presence inside a town, named districts, coreference to a headline's place or a region.

Each shape has several wordings of its own (wire, briefing, General Staff, think tank, headline
with lead) and near misses that must give no control claim.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def controls_of(text: str) -> set[tuple[str | None, str]]:
    return {(c.place, c.value) for c in extract_claims(text, outlet="Test Wire", published_at=WHEN)
            if c.predicate == "controls"}


@pytest.mark.parametrize("text, expected", [
    # named members of an unnamed object: "several villages, including X and Y"
    ("Russian forces captured several villages in the east, including Pervomaiske and Nevelske, the ministry "
     "said.", {("Pervomaiske", "Russia"), ("Nevelske", "Russia")}),
    ("Ukrainian troops liberated a string of settlements over the past week, including Staromaiorske, Syrskyi "
     "said.", {("Staromaiorske", "Ukraine")}),
    ("Russia has occupied large parts of the south, including the city of Melitopol.", {("Melitopol", "Russia")}),
    ("Russia said it had completed its withdrawal from the west bank of the Dnipro, including Kherson city.",
     {("Kherson", "Ukraine")}),
    # each listed member keeps its own partial reading
    ("A year into the war, Russia holds about 18 percent of Ukraine's territory, including Crimea and most of "
     "the Luhansk region.", {("Crimea", "Russia"), ("Luhansk Oblast", "contested")}),
    ("Ukrainian marines have established several footholds on the left bank of the Dnipro, including in Krynky, "
     "Yermak wrote.", {("Krynky", "contested")}),
])
def test_named_members_of_a_list(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Ukraine wants to retake all occupied territory, including Crimea.",
    "The ministry listed several villages, including Robotyne, as liberated.",
    "Russian forces shelled several towns, including Kupiansk.",
    # the left bank is a place, not a withdrawal
    "Ukrainian marines crossed to the left bank of the Dnipro near Krynky.",
])
def test_list_and_left_bank_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian troops kept a foothold in the Litak district of Bakhmut, Maliar said.", {("Bakhmut", "contested")}),
    ("Russian forces have gained a small foothold in eastern Chasiv Yar, the ISW said.",
     {("Chasiv Yar", "contested")}),
    ("The ministry said troops were holding footholds in Krynky.", {("Krynky", "contested")}),
    ("Ukrainian forces have withdrawn from the Kanal district of Chasiv Yar, army spokesman Nazar Voloshyn "
     "said.", {("Chasiv Yar", "contested")}),
    ("Russian troops captured the Novy microdistrict of Chasiv Yar, the ministry said.",
     {("Chasiv Yar", "contested")}),
    ("Russian troops retreated from the Kalinina district of Bakhmut.", {("Bakhmut", "contested")}),
    # a named district of the town the headline names
    ("Kyiv: troops still inside Bakhmut's south-western outskirts\n\nDeputy defence minister Hanna Maliar said "
     "on Sunday that Ukrainian forces kept a foothold in the Litak district and were advancing on the flanks.",
     {("Bakhmut", "contested")}),
    ("Ukrainian troops are storming Rivnopil, a village south-west of Velyka Novosilka, and have already "
     "entered its northern outskirts, a spokesman for the Ukrainian army in the south said.",
     {("Rivnopil", "contested")}),
])
def test_footholds_and_named_districts(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Ukraine hopes to establish a foothold in Krynky.",
    "Russian shelling hit Pokrovsk district on Monday.",
])
def test_foothold_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Pokrovsk: Russian troops in city centre, Kyiv concedes\n\nAbout 300 Russian soldiers are inside the city "
     "and clearing operations are continuing, Syrskyi said.", {("Pokrovsk", "contested")}),
    ("Ukrainian sabotage groups are already inside Kherson, a Russian-installed official said.",
     {("Kherson", "contested")}),
    ("Russian troops remain inside Vovchansk, the governor said.", {("Vovchansk", "contested")}),
    ("Fighting was under way on the northern outskirts of Chernihiv on Friday, Viacheslav Chaus told the "
     "agency.", {("Chernihiv", "contested")}),
    ("Fierce battles are going on on the eastern outskirts of Kupiansk, the General Staff said.",
     {("Kupiansk", "contested")}),
])
def test_presence_inside_and_fighting_on_outskirts(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Fighting was under way on the front line near Chernihiv.",
    "The troops were inside the building in Kyiv when the missile hit.",
    "No civilians remain in Bakhmut, the governor said.",
])
def test_presence_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Kherson cleared of Russian troops", {("Kherson", "Ukraine")}),
    ("Kyiv region fully cleared of invaders, deputy minister says", {("Kyiv Oblast", "Ukraine")}),
    ("The urban area of Mariupol has been completely cleared of Ukrainian forces, Shoigu said.",
     {("Mariupol", "Russia")}),
    ("Lyman has been completely cleared of Ukrainian nationalists, the ministry said.", {("Lyman", "Russia")}),
    # the side whose troops are gone no longer holds the place
    ("There are no Russian units left on the territory of the Kharkiv region, Oleh Syniehubov said.",
     {("Kharkiv Oblast", "Ukraine")}),
    ("Kolykhaiev said that no Ukrainian units remained in Kherson.", {("Kherson", "Russia")}),
    ("There are no longer any Ukrainian troops in Lysychansk, the LPR militia said.", {("Lysychansk", "Russia")}),
    ("Not a single Russian soldier is left in Bucha, the mayor said.", {("Bucha", "Ukraine")}),
    ("No Russian troops remain inside Kupiansk, the army said.", {("Kupiansk", "Ukraine")}),
    # "the region" points back to the oblast the headline names
    ("Sumy region cleared of Russian troops\n\nThere are no Russian units left on the territory of the region, "
     "governor Dmytro Zhyvytskyi said on Monday.", {("Sumy Oblast", "Ukraine")}),
])
def test_cleared_and_none_left(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Russian sappers cleared Kherson of mines.",
    "Demining teams are clearing the Kharkiv region of unexploded shells.",
])
def test_cleared_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a relative clause's verb takes the place it hangs on; "it" is the sentence's subject
    ("A year into the war, Russia has failed to take a single regional capital since Kherson, which it lost in "
     "November.", {("Kherson", "Ukraine")}),
    ("Wagner fighters are now in Bakhmut, which Russia captured in May after months of fighting.",
     {("Bakhmut", "Russia")}),
    ("Shelling continued in Kherson, which Ukrainian forces liberated in November.", {("Kherson", "Ukraine")}),
    ("Strikes hit Izium, which Russian forces abandoned in September.", {("Izium", "Ukraine")}),
    ("Drones struck Kherson, which was liberated in November.", {("Kherson", "Ukraine")}),
    # the main clause's state is the latest: the relative clause only recalls an earlier one
    ("Russian troops recaptured Staromayorskoye, which the Ukrainian army had seized last summer, the ministry "
     "said.", {("Staromaiorske", "Russia")}),
    # an absolute construction: the main clause's subject lives with the state
    ("With Sievierodonetsk lost, Ukrainian commanders must decide whether to hold the twin city.",
     {("Sievierodonetsk", "Russia")}),
    ("With Avdiivka captured, Russian forces pushed west towards Ocheretyne.", {("Avdiivka", "Russia")}),
    ("With Kherson liberated, Ukraine turned its attention to the east.", {("Kherson", "Ukraine")}),
])
def test_relative_and_absolute_states(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Residents returned to Kupiansk, which they left in 2022.",
    "Russian troops are attacking Chasiv Yar, which they hope to capture by May.",
    "With Pokrovsk under threat, Kyiv sent reinforcements.",
    "With Bakhmut in ruins, residents fled west.",
])
def test_relative_and_absolute_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a building or part inside a town: the town is contested, unless a fuller claim names it
    ("Geolocated footage indicates that Ukrainian forces recently regained control of the aggregate plant in "
     "central Vovchansk.", {("Vovchansk", "contested")}),
    ("Russian troops captured the railway station in Kupiansk, the ministry said.", {("Kupiansk", "contested")}),
    ("Russian forces seized a school in northern Toretsk, the ISW said.", {("Toretsk", "contested")}),
    ("Russian troops have seized the administration building in Berdiansk and raised their flag over the port "
     "city, its mayor said.", {("Berdiansk", "Russia")}),
    # a route on the way into a town
    ("Russian forces have likely pushed along Tsentralna Street into central Toretsk, according to footage "
     "geolocated on 14 October.", {("Toretsk", "contested")}),
    ("Ukrainian troops advanced through the industrial zone into southern Vovchansk, the brigade said.",
     {("Vovchansk", "contested")}),
    # flags: the colours name the side
    ("Soldiers were filmed hoisting the blue-and-yellow flag over the city council in Kupiansk.",
     {("Kupiansk", "Ukraine")}),
    ("Russian paratroopers hoisted the Russian tricolour above the administration building in Avdiivka, the "
     "ministry said.", {("Avdiivka", "Russia")}),
    # an event a verb builds on has happened, whatever that verb's mood
    ("Russian forces will likely attempt to exploit the seizure of Avdiivka by pushing towards Lastochkyne.",
     {("Avdiivka", "Russia")}),
    ("Ukraine hopes to build on the liberation of Kherson with a push across the river.",
     {("Kherson", "Ukraine")}),
])
def test_features_routes_flags_and_presupposed_events(text, expected):
    assert controls_of(text) == expected


@pytest.mark.parametrize("text", [
    "Russian troops captured two villages in the Kharkiv region.",
    "Russian forces struck the railway station in Kramatorsk.",
    "Ukraine hopes to complete the liberation of Kherson region by spring.",
])
def test_feature_distractors(text):
    assert controls_of(text) == set()


@pytest.mark.parametrize("text, expected", [
    # "the city" of a speaker named after the place it is about
    ("Kherson's mayor said the city was still in Ukrainian hands on Tuesday night.", {("Kherson", "Ukraine")}),
    ("Kharkiv's governor said the city remained under Ukrainian control despite the shelling.",
     {("Kharkiv", "Ukraine")}),
    ("Russian forces shelled Kupiansk overnight. The city remains firmly in Ukrainian hands, Oleh Syniehubov "
     "said.", {("Kupiansk", "Ukraine")}),
])
def test_possession_states_with_coreference(text, expected):
    assert controls_of(text) == expected


def test_speaker_place_is_never_the_claim_place():
    # the place in the speaker's name only feeds "the city": it gets no claim of its own
    assert controls_of("Kherson's mayor said Russian troops had captured Nova Kakhovka.") == \
        {("Nova Kakhovka", "Russia")}
