"""Whole-article shapes: the right speaker (tenth set, by mechanism).

Each mechanism has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in, found_claims


def resolved(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value) for c in control_claims_in(text, title=title)}


def phrases(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase as written, place, value) of every control claim."""
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


# --- a second speaker after ", and": "..., and the region's governor, Name, said that C" ---

@pytest.mark.parametrize("text, speaker, first, place, value", [
    ("Russian-installed officials have announced the evacuation of civilians from the Kupiansk district, and the "
     "region's Moscow-appointed head, Vitaly Ganchev, acknowledged on television that Russian units had left "
     "Balakliia.", "Vitaly Ganchev", "Russian-installed officials", "Balakliia", "Ukraine"),
    ("The General Staff reported 140 clashes along the front, and the spokesman of the Khortytsia group, Viktor "
     "Trehubov, said Russian troops had entered Toretsk.", "Viktor Trehubov", "The General Staff", "Toretsk",
     "contested"),
    ("Moscow claimed to have repelled every assault, but the commander of the Tavria group, Oleksandr "
     "Tarnavskyi, wrote on Telegram that his troops had liberated Robotyne.", "Oleksandr Tarnavskyi", "Moscow",
     "Robotyne", "Ukraine"),
    ("Kyiv announced a new evacuation order, while Denis Pushilin, the Russian-installed leader of Donetsk, "
     "claimed that his forces had captured Marinka.", "Denis Pushilin", "Kyiv", "Marinka", "Russia"),
    ("The ministry said it had struck ammunition depots, and Yuri Podolyaka, a pro-war blogger, reported that "
     "Ukrainian troops had pulled out of Avdiivka.", "Yuri Podolyaka", "The ministry", "Avdiivka", "Russia"),
])
def test_second_speaker_after_and_takes_its_clause(text: str, speaker: str, first: str, place: str,
                                                   value: str) -> None:
    found = phrases(text)
    assert (speaker, place, value) in found
    assert not any(p == first for p, pl, _ in found if pl == place)


@pytest.mark.parametrize("text, speaker, place", [
    # one subject, two verbs: the second verb has no subject of its own and keeps the first speaker
    ("Russia's defence ministry announced new gains, and later confirmed that its troops had taken Avdiivka.",
     "Russia's defence ministry", "Avdiivka"),
    # a name after ", and" that is an object of the first clause, not a new subject
    ("The governor visited Kupiansk, and Syniehubov's deputy, who was with him, said the town remained "
     "under Ukrainian control.", None, "Kupiansk"),
])
def test_and_without_new_named_subject_keeps_speaker(text: str, speaker: str | None, place: str) -> None:
    found = phrases(text)
    if speaker is not None:
        assert {p for p, pl, _ in found if pl == place} == {speaker}
    else:
        assert not any(p == "The governor" and pl == place for p, pl, _ in found)


# --- ", a claim X did not confirm, saying only that C": C is X's, the claim before stays its speaker's ---

@pytest.mark.parametrize("text, first, place, second", [
    ("Russia's defence minister Sergei Shoigu told Vladimir Putin that Russian forces had taken full control of "
     "Lysychansk, a claim Ukraine's military did not immediately confirm, saying only that fighting continued on "
     "the city's outskirts.", ("Sergei Shoigu", "Lysychansk", "Russia"),
     "Lysychansk", ("Armed Forces of Ukraine", "Lysychansk", "contested")),
    ("Moscow said its troops had captured Klishchiivka, a claim Kyiv has not confirmed, saying only that battles "
     "were raging in the village.", ("Russian government", "Klishchiivka", "Russia"),
     "Klishchiivka", ("Ukrainian government", "Klishchiivka", "contested")),
    ("Wagner chief Yevgeny Prigozhin said his fighters had taken Bakhmut, a claim which Ukraine's General Staff "
     "did not acknowledge, saying its units still held the western districts of the city.",
     ("Yevgeny Prigozhin", "Bakhmut", "Russia"), "Bakhmut",
     ("General Staff of the Armed Forces of Ukraine", "Bakhmut", "contested")),
    ("The Russian Defence Ministry reported the liberation of Vuhledar on Thursday, a report the Ukrainian "
     "command has not yet commented on, adding only that heavy fighting was under way in Vuhledar.",
     ("Russian Ministry of Defence", "Vuhledar", "Russia"), "Vuhledar", None),
])
def test_withheld_confirmation_names_participle_speaker(text: str, first: tuple, place: str,
                                                        second: tuple | None) -> None:
    found = resolved(text)
    assert first in found
    # the first speaker never takes the second one's words
    assert (first[0], place, "contested") not in found
    if second is not None:
        assert second in found


@pytest.mark.parametrize("text", [
    # the outlet's own caveat names nobody: the claim stays the first speaker's and nothing else is read
    "The Russian Defence Ministry said its forces had taken Robotyne, a claim that could not be independently "
    "verified, adding that fighting continued near Verbove.",
    "Moscow said its troops had entered Robotyne, a claim it has not confirmed since.",
])
def test_withheld_confirmation_near_misses(text: str) -> None:
    found = phrases(text)
    assert {p for p, pl, _ in found if pl == "Robotyne"} and all(
        p is not None and ("Ministry" in p or p == "Moscow") for p, pl, _ in found if pl == "Robotyne")


# --- "X published the following update": the rest of the text is X's document ---

@pytest.mark.parametrize("opening, body_speaker", [
    ("The UK Ministry of Defence published the following intelligence update on the war in Ukraine on Monday.",
     "UK Ministry of Defence"),
    ("KYIV. The General Staff of the Armed Forces of Ukraine has issued the following operational update.",
     "General Staff of the Armed Forces of Ukraine"),
    ("British Defence Intelligence released the following assessment on Friday morning.", "UK Ministry of Defence"),
    ("The Russian Defence Ministry put out the following statement late on Sunday.", "Russian Ministry of Defence"),
])
def test_following_document_speaks_the_body(opening: str, body_speaker: str) -> None:
    text = (opening + "\n\nUkrainian forces have recaptured Kupiansk, a town integral to Russian supply lines. "
            "Russian troops likely continue to hold Svatove.\n\nThe Kremlin has not commented.")
    found = resolved(text)
    assert (body_speaker, "Kupiansk", "Ukraine") in found
    assert (body_speaker, "Svatove", "Russia") in found
    assert not any(s == "Test Wire" for s, _, _ in found)


@pytest.mark.parametrize("opening", [
    # no document follows: a publication mentioned in passing leaves the outlet's voice
    "The UK Ministry of Defence published an intelligence update on Monday, its first in a week.",
    # an unknown publisher is not taken as the text's speaker
    "Local volunteers published the following list of needs on Monday.",
    # a person publishing "the following" (a post) is not a body's document
    "Wagner chief Yevgeny Prigozhin published the following message on Telegram.",
])
def test_following_document_near_misses(opening: str) -> None:
    text = opening + "\n\nUkrainian forces have recaptured Kupiansk, a town integral to Russian supply lines."
    assert {s for s, p, _ in resolved(text) if p == "Kupiansk"} == {"Test Wire"}


# --- a few of the speaker's words quoted inside the writer's clause do not cut the clause ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ('Yuri Podolyaka, who has millions of followers on Telegram, wrote as early as Monday that Ukrainian units '
     'were "in the centre of Sudzha".', "Yuri Podolyaka", "Sudzha", "contested"),
    ('A Ukrainian commander said Russian assault groups were "already inside Toretsk" by Sunday.',
     "A Ukrainian commander", "Toretsk", "contested"),
    ('The spokesman said Ukrainian troops remained "in control of" Kupiansk.', "The spokesman", "Kupiansk",
     "Ukraine"),
    ('Russian state television reported on Friday that Ukrainian troops were \u201cin the centre of\u201d '
     'Vovchansk.', "Russian state television", "Vovchansk", "contested"),
])
def test_fragment_quote_inside_clause(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in phrases(text)


def test_fragment_quote_keeps_encirclement() -> None:
    text = 'State television reported that Ukrainian soldiers were "trapped in" Avdiivka.'
    assert ("State television", "Avdiivka", "Ukraine") in found_claims(text, "encircled")


@pytest.mark.parametrize("text", [
    # quoted intentions and predictions stay intentions once the marks are gone
    'Peskov said the goal was "to liberate Donbas", not to take Kharkiv.',
    'The governor said Moscow would "never abandon" Kherson.',
    'Zelensky said the army would "liberate Melitopol" next year.',
    # a quoted word for a retreat names no side's hold
    'Shoigu said the troops had "regrouped" from Kherson to the left bank.',
])
def test_fragment_quote_near_misses(text: str) -> None:
    assert control_claims_in(text) == []


# --- a headline's second voice with no place speaks of every place the first voice claimed ---

@pytest.mark.parametrize("headline, first, second, places", [
    ("Russia says it has captured Pokrovsk and Vovchansk; Kyiv says fighting goes on", "Russian government",
     "Ukrainian government", ("Pokrovsk", "Vovchansk")),
    ("Moscow claims Kupiansk, Lyman and Siversk; Kyiv says fighting continues", "Russian government",
     "Ukrainian government", ("Kupiansk", "Lyman", "Siversk")),
    ("Wagner says it took Bakhmut and Soledar, Ukraine says fighting is still raging", "Wagner Group",
     "Ukrainian government", ("Bakhmut", "Soledar")),
    ("Moscow says its forces took Marinka and Krasnohorivka - Kyiv says fighting continues", "Russian government",
     "Ukrainian government", ("Marinka", "Krasnohorivka")),
])
def test_headline_second_voice_takes_every_claimed_place(headline: str, first: str, second: str,
                                                         places: tuple[str, ...]) -> None:
    found = resolved(headline)
    for place in places:
        assert (first, place, "Russia") in found
        assert (second, place, "contested") in found


@pytest.mark.parametrize("headline, place", [
    # the second voice names its own place: nothing is added for the first voice's town
    ("Russia says it took Avdiivka; Kyiv says fighting continues near Lastochkyne", "Avdiivka"),
    # a place only attacked is not a place the headline's claim is about: nothing is completed
    ("Russia claims Chasiv Yar as Ukraine shells Horlivka; fighting continues", "Chasiv Yar"),
])
def test_headline_second_voice_near_misses(headline: str, place: str) -> None:
    assert not any(value == "contested" for _, p, value in resolved(headline) if p == place)


# --- a formation named after a region or river ("Tavria Group") is no antecedent of "the village" ---

@pytest.mark.parametrize("text", [
    "Tavria Group spokesperson Oleksandr Shtupun said Russian troops had been pushed out of the village.",
    "A spokesman for the Dnipro operational-strategic group said Russian forces had entered the city.",
    "The Khortytsia grouping said its units still held the village.",
    "A spokesman for the Donetsk operational-tactical group said Russian forces had entered the city.",
])
def test_group_name_is_not_an_antecedent(text: str) -> None:
    assert control_claims_in(text) == []


@pytest.mark.parametrize("text, speaker, place, value", [
    # a place owning the speaker's office is the city the speaker talks about
    ("Kherson's mayor said Russian troops had left the city.", "Kherson's mayor", "Kherson", "Ukraine"),
    ("The mayor of Kupiansk said the town remained under Ukrainian control.", "The mayor of Kupiansk", "Kupiansk",
     "Ukraine"),
    # a battalion named for a town may defend that very town
    ("A commander of the Siversk battalion said the town was back under Ukrainian control.",
     "A commander of the Siversk battalion", "Siversk", "Ukraine"),
])
def test_office_place_stays_an_antecedent(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in phrases(text)


# --- the speakers table decides: a neutral monitor's reading side, the force groupings' names ---

def test_reads_as_comes_from_the_speakers_table() -> None:
    from crosscheck.resolve import SpeakerResolver
    resolver = SpeakerResolver.default()
    assert resolver.reads_as("deepstate") == "Ukraine"
    assert resolver.reads_as("isw") is None and resolver.reads_as(None) is None
    # DeepState's "the enemy" is the Russian army, though DeepState itself is scored as neutral
    assert ("DeepState", "Krokhmalne", "Russia") in phrases(
        "DeepState said the enemy had occupied Krokhmalne in the Kharkiv region.")


@pytest.mark.parametrize("row", [
    "x,X,Russia,military,X,Ukraine",     # only a neutral speaker reads as a side
    "x,X,neutral,analyst,X,neutral",     # and the side is a party
])
def test_reads_as_is_checked(row: str) -> None:
    from crosscheck.resolve._speakers import parse_speakers_csv
    with pytest.raises(ValueError, match="must be a party"):
        parse_speakers_csv("speaker_id,name,side,kind,aliases,reads_as\n" + row + "\n")


def test_grouping_names_follow_the_speakers_table() -> None:
    import re

    from crosscheck.extract._actors import ACTOR_MENTION
    from crosscheck.resolve import SpeakerResolver
    head_first = [alias for speaker in SpeakerResolver.default().speakers()
                  for alias in speaker.aliases if re.match(r"(?i)battle\s*group\s", alias)]
    assert len(head_first) >= 8
    for alias in head_first:
        assert ACTOR_MENTION.fullmatch(alias) is not None, alias
    # a name the table never writes after the head stays outside the phrase
    assert ACTOR_MENTION.fullmatch("Battlegroup Kursk") is None


# --- "both settlements" summing up the places the sentence before named ---

@pytest.mark.parametrize("text, speaker, places, value", [
    ("Ukrainian forces made gains near Klishchiivka and Andriivka. Russian forces likely retain control of both "
     "settlements, however.", "Test Wire", ("Klishchiivka", "Andriivka"), "Russia"),
    ("Russian troops attacked Robotyne and Verbove on Monday. Both villages remain under Ukrainian control, the "
     "General Staff said.", "the General Staff", ("Robotyne", "Verbove"), "Ukraine"),
    ("Moscow said its troops captured Krasnohorivka and Hirnyk. Kyiv said fighting continued in both towns.",
     "Ukrainian government", ("Krasnohorivka", "Hirnyk"), "contested"),
    ("Russian assault groups infiltrated Kupiansk, Petropavlivka and Kindrashivka. Ukraine's army said all three "
     "settlements were still held by its units.", "Armed Forces of Ukraine", ("Kupiansk", "Petropavlivka",
                                                                            "Kindrashivka"), "Ukraine"),
])
def test_plural_description_sums_up_sentence_before(text: str, speaker: str, places: tuple[str, ...],
                                                    value: str) -> None:
    found = resolved(text) | phrases(text)
    for place in places:
        assert (speaker, place, value) in found, place


@pytest.mark.parametrize("text", [
    # a count that does not fit the places named: nothing is guessed
    "Troops advanced near Soledar, Klishchiivka and Andriivka. Both villages are under Russian control, the "
    "ministry said.",
    # a prediction about both places stays a prediction
    "Russian troops shelled Soledar and Bakhmut. Both towns could fall within weeks, analysts said.",
    # "both sides" is not a plural of places
    "Russian troops shelled Robotyne and Verbove. Kyiv said both sides held their positions.",
])
def test_plural_description_near_misses(text: str) -> None:
    assert control_claims_in(text) == []


# --- a headline's single-quoted word is part of its clause ---

@pytest.mark.parametrize("headline, speaker, place, value", [
    ("Russia confirms retreat from Lyman as Ukraine hails its 'liberation'", "Ukrainian government", "Lyman",
     "Ukraine"),
    ("Russia confirms retreat from Lyman as Ukraine hails its 'liberation'", "Russian government", "Lyman",
     "Ukraine"),
    ("Kyiv hails 'liberation' of Kherson", "Ukrainian government", "Kherson", "Ukraine"),
    ("Moscow announces \u2018full liberation\u2019 of Marinka", "Russian government", "Marinka", "Russia"),
    ("Wagner says Bakhmut 'fully taken'", "Wagner Group", "Bakhmut", "Russia"),
])
def test_single_quoted_fragment_in_headline(headline: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved("No further details were given.", title=headline)


@pytest.mark.parametrize("headline, expected", [
    # a quoted intention or prediction stays one
    ("Zelensky vows to 'liberate' Melitopol", set()),
    ("Peskov: Kherson will 'always be Russian'", set()),
    # a quote opening the headline is a statement of its own and keeps its marks and speaker
    ("'Lyman is ours', Zelensky says", {("Volodymyr Zelensky", "Lyman", "Ukraine")}),
    # apostrophes are not quotes: the repelled assault on the town reads as before
    ("Kyiv's troops repel the invaders' assault on Kupiansk", {("Test Wire", "Kupiansk", "Ukraine")}),
])
def test_single_quoted_fragment_near_misses(headline: str, expected: set) -> None:
    assert resolved("No further details were given.", title=headline) == expected


# --- "Kyiv: C" in a headline is the government speaking, not the place the headline is about ---

@pytest.mark.parametrize("headline, speaker, place, value", [
    ("Kyiv: troops still hold Myrnohrad", "Ukrainian government", "Myrnohrad", "Ukraine"),
    ("Kyiv: Ukrainian troops still hold Pokrovsk's northern districts", "Ukrainian government", "Pokrovsk",
     "contested"),
    ("Kyiv: defenders pushed Russians out of Robotyne", "Ukrainian government", "Robotyne", "Ukraine"),
    ("Kyiv: fighting still raging in Chasiv Yar", "Ukrainian government", "Chasiv Yar", "contested"),
    ("Kiev: troops have left Avdiivka", "Ukrainian government", "Avdiivka", "Russia"),
])
def test_capital_heading_a_headline_speaks(headline: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved("No further details were given.", title=headline)


@pytest.mark.parametrize("headline, speaker", [
    # any other place before the colon is still the headline's topic, and the claim's speaker is in the clause
    ("Bakhmut: Wagner claims full control", "Wagner Group"),
    ("Vuhledar: Russia announces capture", "Russian government"),
])
def test_place_heading_a_headline_is_its_topic(headline: str, speaker: str) -> None:
    found = resolved("No further details were given.", title=headline)
    assert found and {s for s, _, _ in found} == {speaker}


def test_capital_heading_a_headline_without_claim() -> None:
    assert resolved("No further details were given.", title="Kyiv: missile strike kills five") == set()


# --- ", a claim X cannot confirm": X names a judge of the claim, never its speaker ---

@pytest.mark.parametrize("text, place, value, claimant", [
    ("Russian forces likely control about half of Vovchansk, and the Russian MoD claimed on 21 May that its troops "
     "had also taken Starytsia, a claim ISW cannot confirm.", "Starytsia", "Russia", "Russian Ministry of Defence"),
    ("Wagner said its fighters had taken Soledar, a claim the Pentagon could not confirm.", "Soledar", "Russia",
     "Wagner Group"),
    ("Russian forces hold most of Toretsk, and the Russian MoD claimed that its troops had also taken Niu-York, a "
     "claim ISW cannot independently confirm.", "Niu-York", "Russia", "Russian Ministry of Defence"),
    ("Russian bloggers said Wagner units had taken Klishchiivka, claims the Ukrainian General Staff cannot "
     "confirm.", "Klishchiivka", "Russia", "Russian military bloggers"),
    ("Moscow said it had captured Klishchiivka, a claim Kyiv couldn't confirm.", "Klishchiivka", "Russia",
     "Russian government"),
    ("The DPR's leader said Marinka had been fully taken, a claim that Ukrainian officials can not confirm.",
     "Marinka", "Russia", "Donetsk People's Republic administration"),
])
def test_cannot_confirm_names_no_claimant(text: str, place: str, value: str, claimant: str) -> None:
    found = resolved(text)
    assert (claimant, place, value) in found
    assert {s for s, p, _ in found if p == place} == {claimant}


def test_cannot_confirm_leaves_outlet_voice_alone() -> None:
    text = ("Russian forces likely control about half of Vovchansk, and the Russian MoD claimed that its troops had "
            "taken Starytsia, a claim ISW cannot confirm.")
    assert ("Test Wire", "Vovchansk", "contested") in resolved(text)
