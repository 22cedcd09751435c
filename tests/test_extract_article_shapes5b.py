"""Whole-article shapes of the fifth set, second half: "it" as the place just claimed onwards.

Each shape has several wordings written for it and near misses that must not give the claim to
the wrong speaker; split from test_extract_article_shapes5.py so each file stays short.
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


def title_claims(title: str, text: str = "") -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims(text, outlet=OUTLET, published_at=WHEN, title=title)
            if c.predicate == "controls" and c.field == "title"}


# --- "It is now under Ukrainian control": a subject "it" is the place just claimed ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Ukrainian forces recaptured Klishchiivka on Sunday, the army said.\n\n"
     "It is now under Ukrainian control, Syrskyi said.", "Syrskyi", "Klishchiivka", "Ukraine"),
    ("Russian troops captured Avdiivka in February, Russian bloggers said. It is now "
     "fully under Russian control, the Russian defence ministry said.", "the Russian defence ministry",
     "Avdiivka", "Russia"),
    ("Ukrainian troops liberated Kherson in November, Zelensky said. It is now under Ukrainian control but "
     "under shelling.", None, "Kherson", "Ukraine"),
    ("Russian forces seized Marinka, the DPR's Denis Pushilin said.\n\n"
     "It is now completely under Russian control, Shoigu told Putin.", "Shoigu", "Marinka", "Russia"),
])
def test_subject_it_is_the_place_just_claimed(text, speaker, place, value):
    found = {(s, v) for s, p, v in claims(text) if p == place}
    # the speaker as written may carry more words ("the DPR's Denis Pushilin")
    assert any(v == value and (s == speaker or (s and speaker and speaker in s)) for s, v in found), found


@pytest.mark.parametrize("text", [
    "Russian troops captured Avdiivka in February. It is unclear whether Ukrainian troops remain in Siversk.",
    "Russian troops captured Avdiivka in February. It was not possible to verify claims about Siversk.",
    "Russian troops captured Avdiivka in February.\n\nIt said Ukrainian units were regrouping.",
])
def test_expletive_it_is_no_place(text):
    assert {p for _, p, _ in claims(text)} == {"Avdiivka"} and len(claims(text)) == 1, claims(text)


# --- "the president said" with the holder named earlier only as an actor ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Zelensky visited troops near the front on Tuesday.\n\n\"Bakhmut is ours,\" the president said.",
     "Bakhmut", "Zelensky"),
    ("Putin met Shoigu on Monday.\n\n\"Maryinka has been liberated,\" the president said.", "Marinka", "Putin"),
    ("Volodymyr Zelensky toured the liberated villages.\n\nThe Ukrainian president said Klishchiivka was "
     "back under Ukrainian control.", "Klishchiivka", "Volodymyr Zelensky"),
    ("Vladimir Putin chaired a meeting of the Security Council.\n\nRussian forces have taken Avdiivka, "
     "the Russian president said.", "Avdiivka", "Vladimir Putin"),
])
def test_role_description_finds_a_known_holder(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place, speaker", [
    # the speaker list knows no "minister" among Zelensky's names
    ("Zelensky visited troops.\n\nRussian forces have taken Avdiivka, the minister said.", "Avdiivka",
     "the minister"),
    # nobody known named before
    ("Residents fled on Tuesday.\n\nRussian forces have taken Avdiivka, the president said.", "Avdiivka",
     "the president"),
])
def test_role_description_without_a_known_holder(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


# --- "Pushilin called the liberation of Chasov Yar 'a turning point'": judging an event states it ---

@pytest.mark.parametrize("text, place, speaker, value", [
    ("DPR head Denis Pushilin called the liberation of Chasov Yar \"a turning point for the entire direction\".",
     "Chasiv Yar", "DPR head Denis Pushilin", "Russia"),
    ("Zelensky described the recapture of Kherson as a historic day.", "Kherson", "Zelensky", "Ukraine"),
    ("Kremlin spokesman Dmitry Peskov called the fall of Avdiivka an important victory.", "Avdiivka",
     "Kremlin spokesman Dmitry Peskov", "Russia"),
    ("The governor, Oleh Syniehubov, praised the liberation of Kupiansk on Monday.", "Kupiansk",
     "Oleh Syniehubov", "Ukraine"),
])
def test_judged_event_is_the_judges_claim(text, place, speaker, value):
    assert (speaker, place, value) in claims(text), claims(text)


@pytest.mark.parametrize("text", [
    "Peskov called the situation in Avdiivka difficult.",
    "Zelensky called the defence of Avdiivka heroic.",
    "Peskov called for the capture of more territory.",
])
def test_judged_event_near_misses(text):
    assert claims(text) == set(), claims(text)


# --- "X published a map showing C": the map's publisher says C ---

@pytest.mark.parametrize("text, place, speaker", [
    ("The Ukrainian General Staff published a map on Sunday showing Ukrainian forces still in control of "
     "parts of Sudzha.", "Sudzha", "The Ukrainian General Staff"),
    ("A map published by DeepState on Monday shows Russian troops in control of Selydove.", "Selydove",
     "DeepState"),
    ("Maps released by the Russian Defence Ministry showed Russian forces in control of Vuhledar.", "Vuhledar",
     "the Russian Defence Ministry"),
    ("DeepState released a new map showing that Russian forces had captured Novoselivka Persha.",
     "Novoselivka Persha", "DeepState"),
])
def test_map_publisher_speaks(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text", [
    "Analysts said the map of Pokrovsk showed Russian gains.",
    "The ministry published a map of Pokrovsk on Monday.",
])
def test_map_near_misses(text):
    assert not any(s in ("The ministry", "the map") for s, _, _ in claims(text)), claims(text)


# --- "Ukrainian officials, however, said" / "the ministry, in its daily briefing, said" ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Ukrainian officials, however, said their forces still held Bakhmut.", "Bakhmut", "Ukrainian officials"),
    ("Russia's defence ministry, in its daily briefing, said its forces had captured Soledar.", "Soledar",
     "Russia's defence ministry"),
    ("Zelensky, for his part, said Ukrainian troops had liberated Kherson.", "Kherson", "Zelensky"),
    ("The Khortytsia group, on Telegram, said its units had withdrawn from Vuhledar.", "Vuhledar",
     "The Khortytsia group"),
])
def test_adjunct_between_subject_and_verb(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place, speaker", [
    # a clause, not a subject, before the insertion: the speaker follows the verb
    ("Russian troops captured Soledar, however, said Prigozhin.", "Soledar", "Prigozhin"),
    # a quoted claim: the inverted attribution stays
    ("\"We hold Bakhmut,\" said Cherevatyi.", "Bakhmut", "Cherevatyi"),
])
def test_adjunct_insertion_near_misses(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


# --- "TASS quoted the defence ministry as saying that C": the one quoted speaks, via the agency ---

@pytest.mark.parametrize("text, place, speaker, via", [
    ("TASS quoted the defence ministry as saying that Russian troops had captured Marinka.", "Marinka",
     "the defence ministry", "TASS"),
    ("RIA Novosti quoted Denis Pushilin as saying Russian forces had taken full control of Marinka.", "Marinka",
     "Denis Pushilin", "RIA Novosti"),
    ("The agency cited a Ukrainian commander as saying that his unit had withdrawn from Vuhledar.", "Vuhledar",
     "a Ukrainian commander", "The agency"),
    ("Interfax quoted a Russian commander as saying: Russian units have entered Chasiv Yar.", "Chasiv Yar",
     "a Russian commander", "Interfax"),
])
def test_quoted_as_saying(text, place, speaker, via):
    found = [(c.speaker_phrase, c.reported_via) for c in extract_claims(text, outlet=OUTLET, published_at=WHEN)
             if c.predicate == "controls" and c.place == place]
    assert found == [(speaker, via)], found


@pytest.mark.parametrize("text, place", [
    ("Russian troops captured Marinka, the agency said, citing sources.", "Marinka"),
    ("TASS quoted figures showing Russian troops had captured Marinka.", "Marinka"),
])
def test_quoted_as_saying_near_misses(text, place):
    assert not any(s in ("sources", "figures") for s in speakers_of(text, place)), claims(text)


# --- a quote left open at a paragraph's end runs on into the next (press convention) ---

@pytest.mark.parametrize("text, place, speaker", [
    ("Syrskyi spoke on Monday.\n\n\"We have liberated Klishchiivka. The enemy fled.\n\n"
     "\"Our units now hold the heights,\" Syrskyi said.", "Klishchiivka", "Syrskyi"),
    ("Syrskyi said the army had made progress. \"We have liberated Klishchiivka. The enemy fled.\n\n"
     "\"Our units now hold Andriivka,\" he said.", "Klishchiivka", "Syrskyi"),
    ("Zelensky said in his nightly address:\n\n\"Our warriors have liberated Kherson. The enemy fled.\n\n"
     "\"Our flag is flying over Snihurivka.\"", "Kherson", "Zelensky"),
    ("A brigade officer described the assault.\n\n\u201cWe liberated Robotyne. Nobody is left.\n\n"
     "\u201cNow we look south,\u201d said Captain Ihor Lapin.", "Robotyne", "Captain Ihor Lapin"),
])
def test_quote_running_over_paragraphs(text, place, speaker):
    assert speakers_of(text, place) == {speaker}, claims(text)


@pytest.mark.parametrize("text, place", [
    # the next paragraph does not reopen the quote: no run-on, the outlet speaks
    ("Syrskyi spoke on Monday.\n\n\"Russian troops captured Soledar.\n\nThat is what the ministry says, the "
     "blogger wrote.", "Soledar"),
    # a closed quote is no run-on: its words are not the next paragraph's speaker's
    ("Syrskyi spoke on Monday.\n\nRussian troops captured Soledar. \"It was expected.\"\n\n"
     "\"We hold Bakhmut,\" Cherevatyi said.", "Soledar"),
])
def test_quote_run_on_near_misses(text, place):
    assert speakers_of(text, place) == {None}, claims(text)


# --- headline "X admits loss of Y" / "X hails liberation of Y": the subject judges the event ---

@pytest.mark.parametrize("title, speaker, place, value", [
    ("Kyiv admits loss of Soledar after weeks of fighting", "Kyiv", "Soledar", "Russia"),
    ("Ukraine hails liberation of Kherson", "Ukraine", "Kherson", "Ukraine"),
    ("Moscow concedes loss of Robotyne", "Moscow", "Robotyne", "Ukraine"),
    ("Moscow hails fall of Avdiivka", "Moscow", "Avdiivka", "Russia"),
    ("Kyiv acknowledges withdrawal from Avdiivka", "Kyiv", "Avdiivka", "Russia"),
])
def test_headline_subject_judges_an_event(title, speaker, place, value):
    assert title_claims(title) == {(speaker, place, value)}, title_claims(title)


@pytest.mark.parametrize("title", [
    "Kyiv admits problems with ammunition near Soledar",
    "Ukraine hails new aid package as fighting rages near Kherson",
])
def test_headline_judging_no_event(title):
    assert title_claims(title) == set(), title_claims(title)


# --- "Ukrainian troops withdrew on Saturday to avoid encirclement": the topic is the place left ---

@pytest.mark.parametrize("text, place", [
    ("The Russian Defence Ministry said its forces had captured Avdiivka.\n\n"
     "The city had been a stronghold since 2014. Ukrainian troops withdrew on Saturday to avoid encirclement.",
     "Avdiivka"),
    ("Russia's defence ministry said it had taken Vuhledar.\n\n"
     "Ukrainian units pulled out on Tuesday to save soldiers' lives.", "Vuhledar"),
    ("Russian forces entered Marinka, Russian officials said.\n\n"
     "Ukrainian soldiers retreated in order to preserve their positions.", "Marinka"),
    ("The Russian army said it had captured Soledar.\n\n"
     "Ukrainian troops pulled out overnight, to avoid being surrounded.", "Soledar"),
])
def test_retreat_with_a_purpose_leaves_the_topic(text, place):
    assert (None, place, "Russia") in claims(text), claims(text)


@pytest.mark.parametrize("text", [
    # a place named after the purpose: the sentence names its own place
    "The Russian army said it had captured Soledar.\n\nUkrainian troops withdrew to avoid Bakhmut's fate.",
    # an intention, not a retreat
    "The Russian army said it had captured Soledar.\n\nUkrainian troops plan to avoid encirclement.",
])
def test_retreat_with_a_purpose_near_misses(text):
    assert (None, "Soledar", "Russia") not in claims(text), claims(text)


# --- "a Ukrainian soldier" is someone of that side, not its government ---

@pytest.mark.parametrize("phrase", [
    "A Ukrainian soldier in the area", "a Ukrainian officer", "A Ukrainian brigade commander", "a Russian soldier",
])
def test_unnamed_individual_is_no_government(phrase):
    from crosscheck.resolve import SpeakerResolver
    assert SpeakerResolver.default().resolve(phrase) is None


@pytest.mark.parametrize("phrase, speaker_id", [
    ("Ukrainian officials", "ua-government"), ("Russian officials", "ru-government"), ("Kyiv", "ua-government"),
])
def test_officials_stay_the_government(phrase, speaker_id):
    from crosscheck.resolve import SpeakerResolver
    assert SpeakerResolver.default().resolve(phrase).speaker_id == speaker_id


def test_individual_and_government_are_two_speakers():
    text = ("Kyiv said on Thursday that Ukrainian forces had retaken Andriivka.\n\n"
            "\"We hold Andriivka now,\" a Ukrainian officer told reporters.")
    found = [c for c in extract_claims(text, outlet=OUTLET, published_at=WHEN) if c.predicate == "controls"]
    assert len({c.speaker_id or c.speaker for c in found}) == 2, found
