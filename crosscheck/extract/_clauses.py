"""Clause boundaries in a sentence: where the clause holding a trigger starts and ends.

A predicate's place and actor are only looked for inside its clause. Clauses are cut at
";" and ":", at a spaced dash, before a subordinating word ("that", "which", "after" ...)
and at the content start of every reporting frame.
"""

from __future__ import annotations

import re
from typing import Sequence

from ._lexicon import contains_any, lower_scan_is_exact, words

# A clause starts after a mark (";", ":", a spaced dash) and at a subordinating word
_BOUNDARY_MARKS = r"[;:]|\s[-\u2013\u2014]\s"
# "as much as 800 square kilometres": a measure's qualifier, not a subordinating "as"
# "only when" / "only after" opens its clause at "only", so the clause reads as the condition it is;
# "all but" ("took all but the western fringe of X") is "nearly all", no second clause
_BOUNDARY_WORDS = r"\b(?:" + words("that", "while", "whereas", "although", "though", "because", "where",
                                   "which", "who", "whom", "whose", "before", "since", "until", "if",
                                   "unless", "whether") + \
    r"|(?<!only\s)(?:when|after)|only(?=\s+(?:when|after)\b)" + \
    r"|(?<!\ball\s)but" + \
    r"|(?<!much\s)(?<!many\s)as(?!\s+(?:much|many)\s+as\b))\b"
_STRONG_BOUNDARY = re.compile(_BOUNDARY_MARKS + "|" + _BOUNDARY_WORDS, re.IGNORECASE)
# _STRONG_BOUNDARY's two halves for lower-cased text. A word match holds only letters and a mark
# match none, so no match of one half can overlap one of the other: scanning them apart finds what
# the whole pattern finds, and the marks' half, ~half the cost, is skipped where none of its
# characters occurs (most sentences).
_BOUNDARY_WORDS_LOWER = re.compile(_BOUNDARY_WORDS)
_BOUNDARY_MARKS_LOWER = re.compile(_BOUNDARY_MARKS)
_MARK_CHARS = (";", ":", "-", "\u2013", "\u2014")


def clause_boundaries(skeleton: str, lowered: str, frame_starts: Sequence[int]) -> list[int]:
    """Sorted clause starts of a sentence (``lowered`` is ``skeleton.lower()``), 0 included."""
    marks = {0, *frame_starts}
    if not lower_scan_is_exact(skeleton, lowered):
        for match in _STRONG_BOUNDARY.finditer(skeleton):
            marks.add(match.start() if match.group(0)[0].isalpha() else match.end())
        return sorted(marks)
    marks.update([match.start() for match in _BOUNDARY_WORDS_LOWER.finditer(lowered)])
    if contains_any(lowered, _MARK_CHARS):
        marks.update([match.end() for match in _BOUNDARY_MARKS_LOWER.finditer(lowered)])
    return sorted(marks)


def clause_start_at(boundaries: Sequence[int], position: int) -> int:
    """Where the clause holding ``position`` starts."""
    start = 0
    for mark in boundaries:
        if mark <= position:
            start = mark
    return start


def clause_end_at(boundaries: Sequence[int], position: int, length: int) -> int:
    """Where the clause holding ``position`` ends (``length``: the sentence's)."""
    for mark in boundaries:
        if mark > position:
            return mark
    return length
