"""Frames whose speaker follows the verb: the passive "C, it was announced by X" and the inverted "C, said X"."""

from __future__ import annotations

import re
from typing import NamedTuple

from ._frame_nouns import NP_END
from ._frames import Frame, plausible_speaker, verb_kind
from ._lexicon import FRAME_FILLER

_I = re.IGNORECASE
_ENDS_THAT = re.compile(r"(?:that|:)\s*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:it\s+)?(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+$", _I)
# "was acknowledged on Wednesday by X": a time adjunct may stand between the verb and "by"
BY = re.compile(r"(?:\s+(?:on\s+\w+day|late\s+\w+day|earlier|later|today|yesterday|publicly|officially|"
                r"on\s+\d{1,2}\s+\w+|on\s+\w+\s+\d{1,2}))*\s+by\s+", _I)


class VerbMatch(NamedTuple):
    """A reporting verb found in a sentence (read from the lower-cased scan with its own letters)."""

    start: int
    end: int
    verb: str


def passive_frame(sentence: str, match: VerbMatch) -> Frame | None:
    """ "C, it was announced by X" (content before) or "it was announced by X that C" (content after)."""
    by = BY.match(sentence, match.end)
    assert by is not None
    end = NP_END.search(sentence, by.end())
    np_end = end.start() if end else len(sentence)
    phrase = sentence[by.end():np_end].strip()
    if not plausible_speaker(phrase):
        return None
    verb = match.verb
    after = FRAME_FILLER.match(sentence, np_end)
    if after and _ENDS_THAT.search(after.group(0)):
        return Frame(phrase, by.end(), by.end() + len(phrase), verb, verb_kind(verb), after.end(), len(sentence))
    passive = _PASSIVE_BEFORE.search(sentence[:match.start])
    content_end = len(sentence[:passive.start() if passive else match.start].rstrip(" ,"))
    return Frame(phrase, by.end(), by.end() + len(phrase), verb, verb_kind(verb), 0, content_end, post=True)


def inverted_frame(sentence: str, match: VerbMatch) -> Frame | None:
    """ "C, said X": the speaker after its verb, the content before both."""
    end = NP_END.search(sentence, match.end)
    np_end = end.start() if end else len(sentence)
    raw = sentence[match.end:np_end]
    phrase = raw.strip()
    if not plausible_speaker(phrase):
        return None
    np_start = match.end + len(raw) - len(raw.lstrip())
    content_end = len(sentence[:match.start].rstrip().rstrip(",\"\u201d\u2019\u00bb").rstrip(","))
    if content_end <= 0:
        return None
    verb = match.verb
    return Frame(phrase, np_start, np_start + len(phrase), verb, verb_kind(verb), 0, content_end, post=True)


def passive_before(before: str, lowered: str | None) -> bool:
    # the pattern ends in a form of "be" and whitespace: test the last word before scanning
    if lowered is not None and not lowered.rstrip().endswith(("was", "were", "is", "been")):
        return False
    return _PASSIVE_BEFORE.search(before) is not None
