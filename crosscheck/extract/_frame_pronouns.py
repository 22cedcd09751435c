"""A pronoun as the speaker of a reporting verb: "it said", "but he added", "and earlier this week it reported".

"it"/"he" is taken as a speaker only where an antecedent is at hand: an earlier frame of the same
sentence, a quote or clause closing right before it, or an opening "It said ..." that carries a
body's statement over from an earlier sentence (the article's reader finds what "it" refers to).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "earlier this week", "later on Friday", "on Monday": a time adjunct between a conjunction and its pronoun
_TIME = (r"(?:(?:earlier|later)(?:\s+(?:this|that|last|in\s+the)\s+(?:week|month|day|morning|evening|year)|"
         r"\s+on\s+\w+day)?|on\s+\w+day|(?:this|last)\s+(?:week|month))")
# '"C," it said' / 'C, they said': a quote or clause closing right before the pronoun gives it its content
_QUOTE_BEFORE_PRONOUN = re.compile("(?:[,.!?\u2026][\"\u201d\u00bb]|[\\w)],)\\s*(?:it|they)\\s+$", _I)
# "It said Russian units had also taken X." / "But it added that ..." / "Later on Friday he said ..."
_OPENING_IT = re.compile(r"\s*(?:(?:but|and|however|meanwhile|separately|later|earlier),?\s+)?(?:" + _TIME + r",?\s+)?(?:it|he|she)"
                         r"(?:\s+(?:also|later|then|still|has|have|had))*\s+$", _I)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|[,.!?\u2026][\"\u201d\u00bb]\s*|\b(?:but|and|though|although|while)\s+)"
                              r"(?:" + _TIME + r",?\s+)?(?P<np>it|they|he|she)"
                              r"(?:\s+(?:also|later|then|still|has|have|had))*\s+$", _I)


def pronoun_may_speak(sentence: str, floor: int, verb_start: int, has_frames: bool) -> bool:
    """Whether a pronoun right before the verb at ``verb_start`` may be read as its speaker."""
    return has_frames or _QUOTE_BEFORE_PRONOUN.search(sentence, floor, verb_start) is not None \
        or _OPENING_IT.match(sentence, 0, verb_start) is not None


def pronoun_np(sentence: str, floor: int, verb_start: int) -> tuple[int, int] | None:
    """"it"/"he" as a speaker, only once an earlier frame of the sentence gives it an antecedent."""
    found = _PRONOUN_SUBJECT.search(sentence, floor, verb_start)
    return (found.start("np"), found.end("np")) if found is not None else None
