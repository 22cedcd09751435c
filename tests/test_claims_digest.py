"""benchmarks/claims_digest.py: the claim lines a speed pass compares before and after its change."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import claims_digest  # noqa: E402


def _labelled(tmp_path: Path) -> Path:
    items = [
        {"text": "Ukraine's army said its troops had recaptured Kupiansk on Tuesday.", "outlet": "Test Wire",
         "published_at": "2023-03-02"},
        # a distractor: no claim, so no line
        {"text": "The finance ministry said tax revenue rose in February.", "outlet": "Test Wire",
         "published_at": "2023-03-02T10:00:00Z", "title": "Revenue up"},
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in items) + "\n\n", encoding="utf-8")
    return path


def test_each_claim_is_one_line_naming_its_file_and_item(tmp_path):
    lines = claims_digest.digest_lines([_labelled(tmp_path)])
    assert len(lines) == 1
    source, number, fields = lines[0].split("\t")
    assert (source, number) == ("items.jsonl", "1")
    assert "'Kupiansk'" in fields and "'controls'" in fields and "'Ukraine'" in fields


def test_benchmark_and_generated_articles_give_the_same_lines_every_time():
    first = claims_digest.digest_lines([], bench=3, generated=2)
    assert first == claims_digest.digest_lines([], bench=3, generated=2)
    assert {line.split("\t")[0] for line in first} == {"bench", "generated"}
    assert first == sorted(first)


def test_compare_reports_a_claim_lost_or_gained(tmp_path, capsys):
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    assert claims_digest.main(["write", str(before), str(_labelled(tmp_path)), "--bench", "2"]) == 0
    lines = before.read_text(encoding="utf-8").splitlines()
    after.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert claims_digest.main(["compare", str(before), str(after)]) == 0
    after.write_text("\n".join(lines[1:] + ["bench\t9\t('x',)"]) + "\n", encoding="utf-8")
    assert claims_digest.main(["compare", str(before), str(after)]) == 1
    assert "1 claims only before, 1 only after" in capsys.readouterr().out


def test_differences_counts_a_repeated_line_as_often_as_it_is_missing():
    assert claims_digest.differences(["a", "a", "b"], ["a", "b", "c"]) == (["a"], ["c"])


def test_a_malformed_labelled_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Troops held Kupiansk.", "outlet": "Test Wire", "published_at": "2023-03-02"}\n'
                    '{"text": "no outlet here", "published_at": "2023-03-02"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.jsonl, line 2: KeyError"):
        claims_digest.digest_lines([path])
