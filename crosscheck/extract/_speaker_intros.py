"""Where a text introduces a person with a role: "Hanna Maliar, the deputy defence minister,",
"Governor Oleh Syniehubov", "The governor, Oleh Syniehubov,".

The patterns find a named person next to a role noun; ``role_text`` gives the role a sentence
attaches to a speaker's name, and ``introduced_person`` the last person a sentence opens by
introducing, whom a later bare quote or "he said" may belong to.
"""

from __future__ import annotations

import re

from ._desk_labels import CLOCK, CLOCK_ZONES
from ._lexicon import alternation
from ._speaker_kinds import PERSON_HEADS as _PERSON_HEADS

# a role noun right before a capitalised name ("Defence Minister Sergei Shoigu") or an
# appositive right after one ("Yevgeny Prigozhin, the Wagner chief,"), for role descriptions
# whose holder was named but never quoted
_NAME = r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
# a prefix tree, not "a|b|c": this pattern scans the whole article text for a pronoun, and the
# tree reads each position once (~2x faster) while matching exactly what the plain list matches
_PERSON_HEAD = r"(?i:" + alternation(*_PERSON_HEADS) + r")"
_PERSON_HEAD_WORDS = tuple(sorted(_PERSON_HEADS))     # every _NAMED_PERSON match holds one
# "Oleh Syniehubov, the Kharkiv governor," / "Governor Oleh Syniehubov" / "The governor, Oleh Syniehubov,"
_NAMED_PERSON = re.compile(_NAME + r",\s+(?i:an?|the)\s+(?:[\w'\u2019-]+\s+){0,5}?" + _PERSON_HEAD + r"\b"
                           r"|\b" + _PERSON_HEAD + r"(?:\s+[\w'\u2019-]+){0,4}?,?\s+" + _NAME.replace("name", "name2")
                           + r"(?=[\s,.;:])")
# the same at a sentence's opening, where the role may go without its article ("Viktor Trehubov, spokesman for ...")
_INTRODUCED_PERSON = re.compile(_NAMED_PERSON.pattern.replace(r",\s+(?i:an?|the)\s+", r",\s+(?:(?i:an?|the)\s+)?", 1))
# an appositive role next to a speaker's name: "Hanna Maliar, the deputy defence minister,"
_ROLE_AFTER = re.compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:\"\u201c\u201d()]{3,60}?)\s*(?:,|$)")
_ROLE_BEFORE = re.compile(r"(?:^|[.;]\s+)(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:\"\u201c\u201d()]{3,80}?),\s*$",
                          re.IGNORECASE)


def role_text(phrase: str, sentence: str, start: int) -> str:
    """The role the sentence gives the speaker named at ``start``: an appositive after or before the name."""
    end = start + len(phrase)
    after = _ROLE_AFTER.match(sentence, end)
    roles = [after.group("role")] if after is not None else []
    if start > 1 and sentence[:start].rstrip().endswith(","):
        before = _ROLE_BEFORE.search(sentence, 0, len(sentence[:start].rstrip()))
        if before is not None:
            roles.append(before.group("role"))
    return " ".join(roles)


# a live blog's time stamp ("16:50 - ", "1650 GMT: ") and an opening adjunct ("In a video address, ") may
# stand before the words that introduce the sentence's person
_TIME_STAMP = r"(?:" + CLOCK + r"(?:\s*(?:" + CLOCK_ZONES + r"))?\s*[-\u2013\u2014:|]\s*)?"
_ADJUNCT = r"(?:(?:in|on|at|after|during|later|earlier|late|early|speaking|meanwhile|separately|elsewhere)\b[^,.;\"]{0,40},\s+)?"
_SENTENCE_OPENING = re.compile(r"^" + _TIME_STAMP + _ADJUNCT + r"(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}$",
                               re.IGNORECASE)


def introduced_person(paragraph: str, low: int = 0, high: int | None = None) -> str | None:
    """"Serhiy Cherevatyi, the eastern command's spokesman, was asked about the town.": the name of
    the last person a sentence of ``paragraph`` (between ``low`` and ``high``) opens by introducing
    with a role, else None. A bare quote in the next paragraph is theirs."""
    high = len(paragraph) if high is None else high
    if "," not in paragraph[low:high] and not any(head in paragraph[low:high]
                                                  for head in ("Spokes", "Commander", "Governor", "General", "President",
                                                               "Minister", "Mayor", "Chief")):
        return None
    found = None
    at = low
    while (match := _INTRODUCED_PERSON.search(paragraph, at, high)) is not None:
        name = match.group("name") or match.group("name2")
        if name.split()[0] in _CALENDAR:
            # "On Sunday, President X": a day is no person; the role after it may open the real match
            at = match.start() + len(name.split()[0])
            continue
        at = match.end()
        # the sentence starts after its stop and a space, or at a paragraph's start
        opening = max(max(paragraph.rfind(stop, 0, match.start()) + 2 for stop in (". ", "? ", "! ")),
                      paragraph.rfind("\n", 0, match.start()) + 1)
        before = paragraph[opening:match.start()]
        if _SENTENCE_OPENING.match(before) and "\"" not in before:
            found = name
    return found


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"})


# "A soldier with the 57th brigade, who gave only his call sign, described ...": a sentence opening
# on an indefinite person, who is new to the story; a later "he said" means them, not the last speaker
_INDEFINITE_PERSON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n))(?P<np>(?:A|An|One|Another)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _PERSON_HEAD + r"(?:\s+(?:with|of|for|from|in|at)\s+(?:the\s+|a\s+|an\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)?)"
    r"(?=\s*,|\s+(?:who|which|said|says|told|tells|spoke|gave|wrote|described|recalled|explained|added)\b)")


def introduced_someone(paragraph: str, low: int = 0, high: int | None = None) -> tuple[int, str] | None:
    """The start and words of the last indefinite person a sentence of ``paragraph`` (between ``low``
    and ``high``) opens on ("A soldier with the 57th brigade"), else None."""
    high = len(paragraph) if high is None else high
    found = None
    for match in _INDEFINITE_PERSON.finditer(paragraph, low, high):
        found = match.start("np"), match.group("np")
    return found


# "Russia's defence ministry did not acknowledge the loss. It said ...": a sentence opening on an
# institution, though it reports nothing there, gives a later "it" its antecedent. Only heads that
# name an institution: "Russian forces pushed on. It said" still means the body quoted before
_INSTITUTION_HEAD = r"(?i:ministry|staff|command|kremlin|government|administration|agency|office|headquarters|council)"
_OPENING_INSTITUTION = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\n)|^)(?:(?:In|On|At|Late|Early)\s+[^,.;\"]{1,30},\s+)?"
    r"(?P<np>(?:[Tt]he\s+)?(?:[\w'\u2019-]+\s+){0,3}?" + _INSTITUTION_HEAD +
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?)(?=\s+[a-z])")


def opened_on_institution(paragraph: str, low: int = 0, high: int | None = None) -> str | None:
    """The words of the last institution a sentence of ``paragraph`` (between ``low`` and ``high``) opens on
    as its subject ("Russia's defence ministry did not confirm ..."), else None."""
    high = len(paragraph) if high is None else high
    found = None
    for match in _OPENING_INSTITUTION.finditer(paragraph, low, high):
        found = match.group("np")
    return found


# "Vitaly Ganchev, the Russian-installed head of the occupied parts of the Kharkiv region, urged ...": the
# role an appositive gives a person, after the name a sentence opens on or a speaker's name, says who
# they are, not what anyone claims ("a teacher from Russian-occupied Melitopol" holds no role)
_ROLE_APPOSITIVE = re.compile(r",\s+(?i:an?|the)\s+[^,;:\"\u201c\u201d]{3,140}?,")
_OPENING_NAME = re.compile(r"(?:(?:In|On|At|Late|Early)\s+[^,.;\"]{1,30},\s+)?" + _NAME)
_ROLE_HEAD = re.compile(r"\b" + _PERSON_HEAD + r"\b")


def role_appositives(sentence: str, name_ends: list[int]) -> list[tuple[int, int]]:
    """Spans of the role appositives after the name ``sentence`` opens on and after the names ending at
    ``name_ends`` (its speakers')."""
    if ", the " not in sentence and ", a" not in sentence and ", The " not in sentence and ", A" not in sentence:
        return []   # every role appositive opens so: most sentences are done here
    opening = _OPENING_NAME.match(sentence)
    spans = []
    for end in sorted({*name_ends, *([opening.end()] if opening is not None else [])}):
        match = _ROLE_APPOSITIVE.match(sentence, end)
        if match is not None and _ROLE_HEAD.search(sentence, end, match.end()) is not None:
            spans.append((end, match.end()))
    return spans
