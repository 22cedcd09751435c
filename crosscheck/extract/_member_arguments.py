"""Places named as members or parts of an object that is no place itself.

"took several villages, including Krynky and Pishchane" (a named member of an unnamed object),
"do not fully control any of the four" (a list named earlier), "regained control of the aggregate
plant in central Vovchansk" (a building inside a town: the town is contested).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._place_lists import GAP as _GAP, LIST as _LIST, LIST_GAP as _LIST_GAP, PLACE_RUN as _PLACE_RUN, listed as _listed
from ._places import PLACE_MARK, PlaceRef, ref_at

if TYPE_CHECKING:
    from ._hits import SentenceView

_I = re.IGNORECASE
_P = PLACE_MARK + "+"


# "regained control of the aggregate plant in central Vovchansk", "took the railway station in
# Kupiansk": a building or a part inside a town is a part of it, so the town is contested
_FEATURE_NOUNS = ("plant", "factory", "station", "school", "hospital", "building", "mine", "works", "square",
                  "council", "administration", "neighbourhood", "neighborhood", "quarter", "street", "block",
                  "high-rise", "elevator", "monastery", "church", "market", "stadium", "college", "university",
                  "depot", "complex", "zone", "park", "cemetery", "bridge")
_FEATURE_STEMS = tuple(" " + noun for noun in _FEATURE_NOUNS)
_FEATURE_IN = re.compile(r"(?:\s+(?:back\s+)?(?:full\s+|complete\s+)?control\s+(?:of|over))?\s+(?:the|a|an|its|their|several|some|two|three|four|five)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                         r"(?:" + "|".join(_FEATURE_NOUNS) + r")s?\s+(?:in|of)\s+(?:the\s+)?"
                         r"(?:(?:\w+ern|central|(?:centre|center)\s+of)\s+)?(?:(?:town|city|village)\s+of\s+)?"
                         r"(?P<first>" + _P + r")", _I)


def feature_object(view: SentenceView, end: int) -> bool:
    """Whether the object after ``end`` is a building or part inside a town ("the plant in X")."""
    return _FEATURE_IN.match(view.skeleton, end) is not None


def _feature_in(view: SentenceView, skel: str, end: int) -> list[PlaceRef]:
    found = _FEATURE_IN.match(skel, end)
    if found is None:
        return []
    ref = ref_at(view.refs, found.start("first"))
    return [ref] if ref is not None and ref.is_settlement() else []


# "took several villages, including Krynky and Pishchane", "its withdrawal from the west bank,
# including Kherson city": a named member of an unnamed object (a short noun phrase, no clause)
_INCLUDING = re.compile(r"(?P<gap>\s+(?:the|a|an|on|in|its|their|our|his|several|some|many|few|dozens|hundreds|scores|"
                        r"more|over|about|nearly|almost|large|vast|most|much|all|[\d][\d,.]*|two|three|four|five|"
                        r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+[\w'\u2019.\u00a7-]+){0,9}?)"
                        r"\s*,?\s+including\s+(?:in\s+|at\s+)?"
                        r"(?:the\s+)?(?:(?:town|city|village|settlement)s?\s+of\s+)?(?:" + _GAP + r"\s+)*"
                        r"(?P<first>" + _P + r")" + _LIST, _I)
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|and|but|after|before|when|while|"
                          r"near|around|outside|towards?|to)\b", _I)


def _including(view: SentenceView, skel: str, end: int) -> tuple[list[PlaceRef], bool]:
    found = _INCLUDING.match(skel, end)
    if found is None or _CLAUSE_WORD.search(found.group("gap")):
        return [], False
    first = ref_at(view.refs, found.start("first"))
    if first is None:
        return [], False
    return [first] + _listed(view, found.start("more"), found.end("more")), False


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "do not fully control any of the four", "took all of them": the object is a list named earlier
_QUANTIFIED_OBJECT = re.compile(
    r"\s+(?:any|all|each|either|both|none|most|some)\s+of\s+(?:(?:them|these|those)(?![\w-])|(?:the\s+|these\s+|"
    r"those\s+)(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(?P<noun>regions|oblasts|provinces|"
    r"towns|cities|villages|settlements|places)?(?![\w-]))", re.IGNORECASE)
_PLACE_LIST = re.compile(_P + r"(?:(?:" + _LIST_GAP.pattern + r")(?:the\s+)?" + _P + r")+")


def _quantified_list(view: SentenceView, end: int) -> list[PlaceRef]:
    found = _QUANTIFIED_OBJECT.match(view.text, end)
    if found is None or (found.group(0).rstrip().lower().endswith((" the", " these", " those"))):
        return []
    lists = list(_PLACE_LIST.finditer(view.skeleton, 0, end))
    if not lists:
        return []
    refs = [ref for piece in _PLACE_RUN.finditer(view.skeleton, lists[-1].start(), lists[-1].end())
            if (ref := ref_at(view.refs, piece.start())) is not None and not ref.coref]
    count = found.group("count")
    wanted = _COUNT_WORDS.get(count.lower(), None) if count and not count.isdigit() else (int(count) if count else None)
    if len(refs) < 2 or (wanted is not None and len(refs) != wanted):
        return []
    return refs


FEATURE_STEMS = _FEATURE_STEMS
feature_in, including, quantified_list = _feature_in, _including, _quantified_list
