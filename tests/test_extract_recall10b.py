"""Recall shapes of the seventh round, second part (see test_extract_recall10): withdrawals told by
the withdrawer ("he was withdrawing troops from X", "abandoned their positions in X", "the last
positions in X were abandoned"), a headline's noun compound ("Kyiv denies Russian claims of
Kupiansk capture"), Cyrillic subjects and participles ("Подразделения ВСУ покинули Угледар",
"Бахмут взят полностью", "ворог зайшов у Покровськ"), flags "flying again over", troops "cleared
from" a place, a quoted aside after a modal, and villages the gazetteer lacked.
"""

from __future__ import annotations

import pytest

from conftest import control_values, found_claims as found


# --- withdrawals told by the withdrawer --------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Zelensky said he withdrew troops from Avdiivka.", "Avdiivka", "Russia"),
    ("Syrskyi said he was withdrawing troops from Avdiivka to save lives.", "Avdiivka", "Russia"),
    ("The commander of the Dnipro group said he had pulled his units out of Krynky.", "Krynky", "Russia"),
    ("The Armed Forces of Ukraine have abandoned their positions in Ugledar and are fleeing in small groups, a "
     "source told the agency.", "Vuhledar", "Russia"),
    ("Russian forces have left all their positions in Krynky, the navy said.", "Krynky", "Ukraine"),
    ("The last Ukrainian positions in Lysychansk were abandoned on Sunday, the Ukrainian military said.",
     "Lysychansk", "Russia"),
    ("Kyiv said the remaining positions in Krynky had been abandoned.", "Krynky", "Russia"),
])
def test_withdrawals_told_by_the_withdrawer(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


@pytest.mark.parametrize("text, place", [
    ("Syrskyi said he had ordered troops to withdraw from Avdiivka.", "Avdiivka"),
    ("Putin said he had ordered the army to take Avdiivka.", "Avdiivka"),
    ("Ukrainian troops abandoned some positions in Krasnohorivka, the General Staff said.", "Krasnohorivka"),
    ("Ukrainian troops abandoned their positions near Krasnohorivka, the General Staff said.", "Krasnohorivka"),
    ("Some positions in Krynky were abandoned, the navy said.", "Krynky"),
    ("The last Ukrainian positions in Lysychansk were shelled, the military said.", "Lysychansk"),
])
def test_withdrawal_near_misses(text: str, place: str) -> None:
    assert place not in control_values(text)


# --- a headline's noun compound in a report of it ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kyiv denies Russian claims of Kupiansk capture", {("Kyiv", "Kupiansk", "Ukraine")}),
    ("Ukraine rejects reports of Chasiv Yar capture", {("Ukraine", "Chasiv Yar", "Ukraine")}),
    ("Kyiv denies Russian claims of Kupiansk capture\n\nUkraine's military on Friday rejected the claim, "
     "saying its troops still held the town.", {("Kyiv", "Kupiansk", "Ukraine")}),
    ("Moscow confirms news of Vuhledar capture", {("Moscow", "Vuhledar", "Russia")}),
])
def test_headline_compound_capture_in_a_report(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= found(text)


@pytest.mark.parametrize("text", [
    "Kupiansk capture plan foiled, SBU says",
    "Russia plans Kupiansk capture by spring, Kyiv warns",
])
def test_headline_compound_near_misses(text: str) -> None:
    assert "Kupiansk" not in control_values(text)


# --- Cyrillic subjects, participles and entry ----------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("«Подразделения ВСУ покинули Угледар», — сообщил Пушилин.", "Vuhledar", "Russia"),
    ("«Войска РФ оставили Херсон», — написал военкор.", "Kherson", "Ukraine"),
    ("«ЗСУ залишили Вугледар», — повідомив речник.", "Vuhledar", "Russia"),
    ("«Бахмут взят полностью», — заявил Пригожин.", "Bakhmut", "Russia"),
    ("«Мар'їнка звільнена повністю», — написав речник Генштабу ЗСУ.", "Marinka", "Ukraine"),
    ("«Ворог зайшов у Покровськ малими групами, але місто не захоплене», — написав речник 7-го корпусу.",
     "Pokrovsk", "contested"),
    ("«Противник зашёл в Торецк», — сообщил военкор.", "Toretsk", "contested"),
])
def test_cyrillic_subjects_participles_and_entry(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


@pytest.mark.parametrize("text", [
    "«Журналисты зашли в Торецк вместе с военными», — сообщил военкор.",
    "Ворог зайшов у Покровськ, пише місцевий сайт.",
])
def test_cyrillic_near_misses(text: str) -> None:
    assert "Toretsk" not in control_values(text) and "Pokrovsk" not in control_values(text)


# --- flags, clearing, a quoted aside, new villages ----------------------------------------------
@pytest.mark.parametrize("text, places, value", [
    ("Ukrainian flags are flying again over Hrakove, Savyntsi and Kurylivka, the Kharkiv regional governor "
     "wrote on Telegram.", ("Hrakove", "Savyntsi", "Kurylivka"), "Ukraine"),
    ("Russian flags are once again flying over Avdiivka, the ministry said.", ("Avdiivka",), "Russia"),
    ("Ukrainian forces have cleared Russian troops from Nestryha island south of Kherson, the Southern "
     "Defence Forces said on Saturday.", ("Nestryha Island",), "Ukraine"),
    ("Russian units cleared the last Ukrainian marines out of Krynky, the ministry said.", ("Krynky",), "Russia"),
])
def test_flags_and_clearing(text: str, places: tuple[str, ...], value: str) -> None:
    values = control_values(text)
    assert {place: values.get(place) for place in places} == dict.fromkeys(places, value)


@pytest.mark.parametrize("text", [
    "Workers cleared debris from the streets of Kharkiv, the mayor said.",
    "Ukrainian forces cleared Russian troops from the outskirts of Kupiansk, the General Staff said.",
    "Ukraine's military said it had cleared Russian troops from the aggregate plant in Vovchansk.",
    "Ukrainian sappers cleared mines from the road near Izium, officials said.",
    "Ukrainian flags were flying in Lviv in solidarity with Kharkiv, the mayor said.",
])
def test_clearing_and_flag_near_misses(text: str) -> None:
    assert not set(control_values(text)) & {"Kharkiv", "Kupiansk", "Vovchansk", "Izium", "Lviv"}


@pytest.mark.parametrize("text", [
    'Moscow will "without doubt" drive Ukrainian troops out of the Kursk region, Kremlin aide Yuri Ushakov said.',
    'Russian forces will \u201csoon\u201d capture Pokrovsk, the commander said.',
])
def test_a_quoted_aside_keeps_the_modal(text: str) -> None:
    assert control_values(text) == {}


def test_a_quoted_adverb_after_have_is_still_an_event() -> None:
    assert control_values('Russian forces have "finally" captured Pokrovsk, the ministry said.') == \
        {"Pokrovsk": "Russia"}


# --- parts of a place, a relative's antecedent as actor, a place before a verb and a facility noun --
@pytest.mark.parametrize("text, place, value", [
    ("Russia now occupies about a fifth of Ukraine, including Crimea, nearly all of Luhansk region and about "
     "70 percent of Donetsk region, according to open-source maps.", "Luhansk Oblast", "contested"),
    ("Russian forces now hold almost all of the Luhansk region, the governor said.", "Luhansk Oblast", "contested"),
    ("Russian troops control practically all of Marinka, Ukraine's General Staff acknowledged.", "Marinka",
     "contested"),
    ("Russian forces attacked Mariupol from the east and west, though Ukrainian defenders still hold the city "
     "centre, the mayor said.", "Mariupol", "contested"),
])
def test_part_of_a_place_is_contested(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


def test_the_whole_of_a_place_is_not_a_part() -> None:
    assert control_values("Russian forces now hold the whole of the Luhansk region, the governor said.") == \
        {"Luhansk Oblast": "Russia"}


@pytest.mark.parametrize("text, place, value", [
    ("Ukrainian forces, which last month reclaimed the small village of Piatykhatky in Zaporizhzhia region, are "
     "still well short of Tokmak, the analyst said.", "Piatykhatky", "Ukraine"),
    ("Russian troops, who captured Avdiivka in February, are now advancing on Pokrovsk, the analyst said.",
     "Avdiivka", "Russia"),
    ("Wagner fighters, who took Soledar, are being redeployed, officials said.", "Soledar", "Russia"),
    ("Russian troops, which captured Kherson in March 2022, withdrew from the city in November, the analyst said.",
     "Kherson", "Ukraine"),
])
def test_a_relative_clause_acts_with_its_antecedent(text: str, place: str, value: str) -> None:
    assert control_values(text).get(place) == value


def test_a_relative_antecedent_that_is_no_force_gives_no_side() -> None:
    assert "Izium" not in control_values("The reporters, who visited Izium last week, said the town was in ruins.")


@pytest.mark.parametrize("text, place", [
    ("Russian-held Nova Kakhovka evacuated after dam breach as shelling continued", "Nova Kakhovka"),
    ("Russian-held Oleshky flooded since dam collapse, shelling goes on", "Oleshky"),
])
def test_a_verb_before_a_facility_noun_leaves_the_place_the_head(text: str, place: str) -> None:
    assert control_values(text).get(place) == "Russia"


def test_a_facility_named_for_a_place_still_reads_as_one() -> None:
    assert control_values("Russian troops captured the Avdiivka coke plant, the ministry said.") == {}
