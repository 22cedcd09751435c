"""Wordings from the fourteenth session's reading of dev12, probed with other places and speakers:
"only a few streets in" a place, fighting "for nearby" a place,
a place's appositive holding a subordinating word ("a town of 20,000 people before the war"), a
trailing verdict in the judge's own words ("though Kyiv called the statement a fabrication"), a
headline's claim noun without its "that" ("Moscow's claim it captured X"), a gerund that names a goal
("taking X remains the army's main task": no claim), an event
dated to the war's first days (history), and a single-quoted quote before "Name, role, said"."""

from __future__ import annotations

import pytest

from conftest import hedged_controls as controls


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces hold only a few streets in Pokrovsk, DeepState said.",
     {("DeepState", "Pokrovsk", "contested", False)}),
    ("Ukraine appears to hold only a few streets on the western edge of Vuhledar, according to analysts.",
     {("analysts", "Vuhledar", "contested", True)}),
    ("The general staff said fighting continued for nearby Pisky.",
     {("The general staff", "Pisky", "contested", False)}),
])
def test_a_handful_of_streets_or_fighting_for_a_nearby_place_is_contested(text: str, expected: set) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Selydove, a mining town of about 20,000 people before the war, was captured by Russian forces, "
     "Russia's defence ministry said.", {("Russia's defence ministry", "Selydove", "Russia", False)}),
    ("Pokrovsk, a logistics hub until the autumn, has been taken by Russian troops, the ministry said.",
     {("the ministry", "Pokrovsk", "Russia", False)}),
])
def test_an_appositive_with_a_subordinating_word_keeps_its_place_the_subject(text: str, expected: set) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize("text, judge, place", [
    ("Russian forces have taken Pokrovsk, the defence ministry said, though Kyiv called the statement a fabrication.",
     "Kyiv", "Pokrovsk"),
    ("Russian forces have taken Pokrovsk, the defence ministry said, though Kyiv dismissed it as propaganda.",
     "Kyiv", "Pokrovsk"),
    ("The Russian army has completed the liberation of Toretsk, the ministry reported, though Ukraine's military "
     "called the report false.", "Ukraine's military", "Toretsk"),
    ("The Russian army has completed the liberation of Toretsk, the ministry reported, but the General Staff "
     "branded the claim a lie.", "the General Staff", "Toretsk"),
])
def test_a_trailing_verdict_is_the_judges_denial(text: str, judge: str, place: str) -> None:
    found = controls(text)
    assert (judge, place, "Ukraine", False) in found
    assert any(value == "Russia" and speaker != judge for speaker, _, value, _ in found)


@pytest.mark.parametrize("text", [
    "Russian forces have taken Pokrovsk, the defence ministry said, though Kyiv called the loss painful.",
    "Russian forces have taken Pokrovsk, the defence ministry said, though Ukrainian officials called the statement "
     "unsurprising.",
])
def test_a_trailing_remark_without_a_verdict_denies_nothing(text: str) -> None:
    assert controls(text) == {("the defence ministry", "Pokrovsk", "Russia", False)}


@pytest.mark.parametrize("text, denier, owner, place, owner_value", [
    ("Kyiv denies Moscow's claim it captured Siversk", "Kyiv", "Moscow", "Siversk", "Russia"),
    ("Ukraine rejects Russia's claim it has taken Chasiv Yar", "Ukraine", "Russia", "Chasiv Yar", "Russia"),
    ("Moscow dismisses Kyiv's claim they liberated Robotyne", "Moscow", "Kyiv", "Robotyne", "Ukraine"),
])
def test_a_headline_claim_noun_without_that_is_the_owners_hedged_claim(text: str, denier: str, owner: str,
                                                                        place: str, owner_value: str) -> None:
    denied = "Ukraine" if owner_value == "Russia" else "Russia"
    assert controls(text) == {(owner, place, owner_value, True), (denier, place, denied, False)}


@pytest.mark.parametrize("text", [
    "Gerasimov said capturing Kupiansk was the army's main task.",
    "Capturing Sloviansk is not among the army's goals, Peskov said.",
    "Shoigu told generals that taking the rest of the Zaporizhzhia region remained the army's main task for the year.",
    "Shoigu told generals that seizing Kramatorsk remained the army's main task for the year.",
])
def test_a_gerund_that_names_a_goal_gives_no_claim(text: str) -> None:
    assert controls(text) == set()


def test_a_gerund_judged_as_a_success_is_still_an_event() -> None:
    assert controls("Liberating Avdiivka was a major success, Putin said.") == {("Putin", "Avdiivka", "Russia", False)}


@pytest.mark.parametrize("text", [
    "Kupiansk, a city of about 27,000 people before the war, was occupied in the first days of the invasion after "
    "its mayor agreed to hand it over.",
    "Russian forces captured Kherson in the first weeks of the war, officials said.",
])
def test_an_event_dated_to_the_wars_first_days_is_history(text: str) -> None:
    assert controls(text) == set()


def test_a_later_event_joined_to_an_early_war_one_still_counts() -> None:
    assert controls("Izium was occupied in the first weeks of the full-scale invasion and liberated by Ukrainian "
                    "forces in September.") == {(None, "Izium", "Ukraine", False)}


def test_a_state_held_since_the_wars_first_days_still_holds() -> None:
    assert controls("Trostianets, a town near the border, has been occupied since the first days of the invasion, "
                    "according to local officials.") == {("local officials", "Trostianets", "Russia", False)}


@pytest.mark.parametrize("text, expected", [
    ("'Kurakhovo is ours,' Denis Pushilin, head of the DPR, said.", {("Denis Pushilin", "Kurakhove", "Russia", False)}),
    ("'Our troops have entered Huliaipole,' Yevgeny Balitsky, the Moscow-installed governor, wrote on Telegram.",
     {("Yevgeny Balitsky", "Huliai-Pole", "contested", False)}),
    ("\u2018Russian forces have captured Avdiivka,\u2019 Dmytro Lykhovyi, spokesman for the Tavria group, said.",
     {("Dmytro Lykhovyi", "Avdiivka", "Russia", False)}),
])
def test_a_single_quoted_quote_before_a_name_and_its_appositive(text: str, expected: set) -> None:
    assert controls(text) == expected

