"""Regression floors for the extractor on the labelled sets (measured values minus a margin).

The held-out floor is below the issue's 0.9/0.9 target, which is not met yet; it stops
regressions while the rules improve. Raise these numbers as the measurements rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.extract import evaluate_extraction

EVAL_DATA = Path(__file__).resolve().parent / "eval_data"

FLOORS = {
    # file: (controls precision, controls recall); measured 2026-11-26 (session 5):
    # eval 0.912/0.716, dev 0.988/0.940, dev2 0.991/0.943, dev3a 0.930/0.838, dev3b 0.946/0.886,
    # dev4 0.936/0.844, dev5 0.876/0.766; whole articles: dev 0.950/0.905, dev2 0.875/0.737,
    # dev3 0.825/0.579, held-out 0.842/0.653
    "extraction_eval.jsonl": (0.89, 0.69),
    "extraction_dev.jsonl": (0.96, 0.92),
    "extraction_dev2.jsonl": (0.97, 0.92),
    "extraction_dev3a.jsonl": (0.90, 0.81),
    "extraction_dev3b.jsonl": (0.92, 0.86),
    "extraction_dev4.jsonl": (0.91, 0.82),
    "extraction_dev5.jsonl": (0.85, 0.74),
    "extraction_articles_dev.jsonl": (0.93, 0.87),
    "extraction_articles_dev2.jsonl": (0.85, 0.71),
    "extraction_articles_dev3.jsonl": (0.80, 0.55),
    "extraction_articles_eval.jsonl": (0.81, 0.62),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_control_claims_stay_above_their_floor(name):
    report = evaluate_extraction(EVAL_DATA / name)
    precision_floor, recall_floor = FLOORS[name]
    assert report.controls.precision >= precision_floor
    assert report.controls.recall >= recall_floor
    assert report.hedged_accuracy >= 0.95
