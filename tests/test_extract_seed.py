"""The seed article: what the extractor must and must not find in a real wire story."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from crosscheck.extract import extract_claims

_SEED_NAME = "000_de7e26a0223dbdce.txt"
# shared/ sits beside the repository (locally and in CI)
_CANDIDATES = [Path(__file__).resolve().parents[2] / "shared" / "seed" / _SEED_NAME,
               Path("/work/shared/seed") / _SEED_NAME]
SEED = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0])
PUBLISHED = datetime(2023, 2, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("seed article not available")
    raw = SEED.read_text(encoding="utf-8")
    # the file starts with a " date 2023-02-01 " token; the article text follows it
    text = raw.split("2023-02-01", 1)[1].lstrip()
    return text, extract_claims(text, outlet="Seed Wire", published_at=PUBLISHED)


def _find(claims, **wanted):
    return [c for c in claims if all(getattr(c, k) == v for k, v in wanted.items())]


def test_russia_took_control_of_soledar_in_mid_january(seed):
    _, claims = seed
    [claim] = _find(claims, place="Soledar", predicate="controls", speaker_phrase="Russia")
    assert claim.value == "Russia"
    assert not claim.hedged
    assert claim.asserted_at.date() == datetime(2023, 1, 15).date()


def test_ukraine_battling_to_hold_the_town_is_soledar_contested(seed):
    _, claims = seed
    [claim] = _find(claims, place="Soledar", predicate="controls", speaker_phrase="Ukraine")
    assert claim.value in ("contested", "Ukraine")
    assert claim.place_as_written == "the town"


def test_isw_highly_unlikely_is_a_hedged_russia_claim(seed):
    _, claims = seed
    [claim] = [c for c in claims if c.place == "Soledar" and "Institute for the Study of War" in (c.speaker_phrase or "")]
    assert claim.value == "Russia"
    assert claim.hedged and claim.modality == "highly unlikely"


def test_bakhmut_encircled_by_the_donetsk_administration(seed):
    _, claims = seed
    encircled = _find(claims, place="Bakhmut", predicate="encircled")
    assert encircled and all(c.value == "Ukraine" for c in encircled)
    assert any("Moscow-backed administration" in (c.speaker_phrase or "") for c in encircled)
    aide = [c for c in encircled if "top aide" in (c.speaker_phrase or "")]
    assert aide and aide[0].reported_via == "DW"


def test_general_staff_reports_russian_fire_on_two_villages(seed):
    _, claims = seed
    attacked = _find(claims, predicate="attacked")
    assert {c.place for c in attacked} == {"Klishchiivka", "Kurdiumivka"}
    assert all(c.value == "Russia" and "General Staff" in c.speaker_phrase for c in attacked)


def test_general_staff_reports_russian_losses(seed):
    _, claims = seed
    losses = _find(claims, predicate="losses", value="Russia")
    assert any("General Staff" in (c.speaker_phrase or "") for c in losses)


def test_intentions_and_predictions_are_not_control_claims(seed):
    _, claims = seed
    controls = _find(claims, predicate="controls")
    sentences = " ".join(c.sentence for c in controls)
    assert "determined to capture" not in sentences
    assert "could lead" not in sentences
    assert "take it back" not in sentences
    assert {c.place for c in controls} == {"Soledar"}


def test_every_span_is_exact(seed):
    text, claims = seed
    for claim in claims:
        assert text[claim.char_start:claim.char_end] == claim.sentence
