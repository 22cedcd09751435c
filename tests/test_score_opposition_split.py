"""The card's metrics within contradicted and within uncontradicted held-out claims."""

from __future__ import annotations

import json
import shutil

import numpy as np
from sklearn.metrics import brier_score_loss, roc_auc_score
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.paths import asset_dir
from crosscheck.score import classifier
from crosscheck.score.artifacts import latest_artefact
from crosscheck.score.card import render_card

from test_score import synthetic_features


def judged():
    frame = synthetic_features(400)
    frame["trusted_support_share"] = classifier.majority_vote(frame)
    folds = classifier.rolling_folds(frame)
    return frame, classifier.evaluate(folds, [np.full(len(test), 0.6) for _, test in folds])


def test_each_method_is_judged_within_contradicted_and_within_uncontradicted_claims():
    frame, evaluation = judged()
    held = evaluation.held_out.merge(frame[["claim_id", "n_contradict_so_far"]], on="claim_id")
    contradicted = held["n_contradict_so_far"].to_numpy() > 0
    assert (held["contradicted"].to_numpy() == contradicted).all()
    split = evaluation.by_opposition
    assert split["contradicted"]["claims"] + split["uncontradicted"]["claims"] == evaluation.n_test
    assert split["contradicted"]["claims"] == contradicted.sum()
    for group, rows in (("contradicted", contradicted), ("uncontradicted", ~contradicted)):
        y = held["y"].to_numpy()[rows]
        assert split[group]["corroborated_share"] == round(y.mean(), 4)
        for method in ("model", "majority_vote", "truth_discovery"):
            p = held[method].to_numpy()[rows]
            assert split[group][method]["brier"] == round(brier_score_loss(y, p), 4)
            assert split[group][method]["roc_auc"] == round(roc_auc_score(y, p), 4)
    # a constant baseline ranks nothing, within either group
    assert split["contradicted"]["truth_discovery"]["roc_auc"] == 0.5


def test_a_group_with_one_class_has_no_roc_auc_and_an_empty_group_is_left_out():
    y = np.array([1, 1, 0, 1])
    split = classifier.split_by_opposition(y, {"model": np.array([0.9, 0.8, 0.3, 0.6])},
                                           np.array([True, True, False, False]))
    assert np.isnan(split["contradicted"]["model"]["roc_auc"])
    assert split["uncontradicted"]["model"]["roc_auc"] == 1.0
    assert list(classifier.split_by_opposition(y, {"model": y * 0.5}, np.zeros(4, dtype=bool))) == ["uncontradicted"]


def test_the_card_and_evaluate_model_show_the_split(tmp_path):
    frame, evaluation = judged()
    frame["label_source"] = "timeline"
    model, names = classifier.fit(frame)
    card = render_card("v", frame, evaluation, names, model, 200_000)
    within = evaluation.by_opposition["contradicted"]
    row = next(line for line in card.splitlines() if line.startswith("| contradicted | "))
    assert f"| {within['claims']} | " in row
    assert f"{within['model']['roc_auc']:.3f} / {within['model']['brier']:.3f}" in row

    trained = tmp_path / "data" / "models" / "29991231T000000Z-run"
    shutil.copytree(latest_artefact(asset_dir("models")), trained)
    manifest = json.loads((trained / "manifest.json").read_text())
    manifest["metrics_by_opposition"] = json.loads(json.dumps(evaluation.by_opposition))
    (trained / "manifest.json").write_text(json.dumps(manifest))
    result = CliRunner().invoke(app, ["evaluate", "model", "--db", str(tmp_path / "data" / "c.duckdb")],
                                terminal_width=200)
    assert result.exit_code == 0, result.output
    split = evaluation.by_opposition
    line = [text for text in result.output.splitlines() if "truth_discovery" in text][-1]  # the split table is last
    cells = [cell.strip() for cell in line.split("│")[2:6]]
    assert cells == [f"{split[group]['truth_discovery'][metric]:.3f}"
                     for group in ("contradicted", "uncontradicted") for metric in ("roc_auc", "brier")]
    assert f"contradicted: {split['contradicted']['claims']} claims" in result.output
