"""Open input files, plain or gzip-compressed, and read them as bounded lines or whole."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from crosscheck.records import IngestLimits

GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
# Whole-file formats (HTML, text, feeds) are read into memory one file at a time; this
# bounds that memory and stops a decompression bomb.
MAX_WHOLE_FILE_BYTES = 64 * 2**20
# Lines longer than this are refused without being held, so memory stays flat even on a
# file with no newlines; generous enough for any article under the text limit.
_MIN_LINE_CAP = 64 * 2**20
_SKIP_CHUNK = 2**20


class FileTooLarge(Exception):
    """A whole-file input is larger than MAX_WHOLE_FILE_BYTES."""


def max_line_bytes(limits: IngestLimits) -> int:
    """The longest line a line-based reader will hold for these limits."""
    # A character can take 12 bytes as a JSON surrogate-pair escape ("\ud83d\ude00").
    return max(_MIN_LINE_CAP, 16 * limits.max_text_chars)


@contextmanager
def open_binary(path: Path) -> Iterator[BinaryIO]:
    """Open `path` for binary reading, decompressing transparently when it is gzip.

    A ".gz" name or a gzip header that decompresses marks gzip; two bytes that merely
    look like the gzip magic at the start of another file do not.
    """
    with open(path, "rb") as raw:
        if raw.peek(2)[:2] == GZIP_MAGIC and (
            path.name.lower().endswith(".gz") or _decompresses(raw)
        ):
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield unzipped  # type: ignore[misc]
        else:
            yield raw


def _decompresses(raw: BinaryIO) -> bool:
    try:
        gzip.GzipFile(fileobj=raw, mode="rb").read(1)
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        raw.seek(0)
    return True


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first `size` (decompressed) bytes of `path`, for sniffing its format."""
    with open_binary(path) as stream:
        return stream.read(size)


def read_whole(path: Path) -> bytes:
    """All (decompressed) bytes of `path`; raises FileTooLarge beyond the whole-file cap."""
    with open_binary(path) as stream:
        data = stream.read(MAX_WHOLE_FILE_BYTES + 1)
    if len(data) > MAX_WHOLE_FILE_BYTES:
        raise FileTooLarge(f"more than {MAX_WHOLE_FILE_BYTES // 2**20} MiB")
    return data


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, bool]]:
    """Yield (line number, line bytes, complete) for each line, numbered from 1.

    A line longer than `max_bytes` is cut to its first `max_bytes` bytes, flagged
    incomplete, and the rest of it is skipped without being kept in memory.
    """
    readline = stream.readline
    lineno = 0
    while True:
        line = readline(max_bytes)
        if not line:
            return
        lineno += 1
        if len(line) < max_bytes or line.endswith(b"\n"):
            yield lineno, line, True
            continue
        rest = readline(_SKIP_CHUNK)
        if not rest:  # exactly max_bytes long and the file ends there
            yield lineno, line, True
            return
        while rest and not rest.endswith(b"\n"):
            rest = readline(_SKIP_CHUNK)
        yield lineno, line, False


def utf8_error_position(data: bytes) -> tuple[int, int] | None:
    """(line, byte offset within that line), both from 1, of the first non-UTF-8 byte."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        return data.count(b"\n", 0, exc.start) + 1, exc.start - line_start + 1
    return None
