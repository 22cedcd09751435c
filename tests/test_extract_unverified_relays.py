"""Wire copy's disclaimer before what it relays: "Reuters could not independently verify reports that C".

The outlet passes C on without vouching for it, like "reportedly": its claim is hedged. Before, it was the
outlet's plain claim. A disclaimer after the speaker's report (", a claim that could not be independently
verified") leaves the speaker's claim as the speaker made it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 2, 18, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(c.speaker, c.place, c.value, c.hedged)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, value", [
    ("Reuters could not independently verify reports that Russian troops had captured Ocheretyne.", "Russia"),
    ("Reuters could not immediately verify battlefield reports that Russian forces had captured Ocheretyne.",
     "Russia"),
    ("The AP was unable to confirm claims that Russian troops had taken Ocheretyne.", "Russia"),
    ("It was not possible to independently verify reports that Russian forces had entered Ocheretyne.",
     "contested"),
])
def test_a_relayed_report_the_outlet_could_not_verify_is_hedged(text: str, value: str) -> None:
    assert _claims(text) == {("Test Wire", "Ocheretyne", value, True)}


@pytest.mark.parametrize("text, claim", [
    ("Russian forces captured Soledar, the Russian Defense Ministry said, a claim that could not be independently "
     "verified.", ("Russian Ministry of Defence", "Soledar", "Russia", False)),
    ("Reuters verified footage showing that Russian troops had captured Ocheretyne.",
     ("Test Wire", "Ocheretyne", "Russia", False)),
])
def test_a_disclaimer_elsewhere_leaves_the_claim_as_made(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)
