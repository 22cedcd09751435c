"""How sure a lead is: paired bootstrap intervals of the model's ROC-AUC and Brier differences from a baseline.

Both methods are judged on the same held-out claims, so one resample of the claims (drawn
with replacement) scores both, and the spread of the difference over resamples says how
much of a lead is the claims' own noise. Each resample is a row of counts (how often each
claim was drawn), so the Brier differences are one matrix product and the ROC-AUCs one
cumulative sum per method over claims sorted once by score.

Above MAX_RESAMPLED_CLAIMS held-out claims (the million-article card holds 80,000, a window of
200,000 claims being its limit; a bigger window could hold millions) a random
MAX_RESAMPLED_CLAIMS of them are resampled instead and each resample's deviation from
that subsample's own difference is shrunk by sqrt(m / n) before it is added to the difference
on all n claims (the m-out-of-n bootstrap: both differences are averages, whose spread falls
as one over the square root of the claims), so a big card costs what a 20,000-claim one does.
"""

from __future__ import annotations

import numpy as np

N_RESAMPLES = 2_000
SEED = 0
MAX_RESAMPLED_CLAIMS = 20_000
# resamples scored at once: 100 rows of 20,000 counts are 16 MB per matrix
RESAMPLES_PER_CHUNK = 100
INTERVAL = 0.95


def paired_intervals(y: np.ndarray, p_model: np.ndarray, p_baseline: np.ndarray, *,
                     n_resamples: int = N_RESAMPLES, seed: int = SEED,
                     max_claims: int = MAX_RESAMPLED_CLAIMS) -> dict:
    """Model minus baseline, ROC-AUC and Brier: the difference on all claims, its 95% interval
    over paired resamples, and the share of resamples in which the model is worse (a lower
    ROC-AUC, a higher Brier). ROC-AUC is left out when the claims hold one class only."""
    y = np.asarray(y, dtype=float)
    p_model, p_baseline = np.asarray(p_model, dtype=float), np.asarray(p_baseline, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(y)
    both_classes = 0 < y.sum() < n
    full = {"brier": _brier(y, p_model) - _brier(y, p_baseline)}
    if both_classes:
        full["roc_auc"] = _auc(y, p_model) - _auc(y, p_baseline)
    rows = np.arange(n)
    if n > max_claims:
        rows = np.sort(rng.choice(n, size=max_claims, replace=False))
    y_s, pm_s, pb_s = y[rows], p_model[rows], p_baseline[rows]
    shrink = np.sqrt(len(rows) / n)
    resampled = {name: [] for name in full}
    for start in range(0, n_resamples, RESAMPLES_PER_CHUNK):
        counts = _resample_counts(rng, len(rows), min(RESAMPLES_PER_CHUNK, n_resamples - start))
        resampled["brier"].append(_weighted_brier(y_s, pm_s, counts) - _weighted_brier(y_s, pb_s, counts))
        if both_classes:
            resampled["roc_auc"].append(_weighted_auc(y_s, pm_s, counts) - _weighted_auc(y_s, pb_s, counts))
    subsample = {"brier": _brier(y_s, pm_s) - _brier(y_s, pb_s)}
    if both_classes:
        subsample["roc_auc"] = _auc(y_s, pm_s) - _auc(y_s, pb_s) if 0 < y_s.sum() < len(y_s) else np.nan
    out = {"resamples": n_resamples, "claims": n, "claims_resampled": len(rows), "seed": seed}
    for name, difference in full.items():
        draws = np.concatenate(resampled[name])
        draws = difference + (draws[np.isfinite(draws)] - subsample[name]) * shrink
        worse = draws > 0 if name == "brier" else draws < 0
        low, high = np.quantile(draws, [(1 - INTERVAL) / 2, (1 + INTERVAL) / 2]) if len(draws) else (np.nan, np.nan)
        out[name] = {
            "model_minus_baseline": round(float(difference), 4),
            "low": round(float(low), 4),
            "high": round(float(high), 4),
            "model_worse_share": round(float(worse.mean()), 4) if len(draws) else float("nan"),
        }
    return out


def _resample_counts(rng: np.random.Generator, n: int, n_resamples: int) -> np.ndarray:
    """Per resample (row), how often each of n claims was drawn in n draws with replacement."""
    draws = rng.integers(0, n, size=(n_resamples, n)) + (np.arange(n_resamples) * n)[:, None]
    return np.bincount(draws.ravel(), minlength=n_resamples * n).reshape(n_resamples, n).astype(float)


def _brier(y: np.ndarray, p: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def _weighted_brier(y: np.ndarray, p: np.ndarray, counts: np.ndarray) -> np.ndarray:
    return counts @ ((p - y) ** 2) / counts.sum(axis=1)


def _auc(y: np.ndarray, p: np.ndarray) -> float:
    return float(_weighted_auc(y, p, np.ones((1, len(y))))[0])


def _weighted_auc(y: np.ndarray, p: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """ROC-AUC per row of claim weights: the chance that a drawn corroborated claim scores above
    a drawn refuted one, ties counting one half; nan for a row without both classes."""
    order = np.argsort(p, kind="stable")
    scores, positive = p[order], y[order]
    # claims with equal scores form one group, so a tie is counted half, not by sort order
    starts = np.flatnonzero(np.r_[True, scores[1:] != scores[:-1]])
    weights = counts[:, order]
    pos = np.add.reduceat(weights * positive, starts, axis=1)
    neg = np.add.reduceat(weights * (1 - positive), starts, axis=1)
    neg_below = np.cumsum(neg, axis=1) - neg
    total_pos, total_neg = pos.sum(axis=1), neg.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (pos * (neg_below + 0.5 * neg)).sum(axis=1) / (total_pos * total_neg)


def difference_text(difference: dict | None) -> str:
    """'-0.0076 [-0.0490, +0.0350], worse in 35.0%': one metric's entry of paired_intervals."""
    if not difference or not np.isfinite(difference.get("low", np.nan)):
        return "n/a"
    return (f"{difference['model_minus_baseline']:+.4f} [{difference['low']:+.4f}, {difference['high']:+.4f}], "
            f"worse in {100 * difference['model_worse_share']:.1f}%")


def resampling_text(intervals: dict) -> str:
    """How the intervals were drawn, e.g. '2,000 paired resamples (seed 0) of 139 claims'."""
    drawn = f"{intervals['resamples']:,} paired resamples (seed {intervals['seed']}) of {intervals['claims']:,} claims"
    if intervals["claims_resampled"] < intervals["claims"]:
        drawn += (f" (of a random {intervals['claims_resampled']:,} of them, deviations shrunk by"
                  f" the square root of {intervals['claims_resampled']:,}/{intervals['claims']:,})")
    return drawn
