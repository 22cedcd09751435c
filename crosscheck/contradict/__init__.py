"""Contradict stage: flag claims that cannot both hold, settle them, and build timelines.

All of it is set-at-a-time SQL over ``store.claim_evidence`` (sql/contradict/*.sql); this
module holds the parameters and the order the steps run in.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.db import Store
from crosscheck.match import MATCH_WINDOW_DAYS

# Evidence later than this after a contradiction first appeared is about a new situation,
# not a settlement of the old one; except a side's admission that the other side *still*
# holds the place, with no change of hands reported in between (sql/contradict/resolutions.sql).
RESOLUTION_HORIZON_DAYS = 45
# Independent neutral sources (analysts, outlets' own reporting) that must agree, unhedged,
# to settle a contradiction when no side has conceded.
MIN_CORROBORATING_SOURCES = 2
# A place's control presumed from who attacks it (no source claims control of it) is
# weaker than any claim: its timeline confidence is scaled by this, so it stays below
# the confidence at which a timeline state labels claims.
PRESUMPTION_CONFIDENCE = 0.5
# Contradictions pair each source's first statements about a place first (that settles
# almost every source pair at a hot spot in a join whose size does not grow with density)
# and go through every statement only for the source pairs that leaves undecided. Any
# value gives the same contradictions; this one only sets the cost.
FIRST_STATEMENTS_PER_SOURCE = 4


@dataclass(frozen=True)
class ContradictSummary:
    n_contradictions: int
    n_open: int
    n_resolved: int
    n_timeline_states: int


def flag_contradictions(store: Store, *, window_days: int = MATCH_WINDOW_DAYS) -> ContradictSummary:
    """Rebuild contradictions, their status, and the place timeline from claim evidence."""
    store.execute_file("contradict/wording.sql")
    store.execute_file(
        "contradict/contradictions.sql",
        params={"window_days": window_days, "first_statements_per_source": FIRST_STATEMENTS_PER_SOURCE},
    )
    store.execute_file(
        "contradict/resolutions.sql",
        params={"horizon_days": RESOLUTION_HORIZON_DAYS, "min_corroborating": MIN_CORROBORATING_SOURCES,
                "window_days": window_days},
    )
    store.execute_file(
        "contradict/place_timeline.sql",
        params={"window_days": window_days, "window_days_minus_one": window_days - 1,
                "presumption_confidence": PRESUMPTION_CONFIDENCE},
    )
    n_open, n_resolved = store.fetchone(
        "select count(*) filter (where status = 'open'), count(*) filter (where status = 'resolved') "
        "from store.contradiction_status",
        step="contradict.summary",
    )
    return ContradictSummary(
        n_contradictions=n_open + n_resolved,
        n_open=n_open,
        n_resolved=n_resolved,
        n_timeline_states=store.scalar("select count(*) from store.place_timeline"),
    )
