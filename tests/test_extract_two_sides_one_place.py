"""Wire leads that give two sides' statements in one sentence and name the place once.

"Russia said it had taken Avdiivka, while Kyiv said it had withdrawn its forces" (the retreat with its troops as
the object, no source) and "...; Ukraine said fighting continued there" ("there" for the place). Before, the
second side's statement was lost: the retreat was only completed when the troops were its subject, and "there"
was read as the place but no fighting rule took a place without "in".
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 2, 18, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str]]:
    return {(c.speaker, c.place, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, place, value", [
    ("Russia said Saturday its troops had captured Avdiivka, while Kyiv said Friday it had withdrawn its forces.",
     "Avdiivka", "Russia"),
    ("Russia said on Saturday it had taken Avdiivka, and Ukraine said it had pulled its troops out.", "Avdiivka",
     "Russia"),
    ("Moscow said its forces had taken Marinka; Ukraine said fighting continued there.", "Marinka", "contested"),
    ("Russia said its forces had captured Pobieda; Ukraine said fighting was continuing there.", "Pobieda",
     "contested"),
])
def test_the_second_side_speaks_about_the_place_the_first_named(text: str, place: str, value: str) -> None:
    claims = _claims(text)
    assert ("Russian government", place, "Russia") in claims
    assert ("Ukrainian government", place, value) in claims


def test_there_after_a_fighting_verb_points_back_across_sentences() -> None:
    claims = _claims("Russia said its forces had taken Marinka. Ukraine's military said fighting continued there.")
    assert ("Armed Forces of Ukraine", "Marinka", "contested") in claims


@pytest.mark.parametrize("text", [
    # an existential "there" is no place; troops withdrawn from elsewhere name their own source
    "Russia said it had taken Marinka, while Ukraine said there was still fighting.",
    "Russia said it had taken Marinka, while Ukraine said it had withdrawn its forces from Pobieda.",
])
def test_no_second_claim_on_the_first_place(text: str) -> None:
    assert not any(speaker == "Ukrainian government" and place == "Marinka" for speaker, place, _ in _claims(text))
