"""Which side an actor phrase stands for, including speaker-relative ones.

"Russian forces" and "the occupiers" have a fixed side (crosscheck.resolve knows
them); "our troops", "we", "the enemy", "it" and "its forces" only have one once
we know who is speaking, so the side is worked out against the claim's speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.resolve import SpeakerResolver, side_of_actor

from ._lexicon import alternation

PARTIES = ("Russia", "Ukraine")
OPPOSITE = {"Russia": "Ukraine", "Ukraine": "Russia"}

_HEADS = alternation(
    "forces", "force", "troops", "army", "armies", "military", "soldiers", "servicemen",
    "service members", "fighters", "units", "unit", "brigade", "brigades", "battalion",
    "battalions", "regiment", "regiments", "division", "divisions", "corps", "paratroopers",
    "marines", "mercenaries", "militants", "militia", "militias", "separatists", "invaders",
    "occupiers", "occupants", "aggressor", "aggressors", "federation", "defenders", "artillery", "aviation", "navy", "air force",
    "national guard", "guardsmen", "infantry", "personnel", "group", "groups", "grouping",
    "missiles", "missile", "drones", "drone", "jets", "warplanes", "aircraft", "helicopters",
    "tanks", "gunners", "detachments", "detachment", "guys", "lads", "enemy", "adversary", "foe", "opponent",
    "russians", "ukrainians", "nationalists", "neo-nazis", "formations", "contingent", "battlegroup", "battlegroups",
    "russia", "ukraine", "moscow", "kyiv", "kiev", "kremlin", "wagner", "akhmat", "afu", "zsu",
    "dpr", "lpr", "pmc", "we", "they", "it", "us", "them", "he", "she",
)
# Words that may modify an actor head: names, possessives, ordinal unit numbers. (A modifier is
# always a whole word, so the word list can be a prefix tree; see alternation.)
_MODIFIER = (
    r"\b(?:[A-Z][\w'\u2019.-]*|\d+(?:st|nd|rd|th)|(?i:" + alternation(
        "the", "our", "their", "its", "his", "her", "of", "and", "enemy", "elite", "special", "regular", "airborne", "assault",
        "motorised", "motorized", "mechanised", "mechanized", "separate", "territorial", "naval", "rocket", "air",
        "ground", "reserve", "volunteer", "armed", "sabotage", "reconnaissance", "infiltration", "mobile", "small",
        "separatist", "tank", "armoured", "armored", "marine", "drone", "storm", "commando", "infantry") +
    r"|pro-\w+|\w+(?:-(?:backed|installed|led)|['\u2019]s)))"
)
# A head noun with up to five modifiers before it ("the Russian Southern Group of Forces").
# Force groupings named after the head, as in the Russian defence ministry's English ("units of the
# Battlegroup Centre liberated ..."): the name is what gives the side, so it belongs to the phrase.
# The names are those the speakers table writes after such a head ("Battlegroup Centre").
_GROUPING_HEAD = r"(?i:battle\s*groups?|group(?:ing)?)"
_HEAD_FIRST_ALIAS = re.compile(_GROUPING_HEAD + r"\s+(?P<name>[A-Z][\w-]*)$")


def _grouping_names() -> str:
    names = {found.group("name") for speaker in SpeakerResolver.default().speakers() if speaker.kind == "military"
             for found in map(_HEAD_FIRST_ALIAS.match, speaker.aliases) if found is not None}
    return alternation(*names)


_GROUPING = _GROUPING_HEAD + r"\s+(?:" + _grouping_names() + r")\b"
ACTOR_MENTION = re.compile(r"(?:" + _MODIFIER + r"\s+){0,5}?(?:\b" + _GROUPING + r"|\b(?i:" + _HEADS +
                           r")\b(?![\w-])(?!['\u2019]s\b))")
# "his troops" in a commander's statement are the speaker's own, and so is what "he" did in it
# ("Syrskyi said he was withdrawing troops from Avdiivka").
_FIRST_PERSON = re.compile(r"^(?:we|us|he|she)$|\bour\b|\bours\b|^(?:his|her)\s", re.IGNORECASE)
_ENEMY = re.compile(r"\b(?:enemy|enemy's|adversary|foe|opponents?|militants?|mercenar(?:y|ies)|saboteurs?)\b",
                    re.IGNORECASE)
# A bare unit noun with no side word ("units", "assault detachments", "our air defence") in a
# sided speaker's report is that speaker's own force: that is how both militaries write.
_OWN_FORCE = re.compile(
    r"^(?:the\s+|all\s+|\w+\s+)?(?:[\w-]+\s+){0,2}(?:units?|troops|forces|soldiers|servicemen|defenders|"
    r"brigades?|battalions?|regiments?|detachments?|paratroopers|marines|artillery|aviation|gunners|crews|guys|lads|"
    r"air\s+defen[cs]es?|guardsmen|infantry|assault\s+groups?|groups?|grouping|formations?)$", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"^(?:it|they|them)$|^(?:its|their)\b", re.IGNORECASE)
_LEADING_NOISE = re.compile(
    r"^(?:(?:that|and|but|while|as|after|when|said|says|claimed|the|a|an|of|with|by|"
    r"also|had|has|have|were|was|is|are)\s+)+",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def fixed_side(phrase: str) -> str | None:
    """Side of an actor phrase that does not depend on who speaks, or None."""
    side = side_of_actor(phrase)
    if side in PARTIES:
        return side
    speaker = SpeakerResolver.default().resolve(phrase)
    if speaker is not None and speaker.side in PARTIES:
        return speaker.side
    return None


def actor_side(phrase: str, speaker_side: str | None, subject_side: str | None,
               own_by_default: bool = True) -> str | None:
    """Side of ``phrase`` for a claim whose speaker is on ``speaker_side``.

    ``subject_side`` is the side of the reporting clause's subject, which "it",
    "they" and "its forces" refer back to ("Russia said it took ...").
    """
    phrase = phrase.strip()
    if _FIRST_PERSON.search(phrase):
        return speaker_side if speaker_side in PARTIES else None
    if _THIRD_PERSON.search(phrase):
        return subject_side if subject_side in PARTIES else None
    side = fixed_side(phrase)
    if side is not None:
        return side
    if _ENEMY.search(phrase) and speaker_side in PARTIES:
        return OPPOSITE[speaker_side]
    if own_by_default and _OWN_FORCE.match(phrase) and speaker_side in PARTIES:
        return speaker_side
    return None


def names_a_side(phrase: str) -> bool:
    """Whether ``phrase`` names a party outright or relative to the speaker ("our", "the enemy")."""
    return bool(_FIRST_PERSON.search(phrase) or _ENEMY.search(phrase) or fixed_side(phrase) is not None)


def names_a_force(phrase: str | None) -> bool:
    """Whether ``phrase`` is a military actor: a side ("Russian troops", "the enemy") or a bare unit."""
    return phrase is not None and (names_a_side(phrase) or bool(_OWN_FORCE.match(phrase.strip())))


def opposite(side: str | None) -> str | None:
    """The other party, or None for anything that is not a party."""
    return OPPOSITE.get(side or "")


def last_actor(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The actor mention closest before ``end`` in ``text[start:end]``, with its offset."""
    found: tuple[str, int] | None = None
    previous_end = -2
    for match in ACTOR_MENTION.finditer(text, start, end):
        if found is not None and not text[previous_end:match.start()].strip():
            # adjacent mentions are one phrase: "Wagner" + "assault units"
            phrase = text[found[1]:match.end()]
            found = (phrase, found[1])
        else:
            phrase = _LEADING_NOISE.sub("", match.group(0))
            found = (phrase, match.end() - len(phrase))
        previous_end = match.end()
    if found is not None:
        # "Russian and separatist forces": the first conjunct's adjective names the side
        before = _COORDINATED_SIDE.search(text, max(start, found[1] - 48), found[1])
        if before is not None:
            found = (text[before.start():found[1]] + found[0], before.start())
    return found


_COORDINATED_SIDE = re.compile(r"\b(?:Russian|Ukrainian|pro-Russian|pro-Ukrainian)\s+(?:and|&)\s+(?:[\w-]+\s+)?$",
                               re.IGNORECASE)


def first_actor(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The first actor mention in ``text[start:end]`` ("by Russian forces" agents)."""
    match = ACTOR_MENTION.search(text, start, end)
    if match is None:
        return None
    phrase = _LEADING_NOISE.sub("", match.group(0))
    return phrase, match.end() - len(phrase)
