"""How sure a lead is: paired bootstrap intervals on cases whose answer is known."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import brier_score_loss, roc_auc_score

from crosscheck.score.bootstrap import paired_intervals


def labelled_world(n: int, seed: int = 0):
    """Labels and a probability that knows them (clearly better) and a coin-like one."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.65).astype(int)
    knows = np.clip(0.25 + 0.5 * y + rng.normal(0, 0.1, n), 0.01, 0.99)
    coin = rng.random(n)
    return rng, y, knows, coin


def test_a_clearly_better_model_has_an_interval_that_excludes_zero():
    _, y, knows, coin = labelled_world(150)
    lead = paired_intervals(y, knows, coin)
    assert lead["roc_auc"]["model_minus_baseline"] == pytest.approx(roc_auc_score(y, knows) - roc_auc_score(y, coin),
                                                                    abs=1e-4)
    assert lead["brier"]["model_minus_baseline"] == pytest.approx(
        brier_score_loss(y, knows) - brier_score_loss(y, coin), abs=1e-4)
    assert 0 < lead["roc_auc"]["low"] <= lead["roc_auc"]["high"]
    assert lead["brier"]["low"] <= lead["brier"]["high"] < 0
    assert lead["roc_auc"]["model_worse_share"] == 0 and lead["brier"]["model_worse_share"] == 0
    # and the other way round: the coin is worse in every resample
    behind = paired_intervals(y, coin, knows)
    assert behind["roc_auc"]["high"] < 0 < behind["brier"]["low"]
    assert behind["roc_auc"]["model_worse_share"] == 1 and behind["brier"]["model_worse_share"] == 1


def test_identical_models_have_an_interval_around_zero():
    _, y, knows, _ = labelled_world(150)
    same = paired_intervals(y, knows, knows.copy())
    for metric in ("roc_auc", "brier"):
        assert same[metric]["low"] <= 0 <= same[metric]["high"]
        assert same[metric]["model_minus_baseline"] == 0 and same[metric]["model_worse_share"] == 0


def test_two_equally_good_models_have_an_interval_around_zero_and_either_wins_by_chance():
    rng, y, _, _ = labelled_world(150)
    # the same signal, independent noise: neither is better, so the resamples split
    one, other = (np.clip(0.35 + 0.3 * y + rng.normal(0, 0.25, len(y)), 0.01, 0.99) for _ in range(2))
    tie = paired_intervals(y, one, other)
    for metric in ("roc_auc", "brier"):
        assert tie[metric]["low"] < 0 < tie[metric]["high"]
        assert 0.05 < tie[metric]["model_worse_share"] < 0.95


def test_the_interval_is_the_same_for_the_same_seed_and_narrows_with_more_claims():
    _, y, knows, coin = labelled_world(600)
    assert paired_intervals(y, knows, coin) == paired_intervals(y, knows, coin)
    small = paired_intervals(y[:150], knows[:150], coin[:150])["brier"]
    large = paired_intervals(y, knows, coin)["brier"]
    assert large["high"] - large["low"] < 0.7 * (small["high"] - small["low"])


def test_tied_scores_count_one_half_as_roc_auc_does():
    rng = np.random.default_rng(5)
    y = (rng.random(300) < 0.5).astype(int)
    coarse = np.round(rng.random(300) * 0.6 + 0.4 * y, 1)  # many ties
    other = np.full(300, 0.5)  # all tied: ROC-AUC one half
    lead = paired_intervals(y, coarse, other)
    assert lead["roc_auc"]["model_minus_baseline"] == pytest.approx(roc_auc_score(y, coarse) - 0.5, abs=1e-4)


def test_a_big_card_resamples_a_subsample_and_keeps_the_full_intervals_width():
    rng = np.random.default_rng(2)
    n = 20_000
    y = (rng.random(n) < 0.6).astype(int)
    one = np.clip(0.4 + 0.2 * y + rng.normal(0, 0.3, n), 0.01, 0.99)
    other = np.clip(0.4 + 0.2 * y + rng.normal(0, 0.3, n), 0.01, 0.99)
    full = paired_intervals(y, one, other, n_resamples=400)
    fast = paired_intervals(y, one, other, n_resamples=400, max_claims=2_000)
    assert fast["claims_resampled"] == 2_000 and full["claims_resampled"] == n
    for metric in ("roc_auc", "brier"):
        assert fast[metric]["model_minus_baseline"] == full[metric]["model_minus_baseline"]
        width_full = full[metric]["high"] - full[metric]["low"]
        width_fast = fast[metric]["high"] - fast[metric]["low"]
        # a plain bootstrap of 2,000 of the claims would be sqrt(10) = 3.2 times as wide
        assert 0.7 < width_fast / width_full < 1.4


def test_the_card_and_evaluate_model_show_each_baselines_interval(tmp_path):
    from typer.testing import CliRunner

    from crosscheck.cli import app
    from crosscheck.paths import asset_dir
    from crosscheck.score import classifier
    from crosscheck.score.artifacts import latest_artefact
    from crosscheck.score.card import render_card
    from test_score import synthetic_features

    frame = synthetic_features(400)
    frame["trusted_support_share"] = classifier.majority_vote(frame)
    folds = classifier.rolling_folds(frame)
    evaluation = classifier.evaluate(folds, [np.full(len(test), 0.6) for _, test in folds])
    for baseline in ("majority_vote", "truth_discovery"):
        intervals = evaluation.metrics[baseline]["paired_bootstrap"]
        assert intervals["claims"] == evaluation.n_test == 160
        assert intervals["brier"]["low"] <= intervals["brier"]["model_minus_baseline"] <= intervals["brier"]["high"]
    assert list(evaluation.held_out.columns) == ["claim_id", "y", "contradicted", "model", "majority_vote",
                                                 "truth_discovery"]
    frame["label_source"] = "timeline"
    model, names = classifier.fit(frame)
    card = render_card("v", frame, evaluation, names, model, 200_000)
    lead = evaluation.metrics["truth_discovery"]["paired_bootstrap"]
    row = next(line for line in card.splitlines() if line.startswith("| truth_discovery | ") and "worse in" in line)
    assert f"{lead['brier']['low']:+.4f}, {lead['brier']['high']:+.4f}]" in row
    assert "2,000 paired resamples (seed 0) of 160 claims" in card

    # a run's manifest keeps them, and `crosscheck evaluate model` prints them
    trained = tmp_path / "data" / "models" / "29991231T000000Z-run"
    shutil.copytree(latest_artefact(asset_dir("models")), trained)
    manifest = json.loads((trained / "manifest.json").read_text())
    manifest["metrics"] = json.loads(json.dumps(evaluation.metrics))
    (trained / "manifest.json").write_text(json.dumps(manifest))
    result = CliRunner().invoke(app, ["evaluate", "model", "--db", str(tmp_path / "data" / "c.duckdb")],
                                terminal_width=200)
    assert result.exit_code == 0, result.output
    assert f"{lead['roc_auc']['model_minus_baseline']:+.4f} [{lead['roc_auc']['low']:+.4f}" in result.output
    assert f"worse in {100 * lead['brier']['model_worse_share']:.1f}%" in result.output
    assert pd.notna(lead["roc_auc"]["model_worse_share"])
