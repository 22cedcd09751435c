"""Wordings from the twelfth session's reading of dev10 and dev9, probed with other places and speakers:
a second voice's "fighting was still going on there", units "still carrying out operations" in a place,
"X, where fighting continues", an area of a region with "sq km" or "as much as", a long counted object
before "including", a wire dateline that is no antecedent, a claim by a title and its named holder,
and Telegram posts quoted in Cyrillic (a dash before the speaker, a grey zone, Ukrainian "вільний")."""

from __future__ import annotations

import pytest

from conftest import hedged_controls as controls


@pytest.mark.parametrize("text, speaker, place", [
    # a second speaker's "going on there" is about the place the first one claimed
    ("Russia's Defense Ministry said Tuesday that its troops had captured Toretsk, but a Ukrainian brigade "
     "spokesman insisted that fighting was still going on there.", "a Ukrainian brigade spokesman", "Toretsk"),
    ("Moscow said its forces had taken Kurakhove, while the Khortytsia group said fighting was going on there.",
     "the Khortytsia group", "Kurakhove"),
    # units still at work inside the place
    ("Ukrainian units are still carrying out operations in Vovchansk, the General Staff said.",
     "the General Staff", "Vovchansk"),
    ("Kyiv denied that Chasiv Yar had fallen, saying its units were still conducting operations in the town.",
     "Kyiv", "Chasiv Yar"),
    ("The marines continue to operate in Krynky, the navy said.", "the navy", "Krynky"),
    # the antecedent of "where fighting continues"
    ("The National Guard said its units were still holding their positions in Siversk, where fighting continues, "
     "rejecting the Russian claim.", "The National Guard", "Siversk"),
    ("The governor said troops had dug trenches around Kupiansk, where heavy fighting is going on.",
     "The governor", "Kupiansk"),
])
def test_fighting_still_going_on_is_contested(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested", False) in controls(text)


@pytest.mark.parametrize("text", [
    # a finished operation, a relative whose fighting is past, and "where" before a capture of a part
    "Ukrainian special forces carried out operations in Crimea last year, the navy said.",
    "The town, where fighting continued for months, was visited by the governor, the agency said.",
    "Avdiivka, where Russian troops captured the coke plant, was shelled again, the governor said.",
])
def test_past_or_partial_operations_make_no_contested_claim(text: str) -> None:
    assert not any(value == "contested" for _, _, value, _ in controls(text))


@pytest.mark.parametrize("text, speaker, place, hedged", [
    ("Ukrainian forces control 1,200 sq km of Kursk region, general says", "general", "Kursk Oblast", False),
    ("Russian troops have seized more than 300 sq km of the Kharkiv region since May, the ministry said.",
     "the ministry", "Kharkiv Oblast", False),
    ("Russian forces have likely gained control over as much as 400 square kilometers of Donetsk Oblast, the "
     "think tank assessed.", "the think tank", "Donetsk Oblast", True),
])
def test_an_area_of_a_region_is_contested(text: str, speaker: str, place: str, hedged: bool) -> None:
    assert (speaker, place, "contested", hedged) in controls(text)


def test_a_long_counted_object_before_including_names_its_members() -> None:
    found = controls("Russian troops have taken more than 15 settlements in the Donetsk region over the past week, "
                     "including Ocheretyne and Novobakhmutivka, the Defense Ministry said Sunday.")
    assert {("the Defense Ministry", "Ocheretyne", "Russia", False),
            ("the Defense Ministry", "Novobakhmutivka", "Russia", False)} <= found


@pytest.mark.parametrize("text, speaker, place, value", [
    ("KYIV, Ukraine (AP) \u2014 Ukraine's army on Monday rejected Moscow's claim that its troops had taken Toretsk, "
     "saying its soldiers still held the city.", "Ukraine's army", "Toretsk", "Ukraine"),
    ("ODESA, Ukraine (AN) \u2014 Russia's Defense Ministry said Friday that its forces had captured Vuhledar, but a "
     "Ukrainian spokesman insisted that fighting was still going on there.", "a Ukrainian spokesman", "Vuhledar",
     "contested"),
])
def test_a_dateline_is_no_antecedent(text: str, speaker: str, place: str, value: str) -> None:
    found = controls(text)
    assert (speaker, place, value, False) in found
    assert not any(p in ("Kyiv", "Odesa") for _, p, _, _ in found)


def test_a_dateline_alone_gives_the_town_nothing() -> None:
    assert controls("KHARKIV, Ukraine (AP) \u2014 Russian forces have captured the town, the ministry said.") == set()


def test_a_claim_by_a_title_and_its_named_holder_is_the_holders() -> None:
    found = controls("Kyiv dismissed claims by Wagner's founder, Yevgeny Prigozhin, to have taken Bakhmut.")
    assert ("Yevgeny Prigozhin", "Bakhmut", "Russia", True) in found


@pytest.mark.parametrize("text, speaker, place, value", [
    # a dash between a quote and its speaker, as Russian and Ukrainian typography sets it
    ('"\u041c\u0438\u0440\u043d\u043e\u0433\u0440\u0430\u0434 \u043f\u043e\u0434 \u043f\u043e\u043b\u043d\u044b\u043c '
     '\u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435\u043c," \u2014 Russian war correspondent Alexander Kots '
     'posted with a video.', "Russian war correspondent Alexander Kots", "Myrnohrad", "Russia"),
    # a grey zone, Russian and Ukrainian
    ("\u0420\u0430\u0431\u043e\u0442\u0438\u043d\u043e \u2014 \u0441\u0435\u0440\u0430\u044f \u0437\u043e\u043d\u0430, "
     "wrote the WarGonzo channel.", "the WarGonzo channel", "Robotyne", "contested"),
    ('"\u041a\u0440\u0438\u043d\u043a\u0438 \u0443 \u0441\u0456\u0440\u0456\u0439 \u0437\u043e\u043d\u0456," '
     'a Ukrainian marine wrote.', "a Ukrainian marine", "Krynky", "contested"),
    # Ukrainian "free" is freed by the Ukrainian side
    ('"\u0417\u043c\u0456\u0457\u043d\u0438\u0439 \u0432\u0456\u043b\u044c\u043d\u0438\u0439," Andriy Yermak wrote.',
     "Andriy Yermak", "Snake Island", "Ukraine"),
    ('"\u0425\u0435\u0440\u0441\u043e\u043d \u2014 \u0432\u0456\u043b\u044c\u043d\u0438\u0439," Zelensky wrote.',
     "Zelensky", "Kherson", "Ukraine"),
])
def test_telegram_posts_quoted_in_cyrillic(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


@pytest.mark.parametrize("text", [
    # "free world", a grey zone with no place before it
    '"\u0412\u0456\u043b\u044c\u043d\u0438\u0439 \u0441\u0432\u0456\u0442 \u0437 \u043d\u0430\u043c\u0438," '
    'Andriy Yermak wrote.',
    '"\u0421\u0435\u0440\u0430\u044f \u0437\u043e\u043d\u0430 \u0440\u0430\u0441\u0442\u0435\u0442," Rybar wrote.',
])
def test_cyrillic_words_without_a_place_stay_claim_free(text: str) -> None:
    assert controls(text) == set()
