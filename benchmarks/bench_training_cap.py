"""What training on only the most recent labelled claims costs the classifier.

    python benchmarks/bench_training_cap.py --labelled 900000

The score stage trains on at most MAX_TRAINING_CLAIMS recent labels (bounded memory at a
million articles). On generated labelled features with a known signal, this fits the
shipped model's recipe on the most recent 800,000, MAX_TRAINING_CLAIMS and 50,000 claims
before the last 100,000, and prints each fit's time, its Brier score on those later
claims, and how far its probabilities move from the largest fit's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import brier_score_loss

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosscheck.score.classifier import NUMERIC_FEATURES, feature_matrix, fit  # noqa: E402
from crosscheck.score.scoring import MAX_TRAINING_CLAIMS  # noqa: E402

HELD_OUT = 100_000


def labelled_features(n: int, seed: int = 11) -> pd.DataFrame:
    """n claims in time order whose corroboration depends on support, record, hedging and interest."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({name: rng.integers(0, 2, n) for name in NUMERIC_FEATURES})
    frame["trusted_support_share"] = rng.beta(2, 2, n)
    frame["speaker_past_reliability"] = rng.beta(3, 2, n)
    for name in ("n_support_so_far", "n_contradict_so_far", "speaker_past_labels", "n_copies"):
        frame[name] = rng.poisson(2.0, n)
    frame["days_since_first_report"] = rng.exponential(5.0, n)
    frame["speaker_kind"] = rng.choice(["military", "government", "analyst", "outlet", "armed_group"], n)
    frame["predicate"] = rng.choice(["controls", "attacked", "losses", "encircled"], n, p=[0.6, 0.25, 0.1, 0.05])
    frame["claim_id"] = [f"c{i}" for i in range(n)]
    frame["asserted_at"] = pd.date_range("2023-01-01", periods=n, freq="min", tz="UTC")
    logit = (3.0 * (frame["trusted_support_share"] - 0.5) + 1.5 * frame["against_interest"] - 0.8 * frame["hedged"]
             + 2.0 * (frame["speaker_past_reliability"] - 0.6) + 0.3 * np.log1p(frame["n_support_so_far"])
             - 0.3 * np.log1p(frame["n_contradict_so_far"]) + 0.4 * (frame["speaker_kind"] == "analyst"))
    frame["y"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=int, default=900_000)
    args = parser.parse_args()
    frame = labelled_features(args.labelled)
    later = frame.iloc[-HELD_OUT:]
    y = later["y"].to_numpy()
    reference = None
    for n in (args.labelled - HELD_OUT, MAX_TRAINING_CLAIMS, 50_000):
        started = time.perf_counter()
        model, names = fit(frame.iloc[-HELD_OUT - n:-HELD_OUT])
        seconds = time.perf_counter() - started
        p = model.predict_proba(feature_matrix(later, names))[:, 1]
        reference = p if reference is None else reference
        moved = np.abs(p - reference)
        print(f"train on the most recent {n:>9,}: fit {seconds:6.1f} s, Brier on the next {HELD_OUT:,} "
              f"{brier_score_loss(y, p):.5f}, |p - largest fit's p| mean {moved.mean():.4f} max {moved.max():.4f}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
