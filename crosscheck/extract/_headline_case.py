"""Headlines in Title Case ("Russia Claims Capture of Chasiv Yar as Kyiv Says Battle Continues") read as
the sentence case the rules are written for.

American wire and newspaper style capitalises every major word of a headline, so "Claims" and "Says"
look like the start of a name and no speaker is found. A headline counts as Title Case when none of its
longer words is in lower case and a capitalised reporting or linking word shows it is a sentence; then
the words the rules read in lower case (reporting verbs, trigger words, words for forces, function
words) are lower-cased unless they are the headline's first word or part of a place's name. Every
other word, a name the lists do not know among them, keeps its capital. Lower-casing ASCII keeps every offset, so claims found in the
analysed text point at the same words of the headline as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosscheck.resolve import Gazetteer

from ._lexicon import (AMBIGUOUS_SAY_VERB_WORDS, FORCE_PREFIXES, SAY_VERB_WORDS, TRIGGER_PREFIXES, TRIGGER_WORDS,
                       WEAK_TRIGGER_PREFIXES)
from ._types import ExtractedClaim

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# capitalised only in Title Case: a headline holding one of these is a sentence, not a name or a label
_SENTENCE_WORDS = frozenset({"Says", "Say", "Said", "Claims", "Claim", "Confirms", "Denies", "Reports", "Is", "Are",
                             "Has", "Have", "Was", "Were", "Of", "As", "In", "On", "At", "To", "For", "After",
                             "With", "From", "Over", "Near", "Amid", "Into", "Takes", "Captures", "Retakes"})
# the lower-case words of headlines the lists below leave out: function words, auxiliaries, measures
_HEADLINE_WORDS = frozenset("""
    of as in on at to for after with from over near amid into by and or but while says say said is are was were
    has have had be been not no it its they their them he his she her the a an all most part parts half full
    fully still continues continue continuing city town village region battle again now key
""".split()) | frozenset(SAY_VERB_WORDS) | frozenset(AMBIGUOUS_SAY_VERB_WORDS) | TRIGGER_WORDS
_LOWER_PREFIXES = TRIGGER_PREFIXES + WEAK_TRIGGER_PREFIXES + tuple(p for p in FORCE_PREFIXES if p != "wagner")


def sentence_cased(headline: str) -> str:
    """``headline`` with its Title Case undone (see the module docstring); any other headline as it is."""
    words = _WORD.findall(headline)
    longer = [w for w in words if len(w) >= 4]
    if len(longer) < 4 or any(w[0].islower() for w in longer) or not any(w in _SENTENCE_WORDS for w in words) \
            or not headline.isascii():
        return headline
    places = [(m.start, m.end) for m in Gazetteer.default().find_mentions(headline, ())]
    out = list(headline)
    for word in _WORD.finditer(headline):
        text = word.group(0)
        lowered = text.lower()
        if word.start() == 0 or not text[0].isupper() or text.isupper() \
                or not (lowered in _HEADLINE_WORDS or lowered.startswith(_LOWER_PREFIXES)) \
                or any(start <= word.start() < end for start, end in places):
            continue
        out[word.start()] = text[0].lower()
    return "".join(out)


def as_written(claims: list[ExtractedClaim], analysed: str, headline: str) -> list[ExtractedClaim]:
    """The headline's ``claims``, found in its ``analysed`` sentence case, with the words as the headline writes them."""
    if analysed == headline:
        return claims
    out = []
    for claim in claims:
        if claim.field == "title":
            claim = replace(claim, sentence=headline[claim.char_start:claim.char_end],
                            speaker_phrase=_restored(claim.speaker_phrase, analysed, headline),
                            place_as_written=_restored(claim.place_as_written, analysed, headline) or "")
        out.append(claim)
    return out


def _restored(words: str | None, analysed: str, headline: str) -> str | None:
    at = analysed.find(words) if words else -1
    return headline[at:at + len(words)] if words and at >= 0 else words
