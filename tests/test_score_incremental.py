"""The score stage on a store that already has a model: reuse when labels barely moved,
retrain when they moved enough, and per-claim explanations that match the old formatting."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

from crosscheck.score import classifier


# -- top_features: the vectorised strings are the per-row f-strings they replace ----------

def top_features_by_row(model, features: pd.DataFrame, names: tuple[str, ...], k: int = 3) -> list[str]:
    """The implementation before vectorising: one f-string per row and feature."""
    x = classifier.feature_matrix(features, names)
    contributions = np.zeros_like(x)
    for calibrated in model.calibrated_classifiers_:
        steps = calibrated.estimator.named_steps
        contributions += steps["prior"].transform(steps["scale"].transform(x)) * steps["logit"].coef_[0]
    contributions /= len(model.calibrated_classifiers_)
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
    return classifier._calibrated(1.0, "sigmoid", len(y)).fit(x, y)


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
