"""Headlines in headline grammar, sixteenth session (crosscheck/extract/_headline_shapes.py).

1. A second clause that names no place is about the headline's one place: "Moscow claims Toretsk; Kyiv
   says battle not over", "..., Kyiv says troops hold outskirts" (contested for the second speaker).
2. A place before a colon is the place of the clauses after it: "Toretsk: Russia claims capture, Kyiv
   says fighting continues" (the first side's hedged claim, the second's contested one).
3. A speaker before a colon or after a dash owns the clause: "Kyiv: no retreat from Toretsk" (the
   speaker's side holds it), "Kyiv: troops still inside Toretsk's northern outskirts" (contested).
4. One side's forces driven, pushed or gone out of a place: the other side holds it.
5. A bare "X retaken" or "X abandoned" in the outlet's voice says what its lead says of X.

Near misses: questions and headlines with control words that claim nothing; fighting near a place; a
bare participle whose lead says nothing of the place, or that names a speaker.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in

LEAD = "\n\nThe statement came after weeks of heavy shelling."


def _claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


def _hedged(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    return {(c.speaker_phrase, c.place, c.value, c.hedged) for c in control_claims_in(text)}


# 1. a second speaker's clause without a place
@pytest.mark.parametrize("headline, speaker, place", [
    ("Moscow claims Toretsk; Kyiv says battle not over", "Kyiv", "Toretsk"),
    ("Moscow claims Siversk; Kyiv says fight goes on", "Kyiv", "Siversk"),
    ("Kremlin says Kurakhove 'liberated'; Kyiv says troops hold outskirts", "Kyiv", "Kurakhove"),
    ("Russia says Lyman taken; Ukraine says troops hold outskirts", "Ukraine", "Lyman"),
])
def test_a_second_clause_is_about_the_headlines_place(headline, speaker, place):
    assert (speaker, place, "contested") in _claims(headline + LEAD)


def test_a_second_clause_keeps_the_place_the_rules_read():
    claims = _claims("Belgorod 'cleared', Moscow says; Kyiv says fighting goes on" + LEAD)
    assert ("Moscow", "Belgorod Oblast", "Russia") in claims
    assert ("Kyiv", "Belgorod Oblast", "contested") in claims


def test_a_title_case_second_clause_after_as_is_the_speakers_not_the_outlets():
    # near miss: "Battle Continues" belongs to "Kyiv Says", and the outlet claims nothing
    claims = _claims("The statement came after weeks of heavy shelling.",
                     title="Russia Claims Capture of Siversk as Kyiv Says Battle Continues")
    assert ("Kyiv", "Siversk", "contested") in claims
    assert (None, "Siversk", "contested") not in claims


def test_a_headline_as_title_is_read_the_same_way():
    claims = _claims("Russia's defence ministry said on Monday its units had completed the capture of the town.",
                     title="Moscow claims Toretsk; Kyiv says battle not over")
    assert ("Kyiv", "Toretsk", "contested") in claims


# 2. a place before a colon
def test_a_place_before_a_colon_is_the_clauses_place():
    claims = _hedged("Siversk: Russia claims capture, Kyiv says fighting continues" + LEAD)
    assert ("Russia", "Siversk", "Russia", True) in claims
    assert ("Kyiv", "Siversk", "contested", False) in claims


def test_a_trailing_speaker_after_a_place_and_colon():
    assert ("Kyiv", "Toretsk", "contested") in _claims("Toretsk: Russian troops in city centre, Kyiv concedes" + LEAD)


# 3. a speaker before a colon or after a dash
@pytest.mark.parametrize("headline, claim", [
    ("Kyiv: no retreat from Kupiansk", ("Kyiv", "Kupiansk", "Ukraine")),
    ("Kyiv: troops still inside Toretsk's northern outskirts", ("Kyiv", "Toretsk", "contested")),
    ("Siversk: Ukrainian troops cling to western districts - brigade", ("brigade", "Siversk", "contested")),
])
def test_a_colon_or_dash_speaker_owns_the_clause(headline, claim):
    assert claim in _claims(headline + LEAD)


# 4. one side's forces out of a place
@pytest.mark.parametrize("headline, claim", [
    ("Ukrainians pushed off Zmiinyi Island", (None, "Snake Island", "Russia")),
    ("Russians gone from Sumy region, Ukraine says", ("Ukraine", "Sumy Oblast", "Ukraine")),
])
def test_one_sides_forces_out_of_a_place(headline, claim):
    assert claim in _claims(headline + LEAD)


# 5. a bare participle in the outlet's voice
@pytest.mark.parametrize("text, claim", [
    ("Lyman retaken\n\nUkrainian officials said on Saturday that Russian troops had fled Lyman.",
     (None, "Lyman", "Ukraine")),
    ("Toretsk abandoned after long defence\n\nUkraine's army said on Friday it had withdrawn its troops from "
     "Toretsk.", (None, "Toretsk", "Russia")),
])
def test_a_bare_participle_says_what_the_lead_says(text, claim):
    assert claim in _claims(text)


def test_a_hedged_bare_participle_is_the_outlets_hedged_claim():
    claims = _hedged("Siversk reportedly captured\n\nRussia's defence ministry said on Sunday its units had taken "
                     "Siversk.")
    assert (None, "Siversk", "Russia", True) in claims


# near misses
@pytest.mark.parametrize("headline", [
    "Who controls Bakhmut?",
    "Zaluzhnyi tours positions near Toretsk; Kyiv says fighting goes on",
    "Kherson: life after liberation",
    "Ukraine's grip on the grain corridor",
    "Fighting continues near Toretsk",
    "Kyiv says fighting goes on near Siversk",
    "Russia claims capture; Kyiv and Moscow trade accusations over Siversk and Lyman",
    "Kupiansk retaken?",
    "Lyman retaken",
])
def test_headlines_that_claim_nothing(headline):
    assert _claims(headline + LEAD) == set()


@pytest.mark.parametrize("headline", [
    "Moscow's summer offensive: battles rage in Toretsk",
    "Analysis: fighting continues in Toretsk",
])
def test_a_topic_or_a_label_before_a_colon_is_no_speaker(headline):
    assert not any(speaker for speaker, _, _ in _claims(headline + LEAD))


def test_a_bare_participle_with_a_speaker_is_the_speakers_alone():
    claims = _claims("Lyman retaken, says Kyiv\n\nUkrainian officials said on Saturday that Russian troops had "
                     "fled Lyman.")
    assert (None, "Lyman", "Ukraine") not in claims
    assert ("Kyiv", "Lyman", "Ukraine") in claims
