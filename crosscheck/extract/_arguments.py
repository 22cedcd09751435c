"""The place arguments of a predicate: which places a trigger is about.

Places are read from the skeleton (places overwritten by PLACE_MARK): an object after
the verb with only determiners, adjectives, "town of" or "control of" between (or, for
attacks and encirclements, a short noun phrase and a locative preposition), or a
subject before a passive or stative verb. The list grammar is _place_lists'; members and
parts of an object that is no place ("several villages, including X") are _member_arguments'. The actor whose side the predicate carries is
found in _actor_phrases.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, Sequence

from ._hedges import MODALS
from ._lexicon import contains_any, lower_twin
from ._place_words import DIRECTION_BEFORE, PARTIAL_OBJECT
from ._member_arguments import (COUNT_NOUN_STEMS, FEATURE_STEMS as _FEATURE_STEMS, counted_list, feature_in as _feature_in, included_after, including as _including, quantified_list as _quantified_list)
from ._place_lists import (GAP as _GAP, LIST as _LIST, LIST_GAP as _LIST_GAP, PLACE_RUN as _PLACE_RUN,
                           IN_QUALIFIER as _IN_QUALIFIER, TOWN_OF as _TOWN_OF, listed as _listed,
                           place_role as _place_role)
from ._places import PLACE_MARK, PlaceRef, pronoun_object, ref_at
from ._rules import Rule

if TYPE_CHECKING:
    from ._hits import SentenceView


class MatchLike(Protocol):
    """What the argument finders read from a trigger match."""

    def start(self, group: int | str = 0) -> int: ...

    def group(self, group: int | str = 0) -> str | None: ...

_I = re.IGNORECASE
_P = PLACE_MARK + "+"

_LINKING_END = re.compile(r"\b(?:that|but|and|said|says)$", _I)
# "The last Ukrainian positions in Lysychansk were abandoned": the last ones, so the whole place
_LAST_POSITIONS_IN = re.compile(r"(?:^|,\s*|\b(?:that|and|but)\s+)(?:the\s+)?(?:last|remaining|final)\s+"
                                r"(?:[\w'\u2019-]+\s+){0,2}?positions\s+in$", _I)

# "held positions in the south-west of X", "defending the north of X": a compass part of the place held
# (PARTIAL_OBJECT makes it partial); without "the" it is a bearing ("positions west of X"), no part of it
_HOLD_GAP = (r"(?:" + _GAP + r"|positions?|ground|defen[cs]es|lines?|in|within|inside|at|"
             r"(?<=\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?(?=\s+of\s))")


# "abandoned their last positions in Krasnohorivka": the last ones, so the whole place
# "abandoned their positions in Ugledar": all of a side's own positions, so the place ("some positions" is not)
_WITHDRAW_GAP = r"(?:" + _GAP + r"|its|their|our|his|all|remaining|troops|forces|units|soldiers|" \
                r"servicemen|fighters|garrison|personnel|defenders|from|out|last\s+positions\s+in|" \
                r"(?:(?<=its\s)|(?<=their\s)|(?<=our\s)|(?<=all\s))positions\s+in)"


def _object_pattern(gap: str) -> re.Pattern[str]:
    return re.compile(r"(?P<gap>(?:\s+" + gap + r")*?)\s+(?P<first>" + _P + r")(?!" + PLACE_MARK + r"|(?:\s+(?:region|oblast))?" + _TOWN_OF + r")" + _LIST, _I)


_OBJECT = {"plain": _object_pattern(_GAP), "hold": _object_pattern(_HOLD_GAP),
           "withdraw": _object_pattern(_WITHDRAW_GAP), "broad": _object_pattern(_GAP)}


# "struck energy facilities in Lviv": a short noun phrase, then a locative preposition.
_BROAD = re.compile(
    r"(?P<gap>(?:\s+[\w'\u2019.-]+){0,8}?)\s+(?:in\s+the\s+(?:areas?|vicinity)\s+of|in|near|at|around|outside|over|"
    r"across|towards?|on|inside|"
    r"(?:quarters?|districts?|parts?|centre|center|streets|flanks?)\s+of|"
    r"into|(?:just\s+)?(?:\d+\s*\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
    r"(?:of|outskirts\s+of))\s+(?:the\s+)?(?:(?:russia|ukraine)['\u2019]s\s+)?(?:" + _GAP + r"\s+)*(?P<first>" + _P
    + r")" + _LIST, _I)

_LOWER_TWINS = {id(pattern): lower_twin(pattern) for pattern in (*_OBJECT.values(), _BROAD)}
_LOC = (r"(?:(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
        r"(?:ern)?(?:\s+of)?|outside|near|close\s+to|in|on\s+the\s+outskirts\s+of|in\s+the\s+\w+\s+of))\s+"
        r"(?:the\s+)?(?:(?:russia|ukraine)['\u2019]s\s+)?")

_TAIL_WORDS = (r"(?:is|are|was|were|be|been|being|has|have|had|now|also|still|again|already|reportedly|"
               r"remains?|remained|stays?|stayed|all|but|not|never|no|longer|once|n't|yet|came|come|comes|coming|back|fully|"
               # "has passed under the full control of": the Russian ministry's "перешёл под контроль"
               r"pass(?:ed|es)?|return(?:ed|ing|s)?|"
               r"appears?|appeared|seems?|seemed|to|believed|thought|likely|"
               r"again|increasingly|being|both|itself|"
               # "Marinka has been destroyed and is under Russian control": a first predicate, then the trigger's
               r"[a-z]+(?:ed|en)\s+and|"
               + "|".join(sorted(MODALS - {"ll"})) + r"|\w+ly)")


# scare quotes around the place or the verb ("'Artyomovsk' was now under Wagner control", "Robotyne
# had been 'liberated'") leave the clause as it is
_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:\"\u201c\u00ab('\u2018]))(?:" + _GAP + r"\s+)*(?P<first>" + _P + r")(?:(?<=\u00a7)['\u2019](?!s\b))?"
    + _LIST.replace("more", "smore") + r"(?P<loc>(?:\s*,?\s+" + _LOC + _P +
    r"(?:\s+(?:region|oblast|province|district))?)*)"
    # "Trostianets, a town of 19,000 near the border, has been occupied": a number's comma stays inside
    r"(?P<insert>,\s+(?:(?:a|an|the)\s+(?:[^,;:]|(?<=\d),(?=\d{3})){2,120}?|(?:which|where|once)\s+[^,;:]{2,120}?|"
    # "the town, one of the largest in the region, had been taken"
    r"one\s+of\s+[^,;:]{2,120}?|"
    # "Toretsk, some 20 km to the south, had been cleared": a distance and bearing, "of X" or not
    r"(?:(?:some|about|around|roughly|nearly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:to\s+the\s+)?"
    r"(?:north|south|east|west)[\w-]*(?:\s+of\s+[^,;:]{2,40}?)?),|"
    # "Kramatorsk and Sloviansk, the last big cities in the region still under Kyiv's control": an appositive
    # noun phrase that runs into the state it is in
    r",\s+(?:the|a|an)(?:\s+[\w'\u2019-]+){1,9}?(?=\s+(?:still|now|already|firmly)\s*$))?"
    # 'had been "liberated"', 'was "completely cleared"': a scare quote opens inside the tail
    r"(?P<tail>(?:\s+[\"\u201c'\u2018]?" + _TAIL_WORDS + r")*)\s*[\"\u201c'\u2018]?$",
    _I,
)
_SUBJECT_LOWER = lower_twin(_SUBJECT)

# besides adverbs, a headline's "not"/"still" ("Lyman not taken, Kyiv insists") leaves the participle bare
_ADVERBS = re.compile(r"\b(?:\w+ly|now|already|all|both|again|back|not|never|yet|still)\b", _I)
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\b", _I)


_PARTICIPLE = re.compile(r"(?:ed|en|off|held|hit|struck|freed|won back|overrun|taken|fallen|fought over)$", _I)


_LOSS_PLACE = re.compile(r"(?:\s+[\w'\u2019-]+){0,14}?\s+(?:near|in|around|at|outside|on\s+the\s+outskirts\s+of|"
                         r"on|towards?|between|into|in\s+front\s+of|"
                         r"in\s+the\s+(?:area|vicinity|areas)\s+of)"
                         r"\s+(?:the\s+)?(?:" + _GAP + r"\s+)*(?P<first>" + _P + r")" + _LIST, _I)


_CLOSING_QUOTES = frozenset("'\"\u2019\u201d\u00bb")


def is_partial_ref(view: SentenceView, ref: PlaceRef) -> bool:
    return _place_role(view.text, ref.end) == "partial"


def objects(rule: Rule, view: SentenceView, end: int, clause_end: int) -> tuple[list[PlaceRef], bool]:
    # "its forces had 'liberated' Rabotino": a scare-quoted verb still takes its object
    while end < clause_end and view.skeleton[end] in _CLOSING_QUOTES:
        end += 1
    skel = view.skeleton[:clause_end]
    broad = rule.object_gap == "broad"
    # both patterns end in a place: without one after the trigger, neither can match
    patterns = [_OBJECT[rule.object_gap]] + ([_BROAD] if broad else []) if PLACE_MARK in skel[end:] else []
    for pattern in patterns:
        refs, partial = _object_with(pattern, view, skel, end, broad, view.caseless)
        if refs and " including " in view.text[refs[-1].end:clause_end] and \
                (members := included_after(view, skel, refs[-1].end)):
            # the object's part (an area of a region) is the object's own: its members are held whole
            return [replace(ref, partial=True) if partial else ref for ref in refs] + members, False
        if refs:
            return refs, partial
    if patterns and not broad and contains_any(view.text[end:clause_end], _FEATURE_STEMS):
        refs = _feature_in(view, skel, end)
        if refs:
            return refs, True
    if patterns and " including " in view.text[end:clause_end]:
        refs, partial = _including(view, skel, end)
        if refs:
            return refs, partial
    if PLACE_MARK in view.skeleton[end:] and contains_any(view.text[end:end + 80], COUNT_NOUN_STEMS):
        # a colon or a dash before the members ends the clause: the list is read past it
        refs = counted_list(view, end)
        if refs:
            return refs, False
    pronoun = pronoun_object(view.text[:clause_end], end)
    ref = ref_at(view.refs, pronoun[0]) if pronoun else None
    if ref is None and view.text.find(" of ", end, clause_end) >= 0:
        return _quantified_list(view, end), False
    return ([ref] if ref is not None else []), False


# "attacked in the Kostiantynivka direction, near Ivanopillia": a direction only when no place is named
_DIRECTION_THEN_PLACES = re.compile(r"\s+(?:direction|axis|sector)\s*,(?=\s+(?:near|around|towards?|at|outside)\s)", _I)


# "the villages of Kharkiv region", "20 settlements in the Kharkiv region": unnamed settlements the region locates
_SETTLEMENTS_OF = re.compile(r"\b(?:villages|towns|cities|settlements|hamlets|communities|localities)\s+(?:of|in)(?:\s+the)?\s*$",
                             _I)


def _object_with(pattern: re.Pattern[str], view: SentenceView, skel: str, end: int,
                 broad: bool, lowered: str | None = None) -> tuple[list[PlaceRef], bool]:
    """``pattern``'s places after ``end``; given ``lowered``, the view's caseless skeleton, its lower twin scans it."""
    position = end
    gap_text = ""
    twin = _LOWER_TWINS[id(pattern)] if lowered is not None else None  # by id: a Pattern's hash reads all its code
    while True:
        found = pattern.match(skel, position) if twin is None else twin.match(lowered, position, len(skel))
        if found is None:
            return [], False
        gap_text += skel[found.start("gap"):found.end("gap")]
        first = ref_at(view.refs, found.start("first"))
        if first is None or _possessive_of_other(view.text, first):
            return [], False
        role = _place_role(view.text, first.end)
        if role == "region":
            position = first.end
            continue
        if role == "modifier" and not broad:
            return [], False
        named = _DIRECTION_THEN_PLACES.match(skel, first.end) if role == "modifier" else None
        if named is not None:
            position = named.end()  # "in the Kostiantynivka direction, near Ivanopillia": the places named
            continue
        if first.kind == "oblast" and not broad and _SETTLEMENTS_OF.search(gap_text):
            return [], False    # "captured the villages of Kharkiv region": unnamed villages in it
        refs = [first] + _listed(view, found.start("more"), found.end("more"))
        return refs, bool(PARTIAL_OBJECT.search(gap_text) or DIRECTION_BEFORE.search(gap_text))


def _possessive_of_other(text: str, ref: PlaceRef) -> bool:
    """"has lost almost all its residents": a place pronoun "its" owning a noun that is no part of it."""
    if not ref.coref or text[ref.end:ref.end + 2] != "s ":
        return False
    return PARTIAL_OBJECT.match(text, ref.end + 2) is None


def subjects(rule: Rule, match: MatchLike, view: SentenceView,
              clause_start: int) -> tuple[list[PlaceRef], bool]:
    if view.skeleton.find(PLACE_MARK, clause_start, match.start()) < 0:
        return [], False    # _SUBJECT needs a place before the trigger
    found = (_SUBJECT.search(view.skeleton, clause_start, match.start()) if view.caseless is None    # the twin on
             else _SUBJECT_LOWER.search(view.caseless, clause_start, match.start()))    # the caseless one: ~3x faster
    if found is None:
        return [], False
    prefix = view.skeleton[clause_start:found.start()].strip(" \"\u201c\u00ab('\u2018")
    if prefix and not prefix.endswith(",") and not _LINKING_END.search(prefix) and \
            not (rule.object_gap == "withdraw" and _LAST_POSITIONS_IN.search(prefix)):
        return [], False
    first = ref_at(view.refs, found.start("first"))
    if first is None:
        return [], False
    refs = [first] + _listed_subject(view, found.start("smore"), found.end("smore"))
    tail = view.skeleton[found.start("tail"):found.end("tail")]
    # the verb, not its complement: "Kherson cleared of Russian troops" (a headline) is a passive
    verb = match.group(0).split("\n")[0].strip()
    verb = verb.split()[0] if rule.name == "cleared-of" else verb
    passive = bool(_BE.search(tail)) or (
        not prefix and not _ADVERBS.sub("", tail).strip() and bool(_PARTICIPLE.search(verb)))
    if rule.place == "subject":
        passive = True
    return refs, passive


def _listed_subject(view: SentenceView, start: int, end: int) -> list[PlaceRef]:
    out = []
    for piece in _PLACE_RUN.finditer(view.skeleton, start, end):
        ref = ref_at(view.refs, piece.start())
        if ref is not None and not _IN_QUALIFIER.search(view.skeleton, max(start, ref.start - 8), ref.start):
            out.append(ref)
    return out


def after_places(places: Sequence[PlaceRef], end: int) -> int:
    return max([end] + [p.end for p in places if p.start >= end])


def rest_is_short(skel: str, end: int, clause_end: int) -> bool:
    rest = skel[end:clause_end]
    return PLACE_MARK not in rest and len(rest.split()) <= 5


# "Near Synkivka and Petropavlivka in Kharkiv Oblast, Ukrainian troops repelled ...": a
# locative phrase fronted before the subject locates the whole clause.
_FRONTED = re.compile(r"^\s*(?:(?:in|on)\s+the\s+[\w\u00a7-]+\s+(?:direction|sector|axis)\s*,\s*)?"
                      r"(?:near|around|outside|in|at|by|close\s+to|in\s+the\s+area\s+of)\s+(?:the\s+)?"
                      r"(?P<first>" + _P + r")" + _LIST + r"(?:\s+(?:in|of)\s+(?:the\s+)?" + _P +
                      r"(?:\s+(?:region|oblast|province))?)?\s*,", _I)


def fronted_places(view: SentenceView, clause_start: int, start: int) -> list[PlaceRef]:
    """Places of a locative phrase fronted at the start of the sentence or reported clause."""
    floor = max([s for s in view.starts if s <= start] + [0])
    found = _FRONTED.match(view.skeleton[:start], floor)
    if found is None:
        return []
    first = ref_at(view.refs, found.start("first"))
    if first is None:
        return []
    return [first] + _listed(view, found.start("more"), found.end("more"))


_ATTACHED_LANDMARK = re.compile(r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?|\s+)(?:near|outside|close\s+to|"
                                r"(?:[\w-]+\s+)?(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?", _I)


def nearest_before(view: SentenceView, start: int) -> list[PlaceRef]:
    """The place right before ``start``, with the places listed with it ("near X, Y and Z, killing ...")."""
    before = [r for r in view.refs if r.end <= start]
    if len(before) >= 2 and before[-1].landmark and not before[-2].landmark and \
            _ATTACHED_LANDMARK.fullmatch(view.skeleton, before[-2].end, before[-1].start):
        # "groups that infiltrated Kucheriv Yar near Dobropillia", "Lukianivka, a village east of Kyiv":
        # the landmark only locates the place before it
        before = before[:-1]
    if not before:
        return []
    listed = [before[-1]]
    for ref in reversed(before[:-1]):
        if _LIST_GAP.fullmatch(view.skeleton, ref.end, listed[0].start) is None:
            break
        listed.insert(0, ref)
    return listed


def loss_place(view: SentenceView, end: int, clause_end: int) -> list[PlaceRef]:
    if view.skeleton.find(PLACE_MARK, end, clause_end) < 0:
        return []       # _LOSS_PLACE ends in a place
    found = _LOSS_PLACE.match(view.skeleton[:clause_end], end)
    if found is None:
        return []
    ref = ref_at(view.refs, found.start("first"))
    return [ref] + _listed(view, found.start("more"), found.end("more")) if ref is not None else []

