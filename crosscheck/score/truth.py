"""Truth discovery: iterate value confidence and source trust until they agree.

Written from the idea of TruthFinder (Yin, Han and Yu 2008) and CRH (Li et al. 2014):
a value is as believable as the sources behind it, a source as trustworthy as the values
it backs. Each iteration is two set-at-a-time SQL statements (sql/score/truth_step.sql)
over a claims table ``truth_claims(source, object, value, weight)``, so a few million
claims take seconds per iteration. Trust is shrunk towards a prior with a Beta prior of
``PRIOR_STRENGTH`` pseudo-claims, so a source with two claims cannot look perfect, and an
interval comes from the Beta posterior.
"""

from __future__ import annotations

from dataclasses import dataclass

from scipy.stats import beta

from crosscheck.db import Store, fill_placeholders
from crosscheck.paths import sql_path

# Prior trust of an unknown source: slightly better than a coin, as most reports of
# verifiable facts are right even in wartime.
PRIOR_TRUST = 0.6
# Pseudo-claims behind the prior: a source needs several times this many informative
# claims before its record dominates its score.
PRIOR_STRENGTH = 4.0
MAX_ITERATIONS = 30
TOLERANCE = 1e-4
INTERVAL = 0.90


@dataclass(frozen=True)
class TruthResult:
    iterations: int
    converged: bool


def run_truth_discovery(store: Store) -> TruthResult:
    """Iterate over temp tables truth_claims and truth_anchors (the caller fills both).

    Leaves truth_trust(source, trust, n_weight, agreement, low, high) and
    truth_confidence(object, value, confidence) as temp tables.
    """
    step_sql = fill_placeholders(
        sql_path("score/truth_step.sql").read_text(encoding="utf-8"),
        {"prior": PRIOR_TRUST, "prior_strength": PRIOR_STRENGTH},
    )
    store.execute(
        f"create or replace temp table truth_trust as "
        f"select distinct source, {PRIOR_TRUST}::double as trust from truth_claims",
        step="truth.init",
    )
    converged = False
    iteration = 0
    for iteration in range(1, MAX_ITERATIONS + 1):
        store.execute_script(step_sql, step="score/truth_step.sql")
        change = store.scalar(
            "select coalesce(max(abs(n.trust - t.trust)), 0) from truth_trust_next n join truth_trust t using (source)",
            step="truth.change",
        )
        store.execute(
            "create or replace temp table truth_trust as "
            "select source, trust, n_weight, agreement from truth_trust_next",
            step="truth.swap",
        )
        if change < TOLERANCE:
            converged = True
            break
    _add_intervals(store)
    return TruthResult(iterations=iteration, converged=converged)


def _add_intervals(store: Store) -> None:
    """Attach a Beta-posterior interval to each source's trust."""
    rows = store.fetchall("select source, agreement, n_weight from truth_trust", step="truth.interval")
    tail = (1 - INTERVAL) / 2
    bounds = []
    for source, agreement, n_weight in rows:
        a = agreement + PRIOR_STRENGTH * PRIOR_TRUST
        b = (n_weight - agreement) + PRIOR_STRENGTH * (1 - PRIOR_TRUST)
        bounds.append((source, float(beta.ppf(tail, a, b)), float(beta.ppf(1 - tail, a, b))))
    store.execute("create or replace temp table truth_bounds (source varchar, low double, high double)",
                  step="truth.interval")
    store.append_rows("truth_bounds", ("source", "low", "high"), bounds, step="truth.interval")
    store.execute(
        "create or replace temp table truth_trust as "
        "select t.*, b.low, b.high from truth_trust t join truth_bounds b using (source)",
        step="truth.interval",
    )
