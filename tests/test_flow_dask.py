"""The nightly flow on a real Dask cluster (prefect-dask) against the same run without one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crosscheck import pipeline
from crosscheck.db import Store
from crosscheck.paths import sample_corpus_dir

from conftest import AS_OF

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
INPUTS = [str(sample_corpus_dir() / "000_de7e26a0223dbdce.txt"), str(sample_corpus_dir() / "articles.jsonl")]

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")
pytest.importorskip("prefect_dask")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # two single-threaded worker processes, as `crosscheck run --dask local --workers 2` starts
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def dask_run(cluster, tmp_path_factory):
    from prefect.testing.utilities import prefect_test_harness

    from flows.nightly import nightly_on_dask

    db = tmp_path_factory.mktemp("dask") / "crosscheck.duckdb"
    with prefect_test_harness(server_startup_timeout=120):
        summary = nightly_on_dask(cluster.scheduler_address, db=str(db), inputs=INPUTS, as_of=AS_OF)
    return db, summary


def _claims(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.fetchall("""
            select article_id, speaker, place, predicate, value, hedged, char_start, char_end
            from claims order by all
        """)


def test_extraction_partitions_ran_on_the_cluster_workers(cluster, dask_run):
    prefixes = cluster.scheduler.task_prefixes
    assert "claims_for_rows" in prefixes, sorted(prefixes)
    # every stage is a Prefect task submitted to the cluster, the partitions beside them
    assert sum(prefixes["claims_for_rows"].all_durations.values()) > 0


def test_a_dask_run_publishes_what_a_plain_run_does(dask_run, tmp_path):
    db, summary = dask_run
    plain_db = tmp_path / "plain.duckdb"
    plain = pipeline.run_all(plain_db, INPUTS, as_of=AS_OF)
    assert summary["extract"]["n_claims"] == plain["extract"]["n_claims"] > 0
    assert _claims(db) == _claims(plain_db)
    assert summary["publish"]["dq_passed"] and plain["publish"]["dq_passed"]
    with Store(db, read_only=True) as store:
        stages = [name for (name,) in store.fetchall("select stage from run_stages order by started_at")]
        assert stages == [name for name, _ in pipeline.STAGES]
        assert store.scalar("select status from runs") == "succeeded"


def test_the_cli_refuses_dask_with_the_plain_engine(tmp_path):
    from typer.testing import CliRunner

    from crosscheck.cli import app

    result = CliRunner().invoke(app, ["run", "--engine", "plain", "--dask", "local", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0
    assert "--dask runs the Prefect flow" in result.output
