"""Property tests: whatever bytes arrive, ingest yields one typed record per input record."""

from __future__ import annotations

import csv
import gzip
import io
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.ingest import iter_records
from crosscheck.records import RawArticle, Rejection

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def written(name: str, data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        yield path


def ingest(path: Path) -> list[RawArticle | Rejection]:
    records = list(iter_records([path], now=NOW))
    for record in records:
        assert isinstance(record, (RawArticle, Rejection))
        assert record.source_file == str(path)
        if isinstance(record, Rejection):
            assert len(record.raw_excerpt) <= 300
            record.raw_excerpt.encode("utf-8")  # storable
            assert not record.reason.startswith("unexpected error"), record.reason
        else:
            assert record.published_at.tzinfo is timezone.utc
            assert len(record.sha256) == 64 and record.text.strip() == record.text
    return records


def expected_count(records_in_file: int) -> int:
    """A file with no records still answers with one rejection saying so."""
    return max(1, records_in_file)


# --- strategies -----------------------------------------------------------------------

dates = st.one_of(
    st.sampled_from([
        "2023-01-13", "2023-01-13T09:40:00Z", "Fri, 13 Jan 2023 09:40:00 GMT",
        "13 January 2023 09:40", "2099-01-01", "", "not a date", "2023-02-30",
    ]),
    st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.none(),
)
field_values = st.one_of(
    st.text(max_size=200),
    st.integers(),
    st.none(),
    st.booleans(),
    st.lists(st.text(max_size=20), max_size=3),
    st.dictionaries(st.sampled_from(["name", "id"]), st.text(max_size=10), max_size=2),
)
articles = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(min_size=0, max_size=300), field_values),
        "summary": st.text(max_size=100),
        "date": dates,
        "pubDate": dates,
        "title": field_values,
        "url": st.one_of(st.text(max_size=40), st.just("https://www.example.org/a")),
        "source": field_values,
        "lang": field_values,
    },
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
no_newline_bytes = st.binary(max_size=120).map(lambda data: data.replace(b"\n", b""))
jsonl_lines = st.one_of(
    articles.map(lambda record: json.dumps(record).encode()),
    articles.map(lambda record: json.dumps(record, ensure_ascii=False).encode()[:-3]),  # cut short
    json_values.map(lambda value: json.dumps(value).encode()),
    no_newline_bytes,
    st.sampled_from(
        [b"", b"   ", b"\r", b"\xef\xbb\xbf{}", b"NaN", b'{"text": "\\ud800"}', b"[" * 3000]
    ),
)


# --- JSON Lines -----------------------------------------------------------------------


@FAST
@given(st.lists(jsonl_lines, max_size=12), st.sampled_from(["a.jsonl", "a.ndjson", "a.jsonl.gz"]))
def test_jsonl_one_record_per_non_blank_line(lines: list[bytes], name: str) -> None:
    data = b"\n".join(lines)
    stored = gzip.compress(data) if name.endswith(".gz") else data
    with written(name, stored) as path:
        records = ingest(path)
    content = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark is not a record
    non_blank = [line for line in content.split(b"\n") if line.strip()]
    assert len(records) == expected_count(len(non_blank))
    assert all(record.source_location.startswith("line ") for record in records[: len(non_blank)])


@FAST
@given(
    st.binary(max_size=600),
    st.sampled_from([".jsonl", ".json", ".csv", ".tsv", ".txt", ".unknown", ".jsonl.gz"]),
)
def test_random_bytes_never_raise(data: bytes, extension: str) -> None:
    with written("random" + extension, data) as path:
        records = ingest(path)
    assert records
    if extension == ".txt":
        assert len(records) == 1


@SLOW
@given(st.binary(max_size=400), st.sampled_from([".html", ".htm", ".xml", ".rss", ".atom"]))
def test_random_bytes_as_markup_never_raise(data: bytes, extension: str) -> None:
    with written("random" + extension, data) as path:
        records = ingest(path)
    if extension in (".html", ".htm"):
        assert len(records) == 1


# --- JSON documents -------------------------------------------------------------------


@FAST
@given(st.lists(st.one_of(articles, json_values), max_size=8), st.booleans())
def test_json_array_one_record_per_item(items: list[object], pretty: bool) -> None:
    text = json.dumps(items, indent=2 if pretty else None)
    with written("items.json", text.encode()) as path:
        records = ingest(path)
    assert len(records) == expected_count(len(items))
    assert [record.source_location for record in records][: len(items)] == [
        f"item {n}" for n in range(1, len(items) + 1)
    ]


# --- CSV ------------------------------------------------------------------------------

csv_cells = st.one_of(st.text(max_size=60), dates.map(str), st.just("https://www.example.org/x"))


def blank_row(row: list[str]) -> bool:
    return not row or (len(row) == 1 and not row[0].strip())


@FAST
@given(st.lists(st.lists(csv_cells, min_size=0, max_size=6), max_size=10))
def test_csv_one_record_per_non_blank_row(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["title", "text", "date", "url"])
    writer.writerows(rows)
    with written("rows.csv", buffer.getvalue().encode("utf-8", "surrogatepass")) as path:
        records = ingest(path)
    assert len(records) == expected_count(sum(1 for row in rows if not blank_row(row)))


@FAST
@given(st.lists(st.one_of(no_newline_bytes, st.just(b'"open quote')), max_size=10))
def test_csv_mangled_lines_never_raise(lines: list[bytes]) -> None:
    with written("mangled.csv", b"text,date\n" + b"\n".join(lines)) as path:
        ingest(path)


# --- feeds ----------------------------------------------------------------------------

xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=80,
)
feed_items = st.fixed_dictionaries(
    {
        "title": xml_text,
        "description": xml_text,
        "date": dates.map(str),
        "link": st.just("https://a.example/x"),
    }
)


def rss(items: list[dict[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(item['title'])}</title><link>{item['link']}</link>"
        f"<pubDate>{escape(item['date'])}</pubDate>"
        f"<description>{escape(item['description'])}</description></item>"
        for item in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
        f"<channel><title>T</title>{entries}</channel></rss>"
    ).encode()


@SLOW
@given(st.lists(feed_items, max_size=6))
def test_feed_one_record_per_entry(items: list[dict[str, str]]) -> None:
    with written("feed.rss", rss(items)) as path:
        records = ingest(path)
    assert len(records) == expected_count(len(items))


@SLOW
@given(st.lists(feed_items, min_size=1, max_size=4), st.integers(min_value=0), st.binary(max_size=20))
def test_mangled_feed_never_raises(items: list[dict[str, str]], cut: int, noise: bytes) -> None:
    data = rss(items)
    cut %= len(data)
    with written("feed.xml", data[:cut] + noise + data[cut:]) as path:
        ingest(path)


# --- text and HTML --------------------------------------------------------------------


@FAST
@given(st.text(max_size=300), st.sampled_from(["a.txt", "2023-01-13_a.txt"]))
def test_text_file_is_exactly_one_record(text: str, name: str) -> None:
    with written(name, text.encode("utf-8", "surrogatepass")) as path:
        assert len(ingest(path)) == 1


@SLOW
@given(xml_text, xml_text)
def test_html_page_is_exactly_one_record(title: str, body: str) -> None:
    page = f"<html><head><title>{escape(title)}</title></head><body><p>{escape(body)}</p></body></html>"
    with written("2023-01-13.html", page.encode()) as path:
        assert len(ingest(path)) == 1
