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
    # file: (controls precision, controls recall); measured 2026-11-25 (session 2):
    # eval 0.910/0.696, dev 0.963/0.917, dev2 0.991/0.878, dev3a 0.911/0.649, dev3b 0.944/0.848
    "extraction_eval.jsonl": (0.89, 0.68),
    "extraction_dev.jsonl": (0.94, 0.89),
    "extraction_dev2.jsonl": (0.97, 0.85),
    "extraction_dev3a.jsonl": (0.89, 0.62),
    "extraction_dev3b.jsonl": (0.92, 0.82),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_control_claims_stay_above_their_floor(name):
    report = evaluate_extraction(EVAL_DATA / name)
    precision_floor, recall_floor = FLOORS[name]
    assert report.controls.precision >= precision_floor
    assert report.controls.recall >= recall_floor
    assert report.hedged_accuracy >= 0.95
