"""The rule engine's records: what it reads of a sentence (SentenceView), a trigger match read
with the sentence's own letters (CasedMatch), and what it finds (Hit)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ._lexicon import lower_scan_is_exact
from ._places import PlaceRef


# not frozen (never mutated): built for every trigger match, and a frozen one takes ~5x as long to build
@dataclass(slots=True)
class Hit:
    """One predicate found in a sentence; offsets are relative to the sentence."""

    predicate: str
    rule: str
    start: int
    end: int
    place: PlaceRef | None
    value_rule: str            # side | other | contested: the value is the actor's side or the other
    actor: str | None          # phrase whose side decides the value ("it", "Russian forces")
    fallback: str | None       # speaker | opposite_speaker | Russia: when the actor gives no side
    negated: bool
    modal_hedge: str | None    # "may have"
    outlet_voice: bool = False  # an appositive the outlet adds ("Melitopol, a city Russia has held")
    # yields to another control claim on its place in the sentence: a relative clause's earlier state
    # ("X, which Ukraine had seized last summer"), a building taken inside it ("the council in X")
    background: bool = False


# not frozen (never mutated): built for every sentence, and a frozen one takes ~5x as long to build
@dataclass(slots=True)
class SentenceView:
    """What the rules need to know about one sentence."""

    text: str
    skeleton: str
    refs: Sequence[PlaceRef]
    blocked: Sequence[tuple[int, int]]     # speaker phrases: never triggers
    starts: Sequence[int]                  # clause starts from attribution (content starts)
    topic: PlaceRef | None = None          # "Velyka Novosilka: occupiers pushed out"
    nominal_starts: Sequence[int] = ()     # contents of verbs that take a noun ("announced the capture of")
    stems: tuple[str, ...] | None = None   # rule stems of the paragraph: the sentence need test no others
    # read by every rule check, so computed once here: the skeleton lower-cased, and the same text
    # when a case-sensitive scan of it with a lower_twin pattern finds what IGNORECASE finds (else None)
    lowered: str = field(init=False)
    caseless: str | None = field(init=False)

    def __post_init__(self) -> None:
        self.lowered = self.skeleton.lower()
        self.caseless = self.lowered if lower_scan_is_exact(self.skeleton, self.lowered) else None


class CasedMatch:
    """A match found in lower-cased text, read back with the original letters."""

    __slots__ = ("_raw", "_text")

    def __init__(self, raw: re.Match[str], text: str) -> None:
        self._raw, self._text = raw, text

    def start(self, group: int | str = 0) -> int:
        return self._raw.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._raw.end(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self._raw.span(group)
        return self._text[start:end] if start >= 0 else None

    def present_groups(self) -> dict[str, str]:
        """The named groups that matched some text, with the original letters."""
        found = {}
        for name in self._raw.re.groupindex:
            start, end = self._raw.span(name)
            if end > start:
                found[name] = self._text[start:end]
        return found
