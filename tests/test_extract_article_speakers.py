"""Article-level speaker attribution: pronouns, role nouns, bare institutions, time adjuncts,
briefing bodies and headline speakers, read over whole mini-articles."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims
from crosscheck.extract._briefings import briefing_body
from crosscheck.extract._discourse import phrase_kind
from crosscheck.extract._speakers import clean_speaker_phrase

_WHEN = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _controls(text: str, title: str | None = None) -> list[tuple[str | None, str, str | None]]:
    """(speaker_phrase, speaker, place) of the article's control claims, outlet claims as phrase None."""
    return [(c.speaker_phrase, c.speaker, c.place)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN, title=title)
            if c.predicate == "controls"]


def _speakers_for(text: str, place: str, title: str | None = None) -> set[str]:
    return {speaker for _, speaker, where in _controls(text, title) if where == place}


# 1. "he"/"she" take the person named last, even when that sentence yields no claim and an
#    institution spoke in an earlier paragraph
@pytest.mark.parametrize("text, place, speaker", [
    ("Russia's defence ministry said its forces had repelled attacks near Kreminna.\n\n"
     "The head of the Luhansk regional administration, Serhiy Haidai, said the ministry's account was false. "
     "\"Our troops still hold Bilohorivka,\" he wrote on Telegram.", "Bilohorivka", "Serhiy Haidai"),
    ("The Kremlin declined to comment.\n\n"
     "Oleksandr Shtupun, spokesman for the Tavria group of forces, told reporters the front was stable.\n\n"
     "\"The enemy has not captured Robotyne,\" he said.", "Robotyne", "Oleksandr Shtupun"),
    ("The General Staff in Kyiv said the night had been calm.\n\n"
     "Iryna Vereshchuk, a deputy prime minister, urged residents to leave. "
     "She said Russian forces had occupied Kozacha Lopan.", "Kozacha Lopan", "Iryna Vereshchuk"),
    ("Kyiv's military said Russian strikes had hit Kharkiv overnight.\n\n"
     "The Kharkiv governor, Oleh Syniehubov, gave no figures. "
     "Ukrainian units have retaken Kupiansk-Vuzlovyi, he added.", "Kupiansk-Vuzlovyi", "Oleh Syniehubov"),
    ("A spokesman for Ukraine's eastern military command, Serhiy Cherevatyi, said the statement was false. "
     "\"Fighting is continuing in Soledar. Our units are holding their positions,\" he told reporters.",
     "Soledar", "Serhiy Cherevatyi"),
])
def test_person_pronoun_takes_the_person(text: str, place: str, speaker: str) -> None:
    assert _speakers_for(text, place) == {speaker}


def test_a_role_then_name_subject_is_a_speaker() -> None:
    found = _controls("The head of the regional administration, Vitaliy Kim, said Russian troops had captured "
                      "Kozacha Lopan.")
    assert [phrase for phrase, _, _ in found] == ["Vitaliy Kim"]


def test_partitive_insertion_keeps_the_subject() -> None:
    found = _controls("Russian military bloggers, some of them critical of the army, said on Thursday that "
                      "Ukrainian marines now controlled part of Krynky.")
    assert [phrase for phrase, _, _ in found] == ["Russian military bloggers"]


def test_it_never_takes_a_person() -> None:
    text = ("Ukraine's General Staff gave no details, said a spokeswoman for the southern command.\n\n"
            "The evening update was brief. \"Our forces have liberated Robotyne,\" it said.")
    assert "a spokeswoman for the southern command" not in _speakers_for(text, "Robotyne")


# 2. role nouns back to the named holder, anywhere earlier in the article
@pytest.mark.parametrize("text, title, place, speaker", [
    ("Defence Minister Sergei Shoigu told a meeting of top brass on Tuesday that the offensive was going to plan.\n\n"
     "\"Our troops have taken full control of Krasnohorivka,\" the minister said.", None, "Krasnohorivka",
     "Sergei Shoigu"),
    ("Yevgeny Prigozhin, the Wagner chief, spoke in a video recorded at night.\n\n"
     "The Wagner chief said his fighters had captured Bakhmut.", None, "Bakhmut", "Yevgeny Prigozhin"),
    ("Ukrainian President Volodymyr Zelensky visited the front on Friday.\n\n"
     "Later the president said Ukrainian troops had recaptured Kupiansk.", None, "Kupiansk", "Volodymyr Zelensky"),
    ("Ukraine's Deputy Defence Minister Hanna Maliar gave an update on Monday.\n\n"
     "Ukrainian troops have liberated Klishchiivka, the deputy minister said.", None, "Klishchiivka",
     "Hanna Maliar"),
    ("The Kremlin said on Monday the talks had stalled.\n\n"
     "Ukrainian troops have liberated Klishchiivka, the general said.", "Syrskyi visits troops near Bakhmut",
     "Klishchiivka", "the general"),
])
def test_role_noun_takes_the_named_holder(text: str, title: str | None, place: str, speaker: str) -> None:
    assert _speakers_for(text, place, title) == {speaker}


def test_role_noun_does_not_take_a_holder_of_another_role() -> None:
    text = ("Ukrainian President Volodymyr Zelensky visited the front on Friday.\n\n"
            "Ukrainian troops have recaptured Kupiansk, the governor said.")
    assert _speakers_for(text, "Kupiansk") == {"the governor"}


# 3. time and setting adjuncts are not part of the speaker; 4. bare institutions take the full one
@pytest.mark.parametrize("text, place, speaker", [
    ("Units of the Centre group of forces have liberated Ocheretyne, the Russian Defence Ministry said.\n\n"
     "Ocheretyne lies north-west of Avdiivka. In late April the ministry announced the liberation of "
     "Novobakhmutivka.", "Novobakhmutivka", "Russian Ministry of Defence"),
    ("Russia's defence ministry published new figures on Monday.\n\n"
     "Hours later, the ministry said its forces had captured Pervomaiske.", "Pervomaiske",
     "Russian Ministry of Defence"),
    ("The Russian Ministry of Defence said on Sunday that air defences had shot down 12 drones.\n\n"
     "Late on Monday, the defence ministry announced that its troops had taken Berdychi.", "Berdychi",
     "Russian Ministry of Defence"),
    ("Ukraine's General Staff said 80 clashes had taken place.\n\n"
     "In its evening update, the General Staff said Ukrainian forces had recaptured Staromaiorske.",
     "Staromaiorske", "General Staff of the Armed Forces of Ukraine"),
    ("Ukraine's Khortytsia group of forces on July 31 rejected Moscow's claim that its troops had captured "
     "Chasiv Yar, saying fighting was still going on in the town.", "Chasiv Yar",
     "Ukraine's Eastern Group of Forces"),
])
def test_adjuncts_and_bare_institutions(text: str, place: str, speaker: str) -> None:
    assert speaker in _speakers_for(text, place)
    assert not any(phrase and phrase.lower().startswith(("in late", "hours", "late on", "in its"))
                   for phrase, _, _ in _controls(text))


@pytest.mark.parametrize("phrase, cleaned", [
    ("In late April the ministry", "the ministry"),
    ("Ukraine's Khortytsia group of forces on July 31", "Ukraine's Khortytsia group of forces"),
    ("Hours earlier, Ukraine's President Volodymyr Zelenskiy", "Ukraine's President Volodymyr Zelenskiy"),
    ("On 17 February, Defence Minister Sergei Shoigu", "Defence Minister Sergei Shoigu"),
    ("the ministry on Sept. 17", "the ministry"),
    ("Over the weekend Russian bloggers", "Russian bloggers"),
    ("In May the mayor", "the mayor"),
    # nothing to strip
    ("officials in Kyiv", "officials in Kyiv"),
    ("the 3rd Separate Assault Brigade", "the 3rd Separate Assault Brigade"),
    ("Institute for the Study of War", "Institute for the Study of War"),
    ("Monday", "Monday"),
])
def test_clean_speaker_phrase(phrase: str, cleaned: str) -> None:
    assert clean_speaker_phrase(phrase) == cleaned


@pytest.mark.parametrize("phrase, kind", [
    ("A spokesman for Ukraine's eastern military command", "person"),
    ("the deputy defence minister", "person"),
    ("Serhiy Cherevatyi", "person"),
    ("Russian military bloggers", "group"),
    ("Ukraine's Khortytsia group of forces", "body"),
    ("the ministry", "body"),
])
def test_phrase_kind(phrase: str, kind: str) -> None:
    assert phrase_kind(phrase) == kind


# 5. a briefing body speaks the unattributed paragraphs after its opening, until another speaker
def test_briefing_body_speaks_the_following_paragraphs() -> None:
    text = ("MOSCOW, 10 March. The Russian Defence Ministry has published its daily report on the special "
            "military operation.\n\nUnits of the Dnepr group of forces repelled three attacks near Krynky.\n\n"
            "Units of the Centre group of forces have completely liberated the settlement of Berdychi.")
    assert _speakers_for(text, "Berdychi") == {"Russian Ministry of Defence"}


def test_ukrainian_briefing_body() -> None:
    text = ("KYIV, 3 March. Ukraine's General Staff has released its morning report.\n\n"
            "Defence forces have liberated the village of Robotyne in Zaporizhzhia Oblast.")
    assert _speakers_for(text, "Robotyne") == {"General Staff of the Armed Forces of Ukraine"}


def test_briefing_stops_at_another_speaker() -> None:
    text = ("MOSCOW, 10 March. The Russian Defence Ministry has published its daily report on the special "
            "military operation.\n\nUkraine's General Staff said its forces had repelled attacks.\n\n"
            "Units of the Centre group of forces have completely liberated the settlement of Berdychi.")
    assert _speakers_for(text, "Berdychi") == {"Test Wire"}


@pytest.mark.parametrize("opening", [
    "Reuters has published a report on the fighting.",                      # an outlet, not a briefing body
    "Russian officials said on Monday that grain exports would continue.",  # no summary issued
    "The ministry has issued a warning to residents near the border.",      # a warning, not a summary
])
def test_no_briefing_body(opening: str) -> None:
    assert briefing_body(opening) is None
    assert _speakers_for(opening + "\n\nRussian forces have captured Berdychi.", "Berdychi") == {"Test Wire"}


def test_briefing_distractor_yields_no_claim() -> None:
    text = ("MOSCOW, 21 August. The Russian Ministry of Defence has issued its daily summary.\n\n"
            "Units of the North group of forces repelled attempts to advance near Martynovka.")
    assert _controls(text) == []


# 6. headline speakers and a report "to someone on the liberation of X"
@pytest.mark.parametrize("title, text, place, speaker", [
    ("Syrskyi: Klishchiivka liberated south of Bakhmut",
     "Ukrainian forces have liberated Klishchiivka, Ground Forces Commander Oleksandr Syrskyi announced.",
     "Klishchiivka", "Oleksandr Syrskyi"),
    ("Russian troops liberate Ocheretyne in DPR \u2014 Defence Ministry",
     "Units of the Centre group have liberated Ocheretyne, the Russian Defence Ministry said on Sunday.",
     "Ocheretyne", "Russian Ministry of Defence"),
    ("Shoigu reports to Putin on liberation of Marinka", "The minister spoke at a meeting in the Kremlin.",
     "Marinka", "Sergei Shoigu"),
    ("Kremlin meeting", "Defence Minister Sergei Shoigu reported to President Vladimir Putin, the "
     "Supreme Commander-in-Chief, on the liberation of Avdiivka.", "Avdiivka", "Sergei Shoigu"),
    ("Gerasimov briefs Putin", "Valery Gerasimov informed the president on the capture of Marinka.", "Marinka",
     "Valery Gerasimov"),
])
def test_headline_and_reported_on(title: str, text: str, place: str, speaker: str) -> None:
    assert _speakers_for(text, place, title) == {speaker}


@pytest.mark.parametrize("sentence", [
    "Shoigu reported to Putin on the attempted capture of Marinka.",
    "The governor reported on the evacuation of Marinka.",
])
def test_reported_on_distractors(sentence: str) -> None:
    assert _controls(sentence) == []
