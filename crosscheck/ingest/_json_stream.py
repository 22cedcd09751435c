"""Read JSON documents (an array of articles, or objects one after another, possibly
pretty-printed) as a stream of values, without holding the whole file."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from crosscheck.ingest._fields import ArticleBuilder
from crosscheck.ingest._io import UTF8_BOM, max_line_bytes, open_binary
from crosscheck.ingest._jsonl import not_an_object
from crosscheck.records import IngestLimits, RawArticle, Rejection

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # how surrogateescape shows a non-UTF-8 byte
_DECODER = json.JSONDecoder()
_CHUNK = 2**16


def is_json_document(head: bytes) -> bool:
    """Whether a file starting with `head` is a JSON document rather than JSON Lines.

    True for an array, or for an object whose first line is a lone "{" (pretty-printed).
    """
    if head.startswith(UTF8_BOM):
        head = head[len(UTF8_BOM):]
    stripped = head.lstrip()
    if stripped.startswith(b"["):
        return True
    return stripped.split(b"\n", 1)[0].strip() == b"{"


class _TextStream:
    """Decoded text of a binary stream, pulled in as needed and dropped once consumed."""

    def __init__(self, stream: BinaryIO, max_value_chars: int) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")("surrogateescape")
        self._max_value_chars = max_value_chars
        self.text = ""
        self.pos = 0
        self.ended = False

    def _pull(self, at_least: int) -> bool:
        if self.ended:
            return False
        data = self._stream.read(max(_CHUNK, at_least))
        self.text = self.text[self.pos:] + self._decoder.decode(data, final=not data)
        self.pos = 0
        self.ended = not data
        return True

    def peek(self) -> str:
        """The next non-whitespace character, or "" at the end."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._pull(_CHUNK):
                return ""

    def take_value(self) -> tuple[str, Any]:
        """Decode the JSON value at the cursor; raise ValueError when it is malformed."""
        while True:
            pending = len(self.text) - self.pos
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                # Often just cut short by the chunk boundary; read more and try again,
                # doubling so that a long value costs linear time.
                if pending > self._max_value_chars or not self._pull(pending):
                    raise
                continue
            except RecursionError as exc:
                raise ValueError("nested too deeply") from exc
            if end == len(self.text) and self._pull(pending):
                continue  # a number at the very end may go on in the next chunk
            raw = self.text[self.pos:end]
            self.pos = end
            return raw, value


def read_json_document(
    path: Path, build: ArticleBuilder, limits: IngestLimits
) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per array element (or top-level value).

    Elements are "item N". A malformed element ends the reading with one rejection for
    the rest of the file, since JSON gives no safe place to resume.
    """
    with open_binary(path) as stream:
        source = _TextStream(stream, max_line_bytes(limits))
        in_array = source.peek() == "["
        if in_array:
            source.pos += 1
        index = 0
        while True:
            next_char = source.peek()
            if in_array and index and next_char == ",":
                source.pos += 1
                next_char = source.peek()
            if next_char == "" or (in_array and next_char == "]"):
                break
            index += 1
            location = f"item {index}"
            try:
                raw, value = source.take_value()
            except ValueError as exc:
                reason = getattr(exc, "msg", str(exc))
                yield build.reject(
                    location,
                    f"malformed JSON: {reason}; the rest of the file was not read",
                    source.text[source.pos:source.pos + 300],  # the cursor stays at the item
                )
                return
            bad_byte = _ESCAPED_BYTE.search(raw)
            if bad_byte:
                yield build.reject(
                    location,
                    f"non-UTF-8 bytes: at character {bad_byte.start() + 1} of the item",
                    raw,
                )
            elif type(value) is dict:
                yield build.from_mapping(value, location, raw.encode("utf-8"))
            else:
                yield build.reject(location, not_an_object(value), raw)
        if in_array and next_char == "]":
            source.pos += 1
            if source.peek():
                yield build.reject(
                    f"after item {index}", "unexpected content after the JSON array",
                    source.text[source.pos:source.pos + 300],
                )
