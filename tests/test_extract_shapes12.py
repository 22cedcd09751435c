"""Wordings from the eleventh session's reading of dev9 and articles_dev7, probed with other places and
speakers: a clock time after the reporting verb, a role opened by a possessive before its name, a
missing confirmation that withholds a clause, an entry completed by a capture in the same sentence,
and front-line villages the gazetteer lacked."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import hedged_controls as controls

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2024, 11, 8, 12, 0, tzinfo=timezone.utc)


def claims(text: str) -> set[tuple[str | None, str | None, str, str, bool]]:
    return {(c.speaker_phrase, c.place, c.predicate, c.value, c.hedged)
            for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)}




@pytest.mark.parametrize("text, speaker, place, value", [
    # a clock time's colon after the verb is part of the adjunct, not a clause mark
    ("The Russians have been knocked out of Tykhe, the General Staff said in its 18:00 update.",
     "the General Staff", "Tykhe", "Ukraine"),
    ("Russian troops have withdrawn from Kozacha Lopan, the border guard service said in a 06:30 statement.",
     "the border guard service", "Kozacha Lopan", "Ukraine"),
    ("The occupiers have been driven out of Synkivka, the brigade wrote at 21:15 on Telegram.",
     "the brigade", "Synkivka", "Ukraine"),
])
def test_clock_time_after_the_verb_keeps_the_speaker(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


@pytest.mark.parametrize("text, speaker, place", [
    ("Russian troops entered Avdiivka from the south, Ukraine's top commander, Gen. Oleksandr Syrskyi, said on Friday.",
     "Gen. Oleksandr Syrskyi", "Avdiivka"),
    ("Russian troops broke into Pokrovsk from the east and were fighting in the outlying neighbourhoods, "
     "Ukraine's military spokesman for the sector, Dmytro Lykhovii, said on Thursday.", "Dmytro Lykhovii", "Pokrovsk"),
    ("Ukrainian troops have pushed into the outskirts of Robotyne, Russia's deputy defence minister, "
     "Yunus-Bek Yevkurov, said.", "Yunus-Bek Yevkurov", "Robotyne"),
])
def test_possessive_role_before_the_name_gives_the_name(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested", False) in controls(text)


def test_possessive_subject_without_a_name_stays_the_subject() -> None:
    # a distractor: "Ukraine's Khortytsia group said" is no role-and-name appositive
    found = controls("Russian troops entered Kurakhove from the south, Ukraine's Khortytsia group said on Friday.")
    assert found == {("Ukraine's Khortytsia group", "Kurakhove", "contested", False)}


@pytest.mark.parametrize("text, place, value", [
    ("Russian forces likely seized Kurakhove, though ISW has not observed confirmation that they have cleared "
     "the eastern part of the town.", "Kurakhove", "Russia"),
    ("Ukrainian forces likely recaptured Pishchane, although ISW has not yet seen visual evidence that they "
     "control the southern outskirts of the village.", "Pishchane", "Ukraine"),
])
def test_a_missing_confirmation_withholds_the_clause_after_it(text: str, place: str, value: str) -> None:
    assert controls(text) == {(None, place, value, True)}


@pytest.mark.parametrize("text", [
    "ISW has not observed confirmation that Russian forces seized Toretsk.",
    "ISW has not found evidence that Russian troops had captured Pokrovsk.",
    "The Institute for the Study of War has not seen any evidence that Ukrainian troops recaptured Krynky.",
])
def test_an_unconfirmed_capture_is_nobodys_claim(text: str) -> None:
    assert controls(text) == set()


@pytest.mark.parametrize("text, place, value, hedged", [
    ("Geolocated footage published on May 3 indicates that Russian forces recently advanced into Pervomaiske, "
     "west of Donetsk, and likely seized the settlement.", "Pervomaiske", "Russia", True),
    ("Ukrainian troops pushed into Klishchiivka and recaptured the village, the brigade said.",
     "Klishchiivka", "Ukraine", False),
    ("Russian forces recently advanced into Netailove and captured it.", "Netailove", "Russia", False),
])
def test_a_capture_completes_an_entry_in_the_same_sentence(text: str, place: str, value: str,
                                                             hedged: bool) -> None:
    assert {(p, v, h) for _, p, v, h in controls(text)} == {(place, value, hedged)}


@pytest.mark.parametrize("text", [
    # near misses: the entry stays contested
    "Russian forces advanced into Netailove but did not capture it.",
    "Russian forces entered Netailove and captured the eastern part of the village.",
    "Russian forces captured Netailove, but fighting continues in the village.",
    "Russian assault groups have infiltrated Kurakhove and are trying to gain a foothold in the centre, the "
    "commander said, adding that his units were clearing the town block by block.",
])
def test_an_entry_without_a_finished_capture_stays_contested(text: str) -> None:
    assert {v for _, _, v, _ in controls(text)} == {"contested"}


@pytest.mark.parametrize("text, place", [
    ("Russia's defence ministry said its forces had captured Bohoiavlenka, north of Vuhledar.", "Bohoiavlenka"),
    ("Russia's defence ministry said its forces had taken Bogoyavlenka.", "Bohoiavlenka"),
    ("Russia's defence ministry says its forces have captured Kleban-Byk.", "Kleban-Byk"),
])
def test_front_line_villages_missing_from_geonames_resolve(text: str, place: str) -> None:
    assert ("Russia's defence ministry", place, "Russia", False) in controls(text)


@pytest.mark.parametrize("text, speaker, place", [
    # a listener after "told", then an adjunct that opens on "during" or "via"
    ("Russian troops have withdrawn from Vovchansk, Syniehubov told reporters during a visit to Kharkiv.",
     "Syniehubov", "Vovchansk"),
    ("Russian troops have left Krynky, a marine told the newspaper via a messaging app.", "a marine", "Krynky"),
])
def test_a_listener_before_an_adjunct_keeps_the_frame(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "Ukraine", False) in controls(text)


@pytest.mark.parametrize("text, speaker, places", [
    # a long parenthetical attribution inside the noun phrase's clause
    ("The liberation of Krasnohorivka, Defence Minister Andrei Belousov told the agency during a visit to the "
     "front, opens the road to Kurakhove.", "Defence Minister Andrei Belousov", {"Krasnohorivka"}),
    # two places liberated, and a participle between them and the verb
    ("Pushilin said the liberation of Ocheretyne and the neighbouring village of Novobakhmutivka, announced last "
     "week, had created conditions for an advance on Pokrovsk.", "Pushilin", {"Ocheretyne", "Novobakhmutivka"}),
    ("Saldo said the liberation of Robotyne and Verbove had opened the way to Tokmak.", "Saldo",
     {"Robotyne", "Verbove"}),
])
def test_a_liberation_noun_stated_as_done(text: str, speaker: str, places: set[str]) -> None:
    assert {place for who, place, value, _ in controls(text) if who == speaker and value == "Russia"} == places


def test_a_liberation_that_would_open_a_road_is_a_forecast() -> None:
    assert controls("Saldo said the liberation of Robotyne and Verbove would open the way to Tokmak.") == set()


@pytest.mark.parametrize("text, speaker, place, value", [
    # the occasion of a statement between its subject and the verb
    # (a role opening the subject, lower case inside it: "Kherson governor Vladimir Saldo")
    ("Kherson governor Vladimir Saldo, speaking on state television, said Russian troops had retaken Krynky.",
     "Kherson governor Vladimir Saldo", "Krynky", "Russia"),
    ("LPR head Leonid Pasechnik, speaking at a briefing, said Russian troops had taken Bilohorivka.",
     "LPR head Leonid Pasechnik", "Bilohorivka", "Russia"),
])
def test_an_occasion_between_subject_and_verb_keeps_the_speaker(text: str, speaker: str, place: str,
                                                                 value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


@pytest.mark.parametrize("text, speaker, place", [
    # a compass part of the place, named right before it, is a part held
    ("Russian forces captured northern Vovchansk, the governor said.", "the governor", "Vovchansk"),
    ("Ukrainian troops control south-western Kupiansk, the brigade said.", "the brigade", "Kupiansk"),
    ("Russian troops now hold eastern Chasiv Yar, a Ukrainian commander said.", "a Ukrainian commander", "Chasiv Yar"),
])
def test_a_compass_part_before_the_name_is_partial(text: str, speaker: str, place: str) -> None:
    assert controls(text) == {(speaker, place, "contested", False)}


@pytest.mark.parametrize("text, place", [
    # near misses: a wire locator and a capitalised name part leave the place whole
    ("Russian forces captured the eastern Ukrainian town of Avdiivka, the ministry said.", "Avdiivka"),
    ("Russian forces captured the southern city of Kherson, the ministry said.", "Kherson"),
])
def test_a_locator_before_the_settlement_noun_is_not_a_part(text: str, place: str) -> None:
    assert controls(text) == {("the ministry", place, "Russia", False)}


@pytest.mark.parametrize("text, place, value", [
    # the outlet's locator of a place by the side that holds it, in a sentence about something else
    ("Velyka Novosilka, a Ukrainian-held town on the border of the Donetsk and Zaporizhzhia regions, has been "
     "without power for months.", "Velyka Novosilka", "Ukraine"),
    ("Enerhodar, a Russian-occupied city on the Dnipro, has been without water for a week.", "Enerhodar", "Russia"),
])
def test_a_side_held_appositive_is_the_outlets_claim(text: str, place: str, value: str) -> None:
    assert controls(text) == {(None, place, value, False)}


def test_an_appositive_without_a_side_is_no_claim() -> None:
    assert controls("Residents of Huliaipole, a town near the front, have been without power for weeks.") == set()


@pytest.mark.parametrize("text, speaker, place", [
    ("Fighting in and around Toretsk was difficult, the brigade said.", "the brigade", "Toretsk"),
    ("Clashes in and around the town of Chasiv Yar continued, the governor said.", "the governor", "Chasiv Yar"),
])
def test_fighting_in_and_around_a_place_contests_it(text: str, speaker: str, place: str) -> None:
    assert controls(text) == {(speaker, place, "contested", False)}


def test_fighting_only_around_a_place_contests_nothing() -> None:
    assert controls("Fighting around Toretsk was difficult, the brigade said.") == set()


_UPDATE = ("Latest UK Defence Intelligence update on the situation in Ukraine - 3 March 2024.\n\n"
           "1. Russian forces have highly likely captured Lastochkyne, west of Avdiivka.\n\n"
           "2. The Russian Ministry of Defence has claimed that its forces took Sieverne. This claim is unverified.\n\n"
           "3. Ukrainian forces have likely retaken part of Robotyne after several days of counter-attacks.\n\n"
           "4. Russia will likely try to push further west in the coming weeks.")


def test_a_heading_naming_its_issuer_gives_it_the_numbered_items() -> None:
    found = {(c.speaker, c.place, c.value) for c in extract_claims(
        _UPDATE, outlet="Whitehall Desk", published_at=PUBLISHED, title="UK Defence Intelligence: Lastochkyne falls")
        if c.predicate == "controls" and c.field == "text"}
    assert ("UK Ministry of Defence", "Lastochkyne", "Russia") in found
    assert ("UK Ministry of Defence", "Robotyne", "contested") in found
    assert not any(speaker == "Whitehall Desk" for speaker, _, _ in found)


def test_a_heading_naming_no_known_issuer_leaves_the_outlets_voice() -> None:
    text = _UPDATE.replace("UK Defence Intelligence", "Frontline Weekly")
    found = {(c.speaker, c.place) for c in extract_claims(text, outlet="Whitehall Desk", published_at=PUBLISHED)
             if c.predicate == "controls"}
    assert ("Whitehall Desk", "Lastochkyne") in found


@pytest.mark.parametrize("text, speaker, place, value", [
    # "according to X" between the subject and its verb: X speaks the whole clause
    ("Russian troops, according to the governor, have captured Vovchansk.", "the governor", "Vovchansk", "Russia"),
    ("Ukrainian forces, according to the General Staff, still hold Bilohorivka.", "the General Staff", "Bilohorivka",
     "Ukraine"),
])
def test_according_to_inside_the_clause_gives_its_speaker(text: str, speaker: str, place: str, value: str) -> None:
    assert controls(text) == {(speaker, place, value, False)}


@pytest.mark.parametrize("text, speaker, place, hedged", [
    # a denied full control is a part held, not the other side's whole
    ("Russia has likely not yet taken full control of Marinka, the UK Ministry of Defence said.",
     "the UK Ministry of Defence", "Marinka", True),
    ("Russian troops have not established full control over Krynky, the governor said.", "the governor", "Krynky",
     False),
])
def test_a_denied_full_control_is_partial(text: str, speaker: str, place: str, hedged: bool) -> None:
    assert controls(text) == {(speaker, place, "contested", hedged)}


@pytest.mark.parametrize("text, value", [
    # near misses: a full control stated, and a plain denial, keep their sides
    ("Russian troops have taken full control of Marinka, the governor said.", "Russia"),
    ("Russian troops have not taken Marinka, the governor said.", "Ukraine"),
])
def test_full_control_stated_or_a_plain_denial_keeps_the_side(text: str, value: str) -> None:
    assert controls(text) == {("the governor", "Marinka", value, False)}
