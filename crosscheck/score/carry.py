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
them, and dropped once the score tables are written. A night whose model was retrained
skips the comparison: nothing scored by another model can be carried.
"""

from __future__ import annotations

from crosscheck.db import Store

PREVIOUS = "store.claim_features_previous"
# the claims that are not carried over, for the scorer to read through its own cursor
# (which cannot see this connection's temp tables)
TO_SCORE = "store.claim_features_to_score"


def set_aside_features(store: Store) -> bool:
    """Rename last run's claim features out of the way; True when its scores can be carried."""
    drop_scratch(store)
    present = store.scalar(
        "select count(*) from duckdb_tables() where schema_name = 'store' "
        "and table_name in ('claim_features', 'claim_scores')",
        step="score.carry",
    )
    if present < 2:
        return False
    store.execute(f"alter table store.claim_features rename to {PREVIOUS.split('.')[1]}", step="score.carry")
    return True


def drop_scratch(store: Store) -> None:
    for table in (PREVIOUS, TO_SCORE):
        store.execute(f"drop table if exists {table}", step="score.carry")


def carry_scores(store: Store, version: str) -> int:
    """Copy last run's still-valid scores into temp table scored_claims and put the other
    claims' features in TO_SCORE; returns how many were carried (0: score every claim)."""
    if not store.scalar(
        "select count(*) from duckdb_tables() where schema_name = 'store' and table_name = ?",
        [PREVIOUS.split(".")[1]], step="score.carry",
    ):
        return 0
    # a retrained model carries nothing: skip the comparison, a full pass over the claims
    if not store.scalar("select exists (select 1 from store.claim_scores where model_version = ?)", [version],
                        step="score.carry"):
        return 0
    described = store.fetchall("describe store.claim_features", step="score.carry")
    if [tuple(row[:2]) for row in described] != \
            [tuple(row[:2]) for row in store.fetchall(f"describe {PREVIOUS}", step="score.carry")]:
        return 0
    columns = ", ".join(
        f'"{name}"::varchar as "{name}"' if kind in ("DOUBLE", "FLOAT") else f'"{name}"' for name, kind, *_ in described
    )
    store.execute(
        f"""
        insert into scored_claims
        select s.claim_id, s.p_corroborated, s.top_features, s.model_version
        from store.claim_scores as s
        semi join (
            select {columns} from store.claim_features
            intersect
            select {columns} from {PREVIOUS}
        ) as unchanged using (claim_id)
        where s.model_version = ?
        """,
        [version],
        step="score.carry",
    )
    store.execute(
        f"create or replace table {TO_SCORE} as "
        "select f.* from store.claim_features as f anti join scored_claims as k using (claim_id)",
        step="score.carry",
    )
    return int(store.scalar("select count(*) from scored_claims", step="score.carry"))
