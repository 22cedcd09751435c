"""Carry last run's score of a claim over when neither its features nor the model changed.

A claim's probability and top features are a function of its row of store.claim_features
and the model alone (each row is scored on its own), so when tonight's row is identical
to the one last night scored and the model has the same version (the same artefact,
checked by sha256 on loading), recomputing it would write the same values. On a big
store a night changes a few percent of the rows (its new claims, and old ones whose
trust-weighted support moved), so most rows need not go through pandas and the model.

"Identical" is exact: every column, doubles compared through their shortest round-trip
text (so -0.0 and 0.0, or two values a last bit apart, are different rows and rescored).
The last run's features are set aside (renamed, not copied) before features.sql rebuilds
them, and dropped once the score tables are written.
"""

from __future__ import annotations

from crosscheck.db import Store

PREVIOUS = "store.claim_features_previous"


def set_aside_features(store: Store) -> bool:
    """Rename last run's claim features out of the way; True when its scores can be carried."""
    store.execute(f"drop table if exists {PREVIOUS}", step="score.carry")
    present = store.scalar(
        "select count(*) from duckdb_tables() where schema_name = 'store' "
        "and table_name in ('claim_features', 'claim_scores')",
        step="score.carry",
    )
    if present < 2:
        return False
    store.execute(f"alter table store.claim_features rename to {PREVIOUS.split('.')[1]}", step="score.carry")
    return True


def drop_previous_features(store: Store) -> None:
    store.execute(f"drop table if exists {PREVIOUS}", step="score.carry")


def carried_scores_sql(store: Store) -> str | None:
    """SQL for last run's score rows that stay valid tonight (one ``?``: tonight's model
    version), or None when nothing can be carried (no earlier run, or other columns)."""
    if not store.scalar(
        "select count(*) from duckdb_tables() where schema_name = 'store' and table_name = ?",
        [PREVIOUS.split(".")[1]], step="score.carry",
    ):
        return None
    described = store.fetchall("describe store.claim_features", step="score.carry")
    if [tuple(row[:2]) for row in described] != \
            [tuple(row[:2]) for row in store.fetchall(f"describe {PREVIOUS}", step="score.carry")]:
        return None
    columns = ", ".join(
        f'"{name}"::varchar as "{name}"' if kind in ("DOUBLE", "FLOAT") else f'"{name}"' for name, kind, *_ in described
    )
    return f"""
        select s.claim_id, s.p_corroborated, s.top_features, s.model_version
        from store.claim_scores as s
        semi join (
            select {columns} from store.claim_features
            intersect
            select {columns} from {PREVIOUS}
        ) as unchanged using (claim_id)
        where s.model_version = ?
        """
