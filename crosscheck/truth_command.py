"""``crosscheck truth``: truth discovery on claims that are already structured.

Reads CLAIMS.csv[.gz] (source, object, attribute, value, time), runs the same truth
discovery and copy detection the nightly scorer uses, and writes DIR/truths.csv,
DIR/sources.csv and DIR/copies.csv. Kept free of the CLI framework (the command line
wraps :func:`truth_main`) and silent: it returns a summary instead of printing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from crosscheck.db import Store
from crosscheck.score.structured import load_structured_claims, write_structured_results
from crosscheck.score.truth import run_truth_discovery


def truth_main(claims: Path, out: Path, fuzzy: bool = False) -> dict:
    """Run structured truth discovery on ``claims`` and write the three CSVs to ``out``.

    Returns counts (rows read and skipped, claims, sources, items, truths, merged
    values), the iterations and whether they converged, the copier pairs reported and
    the seconds taken. Raises :class:`crosscheck.score.structured.ClaimsFileError` when
    the file is unreadable or lacks the required columns; bad rows are only counted.
    """
    started = time.perf_counter()
    claims, out = Path(claims), Path(out)
    # a scratch database file rather than :memory:, so that past the store's memory cap
    # DuckDB spills to disk beside it instead of failing on a very large claims file
    with tempfile.TemporaryDirectory(prefix="crosscheck-truth-") as scratch, \
            Store(Path(scratch) / "truth.duckdb") as store:
        # DuckDB draws a progress bar on long queries; this function prints nothing
        store.execute("set enable_progress_bar = false", step="truth.quiet")
        loaded = load_structured_claims(store, claims, fuzzy=fuzzy)
        result = run_truth_discovery(store)
        written = write_structured_results(store, out)
    return {
        "claims_file": str(claims),
        "out": str(out),
        "n_rows": loaded.n_rows,
        "n_skipped_rows": loaded.n_skipped,
        "n_claims": loaded.n_claims,
        "n_sources": written.n_sources,
        "n_items": loaded.n_items,
        "n_truths": written.n_truths,
        "n_values_merged": loaded.n_values_merged,
        "fuzzy": fuzzy,
        "iterations": result.iterations,
        "converged": result.converged,
        "n_copier_pairs": written.n_copier_pairs,
        "seconds": round(time.perf_counter() - started, 3),
    }
