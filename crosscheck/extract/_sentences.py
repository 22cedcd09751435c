"""Paragraph and sentence segmentation with exact character spans, plus quote regions.

Paragraphs are cut on blank lines; each paragraph is segmented by pysbd and every
pysbd sentence is located in the original text, so callers always get
``text[start:end] == sentence`` even when pysbd trims or normalises whitespace.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.lang.english import English

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# a sentence-final mark followed by more text: without one a paragraph is one sentence
_INNER_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S")
_HAS_WORD = re.compile(r"\w")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


# pysbd costs ~0.7 ms a paragraph. Where a paragraph has none of the things pysbd exists
# to handle (brackets, ellipses, numbers before a period, abbreviations, single letters,
# inner "!"/"?", line breaks, unbalanced quotes), its answer is the plain split at ". " +
# capital, never inside a balanced double-quoted passage; tests/test_extract_sentences.py
# checks that equivalence against pysbd itself.
_PYSBD_NEEDED = re.compile(
    "[\u2018()\\[\\]\u2026\n;]|\\.\\.|\\d\\.|[!?]\\s|(?<![A-Za-z])['\u2019]|['\u2019](?![A-Za-z])"
    "|\\.(?![\"\u201d]?(?:\\s+[\"\u201c]?[A-Z]|\\s*$))")
_PERIOD_WORD = re.compile(r"([A-Za-z][\w'-]*)\.(?=[\"\u201d]?(?:\s|$))")
_ABBREVIATIONS = frozenset(a.lower() for a in English.Abbreviation.ABBREVIATIONS) | frozenset(
    a.lower() for a in English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) | frozenset(
    a.lower() for a in English.Abbreviation.NUMBER_ABBREVIATIONS)
# pysbd breaks before an opening quote, or after a closing one, but not between the two
_PLAIN_BREAK = re.compile("(?<=[.!?])(?:\\s+(?=[\"\u201c]?[A-Z])|[\"\u201d]\\s+(?=[A-Z]))")
_QUOTES = re.compile("[\"\u201c\u201d]")


def _quoted_spans(paragraph: str) -> list[tuple[int, int]] | None:
    """Spans of balanced double-quoted passages (quotes included), or None when unbalanced."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _QUOTES.finditer(paragraph):
        char, at = match.group(0), match.start()
        if open_at is None:
            if char == "\u201d":
                return None
            if at > 0 and not paragraph[at - 1].isspace() and (at + 1 == len(paragraph) or paragraph[at + 1].isspace()):
                return None     # a straight quote that can only be closing ('won." "We'): unbalanced
            open_at = at
        else:
            if char == "\u201c" or (char == '"') != (paragraph[open_at] == '"'):
                return None
            spans.append((open_at, at + 1))
            open_at = None
    return None if open_at is not None else spans


def _plain_split(paragraph: str) -> list[tuple[int, int]] | None:
    """The split pysbd would make, when the paragraph is plain enough to know it; else None."""
    if _PYSBD_NEEDED.search(paragraph):
        return None
    for match in _PERIOD_WORD.finditer(paragraph):
        word = match.group(1)
        if len(word) <= 1 or word.lower() in _ABBREVIATIONS or (word.isupper() and len(word) <= 4):
            return None
    quoted = _quoted_spans(paragraph) if '"' in paragraph or "\u201c" in paragraph or "\u201d" in paragraph \
        else []
    if quoted is None:
        return None
    spans = []
    cursor = 0
    for match in _PLAIN_BREAK.finditer(paragraph):
        cut = match.start() + (1 if paragraph[match.start()] in "\"\u201d" else 0)
        if any(a < cut < b for a, b in quoted):
            continue
        spans.append((cursor, cut))
        cursor = match.end()
    spans.append((cursor, len(paragraph)))
    return spans


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``text`` (cut on blank lines), whitespace-trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _BLANK_LINE.finditer(text):
        _append_trimmed(text, cursor, match.start(), spans)
        cursor = match.end()
    _append_trimmed(text, cursor, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph ``text[start:end]`` (absolute offsets)."""
    paragraph = text[start:end]
    if not _INNER_BREAK.search(paragraph):
        return [(start, end)]
    plain = _plain_split(paragraph)
    if plain is not None:
        return [(start + s, start + e) for s, e in plain]
    return [(start + s, start + e) for s, e in _pysbd_split(paragraph)]


def _pysbd_split(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of ``paragraph`` by pysbd, located exactly in the paragraph."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(paragraph):
        stripped = piece.strip()
        if not stripped:
            continue
        found = paragraph.find(stripped, cursor)
        if found < 0:
            # pysbd altered the text (it should not with clean=False): fall back to its length
            found = cursor
            while found < len(paragraph) and paragraph[found].isspace():
                found += 1
            piece_end = min(len(paragraph), found + len(stripped))
        else:
            piece_end = found + len(stripped)
        _add_sentence(paragraph, found, piece_end, spans)
        cursor = piece_end
    if cursor < len(paragraph) and paragraph[cursor:].strip():
        _add_sentence(paragraph, cursor, len(paragraph), spans)
    return _trim_all(paragraph, spans)


def _add_sentence(paragraph: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # A stray closing quote or ellipsis that pysbd cut off belongs to the sentence before it.
    if spans and not _HAS_WORD.search(paragraph[start:end]):
        spans[-1] = (spans[-1][0], end)
        return
    spans.append((start, end))


def _trim_all(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        _append_trimmed(paragraph, start, end, out)
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``: paragraphs first (blank lines), then pysbd.

    Every span satisfies ``text[start:end] == sentence`` with surrounding whitespace
    removed; a sentence never crosses a blank line.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in split_paragraphs(text):
        spans.extend(split_paragraph(text, p_start, p_end))
    return spans


def ends_as_question(sentence: str) -> bool:
    """True when the sentence is a question (its last mark is a question mark)."""
    tail = sentence.rstrip("\"'\u201d\u2019) \t")
    return tail.endswith("?")


def is_terminated(sentence: str) -> bool:
    """True when the sentence ends with sentence-final punctuation (headlines usually do not)."""
    return bool(_TERMINAL.search(sentence.rstrip()))


_CURLY_OPEN = "\u201c"
_CURLY_CLOSE = "\u201d"


def quote_regions(paragraph: str) -> list[tuple[int, int]]:
    """Spans (inside ``paragraph``) of double-quoted passages, quotes excluded.

    Curly quotes pair by direction; straight quotes pair in order. An unclosed quote
    yields no region: its end cannot be known, and guessing would swallow attributions.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _QUOTES.finditer(paragraph):
        char, index = match.group(0), match.start()
        if char == _CURLY_OPEN:
            open_at = index
        elif char == _CURLY_CLOSE and open_at is not None:
            regions.append((open_at + 1, index))
            open_at = None
        elif char == '"':
            if open_at is None:
                open_at = index
            else:
                regions.append((open_at + 1, index))
                open_at = None
    return regions
