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
    # eval 0.912/0.716, dev 0.988/0.940, dev2 0.991/0.943, dev3a 0.940/0.847, dev3b 0.946/0.886,
    # dev4 0.936/0.844, dev5 0.968/0.829; whole articles: dev 0.951/0.929, dev2 0.886/0.816,
    # dev3 0.911/0.719, held-out 0.850/0.694
    "extraction_eval.jsonl": (0.89, 0.69),
    "extraction_dev.jsonl": (0.96, 0.92),
    "extraction_dev2.jsonl": (0.97, 0.92),
    "extraction_dev3a.jsonl": (0.90, 0.81),
    "extraction_dev3b.jsonl": (0.92, 0.86),
    "extraction_dev4.jsonl": (0.91, 0.82),
    "extraction_dev5.jsonl": (0.94, 0.80),
    "extraction_articles_dev.jsonl": (0.93, 0.90),
    "extraction_articles_dev2.jsonl": (0.86, 0.79),
    "extraction_articles_dev3.jsonl": (0.88, 0.69),
    "extraction_articles_eval.jsonl": (0.82, 0.66),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_control_claims_stay_above_their_floor(name):
    report = evaluate_extraction(EVAL_DATA / name)
    precision_floor, recall_floor = FLOORS[name]
    assert report.controls.precision >= precision_floor
    assert report.controls.recall >= recall_floor
    assert report.hedged_accuracy >= 0.95
