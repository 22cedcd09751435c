"""Place references in a sentence: gazetteer mentions, their roles, and the skeleton the rules read.

The predicate rules run on a *skeleton* of the sentence in which every place
reference is overwritten by ``§`` characters of the same length, so offsets stay
exact and a place is one token to the grammar whatever its spelling. What "the town", "there"
and "it" point back to is _coreference's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from functools import lru_cache

from crosscheck.resolve import Gazetteer, Place, PlaceMention

from ._lexicon import caseless, lower_twin

PLACE_MARK = "\u00a7"
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
CONTROL_KINDS = SETTLEMENT_KINDS | {"facility", "feature", "oblast"}
# Which settlement kinds a coreferring noun prefers, best first.
NOUN_KINDS = {
    "town": ("town", "village", "city"),
    "city": ("city", "town"),
    "village": ("village", "town"),
    "hamlet": ("village", "town"),
    "settlement": ("village", "town", "city"),
    "locality": ("village", "town", "city"),
    # "Sumy region cleared ... no Russian units left on the territory of the region": only an oblast
    "region": ("oblast",),
    "oblast": ("oblast",),
}


# not frozen (never mutated): built for every place of every sentence, and a frozen one takes ~5x as long to build
@dataclass(slots=True)
class PlaceRef:
    """A place as referred to in one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    as_written: str
    place: Place | None        # None: met in a place context but unknown to the gazetteer
    coref: bool = False        # "the town", "it": resolved to an earlier mention
    landmark: bool = False     # only locates something else ("north of Bakhmut", "close to Toretsk")
    partial: bool = False      # a part of the antecedent ("the southern outskirts", "60 percent of it")
    also: tuple[Place, ...] = ()   # further antecedents of a plural noun ("both villages")

    @property
    def kind(self) -> str | None:
        if self.place is None:
            return None
        # Crimea is a region that is its own first-level unit: held and lost as an oblast is
        return "oblast" if self.place.kind == "region" and self.place.oblast == self.place.name else self.place.kind

    def allowed_for_control(self) -> bool:
        return self.place is None or self.kind in CONTROL_KINDS

    def is_waterway(self) -> bool:     # a river, reservoir or sea: a line crossed, never a place one side holds
        if self.place is None:
            # "abandoned the Black Sea outpost": a sea the gazetteer does not list
            return self.as_written.endswith(" Sea")
        return self.place.name.endswith((" River", " Reservoir"))

    def is_facility(self, text: str) -> bool:
        """A plant, airport or dam (``text`` is the sentence the ref's offsets are in): taken and held
        like ground, but "the Azovstal plant liberated" says no side holds a settlement or region."""
        if self.place is not None:
            return self.place.kind == "facility"
        return _FACILITY_AFTER.match(text, self.end) is not None

    def is_settlement(self) -> bool:
        return self.place is None or self.place.kind in SETTLEMENT_KINDS


# "the Azot plant", "the Illich steel works": a name the gazetteer does not know, read as a facility's
_FACILITY_AFTER = re.compile(r"\s+(?:(?:chemical|steel|coke|iron|power|thermal|nuclear|industrial|tractor|"
                             r"machine-building)\s+)?(?:plant|works|steelworks|factory|airport|airfield|dam)\b",
                             re.IGNORECASE)


_LANDMARK_BEFORE = re.compile(
    r"(?:\b(?:near|outside|close\s+to|towards?|(?:km|kilometres|kilometers|miles|away)\s+from|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"outskirts\s+of|direction\s+of)\s+(?:the\s+)?)$", re.IGNORECASE)


_LANDMARK_BEFORE_LOWER = lower_twin(_LANDMARK_BEFORE)


_AXIS_AFTER = re.compile(r"\s+(?:direction|axis)\b", re.IGNORECASE)


def _is_landmark(before: str) -> bool:
    """Whether the words right ``before`` a place make it a landmark ("close to", "north of")."""
    if not before[-1:].isspace():
        return False    # the pattern ends in whitespace
    lowered = caseless(before)
    return (_LANDMARK_BEFORE.search(before) if lowered is None else _LANDMARK_BEFORE_LOWER.search(lowered)) is not None


def _as_oblast(place: Place | None) -> Place | None:
    """The "Luhansk People's Republic" is, for claims about control, Luhansk Oblast."""
    if place is None or place.kind != "region" or not place.oblast:
        return place
    oblast = _oblast_named(place.oblast)
    return oblast if oblast is not None else place


@lru_cache(maxsize=256)
def _oblast_named(name: str) -> Place | None:
    oblast = Gazetteer.default().resolve(name)
    return oblast if oblast is not None and oblast.kind == "oblast" else None


_DISTRICT_OF = re.compile(r"\s+(?:micro-?)?district\s+of\s", re.IGNORECASE)
_DISTRICT = re.compile(r"\s+(?:micro-?)?district\b", re.IGNORECASE)


def mentions_to_refs(mentions: Sequence[PlaceMention], offset: int, length: int,
                     text: str = "") -> list[PlaceRef]:
    """Mentions that fall inside ``[offset, offset+length)`` as sentence-relative refs.

    ``text`` is the text the mention offsets refer to; with it, places that only serve
    as landmarks ("a village close to Toretsk") are marked so coreference skips them.
    """
    refs = []
    for mention in mentions:
        if mention.start >= offset and mention.end <= offset + length:
            if text and (_DISTRICT_OF.match(text, mention.end) or (
                    mention.place is None and _DISTRICT.match(text, mention.end))):
                continue    # "the Novy microdistrict of Chasiv Yar": a part's name, not a settlement
            # "in the Kursk direction": an axis named for a place is no place talked about either
            landmark = bool(text) and (_is_landmark(text[max(0, mention.start - 30):mention.start])
                                       or _AXIS_AFTER.match(text, mention.end) is not None)
            refs.append(PlaceRef(mention.start - offset, mention.end - offset, mention.as_written,
                                 _as_oblast(mention.place), landmark=landmark))
    return refs


def skeleton(sentence: str, refs: Sequence[PlaceRef]) -> str:
    """``sentence`` with each place reference overwritten by PLACE_MARK (same length)."""
    if not refs:
        return sentence
    pieces = []
    cursor = 0
    for ref in refs:
        if ref.start < cursor:
            continue
        pieces.append(sentence[cursor:ref.start])
        pieces.append(PLACE_MARK * (ref.end - ref.start))
        cursor = ref.end
    pieces.append(sentence[cursor:])
    return "".join(pieces)


_IT_OBJECT = re.compile(r"\s+(it|them)\b(?!\s+(?:is|was|has|had|will|would|could|said|says)\b)",
                        re.IGNORECASE)


def pronoun_object(sentence: str, after: int) -> tuple[int, int] | None:
    """Span of an "it" right after a verb ("took it back"), if there is one."""
    match = _IT_OBJECT.match(sentence, after)
    if match is None:
        return None
    return match.start(1), match.end(1)


# Russian regions whose capital was never fought over: a control claim that names the capital ("Kursk
# 'liberated'", "Ukrainian troops pushed out of Kursk") is about the region
_REGION_BY_CAPITAL = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})


def control_scope(ref: PlaceRef) -> PlaceRef:
    """``ref`` as the place a control claim is about: a border region's capital stands for the region."""
    place = ref.place
    if place is None or place.kind != "city" or place.oblast not in _REGION_BY_CAPITAL \
            or place.oblast != place.name + " Oblast":
        return ref
    region = _oblast_named(place.oblast)
    if region is None:
        return ref
    return PlaceRef(ref.start, ref.end, ref.as_written, region, ref.coref, ref.landmark, ref.partial)


def ref_at(refs: Sequence[PlaceRef], start: int) -> PlaceRef | None:
    """The ref beginning at ``start``."""
    for ref in refs:
        if ref.start == start:
            return ref
    return None
