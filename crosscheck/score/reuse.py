"""Whether the model in use may score tonight's claims again, or the classifier is retrained.

Training is most of the score stage on a big store: the rolling-fold evaluation (a model
fit and a truth-discovery run per fold), the strength and calibration search, and the
final fit. A night adds few labels to a training window of up to MAX_TRAINING_CLAIMS,
and a model fitted on a window that is, say, 99% the same predicts almost exactly what a
fresh one would (benchmarks/bench_nightly.py --reuse-drift measures how far apart they
are). So the stage keeps, in the store, the (claim, label) pairs its model was trained
on, and reuses that model while

- tonight's training window differs from them in under REUSE_MAX_CHANGED_SHARE of its
  labels (new labels, labels that flipped, labels withdrawn all count),
- the model is at most REUSE_MAX_AGE_DAYS old in data time (the run's ``as_of`` against
  the one it was trained at; a run dated before its model retrains too),
- its feature list and crosscheck version are today's, and its artefact passes the
  sha256 and trusted-type checks of :func:`load_artefact` (a tampered artefact stops the
  run, as it does for the shipped model).

Otherwise it retrains. Every run records which happened and why, with the label counts
then and now, in store.model_decisions (the ``runs`` view shows it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from crosscheck import __version__
from crosscheck.db import Store
from crosscheck.score import classifier
from crosscheck.score.artifacts import MANIFEST_FILE, load_artefact

# Measured on the 100,000-article benchmark store (bench_nightly.py --reuse-drift; README,
# "When the model is retrained"): against the generator's known world, models whose
# window lacked the newest 0.66% or 1.34% of tonight's labels scored the unlabelled
# control claims as well as a fresh fit (Brier 0.0552 and 0.0552 against 0.0554); one
# lacking 2.56% was measurably worse (0.0581), and it stayed there with more.
REUSE_MAX_CHANGED_SHARE = 0.02
# Past this, retrain however few labels moved: old claims' features drift as the
# sources' records behind them grow, and a week bounds how long that goes unlearned.
REUSE_MAX_AGE_DAYS = 7.0


@dataclass(frozen=True)
class ModelDecision:
    """What tonight's claims are scored with, and why."""

    decision: str  # trained, reused, shipped or baseline
    reason: str
    model_version: str = ""
    n_training_labels: int | None = None
    n_training_labels_then: int | None = None
    n_labels_changed: int | None = None
    model_age_days: float | None = None


@dataclass(frozen=True)
class LabelDrift:
    """Tonight's training window against the one the model in use was trained on."""

    model_version: str | None
    n_now: int
    n_then: int
    n_changed: int

    @property
    def share(self) -> float:
        return self.n_changed / max(self.n_now, 1)


def ensure_tables(store: Store) -> None:
    store.execute_file("score/model_tables.sql")


def label_drift(store: Store, window_sql: str) -> LabelDrift:
    """Count tonight's window labels that are new or changed, and the model's withdrawn ones.

    ``window_sql`` selects tonight's training window as (claim_id, y). A claim that
    merely slid out of a capped window is not a change: its label still stands.
    """
    version = store.scalar("select any_value(model_version) from store.model_training_labels", step="score.reuse")
    n_now, n_new_or_flipped, n_then, n_withdrawn = store.fetchone(
        f"""
        with tonight as ({window_sql})
        select
            (select count(*) from tonight),
            (select count(*) from tonight as t anti join store.model_training_labels as m
                on m.claim_id = t.claim_id and m.y = t.y),
            (select count(*) from store.model_training_labels),
            (select count(*) from store.model_training_labels as m anti join store.claim_labels as l
                on l.claim_id = m.claim_id and l.label in ('corroborated', 'refuted'))
        """,
        step="score.reuse",
    )
    return LabelDrift(version, int(n_now), int(n_then), int(n_new_or_flipped) + int(n_withdrawn))


def reusable_model(store: Store, models_dir: Path, *, as_of: datetime, window_sql: str
                   ) -> tuple[Any, dict | None, ModelDecision]:
    """The model in use and its manifest when it may be reused, else (None, None, why not)."""
    drift = label_drift(store, window_sql)
    counts = {"n_training_labels": drift.n_now, "n_training_labels_then": drift.n_then or None,
              "n_labels_changed": drift.n_changed if drift.model_version else None}
    if drift.model_version is None:
        return None, None, ModelDecision("trained", "no model trained on this store yet", **counts)
    folder = models_dir / drift.model_version
    if not (folder / MANIFEST_FILE).is_file():
        return None, None, ModelDecision("trained", f"model {drift.model_version} is not in {models_dir}", **counts)
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    trained_as_of = manifest.get("as_of")
    age = (as_of - datetime.fromisoformat(trained_as_of)).total_seconds() / 86_400 if trained_as_of else None
    counts["model_age_days"] = None if age is None else round(age, 3)
    why_not = _why_retrain(manifest, drift, age)
    if why_not:
        return None, None, ModelDecision("trained", why_not, **counts)
    model, manifest = load_artefact(folder)  # refuses a tampered or foreign file (ArtefactError)
    reason = (f"{drift.n_changed:,} of {drift.n_now:,} training labels new, changed or withdrawn since "
              f"{drift.model_version} was trained on {drift.n_then:,} ({drift.share:.2%} < "
              f"{REUSE_MAX_CHANGED_SHARE:.0%}); model {age:.1f} days old (at most {REUSE_MAX_AGE_DAYS:g})")
    return model, manifest, ModelDecision("reused", reason, model_version=drift.model_version, **counts)


def _why_retrain(manifest: dict, drift: LabelDrift, age: float | None) -> str:
    if tuple(manifest.get("features", ())) != classifier.FEATURE_NAMES:
        return "the feature list changed since the model in use was trained"
    if manifest.get("crosscheck_version") != __version__:
        return f"trained by crosscheck {manifest.get('crosscheck_version')}, this is {__version__}"
    if age is None:
        return "the model in use does not record when it was trained"
    if age < 0:
        return f"this run is dated {-age:.1f} days before the model in use was trained"
    if age > REUSE_MAX_AGE_DAYS:
        return f"the model in use is {age:.1f} days old (more than {REUSE_MAX_AGE_DAYS:g})"
    if drift.share >= REUSE_MAX_CHANGED_SHARE:
        return (f"{drift.n_changed:,} of {drift.n_now:,} training labels new, changed or withdrawn since "
                f"{drift.model_version} was trained on {drift.n_then:,} ({drift.share:.2%}, "
                f"at least {REUSE_MAX_CHANGED_SHARE:.0%})")
    return ""


def remember_training_labels(store: Store, version: str, labelled: pd.DataFrame) -> None:
    """Replace the stored training labels with the new model's."""
    store.execute("delete from store.model_training_labels", step="score.reuse")
    store.append_frame("store.model_training_labels",
                       pd.DataFrame({"model_version": version, "claim_id": labelled["claim_id"].to_numpy(),
                                     "y": labelled["y"].to_numpy(dtype=int)}),
                       step="score.reuse")


def record_decision(store: Store, run_id: str, decision: ModelDecision) -> None:
    store.execute(
        "insert into store.model_decisions values (?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, decision.model_version, decision.decision, decision.reason, decision.n_training_labels,
         decision.n_training_labels_then, decision.n_labels_changed, decision.model_age_days],
        step="score.reuse",
    )
