"""A speaker after a closing single quote ("'...,' the governor added") is read without the quote
or the space after it, so a role noun still finds the person it refers back to."""

from __future__ import annotations

import pytest

from crosscheck.extract._speakers import clean_speaker_phrase

from conftest import control_claims_in


def control_claims(text: str) -> set[tuple[str | None, str | None, str, str | None]]:
    return {(c.speaker_phrase, c.place, c.value, c.speaker_id) for c in control_claims_in(text)}


@pytest.mark.parametrize("phrase, cleaned", [
    ("' the governor", "the governor"),
    ("\u2019 the spokesman ", "the spokesman"),
    ("\u201c the ministry", "the ministry"),
    ("the governor", "the governor"),
])
def test_quotes_and_the_space_after_them_are_not_part_of_a_speaker(phrase, cleaned):
    assert clean_speaker_phrase(phrase) == cleaned


@pytest.mark.parametrize("text, place", [
    ("Fighting is under way in Lysychansk, Serhiy Haidai said on Saturday. "
     "'The Russians have entered the city from the south,' the governor added.", "Lysychansk"),
    ("Serhiy Haidai said Russian shelling had not stopped overnight. "
     "'Russian troops have broken into Sievierodonetsk,' the governor said.", "Sievierodonetsk"),
    ("Serhiy Haidai spoke to reporters on Monday.\n\n"
     "\u2018Our forces still hold Lysychansk,\u2019 the governor told them.", "Lysychansk"),
    ("Ukraine's Luhansk governor Serhiy Haidai posted on Telegram. "
     "'Street fighting continues in Sievierodonetsk,' the governor wrote.", "Sievierodonetsk"),
])
def test_a_role_noun_after_a_single_quoted_claim_is_the_person_named_before(text, place):
    found = {(phrase, speaker_id) for phrase, where, _, speaker_id in control_claims(text) if where == place}
    assert found and all(speaker_id == "ua-haidai" for _, speaker_id in found), found
    assert all(phrase and not phrase[0].isspace() for phrase, _ in found)


@pytest.mark.parametrize("text, place", [
    # the governor was never named: the role stays a speaker of its own
    ("'Russian troops have broken into Sievierodonetsk,' the governor said.", "Sievierodonetsk"),
    # a different role from the one the named person holds
    ("Serhiy Haidai said the shelling went on. 'The Russians have entered Lysychansk,' the mayor added.", "Lysychansk"),
])
def test_a_role_noun_with_no_holder_named_is_not_given_to_someone_else(text, place):
    found = {speaker_id for _, where, _, speaker_id in control_claims(text) if where == place}
    assert "ua-haidai" not in found, found
