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


# the members after "including": "including the cities of Kupiansk and Izium", "including in Krynky"
_INCLUDED = (r"\s*,?\s+including\s+(?:in\s+|at\s+)?(?:the\s+)?(?:(?:towns?|cit(?:y|ies)|villages?|settlements?)\s+of\s+)?"
             r"(?:" + _GAP + r"\s+)*(?P<first>" + _P + r")" + _LIST)
# "control 1,000 square kilometres of the Kursk region, including the town of Sudzha": the members
# after a place object are held whole, whatever part of the object is
_INCLUDED_AFTER = re.compile(_INCLUDED, _I)


def included_after(view: SentenceView, skel: str, end: int) -> list[PlaceRef]:
    """The places an "including" right after a place object (ending at ``end``) names."""
    found = _INCLUDED_AFTER.match(skel, end)
    if found is None:
        return []
    first = ref_at(view.refs, found.start("first"))
    return [first] + _listed(view, found.start("more"), found.end("more")) if first is not None else []


# "took several villages, including Krynky and Pishchane", "its withdrawal from the west bank,
# including Kherson city": a named member of an unnamed object (a short noun phrase, no clause)
# ("pulled back from towns including Irpin": a withdrawal's "from", and a bare plural settlement noun;
# "regained control of 20 settlements, including X": the noun "control" and its "of")
_INCLUDING = re.compile(r"(?P<gap>\s+(?:(?:from|out\s+of|(?:(?:full\s+|complete\s+)?control\s+)?(?:of|over))\s+)?(?:the|a|an|on|in|its|their|our|his|several|some|many|few|"
                        r"dozens|hundreds|scores|towns|villages|cities|settlements|localities|"
                        r"more|over|about|nearly|almost|large|vast|most|much|all|[\d][\d,.]*|two|three|four|five|"
                        # "more than 3,000 sq km": a number's thousands comma stays inside the phrase
                        # "more than 20 settlements in the Kharkiv region over the past day, including": a
                        # count, its noun, a container and a time adjunct
                        r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+[\w'\u2019.\u00a7-]+(?:,\d{3})*){0,12}?)"
                        + _INCLUDED, _I)
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|and|but|after|before|when|while|"
                          r"near|around|outside|towards?|to)\b", _I)


# "pulled back from towns around the capital, including X": a plural settlement noun's locator is no clause
_LOCATED_SETTLEMENTS = re.compile(r"\b(?:towns|villages|cities|settlements|localities)\s+(?:around|near|outside)\b", _I)


def _including(view: SentenceView, skel: str, end: int) -> tuple[list[PlaceRef], bool]:
    found = _INCLUDING.match(skel, end)
    if found is None or _CLAUSE_WORD.search(_LOCATED_SETTLEMENTS.sub("towns", found.group("gap"))):
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


# "captured two more villages in eastern Ukraine, Novotroitske and Zelenivka", "took three villages -
# A, B and C - in the Donetsk region", "had taken control of four settlements: A, B, C and D": a counted
# settlement noun whose members follow after a comma, a dash, a colon or a bracket
COUNT_NOUN_STEMS = ("villages", "settlements", "towns", "cities", "localities", "hamlets", "communities")
_COUNTED = re.compile(
    r"(?:\s+(?:full\s+|complete\s+)?control\s+(?:of|over))?"
    r"\s+(?:(?:the|these|those|another|a\s+further)\s+)?(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a\s+few|a\s+number\s+of)?\s*(?:(?:more|other|further|new|small|nearby|frontline|front-line)\s+)*"
    r"(?:" + "|".join(COUNT_NOUN_STEMS) + r")"
    r"(?P<where>\s+(?:in|near|around|outside|on|across|of|west|east|north|south)\b[^,:;()\u2013\u2014]{1,50}?)?"
    r"(?:\s*[,:]\s+|\s*\(\s*|\s+[-\u2013\u2014]\s+)(?:the\s+)?(?:" + _GAP + r"\s+)*(?P<first>" + _P + r")" + _LIST, _I)
# "settlements in the Donetsk region, Zaporizhzhia and Kharkiv": after a region, a city names the next region
_REGION_WORD = re.compile(r"\b(?:regions?|oblasts?|provinces?)\b", _I)
# a list that closes a post-posed attribution is its speakers ("took several villages, Kyiv said"), and
# one before a verb the subject of a new clause ("..., Soledar and Avdiivka remain under attack"), not its items
_CLAUSE_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:said|says|say|claimed|claims|reported|reports|"
                           r"announced|stated|told|wrote|added|insisted|confirmed|admitted|acknowledged)\b|"
                           r"\s+(?:is|are|was|were|remains?|remained|has|have|had|will|would|could)\b", _I)


def counted_list(view: SentenceView, end: int) -> list[PlaceRef]:
    """The places a counted settlement noun right after ``end`` names (see _COUNTED)."""
    found = _COUNTED.match(view.skeleton, end)
    if found is None:
        return []
    first = ref_at(view.refs, found.start("first"))
    if first is None:
        return []
    refs = [first] + _listed(view, found.start("more"), found.end("more"))
    count = (found.group("count") or "").lower()
    wanted = _COUNT_WORDS.get(count) or (int(count) if count.isdigit() else None)
    # "settlements in the Donetsk, Zaporozhye and Kharkov regions": the counted noun's members are settlements
    if (wanted is not None and len(refs) != wanted) or (wanted is None and len(refs) < 2) or \
            not all(ref.is_settlement() for ref in refs) or \
            (PLACE_MARK in (found.group("where") or "")
             and _REGION_WORD.search(view.text, found.start("where"), found.end("where"))
             and any(ref.kind == "city" for ref in refs)) or \
            _CLAUSE_AFTER.match(view.text, refs[-1].end):
        return []
    return refs

