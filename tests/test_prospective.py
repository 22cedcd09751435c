"""The prospective replay (benchmarks/bench_prospective.py) on its first three weekly nights.

It must be honest: no night ingests an article published after its ``as_of``, and each
claim's issued score is the one of the night its article arrived, not a later night's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_prospective import (  # noqa: E402
    HELD_OUT, METHODS, card_held_out_claims, card_metrics, final_labels, metrics_table, replay)

from crosscheck.db import Store  # noqa: E402


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    db = tmp_path_factory.mktemp("prospective") / "p.duckdb"
    nights, issued = replay(db, every_days=7, max_nights=3)
    return db, nights, issued


def test_no_night_ingests_an_article_published_after_its_as_of(replayed):
    db, nights, _ = replayed
    with Store(db, read_only=True) as store:
        articles = store.fetch_df("select article_id, published_at, run_id from store.articles")
    assert len(nights) == 3 and len(articles) > 0
    as_of = {night.run_id: night.as_of for night in nights}
    previous = {night.run_id: (nights[i - 1].as_of if i else None) for i, night in enumerate(nights)}
    for row in articles.itertuples(index=False):
        assert row.published_at < as_of[row.run_id]
        assert previous[row.run_id] is None or row.published_at >= previous[row.run_id]
    assert articles["published_at"].max() < nights[-1].as_of


def test_each_claim_is_issued_once_with_the_score_of_the_night_it_first_appeared(replayed):
    db, nights, issued = replayed
    with Store(db, read_only=True) as store:
        claims = store.fetch_df("select c.claim_id, a.run_id from store.claims as c join store.articles as a "
                                "using (article_id)")
    assert issued["claim_id"].is_unique
    assert set(issued["claim_id"]) == set(claims["claim_id"])
    arrived = dict(zip(claims["claim_id"], claims["run_id"]))
    assert (issued["scored_in_run"] == issued["claim_id"].map(arrived)).all()
    # the early nights were scored by the shipped fallback, the third by the model it trained:
    # a score read after the last night would carry the last night's model everywhere
    version_of = {night.run_id: night.model_version for night in nights}
    assert (issued["model_version"] == issued["scored_in_run"].map(version_of)).all()
    assert len({night.model_version for night in nights}) > 1


def test_the_metrics_table_judges_the_three_methods_by_the_final_labels(replayed):
    db, nights, issued = replayed
    labels = final_labels(db)
    card = card_metrics(db, nights[-1].model_version)
    held_out = card_held_out_claims(db)
    assert len(held_out) == card["n_test"]
    table = metrics_table(issued, labels, held_out)
    assert set(table["method"]) == set(METHODS) == {"model", "majority_vote", "truth_discovery"}
    # three nights' labels are too few for the card's folds as they stood at each cut: a card
    # without held-out claims gets no held-out row
    held_out_rows = {HELD_OUT} if card["n_test"] else set()
    assert set(table["claims"]) == {"scored by a trained or reused model", "all labelled claims"} | held_out_rows
    assert (table.groupby("claims")["method"].count() == 3).all()
    every = table[table["claims"] == "all labelled claims"]
    assert (every["n"] == len(set(issued["claim_id"]) & set(labels["claim_id"]))).all()
    assert every["n"].iloc[0] > 0 and every["roc_auc"].between(0, 1).all()
    assert not card["n_test"] or set(card) >= set(METHODS)
