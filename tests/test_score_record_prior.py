"""The prior of an uncontradicted claim weighs its speaker's labelled record (RecordPriorLogit)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from test_score import synthetic_features

from crosscheck.score.classifier import C_GRID, FEATURE_NAMES, feature_matrix, fit


def _record_world(n: int, seed: int) -> pd.DataFrame:
    """Claims nobody contradicted, 80% corroborated, by speakers with assorted records."""
    rng = np.random.default_rng(seed)
    frame = synthetic_features(n, seed=seed)
    frame["n_contradict_so_far"] = 0
    frame["trusted_support_share"] = 1.0
    frame["y"] = (rng.random(n) < 0.8).astype(int)
    return frame


def _speaker_rows(corroborated: int, refuted: int, **overrides) -> pd.DataFrame:
    """One claim by a speaker with this labelled record, as features.sql records it (Laplace smoothed)."""
    row = synthetic_features(1, seed=9).assign(
        speaker_past_reliability=(corroborated + 1.0) / (corroborated + refuted + 2.0),
        speaker_past_labels=corroborated + refuted, n_contradict_so_far=0, n_support_so_far=2,
        trusted_support_share=1.0)
    return row.assign(**overrides)


def test_an_uncontradicted_claim_starts_from_its_speakers_record():
    from crosscheck.score.classifier import _model

    frame = _record_world(300, seed=21)
    model = _model(min(C_GRID)).fit(feature_matrix(frame), frame["y"].to_numpy())
    claims = pd.concat([_speaker_rows(0, 8), _speaker_rows(0, 0), _speaker_rows(8, 0), _speaker_rows(4, 4)])
    poor, unknown, good, even = model.predict_proba(feature_matrix(claims))[:, 1]
    # every one unanimous: the vote alone says 0.95 for all four; the speakers' records part them
    assert poor < 0.7 < even < unknown < 0.97
    assert good >= unknown - 1e-9
    # the move is the record's distance from what uncontradicted training claims turned out to be
    assert 0.7 < model.unopposed_rate_ < 0.9


def test_a_contradicted_claim_keeps_the_vote_whatever_its_speakers_record():
    from crosscheck.score.classifier import _model

    frame = _record_world(300, seed=22)
    model = _model(min(C_GRID)).fit(feature_matrix(frame), frame["y"].to_numpy())
    # opposed claims: the share's weights already hold every voice's record, so the record adds nothing
    opposed = pd.concat([_speaker_rows(0, 8, n_contradict_so_far=1, trusted_support_share=0.6),
                         _speaker_rows(8, 0, n_contradict_so_far=1, trusted_support_share=0.6)])
    plain = np.log(0.6 / 0.4)
    offsets = model._offset(feature_matrix(opposed))
    assert np.allclose(offsets, plain)


def test_the_records_move_is_explained_on_the_speakers_reliability():
    from crosscheck.score.classifier import _model, top_features

    frame = _record_world(300, seed=23)
    model = _model(min(C_GRID)).fit(feature_matrix(frame), frame["y"].to_numpy())
    claim = _speaker_rows(0, 8)
    pushes = model.contributions(feature_matrix(claim))[0]
    reliability = FEATURE_NAMES.index("speaker_past_reliability")
    share = FEATURE_NAMES.index("trusted_support_share")
    assert pushes[reliability] < -1.0
    # the share's column carries the vote's own log-odds, as before
    assert pushes[share] == pytest.approx(np.log(0.95 / 0.05), abs=0.05)
    assert top_features(model, claim, FEATURE_NAMES, k=2)[0].split(";")[1].startswith("speaker_past_reliability:-")
    # contributions still add up to the logit the model says
    logit = model.decision_function(feature_matrix(claim))[0]
    assert pushes.sum() + model.intercept_ == pytest.approx(logit, abs=1e-9)


def test_the_card_states_the_rate_an_uncontradicted_claims_record_is_shrunk_to():
    from crosscheck.score import classifier
    from crosscheck.score.card import render_card

    frame = _record_world(300, seed=24).assign(label_source="timeline")
    folds = classifier.rolling_folds(frame)
    evaluation = classifier.evaluate(folds, [np.full(len(test), 0.6) for _, test in folds])
    model, names = fit(frame)
    card = render_card("v", frame, evaluation, names, model, 200_000)
    rate = f"{model.unopposed_rate_:.3f}".rstrip("0")
    assert f"logit(r) - logit({rate})" in card
    assert "with the weight of 4 claims" in card
