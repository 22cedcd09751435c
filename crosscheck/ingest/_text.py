"""Read plain-text articles, taking metadata from an optional leading header."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from crosscheck.ingest._dates import date_in_name
from crosscheck.ingest._fields import (
    FIELD_SYNONYMS,
    ArticleBuilder,
    FieldPlan,
    Pick,
    normalise_key,
    pick,
)
from crosscheck.ingest._io import utf8_error_position
from crosscheck.records import RawArticle, Rejection

_FENCE = "---"
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,40}):[ \t]*(.*)")
# Text is the body here, so its names do not count as header keys: a first paragraph
# such as "Summary: ..." must stay in the article.
_HEADER_KEYS = frozenset(
    name for field, names in FIELD_SYNONYMS.items() if field != "text" for name in names
)
_LEADING_DATE = re.compile(
    r"\s*date[:\s]\s*"
    r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s+|$)",
    re.IGNORECASE,
)


def read_text(path: Path, build: ArticleBuilder, data: bytes) -> Iterator[RawArticle | Rejection]:
    """Yield the file as one article (location "file") or one rejection.

    Metadata, in order of precedence: a header of "key: value" lines (optionally between
    "---" fences) ended by a blank line; else a leading "date YYYY-MM-DD" token before
    the text; else a YYYY-MM-DD in the file name.
    """
    bad_byte = utf8_error_position(data)
    if bad_byte is not None:
        line, offset = bad_byte
        yield build.reject("file", f"non-UTF-8 bytes: line {line}, byte offset {offset}", data)
        return
    header, body = split_header(data.decode("utf-8-sig"))
    plan = FieldPlan.for_keys(header)
    published: Pick = pick(header, plan.published_at)
    if published[1] is None:
        leading = _LEADING_DATE.match(body)
        if leading:
            published, body = ("leading date", leading.group(1)), body[leading.end():]
        else:
            published = ("file name", date_in_name(path.name))
    yield build.build(
        "file",
        data,
        text=("file text", body.strip() or None),
        published=published,
        outlet=pick(header, plan.outlet)[1],
        url=pick(header, plan.url)[1],
        title=pick(header, plan.title)[1],
        language=pick(header, plan.language)[1],
    )


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split `text` into its metadata header (possibly empty) and the article text."""
    lines = text.lstrip("\r\n").split("\n")
    if lines[0].strip() == _FENCE:
        for index in range(1, len(lines)):
            if lines[index].strip() == _FENCE:
                fields = _header_fields(lines[1:index])
                if fields is not None:
                    return fields, "\n".join(lines[index + 1:])
                break
        return {}, text
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if end == len(lines):  # a header must be followed by a blank line and the text
        return {}, text
    fields = _header_fields(lines[:end])
    if not fields or not any(normalise_key(key) in _HEADER_KEYS for key in fields):
        return {}, text
    return fields, "\n".join(lines[end + 1:])


def _header_fields(lines: list[str]) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.fullmatch(line.strip())
        if match is None:
            return None
        value = match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields.setdefault(match.group(1).strip(), value)
    return fields
