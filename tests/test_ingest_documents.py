"""Ingest readers for CSV/TSV, RSS/Atom feeds, HTML pages and plain text, with their bad inputs."""

from __future__ import annotations

import csv
import gzip
import io
from datetime import datetime, timezone
from pathlib import Path

from crosscheck.records import RawArticle, Rejection

from ingest_helpers import BODY, PAGE, SEED, only, read, sha

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
