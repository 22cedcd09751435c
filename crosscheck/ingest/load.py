"""Ingest stage, store side: stream reader records into the database in batches.

Readers (the rest of this package) turn files into RawArticle / Rejection records; this
module stages them batch by batch in temp tables and lets SQL (sql/ingest/*.sql) decide
what is new, what is a new version of a known url and what is an exact re-delivery.
Memory is bounded by the batch size, whatever the input size.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from crosscheck.db import Store
from crosscheck.records import IngestLimits, RawArticle, Rejection

ARTICLE_COLUMNS = (
    "outlet", "url", "published_at", "title", "text", "language", "text_sha256",
    "raw_sha256", "source_file", "source_location", "ingested_at", "run_id",
)
INGEST_MEMORY_LIMIT = "400MB"
REJECTION_COLUMNS = ("source_file", "source_location", "reason", "raw_excerpt", "rejected_at", "run_id")


@dataclass
class IngestSummary:
    """Counts for one ingest: every record read is new, a duplicate, or rejected."""

    n_read: int = 0
    n_new: int = 0
    n_duplicate: int = 0
    n_rejected: int = 0
    n_new_rejections: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def _stage_tables(store: Store) -> None:
    store.execute(
        """
        create or replace temp table batch_rejected (
            source_file varchar, source_location varchar, reason varchar, raw_excerpt varchar,
            rejected_at timestamptz, run_id varchar)
        """,
        step="ingest.stage",
    )


def _flush(store: Store, articles: list[tuple], rejections: list[tuple], summary: IngestSummary) -> None:
    if articles:
        # the batch is read by SQL straight from a DataFrame: no staging copy of the texts
        frame = pd.DataFrame({name: values for name, values in zip(ARTICLE_COLUMNS, zip(*articles))})
        frame["staged_row"] = range(len(frame))
        before = store.scalar("select count(*) from store.articles")
        with store.registered("batch_articles", frame):
            store.execute_file("ingest/merge_articles.sql")
        added = store.scalar("select count(*) from store.articles") - before
        summary.n_new += added
        summary.n_duplicate += len(articles) - added
    if rejections:
        store.execute("delete from batch_rejected", step="ingest.stage")
        store.append_rows("batch_rejected", REJECTION_COLUMNS, rejections, step="ingest.stage")
        before = store.scalar("select count(*) from store.rejected")
        store.execute_file("ingest/merge_rejected.sql")
        summary.n_new_rejections += store.scalar("select count(*) from store.rejected") - before


def ingest(
    store: Store,
    inputs: Iterable[str | os.PathLike],
    *,
    run_id: str,
    limits: IngestLimits = IngestLimits(),
    now: datetime | None = None,
    batch_size: int = 30000,
) -> IngestSummary:
    """Load every record of ``inputs`` into ``store``; return what happened to them.

    Reading and parsing run in a background thread while DuckDB merges the previous
    batch (DuckDB releases the GIL while it works), and at most one batch waits in
    between, so memory stays bounded by a few batches whatever the input size.
    """
    now = now or datetime.now(UTC)
    summary = IngestSummary()
    _stage_tables(store)
    # DuckDB's buffer pool would otherwise grow with the table towards the store's limit;
    # ingest only appends, so a small pool (it spills, it does not fail) keeps memory flat
    previous_limit = store.scalar("select current_setting('memory_limit')")
    store.execute(f"set memory_limit = '{INGEST_MEMORY_LIMIT}'", step="ingest.memory")
    try:
        _pump(store, inputs, limits, now, run_id, batch_size, summary)
    finally:
        store.execute(f"set memory_limit = '{previous_limit}'", step="ingest.memory")
    return summary


def _pump(store: Store, inputs, limits, now, run_id, batch_size, summary: IngestSummary) -> None:
    """Run the reader thread and merge its batches as they come."""
    batches: queue.Queue = queue.Queue(maxsize=1)
    reader = threading.Thread(
        target=_read_batches, args=(inputs, limits, now, run_id, batch_size, summary, batches), daemon=True
    )
    reader.start()
    while True:
        item = batches.get()
        if item is _DONE:
            break
        if isinstance(item, BaseException):
            reader.join()
            raise item
        _flush(store, *item, summary)
    reader.join()


_DONE = object()


def _read_batches(inputs, limits, now, run_id, batch_size, summary: IngestSummary, batches: queue.Queue) -> None:
    """Producer: parse records into row batches and hand them to the writer."""
    from crosscheck.ingest import iter_records  # the readers, kept import-light for workers

    articles: list[tuple] = []
    rejections: list[tuple] = []
    try:
        for record in iter_records(inputs, limits=limits, now=now):
            summary.n_read += 1
            if isinstance(record, RawArticle):
                # hashed here, in the reader thread: hashlib releases the GIL on long
                # texts, so this overlaps with DuckDB's merge of the previous batch
                text_sha256 = hashlib.sha256(record.text.encode("utf-8")).hexdigest()
                articles.append((
                    record.outlet, record.url, record.published_at, record.title, record.text,
                    record.language, text_sha256, record.sha256, record.source_file, record.source_location,
                    now, run_id,
                ))
            elif isinstance(record, Rejection):
                summary.n_rejected += 1
                kind = _reason_kind(record.reason)
                summary.reasons[kind] = summary.reasons.get(kind, 0) + 1
                rejections.append((
                    record.source_file, record.source_location, record.reason, record.raw_excerpt, now, run_id,
                ))
            if len(articles) >= batch_size or len(rejections) >= batch_size:
                batches.put((articles, rejections))
                articles, rejections = [], []
        batches.put((articles, rejections))
        batches.put(_DONE)
    except BaseException as exc:  # surfaced in the writer thread, never swallowed
        batches.put(exc)


def _reason_kind(reason: str) -> str:
    """The reason's leading phrase (before any ':' detail), for summary counts."""
    return reason.split(":", 1)[0].strip()
