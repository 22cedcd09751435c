"""A sentence that only calls the report before it false is its speaker's denial of that report.

"called", "branded", "described ... as" and "labelled" are no reporting verbs, so "Kyiv called the
claim a lie." had no speaker and judged nothing; now it denies each control claim of the sentence
before, as "Kyiv denied the claim." does. Verdicts on something else, or without a word of
falsehood, judge nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_CLAIM = "The Russian defence ministry said on Friday that its troops had captured Novoselivka."


def _claims(text: str) -> set[tuple[str | None, str | None, str]]:
    found = extract_claims(text, outlet="Test Wire", published_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    return {(c.speaker_phrase, c.place, c.value) for c in found if c.predicate == "controls"}


@pytest.mark.parametrize("verdict, judge", [
    ("Ukraine's army called the claim a lie.", "Ukraine's army"),
    ("Kyiv branded the report false.", "Kyiv"),
    ("The Ukrainian General Staff described the announcement as pure fabrication.", "The Ukrainian General Staff"),
    ("Ukraine's southern command labelled it propaganda on Saturday.", "Ukraine's southern command"),
])
def test_a_verdict_of_falsehood_denies_the_claim_before(verdict, judge):
    claims = _claims(f"{_CLAIM} {verdict}")
    assert ("The Russian defence ministry", "Novoselivka", "Russia") in claims
    assert (judge, "Novoselivka", "Ukraine") in claims


def test_the_verdict_may_open_the_next_paragraph():
    claims = _claims(f"{_CLAIM}\n\nUkraine's military called the claim an outright lie.")
    assert ("Ukraine's military", "Novoselivka", "Ukraine") in claims


@pytest.mark.parametrize("verdict", [
    "Analysts called the claim premature.",             # doubt, no word of falsehood
    "Kyiv called the loss a heavy blow.",               # a verdict on an event, not on the report
    "Critics called the report's tone false.",          # on something the report has, not on the report
])
def test_other_verdicts_judge_nothing(verdict):
    claims = _claims(f"{_CLAIM} {verdict}")
    assert {speaker for speaker, _, _ in claims} == {"The Russian defence ministry"}


def test_a_verdict_with_no_claim_before_it_claims_nothing():
    assert _claims("Ukraine's army called the claim a lie. Fighting was reported elsewhere.") == set()
