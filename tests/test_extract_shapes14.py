"""Wordings from the thirteenth session's reading of dev11 and dev9, probed with other places and
speakers: a facility or a sea taken or held (no control of any place), the writer's participle gloss
on a place ("In Izium, retaken by Ukrainian forces ten days ago, ..."), footholds "including in the
village of" a place, "the village" after an advance "towards" it, a list item with its own "near"
after a repelled assault "on" another, taking or leaving "the last remaining part" of a place, a
withdrawal "from towns including" places, the writer's trailing "after" clause to a "that" report,
evidence the outlet weighs ("according to geolocated footage and Ukrainian reporting"), a bank of a
place as a part of it, and troops "forced to" leave a place."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import TEST_OUTLET, hedged_controls as controls

from crosscheck.extract import extract_claims


@pytest.mark.parametrize("text", [
    "Russian paratroopers seized the Zaporizhzhia nuclear power plant on Friday, Ukrainian officials said.",
    "The Russian defence ministry said the Azovstal steelworks had been completely liberated.",
    "Separatist officials said their fighters had captured the Stirol plant.",
    "Ukrainian troops are still holding the Khimprom plant, the governor said.",
    "Russian forces captured Hostomel airport on the first day of the invasion, the ministry said.",
    "Russian forces abandoned the Black Sea outpost on Thursday, the governor said.",
    "Ukrainian forces recaptured the Black Sea island on Thursday.",
])
def test_a_facility_or_a_sea_taken_or_held_gives_no_control_claim(text: str) -> None:
    assert controls(text) == set()


def test_a_facility_taken_beside_a_city_leaves_the_city_claim() -> None:
    found = controls("The Russian Defence Ministry said the Illich steel works had been cleared and that Mariupol "
                     "was fully under the control of Russian forces.")
    assert found == {("The Russian Defence Ministry", "Mariupol", "Russia", False)}


def test_a_facility_is_still_encircled() -> None:
    claims = extract_claims("The last defenders are blocked at the Azovstal plant, the DPR leader said.",
                            outlet=TEST_OUTLET, published_at=datetime(2022, 5, 1, tzinfo=timezone.utc))
    assert [(c.place, c.predicate, c.value) for c in claims] == [("Azovstal steel works", "encircled", "Ukraine")]


@pytest.mark.parametrize("text, place, value", [
    ("In Lyman, recaptured by Ukrainian troops in October, volunteers are clearing mines.", "Lyman", "Ukraine"),
    ("Residents of Balakliia, liberated by Ukrainian forces last September, are rebuilding their homes.",
     "Balakliia", "Ukraine"),
    ("In Marinka, captured by Russian forces a year ago, not a single house is left standing.", "Marinka", "Russia"),
    ("Soledar, seized by Wagner fighters in January, lies in ruins, the correspondent wrote.", "Soledar", "Russia"),
])
def test_a_participle_gloss_on_a_place_is_the_outlets_claim(text: str, place: str, value: str) -> None:
    assert (None, place, value, False) in controls(text)


@pytest.mark.parametrize("text", [
    # a sequence of states, a later state after the gloss, and an attack that is no taking
    "Kupiansk, occupied by Russia in 2022 and liberated in September, is shelled daily.",
    "Lyman, recaptured by Ukrainian troops in October, was lost again this week, the governor said.",
    "In Kherson, shelled by Russian forces every day, residents are leaving.",
])
def test_a_participle_gloss_that_is_no_latest_state_gives_no_claim(text: str) -> None:
    assert not any(speaker is None and value in ("Russia", "Ukraine") for speaker, _, value, _ in controls(text))


@pytest.mark.parametrize("text, speaker, place", [
    ("Ukrainian marines have established footholds on the left bank of the Dnipro, including in the village of "
     "Krynky, the navy said.", "the navy", "Krynky"),
    ("Russian troops gained several footholds on the western bank of the Oskil, including in the village of "
     "Synkivka, the governor said.", "the governor", "Synkivka"),
])
def test_footholds_including_the_village_of_a_place_are_contested(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested", False) in controls(text)


@pytest.mark.parametrize("text, speaker, place, value", [
    ("The enemy tried to advance towards Synkivka and was repelled; our units continue to hold the village, "
     "Ukraine's General Staff said.", "Ukraine's General Staff", "Synkivka", "Ukraine"),
    ("Pushylin wrote that Ukrainian troops had pushed towards Staromaiorske overnight but had been driven back, "
     "and that Russian forces still held the village.", "Pushylin", "Staromaiorske", "Russia"),
])
def test_the_village_an_advance_went_towards(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


def test_the_village_near_a_landmark_is_another() -> None:
    found = controls("The enemy attacked near Krasnohorivka; our units hold the village, the brigade said.")
    assert not any(place == "Krasnohorivka" for _, place, _, _ in found)


@pytest.mark.parametrize("text, held, only_attacked", [
    ("Our defenders repelled attacks on Bakhmut and near Klishchiivka, Ukraine's General Staff said.",
     "Bakhmut", "Klishchiivka"),
    ("Ukrainian units repelled Russian assaults on Kupiansk and near Synkivka, the General Staff said.",
     "Kupiansk", "Synkivka"),
])
def test_a_list_item_with_its_own_near_is_attacked_not_held(text: str, held: str, only_attacked: str) -> None:
    claims = extract_claims(text, outlet=TEST_OUTLET, published_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    controlled = {c.place for c in claims if c.predicate == "controls"}
    attacked = {c.place for c in claims if c.predicate == "attacked"}
    assert held in controlled and only_attacked not in controlled and only_attacked in attacked


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Wagner's founder said his fighters had taken the last remaining part of Soledar.",
     "Wagner's founder", "Soledar", "Russia"),
    ("Russia's defence ministry said its troops had captured the remaining parts of Marinka.",
     "Russia's defence ministry", "Marinka",
     "Russia"),
    ("Ukrainian troops withdrew from the last part of Lysychansk, the governor said.", "the governor", "Lysychansk",
     "Russia"),
])
def test_taking_or_leaving_the_rest_of_a_place_is_all_of_it(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


@pytest.mark.parametrize("text, speaker, place", [
    # holding the rest, or taking a part, is still a part
    ("Ukrainian troops still hold the last remaining part of Toretsk, the brigade said.", "the brigade", "Toretsk"),
    ("Russian troops captured part of Vovchansk, the ministry said.", "the ministry", "Vovchansk"),
])
def test_holding_the_rest_or_taking_a_part_stays_contested(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested", False) in controls(text)


@pytest.mark.parametrize("text, speaker, places, value", [
    ("Ukraine has retaken the whole of the Chernihiv region after Russian forces pulled back from towns including "
     "Nizhyn and Mena, the governor said.", "the governor", {"Nizhyn", "Mena"}, "Ukraine"),
    ("Russian troops captured villages including Orlivka and Tonenke, the ministry said.", "the ministry",
     {"Orlivka", "Tonenke"}, "Russia"),
])
def test_places_including_after_a_bare_plural_or_a_withdrawal_from(text: str, speaker: str, places: set[str],
                                                                    value: str) -> None:
    found = controls(text)
    assert {(speaker, place, value, False) for place in places} <= found


def test_a_trailing_after_clause_of_a_that_report_is_the_writers() -> None:
    found = controls("The governor of Sumy region said on Saturday that the whole region had been freed from the "
                     "invaders, after Russian troops pulled back from towns including Trostianets and Okhtyrka.")
    assert ("The governor of Sumy region", "Sumy Oblast", "Ukraine", False) in found
    assert {(None, "Trostianets", "Ukraine", False), (None, "Okhtyrka", "Ukraine", False)} <= found


@pytest.mark.parametrize("text", [
    # no clause of its own after "after", and a report with no "that"
    "The governor said that Ukrainian troops held Kupiansk, after fierce fighting near the town.",
    "Ukrainian troops held Kupiansk after Russian forces pulled back, the governor said.",
])
def test_a_report_keeps_its_own_after_clause(text: str) -> None:
    assert all(speaker == "the governor" or speaker == "The governor" for speaker, _, _, _ in controls(text))
    assert controls(text)


def test_evidence_the_outlet_weighs_is_no_speaker() -> None:
    found = controls("Russian forces likely hold only the eastern half of Kupiansk, according to geolocated footage "
                     "and Ukrainian reporting.")
    assert found == {(None, "Kupiansk", "contested", True)}


def test_a_named_source_beside_evidence_still_speaks() -> None:
    found = controls("Russian forces likely hold the centre of Toretsk, according to Ukrainian officials and "
                     "satellite images.")
    assert {speaker for speaker, _, _, _ in found} == {"Ukrainian officials and satellite images"}


@pytest.mark.parametrize("text, speaker, place", [
    ("Russian forces now hold Kupiansk's eastern bank, the governor said.", "the governor", "Kupiansk"),
    ("Ukrainian troops abandoned Vovchansk's northern bank, the brigade said.", "the brigade", "Vovchansk"),
])
def test_a_bank_of_a_place_is_a_part_of_it(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested", False) in controls(text)


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Ukrainian forces forced Russian troops to abandon Lyman, the ministry said.", "the ministry", "Lyman",
     "Ukraine"),
    ("The 3rd Assault Brigade compelled Russian units to withdraw from Andriivka, the General Staff said.",
     "the General Staff", "Andriivka", "Ukraine"),
])
def test_troops_forced_to_leave_a_place_left_it(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value, False) in controls(text)


@pytest.mark.parametrize("text", [
    "Ukrainian forces could force Russian troops to abandon Lyman, the ministry said.",
    "Ukrainian forces have not forced Russian troops to abandon Lyman, the ministry said.",
])
def test_a_possible_or_denied_forced_withdrawal_is_no_claim(text: str) -> None:
    assert controls(text) == set()
