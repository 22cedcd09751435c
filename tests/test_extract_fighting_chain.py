"""'Fighting continues in X' with the words reporters put inside the chain: an assessment's hedge
("fighting likely continued"), "under way" spelt as two words, "positional fighting", and ISW's
"near and in X". Each is a contested claim about X, hedged when the chain carries a hedge;
fighting only near X, or fighting forecast to go on, is no claim about X.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims


def contested(text: str) -> dict[str, bool]:
    """Place -> hedged, for every contested control claim in ``text``."""
    claims = extract_claims(text, outlet="Test Wire", published_at=datetime(2024, 9, 1, tzinfo=UTC))
    return {c.place: c.hedged for c in claims if c.predicate == "controls" and c.value == "contested"}


@pytest.mark.parametrize("text, place, hedged", [
    ("Positional fighting likely continued near and in Bakhmut, the Institute for the Study of War said.",
     "Bakhmut", True),
    ("Fighting reportedly continues in Vuhledar, according to local officials.", "Vuhledar", True),
    ("Heavy fighting is still under way in Marinka, the regional governor said on Tuesday.", "Marinka", False),
    ("Clashes probably persisted in Kreminna overnight, British military intelligence said.", "Kreminna", True),
    ("Fierce battles apparently raged inside Toretsk on Sunday, a Ukrainian brigade spokesman said.", "Toretsk",
     True),
    ("Russian offensive operations continued near and in Avdiivka, and fighting likely continues in Avdiivka "
     "itself, ISW assessed.", "Avdiivka", True),
])
def test_a_hedge_inside_the_fighting_chain_keeps_the_claim_and_hedges_it(text: str, place: str,
                                                                         hedged: bool) -> None:
    assert contested(text) == {place: hedged}


@pytest.mark.parametrize("text", [
    "Heavy fighting likely continues near Bakhmut, ISW said.",
    "Fighting will likely continue in Bakhmut for weeks, analysts said.",
    "Positional fighting probably continued northwest of Kreminna, ISW said.",
    "Fighting reportedly continues on the approaches to Pokrovsk, officials said.",
])
def test_fighting_near_a_place_or_forecast_is_no_claim_about_it(text: str) -> None:
    assert contested(text) == {}
