"""Tests for crosscheck.report: GX validation of a run, Data Docs, committed suites."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from crosscheck.report import SUITE_FRAMES, SUITES, DQResult, validate_run, write_suites
from crosscheck.report._suites import build_suites, label_of, run_parameters

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "expectations"
RUN_TIME = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
SENTENCE = "The defence ministry said its forces took control of {place}."


def _utc(values: list[pd.Timestamp]) -> pd.Series:
    return pd.Series(pd.DatetimeIndex(values).tz_convert("UTC").as_unit("us"))


def clean_frames(n_articles: int = 30, claims_per_article: int = 3) -> dict[str, pd.DataFrame]:
    """Frames as the pipeline would fetch them from DuckDB for one healthy run."""
    places = ["Soledar", "Bakhmut", "Avdiivka", "Kupiansk", "Vuhledar"]
    texts, rows = [], []
    for i in range(n_articles):
        place = places[i % len(places)]
        sentence = SENTENCE.format(place=place)
        text = f"Update {i} from the front. {sentence} Independent confirmation was not available."
        texts.append(text)
        for j in range(claims_per_article):
            predicate = ("controls", "encircled", "attacked", "losses")[(i + j) % 4]
            start = text.index(sentence)
            rows.append(
                {
                    "claim_id": len(rows) + 1,
                    "article_id": i + 1,
                    "outlet": f"Outlet {i % 4}",
                    "speaker": ("Russian defence ministry", "Ukrainian General Staff")[j % 2],
                    "place_as_written": place,
                    "place": None if (i + j) % 5 == 0 else place,
                    "predicate": predicate,
                    "value": ("Russia", "Ukraine", "contested")[i % 3]
                    if predicate == "controls"
                    else "claimed",
                    "hedged": j == 2,
                    "sentence": sentence,
                    "char_start": start,
                    "char_end": start + len(sentence),
                    "text": text,
                }
            )
    published = [pd.Timestamp("2024-02-01", tz="UTC") + pd.Timedelta(hours=7 * i) for i in range(n_articles)]
    articles = pd.DataFrame(
        {
            "article_id": range(1, n_articles + 1),
            "outlet": [f"Outlet {i % 4}" for i in range(n_articles)],
            "url": [f"https://news.example/{i}" if i % 3 else None for i in range(n_articles)],
            "published_at": _utc(published),
            "title": [f"Front update {i}" if i % 4 else None for i in range(n_articles)],
            "text_length": [len(t) for t in texts],
            "language": [("en", "uk", "ru", None)[i % 4] for i in range(n_articles)],
            # DuckDB hands TIMESTAMPTZ back in its session zone, named Etc/UTC by default
            "ingested_at": _utc([pd.Timestamp(RUN_TIME)] * n_articles).dt.tz_convert("Etc/UTC"),
            "sha256": [hashlib.sha256(t.encode()).hexdigest() for t in texts],
        }
    )
    claims = pd.DataFrame(rows)
    claims["asserted_at"] = _utc([published[a - 1] for a in claims["article_id"]])
    claims = _with_span_matches(claims)
    n = len(claims)
    claim_scores = pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "p_corroborated": [(k % 11) / 10 for k in range(n)],
            "credibility": [k % 6 + 1 for k in range(n)],
            "n_independent_support": [k % 3 for k in range(n)],
            "n_independent_contradict": [k % 2 for k in range(n)],
            "model_version": ["2024.03"] * n,
        }
    )
    source_scores = pd.DataFrame(
        {
            "source": ["Russian defence ministry", "Ukrainian General Staff", "Outlet 0", "Outlet 1"],
            "kind": ["speaker", "speaker", "outlet", "outlet"],
            "reliability": [0.35, 0.55, 0.8, 0.6],
            "grade": ["D", "C", "B", "C"],
            "n_claims": [45, 45, 24, 21],
            "n_supported": [10, 20, 24, 0],
        }
    )
    contradictions = pd.DataFrame(
        {
            "contradiction_id": ["c1", "c2"],
            "status": ["open", "resolved"],
            "value_a": ["Russia", "contested"],
            "value_b": ["Ukraine", "Ukraine"],
            "speaker_a": ["Russian defence ministry", "Outlet 2"],
            "speaker_b": ["Ukrainian General Staff", "Ukrainian General Staff"],
        }
    )
    return {
        "articles": articles,
        "claims": claims,
        "claim_scores": claim_scores,
        "source_scores": source_scores,
        "contradictions": contradictions,
    }


def _with_span_matches(claims: pd.DataFrame) -> pd.DataFrame:
    """The caller's computed column: does text[char_start:char_end] equal the sentence?"""
    spans = [t[s:e] for t, s, e in zip(claims["text"], claims["char_start"], claims["char_end"])]
    return claims.assign(span_matches=[a == b for a, b in zip(spans, claims["sentence"])])


def broken_frames() -> dict[str, pd.DataFrame]:
    frames = clean_frames()
    articles = frames["articles"]
    articles["published_at"] = articles["published_at"].dt.tz_convert("Europe/Kyiv")
    articles.loc[0, "published_at"] = pd.Timestamp(RUN_TIME + timedelta(days=3))
    articles.loc[1, "language"] = "english"
    articles.loc[2, "text_length"] = 5
    articles.loc[3, "sha256"] = "not-a-digest"
    articles["ingested_at"] = articles["ingested_at"].dt.tz_localize(None)

    claims = frames["claims"]
    claims.loc[0, "claim_id"] = None
    claims.loc[1, "predicate"] = "captured"
    controls = claims.index[claims["predicate"] == "controls"][0]
    claims.loc[controls, "value"] = "Kharkiv"
    claims.loc[2, ["char_start", "char_end"]] = claims.loc[2, ["char_start", "char_end"]] + 1
    frames["claims"] = _with_span_matches(claims)

    frames["claim_scores"].loc[0, "p_corroborated"] = 1.3
    frames["source_scores"].loc[3, "n_supported"] = 22
    frames["contradictions"].loc[1, "value_a"] = "Ukraine"
    frames["contradictions"].loc[0, "status"] = "closed"
    return frames


EXPECTED_FAILURES = {
    ("articles", "expect_column_values_to_be_utc_timestamps(published_at)"),
    ("articles", "expect_column_values_to_be_between(published_at)"),
    ("articles", "expect_column_values_to_be_in_set(language)"),
    ("articles", "expect_column_values_to_be_between(text_length)"),
    ("articles", "expect_column_values_to_match_regex(sha256)"),
    ("articles", "expect_column_values_to_be_utc_timestamps(ingested_at)"),
    ("claims", "expect_column_values_to_not_be_null(claim_id)"),
    ("claims", "expect_column_values_to_be_in_set(predicate)"),
    ("claims", "expect_column_values_to_be_in_set(value) where predicate == 'controls'"),
    ("claims", "expect_column_values_to_be_in_set(span_matches)"),
    ("scores", "expect_column_values_to_be_between(p_corroborated)"),
    ("sources", "expect_column_pair_values_a_to_be_greater_than_b(n_claims, n_supported)"),
    ("contradictions", "expect_column_values_to_be_in_set(status)"),
    ("contradictions", "expect_select_column_values_to_be_unique_within_record(value_a, value_b)"),
}


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Three runs: clean into one docs dir, then broken and empty into another."""
    committed_before = _tree_digest(COMMITTED)
    clean_docs = tmp_path_factory.mktemp("clean_dq")
    shared_docs = tmp_path_factory.mktemp("shared_dq")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        clean = validate_run(clean_frames(), run_id="run-clean", docs_dir=clean_docs, run_time=RUN_TIME)
    broken = validate_run(broken_frames(), run_id="run-broken", docs_dir=shared_docs, run_time=RUN_TIME)
    frames = clean_frames()
    empty_frames = {"articles": pd.DataFrame(), "claims": frames["claims"].iloc[0:0]}
    empty = validate_run(
        empty_frames, run_id="run-empty", docs_dir=shared_docs, run_time=RUN_TIME + timedelta(hours=1)
    )
    return {
        "clean": clean,
        "broken": broken,
        "empty": empty,
        "clean_docs": clean_docs,
        "shared_docs": shared_docs,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "committed_before": committed_before,
        "committed_after": _tree_digest(COMMITTED),
    }


def _labels_in_code() -> set[tuple[str, str]]:
    return {(suite.name, label_of(e)) for suite in build_suites() for e in suite.expectations}


def test_clean_frames_all_succeed_with_one_row_per_expectation(runs: dict) -> None:
    rows = runs["clean"]
    assert all(isinstance(row, DQResult) for row in rows)
    failed = [(row.suite, row.expectation, row.details) for row in rows if not row.success]
    assert failed == []
    assert {(row.suite, row.expectation) for row in rows} == _labels_in_code()
    assert len(rows) == len(_labels_in_code())
    assert {row.run_id for row in rows} == {"run-clean"}
    assert [row.suite for row in rows] == sorted((row.suite for row in rows), key=SUITES.index)


def test_broken_frames_fail_exactly_the_broken_expectations(runs: dict) -> None:
    failed = {(row.suite, row.expectation) for row in runs["broken"] if not row.success}
    assert failed == EXPECTED_FAILURES


def test_failing_rows_carry_readable_details(runs: dict) -> None:
    by_label = {(row.suite, row.expectation): json.loads(row.details) for row in runs["broken"]}
    predicate = by_label[("claims", "expect_column_values_to_be_in_set(predicate)")]
    assert predicate["column"] == "predicate"
    assert predicate["unexpected_count"] == 1
    assert predicate["partial_unexpected_list"] == ["captured"]
    p_corroborated = by_label[("scores", "expect_column_values_to_be_between(p_corroborated)")]
    assert p_corroborated["partial_unexpected_list"] == [1.3]
    assert p_corroborated["kwargs"] == {"min_value": 0.0, "max_value": 1.0}
    null_id = by_label[("claims", "expect_column_values_to_not_be_null(claim_id)")]
    assert null_id["unexpected_count"] == 1
    published = by_label[("articles", "expect_column_values_to_be_between(published_at)")]
    assert published["kwargs"]["max_value"] == (RUN_TIME + timedelta(days=1)).isoformat()
    assert published["unexpected_count"] == 1
    controls = by_label[
        ("claims", "expect_column_values_to_be_in_set(value) where predicate == 'controls'")
    ]
    assert controls["partial_unexpected_list"] == ["Kharkiv"]
    assert controls["kwargs"]["row_condition"] == "predicate == 'controls'"


def test_missing_column_in_populated_frame_fails_with_exception_message(tmp_path: Path) -> None:
    frames = {"contradictions": clean_frames()["contradictions"].drop(columns=["speaker_b"])}
    rows = validate_run(frames, run_id="run-missing-column", docs_dir=tmp_path, run_time=RUN_TIME)
    failed = [row for row in rows if not row.success]
    assert [row.expectation for row in failed] == ["expect_column_values_to_not_be_null(speaker_b)"]
    assert "speaker_b" in json.loads(failed[0].details)["exception"]


def test_empty_and_missing_frames_succeed_and_still_produce_rows(runs: dict) -> None:
    rows = runs["empty"]
    assert [row for row in rows if not row.success] == []
    assert {(row.suite, row.expectation) for row in rows} == _labels_in_code()


def test_data_docs_written_and_accumulated_per_run(runs: dict) -> None:
    clean_docs: Path = runs["clean_docs"]
    assert (clean_docs / "index.html").is_file()
    shared_docs: Path = runs["shared_docs"]
    index = (shared_docs / "index.html").read_text(encoding="utf-8")
    assert "run-broken" in index and "run-empty" in index
    for suite in SUITES:
        pages = sorted((shared_docs / "validations" / suite).rglob("*.html"))
        assert [page.relative_to(shared_docs / "validations" / suite).parts[0] for page in pages] == [
            "run-broken",
            "run-empty",
        ]


def test_run_is_quiet_and_leaves_committed_project_untouched(runs: dict) -> None:
    assert runs["stdout"] == ""
    assert "Calculating Metrics" not in runs["stderr"]
    assert runs["committed_after"] == runs["committed_before"]


def test_naive_run_time_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        validate_run({}, run_id="r", docs_dir=tmp_path, run_time=datetime(2024, 3, 1))


def test_suites_cover_every_frame() -> None:
    assert set(SUITE_FRAMES) == set(SUITES)
    assert set(SUITE_FRAMES.values()) == {
        "articles",
        "claims",
        "claim_scores",
        "source_scores",
        "contradictions",
    }


def test_committed_json_matches_code(tmp_path: Path) -> None:
    regenerated = tmp_path / "expectations"
    (regenerated / "expectations").mkdir(parents=True)
    (regenerated / "expectations" / "retired_suite.json").write_text("{}", encoding="utf-8")
    write_suites(regenerated)
    assert not (regenerated / "expectations" / "retired_suite.json").exists()
    committed = {k: v for k, v in _tree_digest(COMMITTED).items() if not k.startswith("uncommitted/")}
    assert _tree_digest(regenerated) == committed, (
        "expectations/ is out of date with crosscheck/report/_suites.py; regenerate with "
        "python -c 'from pathlib import Path; from crosscheck.report import write_suites; "
        "write_suites(Path(\"expectations\"))'"
    )


def test_committed_project_opens_and_runs_in_gx(tmp_path: Path) -> None:
    import great_expectations as gx

    project = tmp_path / "project"
    shutil.copytree(COMMITTED, project, ignore=shutil.ignore_patterns("uncommitted"))
    context = gx.get_context(context_root_dir=str(project))
    loaded = {suite.name: suite for suite in context.suites.all()}
    assert set(loaded) == set(SUITES)
    for suite in build_suites():
        expected = [(e.expectation_type, e.configuration.kwargs) for e in suite.expectations]
        got = [(e.expectation_type, e.configuration.kwargs) for e in loaded[suite.name].expectations]
        assert got == expected
    frames = clean_frames(n_articles=5)
    result = context.checkpoints.get("articles").run(
        batch_parameters={"dataframe": frames["articles"]},
        expectation_parameters=run_parameters(RUN_TIME),
    )
    assert result.success
