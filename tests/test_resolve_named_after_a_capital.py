"""A name that merely starts with a capital or a country is not that country's government.

"The Kyiv Independent reported", "according to The Moscow Times", "the Kyiv School of
Economics estimated": outlets, schools and firms named after a city speak for themselves.
An outlet's own unattributed claims must not be pooled with the government's, and its
voice is an outlet's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims
from crosscheck.resolve import SpeakerResolver


@pytest.fixture(scope="module")
def resolver() -> SpeakerResolver:
    return SpeakerResolver.default()


@pytest.mark.parametrize("phrase", [
    "The Kyiv Independent", "Kyiv Independent", "the Kyiv Post", "The Moscow Times", "Moscow Times",
    "the Kyiv School of Economics", "Kiev Business Journal", "Moscow Region Today", "Ukraine Business News",
    "Russia Beyond",
])
def test_a_name_beginning_with_a_capital_is_not_the_government(resolver, phrase):
    assert resolver.resolve(phrase) is None


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Kyiv", "ua-government"), ("Moscow", "ru-government"), ("officials in Kyiv", "ua-government"),
    ("Kyiv officials", "ua-government"), ("Moscow's defence ministry", "ru-mod"), ("Russia", "ru-government"),
    ("Ukraine's government", "ua-government"), ("Ukraine General Staff", "ua-general-staff"),
    ("Kremlin spokesman Dmitry Peskov", "ru-peskov"),
])
def test_the_capital_and_its_officials_still_are(resolver, phrase, expected):
    speaker = resolver.resolve(phrase)
    assert speaker is not None and speaker.speaker_id == expected


@pytest.mark.parametrize("outlet", ["The Kyiv Independent", "Kyiv Post", "The Moscow Times", "Kyiv Courier"])
def test_an_outlet_named_after_a_capital_speaks_as_an_outlet(outlet):
    text = "Russian forces captured the village of Klishchiivka on Tuesday after weeks of fighting."
    (claim,) = [c for c in extract_claims(text, outlet=outlet, published_at=datetime(2023, 9, 1, tzinfo=UTC))
                if c.predicate == "controls"]
    assert claim.speaker == outlet
    assert claim.speaker_side is None
    assert claim.speaker_kind == "outlet"
