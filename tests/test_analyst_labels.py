"""Analysts' labels override the automatic ones, survive runs, and feed the next training."""

from __future__ import annotations

import shutil

from crosscheck import pipeline
from crosscheck.db import Store

from conftest import AS_OF


def test_an_analyst_label_overrides_and_is_kept(sample_db, tmp_path):
    source, _ = sample_db
    db = tmp_path / "crosscheck.duckdb"
    shutil.copyfile(source, db)
    # an analyst disagrees with an automatic 'corroborated' label
    with Store(db) as store:
        claim_id = store.scalar(
            "select claim_id from claim_scores where label = 'corroborated' order by claim_id limit 1")
        store.execute(
            "insert into analyst_labels (claim_id, label, note, labelled_by) values (?, 'refuted', ?, 'analyst-1')",
            [claim_id, "footage shows the opposite"],
        )
    summary = pipeline.run_all(db, as_of=AS_OF)
    assert summary["ingest"]["n_new"] == 0
    with Store(db, read_only=True) as store:
        assert store.fetchone("select label, label_source from claim_scores where claim_id = ?", [claim_id]) == (
            "refuted", "analyst")
        assert store.fetchone("select labelled_by, note from analyst_labels where claim_id = ?", [claim_id]) == (
            "analyst-1", "footage shows the opposite")
        assert store.scalar("select count(*) from runs") == 2


def test_labels_written_during_a_run_survive_its_publication(sample_db, tmp_path):
    source, _ = sample_db
    db = tmp_path / "crosscheck.duckdb"
    shutil.copyfile(source, db)
    ctx = pipeline.begin(db, as_of=AS_OF)  # the run copies the file now
    summary = {"run_id": ctx.run_id}
    for name, stage in pipeline.STAGES:
        summary[name] = stage(ctx)
    # meanwhile an analyst labels a claim in the published file
    with Store(db) as store:
        claim_id = store.scalar("select claim_id from claims order by claim_id limit 1")
        store.execute("insert into analyst_labels (claim_id, label, labelled_by) values (?, 'refuted', 'a2')",
                      [claim_id])
    pipeline.finish(ctx, summary)
    with Store(db, read_only=True) as store:
        assert store.fetchall("select claim_id, labelled_by from analyst_labels") == [(claim_id, "a2")]
