"""Context tests for a predicate hit: is a participle an adjective, is the sentence about history
or civil unrest, which place a possessor or a "stationed in" phrase supplies, who a failed
attack's attacker is, whether the words before a place make it a part, a nearby feature or a
force's location. Kept apart so the rule engine in _predicates reads as rules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._actors import first_actor, names_a_side
from ._places import PLACE_MARK, PlaceRef

if TYPE_CHECKING:
    from ._predicates import SentenceView

_I = re.IGNORECASE
_P = PLACE_MARK + "+"

RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|where|whose)\b[^,;:]{2,140},\s*(?:[\w']+\s+){0,4}$", _I)
HISTORY = re.compile(r"\b(?:1[0-9]{3}|200[0-9]|201[0-3])\b(?!\s*(?:km|kilomet|miles|metres|meters|troops|soldiers|"
                      r"men|people|residents|tanks))|\b(?:Second|First)\s+World\s+War\b|\bWorld\s+War\s+(?:II|Two|2|I|One)\b")


def about_history(text: str) -> bool:
    """Whether ``text`` dates itself to the past (HISTORY); a year or "World War" is tested for first."""
    return ("1" in text or "2" in text or "World" in text) and HISTORY.search(text) is not None


STATIONED = re.compile(r"\b(?:stationed|based|deployed|positioned|garrisoned|dug\s+in)\s+(?:in|at|inside)\s+"
                        r"(?:the\s+(?:town|city|village)\s+of\s+)?(?P<first>" + _P + r")", _I)
MILITARY_CONTEXT = re.compile(r"\b(?:troops|forces|units|army|soldiers|servicemen|fighters|brigades?|enemy|"
                               r"russian|ukrainian|russia|ukraine|occupiers|invaders|wagner|marines|paratroopers)\b", _I)
CIVIL_CONTEXT = re.compile(r"\b(?:police|protesters|demonstrators|rioters|fans|supporters|activists|gangs|"
                            r"workers|students|residents|politicians|lawmakers)\b", _I)
PRESUPPOSED = frozenset({"adjectival-state", "adjectival-control"})
FROM_AFTER = re.compile(r"\s+(?:from|out\s+of)\s", _I)


def quoted(text: str, position: int) -> bool:
    before = text[:position]
    return ((before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")
            or before.count("\u00ab") > before.count("\u00bb"))


LEAVE = frozenset({"left", "leave", "leaves", "leaving"})
# Words after which a participle is an adjective ("in occupied Melitopol", "visits liberated
# Kherson"), never a finite verb: determiners, prepositions, verbs of visiting.
_ADJECTIVE_LEFT = re.compile(
    r"(?:^|[\"\u201c\u00ab(:\u2014\u2013-]\s*|\b(?:the|a|an|of|in|into|from|to|at|near|around|across|over|on|for|through|"
    r"towards?|outside|inside|within|by|with|and|visits?|visited|visiting|tours?|toured|reach(?:es|ed)?|"
    r"enter(?:s|ed)?|shell(?:s|ed)?|struck|strikes?|hit|attacked|targeted|entire|whole|all)\s+)$", _I)


def adjective_position(text: str, clause_start: int, start: int) -> bool:
    """Whether a participle before a place is an adjective ("in occupied Melitopol"), not a verb."""
    return bool(_ADJECTIVE_LEFT.search(text[max(0, start - 40):start]))




_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:(?:full|final|complete|reported|claimed|eventual)\s+)?[\"\u201c]?\s*$")


def possessor_place(view: SentenceView, start: int) -> list[PlaceRef]:
    """"Avdiivka's capture", "the town's liberation": the place is the possessor."""
    for ref in reversed(view.refs):
        if ref.end <= start:
            return [ref] if _POSSESSIVE_GAP.match(view.text, ref.end, start) else []
    return []


def clause_subject(text: str, clause_start: int, start: int) -> str | None:
    """The first actor of the clause when it names a side ("Russia lost tanks in a failed assault")."""
    found = first_actor(text, clause_start, start)
    return found[0] if found is not None and names_a_side(found[0]) else None


# "Ukrainian units in Sudzha are in a cauldron": the encircled place sits inside the subject
FORCE_IN_PLACE = re.compile(r"\b(?:units|troops|forces|garrison|soldiers|servicemen|groups?|grouping|fighters|"
                            r"defenders)\s+(?:remaining\s+|left\s+|trapped\s+)?(?:in|inside)\s+(?:the\s+)?"
                            r"(?P<first>\u00a7+)", re.IGNORECASE)
# an attacker that names no side by itself ("as they tried to advance"): the sentence's subject decides
BARE_ACTOR = re.compile(r"^(?:they|them|soldiers|troops|forces|men|units)$", re.IGNORECASE)
# "the northern part of Pokrovsk remained in Ukrainian hands": a part is held, so the place is contested
PART_OF_BEFORE = re.compile(r"(?<!every\s)(?<!each\s)\b(?:part|parts|half|most|much|sections?|districts?|"
                            r"neighbou?rhoods?|pockets?|streets|a\s+few\s+streets|corner|(?:\d+|[a-z]+-?[a-z]*)\s+per\s*cent"
                            r")\s+of\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?$", re.IGNORECASE)
# "regained the heights around Berkhivka": a feature near the place, not the place
NEAR_FEATURE = re.compile(r"\b(?:heights|hills?|high\s+ground|positions?|trenches|strong(?:hold|point)s?|"
                          r"lines?|forest|woods?|fields?)\s+(?:(?:just|directly)\s+)?(?:around|near|outside|overlooking|"
                          r"above|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+"
                          r"(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$", re.IGNORECASE)
