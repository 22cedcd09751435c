"""Coreference of places in a sentence: what "the town", "there", "it", "both villages" and "the
southern outskirts" point back to (the sentence before it, the previous sentence's claim objects,
the article's topic, a landmark), added to the sentence's place refs as refs of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ._lexicon import contains_any, lower_scan_is_exact, lower_twin
from ._place_words import COREF_NOUN
from ._places import NOUN_KINDS, PlaceRef

if TYPE_CHECKING:
    from ._topic import ArticleTopic

_COREF_NOUNS = ("town", "city", "village", "settlement", "hamlet", "locality", "region", "oblast")


@dataclass(slots=True)
class Salience:
    """Places recently talked about in the current paragraph, for coreference."""

    previous_objects: list[PlaceRef]     # places that were claim objects in the previous sentence
    previous_places: list[PlaceRef]      # every place of the previous sentence, in order

    @classmethod
    def empty(cls) -> Salience:
        return cls([], [])


def add_coreferences(sentence: str, refs: list[PlaceRef], salience: Salience,
                     speaker_places: Sequence[PlaceRef] = (), topic: ArticleTopic | None = None,
                     headline: bool = False) -> list[PlaceRef]:
    """``refs`` plus a ref for each "the town"/"the city" that has an antecedent.

    ``speaker_places`` are places inside a speaker's name ("Kherson's mayor said the city ..."):
    never claim places themselves, but what "the city" of that speaker's words points back to.
    ``topic``, the article's topic place, is the antecedent of last resort (see _topic).
    """
    out = list(refs)
    antecedents = _without_dateline(sentence, refs)
    if speaker_places:
        salience = Salience(salience.previous_objects, [*salience.previous_places, *speaker_places])
    said_of = _said_of(sentence, antecedents)
    lowered = sentence.lower()
    # each pattern below needs one of these words: skip the scans whose words are absent
    exact = lower_scan_is_exact(sentence, lowered)
    nouns = not exact or ("the" in lowered and contains_any(lowered, _COREF_NOUNS))
    coref_nouns = list(COREF_NOUN.finditer(sentence)) if nouns else []
    if headline and contains_any(lowered, _BARE_NOUNS):
        # headlines drop the article: "Kyiv insists troops still hold part of city"
        coref_nouns += _HEADLINE_COREF_NOUN.finditer(sentence)
    for match in coref_nouns:
        if any(r.start < match.end() and match.start() < r.end for r in refs):
            continue
        antecedent = find_antecedent(match.group(1).lower(), antecedents, match.start(), salience)
        if antecedent is None and said_of is not None and said_of.start > match.end():
            antecedent = said_of
        if antecedent is None and topic is not None:
            antecedent = topic.antecedent(match.group(1).lower(), [r for r in antecedents if r.end <= match.start()])
        if antecedent is None:
            antecedent = landmark_antecedent(match.group(1).lower(), antecedents, match.start(), sentence)
        if antecedent is not None:
            out.append(PlaceRef(match.start(), match.end(), match.group(0), antecedent.place, True))
    for match in _THERE.finditer(sentence) if not exact or "there" in lowered else ():
        if any(r.start <= match.start() < r.end for r in out):
            continue
        antecedent = find_antecedent("there", antecedents, match.start(), salience)
        if antecedent is not None:
            out.append(PlaceRef(match.start(), match.end(), match.group(0), antecedent.place, True))
    has_it = not exact or ("it" in lowered and _IT_WORD.search(lowered) is not None)
    it_objects = [] if not has_it else list(_IT_AFTER_VERB.finditer(sentence) if not exact else
                                            _IT_AFTER_VERB_LOWER.finditer(lowered))
    # "it was still in Ukrainian hands", "its capture": only a place named earlier in the same
    # sentence, since a pronoun at a sentence's start is as often the speaker as a place
    same_sentence_only = [] if not has_it else list(_IT_AS_PLACE.finditer(sentence) if not exact else
                                                    _IT_AS_PLACE_LOWER.finditer(lowered))
    for match in it_objects + same_sentence_only:
        if any(r.start <= match.start(1) < r.end for r in out):
            continue
        antecedent = find_antecedent("it", antecedents, match.start(1),
                                     Salience.empty() if match.re in _SAME_SENTENCE_ONLY else salience)
        if antecedent is not None:
            out.append(PlaceRef(match.start(1), match.end(1), sentence[match.start(1):match.end(1)], antecedent.place,
                                True))
    plurals = _PLURAL_COREF.finditer(sentence) if not exact or contains_any(lowered, _PLURAL_WORDS) else ()
    for match in plurals:
        # "infiltrated Kucheriv Yar and Zolotyi Kolodiaz ... both villages are back under Ukrainian control"
        count = _PLURAL_COUNTS[match.group("count").lower().split()[-1]]
        named = [r for r in antecedents
                 if r.end <= match.start() and not r.coref and not r.landmark and r.is_settlement()]
        if len(named) >= count and all(r.place is not None for r in named[-count:]):
            first, *rest = named[-count:]
            out.append(PlaceRef(match.start(), match.end(), match.group(0), first.place, True,
                                also=tuple(r.place for r in rest if r.place is not None)))
    parts = _PART_OF_ANTECEDENT.finditer(sentence) if contains_any(lowered, _PART_WORDS) else ()
    for match in parts:
        if any(r.start < match.end() and match.start() < r.end for r in out):
            continue
        antecedent = find_antecedent("part", antecedents, match.start(), salience)
        if antecedent is None and topic is not None:
            antecedent = topic.antecedent("part", [r for r in antecedents if r.end <= match.start()])
        if antecedent is not None:
            out.append(PlaceRef(match.start(), match.end(), match.group(0), antecedent.place, True, partial=True))
    out.sort(key=lambda r: r.start)
    return out


# A wire dateline, "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -", "KHARKIV, Ukraine —": the place the story
# was filed from, in capitals before the agency and a dash
# "the Tavria Group", "the Khortytsia operational-strategic grouping", "the Dnipro group of forces": a
# formation named after a region or a river, not a place a later "the village" points back to
# (a brigade or battalion named for a town may defend that very town, and keeps it)
_UNIT_NAMED_AFTER = re.compile(r"\s+(?:operational[- ](?:strategic|tactical)\s+|operational\s+|tactical\s+)?"
                               r"(?:group|grouping)\b", re.IGNORECASE)


# "Kharkiv regional governor", "the Kherson Oblast governor", "Donetsk region's military administration":
# the city's name stands for the region whose office it is, never a town a later "the town" points back to
# (a mayor keeps his city, and so does a possessive title: "Kherson's mayor said the city ...", "Kharkiv's
# governor said the city ...")
_REGIONAL_OFFICE_AFTER = re.compile(r"\s+(?:regional|region(?:['\u2019]s)?|oblast(?:['\u2019]s)?|governor)\b",
                                    re.IGNORECASE)


def names_a_formation(text: str, ref: PlaceRef) -> bool:
    """Whether the place ``ref`` only names a military formation ("Tavria Group spokesperson") or,
    inside a speaker's title, a regional office ("Kharkiv regional governor")."""
    return _UNIT_NAMED_AFTER.match(text, ref.end) is not None or \
        (ref.is_settlement() and _REGIONAL_OFFICE_AFTER.match(text, ref.end) is not None)


_DATELINE = re.compile(r"\s*[A-ZЀ-Я][A-ZЀ-Я'’. -]*[A-ZЀ-Я](?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                       r"(?:\s+\([^()]{1,30}\))?\s+[-–—]\s")


def _without_dateline(sentence: str, refs: list[PlaceRef]) -> list[PlaceRef]:
    """``refs`` without the dateline's place: where a story was filed is not what "the city" or "there" of
    its first sentence means ("KYIV, Ukraine (AP) — ... captured Kupiansk ... still held the city")."""
    if not refs or refs[0].start > 2 or not sentence[:2].isupper():
        return refs
    dateline = _DATELINE.match(sentence)
    if dateline is None:
        return refs
    return [r for r in refs if r.start >= dateline.end()]


# "The town is now largely in Russian hands, the spokesman said of Kurakhove": the place a
# statement is about, named after its attribution
_SAID_OF = re.compile(r"\b(?:said|says|wrote|writes|added|adds|told\s+[\w\s]{1,30}?)\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
                      re.IGNORECASE)


def _said_of(sentence: str, refs: Sequence[PlaceRef]) -> PlaceRef | None:
    if " of " not in sentence:
        return None
    for ref in refs:
        window = max(0, ref.start - 60)
        last = sentence[window:ref.start].rstrip()[-2:]
        if last.isascii() and last.lower() != "of":
            continue    # the pattern ends in "of" and a space
        if _SAID_OF.search(sentence, window, ref.start):
            return ref
    return None


_BARE_NOUNS = ("city", "town", "village")
_HEADLINE_COREF_NOUN = re.compile(r"(?<=\b(?:of|in)\s)(city|town|village)\b(?!\s+(?:of|council|hall|centre|center)\b)",
                                  re.IGNORECASE)
_PART_WORDS = ("outskirts", "suburbs", "district", "quarters", "edges", "positions", " of it")
# A part of a place already named, with the place left out: "our guys hold the southern
# outskirts", "positions in the south-west", "60 percent of it".
_PART_OF_ANTECEDENT = re.compile(
    r"\b(?:the|its)\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|central|old|industrial|"
    r"northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?"
    r"(?:outskirts|suburbs|districts|quarters|edges)\b(?!\s+of\b)"
    # "a foothold in the Litak district": a named part of the town talked about
    r"|\bthe\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:micro-?)?district\b(?!\s+of\b)"
    r"|(?<=\bpositions\sin\s)the\s+(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\b(?!\s+of\b)"
    r"|\b(?:\d+\s*(?:percent|per\s+cent|%)|half|most|much|part|parts)\s+of\s+it\b",
    re.IGNORECASE)


# "both villages", "the two towns", "all three settlements": as many places named before in the sentence
_PLURAL_COREF = re.compile(r"\b(?P<count>both|the\s+two|all\s+(?:the\s+)?(?:three|four))\s+(?:(?:small|frontline|"
                           r"front-line|border|neighbouring|neighboring|nearby)\s+)?(?:villages|towns|settlements|"
                           r"cities|localities)\b", re.IGNORECASE)
_PLURAL_WORDS = ("both ", "two ", "three ", "four ")
_PLURAL_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def expand_plural(ref: PlaceRef) -> list[PlaceRef]:
    """``ref``, and one ref per further antecedent of a plural noun ("both villages")."""
    if not ref.also:
        return [ref]
    return [ref] + [PlaceRef(ref.start, ref.end, ref.as_written, place, True, ref.landmark, ref.partial)
                    for place in ref.also]


# "there" as a place ("fighting there continued"), not the existential "there is".
_THERE = re.compile(r"(?<=\s)there\b(?!\s+(?:is|are|was|were|have|has|had|will|would|could|may|might|remains?|"
                    r"seems?|appears?|'s)\b)", re.IGNORECASE)
# "it" as the object of a control or attack verb ("trying to encircle it", "took it back").
_IT_AFTER_VERB = re.compile(
    r"\b(?:captur\w*|took|tak(?:e|en|es|ing)|retook|retak\w*|seiz\w*|h[eo]ld\w*|encircl\w*|surround\w*|"
    r"storm\w*|attack\w*|shell\w*|liberat\w*|los[et]|losing|abandon\w*|control\w*|defend\w*|enter\w*)\s+"
    r"(it)\b(?!\s+(?:is|was|has|had|will|would|could|said|says)\b)", re.IGNORECASE)
_IT_AFTER_VERB_LOWER = lower_twin(_IT_AFTER_VERB)
_IT_WORD = re.compile(r"\sits?\b")   # what the "it" patterns need in lower-cased text: "it" or "its"
# "it" as the place a clause is about: the subject of a held-by-a-side state or of a passive
# capture ("insisted it was still in Ukrainian hands", "Moscow's claim that it had been
# captured"), or the possessor of a capture noun ("a day after Russia claimed its capture":
# the ref covers "it", and possessor_place reads the "s").
_IT_AS_PLACE = re.compile(
    r"\b(it)(?:\s+(?:(?:is|was|remains|remained|has|had|been|still|now|firmly|fully|back|again|once|entirely|"
    r"completely|securely)\s+)+(?:in\s+(?:the\s+)?(?:ukrainian|russian|ukraine['\u2019]s|russia['\u2019]s|kyiv['\u2019]s|"
    r"moscow['\u2019]s|our|their|enemy)\s+hands|under\s+(?:the\s+)?(?:full\s+|complete\s+|firm\s+|total\s+)?"
    r"(?:ukrainian|russian|our|their|enemy)\s+control|ours|theirs)\b"
    r"|\s+(?:has|had)\s+(?:been\s+(?:(?:fully|completely|finally|already)\s+)?(?:re)?(?:captured|taken|"
    r"seized|liberated|occupied|lost)|fallen(?!\s+(?:back|silent|short|apart|victim|behind)))\b"
    r"|s\s+(?:(?:full|final|complete|reported|claimed|eventual)\s+)?(?:re)?(?:capture|liberation|seizure|fall|"
    r"occupation)\b(?!\s+of\b))", re.IGNORECASE)
_IT_AS_PLACE_LOWER = lower_twin(_IT_AS_PLACE)
_SAME_SENTENCE_ONLY = (_IT_AS_PLACE, _IT_AS_PLACE_LOWER)


def find_antecedent(noun: str, refs: Sequence[PlaceRef], before: int,
                    salience: Salience) -> PlaceRef | None:
    """The place a definite noun ("town") or "it" points back to, if any.

    Earlier in the same sentence wins; otherwise the previous sentence, where a place
    that was itself the object of a claim beats one only mentioned in passing
    ("took control of Soledar, ... its push for Bakhmut. ... hold the town").
    """
    kinds = NOUN_KINDS.get(noun, ("city", "town", "village"))
    same_sentence = [r for r in refs if r.end <= before and not r.coref]
    for pool in (same_sentence, salience.previous_objects, salience.previous_places):
        chosen = _best(pool, kinds)
        if chosen is not None:
            return chosen
    return None


def landmark_antecedent(noun: str, refs: Sequence[PlaceRef], before: int, sentence: str) -> PlaceRef | None:
    """"Russian marines gained nothing near Vuhledar and the town remains in Ukrainian hands": with no other
    antecedent, a place the sentence names after "near" is the one "the town" means, when it is of that
    kind and no unnamed place ("three villages near X") stands before it. A place an advance went
    "towards" is its target, no locator: "pushed towards Rabotino but were driven back, and our
    forces still hold the village" means it, whatever the noun."""
    # a village is the one most often placed by a landmark: "the village" near X is as likely another
    before_pattern = _TOWARDS_BEFORE if noun in ("village", "hamlet") else _NEAR_BEFORE
    kinds = NOUN_KINDS.get(noun, ("city", "town", "village"))
    landmarks = [r for r in refs if r.end <= before and not r.coref and r.landmark and r.kind in kinds
                 and before_pattern.search(sentence, max(0, r.start - 20), r.start)
                 and not _UNNAMED_BEFORE.search(sentence, max(0, r.start - 40), r.start)]
    return landmarks[-1] if landmarks else None


_NEAR_BEFORE = re.compile(r"\b(?:near|around|outside|close\s+to|towards?|outskirts\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or the place an attack or a defence line "near" it was at: "Russian attacks near Maliivka were repelled and
# the village remains ours", "breached the defences near Robotyne and are fighting inside the village"
_TOWARDS_BEFORE = re.compile(r"\btowards?\s+(?:the\s+)?$|\b(?:attacks|assaults|attempts|offensives?|defen[cs]es|"
                             r"lines|positions)\s+(?:near|around)\s+(?:the\s+)?$", re.IGNORECASE)
# "three villages near Bakhmut", "a town outside Kharkiv": an unnamed place the landmark locates
_UNNAMED_BEFORE = re.compile(r"\b(?:villages?|towns?|cities|city|settlements?|hamlets?|localities|locality|"
                             r"positions?|heights|areas?)\s+(?:[\w-]+\s+)?(?:near|outside|close\s+to|around|"
                             r"(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _best(pool: Sequence[PlaceRef], kinds: tuple[str, ...]) -> PlaceRef | None:
    if kinds == ("oblast",):
        oblasts = [r for r in pool if r.kind == "oblast" and not r.landmark]
        return oblasts[-1] if oblasts else None
    candidates = [r for r in pool if r.is_settlement() and not r.landmark]
    if not candidates:
        return None
    for kind in kinds:
        for ref in reversed(candidates):
            if ref.kind == kind:
                return ref
    return candidates[-1]
