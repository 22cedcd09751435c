"""Load already-structured claims into the truth-discovery tables and write the results.

The classic truth-discovery data sets (books and their authors, stock quotes, flight
times) come as rows ``source, object, attribute, value, time``. This module reads such
a CSV (optionally gzipped) with DuckDB's reader, set-at-a-time, skips and counts rows it
cannot use, folds case and whitespace of values (and with ``fuzzy`` groups
near-identical spellings within each item), and fills ``truth_claims`` /
``truth_anchors`` for :func:`crosscheck.score.truth.run_truth_discovery`. After the run
it writes truths.csv, sources.csv and copies.csv.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from crosscheck.db import Store
from crosscheck.score import grades
from crosscheck.score._fuzzy_values import group_similar_values
from crosscheck.score.truth import DEPENDENT_ABOVE

REQUIRED_COLUMNS = ("source", "object", "attribute", "value")
OPTIONAL_COLUMNS = ("time",)


class ClaimsFileError(ValueError):
    """The claims file cannot be read as structured claims at all (not a bad row)."""


@dataclass(frozen=True)
class LoadStats:
    n_rows: int  # data rows in the file (usable or not)
    n_skipped: int  # malformed lines plus rows missing a source, object, attribute or value
    n_claims: int  # rows used
    n_sources: int
    n_items: int  # distinct (object, attribute)
    n_values_merged: int  # written values merged into another by --fuzzy


@dataclass(frozen=True)
class ResultCounts:
    n_truths: int
    n_sources: int
    n_copier_pairs: int


def read_header(path: Path) -> list[str]:
    """The column names of the file's first line, lower-cased (gzip by extension)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimsFileError(f"cannot read {path}: {exc}") from exc
    names = next(csv.reader(io.StringIO(first)), [])
    names = [name.strip().lower() for name in names]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ClaimsFileError(f"{path} has no column(s) {', '.join(missing)} in its header: {names}")
    return names


def load_structured_claims(store: Store, path: Path, *, fuzzy: bool = False) -> LoadStats:
    """Read ``path`` into truth_claims / truth_anchors; returns what was read and skipped."""
    names = read_header(path)
    # Unique placeholder names for extra columns keep the reader from tripping over
    # duplicates or blanks; only the known columns are used.
    columns = {(name if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS and names.index(name) == i else f"extra_{i}"):
               "VARCHAR" for i, name in enumerate(names)}
    time_column = "time" if "time" in columns else "null::varchar"
    # Fixed dialect, no sniffing: a broken line must not change how the others parse.
    # Lines with too many or too few fields, or an unterminated quote, are rejected and
    # counted (store_rejects), never fatal.
    # the reject tables accumulate per connection: start them afresh for this file
    store.execute("drop table if exists structured_rejects", step="structured.read")
    store.execute("drop table if exists structured_reject_scans", step="structured.read")
    store.execute(
        f"""
        create or replace temp table structured_raw as
        select source, object, attribute, value, {time_column} as time
        from read_csv(?, header = true, auto_detect = false, columns = ?, delim = ',', quote = '"',
                      escape = '"', ignore_errors = true, store_rejects = true,
                      rejects_table = 'structured_rejects', rejects_scan = 'structured_reject_scans')
        """,
        [str(path), columns],
        step="structured.read",
    )
    n_rejected = store.scalar("select count(distinct (file_id, line)) from structured_rejects",
                              step="structured.rejects")
    store.execute_file("score/truth_structured_load.sql")
    n_merged = _merge_similar_values(store) if fuzzy else 0
    store.execute_file("score/truth_structured_claims.sql")
    n_parsed, n_claims = store.fetchone(
        "select (select count(*) from structured_raw), (select count(*) from structured_valid)",
        step="structured.counts",
    )
    n_sources, n_items = store.fetchone(
        "select (select count(*) from structured_sources), (select count(*) from structured_items)",
        step="structured.counts",
    )
    return LoadStats(
        n_rows=int(n_parsed + n_rejected),
        n_skipped=int(n_parsed - n_claims + n_rejected),
        n_claims=int(n_claims),
        n_sources=int(n_sources),
        n_items=int(n_items),
        n_values_merged=n_merged,
    )


def _merge_similar_values(store: Store) -> int:
    """Fill structured_merges with near-identical spellings, compared within each item."""
    values = store.fetch_df(
        """
        select item_id, value_key, count(*) as n_claims
        from structured_keyed
        where item_id in (
            select item_id from structured_keyed group by item_id having count(distinct value_key) > 1
        )
        group by item_id, value_key
        order by item_id, n_claims desc, value_key
        """,
        step="structured.fuzzy",
    )
    merges = group_similar_values(values)
    if len(merges):
        store.append_frame("structured_merges", merges, step="structured.fuzzy")
    return len(merges)


def write_structured_results(store: Store, out: Path) -> ResultCounts:
    """Write truths.csv, sources.csv and copies.csv for the run in ``store`` into ``out``."""
    store.execute_file(
        "score/truth_structured_results.sql",
        params={
            "reliability_grade": grades.reliability_grade_sql("t.trust", "t.low", "t.n_weight"),
            "report_above": DEPENDENT_ABOVE,
        },
    )
    out.mkdir(parents=True, exist_ok=True)
    counts = []
    for table, name in (
        ("structured_truths", "truths.csv"),
        ("structured_source_results", "sources.csv"),
        ("structured_copies", "copies.csv"),
    ):
        frame = store.fetch_df(f"select * from {table}", step=f"structured.write.{name}")
        frame.to_csv(out / name, index=False)
        counts.append(len(frame))
    return ResultCounts(n_truths=counts[0], n_sources=counts[1], n_copier_pairs=counts[2])
