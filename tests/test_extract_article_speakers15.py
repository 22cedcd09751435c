"""Article-level speakers, fifteenth set.

1. A city named in a speaker's regional title ("Zaporizhzhia regional governor Ivan Fedorov", "the Sumy
   Oblast governor") stands for the region's office: it is no town a later "the town" means.
2. "Reached the outskirts of X and are fighting in the town": X, though only a landmark of the advance,
   is the town meant when the sentence names no other.
3. "C, a report that neither Moscow nor Kyiv confirmed": C's report ends there, and nobody judges it
   (no claim for "neither Moscow nor Kyiv").
4. "X did not immediately confirm the loss of Y": the loss is nobody's claim (not the outlet's).

Near misses: a mayor or a possessive title ("Zaporizhzhia's governor") keeps its city; a place named only
in a title with no "the town" after it; a "claim Kyiv rejected" still denies; a loss denied outright stays
the denier's.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in, found_claims


def _claims(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


# 1. a regional office's city is no antecedent of "the town"
@pytest.mark.parametrize("text, speaker, place", [
    ("Russian troops entered Huliaipole on Monday, the town's police chief said.\n\nZaporizhzhia governor Ivan "
     "Fedorov insisted the town had not been lost.", "Zaporizhzhia governor Ivan Fedorov", "Huliai-Pole"),
    ("Russian troops entered Kostiantynivka on Monday, the town's police chief said.\n\nDonetsk regional governor "
     "Vadym Filashkin insisted the town had not been lost.", "Donetsk regional governor Vadym Filashkin",
     "Kostiantynivka"),
])
def test_a_regional_title_does_not_name_the_town(text, speaker, place):
    claims = _claims(text)
    assert not any(p in ("Zaporizhzhia", "Donetsk") for _, p, _ in claims)
    assert (speaker, place, "Ukraine") in claims


# 2. the outskirts' place is the town fought in
def test_the_town_after_its_outskirts_is_that_place():
    claims = found_claims("Russian forces have reached the outskirts of Kupiansk and are fighting on the "
                          "town's eastern edge, the regional governor said on Monday.")
    assert ("the regional governor", "Kupiansk", "contested") in claims


# 3. nobody judges the report
def test_a_report_neither_side_confirmed_is_judged_by_nobody():
    claims = _claims("The Dva Mayora channel claimed that Russian units had entered Siversk, a report "
                     "that neither Moscow nor Kyiv confirmed.")
    assert claims == {("The Dva Mayora channel", "Siversk", "contested")}


# 4. an unconfirmed loss is nobody's claim
@pytest.mark.parametrize("place, adverb", [("Siversk", "immediately"), ("Vuhledar", "independently"),
                                           ("Toretsk", "officially")])
def test_an_unconfirmed_loss_is_nobodys(place, adverb):
    claims = _claims(f"Russian forces have taken full control of {place}, Russia's defence ministry said on Sunday."
                     f"\n\nUkraine's military did not {adverb} confirm the loss of the town. A spokesman, Petro "
                     f"Vasylenko, said that fighting was continuing in {place} itself.")
    assert not any(s is None for s, _, _ in claims)
    assert ("Petro Vasylenko", place, "contested") in claims


# near misses
def test_a_mayor_keeps_the_city_of_his_title():
    claims = _claims("Kherson's mayor said the city was fully back under Ukrainian control.")
    assert any(p == "Kherson" and v == "Ukraine" for _, p, v in claims)


def test_a_report_one_side_rejected_is_still_denied():
    claims = _claims("The Dva Mayora channel claimed that Russian units had captured Siversk, a claim that "
                     "Kyiv rejected.")
    assert ("Kyiv", "Siversk", "Ukraine") in claims


def test_a_denied_loss_is_still_the_deniers():
    claims = _claims("Russian forces have taken full control of Siversk, Russia's defence ministry said on Sunday."
                     "\n\nUkraine's military denied the loss of the town.")
    assert ("Ukraine's military", "Siversk", "Ukraine") in claims


def test_a_regional_title_with_no_town_after_it_names_no_claim():
    claims = _claims("Kharkiv regional governor Oleh Syniehubov said the evacuation of civilians had been "
                     "expanded.")
    assert claims == set()


def test_a_possessive_title_keeps_its_city():
    claims = _claims("Zaporizhzhia's governor said the city remained under Ukrainian control despite the shelling.")
    assert any(p == "Zaporizhzhia" and v == "Ukraine" for _, p, v in claims)
