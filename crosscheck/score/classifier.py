"""The corroboration classifier: calibrated probability that a claim will be corroborated.

Trained on automatically labelled claims (and analysts' labels) with a time-ordered split,
so it is always judged on claims later than any it learned from, and compared with two
baselines on those held-out claims: majority vote among sources at the time, and the
truth-discovery trust of the claim's source alone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from threadpoolctl import threadpool_limits

from crosscheck.score.bootstrap import paired_intervals
from crosscheck.score.prior_offset import PriorOffsetLogit, RecordPriorLogit

NUMERIC_FEATURES = (
    "trusted_support_share",
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
TRAIN_SHARE = 0.6
N_FOLDS = 4
MIN_LABELLED = 30
MIN_PER_CLASS = 5


# Candidate regularisation strengths, strongest penalty first; the one used is chosen on the
# training claims alone, by time-ordered cross-validation, so a few hundred labels get a
# strongly shrunk model and tens of thousands a nearly unregularised one.
C_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
INNER_SPLITS = 4
STRENGTH_SEARCH_ROWS = 20_000
# Fits here are tens of thousands of rows by a couple of dozen features: a BLAS call
# that small finishes before extra threads start paying for themselves, and on a busy
# two-core machine threaded BLAS made every fit 5-10 times slower (profiled: the score
# stage spent most of its time in lbfgs waiting on OpenBLAS threads). Only the summation
# order changes, so results agree to floating-point noise.
FIT_THREADS = 1
# The trust-weighted vote is the model's prior: the estimator (prior_offset.py) starts from
# it and the penalty only limits how far the other features, and an intercept, correct it.
PRIOR_FEATURE = "trusted_support_share"
# Artefacts of the earlier calibrated design (shipped until the thirteenth session, and still
# in deployments' own models/ folders) stretched the prior's scaled column by this much inside
# their pipeline; loading them needs the step.
PRIOR_STRETCH = 10.0


def stretch_prior(x: np.ndarray) -> np.ndarray:
    """Scaled features with the prior's column stretched by PRIOR_STRETCH (earlier artefacts' step)."""
    x = np.array(x, dtype=float, copy=True)
    x[:, FEATURE_NAMES.index(PRIOR_FEATURE)] *= PRIOR_STRETCH
    return x


def feature_matrix(features: pd.DataFrame, names: tuple[str, ...] | list[str] = FEATURE_NAMES) -> np.ndarray:
    """The named features (default all, in FEATURE_NAMES order) as a matrix."""
    full = _full_matrix(features)
    return full[:, [FEATURE_NAMES.index(n) for n in names]]


def _full_matrix(features: pd.DataFrame) -> np.ndarray:
    """Numeric features plus one-hot speaker kind and predicate, in FEATURE_NAMES order."""
    if len(features) and "trusted_support_share" not in features:
        # rows featurised without the source records (a bare frame): every voice weighs alike
        features = features.assign(trusted_support_share=majority_vote(features))
    columns = [features[name].astype(float).to_numpy() for name in NUMERIC_FEATURES]
    # log scale: the tenth supporting source adds far less than the second
    for name in ("n_support_so_far", "n_contradict_so_far", "speaker_past_labels", "n_copies", "days_since_first_report"):
        index = NUMERIC_FEATURES.index(name)
        columns[index] = np.log1p(np.clip(columns[index], 0, None))
    kinds = features["speaker_kind"].where(features["speaker_kind"].isin(SPEAKER_KINDS), "unknown")
    columns += [(kinds == k).to_numpy(dtype=float) for k in SPEAKER_KINDS]
    columns += [(features["predicate"] == p).to_numpy(dtype=float) for p in PREDICATES]
    return np.column_stack(columns) if len(features) else np.zeros((0, len(FEATURE_NAMES)))


def choose_strength(x: np.ndarray, y: np.ndarray) -> float:
    """The strongest penalty of C_GRID whose Brier score, each block predicted from earlier
    rows only, is within one standard error of the best strength's."""
    # an early block with one class teaches nothing about strength
    return _time_ordered_choice(C_GRID, _model, x, y, min_per_class=1)


def _time_ordered_choice(options, build, x: np.ndarray, y: np.ndarray, *, min_per_class: int):
    """The first option (options go from the most shrunk to the least) whose model,
    ``build(option)``, predicts each block of the rows from the rows before it with a mean
    Brier score within one standard error of the best option's; the first option when no
    block can judge.

    The one-standard-error rule: a few dozen claims per block cannot tell strengths apart
    by less than their own noise, and the weakest penalty that wins by noise alone is the
    one that then over-corrects the prior on the next claims (weekly replay, first nights).
    """
    # the most recent rows decide: past this many, the choice no longer changes but the cost grows
    x, y = x[-STRENGTH_SEARCH_ROWS:], y[-STRENGTH_SEARCH_ROWS:]
    judged = []
    for option in options:
        errors = []
        for train, test in TimeSeriesSplit(INNER_SPLITS).split(x):
            if min(int(y[train].sum()), int(len(train) - y[train].sum())) < min_per_class:
                continue
            model = build(option).fit(x[train], y[train])
            errors.append((model.predict_proba(x[test])[:, 1] - y[test]) ** 2)
        if errors:
            judged.append((option, np.concatenate(errors)))
    if not judged:
        return options[0]
    best = min((errors for _, errors in judged), key=np.mean)
    bound = best.mean() + best.std(ddof=1) / np.sqrt(len(best))
    return next(option for option, errors in judged if errors.mean() <= bound)


def _model(strength: float) -> RecordPriorLogit:
    return RecordPriorLogit(C=strength, prior_index=FEATURE_NAMES.index(PRIOR_FEATURE),
                            contradict_index=FEATURE_NAMES.index("n_contradict_so_far"),
                            reliability_index=FEATURE_NAMES.index("speaker_past_reliability"),
                            labels_index=FEATURE_NAMES.index("speaker_past_labels"))


def new_model(x: np.ndarray, y: np.ndarray, strength: float | None = None) -> PriorOffsetLogit:
    """An unfitted model whose strength suits these (time-ordered) training rows."""
    return _model(choose_strength(x, y) if strength is None else strength)


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
    # per method its ROC-AUC and Brier; per baseline also "paired_bootstrap": the model's
    # differences from it with their intervals (crosscheck/score/bootstrap.py)
    metrics: dict[str, dict] = field(default_factory=dict)
    # the held-out claims' ids, labels, whether a source had contradicted them by their time,
    # and each method's probability (not saved in the manifest)
    held_out: pd.DataFrame | None = field(default=None, repr=False)
    # the same metrics within the held-out claims some source had contradicted by their time
    # and within the rest (``split_by_opposition``): who is right when sides disagree is
    # the product's central question, and the pooled figures hide it behind the easy claims
    by_opposition: dict[str, dict] = field(default_factory=dict)

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
    return enough_labels(len(y), int(y.sum()))


def enough_labels(n_labelled: int, n_corroborated: int) -> bool:
    return n_labelled >= MIN_LABELLED and min(n_corroborated, n_labelled - n_corroborated) >= MIN_PER_CLASS


def rolling_folds(frame: pd.DataFrame, n_folds: int = N_FOLDS) -> list[tuple[pd.DataFrame, pd.DataFrame]]:
    """Expanding-window folds over the later (1 - TRAIN_SHARE) of claims, in time order.

    Fold k trains on every claim before its block and is judged on the block, so each
    held-out claim is later than everything its model learned from; pooling the blocks
    judges the model on all later claims instead of one small final slice. The scorer keeps only
    the blocks and trains each on what a run at the block's start knew, from the whole store
    (scoring.labels_known_at): a big store's window is too short to hold that.
    """
    ordered = frame.sort_values(["asserted_at", "claim_id"]).reset_index(drop=True)
    start = int(len(ordered) * TRAIN_SHARE)
    edges = np.linspace(start, len(ordered), n_folds + 1).astype(int)
    return [(ordered.iloc[:lo], ordered.iloc[lo:hi]) for lo, hi in zip(edges, edges[1:]) if hi > lo]


def fold_can_learn(y_train: np.ndarray) -> bool:
    """Whether a fold's training labels hold at least two of each class (else it is skipped)."""
    return min(int(y_train.sum()), int(len(y_train) - y_train.sum())) >= 2


def evaluate(folds: list[tuple[pd.DataFrame, pd.DataFrame]], td_trust: list[np.ndarray]) -> Evaluation:
    """Fit on each fold's past, judge model and baselines on its block; pool the blocks."""
    with threadpool_limits(limits=FIT_THREADS):
        return _evaluate(folds, td_trust)


def _evaluate(folds: list[tuple[pd.DataFrame, pd.DataFrame]], td_trust: list[np.ndarray]) -> Evaluation:
    tests, p_model, p_mv, p_td = [], [], [], []
    # The strength is chosen once, on the earliest usable fold's training rows, and kept
    # for the later folds: those rows precede every judged block, so no fold's model sees
    # its own future, and re-running the 8 x 4 search per fold cost more than all the
    # fits it chose for while, folds overlapping by most of their rows, rarely choosing
    # differently. The shipped model (fit) still chooses on all labelled rows.
    strength = None
    for (train, test), td in zip(folds, td_trust):
        y_train = train["y"].to_numpy(dtype=int)
        if not fold_can_learn(y_train):
            continue
        x_train = feature_matrix(train)
        if strength is None:
            strength = choose_strength(x_train, y_train)
        model = new_model(x_train, y_train, strength).fit(x_train, y_train)
        tests.append(test)
        p_model.append(model.predict_proba(feature_matrix(test))[:, 1])
        p_mv.append(majority_vote(test))
        p_td.append(td)
    if not tests:
        return Evaluation(n_train=0, n_test=0, split_at="")
    held_out = pd.concat(tests)
    evaluation = Evaluation(
        n_train=len(folds[0][0]), n_test=len(held_out), split_at=str(held_out["asserted_at"].min())
    )
    y = held_out["y"].to_numpy(dtype=int)
    probabilities = {"model": np.concatenate(p_model), "majority_vote": np.concatenate(p_mv),
                     "truth_discovery": np.concatenate(p_td)}
    for name, p in probabilities.items():
        evaluation.metrics[name] = _metrics(y, p)
        if name != "model":
            evaluation.metrics[name]["paired_bootstrap"] = paired_intervals(y, probabilities["model"], p)
    ids = held_out["claim_id"].to_numpy() if "claim_id" in held_out else np.arange(len(y))
    contradicted = held_out["n_contradict_so_far"].to_numpy(dtype=float) > 0
    evaluation.held_out = pd.DataFrame({"claim_id": ids, "y": y, "contradicted": contradicted, **probabilities})
    evaluation.by_opposition = split_by_opposition(y, probabilities, contradicted)
    return evaluation


def split_by_opposition(y: np.ndarray, probabilities: dict[str, np.ndarray],
                        contradicted: np.ndarray) -> dict[str, dict]:
    """Per group (contradicted by some source at the claim's time, or not): its number of
    claims, their corroborated share, and each method's ROC-AUC and Brier within it (ROC-AUC
    NaN in a group of one class)."""
    out = {}
    for group, rows in (("contradicted", contradicted), ("uncontradicted", ~contradicted)):
        if not rows.any():
            continue
        out[group] = {"claims": int(rows.sum()), "corroborated_share": round(float(y[rows].mean()), 4),
                      **{name: _metrics(y[rows], p[rows]) for name, p in probabilities.items()}}
    return out


def opposition_methods(by_opposition: dict[str, dict]) -> list[str]:
    """The methods ``split_by_opposition`` scored, in its order (its groups also carry counts)."""
    return [name for name in next(iter(by_opposition.values())) if name not in ("claims", "corroborated_share")]


def fit(labelled: pd.DataFrame) -> tuple[PriorOffsetLogit, tuple[str, ...]]:
    """Fit on every labelled claim; returns the model and the feature names it uses."""
    y = labelled["y"].to_numpy(dtype=int)
    x = feature_matrix(labelled)
    with threadpool_limits(limits=FIT_THREADS):
        return new_model(x, y).fit(x, y), FEATURE_NAMES


def top_features(model, features: pd.DataFrame, names: tuple[str, ...],
                 k: int = 3, matrix: np.ndarray | None = None) -> list[str]:
    """Per row, the k features pushing its score most, as 'name:+0.83' strings joined by ';'.

    ``matrix``: ``feature_matrix(features, names)`` when the caller already has it.
    """
    if len(features) == 0:
        return []
    x = feature_matrix(features, names) if matrix is None else matrix
    contributions = _contributions(model, x)
    order = np.argsort(-np.abs(contributions), axis=1)[:, :k]
    labels = np.array([f"{name}:" for name in names], dtype=object)[order]
    signs, magnitudes = _signed_hundredths(np.take_along_axis(contributions, order, axis=1))
    # one str.format per row over column lists: far cheaper than numpy string arrays
    row = ";".join(["{}{}{}"] * order.shape[1])
    columns = [part[:, j].tolist() for j in range(order.shape[1]) for part in (labels, signs, magnitudes)]
    return list(map(row.format, *columns))


def _contributions(model, x: np.ndarray) -> np.ndarray:
    """Each feature's push on the logit, per row."""
    if hasattr(model, "contributions"):
        return model.contributions(x)
    # an artefact of the calibrated design shipped before the prior offset (still in deployments' models/):
    # its three calibrated copies' coefficients on the scaled, prior-stretched features, averaged
    contributions = np.zeros_like(x)
    for calibrated in model.calibrated_classifiers_:
        steps = calibrated.estimator.named_steps
        contributions += steps["prior"].transform(steps["scale"].transform(x)) * steps["logit"].coef_[0]
    return contributions / len(model.calibrated_classifiers_)


@functools.cache
def _magnitude_texts() -> np.ndarray:
    """'0.00', '0.01', ... '999.99': the text of every magnitude in hundredths below 1000."""
    return np.array([f"{whole // 100}.{whole % 100:02d}" for whole in range(100_000)], dtype=object)


def _signed_hundredths(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sign and digits of each value as Python's ``f"{value:+.2f}"`` writes it ('-0.00' included).

    Formatting each float with an f-string was most of the explanations' cost. Here the digits are looked up by the value's integer hundredths: Python
    rounds the exact binary value half to even, which ``rint`` of the scaled value matches
    except when the scaled value lies within rounding error of a half, so those few (and
    any value of 1000 or more, or not finite) are still formatted by Python, whole, with
    an empty sign.
    """
    magnitude = np.abs(values) * 100.0
    with np.errstate(invalid="ignore"):
        hundredths = np.rint(magnitude)
        by_python = ~np.isfinite(magnitude) | (hundredths >= 100_000) \
            | (np.abs(magnitude - np.floor(magnitude) - 0.5) <= 1e-6)
    whole = np.where(by_python, 0, hundredths).astype(np.int64)
    signs = np.where(np.signbit(values), "-", "+").astype(object)
    texts = _magnitude_texts()[whole]
    for index in zip(*np.nonzero(by_python)):
        signs[index], texts[index] = "", f"{values[index]:+.2f}"
    return signs, texts
