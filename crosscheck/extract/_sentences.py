"""Paragraph and sentence segmentation with exact character spans, plus quote regions.

Paragraphs are cut on blank lines; each paragraph is segmented by pysbd and every
pysbd sentence is located in the original text, so callers always get
``text[start:end] == sentence`` even when pysbd trims or normalises whitespace.
"""

from __future__ import annotations

import re

from pysbd.lang.english import English

from ._lexicon import contains_any
from ._segmenter import pysbd_pieces

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# a sentence-final mark followed by more text: without one a paragraph is one sentence
_INNER_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S")
_HAS_WORD = re.compile(r"\w")
_WORD_CHARS = re.compile(r"[\w'-]*")
_CLOSERS = "\"'\u201d\u2019)]"     # quotes and brackets that may follow a sentence's final mark


# pysbd costs ~0.7 ms a paragraph. Where a paragraph has none of the things pysbd exists
# to handle (brackets, ellipses, numbers before a period, abbreviations, single letters,
# inner "!"/"?", line breaks, unbalanced quotes), its answer is the plain split at ". " +
# capital, never inside a balanced double-quoted passage; tests/test_extract_sentences.py
# checks that equivalence against pysbd itself. A number before the paragraph's final period
# ("... Report number 4.") is no exception: pysbd's list-item and decimal rules need text after it.
_PYSBD_NEEDED = re.compile(
    "[\u2018()\\[\\]\u2026\n;\u00ab\u00bb]|\\.\\.|\\d\\.(?![\"\u201d]?$)|[!?]\\s|(?<![A-Za-z])['\u2019]|['\u2019](?![A-Za-z])"
    "|\\.(?![\"\u201d]?(?:\\s+[\"\u201c]?[A-Z]|\\s*$))")
# a word ending in a period that may close a sentence: "Bakhmut." (an abbreviation needs pysbd)
_PERIOD_WORD = re.compile(r"([A-Za-z][\w'-]*)\.(?=[\"\u201d]?(?:\s|$))")
# The two patterns above are the rule; _is_plain applies them without scanning every position,
# and tests/test_extract_speed_equivalence.py keeps it equal to them.
_PYSBD_CHARS = "\u2018()[]\u2026\n;\u00ab\u00bb"     # guillemet quotes: pysbd keeps them whole
_SENTENCE_END_AFTER = re.compile("[\"\u201d]?(?:\\s+[\"\u201c]?[A-Z]|\\s*$)")
_ABBREVIATIONS = frozenset(a.lower() for a in English.Abbreviation.ABBREVIATIONS) | frozenset(
    a.lower() for a in English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) | frozenset(
    a.lower() for a in English.Abbreviation.NUMBER_ABBREVIATIONS)
# pysbd breaks before an opening quote, or after a closing one, but not between the two
# (the final mark is part of the match so the scan can jump from mark to mark; the break starts after it)
_PLAIN_BREAK = re.compile("[.!?](?:\\s+(?=[\"\u201c]?[A-Z])|[\"\u201d]\\s+(?=[A-Z]))")
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


def _is_plain(paragraph: str) -> bool:
    """Whether pysbd can only cut ``paragraph`` at ". " + capital: nothing matches _PYSBD_NEEDED and
    no word before a sentence-ending period (_PERIOD_WORD) looks like an abbreviation.

    Each test is a string test, or runs only where its mark occurs: scanning every position
    with the regexes costs more than the rest of the split.
    """
    if contains_any(paragraph, _PYSBD_CHARS) or ".." in paragraph:
        return False
    for mark in "'\u2019":
        at = paragraph.find(mark)
        while at >= 0:
            if not (at > 0 and _is_ascii_letter(paragraph[at - 1]) and at + 1 < len(paragraph)
                    and _is_ascii_letter(paragraph[at + 1])):
                return False    # an apostrophe not inside a word: a quote mark
            at = paragraph.find(mark, at + 1)
    for mark in "!?":
        at = paragraph.find(mark)
        while at >= 0:
            if at + 1 < len(paragraph) and paragraph[at + 1].isspace():
                return False
            at = paragraph.find(mark, at + 1)
    at = paragraph.find(".")
    while at >= 0:
        if (at > 0 and paragraph[at - 1].isdecimal() and not _ends_paragraph(paragraph, at)) or \
                not _SENTENCE_END_AFTER.match(paragraph, at + 1):
            return False
        # every period left is followed by a space or the end, so _PERIOD_WORD reads a word before it
        word = _word_before(paragraph, at)
        if word and (len(word) <= 1 or word.lower() in _ABBREVIATIONS or (word.isupper() and len(word) <= 4)):
            return False
        at = paragraph.find(".", at + 1)
    return True


def _ends_paragraph(paragraph: str, period: int) -> bool:
    """Whether the period is the paragraph's last mark (a closing double quote may follow it)."""
    rest = len(paragraph) - period
    return rest == 1 or (rest == 2 and paragraph[-1] in "\"\u201d")


def _is_ascii_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


def _word_before(paragraph: str, period: int) -> str:
    """The word _PERIOD_WORD takes before a period: the run of word characters, apostrophes and
    hyphens right before it, from its first ASCII letter on ("" when it has none)."""
    space = paragraph.rfind(" ", 0, period)
    if _WORD_CHARS.fullmatch(paragraph, space + 1, period):
        start = space + 1       # the usual case: the run begins after a space
    else:
        start = period
        while start > 0 and (paragraph[start - 1].isalnum() or paragraph[start - 1] in "_'-"):
            start -= 1
    while start < period and not _is_ascii_letter(paragraph[start]):
        start += 1
    return paragraph[start:period]


def _plain_split(paragraph: str) -> list[tuple[int, int]] | None:
    """The split pysbd would make, when the paragraph is plain enough to know it; else None."""
    if not _is_plain(paragraph):
        return None
    quoted = _quoted_spans(paragraph) if '"' in paragraph or "\u201c" in paragraph or "\u201d" in paragraph \
        else []
    if quoted is None:
        return None
    spans = []
    cursor = 0
    for match in _PLAIN_BREAK.finditer(paragraph):
        after_mark = match.start() + 1
        cut = after_mark + (1 if paragraph[after_mark] in "\"\u201d" else 0)
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
    spans = _plain_split(paragraph)
    if spans is None:
        spans = _pysbd_split(paragraph)
    if '!"' in paragraph or '?"' in paragraph or "!\u201d" in paragraph or "?\u201d" in paragraph:
        spans = _rejoined_quotes(paragraph, spans)
    return [(start + s, start + e) for s, e in spans]


# '"Klishchiivka is ours!" Ground Forces commander Oleksandr Syrskyi wrote on Telegram.': a quote ending on
# "!" or "?" and the words that say whose it is are one sentence, though a capital follows the mark
_QUOTE_MARK_END = re.compile(r"[!?][\"\u201d]$")
_SAYS_WHOSE = re.compile(r"^(?:[\w'\u2019.-]+\s+){1,7}?(?:said|says|wrote|writes|told|tells|added|adds|declared|"
                         r"announced|posted|exclaimed|shouted|insisted|claimed|stated)\b")


def _rejoined_quotes(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _QUOTE_MARK_END.search(paragraph, out[-1][0], out[-1][1]) is not None \
                and paragraph[out[-1][0]] in "\"\u201c" and _SAYS_WHOSE.match(paragraph[start:end]) is not None:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _pysbd_split(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of ``paragraph`` by pysbd, located exactly in the paragraph."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pysbd_pieces(paragraph):
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
    return sentence.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", "\u2026")


HEADLINE_MAX_WORDS = 16


def reads_as_headline(sentence: str) -> bool:
    """True when ``sentence`` is as short and unterminated as a headline."""
    return not is_terminated(sentence) and len(sentence.split()) <= HEADLINE_MAX_WORDS


_CURLY_OPEN = "\u201c"
_CURLY_CLOSE = "\u201d"
_GUILLEMETS = re.compile("[\u00ab\u00bb]")


def quote_regions(paragraph: str) -> list[tuple[int, int]]:
    """Spans (inside ``paragraph``) of double-quoted passages, quotes excluded.

    Curly quotes and guillemets (the Russian and Ukrainian quote marks) pair by direction;
    straight quotes pair in order. An unclosed quote yields no region: its end cannot be
    known, and guessing would swallow attributions.
    """
    if '"' not in paragraph and _CURLY_OPEN not in paragraph and _CURLY_CLOSE not in paragraph:
        # no double quote to pair (most sentences): only guillemets can open a region
        return sorted(_guillemet_regions(paragraph)) if "\u00ab" in paragraph else []
    return _paired_regions(paragraph)


def _paired_regions(paragraph: str) -> list[tuple[int, int]]:
    """quote_regions without its shortcut: every quote mark paired."""
    regions: list[tuple[int, int]] = _guillemet_regions(paragraph) if "\u00ab" in paragraph else []
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
    return sorted(regions)


# a word right before an opening mark, with no comma, colon or dash between: the quote is part of the clause
_FRAGMENT_LEAD = re.compile(r"[\w%\u2019']\s$")
_FRAGMENT_MAX_WORDS = 12


def without_fragment_quotes(sentence: str) -> str:
    """``sentence`` with the marks of each quoted fragment blanked (same length): 'units were "in the
    centre of Sudzha"', 'had "completed the liberation" of Pokrovsk', 'Kherson "is returning under
    Ukrainian control"', and a headline's single-quoted word ("Ukraine hails its 'liberation'"). The
    writer quotes a few of the speaker's words inside a clause of their own; read without the marks,
    the clause is whole. A quote opening after a comma, a colon or a sentence start (a quoted statement
    of its own) keeps its marks, as does a long quoted passage.
    """
    double = '"' in sentence or _CURLY_OPEN in sentence or "\u00ab" in sentence
    single = " '" in sentence or "\u2018" in sentence     # an opening mark follows a space
    if not double and not single:
        return sentence
    regions = quote_regions(sentence) if double else []
    if single:
        regions += [(m.start() + 1, m.end() - 1) for m in _SINGLE_QUOTED.finditer(sentence)]
    chars = None
    for start, end in regions:
        if start < 3 or end >= len(sentence) or not _FRAGMENT_LEAD.search(sentence, 0, start - 1) or \
                sentence.count(" ", start, end) >= _FRAGMENT_MAX_WORDS or sentence[end - 1] in ".!?":
            continue
        chars = chars or list(sentence)
        chars[start - 1] = chars[end] = " "
    return sentence if chars is None else "".join(chars)


# 'liberation' / \u2018completely cleared\u2019: a single-quoted fragment, told from an apostrophe by the space
# before its opening mark and the word's end after its closing one ("Kyiv's", "soldiers' " are no openings)
_SINGLE_QUOTED = re.compile("(?<=\\s)['\u2018](?=\\w)[^'\u2018\u2019\\n]{1,80}?(?<=\\w)['\u2019](?![\\w])")


# a sentence break inside a quoted passage, which the segmenter (like pysbd) never cuts:
# '"We were betrayed. Soledar is ours," he said'; the word before the mark decides below
_QUOTED_BREAK = re.compile("([\\w'\u2019-]+)[.!?](?=\\s+[\"\u201c\u00ab]?[A-Z\u0400-\u042f\u0404\u0406\u0407])")


def quoted_sentence_starts(sentence: str) -> list[int]:
    """Offsets where a new sentence begins inside a quoted passage of ``sentence``.

    A quote of several sentences stays one segment; its later sentences still start
    clauses of their own. A period after an abbreviation or an initial ("Gen.", "U.S.")
    is no break.
    """
    if not ("." in sentence or "!" in sentence or "?" in sentence):
        return []
    starts: list[int] = []
    for start, end in quote_regions(sentence):
        for match in _QUOTED_BREAK.finditer(sentence, start, end):
            word = match.group(1)
            if len(word) <= 1 or word.lower() in _ABBREVIATIONS or (word.isupper() and len(word) <= 4):
                continue
            after = match.end() + 1
            while after < end and sentence[after] in " \t\"\u201c\u00ab":
                after += 1
            if after < end:
                starts.append(after)
    return starts


def quoted_sentence(text: str, start: int, end: int, sentence_starts: list[int]) -> bool:
    """Whether the quoted passage ``text[start:end]`` (quotes excluded) is a sentence on its own
    or opens one: its opening quote begins a sentence and it holds a clause, not a term
    ('"liberated" Bakhmut').
    """
    return start - 1 in sentence_starts and text.count(" ", start, end) >= 2


def _guillemet_regions(paragraph: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _GUILLEMETS.finditer(paragraph):
        if match.group(0) == "\u00ab":
            open_at = match.start()
        elif open_at is not None:
            regions.append((open_at + 1, match.start()))
            open_at = None
    return regions
