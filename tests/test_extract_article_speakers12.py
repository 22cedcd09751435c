"""Article-level speakers, eleventh set: a finite reporting verb joined to a main clause by "and" / "but"
("Putin congratulated the troops and said C") speaks for that clause's named subject, and a speaker's
reported clause may open on a capture noun it presupposes ("said the capture of X created conditions",
"and that the liberation of X would reduce the shelling"). Near misses: a stand-in subject opens no
report, ", said X" after a comma stays the inverted frame, and a capture that "would" or "could" bring
something stays a forecast."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import TEST_OUTLET, found_claims

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 5, 1, tzinfo=timezone.utc)


# 1. "X VERBed ... and said C": the coordinated report's speaker is the main clause's named subject
@pytest.mark.parametrize("text, expected", [
    ("Zelensky visited the brigade near Kupiansk and said Ukrainian forces had recaptured Kupiansk.",
     ("Zelensky", "Kupiansk", "Ukraine")),
    ("Belousov thanked the Vostok group and said Russian troops had taken Velyka Novosilka.",
     ("Belousov", "Velyka Novosilka", "Russia")),
    ("Pushilin met local officials but insisted that fighting was still going on in Toretsk.",
     ("Pushilin", "Toretsk", "contested")),
])
def test_coordinated_report_takes_the_main_subject(text, expected):
    assert expected in found_claims(text)


# 2. a speaker's reported clause that opens on a capture noun the speaker presupposes
@pytest.mark.parametrize("text, expected", [
    ("Gerasimov congratulated the commanders and said the capture of Vovchansk created conditions for a "
     "further advance.", ("Gerasimov", "Vovchansk", "Russia")),
    ("Syrskyi said the fighting had been hard and that the liberation of Robotyne would significantly ease "
     "the pressure on Orikhiv.", ("Syrskyi", "Robotyne", "Ukraine")),
    ("Pasechnik toured Lysychansk and said the liberation of Lysychansk would allow residents to return.",
     ("Pasechnik", "Lysychansk", "Russia")),
])
def test_reported_clause_opening_on_a_capture_noun(text, expected):
    assert expected in found_claims(text)


# near misses that must stay as they are
@pytest.mark.parametrize("text, place", [
    # a forecast: what a capture "would" or "could" bring, not that it happened
    ("Syrskyi warned the staff and said the capture of Pokrovsk would open the road to Dnipropetrovsk.",
     "Pokrovsk"),
    ("The governor said the fall of Kupiansk could open the road to Kharkiv.", "Kupiansk"),
    ("Analysts said the capture of Chasiv Yar is possible within weeks.", "Chasiv Yar"),
])
def test_forecast_capture_noun_stays_unclaimed(text, place):
    assert not any(claim[1] == place for claim in found_claims(text))


def test_stand_in_subject_opens_no_coordinated_report():
    claims = found_claims("Fighting continued overnight and the General Staff said Russian forces had been "
                       "repelled near Toretsk.")
    assert not any(speaker is not None and speaker.lower().startswith("fighting") for speaker, _, _ in claims)


def test_inverted_frame_after_a_comma_keeps_its_speaker():
    claims = found_claims("Ukrainian forces still hold the northern part of Pokrovsk, said Viktor Trehubov.")
    assert ("Viktor Trehubov", "Pokrovsk", "contested") in claims or \
        ("Viktor Trehubov", "Pokrovsk", "Ukraine") in claims


# 3. a briefing digest ("..., the General Staff said in its morning report"): a paragraph opening on
#    the report's item ("In the X direction, ...") keeps that item the body's even when another speaker
#    cuts in later in the same paragraph
_BRIEFING_LEAD = ("Over the past day there were 95 combat clashes along the front line, the General Staff of the "
                  "Armed Forces of Ukraine said in its morning report on Monday.\n\n"
                  "In the Lyman direction, the enemy tried nine times to advance near Torske. \"All attempts were "
                  "stopped,\" the General Staff said.\n\n")
_GENERAL_STAFF = "the General Staff of the Armed Forces of Ukraine"


def test_briefing_item_before_a_second_speaker_stays_the_bodys():
    text = _BRIEFING_LEAD + ("In the Kupiansk direction, fighting took place in Kupiansk itself and near "
                             "Petropavlivka. Ukrainian units are holding the western bank, spokesman Viktor "
                             "Trehubov told Suspilne.")
    assert (_GENERAL_STAFF, "Kupiansk", "contested") in found_claims(text)


@pytest.mark.parametrize("paragraph", [
    # not an item of the report: the outlet's background, then the other speaker
    "Fighting took place in Kupiansk itself and near Petropavlivka. Ukrainian units are holding the western "
    "bank, spokesman Viktor Trehubov told Suspilne.",
    # the briefing was already cut in on before this paragraph: its items are the outlet's again
    "Spokesman Viktor Trehubov told Suspilne the enemy was shelling the town.\n\nIn the Kupiansk direction, "
    "fighting took place in Kupiansk itself and near Petropavlivka. Volodymyr Fitio told the telethon the town "
    "was being shelled.",
    # the item comes after the other speaker: it is no longer the opening of the report's paragraph
    "Spokesman Viktor Trehubov told Suspilne the enemy was shelling the town. In the Kupiansk direction, "
    "fighting took place in Kupiansk itself and near Petropavlivka.",
])
def test_no_briefing_voice_outside_the_opening_items(paragraph):
    assert not any(speaker == _GENERAL_STAFF and place == "Kupiansk"
                   for speaker, place, _ in found_claims(_BRIEFING_LEAD + paragraph))


# 4. "losses in the fighting for X": a tally of the fight the speaker reports, not a claim that the place
#    is still fought over (which would contradict the same speaker's capture in the same sentence)
def test_losses_in_the_fighting_for_a_place_keep_the_capture():
    claims = found_claims("The Russian Defence Ministry announced the capture of Kurakhove on Monday and said the "
                       "enemy had suffered heavy losses in the fighting for the town.")
    assert ("The Russian Defence Ministry", "Kurakhove", "Russia") in claims
    assert ("The Russian Defence Ministry", "Kurakhove", "contested") not in claims


def test_losses_in_the_battles_for_a_place_claim_no_contest():
    claims = found_claims("According to the ministry, the enemy lost more than 200 servicemen in the battles for "
                       "Toretsk over the past week.")
    assert not any(place == "Toretsk" and value == "contested" for _, place, value in claims)


@pytest.mark.parametrize("text", [
    # fighting said to go on: still contested
    "Russia suffered heavy losses in the ongoing fighting for Pokrovsk, the General Staff said.",
    "The General Staff said Russian losses were heavy and fighting for Pokrovsk continues.",
    "Russian troops have lost thousands of men in Bakhmut, where fighting for the city goes on.",
])
def test_fighting_that_goes_on_stays_contested(text):
    assert any(value == "contested" for _, _, value in found_claims(text))


def _titlefound_claims(title: str) -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims("No claim here.", outlet=TEST_OUTLET, published_at=_WHEN, title=title)
            if c.predicate == "controls" and c.field == "title"}


# 5. a headline's second voice "Kyiv says battles go on": the verb "go on" read for battles as it is for
#    fighting, so the second speaker's contest of the first's places is found
@pytest.mark.parametrize("title, expected", [
    ("Moscow says it has taken Siversk and Bilohorivka; Kyiv says battles go on",
     {("Kyiv", "Siversk", "contested"), ("Kyiv", "Bilohorivka", "contested")}),
    ("Russia claims Chasiv Yar, Ukraine says the battle goes on", {("Ukraine", "Chasiv Yar", "contested")}),
])
def test_headline_second_voice_battles_go_on(title, expected):
    assert expected <= _titlefound_claims(title)


@pytest.mark.parametrize("text", [
    "The governor said clashes went on for hours near Kupiansk before the convoy left.",
    "Kyiv said the battles went on for months before Avdiivka fell.",
])
def test_battles_that_went_on_for_a_time_claim_no_contest(text):
    assert not any(value == "contested" for _, _, value in found_claims(text))


# 6. a carried speaker's claim whose place carries a distance appositive ("He also said that Toretsk,
#    some 20 km to the south, had been cleared"): the appositive no longer hides the place
@pytest.mark.parametrize("text, expected", [
    ("Denis Pushilin visited Horlivka on Monday. He also said that Toretsk, some 20 km to the north, had now "
     "been fully cleared.", ("Denis Pushilin", "Toretsk", "Russia")),
    ("Syrskyi said Kupiansk, about 40 km to the east, remains under Ukrainian control.",
     ("Syrskyi", "Kupiansk", "Ukraine")),
])
def test_distance_appositive_keeps_the_place(text, expected):
    assert expected in found_claims(text)
