"""The labels a desk puts before a headline or a paragraph, which are no speaker.

A wire service's version slug glued to a headline ("UPDATE 2-Russia says it captured X", "WRAPUP 1-...",
"CORRECTED-...") would read as part of the speaker ("UPDATE 2-Russia"): ``without_slugs`` puts spaces of
the same length in its place, so claims found in the text point at the same characters of the text as
written (sentences are trimmed of the spaces). A genre's or a desk's label before a colon ("Russia-Ukraine
war live:", "Key points:", "Campaign assessment, 2 April:", "1650 GMT:") is matched by ``DESK_LABEL``:
the outlet speaks after it.
"""

from __future__ import annotations

import re

# at a line's start: an upper-case slug, an optional version number, then a hyphen or a colon
_SLUG = re.compile(r"(?m)^[ \t]*(?:UPDATE|WRAPUP|WRAP|RPT|REPEAT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|"
                   r"FACTBOX|INSIGHT|BREAKINGVIEWS|FOCUS|PREVIEW|TIMELINE|EXPLAINER|URGENT|FLASH|BREAKING|"
                   r"NEWSMAKER|SPECIAL\s+REPORT)(?:\s+\d{1,2})?\s*(?:-|:\s)(?=\S)")


def without_slugs(text: str) -> str:
    """``text`` with each line's opening wire slug replaced by as many spaces."""
    if "-" not in text and ":" not in text:
        return text
    return _SLUG.sub(lambda m: " " * len(m.group(0)), text)


# a clock time as live blogs stamp their entries ("1650", "09:05", "16.50") and the zones written after it;
# _speaker_intros reads the same stamp before a sentence
CLOCK = r"\d{1,2}[:.]?\d{2}"
CLOCK_ZONES = r"GMT|BST|CET|EET|EEST|UTC|[ap]\.?m\.?"

# "Russia-Ukraine war live:", "Key points:", "Campaign assessment, 2 April:", "Daily briefing, Day 412:": a
# desk's or a genre's label, after which the outlet speaks. A live blog's or an explainer's label may follow
# its topic; a document's label ("briefing", "update") only a genre's words, for "Ministry update:" speaks
_LABEL_DATE = (r"(?:,?\s+(?:(?i:day|week|update|no\.?)\s+\d+|\d{1,3}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}"
               r"(?:,\s+\d{4})?|\d{4}))?")
DESK_LABEL = re.compile(
    r"(?i:(?:[\w'\u2019-]+\s+){0,4}?(?:live(?:\s+(?:updates?|blog|coverage))?|as\s+it\s+happened|explained|"
    r"in\s+(?:pictures|maps|charts|numbers)|what\s+we\s+know(?:\s+so\s+far)?)"
    r"|(?:(?:daily|morning|evening|weekly|situation|campaign|battlefield|front-?line|war|key|latest|quick|"
    r"the|our|intelligence)\s+){0,2}(?:assessment|analysis|update|updates|briefing|summary|digest|recap|"
    r"round-?up|timeline|points|takeaways|bottom\s+line|in\s+brief|at\s+a\s+glance|latest|explainer|"
    r"factbox|fact\s+check|opinion|comment|context|background))" + _LABEL_DATE +
    # a live blog's time stamp: "1650 GMT:", "09:05 Kyiv time:"
    r"$|" + CLOCK + r"(?:\s*(?:" + CLOCK_ZONES + r"|(?:Kyiv|Moscow|local)\s+time))?$")
