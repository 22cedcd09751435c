"""Read CSV and TSV files row by row; the first row names the columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from crosscheck.ingest._fields import ArticleBuilder
from crosscheck.ingest._io import iter_lines, max_line_bytes, open_binary, read_head
from crosscheck.records import IngestLimits, RawArticle, Rejection

_DELIMITERS = (",", ";", "\t", "|")
# The csv module's default (128 KiB) is below a long article; this still stops an
# unclosed quote from pulling the rest of a big file into one field.
_FIELD_CAP = 64 * 2**20
csv.field_size_limit(max(csv.field_size_limit(), _FIELD_CAP))


class _LineSource:
    """Decoded physical lines for csv.reader, remembering what the current row used.

    Lines are decoded one at a time so a non-UTF-8 byte is pinned to its line and only
    the row containing it is refused.
    """

    def __init__(self, stream: BinaryIO, max_bytes: int) -> None:
        self._lines = iter_lines(stream, max_bytes)
        self._max_bytes = max_bytes
        self._used: list[str] = []
        self._problem: str | None = None

    def __iter__(self) -> _LineSource:
        return self

    def __next__(self) -> str:
        lineno, raw, complete = next(self._lines)
        if not complete:
            self._note(f"line too long: line {lineno} has more than {self._max_bytes} bytes")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", "surrogateescape")
            self._note(f"non-UTF-8 bytes: line {lineno}, byte offset {exc.start + 1}")
        self._used.append(text)
        return text

    def _note(self, problem: str) -> None:
        if self._problem is None:
            self._problem = problem

    def finish_row(self) -> tuple[str, str | None]:
        """The text the row just parsed was read from, and the first problem in it."""
        used, problem = "".join(self._used), self._problem
        self._used, self._problem = [], None
        return used, problem


def sniff_delimiter(head: bytes) -> str:
    """The likeliest delimiter of a delimited file, judged by its first non-blank line."""
    text = head.decode("utf-8", "replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=counts.__getitem__)
    return best if counts[best] else ","


def read_csv(
    path: Path, build: ArticleBuilder, limits: IngestLimits, delimiter: str | None = None
) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per non-blank data row ("row N", header not counted).

    The delimiter is sniffed from the header line unless given (TSV passes a tab).
    """
    if delimiter is None:
        delimiter = sniff_delimiter(read_head(path))
    with open_binary(path) as stream:
        source = _LineSource(stream, max_line_bytes(limits))
        rows = csv.reader(source, delimiter=delimiter)
        header: list[str] | None = None
        row_number = 0
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                raw, _ = source.finish_row()
                if header is None:
                    yield build.reject("header", f"malformed CSV header: {exc}", raw)
                else:
                    row_number += 1
                    yield build.reject(f"row {row_number}", f"malformed CSV row: {exc}", raw)
                continue
            raw, problem = source.finish_row()
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if header is None:
                header = [name.strip() for name in row]
                header[0] = header[0].lstrip("\ufeff")
                continue
            row_number += 1
            location = f"row {row_number}"
            if problem:
                yield build.reject(location, problem, raw)
            elif len(row) != len(header):
                yield build.reject(
                    location,
                    f"wrong number of fields: {len(row)}, but the header has {len(header)}",
                    raw,
                )
            else:
                record = dict(zip(header, row))
                yield build.from_mapping(record, location, _encode_row(row, delimiter))


def _encode_row(row: list[str], delimiter: str) -> bytes:
    """The row written back as one CSV line: its identity whatever the source's quoting."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerow(row)
    return buffer.getvalue().encode("utf-8")
