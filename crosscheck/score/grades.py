"""Admiralty-code grades: source reliability A–F and information credibility 1–6.

The NATO / Admiralty system rates a source and a piece of information separately:

Reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually
reliable, E unreliable, F reliability cannot be judged.
Credibility: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtfully
true, 5 improbable, 6 truth cannot be judged.

crosscheck maps its numbers onto those meanings with the thresholds below. A source needs
``MIN_SOURCE_EVIDENCE`` informative claims before it gets anything but F, and A also needs
the lower end of its interval to be high, so a short lucky record is not "completely
reliable".
"""

from __future__ import annotations

MIN_SOURCE_EVIDENCE = 3.0
# (grade, minimum trust, minimum lower bound of the interval)
RELIABILITY_BANDS = (
    ("A", 0.85, 0.70),
    ("B", 0.70, 0.0),
    ("C", 0.55, 0.0),
    ("D", 0.40, 0.0),
    ("E", 0.0, 0.0),
)
# (credibility, minimum p_corroborated)
CREDIBILITY_BANDS = ((2, 0.65), (3, 0.45), (4, 0.30), (5, 0.0))
CONFIRMED_P = 0.80
# Scores are compared with the bands after rounding to this many decimals: the sums behind
# them are parallel float aggregations whose last bits vary from run to run, and a source
# sitting on a band edge must not change grade when nothing about it changed.
GRADE_DECIMALS = 6


def reliability_grade(trust: float, low: float, n_evidence: float) -> str:
    if n_evidence < MIN_SOURCE_EVIDENCE:
        return "F"
    trust, low = round(trust, GRADE_DECIMALS), round(low, GRADE_DECIMALS)
    for grade, min_trust, min_low in RELIABILITY_BANDS:
        if trust >= min_trust and low >= min_low:
            return grade
    return "E"


def credibility(p: float, n_support: int, n_contradict: int, source_judged: bool) -> int:
    """1..6 from the probability and the independent evidence around the claim."""
    if n_support == 0 and n_contradict == 0 and not source_judged:
        return 6
    p = round(p, GRADE_DECIMALS)
    if p >= CONFIRMED_P and n_support >= 1:
        return 1
    for level, min_p in CREDIBILITY_BANDS:
        if p >= min_p:
            return level
    return 5


def reliability_grade_sql(trust: str, low: str, n_evidence: str) -> str:
    """The same bands as :func:`reliability_grade`, as a SQL CASE over the named columns."""
    trust, low = f"round({trust}, {GRADE_DECIMALS})", f"round({low}, {GRADE_DECIMALS})"
    arms = [f"when {n_evidence} < {MIN_SOURCE_EVIDENCE} then 'F'"]
    arms += [f"when {trust} >= {t} and {low} >= {lo} then '{g}'" for g, t, lo in RELIABILITY_BANDS]
    return "case " + " ".join(arms) + " else 'E' end"


def credibility_sql(p: str, n_support: str, n_contradict: str, source_judged: str) -> str:
    """The same bands as :func:`credibility`, as a SQL CASE over the named columns."""
    p = f"round({p}, {GRADE_DECIMALS})"
    arms = [
        f"when {n_support} = 0 and {n_contradict} = 0 and not {source_judged} then 6",
        f"when {p} >= {CONFIRMED_P} and {n_support} >= 1 then 1",
    ]
    arms += [f"when {p} >= {min_p} then {level}" for level, min_p in CREDIBILITY_BANDS]
    return "case " + " ".join(arms) + " else 5 end"
