"""Article-level speakers, twelfth set: a speaker's content coordinated on a second "that" ("X assessed
that A but that B") stays the speaker's even when another speaker follows in the sentence; and a plural
description ("both places", "both towns") stands for the places of the last claim naming as many
settlements when the sentence just before does not fit (another paragraph, a capital speaking in it, a
sentence about one of the places in between). Near misses: a
"but" with no "that" still opens a sibling clause, and a plural description with too few or too many
earlier places, or claims long past, is left open."""

from __future__ import annotations

import pytest

from conftest import found_claims


# 1. "X assessed that A but that B, after Y claimed C": B is X's, not the outlet's
@pytest.mark.parametrize("text, speaker, place", [
    ("The analysts assessed that Russian forces have likely seized most of Kurakhove but that Ukrainian forces "
     "likely maintain positions in the town's outskirts, after Moscow claimed that its troops had captured it.",
     "The analysts", "Kurakhove"),
    ("Military observers believe that Russian troops have likely taken most of Vuhledar but that Ukrainian "
     "units still hold the northern edge of the town, a day after the Russian Defence Ministry claimed that "
     "its forces had completely captured the town.", "Military observers", "Vuhledar"),
])
def test_a_second_that_clause_keeps_its_speaker(text, speaker, place):
    claims = found_claims(text)
    assert (speaker, place, "contested") in claims
    assert not any(s is None for s, _, _ in claims)


def test_but_without_that_still_opens_a_sibling():
    claims = found_claims("The analysts assessed that Russian forces have likely seized most of Kurakhove, "
                          "but Moscow claimed that its troops had captured the town.")
    assert ("The analysts", "Kurakhove", "contested") in claims
    assert ("Moscow", "Kurakhove", "Russia") in claims


# 2. "both places" after the last claim that named two settlements
@pytest.mark.parametrize("text, speaker", [
    # a capital speaking in the claim's sentence, another paragraph, a sentence about one place between
    ("Russia's top general told Putin on Sunday that Russian forces had captured the city of Pokrovsk and the "
     "town of Vovchansk, claims Kyiv rejected.\n\nPutin congratulated the troops and said the capture of "
     "Pokrovsk would help Moscow.\n\nUkraine's military said fighting was continuing in both places.",
     "Ukraine's military"),
    ("The Russian Defence Ministry said its forces had taken Siversk and Lyman.\n\n"
     "The General Staff said fighting was still going on in both towns.", "The General Staff"),
])
def test_both_places_reaches_back_to_the_last_claim(text, speaker):
    claims = found_claims(text)
    places = {"Pokrovsk", "Vovchansk"} if "Pokrovsk" in text else {"Siversk", "Lyman"}
    assert {(speaker, place, "contested") for place in places} <= claims


@pytest.mark.parametrize("text", [
    # three places claimed, "both" counts two
    "The Russian Defence Ministry said its forces had taken Siversk, Lyman and Kupiansk.\n\n"
    "The General Staff said fighting was still going on in both towns.",
    # the claim lies more sentences back than a reader carries it
    "The Russian Defence Ministry said its forces had taken Siversk and Lyman.\n\n"
    "The ministry gave no details. Its spokesman did not take questions. The briefing was short. "
    "Officials in Kyiv were silent. The statement came late in the day.\n\n"
    "The General Staff said fighting was still going on in both towns.",
])
def test_both_places_left_open_without_a_fitting_claim(text):
    assert not any(speaker == "The General Staff" for speaker, _, _ in found_claims(text))
