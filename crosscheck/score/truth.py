"""Truth discovery: iterate value confidence and source trust until they agree, and
discount sources that copy one another.

Written from the idea of TruthFinder (Yin, Han and Yu 2008) and the accuracy model of
Dong, Berti-Equille and Srivastava (2009): a value is as believable as the sources
behind it, a source as trustworthy as the values it backs. A source of trust A votes
the log-odds ln(n A / (1 - A)) for its value (n: the object's count of wrong values),
an object's values get probabilities by a softmax of their votes, and trust is the
share of a source's informative claims that is right, so it reads as an accuracy. Each
iteration is a few set-at-a-time SQL statements (sql/score/truth_step.sql) over a claims
table ``truth_claims(source, object, value, weight)``, so a few million claims take
seconds per iteration. Trust is shrunk towards a prior with a Beta prior of
``PRIOR_STRENGTH`` pseudo-claims, so a source with two claims cannot look perfect, and an
interval comes from the Beta posterior.

Voting alone lets a clique of copiers outvote independent sources (syndicated wire copy
in news; scraped listings in structured data). So each iteration also runs copy
detection after the same paper (sql/score/copy_detect.sql, candidate pairs found once
in sql/score/truth_prepare.sql) and the next vote counts a dependent group roughly
once. Trust, confidence and the copy probabilities are refined jointly until all three
settle.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import beta

from crosscheck.db import Store, fill_placeholders
from crosscheck.paths import sql_path

# Prior trust of an unknown source: slightly better than a coin, as most reports of
# verifiable facts are right even in wartime.
PRIOR_TRUST = 0.6
# Pseudo-claims behind the prior: a source needs several times this many informative
# claims before its record dominates its score.
PRIOR_STRENGTH = 4.0
MAX_ITERATIONS = 50
TOLERANCE = 1e-4
INTERVAL = 0.90

# -- copy detection (Dong et al. 2009); see sql/score/copy_detect.sql ------------------
# Share of its shared objects a copier takes from its original; the paper's c.
COPY_RATE = 0.8
# Prior probability that a pair of sources is dependent (the paper's alpha): at most
# COPY_PRIOR, and with many sources about COPY_PARTNERS / (sources - 1), i.e. a source is
# expected to copy from about one other, not from a fixed share of all the rest; with
# hundreds of sources a fixed 0.2 would flag dozens of honest pairs by chance.
COPY_PRIOR = 0.2
COPY_PARTNERS = 1.0
# Objects more sources than this speak to are left out of the pairwise comparison: they
# would add their sources squared in pairs and say little about who copies whom.
MAX_OBJECT_SOURCES = 100
# Fewer shared objects than this is too little to call two sources dependent.
MIN_SHARED_OBJECTS = 3
# A pair agreeing on less than this share of what it shares cannot have copied most of
# it (the model's copier copies COPY_RATE of its values), so it is not examined.
MIN_AGREEMENT_RATE = 0.5
# Dependence probabilities below this do not discount votes (and keep the join small).
LINK_ABOVE = 0.05
# A pair at least this likely dependent is reported as copying.
DEPENDENT_ABOVE = 0.5
# Copy probabilities count as settled when none moves more than this in a round.
COPY_TOLERANCE = 1e-3
# A round moving no copy probability by more than this pauses detection (see the loop)...
COPY_FROZEN = 1e-5
# ...which then still runs every this many rounds.
COPY_RECHECK_EVERY = 4


@dataclass(frozen=True)
class TruthResult:
    iterations: int
    converged: bool
    n_dependent_pairs: int = 0


def copy_parameters(n_sources: int) -> dict[str, float]:
    """The copy-detection constants as SQL placeholders (shared by step and detection)."""
    return {
        "copy_rate": COPY_RATE,
        "copy_prior": min(COPY_PRIOR, COPY_PARTNERS / max(n_sources - 1, 1)),
        "max_object_sources": MAX_OBJECT_SOURCES,
        "min_shared_objects": MIN_SHARED_OBJECTS,
        "min_agreement_rate": MIN_AGREEMENT_RATE,
        "link_above": LINK_ABOVE,
    }


def _script(relative: str, params: dict) -> str:
    return fill_placeholders(sql_path(relative).read_text(encoding="utf-8"), params)


def run_truth_discovery(store: Store, *, detect_copying: bool = True, warm_start: bool = False) -> TruthResult:
    """Iterate over temp tables truth_claims and truth_anchors (the caller fills both).

    Leaves truth_trust(source, trust, n_weight, agreement, low, high),
    truth_confidence(object, value, confidence) and truth_copies(source_a, source_b,
    probability, llr, n_shared, n_agree, n_agree_false, copier, original) as temp tables.
    ``detect_copying=False`` gives the plain trust/confidence iteration (for comparison).
    ``warm_start=True`` (only after an earlier run on this connection) starts from that
    run's trust and copy probabilities instead of the prior: for claims that are the
    earlier run's plus some more, the loop then starts near where it will end and needs
    fewer rounds; it stops by the same tolerances, so the result differs from a cold
    start by about TOLERANCE.
    """
    n_sources = store.scalar("select count(distinct source) from truth_claims", step="truth.sources")
    params = {"prior": PRIOR_TRUST, "prior_strength": PRIOR_STRENGTH, **copy_parameters(n_sources)}
    step_sql = _script("score/truth_step.sql", params)
    copy_sql = _script("score/copy_detect.sql", params)
    if warm_start:
        store.execute("create or replace temp table truth_warm_trust as select source, trust from truth_trust",
                      step="truth.warm")
        store.execute("create or replace temp table truth_warm_copies as select * from truth_copies",
                      step="truth.warm")
    store.execute_script(_script("score/truth_prepare.sql", params), step="score/truth_prepare.sql")
    if warm_start:
        _start_from_earlier_run(store, params["link_above"])
    else:
        store.execute(
            f"create or replace temp table truth_trust as "
            f"select distinct source, {PRIOR_TRUST}::double as trust from truth_votes",
            step="truth.init",
        )
    converged = False
    iteration = 0
    # With many claims the copy probabilities settle within two rounds (dependent pairs
    # go to nearly 0 or 1 at once) while trust creeps towards its fixed point for another
    # dozen; re-running detection in each of those rounds was a third of the loop's cost
    # and changed nothing. So once a round moves no pair by more than COPY_FROZEN,
    # detection pauses, running again every COPY_RECHECK_EVERY rounds and in any round
    # where trust has settled. The loop still only stops when trust and copies settle
    # in the same round (the old stopping rule), and any recheck that moves a pair by
    # COPY_FROZEN or more resumes detection in every round, so with few claims, where
    # the probabilities drift with trust, nothing changes.
    copies_settled = not detect_copying
    rounds_paused = 0
    for iteration in range(1, MAX_ITERATIONS + 1):
        # confidence from the current trust and copy links, then (before trust moves)
        # copy detection: in the first round every source has the prior accuracy, so a
        # clique that agrees far more than that looks dependent before its own votes can
        # have made it look accurate
        store.execute_script(step_sql, step="score/truth_step.sql")
        trust_change = store.scalar(
            "select coalesce(max(abs(n.trust - t.trust)), 0) from truth_trust_next n join truth_trust t using (source)",
            step="truth.change",
        )
        copy_change = 0.0
        if detect_copying and (not copies_settled or trust_change < TOLERANCE
                               or rounds_paused >= COPY_RECHECK_EVERY):
            copy_change = _detect_copying(store, copy_sql)
            copies_settled, rounds_paused = copy_change < COPY_FROZEN, 0
        else:
            rounds_paused += 1
        store.execute(
            "create or replace temp table truth_trust as "
            "select source, trust, n_weight, agreement from truth_trust_next",
            step="truth.swap",
        )
        if trust_change < TOLERANCE and copy_change < COPY_TOLERANCE:
            converged = True
            break
    _add_intervals(store)
    n_pairs = store.scalar(f"select count(*) from truth_copies where probability >= {DEPENDENT_ABOVE}",
                           step="truth.pairs")
    return TruthResult(iterations=iteration, converged=converged, n_dependent_pairs=int(n_pairs))


def _start_from_earlier_run(store: Store, link_above: float) -> None:
    """Trust and copy links of the earlier run for the sources and pairs still present."""
    store.execute(
        f"create or replace temp table truth_trust as "
        f"select v.source, coalesce(any_value(w.trust), {PRIOR_TRUST})::double as trust "
        f"from truth_votes as v left join truth_warm_trust as w using (source) group by v.source",
        step="truth.init",
    )
    # only pairs that are still candidates: detection never writes any other pair
    store.execute(
        "create or replace temp table truth_copies as select w.* from truth_warm_copies as w "
        "join copy_candidates as c using (source_a, source_b)",
        step="truth.init",
    )
    store.execute(
        f"""
        create or replace temp table truth_copy_links as
        select source_a as source, source_b as partner, probability from truth_copies where probability >= {link_above}
        union all
        select source_b as source, source_a as partner, probability from truth_copies where probability >= {link_above}
        """,
        step="truth.init",
    )


def _detect_copying(store: Store, copy_sql: str) -> float:
    """One round of copy detection; returns the largest change of a pair's probability."""
    store.execute_script(copy_sql, step="score/copy_detect.sql")
    change = store.scalar(
        """
        select coalesce(max(abs(coalesce(n.probability, 0) - coalesce(o.probability, 0))), 0)
        from truth_copies_next as n
        full outer join truth_copies as o using (source_a, source_b)
        """,
        step="truth.copy_change",
    )
    store.execute("create or replace temp table truth_copies as select * from truth_copies_next",
                  step="truth.copy_swap")
    return float(change)


def _add_intervals(store: Store) -> None:
    """Attach a Beta-posterior interval to each source's trust (vectorised over sources)."""
    frame = store.fetch_df("select source, agreement, n_weight from truth_trust", step="truth.interval")
    tail = (1 - INTERVAL) / 2
    a = frame["agreement"].to_numpy(dtype=float) + PRIOR_STRENGTH * PRIOR_TRUST
    b = (frame["n_weight"].to_numpy(dtype=float) - frame["agreement"].to_numpy(dtype=float)) \
        + PRIOR_STRENGTH * (1 - PRIOR_TRUST)
    b = np.maximum(b, 1e-9)  # agreement can exceed n_weight by rounding only
    bounds = pd.DataFrame({
        "source": frame["source"],
        "low": beta.ppf(tail, a, b),
        "high": beta.ppf(1 - tail, a, b),
    })
    store.temp_table_from_frame("truth_bounds", "source varchar, low double, high double", bounds,
                                step="truth.interval")
    store.execute(
        "create or replace temp table truth_trust as "
        "select t.*, b.low, b.high from truth_trust t join truth_bounds b using (source)",
        step="truth.interval",
    )
