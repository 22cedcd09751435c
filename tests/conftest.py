"""Shared fixtures: a fresh in-memory store, and helpers to put articles and claims in it."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from crosscheck.db import Store  # noqa: E402
from crosscheck.extract import ExtractedClaim, extract_claims  # noqa: E402
from crosscheck.extract.stage import CLAIM_COLUMNS  # noqa: E402
from crosscheck.publish import apply_schema  # noqa: E402


@pytest.fixture
def fresh_store():
    store = Store(":memory:")
    apply_schema(store)
    yield store
    store.close()


def day(text: str) -> datetime:
    """'2023-01-13' or '2023-01-13T10:00' as an aware UTC datetime."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def add_article(store: Store, article_id: str, *, outlet: str, published: str, text: str,
                url: str | None = None, run_id: str = "test-run") -> str:
    store.execute(
        """
        insert into store.articles values (?, ?, 1, ?, ?, ?, null, ?, 'en', sha256(?), ?, 'test', 'line 1',
                                           current_timestamp, ?)
        """,
        [article_id, url or f"https://{outlet.lower().replace(' ', '')}.test/{article_id}", outlet, url,
         day(published), text, text, hashlib.sha256(text.encode()).hexdigest(), run_id],
    )
    return article_id


def add_claim(store: Store, claim_id: str, article_id: str, *, speaker: str | None, place: str, value: str,
              asserted: str, predicate: str = "controls", side: str | None = None, kind: str | None = None,
              hedged: bool = False, sentence: str | None = None, speaker_id: str | None = None,
              outlet: str | None = None) -> str:
    """A claim as the extractor would store it; speaker None means the outlet's own reporting."""
    sentence = sentence or f"{speaker or 'It'} says {place} is held by {value}."
    row = dict.fromkeys(CLAIM_COLUMNS)
    row.update(
        claim_id=claim_id, article_id=article_id, field="text", speaker_phrase=speaker,
        speaker=speaker or outlet or "outlet", speaker_id=speaker_id or (speaker and speaker.lower().replace(" ", "-")),
        speaker_side=side, speaker_kind=kind, place_as_written=place, place=place, place_id=f"test:{place.lower()}",
        predicate=predicate, value=value, hedged=hedged, asserted_at=day(asserted), sentence=sentence,
        char_start=0, char_end=len(sentence), extractor_version="test", run_id="test-run",
    )
    store.append_rows("store.claims", CLAIM_COLUMNS, [tuple(row[c] for c in CLAIM_COLUMNS)], step="test")
    return claim_id


AS_OF = datetime(2023, 6, 1, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """The sample corpus run once through every stage (no orchestrator), published."""
    from crosscheck import pipeline

    db = tmp_path_factory.mktemp("sample") / "crosscheck.duckdb"
    summary = pipeline.run_all(db, as_of=AS_OF)
    return db, summary


TEST_OUTLET = "Test Wire"
TEST_PUBLISHED = datetime(2024, 6, 1, tzinfo=UTC)


# the recall test files judge claims as published on this date
RECALL_PUBLISHED = datetime(2024, 9, 1, 12, 0, tzinfo=UTC)


def found_claims(text: str, predicate: str = "controls") -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of every claim of one predicate in ``text``."""
    return {(c.speaker_phrase, c.place, c.value)
            for c in extract_claims(text, outlet=TEST_OUTLET, published_at=RECALL_PUBLISHED) if c.predicate == predicate}


def hedged_controls(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    """(speaker phrase, place, value, hedged) of every control claim in ``text``."""
    return {(c.speaker_phrase, c.place, c.value, c.hedged)
            for c in extract_claims(text, outlet=TEST_OUTLET, published_at=RECALL_PUBLISHED) if c.predicate == "controls"}


def control_values(text: str) -> dict[str | None, str]:
    """Place -> value of the control claims in ``text``, as the recall files' outlet publishes it."""
    return {c.place: c.value for c in extract_claims(text, outlet=TEST_OUTLET, published_at=RECALL_PUBLISHED)
            if c.predicate == "controls"}


def control_claims_in(text: str, *, title: str | None = None) -> list[ExtractedClaim]:
    """The control claims the extractor finds in ``text`` as the test outlet publishes it."""
    return [c for c in extract_claims(text, outlet=TEST_OUTLET, published_at=TEST_PUBLISHED, title=title)
            if c.predicate == "controls"]


def label_as_of(store: Store, as_of: str, run_id: str) -> None:
    """Match, contradict, then label and featurise as the score stage does, without training."""
    from crosscheck.contradict import flag_contradictions
    from crosscheck.match import MATCH_WINDOW_DAYS, build_claim_evidence, detect_copies
    from crosscheck.score.scoring import LABEL_HORIZON_DAYS, MIN_TIMELINE_CONFIDENCE

    detect_copies(store, run_id=run_id)
    build_claim_evidence(store)
    flag_contradictions(store)
    params = {"run_id": run_id, "as_of": as_of, "horizon_days": LABEL_HORIZON_DAYS, "window_days": MATCH_WINDOW_DAYS,
              "min_timeline_confidence": MIN_TIMELINE_CONFIDENCE}
    store.execute_file("score/labels.sql", params=params)
    store.execute_file("score/features.sql", params=params)
