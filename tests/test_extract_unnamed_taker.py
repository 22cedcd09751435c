"""Whose gain an event is when the text names no taker: a denied, negated or conceded
capture is the other side's; a withdrawal that hands a place to the speaker's own side is
a relief in place, not a change of hands; "repelled attacks there" is control of the place
"there" stands for.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2024, 3, 2, 12, 0, tzinfo=timezone.utc)


def control_claims(text: str) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of every control claim in ``text``."""
    claims = extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
    return {(c.speaker_phrase, c.place, c.value) for c in claims if c.predicate == "controls"}


@pytest.mark.parametrize("text, expected", [
    # a negated capture with no taker named: the speaker denies the other side's gain
    ('"Our units continue to hold positions in the south-western part of the city. Bakhmut has not been '
     'taken," Serhiy Cherevatyi, spokesman for the Eastern group of forces, told the agency.',
     ("Serhiy Cherevatyi", "Bakhmut", "Ukraine")),
    ("Bakhmut was not captured, Ukraine's military said on Sunday.",
     ("Ukraine's military", "Bakhmut", "Ukraine")),
    ("Kupiansk has not been seized, the Ukrainian General Staff insisted.",
     ("the Ukrainian General Staff", "Kupiansk", "Ukraine")),
    ("Russia's defence ministry said Kherson had not been taken despite Ukrainian claims.",
     ("Russia's defence ministry", "Kherson", "Russia")),
    # a conceded gain is the other side's
    ("Bakhmut has been taken, Ukrainian officials admitted on Friday.",
     ("Ukrainian officials", "Bakhmut", "Russia")),
    ("Ukraine acknowledged the capture of Soledar for the first time.",
     ("Ukraine", "Soledar", "Russia")),
    ("Russia acknowledged the liberation of Kherson in a terse statement.",
     ("Russia", "Kherson", "Ukraine")),
])
def test_denied_negated_and_conceded_gains_are_the_other_sides(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text, expected", [
    # the speaker's own gains keep the speaker's side
    ("Bakhmut has been taken, Russia's defence ministry said.", ("Russia's defence ministry", "Bakhmut", "Russia")),
    ("Kherson has been liberated, the Ukrainian army said.", ("the Ukrainian army", "Kherson", "Ukraine")),
    # a denied loss is still the speaker's own place
    ("Bakhmut has not been lost, Ukraine's military said.", ("Ukraine's military", "Bakhmut", "Ukraine")),
    ("Kherson has not been abandoned, Russia's defence ministry said.",
     ("Russia's defence ministry", "Kherson", "Russia")),
])
def test_own_gains_and_denied_losses_keep_the_speakers_side(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text, expected", [
    ("Wagner units have begun withdrawing from Artemovsk and are handing over their positions to the regular "
     "army, the company's founder Yevgeny Prigozhin said on Thursday.",
     ("the company's founder Yevgeny Prigozhin", "Bakhmut", "Russia")),
    ("The 93rd Brigade pulled out of Klishchiivka and handed its positions over to the 5th Assault Brigade, "
     "a Ukrainian officer said.",
     ("a Ukrainian officer", "Klishchiivka", "Ukraine")),
    ("Ukrainian marines withdrew from Krynky, handing the sector to army units, the Ukrainian navy said.",
     ("the Ukrainian navy", "Krynky", "Ukraine")),
])
def test_a_handover_within_one_side_is_not_a_change_of_hands(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text, expected", [
    # handed to the other side, or no handover at all: the place changes hands
    ("Russian troops withdrew from Kherson, handing the city to Ukrainian forces, the governor said.",
     ("the governor", "Kherson", "Ukraine")),
    ("Wagner units withdrew from Bakhmut, Prigozhin said.", ("Prigozhin", "Bakhmut", "Ukraine")),
])
def test_a_withdrawal_without_a_handover_within_the_side_changes_hands(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text, expected", [
    ("Russia's Defence Ministry claimed to have captured the village of Dubovo-Vasylivka; Ukraine's General "
     "Staff said its forces had repelled attacks there.",
     ("Ukraine's General Staff", "Dubovo-Vasylivka", "Ukraine")),
    ("Russian troops stormed Vuhledar again overnight. The Ukrainian military said it had beaten back "
     "assaults there.",
     ("The Ukrainian military", "Vuhledar", "Ukraine")),
])
def test_repelled_attacks_there_is_control_of_the_place_meant(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text", [
    # near a place is not the place; a forecast of a handover is not a change
    "Ukraine's General Staff said its forces had repelled attacks near Dubovo-Vasylivka.",
    "Prigozhin said Wagner would withdraw from Bakhmut and hand the city over to the Defence Ministry.",
])
def test_near_misses_give_no_control_claim_for_that_reading(text):
    claims = control_claims(text)
    assert not any(value == "Ukraine" for _, place, value in claims if place in ("Dubovo-Vasylivka",)), claims
    assert not any(value == "Ukraine" for _, place, value in claims if place == "Bakhmut"), claims
