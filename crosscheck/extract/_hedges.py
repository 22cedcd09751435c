"""Mood, negation and hedging of a predicate, read from the words before it.

A control verb is only a claim when it reports something that happened (or holds):
"will capture", "aims to capture", "could fall" and "on taking" are not claims;
"may have captured" is a hedged one; "did not take" and "failed to take" are negated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import HEDGE, HEDGE_WORDS, NEGATING_HEDGE, caseless, contains_any, lower_twin

_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|n['\u2019]t")

MODALS = frozenset({"will", "would", "could", "can", "shall", "should", "must", "may", "might",
                    "cannot", "won't", "wouldn't", "couldn't", "can't", "shouldn't", "ll"})
_HEDGING_MODALS = frozenset({"may", "might", "could", "must"})
_NEGATORS = frozenset({"not", "never", "n't", "no", "won't", "wouldn't", "couldn't", "can't",
                       "cannot", "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't",
                       "weren't", "didn't", "doesn't", "don't", "neither", "nor", "shouldn't"})
# Auxiliaries and adverbs that may stand between a subject and its verb.
_AUX = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
    "did", "s", "ve", "d", "also", "now", "finally", "fully", "already", "still", "just", "yet",
    "since", "then", "again", "reportedly", "allegedly", "apparently", "purportedly", "likely",
    "probably", "possibly", "presumably", "supposedly", "largely", "partially", "partly",
    "almost", "nearly", "virtually", "practically", "effectively", "officially", "formally",
    "eventually", "ultimately", "recently", "previously", "earlier", "later", "quickly",
    "constantly", "successfully", "completely", "longer", "well", "all", "even",
    "indeed", "seemingly", "so", "far", "thus",
}) | MODALS | _NEGATORS
_REALIS_BEFORE_TO = frozenset({"managed", "manages", "managing", "succeeded", "continue",
                               "continues", "continued", "continuing", "appears", "appear",
                               "appeared", "seems", "seem", "seemed", "believed", "thought",
                               "said", "reported", "understood", "known", "alleged", "claimed",
                               "claims", "claim", "reportedly", "used", "began", "begun",
                               "started", "proceeded", "forced", "compelled", "obliged", "had",
                               # "units were allowed to withdraw from Vuhledar": a withdrawal made
                               "allowed", "permitted", "authorised", "authorized"})
# "allowed units to withdraw", "forced Russian troops to abandon X": a withdrawal let or made happen
_LETTING = frozenset({"allowed", "permitted", "authorised", "authorized", "forced", "compelled"})
_TROOPS = frozenset({"units", "troops", "forces", "soldiers", "servicemen", "defenders", "garrison", "fighters",
                     "brigade", "brigades", "personnel"})
# what may stand between "allowed" and the troops ("the remaining Ukrainian units")
_DETERMINERS = frozenset({"its", "their", "our", "the", "his", "all", "remaining", "last", "ukrainian", "russian"})
_NEGATED_BEFORE_TO = frozenset({"failed", "fail", "fails", "unable", "yet"})
_IRREALIS_PREPOSITIONS = frozenset({"on", "at", "of", "for", "towards", "toward", "about", "from",
                                    "against", "into", "without", "before", "by", "in"})
_REALIS_PREPOSITIONS = frozenset({"after", "since", "following", "upon"})
# "once" opens a condition ("once Russia takes X"), "once again" repeats a fact; "only when" and "only after"
# make what follows a condition ("would believe it only when the flag flew over the city")
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|once(?!\s+(?:again|more)\b)|lest|in case|only\s+(?:when|after))\b",
                          re.IGNORECASE)
_CONDITIONAL_LOWER = lower_twin(_CONDITIONAL)
_INTENSIFIER = re.compile(r"\b(?:highly|very|most|more|less|quite|increasingly|fairly|extremely)\s+$",
                          re.IGNORECASE)


# words between a verb and the plural noun it governs ("may launch renewed counterattacks near X")
_NOUN_MODIFIERS = frozenset({"renewed", "new", "fresh", "further", "more", "heavy", "massive", "repeated", "any",
                             "confirmed", "major", "large-scale", "another", "additional", "the", "its", "their", "a",
                             "an", "fierce", "several", "daily", "its", "significant", "serious", "offensive"})


@dataclass(frozen=True, slots=True)
class Mood:
    """How the words before a predicate qualify it."""

    realis: bool            # a reported event or state, not a plan, forecast or condition
    negated: bool           # "did not take", "failed to take", "no longer holds"
    hedge: str | None       # "may have": a modal that hedges a past event


# every mood without a hedge, built once (a Mood is immutable; one is read for every trigger)
_MOODS = {(realis, negated): Mood(realis, negated, None) for realis in (True, False) for negated in (True, False)}


_ASIDE = re.compile(r"(?<=\s)[\"\u201c][^\"\u201c\u201d,]{1,40}[\"\u201d]\s*$")
# the same aside after the writer's clause had its quotation marks blanked to spaces
# (_sentences: a few quoted words are read as part of the clause): the double spaces remain
_BLANKED_ASIDE = re.compile(r"\s\s[^\s\"\u201c\u201d,][^\"\u201c\u201d,]{0,39}\s\s$")


def mood_before(left: str, verb: str) -> Mood:
    """Mood of ``verb`` given ``left``, the clause text right before it."""
    window = left[-160:]
    if window.endswith(("\" ", "\u201d ")):
        # 'will "without doubt" drive': a quoted aside between the modal and its verb
        window = _ASIDE.sub(" ", window)
    elif window.endswith("  "):
        window = _BLANKED_ASIDE.sub(" ", window)
    if window.isascii():
        tokens = _TOKEN.findall(window.lower())     # the same tokens: _TOKEN's letters are [A-Za-z]
    else:
        tokens = [t.lower().replace("\u2019", "'") for t in _TOKEN.findall(window)]
    chain: list[str] = []
    index = len(tokens) - 1
    while index >= 0 and (tokens[index] in _AUX or tokens[index].endswith("ly")):
        chain.append(tokens[index])
        index -= 1
    chain.reverse()
    before = tokens[index] if index >= 0 else None
    if before == "but" and index >= 1 and tokens[index - 1] == "all":
        return _MOODS[False, False]     # "all but captured", "is all but lost": nearly, so not done
    negated = bool(chain) and (not _NEGATORS.isdisjoint(chain) or _has_no_longer(chain))
    modal = next((t for t in chain if t in MODALS), None) if chain and not MODALS.isdisjoint(chain) else None
    if modal is not None:
        after_modal = chain[chain.index(modal) + 1:]
        if "have" in after_modal and modal in _HEDGING_MODALS:
            return Mood(True, negated, f"{modal} have")
        return _MOODS[False, negated]
    if not chain and verb.endswith("s") and before is not None:
        governed = _governing_mood(tokens, index)
        if governed is not None:
            return governed
    if before == "to":
        ahead = tokens[index - 1] if index >= 1 else None
        if ahead in _NEGATED_BEFORE_TO:
            return _MOODS[True, True]
        if ahead in _TROOPS:
            # "the command allowed units to withdraw from Vuhledar": a withdrawal let happen is made (forced, too)
            back = index - 2
            while back >= 0 and tokens[back] in _DETERMINERS:
                back -= 1
            if back >= 0 and tokens[back] in _LETTING:
                before_letting = back - 1
                while before_letting >= 0 and tokens[before_letting] in _AUX:
                    if tokens[before_letting] in MODALS or tokens[before_letting] in _NEGATORS:
                        return _MOODS[False, negated]   # "has not allowed", "would allow"
                    before_letting -= 1
                return _MOODS[True, negated]
        if ahead in _REALIS_BEFORE_TO or (ahead in ("likely", "unlikely") and "have" in chain):
            # "may be forced to leave": a modal before "forced to" still makes it a forecast
            back = index - 2
            while back >= 0 and tokens[back] in _AUX:
                if tokens[back] in MODALS:
                    return _MOODS[False, negated]
                back -= 1
            return _MOODS[True, negated]
        return _MOODS[False, negated]
    if verb.lower().endswith("ing") and not chain:
        if before in _IRREALIS_PREPOSITIONS:
            return _MOODS[False, negated]
    if before in _REALIS_PREPOSITIONS:
        return _MOODS[True, negated]
    lowered = caseless(left)
    if (_CONDITIONAL.search(left) if lowered is None else _CONDITIONAL_LOWER.search(lowered)):
        return _MOODS[False, negated]
    return _MOODS[True, negated]


def _governing_mood(tokens: list[str], index: int) -> Mood | None:
    """The mood of the verb that governs a plural noun ("will likely intensify assaults on X", "have not made
    any confirmed advances near X"): a modal or negation there leaves the noun's event unreal."""
    verb_at = index
    while verb_at >= 0 and tokens[verb_at] in _NOUN_MODIFIERS:
        verb_at -= 1
    if verb_at < 1 or tokens[verb_at] in _AUX or tokens[verb_at].endswith(("s", "ing", "ly")):
        return None
    back = verb_at - 1
    chain: list[str] = []
    while back >= 0 and (tokens[back] in _AUX or tokens[back].endswith("ly")):
        chain.append(tokens[back])
        back -= 1
    negated = not _NEGATORS.isdisjoint(chain)
    if not MODALS.isdisjoint(chain) and "have" not in chain:
        return _MOODS[False, negated]
    if negated:
        return _MOODS[True, True]
    return None


def _has_no_longer(chain: list[str]) -> bool:
    return any(a == "no" and b == "longer" for a, b in zip(chain, chain[1:]))


def hedges_in(text: str) -> list[str]:
    """Hedge and assessment words in ``text``, verbatim, with their intensifiers."""
    lowered = caseless(text)
    if lowered is not None and not contains_any(lowered, HEDGE_WORDS):
        return []
    return scan_hedges(text)


def scan_hedges(text: str) -> list[str]:
    """hedges_in without its cheap gate: every hedge match, with its intensifier."""
    found: list[str] = []
    for match in HEDGE.finditer(text):
        phrase = match.group(0).strip()
        intensifier = _INTENSIFIER.search(text, 0, match.start())
        if intensifier and intensifier.end() == match.start() and not phrase.lower().startswith(
                intensifier.group(0).strip().lower()):
            phrase = intensifier.group(0) + phrase
        if phrase not in found:
            found.append(phrase)
    return found


def negating_hedge_in(text: str) -> bool:
    """True when ``text`` holds a hedge that denies its complement ("unlikely that ...")."""
    return bool(NEGATING_HEDGE.search(text))
