"""Route each input file to the reader for its format, so that every file ends in records."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from crosscheck.ingest._csv import read_csv
from crosscheck.ingest._discover import discover_files, format_by_name, sniff_format
from crosscheck.ingest._feed import read_feed
from crosscheck.ingest._fields import ArticleBuilder
from crosscheck.ingest._html import read_html
from crosscheck.ingest._io import FileTooLarge, read_head, read_whole
from crosscheck.ingest._json_stream import is_json_document, read_json_document
from crosscheck.ingest._jsonl import read_jsonl
from crosscheck.ingest._text import read_text
from crosscheck.records import IngestLimits, RawArticle, Rejection

Record = RawArticle | Rejection
_Reader = Callable[[Path, ArticleBuilder, IngestLimits], Iterator[Record]]


def _read_json(path: Path, build: ArticleBuilder, limits: IngestLimits) -> Iterator[Record]:
    if is_json_document(read_head(path)):
        return read_json_document(path, build, limits)
    return read_jsonl(path, build, limits)


_READERS: dict[str, _Reader] = {
    "jsonl": read_jsonl,
    "json": _read_json,
    "csv": read_csv,
    "tsv": lambda path, build, limits: read_csv(path, build, limits, delimiter="\t"),
    "feed": lambda path, build, limits: read_feed(path, build, read_whole(path)),
    "html": lambda path, build, limits: read_html(path, build, read_whole(path), limits),
    "text": lambda path, build, limits: read_text(path, build, read_whole(path)),
}


def iter_records(
    inputs: Iterable[str | os.PathLike[str]],
    limits: IngestLimits = IngestLimits(),
    now: datetime | None = None,
) -> Iterator[RawArticle | Rejection]:
    """Read articles from files, directories and globs, one record at a time.

    Each input record (JSON line, JSON array item, CSV row, feed entry, HTML page, text
    file) yields exactly one RawArticle or one Rejection saying why and where. A file
    that yields nothing else (empty, unreadable, of unknown format) yields one Rejection
    located at "file". Nothing raises for bad data; only a missing input path does.

    Files are found by `discover_files` and read one after another; JSONL and CSV are
    streamed line by line, so memory stays flat however large the input grows.

    Args:
        inputs: paths, directories or glob patterns (a single path is accepted too).
        limits: bounds on text length and on how far in the future a date may lie.
        now: the run clock for the future-date check; defaults to the current time. A
            naive value is taken as UTC.

    Raises:
        FileNotFoundError: an input does not exist or a glob matches nothing.
    """
    clock = datetime.now(timezone.utc) if now is None else _as_utc(now)
    for path in discover_files(inputs):
        yield from _read_file(path, limits, clock)


def _read_file(path: Path, limits: IngestLimits, now: datetime) -> Iterator[Record]:
    build = ArticleBuilder(str(path), limits, now)
    produced = 0
    try:
        file_format = format_by_name(path)
        if file_format is None:
            head = read_head(path)
            file_format = sniff_format(head)
            if file_format is None:
                extension = path.suffix or "none"
                yield build.reject(
                    "file",
                    f"unknown or binary format: extension {extension!r}, content not recognised",
                    head,
                )
                return
        for record in _READERS[file_format](path, build, limits):
            produced += 1
            yield record
    except FileTooLarge as exc:
        yield build.reject("file", f"file too large: {exc}")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield build.reject(_where(produced), f"unreadable file: {type(exc).__name__}: {exc}")
        return
    except Exception as exc:  # noqa: BLE001 - a parser library failing must not end the run
        yield build.reject(
            _where(produced), f"unexpected error while reading: {type(exc).__name__}: {exc}"
        )
        return
    if produced == 0:
        yield build.reject("file", "no records found: empty file or header only")


def _where(produced: int) -> str:
    return "file" if produced == 0 else f"after record {produced}"


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
