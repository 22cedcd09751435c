"""Safe publishing: readers are never blocked, crashes never damage the published file."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crosscheck import publish
from crosscheck.db import Store

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "crosscheck" / "data" / "sample"
SAMPLE = [str(SAMPLE_DIR / "articles.jsonl"), str(SAMPLE_DIR / "aggregator.xml"), str(SAMPLE_DIR / "000_de7e26a0223dbdce.txt")]
AS_OF = "2023-06-01T00:00:00+00:00"


def crosscheck_cmd(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crosscheck", "run", "--engine", "plain", "--db", str(db), "--as-of", AS_OF,
            *SAMPLE, *extra]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {
            view: store.scalar(f"select count(*) from {view}")
            for view in ("articles", "claims", "contradictions", "claim_scores", "source_scores", "place_timeline")
        }


def test_publish_replaces_atomically_and_cleans_stale_copies(tmp_path):
    published = tmp_path / "x.duckdb"
    with Store(published) as store:
        store.execute("create table t as select 1 as v")
    stale = publish.working_path(published, "crashed-run")
    stale.write_bytes(b"half a run")
    working = publish.prepare_working_copy(published, "new-run")
    assert not stale.exists()
    with Store(working) as store:
        store.execute("update t set v = 2")
    publish.publish(working, published)
    with Store(published, read_only=True) as store:
        assert store.scalar("select v from t") == 2
    assert not working.exists()


def test_two_runs_cannot_build_at_once(tmp_path):
    first = publish.RunLock(tmp_path / "x.duckdb")
    first.acquire()
    with pytest.raises(publish.RunInProgressError):
        publish.RunLock(tmp_path / "x.duckdb").acquire()
    first.release()
    publish.RunLock(tmp_path / "x.duckdb").acquire()


@pytest.mark.slow
def test_a_reader_in_another_process_is_never_blocked(tmp_path):
    db = tmp_path / "crosscheck.duckdb"
    subprocess.run(crosscheck_cmd(db), check=True, capture_output=True)
    before = table_counts(db)
    # a reader process holds the published file open read-only and keeps querying
    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, time, sys
            con = duckdb.connect({str(db)!r}, read_only=True)
            n = 0
            deadline = time.time() + 120
            while time.time() < deadline:
                n = con.execute("select count(*) from claims").fetchone()[0]
                print(n, flush=True)
                if sys.stdin.readline().strip() == "stop":
                    break
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    reader.stdin.write("go\n")
    reader.stdin.flush()
    first_count = int(reader.stdout.readline())
    # meanwhile a second run builds and publishes over the same file
    result = subprocess.run(crosscheck_cmd(db), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    # the reader still works and still sees a complete (the old) database
    reader.stdin.write("go\n")
    reader.stdin.flush()
    assert int(reader.stdout.readline()) == first_count == before["claims"]
    reader.stdin.write("stop\n")
    reader.stdin.flush()
    assert reader.wait(timeout=30) == 0
    # a new reader sees the new run, identical in content: the rerun added nothing
    assert table_counts(db) == before


LATE_ARTICLE = (
    '{"outlet": "Late Wire", "url": "https://late.test/1", "published_at": "2023-03-20T10:00:00Z", '
    '"title": "Late", "text": "Russian forces captured the village of Dibrova, the Russian defence ministry said on '
    'Monday. Ukraine denied it and said fighting continues in Dibrova."}\n'
)


@pytest.fixture(scope="module")
def runs_before_and_after(tmp_path_factory):
    """A database after the sample run, and one after an uninterrupted second run with a new article."""
    folder = tmp_path_factory.mktemp("reference")
    extra = folder / "more.jsonl"
    extra.write_text(LATE_ARTICLE)
    before = folder / "before.duckdb"
    subprocess.run(crosscheck_cmd(before), check=True, capture_output=True)
    after = folder / "after.duckdb"
    after.write_bytes(before.read_bytes())
    subprocess.run(crosscheck_cmd(after, str(extra)), check=True, capture_output=True)
    return before, after, extra


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["ingest", "extract", "score", "validate"])
def test_a_killed_run_leaves_the_published_file_intact(tmp_path, runs_before_and_after, stage):
    before, after, extra = runs_before_and_after
    db = tmp_path / "crosscheck.duckdb"
    db.write_bytes(before.read_bytes())
    published_digest = digest(db)
    process = subprocess.Popen(crosscheck_cmd(db, str(extra)), stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    for line in process.stderr:
        if f"stage {stage} finished" in line:
            os.killpg(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL
    # the published file is byte for byte what it was
    assert digest(db) == published_digest
    # the next run completes, cleans up, and gives what an uninterrupted run gives
    subprocess.run(crosscheck_cmd(db, str(extra)), check=True, capture_output=True)
    assert table_counts(db) == table_counts(after) != table_counts(before)
    assert not list(tmp_path.glob(".crosscheck.duckdb.building-*"))
    # the killed run's stage timings went with its working copy
    with Store(db, read_only=True) as store:
        assert store.fetchall("select distinct run_id from run_stages order by 1") == \
            store.fetchall("select run_id from runs order by 1")


def test_each_published_run_records_its_stages_in_order(runs_before_and_after):
    _, after, _ = runs_before_and_after
    from crosscheck.pipeline import STAGES

    with Store(after, read_only=True) as store:
        runs = [r for (r,) in store.fetchall("select run_id from runs order by started_at")]
        assert len(runs) == 2
        for run_id in runs:
            rows = store.fetchall("select stage, seconds, peak_rss_mb from run_stages where run_id = ? "
                                  "order by started_at", [run_id])
            assert [stage for stage, _, _ in rows] == [name for name, _ in STAGES]
            assert all(seconds > 0 and peak > 50 for _, seconds, peak in rows)
