"""The reporting frame record, and the tests every frame builder shares.

A frame is one act of reporting inside a sentence: who speaks (the speaker phrase and
its span), with which verb, and over which words (the content span).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import ASSESS_VERBS, CONFIRM_VERBS, DENY_VERBS, NON_SPEAKERS, SAY_VERBS

_I = re.IGNORECASE

_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|been|"
                     r"being|be|captured|took|seized|if|when|because|" + SAY_VERBS + r")\b", _I)


_BAD_END = re.compile(r"\b(?:of|the|a|an|and|or|to|in|on|at|for|by|with|from|its|their|his|her)$", _I)


_NOMINAL_VERBS = frozenset({"announced", "announces", "claimed", "confirmed", "confirms", "reported",
                            "denied", "denies", "deny", "acknowledged", "admitted", "hailed",
                            "celebrated", "welcomed", "rejected", "dismissed", "disputed"})


@dataclass(frozen=True, slots=True)
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


def verb_kind(verb: str) -> str:
    verb = verb.lower()
    if verb in DENY_VERBS:
        return "deny"
    if verb in CONFIRM_VERBS:
        return "confirm"
    if verb in ASSESS_VERBS:
        return "assess"
    return "say"


def plausible_speaker(phrase: str) -> bool:
    """Whether ``phrase`` can name a speaker (a noun phrase, not a clause)."""
    phrase = phrase.strip()
    words = phrase.split()
    if not 1 <= len(words) <= 14 or NON_SPEAKERS.match(phrase):
        return False
    if _FINITE.search(phrase) or _BAD_END.search(phrase):
        return False
    return any(ch.isalpha() for ch in phrase)

