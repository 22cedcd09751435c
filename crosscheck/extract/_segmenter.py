"""pysbd's sentences of a paragraph, as ``pysbd.Segmenter.segment`` returns them, located without its regexes.

``segment`` (clean=False) finds each sentence pysbd made back in the original text by compiling
a regex of that sentence's escaped text. Every sentence is new text, so each one is a compile,
and the stream of one-off patterns evicts pysbd's own rule patterns from ``re``'s 512-entry cache,
which are then compiled again: over half of pysbd's time on news paragraphs. ``pysbd_pieces``
runs pysbd's processor and does that location with ``str.find``, giving the same pieces.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def pysbd_pieces(text: str) -> list[str]:
    """Exactly ``segmenter().segment(text)``: pysbd's sentences, each with the whitespace after it."""
    if not text:
        return []
    return located_pieces(segmenter().processor(text).process(), text)


def located_pieces(sentences: list[str], text: str) -> list[str]:
    """Each sentence's first occurrence in ``text``, with the whitespace after it, that ends past the
    piece before it (a sentence found nowhere is dropped): what pysbd's sentences_with_char_spans
    finds with ``re.finditer(re.escape(sentence) + r"\\s*", text)``, non-overlapping occurrences in order."""
    pieces: list[str] = []
    prior_end = 0
    length = len(text)
    for sentence in sentences:
        if not sentence:
            # an empty pattern matches everywhere: keep pysbd's own reading of that case
            match = next((m for m in re.finditer(r"\s*", text) if m.end() > prior_end), None)
            if match is not None:
                pieces.append(match.group())
                prior_end = match.end()
            continue
        at = text.find(sentence)
        while at >= 0:
            end = at + len(sentence)
            # re's \s is str.isspace() (both are Py_UNICODE_ISSPACE)
            while end < length and text[end].isspace():
                end += 1
            if end > prior_end:
                pieces.append(text[at:end])
                prior_end = end
                break
            at = text.find(sentence, end)
    return pieces
