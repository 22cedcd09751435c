"""An outlet judging a report false in its own voice holds the opposite ("The claim by X that C is likely false").

Think tanks and monitors write their verdicts this way; before, only the reported claim was kept, so the
outlet's judgement (the very evidence that settles a contradiction) was lost.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2023, 3, 29, tzinfo=timezone.utc)
_OUTLET = "Front Line Monitor"


def _claims(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(c.speaker, c.place, c.value, c.hedged)
            for c in extract_claims(text, outlet=_OUTLET, published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, place, value, hedged", [
    ("The March 27 claim by pro-Wagner milbloggers that Russian forces captured Ivanivske, south-west of Bakhmut, "
     "is likely false.", "Ivanivske", "Ukraine", True),
    ("The claim by pro-Wagner milbloggers that Russian forces captured Ivanivske is false.", "Ivanivske", "Ukraine",
     False),
    ("Moscow's claim that its forces took Kupiansk is false.", "Kupiansk", "Ukraine", False),
    ("Kyiv's claim that its troops had recaptured Robotyne was probably untrue.", "Robotyne", "Russia", True),
])
def test_the_outlets_verdict_is_its_own_claim(text: str, place: str, value: str, hedged: bool) -> None:
    assert (_OUTLET, place, value, hedged) in _claims(text)


@pytest.mark.parametrize("text, place, value, hedged", [
    ("The claim that Russian forces took Ivanivske is likely false.", "Ivanivske", "Ukraine", True),
    ("Reports that Ukrainian troops had left Soledar are false.", "Soledar", "Ukraine", False),
])
def test_an_unowned_report_judged_false_is_turned_round(text: str, place: str, value: str, hedged: bool) -> None:
    claims = _claims(text)
    assert (_OUTLET, place, value, hedged) in claims
    assert not any(speaker == _OUTLET and claim_value != value for speaker, _, claim_value, _ in claims)


@pytest.mark.parametrize("text", [
    "Claims by pro-Wagner milbloggers that Russian forces captured Ivanivske are false, the General Staff said.",
    "Russia's claim to have captured Toretsk is not true, the Khortytsia grouping said: fighting continues.",
])
def test_a_verdict_inside_someones_words_is_theirs_not_the_outlets(text: str) -> None:
    assert not any(speaker == _OUTLET for speaker, *_ in _claims(text))


def test_a_plain_statement_beside_the_verdict_stays_one_unhedged_claim() -> None:
    claims = _claims("Ukrainian forces continue to control Kupiansk, and the Russian General Staff's claim that "
                     "Russian forces seized the city is likely false.")
    assert {c for c in claims if c[0] == _OUTLET} == {(_OUTLET, "Kupiansk", "Ukraine", False)}


def test_a_report_judged_true_keeps_its_value() -> None:
    claims = _claims("The claim by pro-Wagner milbloggers that Russian forces captured Ivanivske is accurate.")
    assert not any(speaker == _OUTLET for speaker, *_ in claims)
