"""Places written as Russian media write them in English find the Ukrainian place.

A generated check over the whole gazetteer: every Ukrainian populated place GeoNames lists
with a Russian Cyrillic alternate name (Николаевка, Красное, Угледар), that name is written
the way Russian outlets romanise it in English (Nikolayevka, Krasnoye, Ugledar: a simple
BGN-like system written here, independent of the resolver's folding) and looked up. The
shares have floors, so a change to the keys that loses Russian spellings fails.
Then the classes of wording the check found, each with distractors that must stay apart.
"""

from __future__ import annotations

import re

import pytest

from crosscheck.resolve import Gazetteer, _geonames
from crosscheck.resolve._curated import load_curated_rows
from crosscheck.resolve._normalise import fold

# Letters only Ukrainian writes, and the apostrophe: a name with one is not a Russian spelling
_UKRAINIAN_ONLY = re.compile(r"[іїєґ'’ʼ]")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)*")
_RUSSIAN_PRESS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_VOWELS = "аеёиоуыэюяьъй"
# Measured on 6,409 names: the session-start code (07bf0f2) found 0.9969 and chose 0.9649 given the
# oblast; with the -iyevka folding and the oblast outranking a sole bearer elsewhere, 0.9981 and 0.9850.
FOUND_FLOOR = 0.9975
CHOSEN_FLOOR = 0.983


def russian_press(name: str) -> str:
    """A Russian Cyrillic name romanised as Russian media write it in English."""
    lowered = name.lower()
    out = []
    for index, letter in enumerate(lowered):
        before = lowered[index - 1] if index else " "
        after = lowered[index + 1] if index + 1 < len(lowered) else " "
        if letter == "е" and (before in _VOWELS or not before.isalpha()):
            piece = "ye"        # Yenakiyevo, Nikolayevka
        elif letter == "ё" and before in "жшчщц":
            piece = "o"         # Borshchov
        elif letter == "ь" and after in "еёиюя":
            piece = "y"         # Ilyichevsk
        elif letter == "й" and before in "иы" and not after.isalpha():
            piece = ""          # Krasny, Sukhy
        else:
            piece = _RUSSIAN_PRESS.get(letter, letter)
        if name[index].isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
    return "".join(out)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _russian_names(gaz: Gazetteer):
    """(place id, oblast place, Russian press spelling) for every Russian alternate of a Ukrainian place."""
    rows = load_curated_rows()
    oblast_names = {row.admin1: row.name for row in rows if row.admin1.startswith("UA.")}
    oblasts = {p.name: p for p in gaz.places() if p.kind in ("oblast", "region")}
    for record in _geonames.load_records(oblast_names):
        oblast = oblasts[oblast_names[f"UA.{record['admin1code']}"]]
        for alternate in dict.fromkeys(record.get("alternatenames") or ()):
            if _CYRILLIC_NAME.fullmatch(alternate) and not _UKRAINIAN_ONLY.search(alternate.lower()):
                yield f"gn:{record['geonameid']}", oblast, russian_press(alternate)


def russian_spelling_shares(gaz: Gazetteer) -> tuple[int, float, float]:
    """(names tried, share whose lookup finds the place, share resolved to it given its oblast)."""
    by_id = {p.place_id: p for p in gaz.places()}
    total = found = chosen = 0
    for place_id, oblast, spelling in _russian_names(gaz):
        total += 1
        candidates, _score = gaz.lookup(spelling)
        found += place_id in {gaz.place_at(index).place_id for index, _ in candidates}
        # namesakes in one oblast cannot be told apart by the oblast: a namesake there counts
        resolved, wanted = gaz.resolve(spelling, (oblast,)), by_id[place_id]
        chosen += resolved is not None and (resolved.oblast, resolved.name) == (wanted.oblast, wanted.name)
    return total, found / total, chosen / total


def test_russian_press_spellings_of_ukrainian_places_resolve_back(gaz: Gazetteer) -> None:
    total, found, chosen = russian_spelling_shares(gaz)
    assert total > 5000
    assert found >= FOUND_FLOOR, found
    assert chosen >= CHOSEN_FLOOR, chosen


def test_the_press_romanisation_used_by_the_check() -> None:
    assert [russian_press(n) for n in ("Николаевка", "Красное", "Артёмовск", "Енакиево", "Сухой Яр")] == [
        "Nikolayevka", "Krasnoye", "Artyomovsk", "Yenakiyevo", "Sukhoy Yar"]


# -- Russian -iyevka / -eyevka for Ukrainian -iivka ------------------------------------------------


@pytest.mark.parametrize(("russian", "ukrainian"), [
    ("Sofiyevka", "Sofiivka"), ("Novokiyevka", "Novokyivka"), ("Andreyevka", "Andriivka"),
    ("Mariyevka", "Mariivka"),
])
def test_a_russian_iyevka_ending_folds_like_the_ukrainian_iivka(russian: str, ukrainian: str) -> None:
    assert fold(russian) == fold(ukrainian)


@pytest.mark.parametrize(("one", "other"), [("Sofiyevka", "Sofiyanka"), ("Novokiyevka", "Novokyivske")])
def test_names_that_differ_beyond_the_ending_stay_apart(one: str, other: str) -> None:
    assert fold(one) != fold(other)


# -- a compound name the gazetteer lacks is not the village its adjective names --------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Russian troops shelled Zarichne and Verkhnii Pisochyn overnight.", "Verkhnii Pisochyn"),
    ("The enemy tried to advance near Toretsk, Shcherbynivka and Krutyi Kut.", "Krutyi Kut"),
    ("Units of the battlegroup liberated Novaya Strelka, the ministry said.", "Novaya Strelka"),
])
def test_an_unknown_compound_name_is_kept_whole(gaz: Gazetteer, text: str, name: str) -> None:
    mentions = {m.as_written: m.place for m in gaz.find_mentions(text)}
    assert name in mentions and mentions[name] is None
    assert name.split()[0] not in mentions


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("Russian forces shelled Verkhnia on Monday.", "Verkhnia", "Verkhnia"),       # the village alone
    ("Fighting continued near Nova Kakhovka.", "Nova Kakhovka", "Nova Kakhovka"),  # a known compound
    ("The Mala Tokmachka front was quiet.", "Mala Tokmachka", "Mala Tokmachka"),
])
def test_known_adjective_names_still_resolve(gaz: Gazetteer, text: str, name: str, canonical: str) -> None:
    mentions = {m.as_written: m.place for m in gaz.find_mentions(text)}
    assert mentions[name] is not None and mentions[name].name == canonical


def test_an_adjective_before_an_ordinary_capitalised_word_is_no_place(gaz: Gazetteer) -> None:
    # "Nova" before a company's name, outside any place context, is not a village
    assert [m.as_written for m in gaz.find_mentions("Nova Poshta said its depot burned.")] == []


# -- a renamed village under its old name, next to the article's places ----------------------------


def test_an_old_name_beside_the_article_places_is_the_renamed_village(gaz: Gazetteer) -> None:
    # Krasnoye next to Bakhmut was renamed Ivanivske in 2016; today's Krasnes lie 100+ km away
    mentions = gaz.find_mentions("Russian units entered Krasnoye, a village just west of Artemovsk.")
    assert [(m.place.name, m.place.oblast) for m in mentions if m.place] == [
        ("Ivanivske", "Donetsk Oblast"), ("Bakhmut", "Donetsk Oblast")]


def test_an_old_name_near_a_village_that_still_carries_it_stays_that_village(gaz: Gazetteer) -> None:
    mentions = gaz.find_mentions("Russian units entered Krasnoye, north of Kupiansk.")
    assert [(m.place.name, m.place.oblast) for m in mentions if m.place] == [
        ("Krasne", "Kharkiv Oblast"), ("Kupiansk", "Kharkiv Oblast")]


# -- the oblast a report names outranks the one village carrying the name elsewhere ----------------


def test_a_russian_name_in_the_named_oblast_beats_its_sole_bearer_elsewhere(gaz: Gazetteer) -> None:
    # Crimea's Konstantynovka carries the name today; in a report on the Mykolaiv region it is the
    # village there that Russian spelling calls Konstantinovka
    mentions = gaz.find_mentions("In the Mykolaiv region, Russian shelling hit Konstantinovka overnight.")
    assert [(m.place.name, m.place.oblast) for m in mentions if m.place][1] == ("Kostiantynivka", "Mykolaiv Oblast")


def test_without_an_oblast_the_bearer_of_the_name_is_kept(gaz: Gazetteer) -> None:
    mentions = gaz.find_mentions("Drones struck Nikolayevka overnight.")
    assert [(m.place.name, m.place.oblast) for m in mentions if m.place] == [("Nykolaevka", "Crimea")]


def test_a_city_bearing_the_name_is_kept_in_any_oblast(gaz: Gazetteer) -> None:
    # a report on the Donetsk region names Kharkiv too: no village known as "Kharkov" replaces it
    mentions = gaz.find_mentions("In the Donetsk region, and in Kharkov, air raid alerts sounded.")
    assert [m.place.name for m in mentions if m.place] == ["Donetsk Oblast", "Kharkiv"]


def test_a_capital_named_in_passing_does_not_pull_an_old_name_to_its_quarter(gaz: Gazetteer) -> None:
    # the report names Kyiv and locates its places near Kupiansk: a Kyiv quarter once called Holubivka
    # is not the village, though it lies beside one of the article's places (Kyiv)
    text = "Speaking in Kyiv, the officer said Russian troops took Holubivka near Kupiansk and Kivsharivka."
    found = {m.as_written: m.place for m in gaz.find_mentions(text)}
    assert found["Holubivka"] is not None and found["Holubivka"].oblast != "Kyiv City"
