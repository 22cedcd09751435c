"""The reporting frame record, and the tests every frame builder shares.

A frame is one act of reporting inside a sentence: who speaks (the speaker phrase and
its span), with which verb, and over which words (the content span).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ._lexicon import (ASSESS_VERBS, CONFIRM_VERBS, DENY_VERBS, NON_SPEAKERS, SAY_VERB_WORDS, caseless, lower_twin,
                       words)

_I = re.IGNORECASE

_FINITE = re.compile(r"\b" + words("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                                   "may", "might", "did", "does", "do", "been", "being", "be", "captured", "took",
                                   "seized", "if", "when", "because", *SAY_VERB_WORDS) + r"\b", _I)


_BAD_END = re.compile(r"\b" + words("of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with",
                                    "from", "its", "their", "his", "her", "who", "whom") + "$", _I)
# "the first settlement it (has conceded)": a noun and then a subject pronoun is a relative clause
_RELATIVE_SUBJECT_END = re.compile(r"\S\s+(?:it|he|she|they|we|i|you)$", _I)
# "Whatever the Russian propagandists say, C": a concession, whose subject vouches for nothing
_CONCESSIVE = re.compile(r"(?:whatever|whoever|no\s+matter\s+(?:what|who|how)|regardless\s+of\s+what|"
                         r"despite\s+what|contrary\s+to\s+what)\b", _I)
_NON_SPEAKERS_LOWER, _FINITE_LOWER, _BAD_END_LOWER, _RELATIVE_SUBJECT_END_LOWER = (
    lower_twin(NON_SPEAKERS), lower_twin(_FINITE), lower_twin(_BAD_END), lower_twin(_RELATIVE_SUBJECT_END))


_NOMINAL_VERBS = frozenset({"announced", "announces", "claimed", "confirmed", "confirms", "reported", "reports",
                            "informed",
                            "denied", "denies", "deny", "acknowledged", "admitted", "hailed",
                            "celebrated", "welcomed", "rejected", "dismissed", "disputed",
                            "called", "calls", "described", "describes", "praised", "praises",
                            # the present of headlines: "Kyiv admits loss of Soledar"
                            "admits", "concedes", "conceded", "acknowledges", "hails", "celebrates", "welcomes",
                            "rejects", "dismisses", "disputes"})


# not frozen (never mutated): built for every reporting verb, and a frozen one takes ~5x as long to build
@dataclass(slots=True)
class Frame:
    """One reporting frame; offsets are relative to the sentence."""

    speaker: str
    speaker_start: int
    speaker_end: int
    verb: str
    kind: str                   # say | deny | confirm | assess | claim (nominal)
    content_start: int
    content_end: int
    post: bool = False          # attribution after its content ("C, X said")
    parent: int | None = None   # index of the frame whose content holds this one
    relay: bool = True          # False for ", a claim Kyiv rejected": it judges, it does not relay

    def covers(self, start: int, end: int) -> bool:
        return self.content_start <= start and end <= self.content_end

    @property
    def takes_nominal_object(self) -> bool:
        return self.verb.lower() in _NOMINAL_VERBS


# ", Prigozhin said on Telegram," inside its own content: from the comma before the speaker to the one after
_INSERTED_TAIL = re.compile(r"[^,;:.\"\u201c\u201d]{1,40}?,")


def without_inserted_attribution(sentence: str, frames: list[Frame]) -> str:
    """``sentence`` with an attribution set between commas inside its own content ("Bakhmut,
    Prigozhin said, was fully taken") blanked out (same length), so the clause around it reads as one."""
    for frame in frames:
        if not frame.post or frame.speaker_start <= frame.content_start + 1:
            continue
        before = sentence[:frame.speaker_start].rstrip()
        tail = _INSERTED_TAIL.match(sentence, frame.speaker_end)
        if before.endswith(",") and tail is not None and tail.end() < frame.content_end:
            return sentence[:len(before) - 1] + " " * (tail.end() - len(before) + 1) + sentence[tail.end():]
    return sentence


def in_a_speaker(position: int, frames: list[Frame]) -> bool:
    """Whether a position lies inside a speaker's phrase ("the DPR leader", "..., Kyiv concedes")."""
    return any(f.speaker_start <= position < f.speaker_end and f.verb != ":" for f in frames)


def shifted_frames(frames: list[Frame], at: int, by: int) -> list[Frame]:
    """``frames`` of a sentence into which ``by`` characters were inserted at ``at``: offsets from
    there on move, and a content reaching ``at`` takes the inserted words in."""
    def move(offset: int) -> int:
        return offset + by if offset > at else offset
    return [replace(f, speaker_start=move(f.speaker_start), speaker_end=move(f.speaker_end),
                    content_start=move(f.content_start), content_end=f.content_end + by if f.content_end >= at
                    else f.content_end) for f in frames]


def verb_kind(verb: str) -> str:
    verb = verb.lower()
    if verb in DENY_VERBS:
        return "deny"
    if verb in CONFIRM_VERBS:
        return "confirm"
    if verb in ASSESS_VERBS:
        return "assess"
    return "say"


@lru_cache(maxsize=16384)
def plausible_speaker(phrase: str) -> bool:
    """Whether ``phrase`` can name a speaker (a noun phrase, not a clause).

    Remembered per phrase, like the speaker lookups: the same institutions speak in story after story.
    """
    phrase = phrase.strip()
    if not 1 <= len(phrase.split()) <= 14:
        return False
    lowered = caseless(phrase)
    if lowered is None:
        if NON_SPEAKERS.match(phrase) or _FINITE.search(phrase) or _BAD_END.search(phrase) or \
                _RELATIVE_SUBJECT_END.search(phrase):
            return False
    elif _NON_SPEAKERS_LOWER.match(lowered) or _FINITE_LOWER.search(lowered) or _BAD_END_LOWER.search(lowered) or \
            _RELATIVE_SUBJECT_END_LOWER.search(lowered):
        return False
    if phrase[:1] in "WwNnRrDdCc" and _CONCESSIVE.match(phrase):
        return False
    return any(ch.isalpha() for ch in phrase)

