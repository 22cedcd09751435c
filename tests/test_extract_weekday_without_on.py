"""American wire copy's time words after the reporting verb: "the ministry said Friday", "said early Thursday".

None of the labelled sets' writers dropped the "on", so no set measured it; before this rule a claim whose
speaker trailed as "X said Friday." went to the outlet, and a liberation the Russian ministry announced came
out as Ukraine's (the outlet's side for "liberated").
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2023, 1, 14, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str, str]]:
    return {(c.speaker, c.place, c.predicate, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN)}


@pytest.mark.parametrize("text, speaker, value", [
    ("Soledar was captured, Russia's defence ministry said Friday.", "Russian Ministry of Defence", "Russia"),
    ("The liberation of the town of Soledar in the Donetsk People's Republic was completed on the evening of "
     "January 12, the Russian Defence Ministry said Friday.", "Russian Ministry of Defence", "Russia"),
    ("Soledar was liberated, the Russian Defence Ministry said Friday.", "Russian Ministry of Defence", "Russia"),
    ("Ukrainian troops still hold Soledar, Ukraine's military said Friday night.", "Armed Forces of Ukraine",
     "Ukraine"),
    ("Russian forces have captured Soledar, Russia's Defense Ministry said early Friday.",
     "Russian Ministry of Defence", "Russia"),
    ("Russian forces captured Soledar, Russia's Defense Ministry said Friday, calling it an important step.",
     "Russian Ministry of Defence", "Russia"),
    ("Ukrainian forces pulled out of Soledar, Ukraine's military said late Wednesday.", "Armed Forces of Ukraine",
     "Russia"),
    ("Fighting continues in Soledar, Ukraine's military said Thursday evening.", "Armed Forces of Ukraine",
     "contested"),
    ("Russia's Defense Ministry claimed Friday to have captured Soledar.", "Russian Ministry of Defence", "Russia"),
])
def test_trailing_speaker_with_a_bare_weekday_keeps_the_claim(text: str, speaker: str, value: str) -> None:
    assert (speaker, "Soledar", "controls", value) in _claims(text)


@pytest.mark.parametrize("text", [
    "Soledar was liberated, the Russian Defence Ministry said Friday.",
    "Russian forces took Soledar, Russia's Defense Ministry said Sunday.",
])
def test_the_outlet_is_not_the_speaker(text: str) -> None:
    assert not any(speaker == "Test Wire" for speaker, *_ in _claims(text))


def test_a_weekday_inside_the_claim_is_not_swallowed() -> None:
    # the weekday belongs to the content here: the frame must still start after "that"
    claims = _claims("Russia's Defense Ministry said that on Friday its forces had captured Soledar.")
    assert ("Russian Ministry of Defence", "Soledar", "controls", "Russia") in claims
