"""Report stage, store side: fetch this run's rows, validate them, keep the results as rows.

The frames handed to Great Expectations are this run's new articles and claims (so a
nightly run validates what it added, whatever the size of the history) and the current
score and contradiction tables, which every run rebuilds. A frame of more than
DQ_CHUNK_ROWS rows is handed over in chunks cut by a hash of its unique column, so a
backfill of millions of claims is still checked row by row in bounded memory.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import astuple
from datetime import datetime
from pathlib import Path

import pandas as pd

from crosscheck.db import Store
from crosscheck.report import validate_run

DQ_CHUNK_ROWS = 250_000

# frame -> the column its suite expects to be unique (chunks are cut by its hash, so
# rows sharing a value meet in one chunk; tests/test_report.py keeps this in step)
CHUNK_KEYS = {
    "articles": "article_id",
    "claims": "claim_id",
    "claim_scores": "claim_id",
    "source_scores": "source",
    "contradictions": "contradiction_id",
}

_FRAMES = {
    "articles": """
        select article_id, outlet, url, published_at, title, length(text) as text_length, language,
               ingested_at, raw_sha256 as sha256
        from store.articles where run_id = ?
    """,
    "claims": """
        select c.claim_id, c.article_id, a.outlet, c.speaker, c.place_as_written, c.place, c.predicate, c.value,
               c.hedged, c.asserted_at, c.sentence, c.char_start, c.char_end,
               substr(case c.field when 'title' then a.title else a.text end,
                      c.char_start + 1, c.char_end - c.char_start) = c.sentence as span_matches
        from store.claims as c join store.articles as a using (article_id)
        where c.run_id = ?
    """,
    "claim_scores": """
        select claim_id, p_corroborated, credibility, n_independent_support, n_independent_contradict, model_version
        from store.claim_scores where ? is not null
    """,
    "source_scores": """
        select source, kind, reliability, grade, n_claims, n_supported, n_contradicted
        from store.source_scores where ? is not null
    """,
    "contradictions": """
        select k.contradiction_id, k.place, k.predicate, k.claim_id_a, k.claim_id_b, k.speaker_a, k.speaker_b,
               k.value_a, k.value_b, k.first_seen, s.status, s.resolved_value
        from store.contradictions as k join store.contradiction_status as s using (contradiction_id)
        where ? is not null
    """,
}


def validate_stored_run(store: Store, *, run_id: str, docs_dir: Path, run_time: datetime) -> dict:
    """Validate this run's data, store the results in store.dq_results, summarise them."""
    frames = {name: _frame_chunks(store, name, sql, run_id) for name, sql in _FRAMES.items()}
    results = validate_run(frames, run_id=run_id, docs_dir=docs_dir, run_time=run_time)
    store.execute("delete from store.dq_results where run_id = ?", [run_id], step="report.results")
    store.append_rows(
        "store.dq_results", ("run_id", "suite", "expectation", "success", "details"),
        [astuple(r) for r in results], step="report.results",
    )
    failed = [r for r in results if not r.success]
    return {
        "dq_passed": not failed,
        "n_expectations": len(results),
        "n_failed": len(failed),
        "failed": [f"{r.suite}: {r.expectation}" for r in failed][:20],
        "docs": str(docs_dir / "index.html"),
    }


def _frame_chunks(store: Store, name: str, sql: str, run_id: str) -> Iterator[pd.DataFrame]:
    """The frame ``name`` in chunks of about DQ_CHUNK_ROWS rows (one chunk when it is smaller)."""
    table = f"dq_frame_{name}"
    store.execute(f"create or replace temp table {table} as {sql}", [run_id], step=f"report.{name}")
    n_rows = store.scalar(f"select count(*) from {table}", step=f"report.{name}")
    n_chunks = max(1, math.ceil(n_rows / DQ_CHUNK_ROWS))
    # coalesce: a null key must land in some chunk, not in none
    chunk_of = f"coalesce(hash({CHUNK_KEYS[name]}) % {n_chunks}, 0)"
    for chunk in range(n_chunks):
        where = "" if n_chunks == 1 else f" where {chunk_of} = {chunk}"
        yield store.fetch_df(f"select * from {table}{where}", step=f"report.{name}")
    store.execute(f"drop table {table}", step=f"report.{name}")
