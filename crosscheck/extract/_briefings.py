"""Which body an article's opening paragraph hands its text to: a military summary's issuer.

"The Russian Ministry of Defence has published its daily summary ..." or a document heading
("Operational update from the General Staff ...") gives the body the whole text; "..., the General Staff said in its morning report" gives it the paragraphs that read as
the summary's items ("In the Toretsk direction, ...", "Units of the Yug group ...").
"""

from __future__ import annotations

import re

from ._speaker_kinds import phrase_kind
from ._speakers import SpeakerInfo, clean_speaker_phrase, lookup


# "The Russian Ministry of Defence has issued its daily summary ...": the paragraphs after it
# are the body's own text
_ISSUES = re.compile(r"(?:^|[.!?]\s+)(?P<np>(?:the\s+)?[A-Z][^.;:!?\"\u201c\u201d]{2,80}?)\s+(?:has\s+|have\s+)?"
                     r"(?:issued|published|released|presented|circulated|distributed|put\s+out)\s+"
                     r"(?:its|their|a|the|an)\s+(?:(?:daily|latest|regular|weekly|morning|evening|nightly|"
                     r"operational|official|routine|new|updated|usual)\s+)*(?:summary|report|briefing|statement|"
                     r"update|bulletin|communiqu[e\u00e9])\b")
_BRIEFING_KINDS = frozenset({"military", "government"})
_ISSUE_HINTS = ("issued", "published", "released", "presented", "circulated", "distributed", "put out")


# "Operational information as of 18:00 on 30.08.2023 ..., from the General Staff of the Armed Forces of
# Ukraine." / "Daily update from the Russian Ministry of Defence": an opening that is the heading of a
# body's document gives it the text (the digits of a date or time may hold dots)
_DOCUMENT_HEADING = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?i:information|update|summary|report|briefing|bulletin)\b"
                               r"(?:[^.;!?\"\u201c\u201d]|\.(?=\d)){0,140}?(?:,\s*|\s+)(?:from|by|of)\s+"
                               r"(?P<np>the\s+[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|the|and|for)\s+)*(?:[A-Z][\w'\u2019-]*|"
                               r"defen[cs]e|ministry|general|staff|armed|forces))*)"
                               r"(?:,?\s+(?:on|regarding|about|as\s+of|for)\b(?:[^.;!?\"]|\.(?=\d)){0,120})?\s*[.:]?\s*$")
_HEADING_LINKS = (" from the ", " by the ", " of the ")
# "Latest UK Defence Intelligence update on the situation in Ukraine - 8 July 2024.": a heading that
# names its issuer before the document noun; the issuer's own assessment, so an analyst body counts too
_NAMED_HEADING = re.compile(r"\s*(?:(?:the\s+)?(?i:latest|daily|new|regular|weekly)\s+)?"
                            r"(?P<np>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,5})\s+(?i:intelligence\s+)?"
                            r"(?i:update|summary|briefing|bulletin|assessment)\s+(?i:on|regarding|about|for)\s+"
                            r"[^.;!?\"\u201c\u201d]{1,100}?(?:\s+[-\u2013\u2014]\s+[\w ,]{1,30})?\s*[.:]?\s*$")


# "..., the General Staff of the Armed Forces of Ukraine said in its morning report on Tuesday.": the
# body speaks the summary items after it (see summary_item)
_IN_ITS_REPORT = re.compile(r"(?:^|[,.!?]\s+)(?P<np>(?:the\s+)?[A-Z][^.;:!?,\"\u201c\u201d]{2,80}?)\s+(?:said|reported|stated|"
                            r"announced|wrote)\s+(?:on\s+\w+\s+)?in\s+its\s+(?:(?:daily|latest|regular|morning|evening|"
                            r"nightly|operational|official|routine|usual)\s+)*(?:summary|report|briefing|update|bulletin)\b")
# the items of such a summary: "In the Pokrovsk direction, ...", "Units of the Yug group ...", "Over the past day, ...",
# and a numbered paragraph of an intelligence update ("3. In the north-east, ...")
_SUMMARY_ITEM = re.compile(r"\s*(?:\d{1,2}\.\s+(?=[A-Z])|(?:In|On)\s+the\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}\s+(?:direction|sector|axis)s?\b|"
                           r"Units\s+of\s+the\b|(?:Over|During)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b)")


def summary_item(paragraph: str) -> bool:
    """Whether a paragraph opens as an item of a military summary ("In the Toretsk direction, ...")."""
    return _SUMMARY_ITEM.match(paragraph) is not None


def briefing_body(paragraph: str) -> tuple[SpeakerInfo, bool] | None:
    """The named body an opening paragraph says issued a summary or statement, if any, and whether
    the whole text is its summary (True) or only the paragraphs that read as its items (False)."""
    if " in its " in paragraph:
        reported = _IN_ITS_REPORT.search(paragraph)
        info = _briefing_info(reported.group("np")) if reported is not None else None
        if info is not None:
            return info, False
    if len(paragraph) < 300 and any(link in paragraph for link in _HEADING_LINKS):
        heading = _DOCUMENT_HEADING.match(paragraph)
        info = _briefing_info(heading.group("np")) if heading is not None else None
        if info is not None:
            return info, True
    if len(paragraph) < 200:
        named = _NAMED_HEADING.match(paragraph)
        info = _briefing_info(named.group("np"), analyst_ok=True) if named is not None else None
        if info is not None:
            return info, True
    if not any(hint in paragraph for hint in _ISSUE_HINTS):
        return None
    found = _ISSUES.search(paragraph)
    if found is None:
        return None
    info = _briefing_info(found.group("np"))
    return (info, True) if info is not None else None


def _briefing_info(np: str, analyst_ok: bool = False) -> SpeakerInfo | None:
    phrase = clean_speaker_phrase(np)
    info = lookup(phrase)
    # a military or government body, not an outlet or think tank publishing its own analysis (unless the
    # heading names it as the document's issuer)
    if info.kind not in _BRIEFING_KINDS and not (analyst_ok and info.kind == "analyst") and not (info.kind is None and info.side in ("Russia", "Ukraine")
                                                  and phrase_kind(phrase) == "body"):
        return None
    return info
