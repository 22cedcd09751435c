"""Which predicate rules a text can trigger, from the rule stems it contains.

A rule's regex is only run on a sentence holding one of its stems (plain substring
tests, see RULE_STEMS in _rules). Finding the stems of a paragraph is done word by
word: a stem without spaces can only occur inside one run of word characters and
hyphens, and the stems of a run are remembered, so common words cost a dict lookup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._lexicon import word_runs
from ._rule_gates import RULE_STEMS
from ._rules import RULES, Rule

_STEM_RULES: dict[str, frozenset[str]] = {}
for _name, _pattern in RULE_STEMS.items():
    for _stem in _pattern.lower().split("|"):
        _STEM_RULES[_stem] = _STEM_RULES.get(_stem, frozenset()) | {_name}
_ALL_STEMS = tuple(_STEM_RULES)
_STEM_ORDER = {stem: index for index, stem in enumerate(_ALL_STEMS)}

_RUN = re.compile(r"[\w-]+")    # what word_runs cuts a text into
_RUN_STEMS = tuple(stem for stem in _ALL_STEMS if _RUN.fullmatch(stem))
# "won back", "cut off": stems with a space are tested on the whole text
_SPACED_STEMS = tuple(stem for stem in _ALL_STEMS if not _RUN.fullmatch(stem))
# A spaced stem's first word ends where a run ends (a space follows it), so a text holds the stem
# only if one of its runs ends with that word: the runs then name the few spaced stems worth a test.
# A stem whose first word is not one run ("-held up") could not be found that way: always tested.
_SPACED_BY_HEAD = tuple((stem, stem.split(" ", 1)[0]) for stem in _SPACED_STEMS
                        if _RUN.fullmatch(stem.split(" ", 1)[0]))
_SPACED_ALWAYS = tuple(stem for stem in _SPACED_STEMS if not _RUN.fullmatch(stem.split(" ", 1)[0]))
_SPACED_SET = frozenset(_SPACED_STEMS)


@lru_cache(maxsize=65_536)
def _stems_of_run(run: str) -> frozenset[str]:
    """The run's own stems, and the spaced stems whose first word it ends with (still to be tested)."""
    return frozenset([stem for stem in _RUN_STEMS if stem in run] +
                     [stem for stem, head in _SPACED_BY_HEAD if run.endswith(head)])


def stems_in(text: str, among: tuple[str, ...] | None = None, runs: list[str] | None = None) -> tuple[str, ...]:
    """The rule stems that occur in ``text`` (substring tests), checking only ``among`` if given.

    A paragraph's stems are found once (from its word_runs, passed as ``runs`` when known);
    each of its sentences then tests only those.
    """
    lowered = text.lower()
    if among is not None:
        return tuple([stem for stem in among if stem in lowered])
    found = set().union(*map(_stems_of_run, word_runs(lowered) if runs is None else runs))
    # the spaced stems the runs proposed are kept only where the whole text holds them
    proposed = found & _SPACED_SET
    if proposed:
        found.difference_update([stem for stem in proposed if stem not in lowered])
    if _SPACED_ALWAYS:
        found.update([stem for stem in _SPACED_ALWAYS if stem in lowered])
    return tuple(sorted(found, key=_STEM_ORDER.__getitem__))


def candidate_rules(text: str, among: tuple[str, ...] | None = None) -> tuple[Rule, ...]:
    """The rules whose stems occur in ``text``, in priority order."""
    return _rules_for(stems_in(text, among))


@lru_cache(maxsize=4096)
def _rules_for(stems: tuple[str, ...]) -> tuple[Rule, ...]:
    names: set[str] = set()
    for stem in stems:
        names |= _STEM_RULES[stem]
    return tuple(rule for rule in RULES if rule.name in names)
