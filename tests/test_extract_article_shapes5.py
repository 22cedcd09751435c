"""Whole-article shapes: the right speaker across sentences and paragraphs (fifth set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give the claim to the wrong speaker.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims

from conftest import control_claims_in

WHEN = datetime(2024, 6, 1, tzinfo=UTC)
OUTLET = "Test Wire"


def claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of every control claim; None is the outlet speaking."""
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


def speakers_of(text: str, place: str) -> set[str | None]:
    return {speaker for speaker, where, _ in claims(text) if where == place}


# --- "It said ..." opening a sentence: the body named before it, else the outlet ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Russia's defence ministry said on Sunday that its forces had captured Avdiivka. "
     "It said Russian units had also taken Lastochkyne.", "Lastochkyne", "Russia's defence ministry"),
    ("The General Staff of Ukraine reported 40 clashes near Pokrovsk.\n\n"
     "Syrskyi said the situation remained difficult.\n\n"
     "It also said Russian troops had entered Selydove.", "Selydove", "The General Staff of Ukraine"),
    ("Ukraine's navy said marines had crossed the Dnipro near Krynky.\n\n"
     "But it added that Ukrainian troops had pulled out of Krynky.", "Krynky", "Ukraine's navy"),
    ("The Russian Defence Ministry said 300 Ukrainian servicemen were killed. Separately, it reported that "
     "units of the Centre group had liberated Novoselivka Persha.", "Novoselivka Persha",
     "The Russian Defence Ministry"),
])
def test_opening_it_said_takes_the_body_named_before(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # no body named before: "It" has no referent, the outlet speaks
    ("It said Russian units had taken Lastochkyne.", "Lastochkyne"),
    # only a person named before: "it" is never "he"
    ("Zelensky said the situation was difficult.\n\nIt said Russian troops had entered Selydove.", "Selydove"),
    # an impersonal "it was reported" is no speaker at all
    ("Ukraine's navy spoke of heavy fighting. It was reported that Russian troops had taken Krynky.", "Krynky"),
])
def test_it_without_a_body_before_is_the_outlet(text, place):
    assert speakers_of(text, place) == {None}, claims(text)


# --- "X said on Telegram:" closing a paragraph: the next paragraph is X's ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Syrskyi said on Telegram:\n\n\"Our units have liberated Klishchiivka. The enemy fled.\"",
     "Klishchiivka", "Syrskyi"),
    ("Ukraine's General Staff said in its morning update:\n\n"
     "Russian forces captured Novomykhailivka near Kurakhove.", "Novomykhailivka", "Ukraine's General Staff"),
    ("The 47th brigade wrote in a statement on Saturday:\n\n"
     "Robotyne has been fully cleared of Russian troops.", "Robotyne", "The 47th brigade"),
    ("MOSCOW, 12 May. Defence ministry spokesman Igor Konashenkov told reporters:\n\n"
     "\"Units of the North group of forces liberated the settlement of Hlyboke.\"", "Hlyboke",
     "Defence ministry spokesman Igor Konashenkov"),
])
def test_colon_paragraph_hands_the_next_to_its_speaker(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # the hand-over lasts one paragraph: the outlet's own background after it stays the outlet's
    ("Syrskyi said on Telegram:\n\n\"Our units have liberated Klishchiivka.\"\n\n"
     "Ukrainian troops still hold Kurakhove.", "Kurakhove"),
    # a colon that introduces no speaker ("Key facts:") hands nothing over
    ("Key facts:\n\nRussian forces captured Novomykhailivka near Kurakhove.", "Novomykhailivka"),
    # a colon inside the paragraph, not at its end
    ("The ministry said: the situation is stable.\n\nRussian forces captured Novomykhailivka near Kurakhove.",
     "Novomykhailivka"),
])
def test_colon_hand_over_is_narrow(text, place):
    assert speakers_of(text, place) == {None}, claims(text)


# --- '"...," a spokesman for X, Name, said': the name after the role is the speaker ---

@pytest.mark.parametrize("text, place, speaker", [
    ("\"The enemy wants a picture of success,\" a spokesman for the Dnipro group of forces, Viktor Trehubov, "
     "said in a television interview. \"Pokrovsk has not fallen.\"", "Pokrovsk", "Viktor Trehubov"),
    ("\"Our troops have liberated Pokrovsk,\" the commander of the 25th brigade, Oleh Petrenko, told Reuters.",
     "Pokrovsk", "Oleh Petrenko"),
    ("\"Russian troops captured Vuhledar,\" the head of the regional military administration, Vadym Filashkin, "
     "said on Friday.", "Vuhledar", "Vadym Filashkin"),
    ("\u201cRussian troops have left Kupiansk,\u201d a spokeswoman for the Joint Forces, Iryna Kovalenko, said.",
     "Kupiansk", "Iryna Kovalenko"),
])
def test_role_then_name_after_a_quote(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place, speaker", [
    ("Ukrainian forces recaptured Kupiansk, the commander of the 3rd brigade, Andriy Biletsky, said.",
     "Kupiansk", "Andriy Biletsky"),
    ("Russian units have entered Toretsk, a spokesman for the Luhansk group of forces, Dmytro Zaporozhets, "
     "said on Friday.", "Toretsk", "Dmytro Zaporozhets"),
])
def test_role_then_name_after_a_clause(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # a list of places after the quote is no role and name
    ("\"Russian troops captured Vuhledar,\" near Prechystivka, Vodiane, said nothing.", "Vuhledar"),
    # the quote's own words before the comma are not the speaker's role
    ("\"Russian troops captured Vuhledar, Kurakhove, Selydove,\" it was reported.", "Vuhledar"),
])
def test_role_then_name_needs_a_person_role(text, place):
    assert not any(s and ("Prechystivka" in s or "Kurakhove" in s) for s in speakers_of(text, place)), claims(text)


# --- a headline's bare body ("..., Defence Ministry says") read with the text's fuller one ---

@pytest.mark.parametrize("title, text, place, value", [
    ("Novgorodskoye liberated, Defence Ministry says",
     "Units of the Tsentr group of forces have liberated Novgorodskoye, the Russian Defence Ministry said.",
     "Niu-York", "Russia"),
    ("Ministry of Defence: troops liberate Ilyinka",
     "MOSCOW, 5 December. The Ministry of Defence of the Russian Federation has published its summary. "
     "Units of the Tsentr group of forces liberated the settlement of Ilyinka.", "Illinka", "Russia"),
    ("Klishchiivka liberated, General Staff says",
     "Ukrainian forces have liberated Klishchiivka, the General Staff of the Armed Forces of Ukraine said.",
     "Klishchiivka", "Ukraine"),
    ("Troops liberate Vuhledar, defence ministry says",
     "Russia's defence ministry said on Thursday that its troops had taken Vuhledar.", "Vuhledar", "Russia"),
])
def test_headline_bare_body_takes_the_text_side(title, text, place, value):
    found = {(c.field, c.place, c.value) for c in extract_claims(text, outlet=OUTLET, published_at=WHEN, title=title)
             if c.predicate == "controls"}
    assert ("title", place, value) in found and not any(f == "title" and v != value for f, _, v in found), found


@pytest.mark.parametrize("title, text", [
    # the text names no fuller body: the headline is read as before
    ("Kupiansk liberated, General Staff says", "Residents of Kupiansk returned on Monday."),
    # a different body in the text is not the headline's
    ("Kupiansk liberated, General Staff says", "The Russian Defence Ministry said it repelled attacks near Kupiansk."),
])
def test_headline_bare_body_not_replaced_without_a_match(title, text):
    found = [c for c in extract_claims(text, outlet=OUTLET, published_at=WHEN, title=title)
             if c.predicate == "controls" and c.field == "title"]
    assert [(c.speaker_phrase, c.value) for c in found] == [("General Staff", "Ukraine")], found


# --- "In his assessment, ..." / "In its view, ...": the owner speaks ---

@pytest.mark.parametrize("text, place, speaker, hedged", [
    ("Military observer Kostiantyn Mashovets believes the main threat lies elsewhere. In his assessment, "
     "the Russians have already taken Holubivka and Myrove.", "Myrove",
     "Military observer Kostiantyn Mashovets", True),
    ("Ukrainian troops hold Kupiansk, the Ukrainian army said.\n\n"
     "In its view, Russian forces had only entered the outskirts of Kurakhove.", "Kurakhove",
     "the Ukrainian army", False),
    ("Russian troops captured Vuhledar, Syrskyi said.\n\nIn his words, the Russians also took Vodiane.",
     "Vodiane", "Syrskyi", False),
    ("Russian milbloggers reported heavy fighting.\n\nIn their estimate, Russian units have seized Tonenke.",
     "Tonenke", "Russian milbloggers", True),
])
def test_possessive_opinion_is_its_owner_speaking(text, place, speaker, hedged):
    found = [c for c in extract_claims(text, outlet=OUTLET, published_at=WHEN)
             if c.predicate == "controls" and c.place == place]
    assert [(c.speaker_phrase, c.hedged) for c in found] == [(speaker, hedged)], found


@pytest.mark.parametrize("text, place", [
    # nobody named before: the outlet
    ("In his assessment, the Russians have already taken Holubivka.", "Holubivka"),
    # "in his time" is no opinion
    ("Syrskyi spoke on Monday.\n\nIn his time, the Russians took Holubivka.", "Holubivka"),
])
def test_possessive_opinion_near_misses(text, place):
    assert speakers_of(text, place) == {None}, claims(text)


# --- "Its analysts wrote ...": the analysis body named before, even as no speaker ---

@pytest.mark.parametrize("text, place, speaker", [
    ("The picture given by the monitoring project DeepState is more alarming. "
     "Its analysts wrote on Tuesday that Russian forces were infiltrating Kupiansk.", "Kupiansk", "DeepState"),
    ("ISW said Russian forces likely advanced.\n\nIts experts assess that Russian forces seized Tonenke.",
     "Tonenke", "ISW"),
    ("A new map from DeepState was published on Friday.\n\n"
     "Its team said Russian troops had captured Novoselivka Persha.", "Novoselivka Persha", "DeepState"),
    ("The Institute for the Study of War released its daily report. "
     "Its analysts said Russian forces had seized Tonenke.", "Tonenke", "The Institute for the Study of War"),
])
def test_its_analysts_are_the_analysis_body(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # a person is no analysis body: "Its analysts" stays as written
    ("Zelensky said Russian troops took Vodiane.\n\nIts analysts said Russian troops took Tonenke.", "Tonenke"),
    # a ministry is no analysis body either
    ("The Russian Defence Ministry said it repelled attacks.\n\n"
     "Its analysts said Russian troops took Tonenke.", "Tonenke"),
])
def test_its_analysts_without_an_analysis_body(text, place):
    assert speakers_of(text, place) == {"Its analysts"}, claims(text)


def title_claims(title: str, text: str = "") -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims(text, outlet=OUTLET, published_at=WHEN, title=title)
            if c.predicate == "controls" and c.field == "title"}


# --- "Chasov Yar liberated: ..." - a head ending on a participle is no speaker ---

@pytest.mark.parametrize("title", [
    "Chasov Yar liberated: Russian flag raised over the city",
    "Kurakhove liberated: Russian troops complete clearing of the town",
    "Vuhledar captured by Russian forces: what it means for the southern front",
    "Avdeyevka fully liberated: assault units raise flags over the coke plant",
])
def test_participle_head_is_no_speaker(title):
    found = title_claims(title)
    assert found and all(speaker is None for speaker, _, _ in found), found


@pytest.mark.parametrize("title, speaker", [
    ("Defence ministry: Russian troops liberate Kurakhove", "Defence ministry"),
    ("Syrskyi: Klishchiivka liberated south of Bakhmut", "Syrskyi"),
    ("Russian MoD: Vuhledar liberated", "Russian MoD"),
])
def test_speaker_head_stays_a_speaker(title, speaker):
    found = title_claims(title)
    assert found and all(s == speaker for s, _, _ in found), found


# --- an unknown outlet writing in Russian official wording reads "liberation" as Russia's ---

@pytest.mark.parametrize("text, place", [
    ("The Kiev regime had turned the town into a fortified area.\n\n"
     "Russian troops began storming Chasov Yar soon after the liberation of Artyomovsk.", "Bakhmut"),
    ("Units of the special military operation continue to advance in the Kharkov region.\n\n"
     "A year after the liberation of Avdeyevka, residents are returning.", "Avdiivka"),
    ("Ukrainian nationalists shelled the outskirts of Donetsk overnight.\n\n"
     "Schools reopened in Maryinka, months after its liberation was announced, and after the liberation of "
     "Ugledar.", "Vuhledar"),
    ("MOSCOW, 3 May. Neo-Nazi formations shelled Gorlovka.\n\n"
     "Since the liberation of Kupyansk, the front line has moved west.", "Kupiansk"),
])
def test_russian_media_voice_reads_liberation_as_russian(text, place):
    assert {(s, v) for s, p, v in claims(text) if p == place} == {(None, "Russia")}, claims(text)


@pytest.mark.parametrize("text, place", [
    # one Russian spelling in a Western report is not the outlet's own voice
    ("Russia's defence ministry said its forces had taken Artemovsk last year.\n\n"
     "A year after the liberation of Kupiansk, residents are returning.", "Kupiansk"),
    # Ukrainian wording wins over a stray mark
    ("The occupiers shelled Kherson overnight; the Kiev-born mayor said.\n\n"
     "A year after the liberation of Kherson, residents are returning.", "Kherson"),
])
def test_media_voice_needs_several_marks(text, place):
    assert {(s, v) for s, p, v in claims(text) if p == place} == {(None, "Ukraine")}, claims(text)


# --- "..., the General Staff said in its morning report": the report's items are the body's ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Over the past day, 148 combat clashes were recorded, the General Staff of the Armed Forces of Ukraine said "
     "in its morning report on Tuesday.\n\nIn the Toretsk direction, Ukrainian units repelled an assault on "
     "Zalizne.", "Zalizne", "the General Staff of the Armed Forces of Ukraine"),
    ("Russia's defence ministry said in its daily briefing that air defences downed 40 drones.\n\n"
     "Units of the Yug group of forces liberated the settlement of Dalneye.\n\n"
     "Units of the Tsentr group of forces liberated the settlement of Ilyinka.", "Illinka",
     "Russia's defence ministry"),
    ("KYIV, 12 June. The General Staff of Ukraine reported in its evening update that fighting went on.\n\n"
     "Over the past day, Ukrainian defenders liberated Storozheve in the south.", "Storozheve",
     "The General Staff of Ukraine"),
    ("The Russian Defence Ministry said on Sunday in its regular summary that the offensive continued.\n\n"
     "In the Kupiansk direction, units of the Zapad group of forces took full control of Synkivka.",
     "Synkivka", "The Russian Defence Ministry"),
])
def test_report_items_belong_to_the_body(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # the outlet's own background between the items stays the outlet's
    ("Russia's defence ministry said in its daily briefing that air defences downed 40 drones.\n\n"
     "Russian troops captured Avdiivka in February after months of fighting.", "Avdiivka"),
    # an outlet's own report is no briefing body
    ("Reuters said in its daily report that talks had stalled.\n\n"
     "In the Toretsk direction, Russian troops captured Niu-York.", "Niu-York"),
])
def test_report_body_keeps_to_its_items(text, place):
    assert speakers_of(text, place) == {None}, claims(text)


# --- "Kyiv announced its recapture" / "announced the capture": the place left implicit ---

@pytest.mark.parametrize("text, place, speaker, value", [
    ("Ukrainian troops fought for weeks around Andriivka.\n\nOn Friday Kyiv announced its recapture.",
     "Andriivka", "Kyiv", "Ukraine"),
    ("Ukrainian troops fought for weeks around Klishchiivka. On Friday the General Staff confirmed its "
     "liberation.", "Klishchiivka", "the General Staff", "Ukraine"),
    ("Ukrainian brigade says it still holds part of Velyka Novosilka\n\n"
     "A brigade spokesman spoke a day after Russia claimed its capture.", "Velyka Novosilka", "Russia", "Russia"),
    ("Wagner took Bakhmut, the Russian defence ministry said.\n\nYevgeny Prigozhin, the Wagner chief, who had "
     "announced the capture a day earlier in a video, said his men would leave.", "Bakhmut",
     "Yevgeny Prigozhin", "Russia"),
    ("Russian forces captured Vuhledar on Tuesday, the Russian defence ministry said.\n\n"
     "Military analysts said the fall was not unexpected.", "Vuhledar", "Military analysts", "Russia"),
])
def test_elided_capture_object_is_the_place_before(text, place, speaker, value):
    assert (speaker, place, value) in claims(text), claims(text)


@pytest.mark.parametrize("text", [
    # a season, not a fall
    "Russian forces captured Vuhledar on Tuesday, the Russian defence ministry said.\n\n"
    "In the fall, the troops were moved north.",
    # "the capture" with no reporting verb before it is not the topic's
    "Russian forces captured Vuhledar on Tuesday, the Russian defence ministry said.\n\n"
    "Zelensky said the capture of prisoners was continuing.",
    # a loss is not read: whose it was is not said
    "Russian forces captured Vuhledar on Tuesday, the Russian defence ministry said.\n\n"
    "Military analysts said the loss was not unexpected.",
])
def test_elided_capture_object_near_misses(text):
    assert {(s, p) for s, p, _ in claims(text)} == {("the Russian defence ministry", "Vuhledar")}, claims(text)
