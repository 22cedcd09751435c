"""Article-level speakers, fourteenth set: a claim named only by its owner ("Moscow's claim of full
control", "Kyiv's claim to have captured it", "as Kyiv disputes Moscow's claim") is the owner's hedged
claim that its side holds the place the sentence, or the sentence before, is about; a speaker disputing it
in the same sentence denies it. Near misses: a claim noun with words of its own (losses, a "that" clause),
no place or two places to read it from, and an owner of no side are left as they were."""

from __future__ import annotations

import pytest

from conftest import hedged_controls


# 1. the owner's claim, its place from the same sentence's claim
@pytest.mark.parametrize("text, owner, place, value", [
    ("Vladimir Rogov said fighting was still going on in Staromaiorske and that Kyiv's claim to have "
     "captured it was premature.", "Kyiv", "Staromaiorske", "Ukraine"),
    ("Open-source analysts said Russian troops had pushed into the eastern part of Siversk, but that "
     "Moscow's claim of full control appeared premature.", "Moscow", "Siversk", "Russia"),
    ("The Ukrainian commander said his troops still held the southern districts of Vovchansk and dismissed "
     "Russia's latest claims as propaganda.", "Russia", "Vovchansk", "Russia"),
])
def test_an_owned_claim_takes_the_sentences_place(text, owner, place, value):
    claims = hedged_controls(text)
    assert (owner, place, value, True) in claims


# 2. the sentence before's place, and a denial of the claim in the same sentence
def test_an_owned_claim_takes_the_place_of_the_sentence_before():
    claims = hedged_controls("Russia's defence ministry said on Tuesday that its troops had captured Hryhorivka. "
                             "Ukrainian officials said Moscow's claim was false.")
    assert ("Moscow", "Hryhorivka", "Russia", True) in claims


def test_a_disputed_owned_claim_is_denied_in_the_same_sentence():
    claims = hedged_controls("Russian forces likely seized most of Kurakhove, the analysts say, as Kyiv "
                             "disputes Moscow's claim.")
    assert ("Moscow", "Kurakhove", "Russia", True) in claims
    assert ("Kyiv", "Kurakhove", "Ukraine", False) in claims
    assert ("the analysts", "Kurakhove", "contested", True) in claims


# near misses
@pytest.mark.parametrize("text", [
    # a claim noun with words of its own: losses, not control
    "Ukraine's General Staff said its forces still held Siversk and dismissed Moscow's claim of 500 Ukrainian "
    "casualties as fiction.",
    # no place anywhere to read the claim from
    "Ukrainian officials said Moscow's claim was false.",
    # two places: which one the claim was about is not said
    "Ukrainian troops still hold Siversk and Lyman, the governor said, rejecting Moscow's claim.",
])
def test_an_owned_claim_without_one_place_or_of_other_things_is_left_alone(text):
    assert not any(speaker == "Moscow" for speaker, _, _, _ in hedged_controls(text))


def test_a_claim_with_its_own_clause_keeps_its_reading():
    claims = hedged_controls("Rogov said fighting was still going on in Staromaiorske, rejecting Kyiv's claim "
                             "that its troops had captured Robotyne.")
    assert ("Kyiv", "Robotyne", "Ukraine", True) in claims
    assert ("Kyiv", "Staromaiorske", "Ukraine", True) not in claims


def test_an_owner_of_no_side_claims_nothing():
    claims = hedged_controls("Russian troops pushed into the eastern part of Siversk, the governor said, "
                             "but the think tank's claim of full control appeared premature.")
    assert not any(value == "Russia" for _, _, value, _ in claims)
