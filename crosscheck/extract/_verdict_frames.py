"""A sentence that is one speaker's verdict on the report before it: "Kyiv called the claim a lie."

"called", "branded", "labelled" and "described" report nothing by themselves, so such a sentence had no
frame and its speaker judged nothing. With its object only pointing back (the claim, the report, it) and
a word of falsehood after it, the sentence is that speaker's denial; _judged_before then gives it the
opposite of each control claim of the sentence before.
"""

from __future__ import annotations

import re

from ._frames import Frame, plausible_speaker
from ._lexicon import contains_any

_I = re.IGNORECASE
# what such a verdict calls the report: shared with _judged_before, which reads the frame's content
VERDICT_TAIL = (r"(?:as\s+)?(?:(?:an?|pure|mere|complete|total|blatant|outright|another|more)\s+)*"
                r"(?:[\w'\u2019-]+\s+)?(?:false|untrue|baseless|groundless|fake|fabricat(?:ed|ions?)|lies|a\s+lie|lie|"
                r"propaganda|disinformation|misinformation|nonsense|fiction|fantasy)")
_VERDICT = re.compile(
    r"(?:(?:but|and|however|meanwhile|in\s+response)\s*,?\s+)?"
    r"(?P<np>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,6}?)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:quickly|swiftly|flatly|promptly|later|immediately|publicly)\s+)?"
    r"(?P<verb>called|calls|branded|brands|labell?ed|labels|described|describes|termed|terms)\s+"
    r"(?=(?:it|this|that|them|(?:the|that|this|those|these|such)\s+(?:[\w-]+\s+)?(?:claims?|reports?|statements?|"
    r"announcements?|assertions?|allegations?))\s+" + VERDICT_TAIL + r"\b[^,;:]{0,40}?[.!]?\s*$)", _I)
_HINTS = ("call", "brand", "label", "describ", "term")
_WORDS = ("false", "untrue", "baseless", "groundless", "fake", "fabricat", "lie", "propaganda", "disinformation",
          "misinformation", "nonsense", "fiction", "fantasy")


def verdict_frame(sentence: str, lowered: str, frames: list[Frame]) -> None:
    """Add the denial frame of a sentence that only calls the report before it false (see the module)."""
    if frames or not contains_any(lowered, _HINTS) or not contains_any(lowered, _WORDS):
        return
    match = _VERDICT.match(sentence)
    if match is None or not plausible_speaker(match.group("np")):
        return
    start, end = match.span("np")
    frames.append(Frame(match.group("np"), start, end, match.group("verb"), "deny", match.end(), len(sentence),
                        post=False, relay=False))
