"""Ingest discovery: directories, globs, sniffing, whole-file failures, streaming."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from crosscheck.ingest import SUPPORTED_EXTENSIONS, discover_files, iter_records
from crosscheck.records import IngestLimits

from ingest_helpers import BODY, NOW, PAGE, read


# --- discovery, sniffing and whole-file failures --------------------------------------


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a/z.txt", "a/sub/y.txt", "c.txt", ".hidden/x.txt", "a/.secret.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")

    found = [path.relative_to(tmp_path).as_posix() for path in discover_files([tmp_path])]

    assert found == ["a/sub/y.txt", "a/z.txt", "b/2.txt", "c.txt"]


def test_globs_recursive_and_overlapping_inputs_yield_each_file_once(tmp_path: Path) -> None:
    for name in ["x/1.jsonl", "x/deep/2.jsonl", "x/3.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")

    found = list(discover_files([str(tmp_path / "x" / "**" / "*.jsonl"), tmp_path / "x"]))

    assert [path.relative_to(tmp_path).as_posix() for path in found] == [
        "x/1.jsonl", "x/deep/2.jsonl", "x/3.csv",
    ]
    assert list(discover_files(str(tmp_path / "x" / "3.csv"))) == [tmp_path / "x" / "3.csv"]


def test_missing_paths_and_empty_globs_raise_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="input path does not exist"):
        list(discover_files([tmp_path / "nope.jsonl"]))
    with pytest.raises(FileNotFoundError, match="no files match"):
        list(iter_records([str(tmp_path / "*.jsonl")]))


def test_unknown_extensions_are_sniffed_and_binary_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.dat").write_text(json.dumps({"text": BODY, "date": "2023-01-13"}) + "\n")
    (tmp_path / "b.page").write_text(PAGE)
    (tmp_path / "c.export").write_text(f"headline,body,date\nH,{BODY},2023-01-13\n")
    (tmp_path / "d_2023-01-13.md").write_text(BODY)
    (tmp_path / "e.bin").write_bytes(bytes(range(256)) * 4)

    records = read(tmp_path)

    assert [type(record).__name__ for record in records] == ["RawArticle"] * 4 + ["Rejection"]
    assert records[0].source_location == "line 1" and records[2].source_location == "row 1"
    assert records[-1].reason.startswith("unknown or binary format")


def test_empty_and_unreadable_files_are_rejected_not_raised(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    os.symlink("loop.txt", tmp_path / "loop.txt")  # a link to itself cannot be opened

    empty, unreadable = read(tmp_path / "empty.jsonl", tmp_path / "loop.txt")

    assert empty.reason.startswith("no records found")
    assert unreadable.source_location == "file" and unreadable.reason.startswith("unreadable file")


def test_supported_extensions_cover_the_formats() -> None:
    expected = ".jsonl .ndjson .json .csv .tsv .xml .rss .atom .html .htm .txt .jsonl.gz .csv.gz"
    assert set(expected.split()) <= set(SUPPORTED_EXTENSIONS)


def test_jsonl_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(4000):
            out.write(json.dumps({"text": f"{n} " + BODY * 30, "date": "2023-01-13"}) + "\n")
    assert path.stat().st_size > 8_000_000

    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_records([path], now=NOW))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 4000
    assert peak < 1_000_000, f"peak {peak} bytes while reading an {path.stat().st_size}-byte file"


def test_over_long_lines_are_refused_without_losing_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shrink the cap so the test stays small; the logic is the same at 64 MiB.
    monkeypatch.setattr("crosscheck.ingest._io._MIN_LINE_CAP", 1000)
    monkeypatch.setattr("crosscheck.ingest._io._SKIP_CHUNK", 300)
    good = json.dumps({"text": BODY, "date": "2023-01-13"})
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "y" * 5000, "date": "2023-01-13"}) + "\n" + good + "\n")

    too_long, article = read(path, limits=IngestLimits(max_text_chars=100))

    assert too_long.source_location == "line 1"
    assert too_long.reason == "line too long: more than 1600 bytes"  # 16 bytes per allowed char
    assert article.source_location == "line 2" and article.text == BODY
