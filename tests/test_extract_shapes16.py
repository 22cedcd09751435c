"""Wordings from the fifteenth session's reading of dev13, probed with other places and speakers:
"X claims to have captured" (a report verb with "to have", not only with "that"), "Kyiv denied that on Tuesday" (a
demonstrative judging the sentence before), "the majority of" / "the bulk of" a place (a part), a
name with a possessive role appositive ("Sergei Shoigu, Russia's defence minister, said"), also after a
subordinator ("hours after Name, Ukraine's commander-in-chief, announced"), the writer's trailing measure
of a reported event (", the biggest gain since Russia captured X": the outlet's, not the speaker's),
members named after a located plural ("pulled back from towns around the capital, including X"), and
press spellings the gazetteer lacked (Ocheretino, Velikaya Novosyolka), and the month "May" after a capture
noun (no modal)."""

from __future__ import annotations

import pytest

from conftest import hedged_controls as controls


@pytest.mark.parametrize("text, expected", [
    ("Kyiv claims to have recaptured Andriivka.", {("Kyiv", "Andriivka", "Ukraine", True)}),
    ("Moscow claims to have captured the town of Ocheretyne in the Donetsk region.",
     {("Moscow", "Ocheretyne", "Russia", True)}),
    ("The Wagner group claims to have taken Soledar, but Ukraine says fighting continues.",
     {("The Wagner group", "Soledar", "Russia", True), ("Ukraine", "Soledar", "contested", False)}),
])
def test_claims_to_have_reports_its_subjects_claim(text: str, expected: set) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize("text", [
    "The ministry notes to have seen no change in Toretsk.",
    "Moscow claims to have a plan for Toretsk.",
])
def test_to_have_after_another_verb_is_no_report(text: str) -> None:
    assert controls(text) == set()


@pytest.mark.parametrize("text, judge, place, value", [
    ("Pushilin said Russian forces had taken Kurakhove. Ukraine's General Staff denied that on Tuesday.",
     "Ukraine's General Staff", "Kurakhove", "Ukraine"),
])
def test_a_bare_demonstrative_judges_the_sentence_before(text: str, judge: str, place: str, value: str) -> None:
    assert (judge, place, value, False) in controls(text)


@pytest.mark.parametrize("text", [
    "Pushilin said Russian forces had taken Kurakhove. Kyiv said that.",
    "Pushilin said Russian forces had taken Kurakhove. Ukraine's General Staff denied that its troops had left.",
])
def test_a_demonstrative_without_a_judging_verb_or_with_a_clause_judges_nothing(text: str) -> None:
    assert controls(text) == {("Pushilin", "Kurakhove", "Russia", False)}


@pytest.mark.parametrize("text, expected", [
    ("Russian troops have taken the bulk of Toretsk, the analysts said.",
     {("the analysts", "Toretsk", "contested", False)}),
    ("Ukrainian forces control the majority of Vovchansk, the governor said.",
     {("the governor", "Vovchansk", "contested", False)}),
    ("Russia has highly likely secured the majority of Marinka, UK Defence Intelligence said.",
     {("UK Defence Intelligence", "Marinka", "contested", True)}),
])
def test_the_majority_or_bulk_of_a_place_is_a_part(text: str, expected: set) -> None:
    assert controls(text) == expected


def test_the_majority_of_its_residents_is_no_claim() -> None:
    assert controls("The majority of Bakhmut's residents have left, the governor said.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Sergei Shoigu, Russia's defence minister, said Russian forces had taken Marinka.",
     {("Sergei Shoigu", "Marinka", "Russia", False)}),
    ("Valery Gerasimov, Russia's chief of the general staff, told Putin that Russian troops had captured Vuhledar.",
     {("Valery Gerasimov", "Vuhledar", "Russia", False)}),
    ("Russia's defence ministry said its forces had taken Marinka, a day after Valerii Zaluzhnyi, Ukraine's army "
     "chief, said his troops had left the town.",
     {("Russia's defence ministry", "Marinka", "Russia", False), ("Valerii Zaluzhnyi", "Marinka", "Russia", False)}),
])
def test_a_possessive_role_appositive_keeps_its_name_the_speaker(text: str, expected: set) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sergei Shoigu, Russia's defence minister, said that Russian troops had taken Vuhledar, the largest gain "
     "since Russian forces seized Marinka in January.",
     {("Sergei Shoigu", "Vuhledar", "Russia", False), (None, "Marinka", "Russia", False)}),
    ("Hanna Maliar, Ukraine's deputy defence minister, said on Monday that troops had recaptured Robotyne, the "
     "first gain since Ukrainian forces retook Andriivka in September.",
     {("Hanna Maliar", "Robotyne", "Ukraine", False), (None, "Andriivka", "Ukraine", False)}),
])
def test_the_writers_trailing_measure_since_an_event_is_the_outlets(text: str, expected: set) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize("text, places", [
    ("Russian forces withdrew from villages near Kherson, including Chornobaivka and Kyselivka, the governor said.",
     {"Chornobaivka", "Kyselivka"}),
])
def test_members_of_a_located_plural_are_named(text: str, places: set) -> None:
    found = controls(text)
    assert places <= {place for _, place, value, _ in found if value == "Ukraine"}


@pytest.mark.parametrize("text, place", [
    ("Alexander Kots wrote that Ukrainian units still held the northern part of Ocheretino.", "Ocheretyne"),
    ("Velikaya Novosyolka has been liberated by units of the Vostok group, the ministry said.", "Velyka Novosilka"),
])
def test_press_spellings_resolve(text: str, place: str) -> None:
    assert place in {p for _, p, _, _ in controls(text)}


def test_a_capitalised_may_after_a_capture_noun_is_the_month() -> None:
    assert controls("The fall of Marinka has handed Russia its biggest gain since the capture of Soledar last May, "
                    "analysts said.") >= {("analysts", "Marinka", "Russia", False)}


def test_a_modal_may_after_a_capture_noun_is_still_a_forecast() -> None:
    assert controls("The capture of Marinka may open the road west, the ministry said.") == set()


def test_claims_to_have_reports_only_its_infinitive() -> None:
    assert controls("The occupiers claim to have captured Robotyne, but our soldiers are still fighting in the "
                    "village, a commander of the 47th brigade told our correspondent.") == {
        ("The occupiers", "Robotyne", "Russia", True),
        ("a commander of the 47th brigade", "Robotyne", "contested", False)}
