"""pysbd_pieces gives exactly what pysbd's own Segmenter.segment gives, without its per-sentence regexes."""

from __future__ import annotations

import re

import pysbd
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract._segmenter import located_pieces, pysbd_pieces

_REFERENCE = pysbd.Segmenter(language="en", clean=False)

_WORDS = ["Russia", "said", "it", "took", "Soledar.", "Mr.", "U.S.", "Gen.", "troops", "in", "Jan.", "5.",
          "the", "town", "was", "hit", "No.", "e.g.", "NATO.", "A.", "Ukraine's", "Kyiv", "on", "Friday",
          "fell.", "(AP)", "said:", "\"We", "won.\"", "...", "Why?", "Yes!", "St.", "p.m.", "1.", "2.", "a)",
          "\u201cWe", "held,\u201d", "\u2026", "\u00abНаш\u00bb", "it.", "it.", "Bakhmut.", "Bakhmut."]
_GAPS = [" ", " ", " ", "  ", "\n", "\u00a0", "\u2009", " \t", "\r\n", "\x1c"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=40))
def test_pieces_are_pysbds_own(parts):
    text = "".join(word + gap for word, gap in parts)
    assert _outcome(pysbd_pieces, text) == _outcome(_REFERENCE.segment, text)


def _outcome(segment, text: str) -> object:
    # pysbd raises on some inputs ("\x1c1." reads as a list item number): the same error either way
    try:
        return segment(text)
    except ValueError as error:
        return str(error)


def test_a_repeated_sentence_is_found_after_the_one_before():
    text = "It fell. Troops left. It fell. It fell."
    assert pysbd_pieces(text) == _REFERENCE.segment(text) == ["It fell. ", "Troops left. ", "It fell. ", "It fell."]


def _regex_location(sentences: list[str], text: str) -> list[str]:
    """pysbd's own way of locating its sentences (sentences_with_char_spans), for comparison."""
    pieces, prior_end = [], 0
    for sentence in sentences:
        for match in re.finditer(re.escape(sentence) + r"\s*", text):
            if match.end() > prior_end:
                pieces.append(match.group())
                prior_end = match.end()
                break
    return pieces


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b ", "ab ", "", "x", "b\u00a0", "\u2028"]), max_size=6),
       st.lists(st.sampled_from(["ab", " ", "a", "b", "\u00a0", "x", "\u2028", "\x85"]), max_size=12))
def test_location_matches_the_regex_reading(sentences, text_parts):
    # sentences pysbd did not take verbatim from the text, repeated, overlapping or empty
    text = "".join(text_parts)
    assert located_pieces(sentences, text) == _regex_location(sentences, text)
