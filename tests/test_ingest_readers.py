"""Readers of the ingest stage: each format and each kind of bad record."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crosscheck.records import IngestLimits, RawArticle, Rejection

from ingest_helpers import BODY, NOW, PAGE, SEED, only, read, sha, write_jsonl


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


# --- CSV and TSV ----------------------------------------------------------------------


def test_csv_rows_with_quoted_newlines_and_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "title,text,date,url\n"
        f'T1,"{BODY}\nSecond paragraph.",2023-01-13 09:40,https://www.rferl.org/a\n'
        "T2,too,few\n"
        "\n"
        f'T3,"{BODY}",13 January 2023 09:40,\n',
        encoding="utf-8",
    )

    first, second, third = read(path)

    assert first.text == BODY + "\nSecond paragraph." and first.outlet == "rferl.org"
    assert first.source_location == "row 1"
    row = io.StringIO()
    csv.writer(row, lineterminator="\n").writerow(
        ["T1", BODY + "\nSecond paragraph.", "2023-01-13 09:40", "https://www.rferl.org/a"]
    )
    assert first.sha256 == sha(row.getvalue().encode())
    assert second.source_location == "row 2" and second.reason == "wrong number of fields: 3, but the header has 4"
    assert third.source_location == "row 3"
    assert third.published_at == datetime(2023, 1, 13, 9, 40, tzinfo=timezone.utc)


def test_csv_non_utf8_row_is_located_and_neighbours_survive(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes(
        b"text,date\n" + f'"{BODY}",2023-01-13\n'.encode() + b'"caf\xe9 text that is long enough",2023-01-13\n'
        + f'"{BODY}",2023-01-14\n'.encode()
    )
    first, bad, last = read(path)
    assert isinstance(first, RawArticle) and isinstance(last, RawArticle)
    assert bad.source_location == "row 2" and bad.reason == "non-UTF-8 bytes: line 3, byte offset 5"


def test_tsv_semicolon_csv_bom_and_gzip(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text(f"Title\tBody\tPublished\nT\t{BODY}\t2023-01-13\n", encoding="utf-8")
    semicolons = tmp_path / "b.csv"
    semicolons.write_text(f"\ufefftext;date;source\n{BODY};2023-01-13;Interfax\n", encoding="utf-8")
    zipped = tmp_path / "c.csv.gz"
    zipped.write_bytes(gzip.compress(f"text,date\n{BODY},2023-01-13\n".encode()))

    records = read(tsv, semicolons, zipped)

    assert [type(record) for record in records] == [RawArticle] * 3
    assert records[1].outlet == "Interfax"


def test_csv_with_header_only_or_without_a_text_column(tmp_path: Path) -> None:
    header_only = tmp_path / "h.csv"
    header_only.write_text("title,text,date\n")
    no_text = tmp_path / "n.csv"
    no_text.write_text("title,date\nT,2023-01-13\n")

    empty, missing = read(header_only, no_text)

    assert empty.source_location == "file" and empty.reason.startswith("no records found")
    assert missing.source_location == "row 1" and missing.reason.startswith("missing text: no field named")


# --- feeds ----------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://www.examplewire.com/</link><language>en</language>
<item><title>Soledar &amp; Bakhmut</title><link>https://www.examplewire.com/a1</link>
<pubDate>Fri, 13 Jan 2023 09:40:00 +0200</pubDate>
<description>Teaser only.</description>
<content:encoded><![CDATA[<p>Russia&#8217;s defence ministry <b>said</b> its forces took Soledar.</p><script>track()</script><p>Kyiv denied it.</p>]]></content:encoded>
</item>
<item><title>Aggregated</title><link>https://news.example/b</link><pubDate>Sat, 14 Jan 2023 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The General Staff said attacks near Bakhmut were repelled.&lt;/p&gt;</description>
<source url="https://www.ukrinform.net/rss">Ukrinform</source></item>
<item><title>Undated</title><description>Text without any date given in this entry.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Think Tank Updates</title>
<entry><title>Assessment</title><link href="https://tank.example/a"/><updated>2023-01-13T21:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Russian forces likely control most of Soledar, the assessment said.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_prefer_full_content_and_strip_html(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")

    first, second, undated = read(path)

    assert first.source_location == "entry 1" and first.outlet == "Example Wire"
    assert first.text == "Russia’s defence ministry said its forces took Soledar.\n\nKyiv denied it."
    assert first.title == "Soledar & Bakhmut" and first.language == "en"
    assert first.published_at == datetime(2023, 1, 13, 7, 40, tzinfo=timezone.utc)
    assert second.outlet == "Ukrinform"  # the entry's <source>, not the aggregator
    assert second.text == "The General Staff said attacks near Bakhmut were repelled."
    assert undated.source_location == "entry 3" and undated.reason == "missing publication date"


def test_atom_feed_and_unreadable_feeds(tmp_path: Path) -> None:
    atom = tmp_path / "t.atom"
    atom.write_text(ATOM, encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    not_a_feed = tmp_path / "sitemap.xml"
    not_a_feed.write_text('<?xml version="1.0"?><urlset><url><loc>https://a/</loc></url></urlset>')

    article, *rejections = read(atom, broken, not_a_feed)

    assert article.outlet == "Think Tank Updates" and article.url == "https://tank.example/a"
    assert article.text == "Russian forces likely control most of Soledar, the assessment said."
    assert [(r.source_location, type(r)) for r in rejections] == [("file", Rejection), ("file", Rejection)]


# --- HTML -----------------------------------------------------------------------------

def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")

    article = only(read(path))

    assert article.outlet == "Example News" and article.language == "en-GB"
    assert article.url == "https://www.example.com/world/soledar-123"
    assert article.published_at == datetime(2023, 1, 13, 7, 40, tzinfo=timezone.utc)
    assert "salt-mining town of Soledar" in article.text
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert article.sha256 == sha(path.read_bytes()) and article.source_location == "file"


def test_boilerplate_only_html_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "2023-01-13-menu.htm"
    path.write_text("<html><body><nav><a href='/'>Home</a> | <a href='/about'>About</a></nav></body></html>")
    rejection = only(read(path))
    assert rejection.reason.startswith("no article text found")


def test_html_without_date_metadata_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2023-01-15_report.html"
    path.write_text(PAGE.replace('<meta property="article:published_time" content="2023-01-13T09:40:00+02:00">', ""))
    assert only(read(path)).published_at == datetime(2023, 1, 15, tzinfo=timezone.utc)


# --- plain text -----------------------------------------------------------------------


def test_seed_file_leading_date_token() -> None:
    article = only(read(SEED))
    assert article.published_at == datetime(2023, 2, 1, tzinfo=timezone.utc)
    assert article.text.startswith("The Moscow-backed administration of Donetsk")
    assert article.sha256 == sha(SEED.read_bytes())
    assert (article.outlet, article.url, article.title) == ("unknown", None, None)
    assert article.source_location == "file"


def test_text_front_matter_plain_and_fenced(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_text(
        "title: Soledar\ndate: 2023-01-13 09:40\noutlet: Kyiv Post\nurl: https://kyivpost.com/a\n"
        f"\n{BODY}\n"
    )
    fenced = tmp_path / "b.txt"
    fenced.write_text(f'---\ntitle: "Quoted title"\nsource: Meduza\ndate: 2023-01-14\n---\n{BODY}\n')

    first, second = read(plain, fenced)

    assert (first.title, first.outlet, first.url) == ("Soledar", "Kyiv Post", "https://kyivpost.com/a")
    assert first.text == BODY
    assert first.published_at == datetime(2023, 1, 13, 9, 40, tzinfo=timezone.utc)
    assert (second.title, second.outlet, second.text) == ("Quoted title", "Meduza", BODY)


def test_text_date_from_file_name_and_first_paragraph_kept(tmp_path: Path) -> None:
    path = tmp_path / "report_2023-01-16.txt"
    path.write_text(f"Summary: the ministry made a claim.\n\n{BODY}\n")
    article = only(read(path))
    assert article.published_at == datetime(2023, 1, 16, tzinfo=timezone.utc)
    assert article.text.startswith("Summary: the ministry made a claim.")


def test_text_without_any_date_and_non_utf8_text(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(BODY)
    latin1 = tmp_path / "latin1_2023-01-13.txt"
    latin1.write_bytes(b"first line\nCaf\xe9 " + BODY.encode())

    first, second = read(undated, latin1)

    assert first.reason == "missing publication date"
    assert second.reason == "non-UTF-8 bytes: line 2, byte offset 4"
