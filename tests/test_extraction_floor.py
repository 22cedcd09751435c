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
    # file: (controls precision, controls recall); measured 2026-11-25 (session 3):
    # eval 0.912/0.711, dev 0.988/0.940, dev2 0.991/0.943, dev3a 0.926/0.793, dev3b 0.945/0.873,
    # dev4 0.922/0.770; whole articles: dev 0.950/0.905, dev2 0.875/0.737, held-out 0.833/0.612
    "extraction_eval.jsonl": (0.89, 0.69),
    "extraction_dev.jsonl": (0.96, 0.92),
    "extraction_dev2.jsonl": (0.97, 0.92),
    "extraction_dev3a.jsonl": (0.90, 0.77),
    "extraction_dev3b.jsonl": (0.92, 0.85),
    "extraction_dev4.jsonl": (0.90, 0.75),
    "extraction_articles_dev.jsonl": (0.93, 0.87),
    "extraction_articles_dev2.jsonl": (0.85, 0.71),
    "extraction_articles_eval.jsonl": (0.80, 0.58),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_control_claims_stay_above_their_floor(name):
    report = evaluate_extraction(EVAL_DATA / name)
    precision_floor, recall_floor = FLOORS[name]
    assert report.controls.precision >= precision_floor
    assert report.controls.recall >= recall_floor
    assert report.hedged_accuracy >= 0.95
