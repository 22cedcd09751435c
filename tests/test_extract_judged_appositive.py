"""A claim judged in a passive appositive ("..., a claim disputed by Kyiv", "..., a report later
confirmed by ISW") gives the judge its own claim: a denial the opposite value, a confirmation the same.
Anything else "by" someone after "a claim" (supported by images) judges nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims


def by_speaker(text: str) -> dict[str, str]:
    claims = extract_claims(text, outlet="Test Wire", published_at=datetime(2024, 9, 1, tzinfo=UTC))
    return {c.speaker_phrase: c.value for c in claims if c.predicate == "controls"}


@pytest.mark.parametrize("text, judge, value", [
    ("Russian forces have captured the village of Robotyne, Moscow said, a claim disputed by Kyiv.", "Kyiv",
     "Ukraine"),
    ("Russia said it had taken Marinka, a claim that was quickly rejected by Ukraine's military.",
     "Ukraine's military", "Ukraine"),
    ("Ukrainian troops have retaken Klishchiivka, Kyiv said, a claim later confirmed by the Institute for the "
     "Study of War.", "the Institute for the Study of War", "Ukraine"),
    ("Moscow said its troops had entered Kupiansk, claims denied by the Ukrainian General Staff on Sunday.",
     "the Ukrainian General Staff", None),
    ("Wagner said it controlled Soledar, a statement dismissed by Ukraine's eastern command.",
     "Ukraine's eastern command", "Ukraine"),
])
def test_the_judge_of_a_passive_appositive_has_its_own_claim(text: str, judge: str, value: str | None) -> None:
    found = by_speaker(text)
    if value is None:
        # a denied entry (a contested claim) gives the denier nothing: entering is not holding
        assert judge not in found
    else:
        assert found[judge] == value


@pytest.mark.parametrize("text", [
    "Russian forces have captured Robotyne, Moscow said, a claim supported by satellite images.",
    "Russian forces have captured Robotyne, Moscow said, a claim made by its defence ministry on Sunday.",
])
def test_other_by_phrases_judge_nothing(text: str) -> None:
    assert set(by_speaker(text)) == {"Moscow"}
