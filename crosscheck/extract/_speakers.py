"""Turn a speaker phrase into a canonical speaker, carrying "he said" back to its antecedent.

A pronoun ("he", "it") or a definite description whose head names the previous
speaker ("the ministry added" after "Russia's defence ministry said") takes the
previous speaker of the paragraph. Anything else is looked up with
crosscheck.resolve; an unknown phrase stays its own speaker, with a side only if
the phrase itself states one ("a Russian officer").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.resolve import SpeakerResolver

from ._actors import PARTIES, fixed_side
from ._lexicon import ANAPHORIC_HEADS, PRONOUN_SPEAKERS, alternation, caseless, contains_any, lower_twin

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Each side's words for the other side's forces betray who is talking: "occupiers" is
# Ukrainian usage, "nationalists" or "the Kyiv regime" Russian usage.
_UKRAINIAN_VOICE = re.compile(r"\b(?:occupiers?|occupants?|invaders?|orcs?|rashists?|racists|russian\s+aggressors?|"
                              r"defence\s+forces\s+of\s+ukraine|our\s+defenders)\b", re.IGNORECASE)
_RUSSIAN_VOICE = re.compile(r"\b(?:nationalists?|neo-?nazis?|kyiv\s+regime|kiev\s+regime|afu|vsu|militants|"
                            r"ukrainian\s+formations|(?:vostok|zapad|yug|tsentr|sever|dnepr|centre|center|southern|"
                            r"western|northern|eastern)\s+(?:battle\s?)?group(?:\s+of\s+forces)?|group\s+of\s+forces|"
                            r"(?:vostok|zapad|yug|tsentr|sever|dnepr)\s+battle\s?group|"
                            r"special\s+military\s+operation|khokhly)\b", re.IGNORECASE)
_UKRAINIAN_VOICE_LOWER, _RUSSIAN_VOICE_LOWER = lower_twin(_UKRAINIAN_VOICE), lower_twin(_RUSSIAN_VOICE)
# Russian spellings of Ukrainian places ("Avdeyevka", "Artemovsk") are the Russian side's usage.
_RUSSIAN_SPELLING = re.compile(r"\b(?:[A-Z]\w+(?:ovka|evka|yevka|yovka)|Artemovsk|Artyomovsk|Ugledar|Kharkov|"
                               r"Nikolayev|Nikolaev|Zaporozhye|Krasny\s+Liman|Lugansk|Maryinka|Kupyansk|Izyum|"
                               r"Seversk|Kremennaya|Krasnogorovka|Novogrodovka|Dzerzhinsk|Pokrovsk\s+\(Krasnoarmeysk\)|"
                               r"Krasnoarmeysk|Rabotino|Kleshcheevka|Volchansk|Kurakhovo|Toretsk\s+\(Dzerzhinsk\))\b")
# Time and setting adjuncts the left scan leaves on a speaker ("In late April the ministry",
# "Ukraine's Khortytsia group on July 31", "Hours earlier, Zelensky"): not part of who speaks.
_WHEN = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|"
         r"january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?|"
         r"morning|afternoon|evening|night|weekend|week|month|year|day|spring|summer|autumn|fall|winter)")
_MEDIUM = (r"(?:statement|briefing|summary|update|report|bulletin|video|address|interview|post|message|"
           r"comments?|remarks|speech|conference|broadcast|telegram|tweet|note|letter)")
_LEADING_ADJUNCT = re.compile(
    r"^(?:(?:(?:a\s+few|several|some|two|three|\w+)\s+)?(?:hours|days|weeks|minutes|moments|months)\s+"
    r"(?:earlier|later|before|after|ago)|shortly\s+(?:after|before|afterwards)|earlier|later|meanwhile|separately|"
    r"also|then|now|today|yesterday|overnight|previously|"
    r"(?:(?:early|late)\s+)?(?:on|in|at|during|over|by|since|until|from)\s+(?:(?:the|a|an|its|his|her|their|late|early|"
    r"mid|last|this)[\s-]+)*(?:[\w'\u2019.-]+\s+){0,2}?(?:" + _WHEN + "|" + _MEDIUM + r")\b(?:\.?\s+" + _WHEN + r"\b)*)"
    r"\s*,?\s+(?=\S)", re.IGNORECASE)
_TRAILING_ADJUNCT = re.compile(
    r"(?:\s+(?:(?:early|late)\s+)?(?:on|in|at|during|over|by)\s+(?:(?:the|late|early|last|this)\s+)?"
    r"(?:" + _WHEN + r")\b(?:[\s.,]+(?:" + _WHEN + r")\b)*|\s+(?:earlier|later|today|yesterday|overnight|again|also|"
    r"previously|then|now))+\s*$", re.IGNORECASE)
_ADJUNCT_HINT = re.compile(r"^(?:[A-Z][a-z]+\s+){0,1}(?:on|in|at|during|over|by|since|until|from|early|late|earlier|"
                           r"later|hours|days|weeks|minutes|moments|months|shortly|meanwhile|separately|also|then|now|"
                           r"today|yesterday|overnight|previously|a|two|three|several|some)\b|"
                           r"\b(?:on|in|at|during|over|by|earlier|later|today|yesterday|overnight|again|also|previously|"
                           r"then|now)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def clean_speaker_phrase(phrase: str) -> str:
    """``phrase`` without quotes and leading or trailing time adjuncts; unchanged if nothing would be left."""
    cleaned = phrase.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()
    if not _ADJUNCT_HINT.search(cleaned):
        return cleaned
    for _ in range(2):      # "Hours earlier, on Monday, the ministry"
        stripped = _LEADING_ADJUNCT.sub("", cleaned, count=1)
        if stripped == cleaned or not stripped.strip():
            break
        cleaned = stripped
    trimmed = _TRAILING_ADJUNCT.sub("", cleaned)
    return trimmed if trimmed.strip() else cleaned


# Unnamed institutions that in English-language war reporting nearly always mean one side.
_DEFAULT_SIDE = ((re.compile(r"\bgeneral\s+staff\b", re.IGNORECASE), "Ukraine"),)


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A resolved speaker; ``phrase`` is None for the outlet speaking for itself."""

    phrase: str | None
    name: str
    speaker_id: str | None
    side: str | None
    kind: str | None
    # The side used to read "our forces"/"the enemy": the speaker's own side, or the
    # side of the speaker before it for an unknown official quoted in the same story.
    reading_side: str | None = None


# "the statement said", "a ministry statement read", "the General Staff's report added", "its update":
# a document speaks for whoever issued it
_DOCUMENTS = (r"(?:statement|report|update|bulletin|summary|post|message|map|communiqu[e\u00e9]|briefing|"
              r"(?:press\s+)?release|notice|announcement|readout|dispatch)s?")
_DOCUMENT_ADJECTIVES = (r"(?:(?:latest|daily|brief|short|written|official|separate|new|later|earlier|morning|evening|"
                        r"nightly|subsequent|same|regular|weekly|operational)\s+)*")
_DOCUMENT_PHRASE = re.compile(r"^(?:(?P<pronoun>its|their|his|her)\s+|(?:the|a|an)\s+)?" + _DOCUMENT_ADJECTIVES +
                              r"(?:(?P<owner>[^\s].{0,80}?)(?P<possessive>['\u2019]s)?\s+" + _DOCUMENT_ADJECTIVES + r")?"
                              + _DOCUMENTS + r"$", re.IGNORECASE)
BARE_DOCUMENT = "*"


@lru_cache(maxsize=4096)
def document_owner(phrase: str) -> str | None:
    """Who issued the document ``phrase`` names: "the ministry" for "a ministry statement", "it" for
    "its statement", BARE_DOCUMENT for "the statement"; None when ``phrase`` names no document."""
    found = _DOCUMENT_PHRASE.match(phrase.strip())
    if found is None:
        return None
    if found.group("pronoun"):
        return {"its": "it", "their": "they"}.get(found.group("pronoun").lower(), "he")
    owner = found.group("owner")
    if owner is None:
        return BARE_DOCUMENT if phrase[:1].lower() in "ta" else None
    if owner.lower().rsplit(None, 1)[-1] in _NOT_OWNERS or (found.group("possessive") is None and
                                                            not phrase[:1].lower() in "ta"):
        return None
    if found.group("possessive") is not None and phrase[:1].isupper() and owner[:1].isupper():
        return owner
    return owner if owner[:1].isupper() else "the " + owner


# "the intelligence report", "a written statement": kinds of document, not who issued it
_NOT_OWNERS = frozenset({"intelligence", "news", "media", "press", "written", "joint", "video", "situation",
                         "battlefield", "frontline", "front-line", "operational", "weekly", "final", "first", "second",
                         "unconfirmed", "earlier", "later", "official", "first-hand", "initial"})


@lru_cache(maxsize=16384)
def lookup(phrase: str) -> SpeakerInfo:
    """Resolve one speaker phrase without any context."""
    speaker = SpeakerResolver.default().resolve(phrase)
    if speaker is None:
        owner = document_owner(phrase)
        if owner is not None and owner != BARE_DOCUMENT and owner.lower() not in PRONOUN_SPEAKERS:
            speaker = SpeakerResolver.default().resolve(owner)
    if speaker is not None:
        side = speaker.side
        return SpeakerInfo(phrase, speaker.name, speaker.speaker_id, side, speaker.kind,
                           side if side in PARTIES else None)
    side = fixed_side(phrase)
    return SpeakerInfo(phrase, phrase, None, side, None, side)


def outlet_info(outlet: str) -> SpeakerInfo:
    """The outlet as the speaker of its own, unattributed claims: a known body as itself
    (a ministry's own channel speaks as the ministry), any other name as an outlet."""
    found = lookup(outlet)
    return SpeakerInfo(None, outlet, found.speaker_id, found.side if found.speaker_id else None,
                       found.kind if found.speaker_id else "outlet", found.reading_side)


# the head noun of an outlet's name it refers to itself by: "the Institute" in a think tank's assessment
_SELF_HEADS = frozenset({"institute", "agency", "centre", "center", "project", "group", "foundation", "council",
                         "service", "monitor", "network"})


def self_reference(phrase: str, outlet: SpeakerInfo) -> SpeakerInfo | None:
    """The outlet, when ``phrase`` is its own name or "the" and its name's head ("The Institute
    assesses ..." in the Strategy Watch Institute's report); else None."""
    lowered = clean_speaker_phrase(phrase).lower()
    name = outlet.name.lower()
    if not lowered.startswith("the ") and lowered != name:
        return None
    head = name.rsplit(None, 1)[-1]
    bare = lowered[4:] if lowered.startswith("the ") else lowered
    return outlet if bare == name or (bare == head and head in _SELF_HEADS) else None


def resolve_in_context(phrase: str, previous: SpeakerInfo | None) -> SpeakerInfo:
    """Resolve ``phrase``, carrying pronouns and anaphoric descriptions back to ``previous``."""
    cleaned = clean_speaker_phrase(phrase)
    lowered = cleaned.lower()
    if previous is not None and previous.phrase is not None:
        if lowered in PRONOUN_SPEAKERS or lowered in ("his", "its", "their"):
            return previous
        if _refers_back(lowered, previous.phrase.lower()):
            return previous
    info = lookup(cleaned)
    if info.reading_side is None and previous is not None and info.speaker_id is None:
        return SpeakerInfo(info.phrase, info.name, None, info.side, None, previous.reading_side)
    return info


def with_inferred_side(info: SpeakerInfo, sentence: str, fallback: str | None) -> SpeakerInfo:
    """``info`` with a reading side for "our"/"the enemy" when the speaker itself has none.

    The side comes from the role the sentence gives the speaker ("Vadim Astafyev, spokesman for the
    Yug group of forces"), else the sentence's voice (who calls whom "occupiers"), else from what
    the unnamed institution nearly always is ("the General Staff"), else ``fallback``
    (the article's last sided speaker, or the outlet's side).
    """
    if info.reading_side is not None or info.phrase is None or info.side == "neutral":
        return info
    side = _appositive_side(info.phrase, sentence)
    if side is None:
        ukrainian, russian = _voices(sentence)
        russian = russian or _has_russian_spelling(sentence)
        side = "Ukraine" if ukrainian and not russian else "Russia" if russian and not ukrainian else None
    if side is None:
        side = next((s for pattern, s in _DEFAULT_SIDE if pattern.search(info.phrase)), None)
    if side is None:
        side = fallback
    if side is None:
        return info
    return SpeakerInfo(info.phrase, info.name, info.speaker_id, info.side, info.kind, side)


# "X, spokesman for the Yug group of forces, said": a role after the name says whom X speaks for
_ROLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:spokes(?:man|woman|person)|"
                         r"commander|chief|head|officer|official|adviser|advisor|representative|leader|"
                         r"press\s+officer)\b[^,;:\"\u201c\u201d]{0,60}", re.IGNORECASE)


def _appositive_side(phrase: str, sentence: str) -> str | None:
    """The side named in a role appositive right after the speaker's name, if any."""
    at = sentence.find(phrase)
    if at < 0 or "," not in sentence[at + len(phrase):at + len(phrase) + 2]:
        return None
    role = _ROLE_AFTER.match(sentence, at + len(phrase))
    if role is None:
        return None
    # "Oleksiy Hromov, a deputy chief of the General Staff's operational department": an unnamed
    # institution in the role is read as that institution alone would be
    text = role.group(0).lstrip(", ")
    return fixed_side(text) or next((s for pattern, s in _DEFAULT_SIDE if pattern.search(text)), None)


# Words only the Russian side's own media use for Ukraine and its forces. A Western report quoting
# Moscow may carry one of them (a place spelt "Artemovsk", "the Kiev regime" in quotes); a text
# written in that voice carries several.
_RUSSIAN_MEDIA_MARKS = (
    (("Kiev",), re.compile(r"\bKiev\b")),
    (("special military", "Special military"), re.compile(r"\bspecial\s+military\s+operation\b", re.IGNORECASE)),
    (("azi",), re.compile(r"\bneo-?nazis?\b", re.IGNORECASE)),
    (("ationalists", "ilitants", "formations", "AFU"),
     re.compile(r"\b(?:nationalists|militants|ukrainian\s+formations|afu)\b", re.IGNORECASE)),
    (("ovka", "evka", "Artemovsk", "Artyomovsk", "Ugledar", "Kharkov", "Nikola", "Zaporozhye", "Liman", "Lugansk",
      "Maryinka", "Kupyansk", "Izyum", "Seversk", "Kremennaya", "Krasnogorovka", "Novogrodovka", "Dzerzhinsk",
      "Krasnoarmeysk", "Rabotino", "Kleshcheevka", "Volchansk", "Kurakhovo"), _RUSSIAN_SPELLING),
)


# A mark's words as one prefix-tree scan where they are many: a whole article is read once, not
# once per word (~2x faster for the spellings); a few words stay plain substring tests.
_MARK_HINTS = tuple(re.compile(alternation(*hints)).search if len(hints) > 4 else hints
                    for hints, _pattern in _RUSSIAN_MEDIA_MARKS)
# the spellings' words: every match of _RUSSIAN_SPELLING holds one (the media marks gate on them too)
_SPELLING_HINT = re.compile(alternation(*next(hints for hints, pattern in _RUSSIAN_MEDIA_MARKS
                                               if pattern is _RUSSIAN_SPELLING))).search


def _has_russian_spelling(text: str) -> bool:
    """_RUSSIAN_SPELLING.search, run only where one of its mark's words occurs (~4x cheaper without one)."""
    return _SPELLING_HINT(text) is not None and _RUSSIAN_SPELLING.search(text) is not None


def media_voice(text: str) -> str | None:
    """"Russia" when an article is written in Russian official wording throughout (two or more kinds
    of its marks and none of the Ukrainian side's), else None: the side an unknown outlet reads from."""
    marks = 0
    for hints, (_words, pattern) in zip(_MARK_HINTS, _RUSSIAN_MEDIA_MARKS):
        # each mark needs one of its words: most articles hold none and cost a few substring tests
        if (contains_any(text, hints) if isinstance(hints, tuple) else hints(text) is not None) \
                and pattern.search(text):
            marks += 1
            if marks == 2:
                return None if _UKRAINIAN_VOICE.search(text) else "Russia"
    return None


def russian_voice(sentence: str) -> bool:
    """Whether the sentence uses Russian official wording for the other side ("the Kyiv regime")."""
    ukrainian, russian = _voices(sentence)
    return russian and not ukrainian


def _voices(sentence: str) -> tuple[bool, bool]:
    """Whether the sentence has Ukrainian, and Russian, words for the other side's forces."""
    lowered = caseless(sentence)
    if lowered is None:
        return bool(_UKRAINIAN_VOICE.search(sentence)), bool(_RUSSIAN_VOICE.search(sentence))
    return bool(_UKRAINIAN_VOICE_LOWER.search(lowered)), bool(_RUSSIAN_VOICE_LOWER.search(lowered))


def _refers_back(phrase: str, previous: str) -> bool:
    if not phrase.startswith("the "):
        return False
    words = _LEADING_ARTICLE.sub("", phrase).split()
    if not words or len(words) > 3:
        return False
    head = words[-1]
    return head in ANAPHORIC_HEADS and head in previous.split()
