"""The actor of a predicate: whose side a trigger carries.

The actor is the subject before the verb (after the last comma, or before a comma-delimited
insertion), the agent after "by", the subject after a "when/after" clause, a side adjective
right before the trigger ("a Russian strike") or a side word inside the trigger's own words
("under Russian control", "the blue-and-yellow flag"). Places are found in _arguments.
"""

from __future__ import annotations

import re

from ._actors import first_actor, fixed_side, last_actor, names_a_side

_I = re.IGNORECASE

_THIRD_POSSESSIVE = re.compile(r"\b(?:its|their)\b")


_RELATIVE_WORD = re.compile(r"\b(?:our|we|us|enemy|enemy's)\b")


_AGENT = re.compile(r"\s*(?:,\s*)?(?:\s+(?:\w+ly|now|again|reportedly|on\s+\w+day))*\s+by\s+", _I)


def agent(text: str, position: int, clause_end: int) -> str | None:
    found = _AGENT.match(text, position)
    if found is None:
        return None
    actor = first_actor(text, found.end(), min(clause_end, found.end() + 80))
    return actor[0] if actor else None


def left_actor(text: str, clause_start: int, start: int, floor: int | None = None) -> str | None:
    """The subject before a verb: in the words after the last comma, else before an insertion
    (", backed by artillery,") that reaches back to ``floor``, else anywhere in the clause."""
    comma = text.rfind(",", clause_start, start)
    if _COORDINATED_VERB.search(text, max(clause_start, start - 40), start):
        # "the Defence Forces repelled assaults by the occupiers near X and continue to hold it": a verb
        # coordinated with the clause's first shares its subject, not the last actor named in between
        subject = first_actor(text, comma + 1 if comma >= 0 else clause_start, start)
        if subject is not None and names_a_side(subject[0]):
            return subject[0]
    actor = last_actor(text, comma + 1 if comma >= 0 else clause_start, start)
    if actor is None and comma >= 0:
        inserted = actor_before_insertion(text, clause_start if floor is None else floor, start)
        if inserted is not None:
            return inserted
        actor = last_actor(text, clause_start, start)
    return actor[0] if actor else None


# adverbs may stand before the second verb: "pushed Russian forces out of X and now fully controlled it"
_COORDINATED_VERB = re.compile(r"\sand\s+(?:(?:then|also|later|now|still|subsequently|have|has|had|\w+ly)\s+)*"
                               r"(?:(?:continue[sd]?|went\s+on|go(?:es)?\s+on)\s+to\s+)?$", _I)


# ", who had tried for months to storm the town, finally": an insertion between a subject
# and its verb (relative clause, participle phrase, apposition), only auxiliaries after it.
_INSERTION_BEFORE_VERB = re.compile(
    r",\s+[^,;:]{2,140}?,\s*(?:(?:has|have|had|is|are|was|were|been|now|then|also|later|finally|"
    r"eventually|reportedly|already|just|\w+ly)\s+)*$", _I)


def actor_before_insertion(text: str, floor: int, start: int) -> str | None:
    """The subject of a verb separated from it by a comma-delimited insertion."""
    found = _INSERTION_BEFORE_VERB.search(text, floor, start)
    if found is None:
        return None
    actor = last_actor(text, floor, found.start())
    if actor is None or text[actor[1] + len(actor[0]):found.start()].strip():
        return None
    return actor[0]


def adjective_actor(text: str, clause_start: int, start: int) -> str | None:
    """"A Russian strike", "enemy shelling": a side adjective right before the trigger."""
    words = text[clause_start:start].split()
    if not words:
        return None
    actor = _side_phrase(" ".join(words[-2:]))
    if actor is None and _WEAPON.search(words[-1]):
        # "two Russian ballistic missiles struck": the side word sits before the weapon's own modifiers
        actor = _side_phrase(" ".join(words[-4:-1]))
    return actor


_WEAPON = re.compile(r"^(?:missiles?|bombs?|rockets?|drones?|shells?|munitions|warheads?|UAVs?|Shaheds?|Iskanders?|"
                     r"Kalibrs?|Kinzhals?|HIMARS|ATACMS|jets?|warplanes?|aircraft|helicopters?)$", _I)


def actor_after_clause(text: str, position: int) -> str | None:
    comma = text.find(",", position)
    if comma < 0:
        return None
    actor = first_actor(text, comma + 1, min(len(text), comma + 60))
    return actor[0] if actor else None


_SIDE_WORD = re.compile(r"[\w'\u2019-]+")


_GROUP_ORDER = ("failmods", "of", "adj", "hands", "handsof", "underflag", "fellinto", "fellto", "colours", "flag", "flag2", "flag3",
                "clearedof", "freeof", "noneleft",
                "pushed", "attempter", "victim", "lossmods", "mods", "adjside", "ours", "occupation")


def actor_from_groups(groups: dict[str, str], left: str) -> str | None:
    """The actor phrase carried by the trigger's own words ("under Russian control")."""
    if not groups:
        return None
    for name in _GROUP_ORDER:
        phrase = groups.get(name)
        if not phrase:
            continue
        if name == "ours" and phrase.lower() in ("ours", "free"):
            return "our forces"
        if name == "ours" and phrase.lower() == "theirs":
            return "the enemy"
        if name == "occupation":
            return "occupiers"
        if name == "colours" or (name == "flag" and phrase.lower().startswith(("blue", "yellow", "tricolo"))):
            # "the blue-and-yellow flag", "the tricolour": the colours name the side
            return "Russian forces" if phrase.lower().startswith("tricolo") else "Ukrainian forces"
        side_phrase = _side_phrase(phrase.strip())
        if side_phrase is not None:
            return side_phrase
    return None


def _side_phrase(phrase: str) -> str | None:
    lowered = phrase.lower()
    if _THIRD_POSSESSIVE.search(lowered):
        return None
    if _RELATIVE_WORD.search(lowered):
        return phrase
    if fixed_side(phrase) is not None:
        return phrase
    for word in _SIDE_WORD.findall(phrase):
        for candidate in (word, word + " forces"):
            if fixed_side(candidate) is not None:
                return candidate
    return None


# The subject of a quoted Cyrillic verb ("«Росіяни захопили Торецьк»", "ВСУ оставили Угледар"): a side
# named outright, "the enemy", or the speaker's own ("наші", "войска"); one word may follow it
_CYRILLIC_SUBJECT = re.compile(
    r"(?:^|[\s\"\u201c\u201e\u00ab(])(?:"
    r"(?P<russia>росіяни|россияне|русские|окупанти|оккупанты|рашисти|рашисты|орки|"
    r"(?:російські|российские|русские)\s+[\u0400-\u04ff]+|(?:зс|вс|армія|армия|війська|войска)\s+рф|"
    r"(?:армія|армия|війська|войска)\s+(?:росії|россии))|"
    r"(?P<ukraine>всу|зсу|(?:українські|украинские)\s+[\u0400-\u04ff]+|(?:сили|силы)\s+(?:оборони|обороны)|"
    r"укронацисты|боевики(?:\s+всу)?|нацисты)|"
    r"(?P<enemy>ворог|враг|противник|супротивник)|"
    r"(?P<own>наши|наші|мы|ми|войска|військові|подразделения|підрозділи|бійці|бойцы|штурмовики|захисники|защитники|"
    r"(?:наши|наші)\s+[\u0400-\u04ff]+))"
    # "подразделения группировки войск «Центр»": the Russian ministry's named force groupings
    r"(?:(?:\s+[\u0400-\u04ff]+){1,2}|\s+(?:группировки|угруповання)(?:\s+(?:войск|військ))?\s+[\u00ab\"\u201e\u201c]?"
    r"[\u0400-\u04ff-]+[\u00bb\"\u201c\u201d]?)?\s*$", _I)
_CYRILLIC_ACTORS = {"russia": "Russian forces", "ukraine": "Ukrainian forces", "enemy": "the enemy", "own": ""}


def cyrillic_subject(left: str) -> str | None:
    """The actor of a Cyrillic verb from its subject: a side's forces, "the enemy", "" for the speaker's
    own ("наші", "войска": its side is the speaker's), or None when no subject the rules read precedes it."""
    found = _CYRILLIC_SUBJECT.search(left[-60:])
    if found is None:
        return None
    name = next(name for name in _CYRILLIC_ACTORS if found.group(name))
    if name == "own":
        # "Подразделения ВСУ покинули Угледар": a unit noun with a side's name after it is that side's
        named = _CYRILLIC_NAMED_SIDE.search(found.group(0))
        name = next((side for side in ("russia", "ukraine") if named and named.group(side)), name)
    return _CYRILLIC_ACTORS[name]


_CYRILLIC_NAMED_SIDE = re.compile(r"(?<![\w-])(?:(?P<ukraine>всу|зсу|украины|україни)|(?P<russia>рф|россии|росії))(?![\w-])",
                                  _I)


_PARTICIPLE_CLAUSE = re.compile(r",\s*(?:(?:also|reportedly|again)\s+)?$")


def participle_subject(text: str, floor: int, start: int, verb: str) -> str | None:
    """"Russia fired missiles at Ukraine overnight, hitting Kyiv": a participle clause after a comma acts
    with the main clause's subject (the first actor of the clause), not the last one named before it."""
    if not verb.endswith("ing") or _PARTICIPLE_CLAUSE.search(text, max(floor, start - 20), start) is None:
        return None
    subject = first_actor(text, floor, start)
    return subject[0] if subject is not None and names_a_side(subject[0]) else None
