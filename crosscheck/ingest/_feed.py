"""Read RSS and Atom feeds with feedparser: one record per entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import feedparser

from crosscheck.ingest._dates import parse_date
from crosscheck.ingest._fields import ArticleBuilder, Pick
from crosscheck.ingest._markup import html_to_text
from crosscheck.records import RawArticle, Rejection

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_DATE_KEYS = ("published", "updated", "created")


def read_feed(path: Path, build: ArticleBuilder, data: bytes) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per feed entry ("entry N").

    The outlet is the entry's <source> title when it names the original publisher (as
    aggregators do), else the feed title. Bodies prefer full content (content:encoded,
    atom:content) over the summary, with HTML reduced to text.
    """
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    except (ValueError, LookupError, TypeError) as exc:  # e.g. a mangled encoding declaration
        yield build.reject("file", f"not a readable feed: {type(exc).__name__}: {exc}", data)
        return
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        reason = f"not a readable feed: {problem}" if problem else "feed has no entries"
        yield build.reject("file", reason, data)
        return
    channel = parsed.get("feed") or {}
    feed_title = _plain(channel.get("title"), channel.get("title_detail"))
    feed_language = channel.get("language")
    for number, entry in enumerate(entries, 1):
        body, body_type = _entry_body(entry)
        source = entry.get("source") or {}
        yield build.build(
            f"entry {number}",
            body.encode("utf-8", "surrogatepass"),
            text=("content", _plain(body, {"type": body_type})),
            published=_entry_date(entry),
            outlet=_plain(source.get("title"), source.get("title_detail")) or feed_title,
            url=entry.get("link"),
            title=_plain(entry.get("title"), entry.get("title_detail")),
            language=entry.get("language") or feed_language,
        )


def _entry_body(entry: dict[str, Any]) -> tuple[str, str | None]:
    """The entry's fullest body and its media type: the longest content, else the summary."""
    contents = [part for part in entry.get("content") or () if (part.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda part: len(part["value"]))
        return best["value"], best.get("type")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type")


def _entry_date(entry: dict[str, Any]) -> Pick:
    """The first date the entry gives; feedparser's own reading backs up ours."""
    for key in _DATE_KEYS:
        written = entry.get(key)
        if not written:
            continue
        when = parse_date(written) or _struct_time_as_utc(entry.get(f"{key}_parsed"))
        return key, written if when is None else when
    return None, None


def _struct_time_as_utc(moment: object) -> datetime | None:
    """feedparser's own reading of a date, a struct_time already in UTC."""
    try:
        return datetime(*moment[:6], tzinfo=timezone.utc)  # type: ignore[index]
    except (TypeError, ValueError, OverflowError):
        return None


def _plain(value: object, detail: object) -> str | None:
    if not isinstance(value, str):
        return None
    media_type = detail.get("type") if isinstance(detail, dict) else None
    return html_to_text(value) if media_type in _HTML_TYPES else value.strip()
