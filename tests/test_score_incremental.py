"""The score stage on a store that already has a model: reuse when labels barely moved,
retrain when they moved enough, and per-claim explanations that match the old formatting."""

from __future__ import annotations

import shutil
from datetime import timedelta

import numpy as np
import pandas as pd
import pytest

from conftest import AS_OF
from crosscheck import pipeline
from crosscheck.db import Store
from crosscheck.score import classifier, reuse, scoring
from crosscheck.score.artifacts import ArtefactError, load_artefact
from crosscheck.score.prior_offset import PriorOffsetLogit


# -- top_features: the vectorised strings are the per-row f-strings they replace ----------

def top_features_by_row(model, features: pd.DataFrame, names: tuple[str, ...], k: int = 3) -> list[str]:
    """The implementation before vectorising: one f-string per row and feature."""
    x = classifier.feature_matrix(features, names)
    contributions = model.contributions(x)
    order = np.argsort(-np.abs(contributions), axis=1)[:, :k]
    return [";".join(f"{names[j]}:{contributions[i, j]:+.2f}" for j in order[i]) for i in range(len(features))]


def random_features(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "claim_id": [f"c{seed}-{i}" for i in range(n)],
        "asserted_at": pd.date_range("2023-01-01", periods=n, freq="h", tz="UTC"),
        "predicate": rng.choice(list(classifier.PREDICATES), n),
        "speaker_kind": rng.choice([*classifier.SPEAKER_KINDS, "not-a-kind"], n),
        "trusted_support_share": rng.random(n),
        "hedged": rng.integers(0, 2, n),
        "against_interest": rng.integers(0, 2, n),
        "in_own_favour": rng.integers(0, 2, n),
        "unattributed": rng.integers(0, 2, n),
        "n_support_so_far": rng.integers(0, 6, n),
        "n_contradict_so_far": rng.integers(0, 6, n),
        "speaker_past_reliability": rng.random(n),
        "speaker_past_labels": rng.integers(0, 50, n),
        "days_since_first_report": rng.random(n) * 300,
        "n_copies": rng.integers(0, 4, n),
    })


@pytest.fixture(scope="module")
def fitted_model():
    frame = random_features(400, seed=1)
    logit = 3.0 * frame["trusted_support_share"] - 1.5 + frame["against_interest"] - 0.4 * frame["n_contradict_so_far"]
    frame["y"] = (np.random.default_rng(2).random(len(frame)) < 1 / (1 + np.exp(-logit))).astype(int)
    return classifier.fit(frame)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("k", [1, 3, 5])
def test_top_features_match_the_per_row_strings(fitted_model, seed, k):
    model, names = fitted_model
    frame = random_features(3000, seed=10 + seed)
    if seed % 2:  # a model on fewer features, in another order, as an older artefact may use
        names = tuple(reversed(names[:15]))
    assert classifier.top_features(model if seed % 2 == 0 else _model_on(names, seed), frame, names, k) == \
        top_features_by_row(model if seed % 2 == 0 else _model_on(names, seed), frame, names, k)


def _model_on(names: tuple[str, ...], seed: int):
    frame = random_features(300, seed=100 + seed)
    frame["y"] = (frame["trusted_support_share"] > 0.5).astype(int)
    frame.loc[::7, "y"] = 1 - frame.loc[::7, "y"]
    x, y = classifier.feature_matrix(frame, names), frame["y"].to_numpy()
    return PriorOffsetLogit(C=1.0, prior_index=names.index(classifier.PRIOR_FEATURE)).fit(x, y)


def test_signed_hundredths_write_what_python_writes_at_the_edges():
    rng = np.random.default_rng(5)
    halves = (np.arange(-2000, 2000) + 0.5) / 100  # every x.xx5 between -20 and 20
    values = np.concatenate([
        halves, np.nextafter(halves, np.inf), np.nextafter(halves, -np.inf),
        [0.0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.0049999, -0.0050001, 1.005, 2.675, -2.675, 0.125, -0.375,
         1e-300, -1e-300, 9.995, 99.995, 999.994, 999.995, 999.996, 12345.678, -1e12, np.inf, -np.inf, np.nan],
        rng.normal(0, 3, 20_000), rng.normal(0, 1e-3, 2_001),
    ])
    expected = [f"{v:+.2f}" for v in values]
    signs, digits = classifier._signed_hundredths(values)
    assert [sign + text for sign, text in zip(signs, digits)] == expected
    signs, digits = classifier._signed_hundredths(values.reshape(-1, 2))
    assert [sign + text for sign, text in zip(signs.ravel(), digits.ravel())] == expected


# -- model reuse through real runs ---------------------------------------------------------

@pytest.fixture
def trained_store(sample_db, tmp_path):
    """The published sample run, with the models it trained, copied into a fresh folder."""
    db, summary = sample_db
    assert summary["score"]["model_decision"] == "trained"
    copy = tmp_path / "crosscheck.duckdb"
    shutil.copy(db, copy)
    shutil.copytree(db.parent / "models", tmp_path / "models")
    return copy, summary


def _published(db, sql: str, params=None) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.fetchall(sql, params)


def _flip_training_labels(db, n: int) -> list[str]:
    """An analyst overrules the automatic label of ``n`` of the model's training claims."""
    with Store(db) as store:
        rows = store.fetchall(
            "select claim_id, y from store.model_training_labels order by claim_id limit ?", [n])
        store.append_rows(
            "main.analyst_labels", ("claim_id", "label", "note", "labelled_by"),
            [(claim_id, "refuted" if y else "corroborated", "test", "analyst") for claim_id, y in rows], step="test")
    return [claim_id for claim_id, _ in rows]


SCORES = "select claim_id, p_corroborated, top_features, credibility, label from claim_scores order by claim_id"
SOURCES = "select source_key, reliability, reliability_low, reliability_high, grade from source_scores order by 1"


def test_a_night_with_few_new_labels_reuses_the_model_and_publishes_what_a_retrain_would(trained_store):
    db, first = trained_store
    first_tables = (_published(db, SCORES), _published(db, SOURCES))
    flipped = _flip_training_labels(db, 2)
    models_before = sorted(p.name for p in (db.parent / "models").iterdir())
    summary = pipeline.run_all(db, as_of=AS_OF)
    score = summary["score"]
    assert score["model_decision"] == "reused" and not score["trained"]
    assert score["model_version"] == first["score"]["model_version"]
    # the reused model's own evaluation, as its card states it
    assert score["metrics"] == first["score"]["metrics"]
    assert sorted(p.name for p in (db.parent / "models").iterdir()) == models_before
    (row,) = _published(db, "select model_decision, model_decision_reason from runs where run_id = ?",
                        [summary["run_id"]])
    assert row[0] == "reused" and "2 of " in row[1]
    (decision,) = _published(db, "select n_training_labels, n_training_labels_then, n_labels_changed "
                                 "from store.model_decisions where run_id = ?", [summary["run_id"]])
    assert decision[2] == 2 and decision[0] == decision[1]
    # the analysts' labels are published, and scored with the model in use
    labels = dict(_published(db, "select claim_id, label_source from claim_scores where claim_id in (?, ?)", flipped))
    assert set(labels.values()) == {"analyst"}
    assert {v for (v,) in _published(db, "select distinct model_version from claim_scores")} == {score["model_version"]}
    after_reuse = (_published(db, SCORES), _published(db, SOURCES))
    # claims whose features did not move kept last run's scores; every score is still the
    # one the model gives the claim's features tonight
    assert 0 < score["n_scores_carried"] < score["n_scored"]
    with Store(db) as store:
        model, _ = load_artefact(db.parent / "models" / score["model_version"])
        scoring._score_all(store, model, classifier.FEATURE_NAMES, score["model_version"])
        fresh = store.fetchall("select claim_id, p_corroborated, top_features from scored_claims order by 1")
    assert fresh == _published(db, "select claim_id, p_corroborated, top_features from claim_scores order by 1")

    # the analysts withdraw their labels: the labels are the first run's again, so reusing
    # its model must publish exactly what that run, which trained it, published
    with Store(db) as store:
        store.execute("delete from main.analyst_labels")
    again = pipeline.run_all(db, as_of=AS_OF)
    assert again["score"]["model_decision"] == "reused"
    assert "0 of " in again["score"]["model_reason"]
    with_first_labels = (_published(db, SCORES), _published(db, SOURCES))
    assert with_first_labels != after_reuse  # the analysts' labels did move something
    assert with_first_labels == first_tables


def test_a_night_with_many_new_labels_retrains(trained_store):
    db, first = trained_store
    n_then = _published(db, "select count(*) from store.model_training_labels")[0][0]
    n_flip = int(n_then * reuse.REUSE_MAX_CHANGED_SHARE) + 3
    _flip_training_labels(db, n_flip)
    summary = pipeline.run_all(db, as_of=AS_OF)
    score = summary["score"]
    assert score["model_decision"] == "trained" and score["trained"]
    assert score["model_version"] != first["score"]["model_version"]
    assert score["n_scores_carried"] == 0  # no score of another model is carried over
    assert (db.parent / "models" / score["model_version"] / "card.md").is_file()
    (row,) = _published(db, "select model_decision, model_decision_reason from runs where run_id = ?",
                        [summary["run_id"]])
    assert row[0] == "trained" and f"{n_flip} of " in row[1]
    # the new model's training labels replace the old ones, flipped labels included
    assert _published(db, "select distinct model_version from store.model_training_labels") == [
        (score["model_version"],)]
    assert _published(db, "select count(*) from store.model_training_labels t join store.model_decisions d "
                          "on d.run_id = ? and d.model_version = t.model_version", [summary["run_id"]])[0][0] > 0


def test_an_old_model_is_retrained_however_few_labels_moved(trained_store):
    db, _ = trained_store
    with Store(db) as store:
        drift = reuse.label_drift(store, scoring.training_window_sql("claim_id, y"))
    assert drift.n_changed == 0
    later = AS_OF + timedelta(days=reuse.REUSE_MAX_AGE_DAYS + 1)
    with Store(db) as store:
        model, _, decision = reuse.reusable_model(store, db.parent / "models", as_of=later,
                                                  window_sql=scoring.training_window_sql("claim_id, y"))
        assert model is None and decision.decision == "trained" and "days old" in decision.reason
        earlier = AS_OF - timedelta(days=1)
        model, _, decision = reuse.reusable_model(store, db.parent / "models", as_of=earlier,
                                                  window_sql=scoring.training_window_sql("claim_id, y"))
        assert model is None and "before the model" in decision.reason


def test_a_tampered_model_in_use_stops_the_run(trained_store):
    db, first = trained_store
    model_file = db.parent / "models" / first["score"]["model_version"] / "model.skops"
    data = bytearray(model_file.read_bytes())
    data[-10] ^= 0xFF
    model_file.write_bytes(bytes(data))
    with Store(db) as store, pytest.raises(ArtefactError):
        reuse.reusable_model(store, db.parent / "models", as_of=AS_OF,
                             window_sql=scoring.training_window_sql("claim_id, y"))
