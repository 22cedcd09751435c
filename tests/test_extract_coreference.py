"""Coreference: "the town", "the city", "the village" and "it" point back to a place."""

from __future__ import annotations

from datetime import datetime, timezone

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2023, 2, 1, tzinfo=timezone.utc)


def claims_of(text: str):
    return extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)


def test_the_town_is_the_place_claimed_in_the_previous_sentence():
    text = ("Russia said it took control of Soledar, a step in its push for Bakhmut. "
            "Ukraine insisted that its forces were battling to hold the town.")
    claim = [c for c in claims_of(text) if c.speaker_phrase == "Ukraine"][0]
    assert (claim.place, claim.place_as_written, claim.value) == ("Soledar", "the town", "contested")


def test_the_village_prefers_a_village_over_a_landmark_city():
    text = ("Russia's military said it had taken Pivnichne, a village close to Toretsk; "
            "Ukraine's army spokesman said the village had been abandoned months ago.")
    places = {(c.speaker_phrase, c.place) for c in claims_of(text)}
    assert ("Ukraine's army spokesman", "Pivnichne") in places
    assert all(place != "Toretsk" for _, place in places)


def test_it_as_object_of_a_capture_verb():
    text = "Russian forces reached Marinka last year. Ukraine's army said Russian troops captured it in December."
    [claim] = claims_of(text)
    assert (claim.place, claim.place_as_written, claim.value) == ("Marinka", "it", "Russia")


def test_coreference_does_not_cross_paragraphs():
    text = "Russian forces attacked Soledar.\n\nUkraine said its forces were battling to hold the town."
    assert [c.place for c in claims_of(text) if c.predicate == "controls"] == []


def test_the_city_without_an_antecedent_is_no_claim():
    assert claims_of("Ukrainian forces are still holding the city, officials said.") == []


def test_there_points_back_to_the_place():
    found = claims_of("Wagner said it had taken Berkhivka, a village just north of Bakhmut, "
                      "but Ukraine's army said fighting there continued.")
    assert {(c.speaker_phrase, c.place, c.value) for c in found} == {
        ("Wagner", "Berkhivka", "Russia"), ("Ukraine's army", "Berkhivka", "contested")}


def test_a_coordinated_verb_shares_its_subject_place():
    found = claims_of("Ukrainian officials said the village of Tabaivka was under heavy attack "
                      "but remained in Ukrainian hands.")
    assert {(c.predicate, c.value) for c in found} == {("attacked", "Russia"), ("controls", "Ukraine")}
