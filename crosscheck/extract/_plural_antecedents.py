"""A plural description of places that its own sentence leaves open: "both settlements", "the two villages".

Sentence-level coreference (_places) resolves "both villages" to the places named before it in the
same sentence. Writers as often name the places in one sentence and sum them up in the next
("Ukrainian forces made gains near Klishchiivka and Andriivka. Russian forces likely retain control
of both settlements"); this module supplies that reading: the description stands for the
settlements the sentence before named, when it named exactly as many distinct ones as the
description counts. Places only located by ("near Klishchiivka") count: the description is what the
next sentence is about. When the sentence before does not fit (it is in another paragraph, it named a
capital speaking, "claims Kyiv rejected", or a sentence about one of the places came between), the
description stands for the places the last claim naming as many settlements was about ("Russia's top
general said troops had captured Pokrovsk and Vovchansk. [...] Ukraine's military said fighting was
continuing in both places").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.resolve import Place

from ._places import PlaceRef

_PLURAL_PLACES = re.compile(r"\b(?P<count>both|the\s+two|all\s+(?:the\s+)?(?:three|four))\s+(?:(?:small|frontline|"
                            r"front-line|border|neighbouring|neighboring|nearby|embattled)\s+)?(?:villages|towns|"
                            r"settlements|cities|localities|places)\b", re.IGNORECASE)
# sentences a claim about several places stays what "both places" means
PLURAL_REACH = 4
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
_HINTS = ("both ", "Both ", "two ", "three ", "four ")     # "The two", "All three" hold the lower-case words


def with_plural_antecedents(text: str, refs: list[PlaceRef], previous_places: Sequence[PlaceRef],
                            last_claimed: Sequence[Place] = ()) -> list[PlaceRef]:
    """``refs`` plus a plural ref for each open plural description whose antecedents the sentence
    before names, or else ``last_claimed`` holds (see module docstring)."""
    if not previous_places and not last_claimed:
        return refs
    if not any(hint in text for hint in _HINTS):
        return refs
    out = refs
    for match in _PLURAL_PLACES.finditer(text):
        if any(r.start <= match.start() < r.end for r in out) or \
                any(r.end <= match.start() and r.place is not None and r.is_settlement() for r in out):
            continue    # resolved already, or the sentence names its own places before it
        count = _COUNTS[match.group("count").lower().split()[-1]]
        named = _distinct_settlements(previous_places)
        if len(named) != count:
            named = list(last_claimed)
        if len(named) != count:
            continue
        first, *rest = named
        out = sorted([*out, PlaceRef(match.start(), match.end(), match.group(0), first, True, also=tuple(rest))],
                     key=lambda r: r.start)
    return out


def claimed_settlements(places: Sequence[PlaceRef | None]) -> list[Place]:
    """The distinct settlements among a sentence's claim places, when there are several (else none):
    what a later "both places" may stand for."""
    named = _distinct_settlements([r for r in places if r is not None])
    return named if len(named) > 1 else []


def _distinct_settlements(refs: Sequence[PlaceRef]) -> list[Place]:
    """The resolved settlements among ``refs``, each once, in order of first mention."""
    return list({r.place.place_id: r.place for r in refs if r.place is not None and r.is_settlement()}.values())
