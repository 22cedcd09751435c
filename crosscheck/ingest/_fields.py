"""Map one source record's fields onto a RawArticle, or say why it cannot become one."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from crosscheck.ingest._dates import parse_date
from crosscheck.records import IngestLimits, RawArticle, Rejection

EXCERPT_CHARS = 300

# Names a field goes by in the wild, best first, spelled as normalise_key() leaves them
# (so "pubDate", "published_at" and "Published-At" all meet "publishedat"/"pubdate").
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "outlet": (
        "outlet", "outletname", "source", "sourcename", "publisher", "publication",
        "site", "sitename", "feedtitle",
    ),
    "url": (
        "url", "link", "href", "canonical", "canonicalurl", "permalink", "articleurl", "weburl",
    ),
    "published_at": (
        "publishedat", "published", "publishedon", "publicationdate", "publishdate",
        "datepublished", "webpublicationdate", "pubdate", "date", "datetime", "timestamp",
        "time", "createdat", "created",
    ),
    "title": ("title", "headline", "webtitle"),
    "text": (
        "text", "body", "bodytext", "content", "article", "articletext", "articlebody",
        "maintext", "fulltext", "description", "summary",
    ),
    "language": ("language", "lang", "languagecode", "inlanguage"),
}

_KEY_NOISE = re.compile(r"[\s_\-:.]+")
_UNPAIRED_SURROGATE = re.compile("[\ud800-\udfff]")
_LABEL_KEYS = ("name", "title", "value", "text")  # e.g. NewsAPI's {"source": {"name": ...}}
_MAX_CACHED_PLANS = 512

Pick = tuple[str | None, Any]  # (the record's key, its value), or (None, None) when absent


def normalise_key(key: str) -> str:
    """Lower-case `key` and drop separators, so spelling variants of a name compare equal."""
    return _KEY_NOISE.sub("", key.lower())


@dataclass(frozen=True, slots=True)
class FieldPlan:
    """For each article field, the keys of a record layout that may hold it, best first."""

    outlet: tuple[str, ...]
    url: tuple[str, ...]
    published_at: tuple[str, ...]
    title: tuple[str, ...]
    text: tuple[str, ...]
    language: tuple[str, ...]

    @classmethod
    def for_keys(cls, keys: Iterable[object]) -> FieldPlan:
        first_by_name: dict[str, str] = {}
        for key in keys:
            if isinstance(key, str):
                first_by_name.setdefault(normalise_key(key), key)
        return cls(**{
            field: tuple(first_by_name[name] for name in names if name in first_by_name)
            for field, names in FIELD_SYNONYMS.items()
        })

    @property
    def best_keys(self) -> tuple[str | None, ...]:
        """The best key for text, published_at, outlet, url, title, language (None: no key)."""
        fields = (self.text, self.published_at, self.outlet, self.url, self.title, self.language)
        return tuple(keys[0] if keys else None for keys in fields)


def pick(record: Mapping[str, Any], keys: tuple[str, ...]) -> Pick:
    """Return the first of `keys` whose value in `record` is present and not blank."""
    for key in keys:
        value = record[key]
        if type(value) is str:
            value = value.strip()
            if value:
                return key, value
        elif value is not None:
            return key, value
    return None, None


def excerpt(raw: bytes | str) -> str:
    """At most EXCERPT_CHARS characters of `raw`, with undecodable bytes shown escaped."""
    if isinstance(raw, bytes):
        text = raw[: EXCERPT_CHARS * 4].decode("utf-8", "backslashreplace")
    else:
        text = raw[:EXCERPT_CHARS]
    if not text.isascii():
        # Lone surrogates (from surrogateescape decoding) cannot be stored as UTF-8.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text[:EXCERPT_CHARS]


def domain_of(url: str | None) -> str | None:
    """The host name of `url` without a leading "www.", or None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


class ArticleBuilder:
    """Turns the fields read from one input file into RawArticle or Rejection records."""

    __slots__ = ("source_file", "_limits", "_now", "_latest", "_plans")

    def __init__(self, source_file: str, limits: IngestLimits, now: datetime) -> None:
        self.source_file = source_file
        self._limits = limits
        self._now = now
        self._latest = now + timedelta(hours=limits.future_tolerance_hours)
        self._plans: dict[tuple[object, ...], tuple[FieldPlan, tuple[str | None, ...]]] = {}

    def reject(self, location: str, reason: str, raw: bytes | str = b"") -> Rejection:
        return Rejection(self.source_file, location, reason, excerpt(raw))

    def plan(self, keys: tuple[object, ...]) -> tuple[FieldPlan, tuple[str | None, ...]]:
        """The field plan for a record layout, with its best keys; layouts repeat, so cached."""
        found = self._plans.get(keys)
        if found is None:
            if len(self._plans) >= _MAX_CACHED_PLANS:
                self._plans.clear()
            plan = FieldPlan.for_keys(keys)
            found = self._plans[keys] = (plan, plan.best_keys)
        return found

    def from_mapping(
        self, record: Mapping[str, Any], location: str, raw: bytes
    ) -> RawArticle | Rejection:
        """Build from a JSON object or CSV row whose keys use any of FIELD_SYNONYMS.

        Each field takes the value under its best key; a blank value there falls back to
        the next synonym the record has (e.g. an empty "text" to "summary").
        """
        keys = tuple(record)
        plan, best_keys = self._plans.get(keys) or self.plan(keys)
        if not plan.text:
            return self.reject(location, _no_field_reason("text"), raw)
        if not plan.published_at:
            return self.reject(location, _no_field_reason("published_at"), raw)
        # The best keys cover nearly every record; dict.get(None) stands in for "no key".
        text, published, outlet, url, title, language = map(record.get, best_keys)
        text_key, date_key = best_keys[0], best_keys[1]
        if (not text or type(text) is str and text.isspace()) and len(plan.text) > 1:
            text_key, text = pick(record, plan.text)
        if not published and len(plan.published_at) > 1:
            date_key, published = pick(record, plan.published_at)
        if not outlet and len(plan.outlet) > 1:
            outlet = pick(record, plan.outlet)[1]
        if not url and len(plan.url) > 1:
            url = pick(record, plan.url)[1]
        if not title and len(plan.title) > 1:
            title = pick(record, plan.title)[1]
        if not language and len(plan.language) > 1:
            language = pick(record, plan.language)[1]
        return self.build(
            location,
            raw,
            text=(text_key, text),
            published=(date_key, published),
            outlet=outlet,
            url=url,
            title=title,
            language=language,
        )

    def build(
        self,
        location: str,
        raw: bytes,
        *,
        text: Pick,
        published: Pick,
        outlet: object = None,
        url: object = None,
        title: object = None,
        language: object = None,
    ) -> RawArticle | Rejection:
        """Check the fields against the limits and return the article or the rejection.

        `raw` is the record's bytes as read; its sha256 becomes the article's.
        """
        text_key, body = text
        if type(body) is str:
            body = body.strip()
        if body is None or body == "":
            return self.reject(location, "missing or empty text", raw)
        if type(body) is not str:
            body = _join_text(body)
            if body is None:
                kind = type(text[1]).__name__
                reason = f"text is not a string: field {text_key!r} holds {kind}"
                return self.reject(location, reason, raw)
            if not body:
                return self.reject(location, "missing or empty text", raw)
        limits = self._limits
        if len(body) < limits.min_text_chars:
            return self.reject(
                location,
                f"text too short: {len(body)} characters, "
                f"below min_text_chars={limits.min_text_chars}",
                raw,
            )
        if len(body) > limits.max_text_chars:
            return self.reject(
                location,
                f"text too long: {len(body)} characters, "
                f"above max_text_chars={limits.max_text_chars}",
                raw,
            )
        date_key, date_value = published
        if date_value is None or date_value == "":
            return self.reject(location, "missing publication date", raw)
        published_at = parse_date(date_value)
        if published_at is None:
            shown = repr(date_value)[:80]
            where = f" in field {date_key!r}" if date_key else ""
            return self.reject(location, f"unparseable date: {shown}{where}", raw)
        if published_at > self._latest:
            return self.reject(
                location,
                f"date in the future: {published_at.isoformat()} is more than "
                f"{limits.future_tolerance_hours:g} h after the run clock {self._now.isoformat()}",
                raw,
            )
        url_text = url.strip() or None if type(url) is str else as_label(url)
        title_text = title.strip() or None if type(title) is str else as_label(title)
        language_text = language.strip() or None if type(language) is str else as_label(language)
        outlet_text = (
            outlet.strip() if type(outlet) is str else as_label(outlet)
        ) or domain_of(url_text) or "unknown"
        if not (body.isascii() and f"{outlet_text}{url_text}{title_text}{language_text}".isascii()):
            for name, value in (
                ("text", body), ("title", title_text), ("outlet", outlet_text),
                ("url", url_text), ("language", language_text),
            ):
                if value and _UNPAIRED_SURROGATE.search(value):
                    reason = f"invalid Unicode: unpaired surrogate in {name}"
                    return self.reject(location, reason, raw)
        # positional: noticeably cheaper than keywords for a frozen dataclass on this hot path
        return RawArticle(
            outlet_text, url_text, published_at, title_text, body, language_text,
            hashlib.sha256(raw).hexdigest(), self.source_file, location,
        )


def as_label(value: object) -> str | None:
    """A short string field (outlet, url, title, language) from a scalar or named object."""
    if type(value) is str:
        return value.strip() or None
    if isinstance(value, Mapping):
        for key in _LABEL_KEYS:
            inner = value.get(key)
            if isinstance(inner, str) and inner.strip():
                return inner.strip()
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _join_text(value: object) -> str | None:
    """Text given as a list of paragraphs is joined; any other non-string is refused."""
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "\n\n".join(part.strip() for part in value if part.strip())
    return None


def _no_field_reason(field: str) -> str:
    what = "text" if field == "text" else "publication date"
    return f"missing {what}: no field named any of {', '.join(FIELD_SYNONYMS[field])}"
