"""Ingest readers for JSON: JSON Lines (plain and gzip) and JSON arrays, with every kind of bad record."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crosscheck.records import IngestLimits, RawArticle, Rejection

from ingest_helpers import BODY, NOW, only, read, sha, write_jsonl


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_line_becomes_article_with_origin_and_hash(tmp_path: Path) -> None:
    line = json.dumps({
        "outlet": "TASS", "url": "https://tass.com/1", "published_at": "2023-01-13T09:40:00+03:00",
        "title": "Soledar", "text": BODY, "language": "en",
    })
    path = tmp_path / "a.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")

    article = only(read(path))

    assert article == RawArticle(
        outlet="TASS", url="https://tass.com/1",
        published_at=datetime(2023, 1, 13, 6, 40, tzinfo=timezone.utc), title="Soledar",
        text=BODY, language="en", sha256=sha(line.encode()), source_file=str(path),
        source_location="line 2",
    )


def test_field_synonyms_and_nested_outlet_name(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "s.jsonl",
        {"publisher": "Ukrinform", "link": "https://ukrinform.net/x", "pubDate": "2023-01-13",
         "headline": "H", "body": BODY, "lang": "uk"},
        # NewsAPI's layout: camelCase date, outlet as an object
        {"source": {"id": None, "name": "Reuters"}, "publishedAt": "2023-01-13T10:00:00Z",
         "description": BODY},
        {"site": "Meduza", "datetime": "2023-01-13 08:00", "content": BODY},
    )

    first, second, third = read(path)

    assert (first.outlet, first.url, first.title, first.language) == (
        "Ukrinform", "https://ukrinform.net/x", "H", "uk",
    )
    assert second.outlet == "Reuters" and second.text == BODY
    assert third.outlet == "Meduza" and third.published_at == datetime(2023, 1, 13, 8, tzinfo=timezone.utc)


def test_blank_text_falls_back_to_next_synonym(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "f.jsonl", {"text": "  ", "summary": BODY, "date": "2023-01-13"})
    assert only(read(path)).text == BODY


def test_outlet_falls_back_to_url_domain_then_unknown(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "o.jsonl",
        {"url": "https://www.kyivindependent.com/a", "text": BODY, "date": "2023-01-13"},
        {"text": BODY, "date": "2023-01-13"},
    )
    assert [article.outlet for article in read(path)] == ["kyivindependent.com", "unknown"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2023-01-13T09:40:00Z", datetime(2023, 1, 13, 9, 40)),
        ("2023-01-13T09:40:00+02:00", datetime(2023, 1, 13, 7, 40)),
        ("2023-01-13 09:40", datetime(2023, 1, 13, 9, 40)),  # naive: taken as UTC
        ("Fri, 13 Jan 2023 09:40:00 +0200", datetime(2023, 1, 13, 7, 40)),
        ("Fri, 13 Jan 2023 09:40:00 GMT", datetime(2023, 1, 13, 9, 40)),
        ("13 January 2023 09:40", datetime(2023, 1, 13, 9, 40)),
        ("January 13, 2023", datetime(2023, 1, 13)),
        ("13 Jan 2023 12:40 MSK", datetime(2023, 1, 13, 9, 40)),
        ("13 января 2023 09:40", datetime(2023, 1, 13, 9, 40)),
        (1673602800, datetime(2023, 1, 13, 9, 40)),
        ("1673602800", datetime(2023, 1, 13, 9, 40)),
        (1673602800000, datetime(2023, 1, 13, 9, 40)),  # milliseconds
        (20230113, datetime(2023, 1, 13)),
    ],
)
def test_dates_in_common_formats_are_stored_in_utc(
    tmp_path: Path, written: object, expected: datetime
) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", {"text": BODY, "date": written})
    article = only(read(path))
    assert isinstance(article, RawArticle), article
    assert article.published_at == expected.replace(tzinfo=timezone.utc)
    assert article.published_at.tzinfo is timezone.utc


@pytest.mark.parametrize(
    "written", ["garbage", "January 2023", "2023", "2023-02-30", "12:30", True, {"y": 2023}]
)
def test_unparseable_or_incomplete_dates_are_rejected(tmp_path: Path, written: object) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", {"text": BODY, "date": written})
    rejection = only(read(path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith("unparseable date: ") and "in field 'date'" in rejection.reason


def test_every_bad_line_is_quarantined_and_the_rest_still_load(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY, "date": "2023-01-13"}).encode()
    lines = [
        good,
        b"{not json",
        b"[1, 2]",
        b'"just a string"',
        json.dumps({"text": BODY, "date": "2023-01-13"}).encode().replace(b"Soledar", b"Sol\xffedar"),
        json.dumps({"text": "", "date": "2023-01-13"}).encode(),
        json.dumps({"text": "too short", "date": "2023-01-13"}).encode(),
        json.dumps({"text": "x" * 501, "date": "2023-01-13"}).encode(),
        json.dumps({"text": BODY}).encode(),
        json.dumps({"text": BODY, "date": ""}).encode(),
        json.dumps({"text": BODY, "date": "2024-06-03T00:00:00Z"}).encode(),
        json.dumps({"headline": "no body", "date": "2023-01-13"}).encode(),
        json.dumps({"text": 42, "date": "2023-01-13"}).encode(),
        good,
    ]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    records = read(path, limits=IngestLimits(min_text_chars=20, max_text_chars=500))

    assert [record.source_location for record in records] == [f"line {n}" for n in range(1, 15)]
    assert isinstance(records[0], RawArticle) and isinstance(records[-1], RawArticle)
    reasons = [record.reason for record in records[1:-1]]
    assert reasons[0].startswith("malformed JSON")
    assert reasons[1] == "JSON value is not an object: got array"
    assert reasons[2] == "JSON value is not an object: got string"
    bad_byte_at = lines[4].index(b"\xff") + 1
    assert reasons[3] == f"non-UTF-8 bytes: at byte offset {bad_byte_at} of the record"
    assert reasons[4] == "missing or empty text"
    assert "min_text_chars=20" in reasons[5]
    assert "max_text_chars=500" in reasons[6]
    assert reasons[7].startswith("missing publication date")
    assert reasons[8] == "missing publication date"
    assert reasons[9].startswith("date in the future: 2024-06-03T00:00:00+00:00 is more than 24 h")
    assert reasons[10].startswith("missing text")
    assert reasons[11] == "text is not a string: field 'text' holds int"
    assert "\\xff" in records[4].raw_excerpt  # the bad byte is shown, not swallowed


def test_future_dates_within_tolerance_are_kept(tmp_path: Path) -> None:
    soon = (NOW + timedelta(hours=23)).isoformat()
    later = (NOW + timedelta(hours=25)).isoformat()
    path = write_jsonl(tmp_path / "f.jsonl", {"text": BODY, "date": soon}, {"text": BODY, "date": later})

    kept, refused = read(path)
    assert isinstance(kept, RawArticle) and isinstance(refused, Rejection)
    loose = read(path, limits=IngestLimits(future_tolerance_hours=48))
    assert all(isinstance(record, RawArticle) for record in loose)


def test_naive_now_is_taken_as_utc(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", {"text": BODY, "date": "2024-06-02T13:00:00Z"})
    assert isinstance(only(read(path, now=datetime(2024, 6, 1, 12, 0))), Rejection)
    assert isinstance(only(read(path, now=datetime(2024, 6, 1, 14, 0))), RawArticle)


def test_excerpt_is_capped_at_300_characters(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text("{" + "x" * 5000 + "\n", encoding="utf-8")
    assert len(only(read(path)).raw_excerpt) == 300


def test_gzip_jsonl_is_read_like_plain(tmp_path: Path) -> None:
    line = json.dumps({"text": BODY, "date": "2023-01-13"}).encode()
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(line + b"\n" + line + b"\n"))
    records = read(path)
    assert [record.sha256 for record in records] == [sha(line)] * 2


def test_truncated_gzip_keeps_what_was_read_and_says_the_rest_is_unreadable(tmp_path: Path) -> None:
    lines = b"".join(
        json.dumps({"text": BODY + str(n), "date": "2023-01-13"}).encode() + b"\n" for n in range(2000)
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:-200])

    records = read(path)

    assert isinstance(records[-1], Rejection) and records[-1].reason.startswith("unreadable file")
    assert all(isinstance(record, RawArticle) for record in records[:-1])


def test_json_array_items_and_pretty_printed_objects(tmp_path: Path) -> None:
    array = tmp_path / "a.json"
    array.write_text(json.dumps(
        [{"text": BODY, "date": "2023-01-13"}, 7, {"text": "short", "date": "2023-01-13"}], indent=2
    ))
    pretty = tmp_path / "p.json"
    pretty.write_text("\n".join(
        json.dumps({"text": BODY, "date": day}, indent=2) for day in ("2023-01-13", "2023-01-14")
    ))

    items = read(array)
    objects = read(pretty)

    assert [record.source_location for record in items] == ["item 1", "item 2", "item 3"]
    assert isinstance(items[0], RawArticle) and items[1].reason == "JSON value is not an object: got number"
    assert [type(record) for record in objects] == [RawArticle, RawArticle]


def test_malformed_json_array_item_ends_the_file_with_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "' + BODY + '", "date": "2023-01-13"}, {"text": oops}, {"text": "x"}]')
    good, bad = read(path)
    assert isinstance(good, RawArticle)
    assert bad.source_location == "item 2" and bad.reason.startswith("malformed JSON")


def test_json_array_larger_than_the_read_chunk(tmp_path: Path) -> None:
    items = [{"text": f"{n} {BODY * 40}", "date": 1673602800 + n} for n in range(150)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(items)[:-1] + ', {"text": "' + "z" * 70_000 + '", oops}]')

    records = read(path)

    assert [record.source_location for record in records] == [f"item {n}" for n in range(1, 152)]
    assert all(isinstance(record, RawArticle) for record in records[:150])
    assert records[42].sha256 == sha(json.dumps(items[42]).encode())
    assert records[-1].reason.startswith("malformed JSON")
    assert records[-1].raw_excerpt.startswith('{"text": "zzz')

