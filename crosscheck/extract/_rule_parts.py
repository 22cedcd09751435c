"""The parts the predicate rules of _rules.py are built from: the Rule record, its constructor
(a whole-word regex and its lower-case twin, with the rule's gate words), and the pattern
fragments several rules share (the words before a partial place, counts, personnel nouns)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._rule_gates import RULE_NEEDS

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    lower: re.Pattern[str]     # the same pattern for lower-cased text, without IGNORECASE (~3x faster)
    predicate: str
    value: str                 # actor | flip | contested | encircler | victim
    place: str                 # object | subject | either | none
    passive_fallback: str | None = None   # speaker | opposite_speaker: side when no agent
    object_gap: str = "plain"  # plain | withdraw | hold | broad (any short noun phrase, then in/near)
    oblast_ok: bool = True
    needs: tuple[str, ...] = ()  # RULE_NEEDS: words one of which every match of ``lower`` holds
    # "still holding positions in Krynky, where fighting continues": a "where" clause, like a "which"
    # clause, hangs the rule's claim on the place before it
    where_relative: bool = False


def rule(name: str, pattern: str, predicate: str, value: str, place: str, **kw: object) -> Rule:
    full = r"(?<![\w-])(?:" + pattern + r")(?![\w-])"
    return Rule(name, re.compile(full, _I), re.compile(full.lower().replace("(?p<", "(?P<")), predicate, value, place,
                needs=RULE_NEEDS.get(name, ()), **kw)  # type: ignore[arg-type]


# words between "fighting in" and its place: "on the southern outskirts of"
PARTIAL_GAP = (r"(?:(?:the|control|of|nearby|outskirts|suburbs|centre|center|streets|edges?|eastern|western|"
                r"northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western|part|"
                r"parts|districts?|town|city|village|settlement|industrial|zone|area|"
                # "the Litak district of", "the Kanal microdistrict of": a named part
                r"[\w'\u2019-]+\s+(?:micro-?)?districts?\s+of)\s+)*")
MODS = r"(?P<mods>(?:[\w'\u2019-]+\s+){0,4}?)"
# spelled-out counts, as wire copy writes numbers below ten and briefings often all of them
NUMBER_WORDS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                 r"several|a\s+dozen|a\s+few|many)")
NUMBER = (r"(?:(?:up\s+to|about|around|over|more\s+than|nearly|almost|some|at\s+least|as\s+many\s+as|"
           r"roughly|approximately)\s+)?(?:[\d][\d,.]*|hundreds|dozens|thousands|scores|tens|a\s+(?:thousand|hundred)|" + NUMBER_WORDS +
           r")\s+(?:of\s+)?")
PERSONNEL = (r"(?:troops|soldiers|servicemen|service\s+members|men|fighters|personnel|militants|"
              r"mercenaries|nationalists|militiamen|invaders|occupiers|paratroopers|marines)")
