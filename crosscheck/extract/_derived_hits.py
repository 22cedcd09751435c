"""Hits a trigger match yields besides its own: who holds a place an attack on failed, who attacked.

"a failed Russian assault on Vuhledar" holds Vuhledar for Ukraine and attacks it for Russia;
"repelled seven attacks near X" attacks X for the repelled side (and, "on X", holds it for the
repelling one); "attacks on X were repelled" holds X for the defenders; "destroyed 12 Ukrainian
drones over Belgorod region" attacks the region for the drones' side.
"""

from __future__ import annotations

import re

from ._actor_phrases import actor_from_groups
from ._arguments import after_places
from ._context import AIR_ATTACK, ASSAULT_ON, REPELLED_AFTER, clause_subject
from ._hedges import Mood
from ._hits import CasedMatch, Hit, SentenceView
from ._places import PLACE_MARK, PlaceRef, ref_at
from ._rule_parts import Rule

_I = re.IGNORECASE
_P = PLACE_MARK + "+"
_POSSESSOR = re.compile(r"(?P<who>[\w'\u2019-]+)['\u2019]s\s*[\"\u201c]?\s*$|(?P<adj>Russian|Ukrainian)\s+[\"\u201c]?\s*$")
_AERIAL = re.compile(r"\b(?:drones?|uavs?|unmanned\s+aerial\s+vehicles|aircraft|helicopters?|jets?)\b", _I)
# "repelled assaults on Vuhledar and near Pavlivka": a list item with its own "near" was attacked, not held
_ITEM_NEAR = re.compile(r"\b(?:near|around|outside|close\s+to|towards?)\s+(?:the\s+)?$", _I)
_ADVANCE_NOUN = re.compile(r"\b(?:advances?|offensives?|push)\b", _I)
_OVER_PLACE = re.compile(r"\s+(?:overnight\s+)?over\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?P<first>" + _P + ")", _I)


def derived_hits(rule: Rule, match: CasedMatch, view: SentenceView, hits: list[Hit], places: list[PlaceRef],
                 actor: str | None, mood: Mood, left: str, clause_start: int) -> list[Hit]:
    """``hits`` with the hits ``rule``'s match implies about other predicates (see module docstring)."""
    text, skel = view.text, view.skeleton
    start, end = match.start(), match.end()
    groups = match.present_groups()
    if rule.name == "destroyed-unit" and "victim" in groups and _AERIAL.search(match.group(0) or ""):
        # "destroyed 12 Ukrainian drones over Belgorod region": whose drones they were attacked the region
        over = _OVER_PLACE.match(skel, end)
        ref = ref_at(view.refs, over.start("first")) if over else None
        if ref is not None and ref.place is not None:
            hits.append(Hit("attacked", rule.name, start, end, ref, "side", actor, None, mood.negated, mood.hedge))
    if rule.name == "failed-attack":
        possessor = _POSSESSOR.search(left)
        attacker = actor_from_groups({"failmods": groups.get("failmods", "")}, "") or (
            actor_from_groups({"failmods": possessor.group(0)}, "") if possessor else None) or clause_subject(
            text, clause_start, start)
        if attacker is None:
            return []
        prep = (groups.get("prep") or "on").lower()
        holds = [Hit("controls", rule.name, start, end, place, "other", attacker, None, mood.negated, mood.hedge)
                 for place in places if not _near_item(text, place)] if prep in ("on", "against", "in", "at") else []
        return holds + [Hit("attacked", rule.name, start, end, place, "side", attacker, None, mood.negated,
                            mood.hedge) for place in places]
    if rule.name in ("attack-verb", "attack-noun", "attempt") and places and start < places[0].start \
            and ASSAULT_ON.search(text, start, places[0].start) and not AIR_ATTACK.search(left[-30:]) \
            and REPELLED_AFTER.match(text, after_places(places, end)):
        hits += [Hit("controls", rule.name, start, end, h.place, "other", actor, None, mood.negated, mood.hedge)
                 for h in hits if h.place is not None and h.place.is_settlement()]
    if rule.name == "repel":
        # "Near Synkivka, our defenders repelled 7 attacks": a fronted place is where, not what, was attacked
        prep = (groups.get("prep") or ("near" if hits and hits[0].place.start < start else "on")).lower()
        # "stopped 36 assault actions of the occupiers": the attackers named outright decide
        # the side; otherwise it is the side the repelling actor is fighting
        attacker = actor_from_groups({"mods": groups["attacker"]}, "") if groups.get("attacker") else None
        attacker = attacker or actor_from_groups(
            {"mods": text[start:match.start("prep") if groups.get("prep") else match.end()]}, "")
        attacked = [Hit("attacked", rule.name, start, end, h.place, "side", attacker, None, mood.negated, mood.hedge)
                    if attacker else Hit("attacked", rule.name, start, end, h.place, "other", actor, None,
                                         mood.negated, mood.hedge) for h in hits]
        # "repelled an attempt to cross the Dnipro": the river was attacked, but no side holds it
        # "halted the Russian advance at Lyptsi": where an advance stopped, not a place it was aimed at and failed on
        stopped_at = prep == "at" and _ADVANCE_NOUN.search(match.group(0) or "") is not None
        held = [h for h in hits if not h.place.is_waterway() and not _near_item(text, h.place)] \
            if prep in ("on", "against", "in", "at") and not stopped_at else []
        hits = held + attacked
    return hits


def _near_item(text: str, place: PlaceRef) -> bool:
    return _ITEM_NEAR.search(text, max(0, place.start - 20), place.start) is not None
