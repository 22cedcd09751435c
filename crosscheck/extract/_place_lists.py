"""The grammar of a place list after a predicate: the words allowed before a place, the items after it.

"took Avdiivka, Sieverne and Lastochkyne", "near Bilohorivka in Luhansk Oblast and near Yakovlivka",
"took Gornyak, a mining town south of Selidovo, and Novomikhailovka": the list pattern (LIST) and
the reader of its items (listed), which drops the oblast an item lies in and the landmarks its
appositive names. Shared by the argument finders of _arguments and _member_arguments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._place_words import OBJECT_GAP_WORD, PLACE_AS_MODIFIER, PLACE_PARTIAL_AFTER, PLACE_REGION_PREFIX
from ._places import PLACE_MARK, PlaceRef, ref_at

if TYPE_CHECKING:
    from ._hits import SentenceView

_I = re.IGNORECASE
_P = PLACE_MARK + "+"

_PLACE_RUN = re.compile(_P)
# "the Donetsk region town of Ocheretyne": a place before this locates the town, it is no object of its own
_TOWN_OF = r"\s+(?:town|city|village)\s+of\s"
_GAP = r"(?:" + OBJECT_GAP_WORD.pattern + r"|" + _P + r"(?:(?:['\u2019]s)?\s+(?:region|oblast|province)(?:['\u2019]s)?|(?=" + _TOWN_OF + r")))"
# "near Bilohorivka in Luhansk Oblast and near Yakovlivka": an item may carry its oblast, and
# the next item may repeat the locative preposition
# "took Gornyak, a mining town south of Selidovo, and Novomikhailovka": an appositive after an
# item (it may name a landmark place) does not end the list
_APPOSITIVE = (r",\s+(?:(?:an?|the)\s+|(?:[\w-]+\s+)?(?:north|south|east|west)[\w-]*\s+of\s+)"
               r"(?:[^,;\u00a7]|(?<=of\s)\u00a7|(?<=near\s)\u00a7|(?<=\u00a7)\u00a7){1,70}?"
               r"(?=,\s*(?:and\s+)?(?:the\s+)?\u00a7)")
_QUALIFIER = r"(?:\s+in\s+(?:the\s+)?" + _P + r"(?:\s+(?:region|oblast|province))?|" + _APPOSITIVE + r")?"
# "took Lysychansk and with it the entire Luhansk region": the second item came with the first
_LIST = (r"(?P<more>(?:" + _QUALIFIER + r"\s*(?:,(?!\s+the\s)|,?\s+and(?:\s+with\s+it)?|,?\s+as\s+well\s+as|,?\s+or)\s+"
         r"(?:(?:near|around|outside|at|towards?)\s+)?(?:" + _GAP + r"\s+)*" + _P + r")*)")
_IN_QUALIFIER = re.compile(r"\bin\s+(?:the\s+)?$", _I)
_DIRECTION_OF = re.compile(r"\b(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+)?$", _I)
# "Krasnohorivka, a town on the western edge of Donetsk": an appositive locating the item before it
# names a landmark, not another item ("Avdiivka, the village of Sieverne and X" stays a list)
_LOCATING_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:town|city|village|settlement|"
                                  r"suburb|hub|stronghold|community)\s+(?:just\s+|some\s+)?(?:on|near|in|outside|at|"
                                  r"close\s+to|by|off|\d+\s*\w+\s+(?:from|north|south|east|west)|(?:north|south|east|"
                                  r"west)[\w-]*)\b[^,;\u00a7]*$", _I)
# the gap between two listed places: ", ", ", and ", " or "
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")

_ROLE_MARKS = ("-", "'", "\u2019")


def _place_role(text: str, end: int) -> str:
    """What the words after a place make of it: head, partial (its centre), region prefix, modifier."""
    following = text[end:end + 1]
    if following not in _ROLE_MARKS and not following.isspace():
        return "head"   # each pattern below starts with a space, a hyphen or an apostrophe
    if PLACE_REGION_PREFIX.match(text, end):
        return "region"
    if PLACE_PARTIAL_AFTER.match(text, end):
        return "partial"
    if PLACE_AS_MODIFIER.match(text, end):
        return "modifier"
    return "head"


def _listed(view: SentenceView, start: int, end: int) -> list[PlaceRef]:
    out = []
    for piece in _PLACE_RUN.finditer(view.skeleton, start, end):
        ref = ref_at(view.refs, piece.start())
        if ref is not None and _IN_QUALIFIER.search(view.skeleton, max(start, ref.start - 8), ref.start):
            continue    # the oblast an item lies in, not an item
        if ref is not None and _DIRECTION_OF.search(view.skeleton, max(start, ref.start - 30), ref.start):
            continue    # a landmark in an item's appositive ("south of Selidovo"), not an item
        if ref is not None and ", " in view.skeleton[start:ref.start] and \
                _LOCATING_APPOSITIVE.search(view.skeleton, max(start, ref.start - 90), ref.start):
            continue
        if ref is not None and _place_role(view.text, ref.end) != "modifier":
            out.append(ref)
    return out


PLACE_RUN, TOWN_OF, GAP, LIST, LIST_GAP, IN_QUALIFIER = _PLACE_RUN, _TOWN_OF, _GAP, _LIST, _LIST_GAP, _IN_QUALIFIER
place_role, listed = _place_role, _listed
