"""Whole-article shapes: the right speaker across sentences and paragraphs (fifth set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give the claim to the wrong speaker.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims

WHEN = datetime(2024, 6, 1, tzinfo=UTC)
OUTLET = "Test Wire"


def claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of every control claim; None is the outlet speaking."""
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims(text, outlet=OUTLET, published_at=WHEN, title=title)
            if c.predicate == "controls"}


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
