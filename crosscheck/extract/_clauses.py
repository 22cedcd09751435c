"""Clause boundaries in a sentence: where the clause holding a trigger starts and ends.

A predicate's place and actor are only looked for inside its clause. Clauses are cut at
";" and ":", at a spaced dash, before a subordinating word ("that", "which", "after" ...)
and at the content start of every reporting frame.
"""

from __future__ import annotations

import re
from typing import Sequence

from ._lexicon import lower_scan_is_exact, words

_STRONG_BOUNDARY = re.compile(
    r"[;:]|\s[-\u2013\u2014]\s|\b" + words("that", "but", "while", "whereas", "although", "though", "because", "when",
                                          "where", "which", "who", "whom", "whose", "as", "after", "before", "since",
                                          "until", "if", "unless", "whether") + r"\b", re.IGNORECASE)
_STRONG_BOUNDARY_LOWER = re.compile(_STRONG_BOUNDARY.pattern)


def clause_boundaries(skeleton: str, lowered: str, frame_starts: Sequence[int]) -> list[int]:
    """Sorted clause starts of a sentence (``lowered`` is ``skeleton.lower()``), 0 included."""
    marks = {0, *frame_starts}
    found = _STRONG_BOUNDARY_LOWER.finditer(lowered) if lower_scan_is_exact(skeleton, lowered) \
        else _STRONG_BOUNDARY.finditer(skeleton)
    for match in found:
        marks.add(match.start() if match.group(0)[0].isalpha() else match.end())
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
