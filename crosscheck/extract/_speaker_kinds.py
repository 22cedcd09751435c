"""What kind of speaker a phrase names: one person, a group of people, or a body.

A pronoun or a description refers back only to a speaker of its own kind (see _discourse): "he"
to a person ("Serhiy Cherevatyi", "a spokesman for the Eastern group"), "they" to a group or a body
("military bloggers", "the General Staff"), "it" to a body ("the ministry", "the 47th brigade").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._speakers import SpeakerInfo

# heads naming one human: "a spokesman for the Eastern group", "the deputy defence minister"
PERSON_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "governor", "commander", "chief", "head",
    "president", "mayor", "leader", "official", "adviser", "advisor", "general", "colonel", "captain", "major",
    "lieutenant", "sergeant", "officer", "soldier", "blogger", "milblogger", "correspondent", "aide", "secretary",
    "deputy", "representative", "ombudsman", "envoy", "ambassador", "prosecutor", "director", "chairman",
    "premier", "founder", "owner", "source", "serviceman", "volunteer", "resident", "marine", "pilot",
    "commander-in-chief", "chief-of-staff", "journalist", "reporter", "analyst", "expert", "administrator",
})
_GROUP_HEADS = frozenset({
    "officials", "bloggers", "milbloggers", "sources", "soldiers", "residents", "analysts", "experts",
    "commanders", "authorities", "correspondents", "volunteers", "troops", "forces", "officers",
})
_BODY_HEADS = frozenset({
    "ministry", "staff", "command", "group", "forces", "army", "military", "administration", "government",
    "service", "office", "council", "agency", "institute", "brigade", "battalion", "regiment", "division",
    "corps", "directorate", "kremlin", "headquarters", "department", "committee", "company", "operator",
    "mission", "force", "guard", "navy", "fleet", "intelligence", "centre", "center", "presidency",
})
_BODY_KINDS = frozenset({"military", "government", "outlet", "international", "analyst", "armed_group"})
PERSON_KIND = "official"
ROLE_TAIL = re.compile(r"\s+(?:of|for|in|at|from|on|with)\s.*$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _role_headed(phrase: str) -> bool:
    """Whether the phrase's head, before any "of"/"for"/"with" tail, is a person's role noun."""
    tokens = ROLE_TAIL.sub("", phrase.strip()).split()
    return bool(tokens) and tokens[-1].lower().strip(".,'\u2019") in PERSON_HEADS


def speaker_kind(info: SpeakerInfo, phrase: str) -> str | None:
    """"person", "group" or "body" for a resolved speaker; None when the phrase does not tell.

    A phrase headed by a person's role ("a commander in the 92nd brigade") names a person even
    when it resolves to the body it serves."""
    if info.kind == PERSON_KIND or _role_headed(phrase):
        return "person"
    if info.kind in _BODY_KINDS:
        return "body"
    return phrase_kind(phrase)


@lru_cache(maxsize=8192)
def phrase_kind(phrase: str) -> str | None:
    """The kind of speaker an unresolved phrase names, from its head noun or a personal name."""
    core = ROLE_TAIL.sub("", phrase.strip())
    tokens = core.split()
    if not tokens:
        return None
    head = tokens[-1].lower().strip(".,'\u2019")
    if head in PERSON_HEADS:
        return "person"
    if head in _GROUP_HEADS:
        return "group"
    if head in _BODY_HEADS or head.endswith(("ministry", "ministries")):
        return "body"
    capitalised = [t for t in tokens if t[:1].isupper()]
    if len(capitalised) >= 2 and tokens[-1][:1].isupper() and \
            not any(t.lower().strip("'\u2019s") in _BODY_HEADS for t in tokens):
        return "person"
    return None
