"""A frame validated in hash chunks gets exactly the outcome of the frame validated whole."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pandas as pd
import pytest

from crosscheck.db import Store
from crosscheck.report import validate_run
from crosscheck.report import stage as report_stage
from crosscheck.report._merge import unique_column
from crosscheck.report._suites import SUITE_FRAMES, build_suites
from tests.test_report import RUN_TIME, broken_frames, clean_frames

_COUNTED = ("element_count", "missing_count", "unexpected_count")


def _outcomes(rows) -> dict[tuple[str, str], tuple]:
    """(suite, expectation) -> (success, counts, unexpected share) of DQResult rows."""
    out = {}
    for row in rows:
        details = json.loads(row.details)
        share = details.get("unexpected_percent")
        out[(row.suite, row.expectation)] = (
            row.success, tuple(details.get(name) for name in _COUNTED), None if share is None else round(share, 6)
        )
    return out


def _hash_chunks(frames: dict[str, pd.DataFrame], n_chunks: int) -> dict[str, list[pd.DataFrame]]:
    keys = {SUITE_FRAMES[s.name]: unique_column(s) for s in build_suites()}
    chunked = {}
    for name, frame in frames.items():
        key = keys[name] or frame.columns[0]
        bucket = pd.util.hash_pandas_object(frame[key].astype(str), index=False) % n_chunks
        chunked[name] = [frame[bucket == i].reset_index(drop=True) for i in range(n_chunks)]
    return chunked


@pytest.mark.parametrize("make", [clean_frames, broken_frames], ids=["clean", "broken"])
def test_hash_chunks_give_the_whole_frames_outcome(make, tmp_path):
    frames = make()
    # a duplicated id in another row: only a global uniqueness check can see it
    claims = frames["claims"]
    frames["claims"] = pd.concat([claims, claims.iloc[[5]]], ignore_index=True)
    whole = validate_run(frames, run_id="whole", docs_dir=tmp_path / "whole", run_time=RUN_TIME)
    chunked = validate_run(_hash_chunks(frames, 4), run_id="chunked", docs_dir=tmp_path / "chunked",
                           run_time=RUN_TIME)
    assert _outcomes(chunked) == _outcomes(whole)
    assert not _outcomes(whole)[("claims", "expect_column_values_to_be_unique(claim_id)")][0]


def _claims_with_null_places(shares: list[float], rows_per_chunk: int = 20) -> list[pd.DataFrame]:
    chunks, offset = [], 0
    claims = clean_frames(n_articles=20, claims_per_article=3)["claims"]
    claims["place"] = claims["place_as_written"]
    for share in shares:
        chunk = claims.iloc[offset:offset + rows_per_chunk].copy()
        chunk.iloc[: round(share * rows_per_chunk), chunk.columns.get_loc("place")] = None
        chunks.append(chunk.reset_index(drop=True))
        offset += rows_per_chunk
    return chunks


@pytest.mark.parametrize(
    "shares, passes",
    [([0.6, 0.0], True), ([0.4, 0.7], False), ([0.45, 0.5], True), ([0.55, 0.6], False)],
)
def test_mostly_is_judged_on_the_summed_counts(shares, passes, tmp_path):
    """place may be null in at most half the claims: a chunk over the limit can hide in a frame within it."""
    chunks = _claims_with_null_places(shares)
    label = ("claims", "expect_column_values_to_not_be_null(place)")
    chunked = _outcomes(validate_run({"claims": chunks}, run_id="c", docs_dir=tmp_path / "c", run_time=RUN_TIME))
    whole = _outcomes(validate_run({"claims": pd.concat(chunks, ignore_index=True)}, run_id="w",
                                   docs_dir=tmp_path / "w", run_time=RUN_TIME))
    assert chunked[label] == whole[label]
    assert chunked[label][0] is passes


def test_the_stored_page_shows_the_whole_frame(tmp_path):
    frames = clean_frames()
    docs = tmp_path / "docs"
    validate_run(_hash_chunks(frames, 3), run_id="paged", docs_dir=docs, run_time=RUN_TIME)
    stored = [json.loads(p.read_text()) for p in (docs / "validation_results" / "claims").rglob("*.json")]
    assert len(stored) == 1
    counts = [r["result"].get("element_count") for r in stored[0]["results"]
              if r["expectation_config"]["type"] == "expect_column_values_to_not_be_null"]
    assert counts and set(counts) == {len(frames["claims"])}
    assert stored[0]["statistics"]["evaluated_expectations"] == len(stored[0]["results"])


def test_chunk_keys_are_the_suites_unique_columns():
    keys = {SUITE_FRAMES[s.name]: unique_column(s) for s in build_suites()}
    for frame, key in keys.items():
        if key is not None:
            assert report_stage.CHUNK_KEYS[frame] == key


def test_store_chunks_cover_every_row_once_null_keys_included(tmp_path, monkeypatch):
    monkeypatch.setattr(report_stage, "DQ_CHUNK_ROWS", 7)
    with Store(tmp_path / "chunks.duckdb") as store:
        store.execute("create table t as select case when range % 10 = 0 then null else 'c' || range end as claim_id,"
                      " range as n from range(100)")
        chunks = list(report_stage._frame_chunks(store, "claims", "select * from t where ? is not null", "run"))
        assert len(chunks) == 15
        seen = pd.concat(chunks)["n"].tolist()
        assert sorted(seen) == list(range(100))


def test_a_stored_run_validated_in_chunks_matches_one_validated_whole(sample_db, tmp_path, monkeypatch):
    db, summary = sample_db
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    run_time = RUN_TIME + timedelta(days=3650)
    with Store(copy) as store:
        whole = report_stage.validate_stored_run(store, run_id=summary["run_id"], docs_dir=tmp_path / "w",
                                                 run_time=run_time)
        whole_rows = store.fetchall("select suite, expectation, success, details from store.dq_results")
        monkeypatch.setattr(report_stage, "DQ_CHUNK_ROWS", 50)
        chunked = report_stage.validate_stored_run(store, run_id=summary["run_id"], docs_dir=tmp_path / "c",
                                                   run_time=run_time)
        chunked_rows = store.fetchall("select suite, expectation, success, details from store.dq_results")
    assert whole["n_expectations"] == chunked["n_expectations"] > 0
    assert whole["dq_passed"] == chunked["dq_passed"]

    def outcome(rows):
        return {(s, e): (ok, tuple(json.loads(d).get(n) for n in _COUNTED)) for s, e, ok, d in rows}

    assert outcome(chunked_rows) == outcome(whole_rows)
    n_claims = next(v[1][0] for k, v in outcome(whole_rows).items()
                    if k == ("claims", "expect_column_values_to_not_be_null(claim_id)"))
    assert n_claims > 50  # more than one chunk was needed
