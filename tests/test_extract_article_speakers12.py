"""Article-level speakers, twelfth set: a finite reporting verb joined to a main clause by "and" / "but"
("Putin congratulated the troops and said C") speaks for that clause's named subject, and a speaker's
reported clause may open on a capture noun it presupposes ("said the capture of X created conditions",
"and that the liberation of X would reduce the shelling"). Near misses: a stand-in subject opens no
report, ", said X" after a comma stays the inverted frame, and a capture that "would" or "could" bring
something stays a forecast."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _controls(text: str) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of the text's control claims; the outlet's own have speaker None."""
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN)
            if c.predicate == "controls"}


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
    assert expected in _controls(text)


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
    assert expected in _controls(text)


# near misses that must stay as they are
@pytest.mark.parametrize("text, place", [
    # a forecast: what a capture "would" or "could" bring, not that it happened
    ("Syrskyi warned the staff and said the capture of Pokrovsk would open the road to Dnipropetrovsk.",
     "Pokrovsk"),
    ("The governor said the fall of Kupiansk could open the road to Kharkiv.", "Kupiansk"),
    ("Analysts said the capture of Chasiv Yar is possible within weeks.", "Chasiv Yar"),
])
def test_forecast_capture_noun_stays_unclaimed(text, place):
    assert not any(claim[1] == place for claim in _controls(text))


def test_stand_in_subject_opens_no_coordinated_report():
    claims = _controls("Fighting continued overnight and the General Staff said Russian forces had been "
                       "repelled near Toretsk.")
    assert not any(speaker is not None and speaker.lower().startswith("fighting") for speaker, _, _ in claims)


def test_inverted_frame_after_a_comma_keeps_its_speaker():
    claims = _controls("Ukrainian forces still hold the northern part of Pokrovsk, said Viktor Trehubov.")
    assert ("Viktor Trehubov", "Pokrovsk", "contested") in claims or \
        ("Viktor Trehubov", "Pokrovsk", "Ukraine") in claims
