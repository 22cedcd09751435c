"""The sample corpus end to end, against its answer key (crosscheck/data/sample/expected.yaml)."""

from __future__ import annotations

import pytest
import yaml

from crosscheck.db import Store
from crosscheck.paths import sample_corpus_dir

KEY = yaml.safe_load((sample_corpus_dir() / "expected.yaml").read_text(encoding="utf-8"))

# Known gaps, kept visible: strict, so a fix makes these fail until the marker is removed.
# Some are extraction misses (issue 4); others are places where the spring answer key reads
# a report more loosely than the labelling rules the extractor follows
# (tests/eval_data/README.md: attacks repelled or positions held *near* a place are not
# control of it; an encirclement is its own predicate).
_BERKHIVKA = ("Astafyev's 'Berkhovka is reliably held by our units' is extracted (Russia), but the Ukrainian "
              "statements are about positions near the village and the reservoir, which the labelling rules do "
              "not count as control, so no Ukrainian-side claim contradicts it")
CONTRADICTION_GAPS = {
    "berkhivka_flank": _BERKHIVKA,
}
CONTROL_GAPS: dict[str, str] = {}


def known_gap(gaps: dict[str, str], key: str, value):
    if key in gaps:
        return pytest.param(value, marks=pytest.mark.xfail(reason=gaps[key], strict=True))
    return value


def query(sample_db, sql: str, params=None):
    db, _ = sample_db
    with Store(db, read_only=True) as store:
        return store.fetchall(sql, params)


@pytest.mark.parametrize(
    "planted", [known_gap(CONTRADICTION_GAPS, c["id"], c) for c in KEY["contradictions"]],
    ids=[c["id"] for c in KEY["contradictions"]]
)
def test_every_planted_contradiction_is_found(sample_db, planted):
    rows = query(sample_db, "select status, resolved_value from contradictions where place = ?", [planted["place"]])
    assert rows, f"no contradiction about {planted['place']}"
    # crosscheck settles a contradiction on an admission against interest or on two
    # unhedged independent sources; a single hedged assessment leaves it open (README)
    if planted["resolved"] and "hedged" not in planted["resolution"]["basis"]:
        assert ("resolved", planted["resolution"]["value"]) in rows


@pytest.mark.parametrize("copy", KEY["aggregator_copies"], ids=lambda c: c["copy_url"].rsplit("/", 1)[-1])
def test_every_aggregator_copy_is_detected(sample_db, copy):
    rows = query(sample_db, """
        select count(*) from article_copies k
        join articles c on c.article_id = k.article_id
        join articles o on o.article_id = k.copy_of
        where c.url = ? and o.url = ?
    """, [copy["copy_url"], copy["original_url"]])
    assert rows == [(1,)]


def test_no_contradiction_between_an_article_and_its_copy(sample_db):
    # a copy repeats its original's sources, so the two can never face each other
    rows = query(sample_db, """
        select k.contradiction_id
        from contradictions k
        join claims a on a.claim_id = k.claim_id_a
        join claims b on b.claim_id = k.claim_id_b
        join article_copies c
          on (c.article_id = a.article_id and c.copy_of = b.article_id)
          or (c.article_id = b.article_id and c.copy_of = a.article_id)
        where a.speaker = b.speaker
    """)
    assert rows == []


def test_copies_add_no_independent_support(sample_db):
    # a copy's own-voice reporting stands for the outlet it copied, never for the copier
    rows = query(sample_db, """
        select count(*) from claims c
        where c.from_copy and c.speaker_phrase is null and c.source_key = 'outlet:' || lower(c.outlet)
    """)
    assert rows == [(0,)]
    # and a copy's claims are never counted as support for the claims they copy
    rows = query(sample_db, """
        select count(*) from claims c join claims o
          on o.statement_id = c.statement_id and o.claim_id <> c.claim_id
        where c.from_copy and o.source_key <> c.source_key
    """)
    assert rows == [(0,)]


@pytest.mark.parametrize("place", [known_gap(CONTROL_GAPS, p, p) for p in sorted(KEY["final_control"])])
def test_the_latest_state_of_each_place_is_its_eventual_controller(sample_db, place):
    expected = KEY["final_control"][place]["value"]
    rows = query(sample_db, "select controller from place_timeline where place = ? and valid_to is null", [place])
    assert rows == [(expected,)]


# The card's folds learn only the labels known at each block's start (the label history).
# Judged as of 2023-06-01 the sample has about 140 held-out later claims; each lead is asserted
# as a point comparison. The Brier score against truth discovery's was a coin toss until the
# eighteenth session (difference +0.0008 [-0.039, +0.040], won in 9 of 20 random 90% subsamples
# of the articles), because the labels let Bakhmut's fall in late May settle the disputes about
# it since mid-April; with those labels right it is -0.063 [-0.095, -0.031], won in 20 of 20
# subsamples (benchmarks/HISTORY.md). The whole interval past zero is still asserted only where
# the held-out claims are thousands: tests/test_score_generated_world.py. README, "How sure
# the lead is".
@pytest.mark.parametrize(("baseline", "metric"), [
    ("majority_vote", "roc_auc"),
    ("majority_vote", "brier"),
    ("truth_discovery", "roc_auc"),
    ("truth_discovery", "brier"),
])
def test_the_classifier_beats_the_baselines_on_later_claims(sample_db, baseline, metric):
    _, summary = sample_db
    score = summary["score"]
    assert score["trained"], "the sample has enough labels to train on"
    model, other = score["metrics"]["model"][metric], score["metrics"][baseline][metric]
    assert (model > other) if metric == "roc_auc" else (model < other), (baseline, score["metrics"])


def test_the_classifier_is_not_significantly_worse_calibrated_than_truth_discovery(sample_db):
    _, summary = sample_db
    brier = summary["score"]["metrics"]["truth_discovery"]["paired_bootstrap"]["brier"]
    assert brier["low"] <= 0, brier



def test_where_sources_disagree_the_classifier_ranks_better_than_chance(sample_db):
    # Who is right when Moscow and Kyiv disagree is the product's central question. Judged as
    # of 2023-06-01, about 50 held-out claims some source had contradicted by their time:
    # the model ranked them worse than a coin (ROC-AUC 0.38) while the labels let a town's
    # later fall settle the earlier disputes about it (benchmarks/HISTORY.md, eighteenth
    # session); with those labels right it ranks them better than chance and than truth
    # discovery (a point comparison: 50 claims cannot show more).
    import json

    db, summary = sample_db
    manifest = db.parent / "models" / summary["score"]["model_version"] / "manifest.json"
    within = json.loads(manifest.read_text())["metrics_by_opposition"]["contradicted"]
    assert within["claims"] >= 30, within
    assert within["model"]["roc_auc"] > max(0.5, within["truth_discovery"]["roc_auc"]), within
