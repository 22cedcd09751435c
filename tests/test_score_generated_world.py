"""The classifier against its baselines where there are enough later claims to tell them apart.

The sample corpus holds about 140 held-out later claims, too few to separate the model's
Brier score from truth discovery's (tests/test_sample_corpus.py says what they can show).
The generated feed (benchmarks/generate.py) has a known world behind it and, at 2,000
articles, a few thousand held-out claims: there the model must beat both baselines on both
metrics with the whole 95% paired-bootstrap interval on the right side of zero.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from generate import START, YEAR_DAYS, generate  # noqa: E402

ARTICLES = 2_000


@pytest.fixture(scope="module")
def generated_score(tmp_path_factory):
    from crosscheck import pipeline

    folder = tmp_path_factory.mktemp("generated")
    feed = generate(ARTICLES, folder / "feed.jsonl")
    # judged as of the feed's last day, as the pipeline benchmark does
    summary = pipeline.run_all(folder / "g.duckdb", [str(feed)], as_of=START + timedelta(days=YEAR_DAYS), workers=1)
    return summary["score"]


@pytest.mark.slow
@pytest.mark.parametrize("baseline", ["majority_vote", "truth_discovery"])
def test_the_model_beats_each_baseline_beyond_resampling_noise(generated_score, baseline):
    assert generated_score["trained"]
    intervals = generated_score["metrics"][baseline]["paired_bootstrap"]
    assert intervals["claims"] >= 1_000, intervals
    assert intervals["roc_auc"]["low"] > 0, intervals["roc_auc"]
    assert intervals["brier"]["high"] < 0, intervals["brier"]
