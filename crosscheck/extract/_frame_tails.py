"""What follows a reporting verb whose speaker comes after its content ("C, X said ...").

Real attributions trail adjuncts after the verb: "said in his nightly video address",
"reported to the president", "told Zelenskiy in a video call broadcast on Monday",
"wrote on Telegram", "said on Rossiya-24". When those words are only adjuncts (they open
with a preposition or a time word and hold no clause), the frame is post-posed and its
content is the text before the speaker. When a finite verb follows the closing comma
("Much of Toretsk, a commander told the newspaper, is now a grey zone"), the attribution
is a parenthesis inside its own content.
"""

from __future__ import annotations

import re
from typing import Literal

_I = re.IGNORECASE

TailShape = Literal["post", "parenthetical"]

# where the words after the verb stop: a clause mark, a quote, a spaced dash, or the sentence's end
# (a clock time's colon, "in its 18:00 update", is no clause mark)
_STOP = re.compile("[,;\"\u201c\u201d\u00ab\u00bb()]|(?<!\\d):(?!\\d)|\\s[-\u2013\u2014]\\s|[.!?\u2026][\"'\u201d\u2019\u00bb)]*\\s*$")
_WORD = re.compile(r"[A-Za-z\u0400-\u04ff][\w'\u2019.-]*")
# words an adjunct after "said" opens with
_OPENERS = frozenset({
    "in", "on", "at", "to", "during", "via", "through", "from", "after", "before", "over", "with", "by",
    "late", "earlier", "later", "today", "yesterday", "overnight", "again", "also", "separately",
    "this", "last", "while", "when", "without", "under", "for", "amid", "following", "shortly",
    # American wire copy's bare time: "the ministry said Friday, had taken ...", "said early Thursday"
    "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # and its dates, months first and abbreviated: "said Dec. 25, a claim Kyiv denied"
    "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december",
})
# words that make the tail a clause of its own: it is content, not an adjunct
_CLAUSE_WORDS = frozenset({
    "that", "which", "who", "whom", "whether", "if", "because", "is", "are", "was", "were", "has", "have",
    "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "not",
    "captured", "took", "taken", "seized", "liberated", "entered", "controls", "control", "controlled",
    "holds", "hold", "held", "fell", "retook", "recaptured", "repelled", "encircled", "surrounded",
    "attacked", "advanced", "withdrew", "lost", "destroyed", "killed", "remains", "remain", "remained",
})
# the first word after the closing comma that continues the content ("..., is now a grey zone")
_FINITE_CONTINUATION = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "remains", "remain", "remained", "still", "now", "fell", "controls", "control", "hold", "holds",
    "held", "lost", "took", "captured", "entered", "no", "never", "already",
})
_MAX_TAIL_WORDS = 12


def follows_content(sentence: str, np_start: int) -> bool:
    """Whether a speaker at ``np_start`` comes after content: a comma or a closing quote before it."""
    before = sentence[:np_start].rstrip()
    return bool(before) and before.endswith((",", "\"", "\u201d", "\u00bb", "\u2019")) and \
        any(ch.isalpha() for ch in before)


def tail_shape(sentence: str, position: int, lead: str = "") -> TailShape | None:
    """How the words from ``position`` (right after the verb and any listener) end the frame.

    "post": only adjuncts follow, up to the sentence's end, a semicolon, a dash or a comma
    that opens something other than a predicate. "parenthetical": adjuncts, then a comma and
    a finite verb, or a comma and more words after a ``lead`` (the words before the speaker)
    that is only an adjunct ("In Vovchansk, it added, Ukrainian troops still held ..."). None: a
    clause or a quote follows (the caller's other rules decide).
    """
    stop = _STOP.search(sentence, position)
    end = stop.start() if stop else len(sentence)
    words = _WORD.findall(sentence, position, end)
    if words and not _adjunct(words):
        return None
    if stop is None or stop.end() >= len(sentence.rstrip()):
        return "post"
    mark = stop.group(0).strip()
    if mark in (";", "-", "\u2013", "\u2014"):
        return "post"
    if mark != ",":
        return None
    following = _WORD.match(sentence, _skip_space(sentence, stop.end()))
    if following is not None and (following.group(0).lower() in _FINITE_CONTINUATION or lead_is_adjunct(lead)
                                  or _ends_on_auxiliary(lead)):
        return "parenthetical"
    return "post"


# a lead that opens as a setting, never as a subject: "In Vovchansk", "Further south", "Meanwhile"
_LEAD_OPENERS = _OPENERS | frozenset({"meanwhile", "elsewhere", "further", "farther", "there", "here", "near",
                                      "around", "inside", "outside", "along", "across", "north", "south", "east",
                                      "west", "since", "until"})


def lead_is_adjunct(lead: str) -> bool:
    """Whether the words before a mid-sentence attribution are only a setting, not a clause: then the
    attribution is a parenthesis and the claim runs on after it."""
    words = _WORD.findall(lead)
    if not words or len(words) > 8 or words[0].lower() not in _LEAD_OPENERS:
        return False
    return not any(word.lower() in _CLAUSE_WORDS for word in words)


# "Russian forces had, the ministry said, taken Marinka": a lead stopping on its auxiliary goes on after the speaker
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would"})


def _ends_on_auxiliary(lead: str) -> bool:
    words = _WORD.findall(lead[-40:])
    return bool(words) and words[-1].lower() in _AUXILIARIES


def _adjunct(words: list[str]) -> bool:
    if len(words) > _MAX_TAIL_WORDS or words[0].lower() not in _OPENERS:
        return False
    return not any(word.lower() in _CLAUSE_WORDS for word in words)


def _skip_space(sentence: str, position: int) -> int:
    while position < len(sentence) and sentence[position].isspace():
        position += 1
    return position
