"""Find predicate hits in one sentence: trigger, place, actor phrase, mood.

A hit is only kept when the grammar links the trigger to a place in the same
clause: a place object right after the verb (only determiners, adjectives and
"town of"/"control of" between them), or a place subject right before a passive
or stative verb ("Bakhmut is now operationally surrounded"). The side a hit
stands for is settled later, once the speaker is known (see _claims). This module
runs the rules over a sentence; _trigger_hits reads each trigger match.
"""

from __future__ import annotations

import re

from ._clauses import clause_boundaries
from ._hits import CasedMatch, Hit, SentenceView
from ._lexicon import contains_any
from ._place_lists import LIST, listed
from ._places import PLACE_MARK, PlaceRef, ref_at
from ._rule_index import candidate_rules
from ._trigger_hits import hits_of_match

__all__ = ["Hit", "SentenceView", "find_hits"]

_I = re.IGNORECASE
_P = PLACE_MARK + "+"


def find_hits(view: SentenceView) -> list[Hit]:
    """Every predicate hit in the sentence, most specific rule first, no overlaps."""
    hits: list[Hit] = list(_appositive_hits(view))
    taken: list[tuple[int, int]] = [(h.start, h.end) for h in hits]
    lowered = view.lowered
    boundaries: list[int] | None = None     # found once a trigger matches: most sentences have none
    same_length = len(lowered) == len(view.skeleton)
    # every place a rule links is one of the view's refs (or its topic, itself a ref): without any, only
    # the rules that need no place can hit, and the others' scans are skipped (most sentences of a paragraph)
    placeless = not view.refs and view.topic is None
    for rule in candidate_rules(view.text, view.stems):
        if placeless and rule.place != "none":
            continue
        if not same_length:
            raw_matches = rule.pattern.finditer(view.skeleton)
        elif rule.needs and not contains_any(lowered, rule.needs):
            continue    # the case-sensitive scan of the lower-cased text cannot match without one
        else:
            raw_matches = rule.lower.finditer(lowered)
        for raw in raw_matches:
            match = CasedMatch(raw, view.skeleton)
            span = (match.start(), match.end())
            # "a Russian column that tried to break into X was destroyed": the passive verb is the trigger,
            # a claim in the relative clause between subject and verb does not use it up
            own = (match.start("passive"), span[1]) if rule.name == "destroyed-passive" else span
            if any(s < own[1] and own[0] < e for s, e in view.blocked) or \
                    any(s < own[1] and own[0] < e for s, e in taken):
                continue
            if boundaries is None:
                boundaries = clause_boundaries(view.skeleton, lowered, view.starts)
            found = hits_of_match(rule, match, view, boundaries)
            if found:
                hits.extend(found)
                object_end = max([h.place.end for h in found if h.place is not None and h.place.start >= span[1]]
                                 + [span[1]])
                taken.append((span[0], object_end))
    if any(h.background for h in hits):
        # the main clause's own claim about a place is its latest state; a relative clause only recalls
        held = {_place_key(h.place) for h in hits if h.predicate == "controls" and not h.background and h.place}
        hits = [h for h in hits if not (h.background and h.place is not None and _place_key(h.place) in held)]
    if any(h.predicate == "controls" and h.place is not None for h in hits):
        # a facility is encircled and attacked like ground, but holding it claims no place (the labels'
        # rule: taking a building is not control of the place); a sea is held by no side
        hits = [h for h in hits if not (h.predicate == "controls" and h.place is not None and (
            h.place.is_facility(view.text) or h.place.is_waterway()))]
    hits.sort(key=lambda h: h.start)
    return hits


def _place_key(ref: PlaceRef) -> object:
    return ref.place.place_id if ref.place is not None else ref.as_written.lower()


_APPOSITIVE = re.compile(
    r"(?P<first>" + _P + r"),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement|port|region|"
    r"stronghold|hub)\s+(?:that\s+|which\s+)?(?P<actor>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,2}?|it|they)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:long\s+)?(?P<verb>held|controlled|occupied|captured|taken|seized|"
    r"liberated|retaken|recaptured)\b", _I)


# "In Izium, retaken by Ukrainian forces ten days ago, investigators ...": the writer's participle
# gloss on a place, naming who took or holds it; it must close before the clause goes on, and
# _LATER_STATE turns it down when it or the words after it tell a sequence ("occupied by Russia in
# 2022 and liberated in ...", "..., was retaken this week")
_PARTICIPLE = re.compile(
    r"(?P<first>" + _P + r"),\s+(?:(?:first|finally|long|briefly)\s+)?(?P<verb>held|controlled|occupied|captured|"
    r"taken|seized|liberated|retaken|recaptured|freed)\s+by\s+(?P<actor>(?:the\s+)?(?:Russia|Ukraine|Kyiv|Moscow|"
    r"(?:[A-Z][\w'\u2019-]*\s+){1,2}(?:forces|troops|army|units|fighters|soldiers|military|marines|"
    r"paratroopers|brigades?)))\b(?P<tail>[^,;:()\u00a7\"\u201c\u201d]{0,50}),")
_LATER_STATE = re.compile(r"\b(?:and|but|before|until|then|later|only|lost|retaken|recaptured|liberated|"
                          r"withdr\w*|abandon\w*)\b", _I)


# _APPOSITIVE's verbs, one of which a text must hold ("retaken" holds "taken", "recaptured" "captured")
_APPOSITIVE_VERBS = ("held", "controlled", "occupied", "captured", "taken", "seized", "liberated", "freed")


def _appositive_hits(view: SentenceView) -> list[Hit]:
    hits: list[Hit] = []
    if PLACE_MARK + "," not in view.skeleton:
        return hits
    lowered = view.caseless
    if lowered is not None and not contains_any(lowered, _APPOSITIVE_VERBS):
        return _appositive_state_hits(view)
    hits += _appositive_state_hits(view)
    for match in _APPOSITIVE.finditer(view.skeleton):
        ref = ref_at(view.refs, match.start("first"))
        if ref is None or not ref.allowed_for_control():
            continue
        hits.append(Hit("controls", "appositive", match.start("verb"), match.end("verb"), ref, "side",
                        match.group("actor"), None, False, None, outlet_voice=True,
                        # "Kherson, a city that Russia held for eight months, was liberated": a past state
                        # that yields to the main clause's claim on the place
                        background=True))
    for match in _PARTICIPLE.finditer(view.skeleton):
        ref = ref_at(view.refs, match.start("first"))
        if ref is None or not ref.allowed_for_control() or _LATER_STATE.search(match.group("tail")) \
                or _LATER_STATE.search(view.skeleton, match.end(), match.end() + 40):
            continue    # "Lyman, recaptured by Ukrainian troops in October, was lost again": a past state
        hits.append(Hit("controls", "appositive", match.start("verb"), match.end("verb"), ref, "side",
                        match.group("actor"), None, False, None, outlet_voice=True, background=True))
    return hits


# "Kramatorsk and Sloviansk, the last big cities in the region still under Kyiv's control": wire copy's
# locator of a list of places by the side that still holds them
_APPOSITIVE_STATE = re.compile(
    r"(?P<first>" + _P + r")" + LIST + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:cit(?:y|ies)|towns?|"
    r"villages?|settlements?|strongholds?|hubs?|ports?)\s+(?:[\w'\u2019\u00a7-]+\s+){0,5}?(?:still|now|firmly)\s+"
    r"(?:under\s+(?P<side>(?:[\w'\u2019-]|\u00a7)+)\s+control|in\s+(?P<hands>[\w'\u2019-]+)\s+hands)\b", _I)


# "Velyka Novosilka, a Ukrainian-held town on the border of ...": the outlet's locator by the holding side
_APPOSITIVE_HELD = re.compile(
    r"(?P<first>" + _P + r"),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<side>Russian|Ukrainian|Kremlin|Moscow|Kyiv|Russia|"
    r"Ukraine)-(?:held|controlled|occupied)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement|port|stronghold|hub)\b")
_HELD_WORDS = ("-held", "-controlled", "-occupied")


def _appositive_state_hits(view: SentenceView) -> list[Hit]:
    hits = []
    if any(word in view.skeleton for word in _HELD_WORDS):
        for match in _APPOSITIVE_HELD.finditer(view.skeleton):
            ref = ref_at(view.refs, match.start("first"))
            if ref is not None and ref.allowed_for_control():
                hits.append(Hit("controls", "appositive", match.start("side"), match.end("side"), ref, "side",
                                match.group("side"), None, False, None, outlet_voice=True, background=True))
    if not (" control" in view.skeleton or " hands" in view.skeleton):
        return hits
    for match in _APPOSITIVE_STATE.finditer(view.skeleton):
        side = "side" if match.group("side") is not None else "hands"
        actor = view.text[match.start(side):match.end(side)]
        refs = [ref_at(view.refs, match.start("first"))] + listed(view, match.start("more"), match.end("more"))
        hits += [Hit("controls", "appositive", match.start(side), match.end(side), ref, "side", actor, None, False,
                     None, outlet_voice=True, background=True)
                 for ref in refs if ref is not None and ref.allowed_for_control()]
    return hits

