"""Whole-article shapes: the right speaker (seventh set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

import pytest

from conftest import TEST_OUTLET, control_claims_in
from crosscheck.extract._discourse import introduced_person
from crosscheck.extract._speakers import BARE_DOCUMENT, document_owner
from crosscheck.resolve import SpeakerResolver


def resolved(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value) for c in control_claims_in(text, title=title)}


# --- a subject with a relative clause, then a time adjunct after the verb: not "C, said late" ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("The Khortytsia group of forces, which commands the sector, said late on Tuesday that its units had been "
     "pulled out of Vuhledar.", "Ukraine's Eastern Group of Forces", "Vuhledar", "Russia"),
    ("Russia's defence ministry, which had been silent for days, announced on Friday that its forces took Marinka.",
     "Russian Ministry of Defence", "Marinka", "Russia"),
    ("Denis Pushilin, who heads the Moscow-installed administration, said late on Sunday that Russian troops had "
     "captured Marinka.", "Denis Pushilin", "Marinka", "Russia"),
    ("Ukraine's General Staff, which publishes a summary twice a day, reported earlier that Ukrainian units still "
     "held Klishchiivka.", "General Staff of the Armed Forces of Ukraine", "Klishchiivka", "Ukraine"),
])
def test_relative_clause_subject_keeps_its_verb(text: str, speaker: str, place: str, value: str) -> None:
    claims = control_claims_in(text)
    assert (speaker, place, value) in {(c.speaker, c.place, c.value) for c in claims}
    assert all(c.speaker_phrase is None or c.speaker_phrase.split()[0].lower() not in ("late", "earlier", "on")
               for c in claims)


def test_inverted_attribution_still_read() -> None:
    # the inverted shape itself keeps working where no subject stands before the verb
    assert ("Sergei Shoigu", "Avdiivka", "Russia") in resolved("Avdiivka is under our full control, said Shoigu.")


# --- a document speaks for its issuer: "the statement said", "a ministry statement read" ---

@pytest.mark.parametrize("phrase, owner", [
    ("the statement", BARE_DOCUMENT),
    ("The report", BARE_DOCUMENT),
    ("a ministry statement", "the ministry"),
    ("The ministry's statement", "the ministry"),
    ("Russia's defence ministry's statement", "Russia's defence ministry"),
    ("its latest update", "it"),
    ("The General Staff's morning report", "General Staff"),
    ("the ISW report", "ISW"),
])
def test_document_owner(phrase: str, owner: str) -> None:
    assert document_owner(phrase) == owner


@pytest.mark.parametrize("phrase", ["the intelligence report", "Russian reports", "Media reports", "the situation report",
                                    "reports", "the ministry"])
def test_not_a_document_owner(phrase: str) -> None:
    assert document_owner(phrase) is None


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russia's General Staff said its forces captured Avdiivka.\n\n"
     "The report added that Russian troops had also taken Lastochkyne.", "Russian Ministry of Defence",
     "Lastochkyne", "Russia"),
    ("Ukraine's General Staff said Russian forces attacked near Bakhmut.\n\n"
     "The statement said Ukrainian units still held Klishchiivka.", "General Staff of the Armed Forces of Ukraine",
     "Klishchiivka", "Ukraine"),
    ("Russia's defence ministry said fighting continued near Bakhmut.\n\n"
     "\"Units of the Southern group have fully liberated Klishchiivka,\" the statement read.",
     "Russian Ministry of Defence", "Klishchiivka", "Russia"),
    ("The Russian defence ministry reported heavy fighting in the south.\n\n"
     "Its latest update said Russian troops had entered Robotyne.", "Russian Ministry of Defence",
     "Robotyne", "contested"),
    ("Russia's defence ministry's statement said its forces had taken Marinka.", "Russian Ministry of Defence",
     "Marinka", "Russia"),
])
def test_document_speaks_for_its_issuer(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text, phrase", [
    ("Russian troops have captured Avdiivka, a ministry statement read.", "a ministry statement"),
    ("The General Staff's statement read: \"The enemy has been driven out of Robotyne.\"",
     "The General Staff's statement"),
    ("Ukrainian forces retain control of Krynky, the General Staff's evening update read on Tuesday.",
     "the General Staff's evening update"),
])
def test_document_read_frame(text: str, phrase: str) -> None:
    assert {c.speaker_phrase for c in control_claims_in(text)} == {phrase}


@pytest.mark.parametrize("text", [
    "Russian troops captured Avdiivka, but the statement read like a victory speech.",
    "Russian troops captured Avdiivka, a reporter read aloud.",
])
def test_reading_that_is_no_document_frame(text: str) -> None:
    # the outlet's own sentence: no document speaks here
    assert {c.speaker for c in control_claims_in(text)} == {TEST_OUTLET}


# --- "Place: X claims full control": the headline's head is the place its noun leaves out ---

@pytest.mark.parametrize("title, speaker, place, value", [
    ("Soledar: Wagner claims full control", "Wagner Group", "Soledar", "Russia"),
    ("Bakhmut: Russia claims capture", "Russian government", "Bakhmut", "Russia"),
    ("Vuhledar: Moscow announces liberation", "Russian government", "Vuhledar", "Russia"),
    ("Avdiivka: Kyiv admits loss", "Ukrainian government", "Avdiivka", "Russia"),
    ("Bakhmut: Kremlin denies loss", "The Kremlin", "Bakhmut", "Russia"),
    ("Klishchiivka: Ukraine's army says it has regained control", "Armed Forces of Ukraine", "Klishchiivka",
     "Ukraine"),
])
def test_topic_headline_supplies_the_place(title: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved("Fighting continued in the region on Friday.", title=title)


@pytest.mark.parametrize("title", [
    "Bakhmut: Russia fails to take control",        # an attempt, not a claim
    "Bakhmut: Russia seeks full control",
    "Analysis: Russia claims full control",         # the head is no place
])
def test_topic_headline_near_misses(title: str) -> None:
    assert resolved("Fighting continued in the region on Friday.", title=title) == set()


def test_topic_headline_with_a_noun_object_does_not_hang() -> None:
    # the head's frame is dropped for a topic headline; the frames nested in it must be renumbered
    assert ("Ukrainian government", "Marinka", "Ukraine") in resolved(
        "Fighting continued in the region on Friday.", title="Marinka: Kyiv denies loss of town")


# --- a person introduced in one paragraph, quoted bare in the next ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russia's defence ministry said its forces had captured Vuhledar.\n\n"
     "Serhiy Cherevatyi, the eastern command's spokesman, was asked about the claim on Monday.\n\n"
     "\"Vuhledar is still ours. Our soldiers hold the town.\"", "Serhiy Cherevatyi", "Vuhledar", "Ukraine"),
    ("Russia's defence ministry said its forces had captured Vuhledar.\n\nSerhiy Cherevatyi, the eastern command's "
     "spokesman.\n\n\"Vuhledar is still ours.\"", "Serhiy Cherevatyi", "Vuhledar", "Ukraine"),
    ("The regional governor, Oleh Syniehubov, visited Kupiansk on Tuesday.\n\n"
     "\"Kupiansk remains under Ukrainian control.\"", "Oleh Syniehubov", "Kupiansk", "Ukraine"),
    ("Spokesman Dmytro Lykhovyi spent the day at the brigade's headquarters.\n\n"
     "\"Krynky is still held by our marines.\"", "Dmytro Lykhovii", "Krynky", "Ukraine"),
])
def test_introduced_person_speaks_the_bare_quote(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("paragraph, name", [
    ("Serhiy Cherevatyi, the eastern command's spokesman.", "Serhiy Cherevatyi"),
    ("The regional governor, Oleh Syniehubov, visited Kupiansk.", "Oleh Syniehubov"),
    ("Vuhledar had 15,000 residents before the war.", None),
    # a person named deep inside a sentence about something else is not introduced
    ("Residents fled after the shelling, which Serhiy Cherevatyi, the spokesman, called the heaviest yet.", None),
])
def test_introduced_person(paragraph: str, name: str | None) -> None:
    assert introduced_person(paragraph) == name


def test_background_paragraph_introduces_nobody() -> None:
    # a bare quote after the outlet's own background has no speaker to take
    assert resolved("Vuhledar had 15,000 residents before the war.\n\n\"Vuhledar is still ours.\"") == set()


# --- an unattributed sentence that reads as more of the body's report just before it ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russia's defence ministry said Russian troops took Marinka on Monday. Units of the Southern group also "
     "liberated Pobeda.", "Russian Ministry of Defence", "Pobieda", "Russia"),
    ("Ukraine's General Staff said its forces repelled 20 attacks near Bakhmut. Ukrainian units also retook "
     "Klishchiivka.", "General Staff of the Armed Forces of Ukraine", "Klishchiivka", "Ukraine"),
    ("The Russian defence ministry said on Sunday its forces had repelled attacks near Kupiansk. In the Donetsk "
     "direction, units of the Southern group liberated Klishchiivka.", "Russian Ministry of Defence",
     "Klishchiivka", "Russia"),
    ("According to Russia's defence ministry, its forces took Marinka on Monday. Assault units have also "
     "captured Novomykhailivka near Marinka.", "Russian Ministry of Defence", "Novomykhailivka", "Russia"),
])
def test_sentence_continues_the_body_report(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text, place", [
    # a standing state, not a further act: the outlet's background
    ("Russia's defence ministry said its troops took Marinka. Russian forces have held Mariupol since May 2022.",
     "Mariupol"),
    # a person's statement is not a report that the next sentence goes on with
    ("Zelensky said Ukrainian forces held Bakhmut. Russian troops also captured Soledar in January.", "Soledar"),
])
def test_background_after_a_report_stays_the_outlets(text: str, place: str) -> None:
    assert {c.speaker for c in control_claims_in(text) if c.place == place} == {TEST_OUTLET}


# --- a map speaks for the project that draws it ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("The DeepState map showed Russian forces in control of Klishchiivka.", "DeepStateMap", "Klishchiivka", "Russia"),
    ("DeepState's map shows Pokrovsk under Russian control.", "DeepStateMap", "Pokrovsk", "Russia"),
    ("ISW maps now show Russian forces in control of Robotyne.", "Institute for the Study of War", "Robotyne",
     "Russia"),
    ("DeepState said its analysts had reviewed new footage.\n\nIts map now marks Ukrainian forces in control of "
     "Krynky.", "DeepStateMap", "Krynky", "Ukraine"),
])
def test_map_speaks_for_its_project(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text", [
    "Footage shows Russian troops in control of Soledar.",          # a video is no mapping project
    "The capture of Soledar marks Russian control of the salt mines.",
])
def test_showing_that_is_no_map(text: str) -> None:
    assert {c.speaker for c in control_claims_in(text)} <= {TEST_OUTLET}


# --- the speakers list names both sides' operational groups and regional administrations ---

@pytest.mark.parametrize("phrase, speaker_id", [
    ("the Southern group of forces", "ru-group-yug"),
    ("Battlegroup West", "ru-group-zapad"),
    ("the Dnipro group of forces", "ua-dnipro-group"),          # Ukraine's, not Russia's Dnepr group
    ("Dnepr group", "ru-group-dnepr"),
    ("Ukrainian Tavriisk Group of Forces", "ua-tavria-group"),
    ("the Khortytsia operational-strategic group", "ua-eastern-group"),
    ("the Donetsk regional military administration", "ua-donetsk-rma"),
    ("Kharkiv Oblast Military Administration", "ua-kharkiv-rma"),
])
def test_speaker_list_knows_the_groups(phrase: str, speaker_id: str) -> None:
    found = SpeakerResolver.default().resolve(phrase)
    assert found is not None and found.speaker_id == speaker_id


@pytest.mark.parametrize("phrase", ["the regional military administration", "the Southern group"])
def test_unnamed_administration_or_group_is_nobody_in_particular(phrase: str) -> None:
    assert SpeakerResolver.default().resolve(phrase) is None


# --- "According to X," opening a paragraph scopes its unattributed sentences ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("According to Ukraine's General Staff, Russian forces attacked near Bakhmut 20 times. Ukrainian troops still "
     "hold Klishchiivka.", "General Staff of the Armed Forces of Ukraine", "Klishchiivka", "Ukraine"),
    ("According to the Russian defence ministry, Russian troops repelled attacks near Kupiansk. Units of the Western "
     "group took control of Synkivka.", "Russian Ministry of Defence", "Synkivka", "Russia"),
    ("According to DeepState, Russian forces advanced near Avdiivka. Ukrainian troops still hold the coke plant in "
     "Avdiivka.", "DeepStateMap", "Avdiivka", "contested"),
    ("According to Russia's defence ministry, Ukrainian attacks near Robotyne failed. Russian forces have fully "
     "taken Verbove.", "Russian Ministry of Defence", "Verbove", "Russia"),
])
def test_according_opening_scopes_its_paragraph(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text, place", [
    # a closing "according to" scopes only its own sentence
    ("Ukrainian troops still hold Klishchiivka, according to Ukraine's General Staff. Russian forces captured "
     "Bakhmut in May.", "Bakhmut"),
    # nor does the scope run into the next paragraph
    ("According to Ukraine's General Staff, Russian forces attacked near Bakhmut 20 times.\n\n"
     "Ukrainian troops still hold Klishchiivka.", "Klishchiivka"),
])
def test_according_scope_ends(text: str, place: str) -> None:
    assert {c.speaker for c in control_claims_in(text) if c.place == place} == {TEST_OUTLET}


# --- the agent of a participle: "C, announced by X on Monday, ..." ---

@pytest.mark.parametrize("text, phrase, place, value", [
    ("Russia's capture of Marinka, announced by Defence Minister Sergei Shoigu on Monday, was denied by Ukraine's "
     "military, which said fighting continued in the town.", "Defence Minister Sergei Shoigu", "Marinka", "Russia"),
    ("The fall of Avdiivka, confirmed by Ukraine's army on Saturday, ended a months-long siege.", "Ukraine's army",
     "Avdiivka", "Russia"),
])
def test_participle_agent_without_by(text: str, phrase: str, place: str, value: str) -> None:
    assert (phrase, place, value) in {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text)}


# --- celebrating an event states it: "Kyiv hailed the recapture of X", "Kyiv celebrates recapture of X" ---

@pytest.mark.parametrize("text, title, speaker, place, value", [
    ("Russia's defence ministry hailed the liberation of Avdiivka.", None, "Russian Ministry of Defence",
     "Avdiivka", "Russia"),
    ("Zelensky welcomed the recapture of Kherson.", None, "Volodymyr Zelensky", "Kherson", "Ukraine"),
    ("Kyiv hailed the recapture of Klishchiivka.", None, "Ukrainian government", "Klishchiivka", "Ukraine"),
    ("Fighting continued in the region on Friday.", "Kyiv celebrates recapture of Kherson as Moscow calls its "
     "\"withdrawal\" a regrouping", "Ukrainian government", "Kherson", "Ukraine"),
])
def test_celebrating_an_event_states_it(text: str, title: str | None, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text, title=title)


def test_crowds_celebrating_are_no_speaker() -> None:
    assert not any(c.speaker_phrase == "Crowds" for c in control_claims_in("Crowds celebrated the liberation of Kherson."))

