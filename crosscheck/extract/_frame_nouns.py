"""Reporting frames that a preposition or a noun introduces, not a reporting verb.

"according to X, C" / "C, according to X"; "In his assessment, C" / "In its view, C" (the owner
of the opinion speaks, resolved later like "he" or "it"); and nominal reports: "Moscow's claim that
C", "claims by X that C", "claims from X that C".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._frame_tails import tail_shape
from ._frames import Frame, plausible_speaker
from ._lexicon import CLAIM_NOUNS
from ._speaker_kinds import phrase_kind
from ._speakers import lookup

_I = re.IGNORECASE
# "according to Russian reports", "according to geolocated footage and Ukrainian reporting": evidence the
# outlet weighs, no speaker (a named source joined to it, "Ukrainian officials and satellite images", speaks)
_EVIDENCE_NOUN = r"(?:\w+\s+){0,2}(?:reports?|reporting|footage|imagery|images|videos?|photos|photographs)"
_GENERIC_REPORTS = re.compile(r"^" + _EVIDENCE_NOUN + r"(?:,?\s+(?:and|or)\s+" + _EVIDENCE_NOUN + r")*$", _I)
_POSSESSIVE_S = re.compile(r"['\u2019]s$")
_BARE_DETERMINER = re.compile(r"^(?:the|a|an|these|those|such)$", _I)
_ACCORDING = re.compile(r"\baccording\s+to\s+", _I)
# where a speaker's noun phrase ends: punctuation, a dash, or a word that starts something else
# (a period after a rank or title AP abbreviates, "said Col. Nazar Voloshyn", is inside the phrase)
_TITLE_PERIOD = "".join(f"(?<!\\b{title})" for title in ("Gen", "Col", "Lt", "Maj", "Sgt", "Capt", "Adm", "Brig", "Cmdr",
                                                        "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms")) + r"\."
NP_END = re.compile(r"[,;:!?()\"\u201c\u201d\u00ab\u00bb]|" + _TITLE_PERIOD + r"|\s[-\u2013\u2014]\s|\s+(?:on\s+\w+day|in\s+an?\s+\w+|who|which|"
                    r"that|adding|citing|as\s+saying|after|when|while|because|but|on\s+(?:telegram|twitter|x)\b)",
                    _I)
_NOMINAL = re.compile(
    r"(?P<np>(?:[A-Z][\w'\u2019.-]*\s+){0,4}?[\w'\u2019.-]+['\u2019]s|Russian|Ukrainian|Kremlin|"
    r"Russia|Ukraine)\s+(?:(?:earlier|latest|new|recent|false|unverified|unconfirmed|repeated|previous|official)\s+)?"
    # a headline drops the "that": "Kyiv denies Moscow's claim it captured X"
    r"(?P<noun>" + CLAIM_NOUNS + r")\s+(?:(?P<link>that|of|to\s+have)\s+|(?=(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:[a-z]+ed|took|taken|seized|won|lost|left)\b))"
    # "a claim by Russia's chief of general staff, Valery Gerasimov, that C": the named holder speaks
    r"|(?P<noun3>(?i:" + CLAIM_NOUNS + r"))\s+by\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,6}?,\s+"
    r"(?P<name3>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}),\s+(?:that|to\s+have)\s+"
    r"|(?P<noun2>(?i:" + CLAIM_NOUNS + r"))\s+(?:by|from)\s+(?P<np2>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,5}?)"
    r"\s+(?P<link2>that|of|to\s+have)\s+", )


def according_frames(sentence: str, frames: list[Frame]) -> None:
    for match in _ACCORDING.finditer(sentence):
        end = NP_END.search(sentence, match.end())
        np_end = end.start() if end else len(sentence)
        phrase = sentence[match.end():np_end].strip()
        if not plausible_speaker(phrase) or _GENERIC_REPORTS.match(phrase):
            continue
        np_start = match.end() + (len(sentence[match.end():np_end]) - len(sentence[match.end():np_end].lstrip()))
        before = sentence[:match.start()].rstrip()
        if not before.strip(" \"\u201c") or before.endswith((",", ";", ":")) and not before[:-1].strip():
            content_start = np_end + 1 if np_end < len(sentence) and sentence[np_end] == "," else np_end
            frames.append(Frame(phrase, np_start, np_start + len(phrase), "according to", "say",
                                content_start, len(sentence)))
        elif before.endswith(",") and tail_shape(sentence, np_end, before) == "parenthetical":
            # "Russian troops, according to the governor, have captured X": an insertion inside its content
            frames.append(Frame(phrase, np_start, np_start + len(phrase), "according to", "say", 0,
                                len(sentence), post=True))
        else:
            content_end = len(before.rstrip(","))
            frames.append(Frame(phrase, np_start, np_start + len(phrase), "according to", "say", 0,
                                content_end, post=True))


# "In his assessment, the Russians have taken X" / "In its view, ...": the owner of the opinion
# speaks the clause; the pronoun is resolved like "he" or "it" (see _discourse)
_POSSESSIVE_OPINION = re.compile(r"(?:^|(?<=[;:])\s*|\b(?:but|and)\s+)in\s+(?P<np>his|her|its|their)\s+(?:own\s+)?"
                                 r"(?P<noun>assessment|estimate|estimation|judge?ment|view|opinion|words)\s*,\s*", _I)
_OPINION_ASSESSES = frozenset({"assessment", "estimate", "estimation", "judgement", "judgment"})


def possessive_opinion_frames(sentence: str, frames: list[Frame]) -> None:
    for match in _POSSESSIVE_OPINION.finditer(sentence):
        np_start, np_end = match.span("np")
        noun = match.group("noun").lower()
        frames.append(Frame(match.group("np"), np_start, np_end, "in " + match.group("np") + " " + noun,
                            "assess" if noun in _OPINION_ASSESSES else "say", match.end(), len(sentence)))


_LEADING_TIME = re.compile(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January|"
                           r"February|March|April|June|July|August|September|October|November|December)\s+)+"
                           r"(?=[A-Z])")
# "Claims by X that C are (likely) false": where a nominal report ends because the sentence judges it
JUDGED_FALSE = re.compile(r"\s+(?:is|are|was|were|remains?|remained)\s+(?:(?:likely|probably|almost\s+certainly|"
                          r"most\s+likely)\s+)?(?:(?:completely|entirely|totally|simply|"
                           r"patently|absolutely|utterly)\s+)?(?:false|untrue|fake|baseless|groundless|a\s+lie|lies|"
                           r"not\s+true|disinformation|fabricated|fabrications?)\b", _I)


def nominal_frames(sentence: str, frames: list[Frame]) -> None:
    for match in _NOMINAL.finditer(sentence):
        if match.group("np"):
            np_start, np_end = match.span("np")
            # "rejected on Thursday Russia's announcement": the time word before the owner is no part of it
            timed = _LEADING_TIME.match(match.group("np"))
            np_start += timed.end() if timed is not None else 0
            phrase = _POSSESSIVE_S.sub("", sentence[np_start:np_end])
        elif match.group("name3"):
            np_start, np_end = match.span("name3")
            phrase = match.group("name3")
        else:
            np_start, np_end = match.span("np2")
            phrase = match.group("np2")
            # "claims from some milbloggers that": "from" also opens a source that speaks for nobody
            # ("reports from the front", "reports from Monday")
            if sentence[match.end("noun2"):np_start].strip().lower() == "from" and \
                    phrase_kind(phrase) is None and lookup(phrase).speaker_id is None:
                continue
        if not plausible_speaker(phrase) or _BARE_DETERMINER.match(phrase):
            continue
        if any(f.speaker_start <= np_start < f.speaker_end for f in frames):
            continue
        # "Claims by Kyiv that it took X are false, ... said": the claim ends where the sentence judges it
        judged = JUDGED_FALSE.search(sentence, match.end()) if "false" in sentence or "true" in sentence \
            or "lie" in sentence or "baseless" in sentence or "fake" in sentence else None
        frames.append(Frame(phrase, np_start, np_start + len(phrase), match.group("noun") or match.group("noun2") or match.group("noun3"),
                            "claim", match.end(), judged.start() if judged is not None else len(sentence)))


# "C, a ministry statement read." / "The statement read: C": a document's text; the document
# speaks for whoever issued it (see _speakers.document_owner)
_DOCUMENT_READ = re.compile(r"(?P<np>\b(?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:statement|"
                            r"communiqu[e\u00e9]|message|post|bulletin|notice|release|update|summary|report|"
                            r"announcement|order|decree|caption|note|letter|readout))\s+(?P<verb>read|reads)\b"
                            r"(?P<open>\s*(?::|,?\s*[\"\u201c\u00ab]|,?\s+in\s+part\s*:?))?", _I)
_READ_CLOSES = re.compile(r"\s*(?:,\s*(?:in\s+part|on\s+\w+day)|\s+on\s+\w+day)?\s*[.!?]?[\"\u201d]?\s*$", _I)


def document_read_frames(sentence: str, frames: list[Frame]) -> None:
    for match in _DOCUMENT_READ.finditer(sentence):
        np_start, np_end = match.span("np")
        phrase = match.group("np")
        before = sentence[:np_start].rstrip()
        if match.group("open") and not before.strip(" \"\u201c"):
            frames.append(Frame(phrase, np_start, np_end, match.group("verb"), "say", match.end(), len(sentence)))
        elif before.endswith((",", "\"", "\u201d", "\u00bb")) and _READ_CLOSES.match(sentence, match.end("verb")):
            content_end = len(before.rstrip(",\"\u201d\u00bb").rstrip(" ,."))
            if content_end > 0:
                frames.append(Frame(phrase, np_start, np_end, match.group("verb"), "say", 0, content_end, post=True))


# "DeepState shows most of Pokrovsk as a grey zone", "The DeepState map showed Russian forces in control
# of X", "ISW's map marks X as Russian-held": a map speaks for the project that draws it
_MAP_SHOWS = re.compile(r"(?P<np>(?:\b[Tt]he\s+|\b[Ii]ts\s+|\b[Tt]heir\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,3}?"
                        # "the DeepState analytical project": a named project called by what it is
                        r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:analytical|analysis|monitoring|mapping|open-source|volunteer)\s+)?"
                        r"(?:project|group|team)|"
                        r"[A-Z][\w'\u2019.-]*(?:['\u2019]s\s+(?:(?:latest|updated|own|interactive)\s+)?maps?)?|maps?))"
                        r"\s+(?:now\s+|also\s+)?(?P<verb>shows?|showed|marks?|marked|depicts?|depicted)\s+(?=\S)")
_MAP_SOURCE_KINDS = frozenset({"analyst"})
# "DeepState, a Ukrainian monitoring group that maps the front, shows ...": the project named before
# its appositive
_MAP_SHOWS_APPOSED = re.compile(r"(?P<np>(?<![\w'\u2019-])[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),\s+"
                                r"(?:a|an|the)\s+[^,;:\"\u201c\u201d]{3,120}?,\s+(?:now\s+|also\s+)?"
                                r"(?P<verb>shows?|showed|marks?|marked|depicts?|depicted)\s+(?=\S)")


def map_frames(sentence: str, frames: list[Frame], source_kind: Callable[[str], str | None]) -> None:
    """Frames of maps and mapping projects; ``source_kind`` tells what kind of speaker a phrase names."""
    for match in [*_MAP_SHOWS.finditer(sentence), *(_MAP_SHOWS_APPOSED.finditer(sentence) if ", " in sentence else ())]:
        phrase = match.group("np")
        np_start = match.start("np")
        if any(f.speaker_start <= np_start < f.speaker_end or f.content_start <= np_start < f.content_end
               and not f.post for f in frames):
            continue
        if "map" not in phrase.lower() and source_kind(phrase) not in _MAP_SOURCE_KINDS:
            continue
        before = sentence[:np_start].rstrip()
        if before and not before.endswith((",", ";", ":")) and before.split()[-1].lower() not in ("but", "and", "while"):
            continue
        frames.append(Frame(phrase, np_start, match.end("np"), match.group("verb"), "say", match.end(), len(sentence)))
