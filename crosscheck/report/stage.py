"""Report stage, store side: fetch this run's rows, validate them, keep the results as rows.

The frames handed to Great Expectations are this run's new articles and claims (so a
nightly run validates what it added, whatever the size of the history) and the current
score and contradiction tables, which every run rebuilds.
"""

from __future__ import annotations

from dataclasses import astuple
from datetime import datetime
from pathlib import Path

from crosscheck.db import Store
from crosscheck.report import validate_run

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
    frames = {name: store.fetch_df(sql, [run_id], step=f"report.{name}") for name, sql in _FRAMES.items()}
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
