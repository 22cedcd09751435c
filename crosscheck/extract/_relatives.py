"""The place a relative clause hangs on: "X, which Russia captured", "X, where fighting continues".

A trigger inside a relative clause takes its antecedent as its place ("since Kherson, which it
lost in November"); "which both" takes the whole list before it; a reporting relative ("Toretsk,
which Russia said it had captured") makes its reporter the speaker of the antecedent's state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._places import PLACE_MARK, PlaceRef

if TYPE_CHECKING:
    from ._hits import SentenceView


# "since Kherson, which it lost in November": the place a relative clause's verb takes as object
# "Staromaiorske in Donetsk Oblast, which", "in Toretsk itself, which": the place before its qualifier
_RELATIVE_ANTECEDENT = re.compile(r"(?P<first>\u00a7+)(?:\s+in\s+(?:the\s+)?\u00a7+|\s+itself)?\s*,\s*$")
_RELATIVE_WORD = re.compile(r"^(?:which|that)\s", re.IGNORECASE)
# "Krynky, where fighting continues": only the fighting itself ("X, where Russia captured the plant" takes a
# part of X, not X), so the caller says when "where" may open the clause
_WHERE = re.compile(r"^where\s+(?:(?:heavy|fierce|intense|street)\s+)?$", re.IGNORECASE)
# "Lyman, which Russia captured in May, has lost its residents": the relative clause closed before the
# main verb, which is no longer inside it
_RELATIVE_CLOSED = re.compile(r",\s*(?:(?:has|have|had|is|are|was|were|now|since|also|been|then)\s+)*$", re.IGNORECASE)


def _ref_at_mark(view: SentenceView, mark: int) -> PlaceRef | None:
    """The place whose run of skeleton marks contains ``mark``."""
    start = mark
    while start > 0 and view.skeleton[start - 1] == PLACE_MARK:
        start -= 1
    return next((ref for ref in view.refs if ref.start <= start < ref.end or ref.start == start), None)


def relative_antecedent(view: SentenceView, clause_start: int, left: str, where: bool = False) -> PlaceRef | None:
    """The place a "which"/"that" clause (with ``where``, also a "where" clause) hangs on, when the trigger
    sits in that clause."""
    if not (_RELATIVE_WORD.match(left) or (where and _WHERE.match(left))) or _RELATIVE_CLOSED.search(left):
        return None
    found = _RELATIVE_ANTECEDENT.search(view.skeleton, max(0, clause_start - 60), clause_start)
    if found is None:
        return None
    return _ref_at_mark(view, found.start("first"))


# "which both", "which are all": a relative clause about every item of the list before it
_BOTH_RELATIVE = re.compile(r"^(?:which|that)\s+(?:(?:are|were|have|had)\s+)?(?:both|all)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def relative_antecedents(view: SentenceView, antecedent: PlaceRef, relative: str) -> list[PlaceRef]:
    """``antecedent``, and the places listed before it when the relative clause (``relative``, up to the
    trigger's end) says "both"/"all" ("near Toretsk and Chasiv Yar, which both remain fought over")."""
    chain = [antecedent]
    if _BOTH_RELATIVE.match(relative):
        for ref in reversed([r for r in view.refs if r.end <= antecedent.start and not r.coref]):
            if _LIST_JOIN.fullmatch(view.skeleton, ref.end, chain[0].start) is None:
                break
            chain.insert(0, ref)
    return chain


# "Toretsk, which Russia said it had captured last week": a relative clause that reports, its content a
# clause of its own whose pronoun subject is the reporter and whose object is the antecedent
_REPORTED_RELATIVE = re.compile(r"(?P<first>\u00a7)\u00a7*\s*,\s*(?:which|that)\s+[^,;\u00a7]{2,60}?\s+(?:said|says|claimed|"
                                r"claims|announced|insisted|insists|reported|asserted|declared|stated|maintained|maintains)"
                                r"(?:\s+(?:on\s+\w+|late\s+\w+|earlier|last\s+week|this\s+week))?(?:\s+that)?\s*$", re.IGNORECASE)
# its subject a pronoun for the reporter, or none when passive ("which Moscow said had been liberated")
_REPORTED_SUBJECT = re.compile(r"^\s*(?:(?:it|they|(?:its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|units|army|soldiers))\s+"
                               r"(?:(?:had|has|have|was|were|now|already|fully|finally)\s+)*|(?:(?:had|has|have)\s+"
                               r"(?:(?:now|already|finally)\s+)*been|was|were|is|are)\s+(?:\w+ly\s+)?)$", re.IGNORECASE)


def reported_relative_antecedent(view: SentenceView, clause_start: int, left: str) -> PlaceRef | None:
    """The antecedent of a reporting relative clause ("X, which Russia said it had captured") when the
    trigger is the reported verb and its subject a pronoun for the reporter."""
    if clause_start not in view.starts or not _REPORTED_SUBJECT.match(left):
        return None
    found = _REPORTED_RELATIVE.search(view.skeleton, max(0, clause_start - 90), clause_start)
    if found is None:
        return None
    return _ref_at_mark(view, found.start("first"))
