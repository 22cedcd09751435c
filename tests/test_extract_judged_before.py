"""A sentence that only denies or confirms the one before ("Ukraine's military denied that claim.")."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2023, 1, 14, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str]]:
    return {(c.speaker, c.place, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, expected", [
    ("Pushilin said Russian forces had taken Klishchiivka. Ukraine's military denied that claim.",
     ("Armed Forces of Ukraine", "Klishchiivka", "Ukraine")),
    ("Pushilin said Russian forces had taken Klishchiivka. Kyiv denied it on Friday.",
     ("Ukrainian government", "Klishchiivka", "Ukraine")),
    ("Russia's Defense Ministry said its troops had captured Soledar. Ukraine rejected the report as false.",
     ("Ukrainian government", "Soledar", "Ukraine")),
    ("Russia said it had taken Avdiivka. Ukrainian officials later confirmed the report.",
     ("Ukrainian government", "Avdiivka", "Russia")),
])
def test_a_bare_judgement_takes_the_claims_of_the_sentence_before(text: str, expected: tuple) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize("text", [
    # the judgement names its own object: no claim about the place before
    "Pushilin said Russian forces had taken Klishchiivka. The ministry denied reports of a blast at the plant.",
    # the same speaker cannot judge its own claim
    "Pushilin said Russian forces had taken Klishchiivka. Pushilin later denied it.",
])
def test_no_judgement_without_a_bare_pointer_or_from_the_same_speaker(text: str) -> None:
    assert {value for _, place, value in _claims(text) if place == "Klishchiivka"} == {"Russia"}


def test_a_denial_followed_by_fighting_going_on_is_contested_only() -> None:
    claims = _claims("Wagner chief Yevgeny Prigozhin claimed on Saturday that his fighters had taken Bakhmut "
                     "'completely'. Ukraine's deputy defence minister Hanna Maliar rejected this. Fighting was "
                     "still going on in the city, she said.")
    assert {(s, v) for s, p, v in claims if s == "Hanna Maliar"} == {("Hanna Maliar", "contested")}
