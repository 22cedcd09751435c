"""The nightly flow end to end on a real (temporary) Prefect server and real DuckDB files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from crosscheck.contract import load_contract
from crosscheck.db import Store
from crosscheck.paths import sample_corpus_dir

from conftest import AS_OF

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = str(sample_corpus_dir() / "000_de7e26a0223dbdce.txt")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def seed_run(prefect_server, tmp_path_factory):
    from flows.nightly import nightly

    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    summary = nightly(db=str(db), inputs=[SEED], as_of=AS_OF)
    return db, summary


def claims_of(db: Path, where: str = "true") -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.fetchall(
            f"select speaker, place, predicate, value, hedged, sentence from claims where {where} order by char_start"
        )


def test_seed_article_yields_both_sides_of_soledar(seed_run):
    db, summary = seed_run
    soledar = {(s, v, h) for s, p, pred, v, h, _ in claims_of(db, "place = 'Soledar' and predicate = 'controls'")}
    # Russia took control; Ukraine's forces still battling to hold it; ISW: highly unlikely Ukraine still holds
    assert ("Russian government", "Russia", False) in soledar
    assert any(s == "Ukrainian government" and v in ("contested", "Ukraine") for s, v, _ in soledar)
    assert ("Institute for the Study of War", "Russia", True) in soledar
    with Store(db, read_only=True) as store:
        assert store.scalar("select count(*) from contradictions where place = 'Soledar'") >= 1
        assert store.scalar("select count(*) from runs") == 1
        assert store.scalar("select bool_and(success) from dq_results") is True


def test_seed_article_yields_bakhmut_operationally_surrounded(seed_run):
    db, _ = seed_run
    encircled = claims_of(db, "place = 'Bakhmut' and predicate = 'encircled'")
    # the administration's own statement, and its aide's quote of it
    assert any(speaker == "Donetsk People's Republic administration" for speaker, *_ in encircled)
    assert any("operationally surrounded" in sentence for *_, sentence in encircled)
    assert all(value == "Ukraine" for _, _, _, value, _, _ in encircled)


def test_sample_run_fills_every_view_and_every_span_matches(prefect_server, tmp_path):
    from flows.nightly import nightly

    db = tmp_path / "crosscheck.duckdb"
    summary = nightly(db=str(db), as_of=AS_OF)
    with Store(db, read_only=True) as store:
        for view in load_contract():
            if view in ("unresolved_places", "rejected", "analyst_labels"):
                continue  # empty on clean input, by design
            assert store.scalar(f"select count(*) from {view}") > 0, view
        assert store.scalar("""
            select count(*) from claims c join articles a using (article_id)
            where substr(case c.field when 'title' then a.title else a.text end,
                         c.char_start + 1, c.char_end - c.char_start) <> c.sentence
        """) == 0
    # Data Docs beside the database, results as rows
    assert (tmp_path / "crosscheck_dq" / "index.html").is_file()
    assert summary["validate"]["n_expectations"] > 20

    # a second run over the same inputs adds nothing and changes no score
    with Store(db, read_only=True) as store:
        scores_before = store.fetchall("select claim_id, p_corroborated, credibility from claim_scores order by 1")
        sources_before = store.fetchall("select source_key, source, reliability, grade from source_scores order by 1")
    again = nightly(db=str(db), as_of=AS_OF)
    assert again["ingest"]["n_new"] == 0 and again["extract"]["n_claims"] == 0
    with Store(db, read_only=True) as store:
        assert store.fetchall("select claim_id, p_corroborated, credibility from claim_scores order by 1") == scores_before
        assert store.fetchall("select source_key, source, reliability, grade from source_scores order by 1") == sources_before
        assert store.scalar("select count(*) from runs") == 2


def test_the_declared_deployment_matches_the_served_one():
    from flows import deployments
    from flows.nightly import nightly

    spec = yaml.safe_load((ROOT / "flows" / "prefect.yaml").read_text())
    (deployment,) = spec["deployments"]
    assert deployment["name"] == deployments.NIGHTLY_DEPLOYMENT
    assert deployment["schedules"][0]["cron"] == deployments.NIGHTLY_CRON == "0 2 * * *"
    assert deployment["schedules"][0]["timezone"] == deployments.NIGHTLY_TIMEZONE == "UTC"
    module, function = deployment["entrypoint"].split(":")
    assert (ROOT / module).is_file() and function == nightly.fn.__name__


def test_serve_builds_the_nightly_deployment_on_its_cron():
    from flows.deployments import build_deployment

    deployment = build_deployment("data/x.duckdb", ["feeds/"])
    assert deployment.name == "crosscheck-nightly"
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "0 2 * * *" and schedule.schedule.timezone == "UTC"
    assert deployment.parameters == {"db": "data/x.duckdb", "inputs": ["feeds/"]}
