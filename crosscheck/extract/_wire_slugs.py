"""Blank a wire service's slug before a headline ("UPDATE 2-", "EXCLUSIVE-", "RPT-"), keeping every offset.

Agencies prefix a story's headline with the kind of version it is ("UPDATE 2-Russia says it captured X",
"WRAPUP 1-...", "CORRECTED-..."). Glued to the first word by a hyphen, the slug would read as part of the
speaker ("UPDATE 2-Russia"). Spaces of the same length take its place, so claims found in the text point
at the same characters of the text as written (sentences are trimmed of the spaces).
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
