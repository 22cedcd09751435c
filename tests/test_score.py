"""Scoring on small worlds where the right answer is known."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from crosscheck.db import Store
from crosscheck.score import grades
from crosscheck.score.artifacts import ArtefactError, load_artefact, save_artefact
from crosscheck.score.classifier import C_GRID, FEATURE_NAMES, choose_strength, feature_matrix, fit
from crosscheck.score.truth import run_truth_discovery


def truth_world(store: Store, claims: list[tuple[str, str, str]], anchors=()) -> dict[str, tuple]:
    store.execute("create or replace temp table truth_claims (source varchar, object varchar, value varchar, weight double)")
    store.append_rows("truth_claims", ("source", "object", "value", "weight"), [(*c, 1.0) for c in claims], step="t")
    store.execute("create or replace temp table truth_anchors (object varchar, value varchar, truth double)")
    store.append_rows("truth_anchors", ("object", "value", "truth"), list(anchors), step="t")
    result = run_truth_discovery(store)
    assert result.converged
    return {row[0]: row[1:] for row in store.fetchall("select source, trust, low, high, n_weight from truth_trust")}


def test_reliable_source_outranks_biased_one_and_one_claim_source_stays_near_prior():
    store = Store()
    claims = []
    for i in range(20):
        obj = f"town{i}"
        claims += [("reliable", obj, "true"), ("honest2", obj, "true")]
        # the biased source is wrong on most objects
        claims.append(("biased", obj, "false" if i % 4 else "true"))
    claims.append(("newcomer", "town0", "true"))
    trust = truth_world(store, claims)
    assert trust["reliable"][0] > trust["biased"][0] + 0.3
    # shrinkage: one claim cannot move a source far from the prior, and its interval is wide
    assert abs(trust["newcomer"][0] - 0.6) < 0.15
    assert trust["newcomer"][2] - trust["newcomer"][1] > 0.4
    assert grades.reliability_grade(trust["newcomer"][0], trust["newcomer"][1], trust["newcomer"][3]) == "F"
    assert grades.reliability_grade(*trust["reliable"][:2], trust["reliable"][3]) in {"A", "B"}


def test_anchors_override_the_vote():
    store = Store()
    claims = [("a", "x", "Russia"), ("b", "x", "Russia"), ("c", "x", "Ukraine")]
    truth_world(store, claims, anchors=[("x", "Ukraine", 1.0)])
    conf = dict(store.fetchall("select value, confidence from truth_confidence where object = 'x'"))
    assert conf == {"Ukraine": 1.0, "Russia": 0.0}


@pytest.mark.parametrize(
    ("trust", "low", "n", "grade"),
    [(0.95, 0.8, 30, "A"), (0.95, 0.5, 5, "B"), (0.6, 0.4, 10, "C"), (0.45, 0.3, 10, "D"), (0.2, 0.1, 10, "E"),
     (0.99, 0.9, 2, "F")],
)
def test_reliability_grades_follow_the_bands(trust, low, n, grade):
    assert grades.reliability_grade(trust, low, n) == grade


def test_grades_in_sql_and_python_agree():
    store = Store()
    cases = [(0.95, 0.8, 30), (0.95, 0.5, 5), (0.6, 0.4, 10), (0.45, 0.3, 10), (0.2, 0.1, 10), (0.99, 0.9, 2)]
    for trust, low, n in cases:
        sql = grades.reliability_grade_sql(str(trust), str(low), str(n))
        assert store.scalar(f"select {sql}") == grades.reliability_grade(trust, low, n)
    for p, s, c, judged in [(0.9, 2, 0, True), (0.9, 0, 0, True), (0.5, 0, 0, False), (0.2, 0, 3, True)]:
        sql = grades.credibility_sql(str(p), str(s), str(c), str(judged).lower())
        assert store.scalar(f"select {sql}") == grades.credibility(p, s, c, judged)


def synthetic_features(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "claim_id": [f"c{i}" for i in range(n)],
        "asserted_at": pd.date_range("2023-01-01", periods=n, freq="h", tz="UTC"),
        "predicate": rng.choice(["controls", "attacked"], n),
        "speaker_kind": rng.choice(["military", "analyst", "outlet"], n),
        "hedged": rng.integers(0, 2, n),
        "against_interest": rng.integers(0, 2, n),
        "in_own_favour": rng.integers(0, 2, n),
        "unattributed": rng.integers(0, 2, n),
        "n_support_so_far": rng.integers(0, 4, n),
        "n_contradict_so_far": rng.integers(0, 4, n),
        "speaker_past_reliability": rng.random(n),
        "speaker_past_labels": rng.integers(0, 10, n),
        "days_since_first_report": rng.random(n) * 30,
        "n_copies": rng.integers(0, 3, n),
    })
    logit = 2.0 * frame["against_interest"] + frame["n_support_so_far"] - frame["n_contradict_so_far"] - 0.5
    frame["y"] = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return frame


def test_classifier_learns_the_signal_and_is_calibrated():
    frame = synthetic_features(600)
    model, names = fit(frame.iloc[:400])
    assert names == FEATURE_NAMES
    p = model.predict_proba(feature_matrix(frame.iloc[400:], names))[:, 1]
    y = frame["y"].iloc[400:].to_numpy()
    # calibrated: mean prediction close to the observed rate; and better than a coin
    assert abs(p.mean() - y.mean()) < 0.08
    assert np.mean((p > 0.5) == y) > 0.7
    assert feature_matrix(frame).shape[1] == len(FEATURE_NAMES)


def test_regularisation_is_stronger_when_labels_are_few_and_follow_the_prior():
    rng = np.random.default_rng(3)
    frame = synthetic_features(3000)
    x, y = feature_matrix(frame), frame["y"].to_numpy()
    # a few labels that the prior already explains: nothing to correct, the strongest penalty
    few = synthetic_features(150)
    few["trusted_support_share"] = rng.random(150)
    follows_prior = (rng.random(150) < few["trusted_support_share"]).astype(int).to_numpy()
    assert choose_strength(feature_matrix(few), follows_prior) == min(C_GRID)
    # many labels driven by features the prior only partly carries: a weaker one
    assert choose_strength(feature_matrix(few), follows_prior) < choose_strength(x, y)
    assert choose_strength(x, y) in C_GRID


class _ConstantModel:
    """A stand-in model that predicts the same probability for every row."""

    def __init__(self, p: float):
        self.p = p

    def fit(self, x, y):
        return self

    def predict_proba(self, x):
        return np.column_stack([np.full(len(x), 1 - self.p), np.full(len(x), self.p)])


def test_the_strength_search_keeps_the_most_shrunk_option_the_blocks_cannot_tell_apart():
    from crosscheck.score.classifier import _time_ordered_choice

    rng = np.random.default_rng(11)
    x, y = np.zeros((80, 1)), (rng.random(80) < 0.7).astype(int)
    # the looser option predicts the base rate slightly better, by far less than the
    # blocks' noise: the first (most shrunk) option is kept
    options = {"shrunk": 0.6, "loose": float(y.mean())}
    chosen = _time_ordered_choice(tuple(options), lambda option: _ConstantModel(options[option]), x, y,
                                  min_per_class=1)
    assert chosen == "shrunk"
    # on many rows the same gap is beyond the noise, and the better option wins
    x, y = np.zeros((20_000, 1)), (rng.random(20_000) < 0.7).astype(int)
    options = {"shrunk": 0.6, "loose": float(y.mean())}
    assert _time_ordered_choice(tuple(options), lambda option: _ConstantModel(options[option]), x, y,
                                min_per_class=1) == "loose"


def test_with_few_labels_a_unanimous_vote_keeps_the_priors_scale():
    # 60 early claims, two thirds corroborated, none of them unanimous: a model calibrated on
    # them put every claim, a unanimous one too, near their base rate; the prior offset starts
    # from the vote's own scale and the penalty keeps it there
    rng = np.random.default_rng(4)
    frame = synthetic_features(60)
    frame["trusted_support_share"] = rng.uniform(0.3, 0.7, 60)
    frame["y"] = (rng.random(60) < 0.67).astype(int)
    model, names = fit(frame)
    unanimous = frame.iloc[:5].assign(trusted_support_share=1.0)
    assert model.predict_proba(feature_matrix(unanimous, names))[:, 1].min() > 0.85


def test_artefact_round_trip_and_tamper_refusal(tmp_path):
    frame = synthetic_features(200)
    model, names = fit(frame)
    folder = save_artefact(model, tmp_path / "v1", manifest={"model_version": "v1"}, card="# card\n")
    loaded, manifest = load_artefact(folder)
    x = feature_matrix(frame, names)
    assert np.allclose(loaded.predict_proba(x), model.predict_proba(x))
    # one changed byte and the artefact is refused
    data = bytearray((folder / "model.skops").read_bytes())
    data[-10] ^= 0xFF
    (folder / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ArtefactError):
        load_artefact(folder)


def test_rolling_folds_only_ever_judge_later_claims():
    from crosscheck.score.classifier import rolling_folds

    folds = rolling_folds(synthetic_features(200))
    assert len(folds) == 4
    for train, test in folds:
        assert train["asserted_at"].max() < test["asserted_at"].min()
    # the blocks tile the later 40% exactly once
    assert sum(len(test) for _, test in folds) == 80


def test_grades_do_not_flip_on_float_noise_at_a_band_edge():
    from crosscheck.score.grades import credibility, reliability_grade

    # parallel sums differ in their last bits from run to run; the grade must not
    assert reliability_grade(0.55 - 1e-12, 0.3, 10) == reliability_grade(0.55 + 1e-12, 0.3, 10) == "C"
    assert credibility(0.65 - 1e-12, 1, 0, True) == credibility(0.65, 1, 0, True) == 2


def test_trusted_support_weighs_each_voice_by_its_record_at_the_time(fresh_store):
    from conftest import add_article, add_claim

    from crosscheck.contradict import flag_contradictions
    from crosscheck.match import MATCH_WINDOW_DAYS, build_claim_evidence, detect_copies

    store = fresh_store
    villages = ["Andriivka", "Berestove", "Dibrova", "Hryhorivka", "Kurdiumivka", "Pivnichne"]
    # two neutral monitors with a January record: analysts judged Alpha right six times,
    # Bravo wrong six times; both records are known by March
    for i, place in enumerate(villages):
        for source, label in (("Alpha Monitor", "corroborated"), ("Bravo Monitor", "refuted")):
            article = add_article(store, f"{source[0]}{i}", outlet=source, published=f"2023-01-0{i + 1}",
                                  text=f"{source} on {place}.")
            claim = add_claim(store, f"{source[0].lower()}{i}", article, speaker=source, place=place,
                              value="Russia", asserted=f"2023-01-0{i + 1}", side="neutral", kind="analyst")
            store.execute("insert into main.analyst_labels (claim_id, label, labelled_by) values (?, ?, 'test')",
                          [claim, label])
    # in March they disagree about Soledar, at the same moment: majority vote cannot tell
    # them apart, their records can
    for source, value in (("Alpha Monitor", "Russia"), ("Bravo Monitor", "Ukraine")):
        article = add_article(store, f"{source[0]}-soledar", outlet=source, published="2023-03-01T12:00",
                              text=f"{source} on Soledar.")
        add_claim(store, f"{source[0].lower()}-soledar", article, speaker=source, place="Soledar", value=value,
                  asserted="2023-03-01T12:00", side="neutral", kind="analyst")
    detect_copies(store, run_id="test-run")
    build_claim_evidence(store)
    flag_contradictions(store)
    params = {"run_id": "test-run", "as_of": "2023-06-01T00:00:00+00:00", "horizon_days": 14, "window_days": MATCH_WINDOW_DAYS,
              "min_timeline_confidence": 0.6}
    store.execute_file("score/labels.sql", params=params)
    store.execute_file("score/features.sql", params=params)
    rows = dict(store.fetchall(
        "select claim_id, trusted_support_share from store.claim_features where claim_id like '%-soledar'"))
    # Alpha: 7/8 (six right, Laplace) against Bravo's 1/8; a lone first voice is wholly agreed with
    assert rows["a-soledar"] == pytest.approx(7 / 8)
    assert rows["b-soledar"] == pytest.approx(1 / 8)
    first = store.scalar("select trusted_support_share from store.claim_features where claim_id = 'a0'")
    assert first == pytest.approx(1.0)


def test_with_the_strongest_penalty_the_model_is_its_prior():
    from crosscheck.score.classifier import _model
    from crosscheck.score.prior_offset import PRIOR_CLIP

    # labels that follow the prior alone: with the strongest penalty of the grid the model
    # says the (clipped) prior, every other feature left near nothing (every claim here has
    # a contradiction, so the prior is the trust-weighted share alone)
    rng = np.random.default_rng(5)
    frame = synthetic_features(400)
    frame["trusted_support_share"] = rng.random(400)
    frame["n_contradict_so_far"] = rng.integers(1, 4, 400)
    y = (rng.random(400) < frame["trusted_support_share"]).astype(int).to_numpy()
    model = _model(min(C_GRID)).fit(feature_matrix(frame), y)
    prior = np.clip(frame["trusted_support_share"].to_numpy(), PRIOR_CLIP, 1 - PRIOR_CLIP)
    assert np.abs(model.predict_proba(feature_matrix(frame))[:, 1] - prior).max() < 0.03
    assert np.abs(model.coef_).max() < 0.05


def _sample_copy(sample_db, tmp_path):
    import shutil

    db, _ = sample_db
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    return copy


def test_scoring_in_batches_matches_scoring_at_once(sample_db, tmp_path, monkeypatch):
    from pathlib import Path

    from crosscheck.score import scoring

    model, version, names = scoring._load_fallback(Path(__file__).resolve().parents[1] / "models")
    assert model is not None
    with Store(_sample_copy(sample_db, tmp_path)) as store:
        # five renamed copies of every claim's features: more rows than one DuckDB vector
        store.execute("""create or replace table store.claim_features as
                         select * replace (claim_id || '-' || copy as claim_id)
                         from store.claim_features, range(5) as copies(copy)""")
        n_rows = store.scalar("select count(*) from store.claim_features")
        assert n_rows > 2048
        read = "select claim_id, p_corroborated, top_features, model_version from scored_claims order by claim_id"
        monkeypatch.setattr(scoring, "SCORE_BATCH_ROWS", 1_000_000)
        assert scoring._score_all(store, model, names, version) == n_rows
        at_once = store.fetchall(read)
        monkeypatch.setattr(scoring, "SCORE_BATCH_ROWS", 2048)
        assert scoring._score_all(store, model, names, version) == n_rows
        assert store.fetchall(read) == at_once
        monkeypatch.setattr(scoring, "SCORE_BATCH_ROWS", 2048)
        assert scoring._score_all(store, None, names, "baseline:majority-vote") == n_rows


def test_training_reads_the_most_recent_labelled_claims_oldest_first(sample_db, tmp_path, monkeypatch):
    from crosscheck.score import scoring

    with Store(_sample_copy(sample_db, tmp_path)) as store:
        every = scoring._training_frame(store)
        monkeypatch.setattr(scoring, "MAX_TRAINING_CLAIMS", 100)
        recent = scoring._training_frame(store)
    assert len(every) > 100 and len(recent) == 100
    assert recent["asserted_at"].is_monotonic_increasing
    assert recent["claim_id"].tolist() == every["claim_id"].tolist()[-100:]


def test_the_cards_folds_learn_from_before_a_window_shorter_than_the_horizon(sample_db, tmp_path, monkeypatch):
    # On a million-article store the training window (the most recent labelled claims) covers
    # a few days, less than the label horizon, so no claim inside it was labelled yet when its
    # own held-out blocks began: the folds must learn from the labelled claims before it.
    from crosscheck.score import scoring

    from crosscheck.score.classifier import rolling_folds

    monkeypatch.setattr(scoring, "MAX_TRAINING_CLAIMS", 28)
    with Store(_sample_copy(sample_db, tmp_path)) as store:
        window = scoring._training_frame(store)
        _, first_block = rolling_folds(window)[0]
        # nothing in the window was labelled yet when the first block began
        assert first_block["asserted_at"].min() - window["asserted_at"].min() < pd.Timedelta(
            days=scoring.LABEL_HORIZON_DAYS)
        _, _, evaluation, _ = scoring._train(store, tmp_path / "models", datetime(2023, 6, 1, tzinfo=UTC))
    assert evaluation.n_test > 0 and evaluation.n_train > 0
    assert set(evaluation.metrics) == {"model", "majority_vote", "truth_discovery"}
