"""Score stage: labels, features, source trust, the calibrated classifier, and grades.

Order: label old claims from later evidence (sql/score/labels.sql), compute point-in-time
features (sql/score/features.sql), reuse the model in use when tonight's labels barely
moved since it was trained (crosscheck/score/reuse.py) or else train and judge the
classifier on a time-ordered split, run truth discovery over statements for source
reliability, then write store.claim_scores, store.source_scores and store.source_evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from crosscheck import __version__
from crosscheck.db import Store
from crosscheck.match import MATCH_WINDOW_DAYS
from crosscheck.score import carry, classifier, grades, reuse
from crosscheck.score.artifacts import latest_artefact, load_artefact, save_artefact
from crosscheck.score.card import render_card
from crosscheck.score.truth import PRIOR_TRUST, run_truth_discovery

LABEL_HORIZON_DAYS = 14
# The classifier learns from the most recent labelled claims only, so a backfill of
# millions of claims trains in bounded memory. Its couple of dozen coefficients settle
# long before this many rows (benchmarks/bench_training_cap.py: Brier 0.18852 on 200,000
# against 0.18853 on 800,000, probabilities 0.003 apart on average), and the
# latest claims are the ones most like those it will score.
MAX_TRAINING_CLAIMS = 200_000
# Claims are scored in batches of this many rows; the model is applied row by row anyway.
SCORE_BATCH_ROWS = 100_000
# A timeline state must be at least this confident before it labels the claims under it.
MIN_TIMELINE_CONFIDENCE = 0.6


@dataclass(frozen=True)
class ScoreSummary:
    n_labelled: int
    n_scored: int
    model_version: str
    trained: bool
    beats_baselines: bool | None
    metrics: dict
    # trained, reused, shipped or baseline, and why (also in store.model_decisions)
    model_decision: str = ""
    model_reason: str = ""
    # of n_scored, claims whose score was carried over unchanged (crosscheck/score/carry.py)
    n_scores_carried: int = 0


def _labels_held_at(cut: str) -> str:
    """SQL: each claim's label as it stood at ``cut`` (store.claim_label_spells), as (claim_id, label)."""
    return f"""(select claim_id, label from store.claim_label_spells
               where valid_from <= timestamptz '{cut}' and (valid_to is null or valid_to > timestamptz '{cut}'))"""


def _fill_truth_claims(store: Store, where: str = "true", labels: str = "store.claim_labels") -> None:
    store.execute(
        f"""
        create or replace temp table truth_claims as
        select
            any_value(source_key) as source,
            any_value(place_key) || '|' || any_value(predicate) || '|'
                || strftime(date_trunc('week', min(asserted_at)), '%Y-%m-%d') as object,
            any_value(value) as value,
            1.0 as weight
        from store.claim_evidence
        where {where}
        group by statement_id
        """,
        step="score.truth_claims",
    )
    store.execute(
        f"""
        create or replace temp table truth_anchors as
        select
            e.place_key || '|' || e.predicate || '|' || strftime(date_trunc('week', s.first_at), '%Y-%m-%d') as object,
            e.value,
            avg(case when l.label = 'corroborated' then 1.0 else 0.0 end) as truth
        from store.claim_evidence as e
        join {labels} as l using (claim_id)
        join (select statement_id, min(asserted_at) as first_at from store.claim_evidence group by statement_id) as s
            using (statement_id)
        where {where}
        group by all
        """,
        step="score.truth_anchors",
    )


def _source_trust(store: Store) -> dict[str, float]:
    return dict(store.fetchall("select source, trust from truth_trust", step="score.trust"))


def score(
    store: Store,
    *,
    run_id: str,
    as_of: datetime,
    models_dir: Path,
    fallback_models_dir: Path | None = None,
    horizon_days: int = LABEL_HORIZON_DAYS,
) -> ScoreSummary:
    """Label, featurise, train or load the model, and write the score tables."""
    params = {
        "run_id": run_id,
        "as_of": as_of.astimezone(UTC).isoformat(),
        "horizon_days": horizon_days,
        "window_days": MATCH_WINDOW_DAYS,
        "min_timeline_confidence": MIN_TIMELINE_CONFIDENCE,
    }
    store.execute_file("score/labels.sql", params=params)
    previous_features = carry.set_aside_features(store)
    store.execute_file("score/features.sql", params=params)
    reuse.ensure_tables(store)
    model, version, evaluation, feature_names = None, "", None, classifier.FEATURE_NAMES
    n_window, n_positive = store.fetchone(
        f"select count(*), coalesce(sum(y), 0) from ({training_window_sql('y')})", step="score.training")
    if classifier.enough_labels(int(n_window), int(n_positive)):
        model, manifest, decision = reuse.reusable_model(
            store, models_dir, as_of=as_of, window_sql=training_window_sql("f.claim_id, y"))
        if model is not None:
            version, feature_names = manifest["model_version"], tuple(manifest["features"])
            evaluation = classifier.Evaluation(n_train=manifest["n_train"], n_test=manifest["n_test"],
                                               split_at=manifest["split_at"], metrics=manifest["metrics"],
                                               by_opposition=manifest.get("metrics_by_opposition", {}))
        else:
            model, version, evaluation, feature_names = _train(store, models_dir, as_of)
            decision = replace(decision, model_version=version)
    else:
        model, version, feature_names = _load_fallback(fallback_models_dir)
        decision = reuse.ModelDecision(
            "shipped" if model is not None else "baseline",
            f"{n_window} labelled claims ({n_positive} corroborated): too few to train on",
            model_version=version or "baseline:majority-vote", n_training_labels=int(n_window))

    # source reliability: truth discovery over everything, anchored on every label; a
    # cold start on purpose, so the published trust does not depend on the folds (a
    # warm start moved it by up to twice TOLERANCE)
    _fill_truth_claims(store)
    run_truth_discovery(store)

    if model is None:
        # no labels and no shipped model: the majority-vote baseline, named as such
        version = "baseline:majority-vote"
    reuse.record_decision(store, run_id, decision)
    _new_scored_claims(store)
    n_carried = carry.carry_scores(store, version) if previous_features else 0
    n_scored = n_carried + _score_rows(store, model, feature_names, version,
                                       carry.TO_SCORE if n_carried else "store.claim_features")
    _write_score_tables(store)
    carry.drop_scratch(store)
    n_labelled = store.scalar(
        "select count(*) from store.claim_labels where label in ('corroborated', 'refuted')", step="score.labels"
    )
    return ScoreSummary(
        n_labelled=int(n_labelled),
        n_scored=n_scored,
        model_version=version,
        trained=decision.decision == "trained",
        beats_baselines=evaluation.beats_baselines() if evaluation else None,
        metrics=evaluation.metrics if evaluation else {},
        model_decision=decision.decision,
        model_reason=decision.reason,
        n_scores_carried=n_carried,
    )


def _train(store: Store, models_dir: Path, as_of: datetime):
    """Judge the classifier on rolling folds, fit it on the window, save it and its labels."""
    labelled = _training_frame(store)
    folds, td_trust = [], []
    for fold, (_, test) in enumerate(classifier.rolling_folds(labelled)):
        # each fold learns what a run at its block's start knew: the claims labelled by
        # then, with the labels they had then (a later admission may have turned some
        # round); its block is judged by tonight's labels
        split_at = pd.Timestamp(test["asserted_at"].min()).isoformat()
        folds.append((labels_known_at(store, test.iloc[0]), test))
        # the truth-discovery baseline may only see what happened before each block;
        # each fold starts from the previous fold's trust, which saw even less, so the
        # warm start leaks nothing from the block and saves most of the cold rounds
        _fill_truth_claims(store, where=f"asserted_at < timestamptz '{split_at}'", labels=_labels_held_at(split_at))
        run_truth_discovery(store, warm_start=fold > 0)
        trust_then = _source_trust(store)
        td_trust.append(test["source_key"].map(trust_then).fillna(PRIOR_TRUST).to_numpy(dtype=float))
    evaluation = classifier.evaluate(folds, td_trust)
    model, feature_names = classifier.fit(labelled)
    version = _version(labelled)
    save_artefact(
        model,
        models_dir / version,
        manifest={
            "model_version": version,
            "crosscheck_version": __version__,
            "features": list(feature_names),
            "n_labelled": len(labelled),
            "metrics": evaluation.metrics,
            "metrics_by_opposition": evaluation.by_opposition,
            "n_train": evaluation.n_train,
            "n_test": evaluation.n_test,
            "split_at": evaluation.split_at,
            "calibration": "none: the prior offset is the scale",
            "strength": model.C,
            # the data time it was trained at: reuse.py ages it from here
            "as_of": as_of.astimezone(UTC).isoformat(),
        },
        card=render_card(version, labelled, evaluation, feature_names, model, MAX_TRAINING_CLAIMS),
    )
    reuse.remember_training_labels(store, version, labelled)
    return model, version, evaluation, feature_names


def labels_known_at(store: Store, first_held_out: pd.Series) -> pd.DataFrame:
    """What a run at the start of a held-out block would have trained on: the most recent
    MAX_TRAINING_CLAIMS labelled claims asserted before the block's first claim, each with
    ``y`` the label it had then (store.claim_label_spells), oldest first.

    They are read from the whole store, not from tonight's training window: on a big store
    that window covers only the last days, less than the label horizon, and no claim in it
    was labelled yet when its own blocks began.
    """
    cut = pd.Timestamp(first_held_out["asserted_at"]).isoformat()
    frame = store.fetch_df(
        f"""select f.*, case held.label when 'corroborated' then 1 else 0 end as y
            from store.claim_features as f
            join {_labels_held_at(cut)} as held using (claim_id)
            -- claims whose label was later withdrawn are left out, as tonight's window leaves them out
            semi join (select claim_id from store.claim_labels where label in ('corroborated', 'refuted'))
                as now_labelled using (claim_id)
            where held.label in ('corroborated', 'refuted')
              and (f.asserted_at < timestamptz '{cut}'
                   or (f.asserted_at = timestamptz '{cut}' and f.claim_id < ?))
            order by f.asserted_at desc, f.claim_id desc
            limit {MAX_TRAINING_CLAIMS}""",
        [first_held_out["claim_id"]], step="score.training")
    return frame.iloc[::-1].reset_index(drop=True)


def _version(labelled: pd.DataFrame) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    digest = hashlib.sha256("|".join(sorted(labelled["claim_id"])).encode()).hexdigest()[:8]
    return f"{stamp}-{digest}"


def _load_fallback(models_dir: Path | None):
    """The newest shipped artefact as (model, version, feature names), or Nones."""
    folder = latest_artefact(models_dir) if models_dir else None
    if folder is None:
        return None, "", classifier.FEATURE_NAMES
    model, manifest = load_artefact(folder)  # refuses a tampered file (ArtefactError)
    names = tuple(manifest.get("features", []))
    if not names or not set(names) <= set(classifier.FEATURE_NAMES):
        return None, "", classifier.FEATURE_NAMES
    return model, manifest["model_version"], names


def training_window_sql(columns: str) -> str:
    """SQL selecting ``columns`` of the training window: the most recent MAX_TRAINING_CLAIMS
    labelled claims (``f``: their features; ``y``: 1 for corroborated, 0 for refuted)."""
    return f"""
        select {columns}
        from store.claim_features as f
        join (select claim_id, case label when 'corroborated' then 1 else 0 end as y, label_source
              from store.claim_labels where label in ('corroborated', 'refuted')) as l
            using (claim_id)
        order by f.asserted_at desc, f.claim_id desc
        limit {MAX_TRAINING_CLAIMS}
        """


def _training_frame(store: Store) -> pd.DataFrame:
    """The training window's features and labels, oldest first."""
    frame = store.fetch_df(training_window_sql("f.*, l.y, l.label_source"), step="score.training")
    return frame.iloc[::-1].reset_index(drop=True)


def _score_all(store: Store, model, feature_names: tuple[str, ...], version: str) -> int:
    """Score every claim, SCORE_BATCH_ROWS at a time, into temp table scored_claims."""
    _new_scored_claims(store)
    return _score_rows(store, model, feature_names, version)


def _new_scored_claims(store: Store) -> None:
    store.execute(
        "create or replace temp table scored_claims "
        "(claim_id varchar, p_corroborated double, top_features varchar, model_version varchar)",
        step="score.write",
    )


def _score_rows(store: Store, model, feature_names: tuple[str, ...], version: str,
                relation: str = "store.claim_features") -> int:
    """Score the claims of ``relation`` (rows of claim features) into scored_claims; returns how many."""
    n_scored = 0
    for batch in store.iter_frames(f"select * from {relation}", batch_rows=SCORE_BATCH_ROWS, step="score.features"):
        if model is not None:
            matrix = classifier.feature_matrix(batch, feature_names)
            p = model.predict_proba(matrix)[:, 1]
            explanations = classifier.top_features(model, batch, feature_names, matrix=matrix)
        else:
            p = classifier.majority_vote(batch)
            explanations = ["n_support_so_far;n_contradict_so_far"] * len(batch)
        scores = pd.DataFrame({
            "claim_id": batch["claim_id"].to_numpy(),
            "p_corroborated": np.round(p, 4),
            "top_features": explanations,
            "model_version": version,
        })
        n_scored += store.append_frame("scored_claims", scores, step="score.write")
    return n_scored


def _write_score_tables(store: Store) -> None:
    store.execute_file(
        "score/score_tables.sql",
        params={
            "window_days": MATCH_WINDOW_DAYS,
            "min_evidence": grades.MIN_SOURCE_EVIDENCE,
            "reliability_grade": grades.reliability_grade_sql("t.trust", "t.low", "t.n_weight"),
            "credibility": grades.credibility_sql(
                "p_corroborated", "n_independent_support", "n_independent_contradict", "source_judged"
            ),
        },
    )
