"""Recall classes of round 4: a control verb whose object is a quantified back-reference to a
list named earlier ("do not fully control any of the four"), and an unsided institution in a
headline crediting its own country with a gain, whose "its troops" in the lead then read as
that country's. Each class has a look-alike that must give nothing."""

from __future__ import annotations

from conftest import found_claims as found


def test_partial_control_of_any_of_a_counted_list_is_contested_for_each_item() -> None:
    text = ("Moscow staged referendums in the Zaporizhzhia and Kherson regions last week, though its troops "
            "do not fully control either of the two.")
    assert found(text) == {(None, "Zaporizhzhia Oblast", "contested"), (None, "Kherson Oblast", "contested")}


def test_holding_both_of_them_gives_the_holder_each_listed_town() -> None:
    text = "Russian missiles struck Kharkiv and Sumy overnight, but Ukrainian troops still hold both of them."
    assert {(p, v) for _, p, v in found(text)} == {("Kharkiv", "Ukraine"), ("Sumy", "Ukraine")}


def test_quantified_object_without_a_list_gives_nothing() -> None:
    assert found("Russian forces do not fully control any of the four, officials said.") == set()


def test_count_that_does_not_match_the_list_gives_nothing() -> None:
    text = "Delegates from Kharkiv and Sumy said the army does not control any of the three."
    assert found(text) == set()


def test_quantified_object_that_is_no_place_gives_nothing() -> None:
    text = "Officials in Kharkiv and Sumy said the new agencies control all of the funds."
    assert found(text) == set()


def test_headline_country_gain_gives_the_unsided_ministry_its_side_for_the_lead() -> None:
    text = ("Russia retakes Sudzha - defence ministry\n\n"
            "The ministry said its troops had also captured Mirny and Podol.")
    claims = found(text)
    # "The ministry" is the headline's "defence ministry" again
    assert ("defence ministry", "Mirny", "Russia") in claims
    assert ("defence ministry", "Podol", "Russia") in claims


def test_ukrainian_headline_gain_reads_the_lead_as_ukrainian() -> None:
    text = ("Ukraine recaptures Kupiansk - military\n\n"
            "The military said its troops had also recaptured Synkivka.")
    assert ("military", "Synkivka", "Ukraine") in found(text)    # the headline's "military" again


def test_headline_without_a_country_subject_leaves_its_troops_unread() -> None:
    text = ("Sudzha retaken - defence ministry\n\n"
            "The ministry said its troops had also captured Mirny.")
    assert not any(place == "Mirny" for _, place, _ in found(text))


def test_headline_country_losing_a_place_does_not_lend_its_side() -> None:
    text = ("Russia loses Sudzha - defence ministry\n\n"
            "The ministry said its troops had also captured Mirny.")
    assert not any(place == "Mirny" for _, place, _ in found(text))
