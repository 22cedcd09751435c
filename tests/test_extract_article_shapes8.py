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
