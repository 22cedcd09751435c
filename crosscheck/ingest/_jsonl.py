"""Read JSON Lines files line by line: one record per non-blank line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crosscheck.ingest._fields import ArticleBuilder
from crosscheck.ingest._io import UTF8_BOM, iter_lines, max_line_bytes, open_binary
from crosscheck.records import IngestLimits, RawArticle, Rejection

try:  # orjson comes with Prefect; it only speeds up the common case (see load_object)
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - depends on the environment

    def _fast_loads(data: bytes) -> Any:
        return json.loads(data.decode("utf-8"))


def read_jsonl(
    path: Path, build: ArticleBuilder, limits: IngestLimits
) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per non-blank line of a JSON Lines file."""
    line_cap = max_line_bytes(limits)
    with open_binary(path) as stream:
        for lineno, raw, complete in iter_lines(stream, line_cap):
            line = raw.strip()
            if lineno == 1 and line.startswith(UTF8_BOM):
                line = line[len(UTF8_BOM):].strip()
            if not line:
                continue
            location = f"line {lineno}"
            if not complete:
                yield build.reject(location, f"line too long: more than {line_cap} bytes", line)
                continue
            record = load_object(line)
            if type(record) is dict:
                yield build.from_mapping(record, location, line)
            else:
                yield build.reject(location, record, line)


def load_object(data: bytes) -> dict[str, Any] | str:
    """The JSON object encoded in `data`, or the reason it is not one."""
    try:
        value = _fast_loads(data)
    except ValueError:
        # The standard parser decides every failure, so the results do not depend on
        # whether orjson (stricter about NaN, lone surrogates, huge integers) is installed.
        return _load_with_stdlib(data)
    if type(value) is dict:
        return value
    return not_an_object(value)


def not_an_object(value: object) -> str:
    return f"JSON value is not an object: got {json_kind(value)}"


def json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {list: "array", str: "string", dict: "object"}.get(type(value), "null")


def _load_with_stdlib(data: bytes) -> dict[str, Any] | str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"non-UTF-8 bytes: at byte offset {exc.start + 1} of the record"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"malformed JSON: {exc.msg} (column {exc.colno})"
    except (ValueError, RecursionError) as exc:
        return f"malformed JSON: {exc}"
    if type(value) is dict:
        return value
    return not_an_object(value)
