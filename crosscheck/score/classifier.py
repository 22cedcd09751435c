"""The corroboration classifier: calibrated probability that a claim will be corroborated.

Trained on automatically labelled claims (and analysts' labels) with a time-ordered split,
so it is always judged on claims later than any it learned from, and compared with two
baselines on those held-out claims: majority vote among sources at the time, and the
truth-discovery trust of the claim's source alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

NUMERIC_FEATURES = (
    "hedged",
    "against_interest",
    "in_own_favour",
    "unattributed",
    "n_support_so_far",
    "n_contradict_so_far",
    "speaker_past_reliability",
    "speaker_past_labels",
    "days_since_first_report",
    "n_copies",
)
SPEAKER_KINDS = ("government", "military", "armed_group", "analyst", "official", "outlet", "international", "unknown")
PREDICATES = ("controls", "encircled", "attacked", "losses")
FEATURE_NAMES = (
    NUMERIC_FEATURES
    + tuple(f"speaker_kind={k}" for k in SPEAKER_KINDS)
    + tuple(f"predicate={p}" for p in PREDICATES)
)
# The earliest share of labelled claims the model learns from; the rest, later in time,
# is where it is judged.
TRAIN_SHARE = 0.7
MIN_LABELLED = 30
MIN_PER_CLASS = 5


def feature_matrix(features: pd.DataFrame) -> np.ndarray:
    """Numeric features plus one-hot speaker kind and predicate, in FEATURE_NAMES order."""
    columns = [features[name].astype(float).to_numpy() for name in NUMERIC_FEATURES]
    # log scale: the tenth supporting source adds far less than the second
    for name in ("n_support_so_far", "n_contradict_so_far", "speaker_past_labels", "n_copies", "days_since_first_report"):
        index = NUMERIC_FEATURES.index(name)
        columns[index] = np.log1p(np.clip(columns[index], 0, None))
    kinds = features["speaker_kind"].where(features["speaker_kind"].isin(SPEAKER_KINDS), "unknown")
    columns += [(kinds == k).to_numpy(dtype=float) for k in SPEAKER_KINDS]
    columns += [(features["predicate"] == p).to_numpy(dtype=float) for p in PREDICATES]
    return np.column_stack(columns) if len(features) else np.zeros((0, len(FEATURE_NAMES)))


def new_model(n_labelled: int) -> CalibratedClassifierCV:
    base = Pipeline([("scale", StandardScaler()), ("logit", LogisticRegression(C=1.0, max_iter=1000))])
    # sigmoid (Platt) calibration: isotonic overfits at the few hundred labels a new
    # deployment has
    return CalibratedClassifierCV(base, method="sigmoid", cv=3 if n_labelled >= 60 else 2)


def majority_vote(features: pd.DataFrame) -> np.ndarray:
    """Baseline: the share of sources so far (the claim's own included) that agree."""
    support = features["n_support_so_far"].to_numpy(dtype=float)
    against = features["n_contradict_so_far"].to_numpy(dtype=float)
    return (1.0 + support) / (1.0 + support + against)


@dataclass
class Evaluation:
    """Held-out metrics of the model and both baselines on the later claims."""

    n_train: int
    n_test: int
    split_at: str
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)

    def beats_baselines(self) -> bool:
        model = self.metrics.get("model", {})
        others = [m for name, m in self.metrics.items() if name != "model"]
        return bool(others) and all(
            model.get("roc_auc", 0) > m.get("roc_auc", 0) and model.get("brier", 1) < m.get("brier", 1) for m in others
        )


def _metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    out = {"brier": round(float(brier_score_loss(y, p)), 4)}
    out["roc_auc"] = round(float(roc_auc_score(y, p)), 4) if len(set(y)) == 2 else float("nan")
    return out


def has_enough_labels(y: np.ndarray) -> bool:
    return len(y) >= MIN_LABELLED and min(int(y.sum()), int(len(y) - y.sum())) >= MIN_PER_CLASS


def time_split(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Earliest TRAIN_SHARE of rows (by asserted_at, then claim_id) vs the rest."""
    ordered = frame.sort_values(["asserted_at", "claim_id"]).reset_index(drop=True)
    cut = int(len(ordered) * TRAIN_SHARE)
    return ordered.iloc[:cut], ordered.iloc[cut:]


def evaluate(train: pd.DataFrame, test: pd.DataFrame, td_trust_test: np.ndarray) -> Evaluation:
    """Fit on ``train``, judge model and baselines on ``test`` (labels in column y)."""
    evaluation = Evaluation(n_train=len(train), n_test=len(test), split_at=str(test["asserted_at"].min()))
    y_train = train["y"].to_numpy(dtype=int)
    y_test = test["y"].to_numpy(dtype=int)
    if len(set(y_train)) < 2 or len(test) == 0:
        return evaluation
    model = new_model(len(train)).fit(feature_matrix(train), y_train)
    evaluation.metrics["model"] = _metrics(y_test, model.predict_proba(feature_matrix(test))[:, 1])
    evaluation.metrics["majority_vote"] = _metrics(y_test, majority_vote(test))
    evaluation.metrics["truth_discovery"] = _metrics(y_test, td_trust_test)
    return evaluation


def fit(labelled: pd.DataFrame) -> CalibratedClassifierCV:
    y = labelled["y"].to_numpy(dtype=int)
    return new_model(len(labelled)).fit(feature_matrix(labelled), y)


def top_features(model: CalibratedClassifierCV, features: pd.DataFrame, k: int = 3) -> list[str]:
    """Per row, the k features pushing its score most, as 'name:+0.83' strings joined by ';'."""
    if len(features) == 0:
        return []
    x = feature_matrix(features)
    contributions = np.zeros_like(x)
    for calibrated in model.calibrated_classifiers_:
        pipeline = calibrated.estimator
        scaler, logit = pipeline.named_steps["scale"], pipeline.named_steps["logit"]
        contributions += scaler.transform(x) * logit.coef_[0]
    contributions /= len(model.calibrated_classifiers_)
    order = np.argsort(-np.abs(contributions), axis=1)[:, :k]
    return [
        ";".join(f"{FEATURE_NAMES[j]}:{contributions[i, j]:+.2f}" for j in order[i])
        for i in range(len(features))
    ]
