"""Whole-article shapes: the right speaker (eighth set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

import pytest

from conftest import TEST_OUTLET, control_claims_in


def resolved(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value) for c in control_claims_in(text, title=title)}


def speakers_of(text: str, place: str, title: str | None = None) -> set[str | None]:
    return {c.speaker for c in control_claims_in(text, title=title) if c.place == place}


# --- a person introduced with a role after the last speaker is whom a later "he"/"she" means ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ('Gerasimov told Putin that the town had been "liberated".\n\nViktor Trehubov, spokesman for the Khortytsia '
     'group, called the Russian statement "a lie". "Chasiv Yar is not captured. Our units are holding positions '
     'in the western part of the town," he said by phone.', "Viktor Trehubov", "Chasiv Yar", "contested"),
    ('Zelensky said in his evening address: "We are getting Kherson back."\n\nNatalia Humeniuk, the spokesperson '
     'for the Southern Defence Forces, urged caution. She said some soldiers could still be hiding.\n\n'
     '"Nova Kakhovka and Oleshky are still occupied," she said.', "Natalia Humeniuk", "Oleshky", "Russia"),
    ('Russia\'s defence ministry said its forces had taken Krynky. Oleksandr Tarnavskyi, commander of the Tavria '
     'group, dismissed the report on Telegram. "Krynky remains under the control of our marines," he wrote.',
     "Oleksandr Tarnavskyi", "Krynky", "Ukraine"),
    ('President Volodymyr Zelensky spoke of "difficult days" in the east. Oleh Syniehubov, the Kharkiv governor, '
     'visited Kupiansk on Tuesday. "The town is fully under Ukrainian control," he told reporters.',
     "Oleh Syniehubov", "Kupiansk", "Ukraine"),
])
def test_pronoun_takes_person_introduced_after_last_speaker(text: str, speaker: str, place: str, value: str) -> None:
    found = resolved(text)
    assert (speaker, place, value) in found
    assert {s for s, p, v in found if p == place and v == value} == {speaker}


def test_person_named_mid_sentence_does_not_take_the_pronoun() -> None:
    # the president met the army chief: "he" is still the president, who spoke last
    text = ('President Volodymyr Zelensky said he had met Oleksandr Syrskyi, the army chief, in Kramatorsk. '
            '"Our troops are holding Chasiv Yar," he said.')
    assert speakers_of(text, "Chasiv Yar") == {"Volodymyr Zelensky"}


def test_introduced_person_who_predicts_gives_no_claim() -> None:
    text = ('Viktor Trehubov, spokesman for the Khortytsia group, called the statement "a lie". '
            '"We will see what happens in Chasiv Yar next week," he said.')
    assert resolved(text) == set()


# --- judging an event a possessive names ("the town's liberation", "Russia's capture of X") states it ---

@pytest.mark.parametrize("text, phrase, place, value", [
    ("Units have fully liberated the town of Ugledar, the Russian Defence Ministry said on Thursday. DPR head "
     "Denis Pushilin called the town's liberation an important step towards freeing the whole republic.",
     "DPR head Denis Pushilin", "Vuhledar", "Russia"),
    ("Prigozhin hailed Russia's capture of Soledar as a historic victory.", "Prigozhin", "Soledar", "Russia"),
    ('Russian troops took Avdiivka on Saturday, the defence ministry said. The Kremlin welcomed the city\'s '
     '"liberation".', "The Kremlin", "Avdiivka", "Russia"),
    ("Ukrainian forces retook Robotyne, the General Staff said on Monday. President Zelensky described the "
     "village's recapture as proof that the counteroffensive was working.", "President Zelensky", "Robotyne",
     "Ukraine"),
])
def test_judged_possessive_event_has_its_judge_as_speaker(text: str, phrase: str, place: str, value: str) -> None:
    claims = control_claims_in(text)
    assert (phrase, place, value) in {(c.speaker_phrase, c.place, c.value) for c in claims}
    assert not any(c.speaker == TEST_OUTLET and c.place == place for c in claims)


@pytest.mark.parametrize("text", [
    "Crowds celebrated the city's liberation in Kherson.",
    "Analysts called the town's fall unlikely before winter.",
    "Pushilin called Russia's possible capture of Kurakhove a matter of weeks.",
])
def test_judging_without_a_stated_event_gives_no_claim(text: str) -> None:
    assert resolved(text) == set()


# --- "it reported the capture of X", and a pronoun after a time adjunct ("and earlier this week it ...") ---

@pytest.mark.parametrize("text, speaker, places, value", [
    ("Russia's defence ministry said its troops had taken control of Starytsia, two villages west of Vovchansk, "
     "and earlier this week it reported the capture of Strilecha, Pylna and Ohirtseve, closer to the border.",
     "Russian Ministry of Defence", {"Starytsia", "Strilecha", "Pylna", "Ohirtseve"}, "Russia"),
    ("Russia's defence ministry said its troops had taken Starytsia. Earlier this week it reported the capture "
     "of Pylna and Ohirtseve.", "Russian Ministry of Defence", {"Starytsia", "Pylna", "Ohirtseve"}, "Russia"),
    ("Ukraine's General Staff said its forces held Synkivka, and on Monday it reported the recapture of "
     "Klishchiivka.", "General Staff of the Armed Forces of Ukraine", {"Synkivka", "Klishchiivka"}, "Ukraine"),
    ("Russia's defence ministry reported the liberation of Pylna.", "Russian Ministry of Defence", {"Pylna"},
     "Russia"),
    ("Oleksandr Syrskyi said the army was holding the line. Later on Friday he said Russian troops had left "
     "Kherson.", "Oleksandr Syrskyi", {"Kherson"}, "Ukraine"),
])
def test_reported_event_and_pronoun_after_time_adjunct(text: str, speaker: str, places: set[str],
                                                       value: str) -> None:
    assert {(speaker, p, value) for p in places} <= resolved(text)


@pytest.mark.parametrize("text", [
    "Russia's defence ministry reported heavy fighting near Pylna.",
    "The ministry reported the capture of 40 Ukrainian soldiers near Pylna.",
    "Russia's defence ministry said fighting went on, and earlier this week it reported attacks near Pylna.",
])
def test_reported_without_a_capture_of_a_place_gives_no_claim(text: str) -> None:
    assert resolved(text) == set()


# --- a headline head naming an event ("Russia's new Kharkiv push:", "Battle for X:") is the topic, not a speaker ---

_NO_CLAIM_BODY = "The story is developing."


@pytest.mark.parametrize("title, place, value", [
    ("Russia's new Kharkiv push: battles rage in Vovchansk as villages fall", "Vovchansk", "contested"),
    ("The fight for Avdiivka: Russian troops enter the city", "Avdiivka", "contested"),
    ("Ukraine's summer offensive: fighting rages in Robotyne", "Robotyne", "contested"),
    ("Kursk incursion: Ukrainian troops still hold Sudzha", "Sudzha", "Ukraine"),
    ("Battle for Pokrovsk: Russian forces have entered the city", "Pokrovsk", "contested"),
])
def test_event_head_of_headline_leaves_the_outlet_speaking(title: str, place: str, value: str) -> None:
    assert resolved(_NO_CLAIM_BODY, title=title) == {(TEST_OUTLET, place, value)}


@pytest.mark.parametrize("title, speaker, place, value", [
    ("Kyiv's top general: Ukrainian troops hold Chasiv Yar", "Ukrainian government", "Chasiv Yar", "Ukraine"),
    ("Russian Defence Ministry: Sudzha liberated", "Russian Ministry of Defence", "Sudzha", "Russia"),
    ("Zelensky: our forces are holding Bakhmut", "Volodymyr Zelensky", "Bakhmut", "Ukraine"),
])
def test_speaker_head_of_headline_still_speaks(title: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(_NO_CLAIM_BODY, title=title)


# --- a document heading opening the text ("Operational update ... from the General Staff") hands it the text ---

_UA_STAFF, _RU_MOD = "General Staff of the Armed Forces of Ukraine", "Russian Ministry of Defence"


@pytest.mark.parametrize("opening, speaker, item, place, value", [
    ("Operational information as of 18:00 on 30.08.2023 regarding the Russian invasion, from the General Staff "
     "of the Armed Forces of Ukraine.", _UA_STAFF,
     "In the Melitopol direction, Robotyne has been completely liberated.", "Robotyne", "Ukraine"),
    ("Daily update from the Russian Ministry of Defence on the special military operation.", _RU_MOD,
     "Units of the Yug group of forces liberated the settlement of Klishchiivka.", "Klishchiivka", "Russia"),
    ("Morning summary of the General Staff of the Armed Forces of Ukraine as of 08:00, 12 March 2024.", _UA_STAFF,
     "Our defenders continue to hold Krynky, which the enemy shells every day.", "Krynky", "Ukraine"),
    ("Situation report by the Ukrainian General Staff.", _UA_STAFF,
     "In the Kupiansk direction, our units repelled all attacks on Synkivka.", "Synkivka", "Ukraine"),
])
def test_document_heading_gives_the_body_the_text(opening: str, speaker: str, item: str, place: str,
                                                  value: str) -> None:
    text = opening + "\n\nOver the past day, 29 combat engagements took place.\n\n" + item
    assert (speaker, place, value) in resolved(text)
    assert not any(s == TEST_OUTLET for s, p, v in resolved(text) if p == place)


@pytest.mark.parametrize("opening", [
    "A report from the Russian Ministry of Defence said its forces had advanced.",
    "A report from the Institute for the Study of War said Russian forces had advanced.",
])
def test_sentence_about_a_report_is_no_heading(opening: str) -> None:
    text = opening + "\n\nThe town of Klishchiivka was taken by Russian troops in May."
    assert (TEST_OUTLET, "Klishchiivka", "Russia") in resolved(text)


# --- a run of summary items after another speaker's paragraph is the briefing body's again ---

@pytest.mark.parametrize("interruption", [
    "On 12 March, Chief of the General Staff Valery Gerasimov reported to Vladimir Putin that the settlements of "
    "Martynovka and Malaya Loknya had been liberated.",
    "Kremlin spokesman Dmitry Peskov said Putin had been informed about the progress of the operation.",
    '"The enemy is retreating everywhere," Defence Minister Andrei Belousov told a meeting of the ministry board.',
])
def test_summary_item_after_interruption_returns_to_the_body(interruption: str) -> None:
    text = ("The Russian Defence Ministry has released its daily summary on the progress of the special military "
            "operation.\n\nUnits of the North group of forces have liberated the town of Sudzha.\n\n" + interruption
            + "\n\nUnits of the Centre group of forces liberated the settlement of Konstantinopol of the Donetsk "
            "People's Republic.\n\nUnits of the Zapad group of forces repelled two attacks near Kupiansk.")
    assert (_RU_MOD, "Kostiantynopil", "Russia") in resolved(text)


def test_background_after_interruption_stays_the_outlets() -> None:
    text = ("The Russian Defence Ministry has released its daily summary on the progress of the special military "
            "operation.\n\nUnits of the North group of forces have liberated the town of Sudzha.\n\n"
            "Kremlin spokesman Dmitry Peskov said Putin had been informed.\n\n"
            "Ukrainian troops had seized Sudzha in August last year in a surprise incursion.")
    assert not any(s == _RU_MOD for s, p, v in resolved(text) if v == "Ukraine")


# --- front-line places real reporting names in Russian spelling: Dvurechnaya, Melovoy, Martynovka, Borysivka ---

@pytest.mark.parametrize("text, place", [
    ("Units of the Zapad group of forces repelled two attacks by Ukrainian assault groups on Dvurechnaya in the "
     "Kharkov region, the Russian defence ministry said.", "Dvorichna"),
    ("Russia's defence ministry said its forces had liberated the settlements of Podol and Melovoy in the Kursk "
     "region.", "Melovoy"),
    ("Russia's defence ministry said it had taken Borysivka, Pylna and Ohirtseve near Vovchansk.", "Borysivka"),
    ("Gerasimov reported to Putin at the command post of the Kursk group that the settlements of Martynovka and "
     "Malaya Loknya had been liberated.", "Martynovka"),
])
def test_front_line_spellings_resolve(text: str, place: str) -> None:
    claims = control_claims_in(text)
    assert place in {c.place for c in claims}
    assert not {c.place for c in claims} & {"Milove", "Borisovka", "Martynivka"}


def test_milove_keeps_its_own_spellings() -> None:
    assert ("Russian Ministry of Defence", "Milove", "Russia") in resolved(
        "Russia's defence ministry said its forces had captured Melovoye in the Luhansk region.")


# --- analysts named by where they work speak for it; an outlet naming itself ("The Institute") is the outlet ---

@pytest.mark.parametrize("text, speaker, place", [
    ("Ukrainian military analysts at the DeepState monitoring group said Russian forces had captured Chasiv Yar.",
     "DeepStateMap", "Chasiv Yar"),
    ("Analysts at DeepState said on Monday that Russian troops had entered Selydove.", "DeepStateMap", "Selydove"),
    ("Experts at the Institute for the Study of War said Russian forces had seized Niu-York.",
     "Institute for the Study of War", "Niu-York"),
    ("Military analysts with DeepState said Ukrainian units had withdrawn from Krasnohorivka.", "DeepStateMap",
     "Krasnohorivka"),
])
def test_analysts_at_an_organisation_speak_for_it(text: str, speaker: str, place: str) -> None:
    assert speakers_of(text, place) == {speaker}


def test_analysts_without_an_employer_keep_their_reading() -> None:
    assert "DeepStateMap" not in speakers_of(
        "Ukrainian military analysts said Russian troops had entered Selydove.", "Selydove")


def _outlet_claims(text: str, outlet: str) -> set[tuple[str | None, str | None, str]]:
    from conftest import TEST_PUBLISHED
    from crosscheck.extract import extract_claims
    return {(c.speaker_phrase, c.place, c.value) for c in extract_claims(text, outlet=outlet,
                                                                        published_at=TEST_PUBLISHED)
            if c.predicate == "controls"}


@pytest.mark.parametrize("text, outlet, place, value", [
    ("The Institute assesses that Russian forces seized Vuhledar.", "Strategy Watch Institute", "Vuhledar", "Russia"),
    ("Strategy Watch Institute assesses that Russian forces seized Vuhledar.", "Strategy Watch Institute",
     "Vuhledar", "Russia"),
    ("The Group assessed that Ukrainian forces still held Chasiv Yar.", "Frontline Mapping Group", "Chasiv Yar",
     "Ukraine"),
    ("The Agency has established that Russian units captured Toretsk.", "Eastern Telegraph Agency", "Toretsk",
     "Russia"),
])
def test_outlet_naming_itself_is_the_outlet(text: str, outlet: str, place: str, value: str) -> None:
    claims = _outlet_claims(text, outlet)
    assert any(p == place and v == value for _, p, v in claims)
    assert all(s is None for s, p, v in claims if p == place)


def test_another_body_of_the_same_kind_is_not_the_outlet() -> None:
    claims = _outlet_claims("The Institute for the Study of War assessed that Russian forces seized Vuhledar.",
                            "Strategy Watch Institute")
    assert all(s is not None for s, p, v in claims) and claims
    claims = _outlet_claims("Ukraine's Defence Intelligence agency said Kherson was under Ukrainian control. "
                            "The agency said Russian troops still held Oleshky.", "Global Dispatch Agency")
    assert ("Ukraine's Defence Intelligence agency", "Oleshky", "Russia") in claims


# --- "told <listener> C" without "that": the listener is no part of the content ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Ukraine's military confirmed on Sunday that its forces had withdrawn from Lysychansk, a day after Russia's "
     "defence minister told Vladimir Putin the city had been taken.", "Russian Ministry of Defence", "Lysychansk",
     "Russia"),
    ("Syrskyi told reporters the Russians had been pushed out of Robotyne.", "Oleksandr Syrskyi", "Robotyne",
     "Ukraine"),
    ("Gerasimov told Putin Russian troops had liberated Sudzha.", "Valery Gerasimov", "Sudzha", "Russia"),
    ("Ukrainian forces withdrew from Lysychansk. Shoigu told Putin the city had been taken.", "Sergei Shoigu",
     "Lysychansk", "Russia"),
])
def test_told_listener_then_bare_clause(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text", [
    "Zelensky told Biden the army needed more shells for Bakhmut.",
    "Shoigu told Putin about the situation near Avdiivka.",
])
def test_told_without_a_control_clause_gives_no_claim(text: str) -> None:
    assert resolved(text) == set()
