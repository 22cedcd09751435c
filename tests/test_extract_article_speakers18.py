"""Article-level speakers, eighteenth set.

1. A desk's or a genre's label before a colon ("Live updates:", "Key points:", "Campaign assessment,
   3 May:", "Analysis:") is no speaker: what follows it is the outlet's own claim.
2. A person a sentence introduces after a live blog's time stamp or an opening adjunct ("14:05 - In a
   televised address, President X calls it ...", "On Friday, Governor Y visited ...") is who a following
   "he says" / "she said" means, not the speaker of an earlier entry.
4. "so is Kyiv when it suggests ...", "Moscow insists ...": a capital acting as its state is no antecedent
   of a later "the town".
5. '"Klishchiivka is ours!" Syrskyi wrote on Telegram.': a quote closing on "!" or "?" and the words saying
   whose it is are one sentence, though a capital follows the mark.
6. "'Our troops left Soledar in good order,' says army spokesman": a headline's single quotes close before an
   inverted "says X" as double quotes do.
7. "The Institute has observed geolocated footage indicating that C": the observer's hedged reading of
   the pictures (a participle "watched geolocated footage" names no finder).
8. "UPDATE 2-Russia says it captured X": a wire service's version slug before a headline is no part of
   its speaker (the claim still points at the headline's words as written).
3. "Analysts at X, a group that maps the front, said": the people of a body before its appositive speak
   (and "the group said" later is that body); "X had geolocated videos showing C" is X's report of C.

Near misses: a speaker's name before a colon ("Syrskyi:", "General Staff:") still speaks; a label word
inside a body's name is no label; a time stamp does not turn a place or an unnamed noun into a person;
a place before an appositive is no speaker; geolocating a place without pictures reports nothing;
a capital that is acted on ("Kyiv was shelled", "in Kyiv when ...") stays a place.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in


def _claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


# 1. a label before a colon is no speaker
@pytest.mark.parametrize("title", [
    "Ukraine war live: Russian troops pull out of Kupiansk",
    "Live updates: Russian troops pull out of Kupiansk",
    "Campaign assessment, 3 May: Russian troops pull out of Kupiansk",
    "Daily briefing, Day 412: Russian troops pull out of Kupiansk",
    "Analysis: Russian troops pull out of Kupiansk",
    "What we know: Russian troops pull out of Kupiansk",
])
def test_a_label_before_a_colon_is_no_speaker(title):
    claims = _claims("Residents said the streets were quiet on Tuesday.", title=title)
    assert (None, "Kupiansk", "Ukraine") in claims
    assert all(speaker is None for speaker, _, _ in claims)


@pytest.mark.parametrize("opening", ["Key points", "Key takeaways", "Bottom line", "In brief", "The latest"])
def test_a_label_opening_a_paragraph_is_no_speaker(opening):
    claims = _claims(f"{opening}: Russian forces completed the capture of Vuhledar on Wednesday after a "
                     "two-year siege.\n\nResidents had left long before.")
    assert claims == {(None, "Vuhledar", "Russia")}


@pytest.mark.parametrize("title, speaker", [
    ("Syrskyi: Russian troops pulled out of Kupiansk", "Syrskyi"),
    ("General Staff: Russian troops pulled out of Kupiansk", "General Staff"),
    ("Kharkiv governor: Russian troops pulled out of Kupiansk", "Kharkiv governor"),
])
def test_a_speaker_before_a_colon_still_speaks(title, speaker):
    claims = _claims("Residents said the streets were quiet on Tuesday.", title=title)
    assert (speaker, "Kupiansk", "Ukraine") in claims
    assert (None, "Kupiansk", "Ukraine") not in claims


# 2. a person introduced after a time stamp or an opening adjunct is "he"
@pytest.mark.parametrize("opening", [
    "16:50 - In a video address, President Volodymyr Zelensky",
    "16:50 - President Volodymyr Zelensky",
    "In a video address on Sunday, President Volodymyr Zelensky",
    "1650 GMT: In a video address, President Volodymyr Zelensky",
])
def test_he_after_a_time_stamp_means_the_person_introduced(opening):
    text = ("11:45 - Hanna Maliar, the deputy defence minister, asked people not to share videos. \"Special "
            "units are already in the city,\" she writes.\n\n"
            f"{opening} calls it a historic day. He says Kherson is now under Ukrainian control.")
    claims = _claims(text)
    assert any("Zelensky" in (speaker or "") for speaker, place, value in claims
               if (place, value) == ("Kherson", "Ukraine"))
    assert ("Hanna Maliar", "Kherson", "Ukraine") not in claims


@pytest.mark.parametrize("opening", [
    "16:50 - In a video address, residents of the city",
    "16:50 - In Kherson itself, the streets",
])
def test_a_time_stamp_does_not_make_a_person(opening):
    text = ("11:45 - Hanna Maliar, the deputy defence minister, asked people not to share videos. \"Special "
            "units are already in the city,\" she writes.\n\n"
            f"{opening} were full on Friday. She says Kherson is now under Ukrainian control.")
    claims = _claims(text)
    assert ("Hanna Maliar", "Kherson", "Ukraine") in claims


# 3. the people of a body before its appositive; who geolocated the pictures
@pytest.mark.parametrize("speaker", ["Analysts at DeepState", "Researchers at the Institute for the Study of War",
                                     "Mappers from DeepState"])
def test_the_people_of_a_body_before_its_appositive_speak(speaker):
    claims = _claims(f"{speaker}, a group close to the Ukrainian military that maps the front, said most of "
                     "Pokrovsk was now a grey zone where neither side had firm control.")
    assert claims == {(speaker, "Pokrovsk", "contested")}


def test_the_group_said_after_the_people_of_a_body():
    claims = _claims("Analysts at DeepState, a group close to the Ukrainian military that maps the front, said most "
                     "of Pokrovsk was now a grey zone.\n\nMyrnohrad, to the east, remained under Ukrainian control, "
                     "the group said.")
    assert ("Analysts at DeepState", "Myrnohrad", "Ukraine") in claims or \
        any(s and "DeepState" in s and p == "Myrnohrad" for s, p, _ in claims)
    assert ("the group", "Myrnohrad", "Ukraine") not in claims


def test_a_place_before_an_appositive_is_no_speaker():
    claims = _claims("Fighting at Avdiivka, a town on the edge of Donetsk, said residents, had destroyed most houses.")
    assert not any(s is not None and "Avdiivka" in s for s, _, _ in claims)


@pytest.mark.parametrize("who", ["independent analysts", "open-source researchers", "the monitoring group"])
def test_who_geolocated_the_pictures_reports_what_they_show(who):
    claims = _claims(f"By Tuesday evening, {who} had geolocated videos showing that Ukrainian armoured vehicles had "
                     "entered Sudzha.")
    assert claims == {(who, "Sudzha", "contested")}


def test_geolocating_without_pictures_reports_nothing_new():
    claims = _claims("Independent analysts had geolocated the strike to a warehouse in Sudzha, but Russian troops "
                     "still held the town.")
    assert not any(s == "Independent analysts" and v == "contested" for s, _, v in claims)


# 4. a capital acting as its state is no antecedent of "the town"
@pytest.mark.parametrize("actor", ["so is Kyiv when it suggests little has changed",
                                   "Kyiv insists little has changed", "Kyiv now says little has changed"])
def test_a_capital_acting_is_no_antecedent(actor):
    claims = _claims("Wagner's fighters have taken eastern Bakhmut, Yevgeny Prigozhin said on Wednesday.\n\n"
                     f"\"Prigozhin is exaggerating, but {actor},\" said Michael Harlow, an analyst. \"Ukraine now "
                     "holds about half of the town.\"")
    assert ("Michael Harlow", "Bakhmut", "contested") in claims
    assert not any(p == "Kyiv" for _, p, _ in claims)


@pytest.mark.parametrize("sentence", ["Kyiv was shelled again on Monday.", "Russian drones hit Kyiv when it was dark.",
                                      "Kyiv has banned fireworks.", "Kyiv said goodbye to its mayor."])
def test_a_capital_acted_on_stays_a_place(sentence):
    from crosscheck.extract._places import mentions_to_refs
    from crosscheck.extract._topic import capital_as_actor
    from crosscheck.resolve import Gazetteer

    refs = mentions_to_refs(Gazetteer.default().find_mentions(sentence, ()), 0, len(sentence), sentence)
    capitals = [r for r in refs if r.place is not None and r.place.name in ("Kyiv", "Moscow")]
    assert capitals
    acting = [capital_as_actor(sentence, r) for r in capitals]
    assert acting == [sentence.startswith("Kyiv said")]


# 5. a quote closing on "!" and the words saying whose it is
@pytest.mark.parametrize("after", ["Syrskyi wrote on Telegram.", "Ground Forces commander Oleksandr Syrskyi wrote.",
                                   "Syrskyi said on Friday, posting a video."])
def test_an_exclaimed_quote_keeps_its_speaker(after):
    claims = _claims(f"The brigade posted a video from the village. \"Klishchiivka is ours!\" {after}")
    assert len(claims) == 1
    (speaker, place, value), = claims
    assert "Syrskyi" in speaker and (place, value) == ("Klishchiivka", "Ukraine")


@pytest.mark.parametrize("text", [
    "He shouted \"Klishchiivka is ours!\" Then the troops said nothing.",
    "\"Klishchiivka is ours!\" The commander then left the room, his aides said.",
])
def test_an_exclamation_without_its_speaker_stays_apart(text):
    from crosscheck.extract._sentences import split_paragraph

    assert len(split_paragraph(text, 0, len(text))) == 2


# 6. a single-quoted quote before an inverted "says X"
@pytest.mark.parametrize("title, speaker", [
    ("'Our troops left Soledar in good order,' says army spokesman", "army spokesman"),
    ("'We have withdrawn from Soledar,' says Ukrainian commander", "Ukrainian commander"),
])
def test_a_single_quoted_headline_quote_keeps_its_speaker(title, speaker):
    claims = _claims("Residents said the streets were quiet.", title=title)
    assert claims == {(speaker, "Soledar", "Russia")}


def test_a_scare_quoted_name_keeps_its_subject():
    claims = _claims("'Storm Z' fighters said they had taken Soledar.")
    assert all(speaker is not None and "Storm Z" in speaker for speaker, _, _ in claims)


# 7. who observed the pictures, and what they indicate
@pytest.mark.parametrize("who", ["The Institute", "ISW", "The monitoring group"])
def test_footage_indicating_c_is_its_observers_hedged_claim(who):
    found = {(c.speaker_phrase, c.place, c.value, c.hedged) for c in control_claims_in(
        f"{who} has observed geolocated footage indicating that Russian forces control most of Toretsk.")}
    assert found == {(who, "Toretsk", "contested", True)}


def test_watching_geolocated_footage_names_no_finder():
    claims = _claims("Residents watched geolocated footage showing that Russian forces control most of Toretsk.")
    assert all(speaker is None for speaker, _, _ in claims)


# 8. a wire slug before a headline
@pytest.mark.parametrize("slug", ["UPDATE 2-", "WRAPUP 1-", "EXCLUSIVE-", "CORRECTED-", "RPT-"])
def test_a_wire_slug_is_no_part_of_the_speaker(slug):
    title = f"{slug}Russia says it captured Krasnohorivka"
    found = [c for c in control_claims_in("Residents fled west.", title=title)]
    assert {(c.speaker_phrase, c.place, c.value) for c in found} == {("Russia", "Krasnohorivka", "Russia")}
    claim, = found
    assert title[claim.char_start:claim.char_end] == claim.sentence


def test_a_wire_slug_opening_the_text():
    text = "UPDATE 1-Russia says it captured Krasnohorivka\n\nMOSCOW, Sept 10 - Residents fled west."
    found = control_claims_in(text)
    assert {(c.speaker_phrase, c.place) for c in found} == {("Russia", "Krasnohorivka")}
    assert all(text[c.char_start:c.char_end] == c.sentence for c in found)


@pytest.mark.parametrize("title", ["Pro-Russia officials say troops captured Krasnohorivka",
                                   "Kyiv-based analysts say Russia captured Krasnohorivka"])
def test_a_hyphenated_opening_word_is_no_slug(title):
    from crosscheck.extract._desk_labels import without_slugs

    assert without_slugs(title) == title
