"""Frames of a news agency relaying someone else's words: the one relayed speaks, through the agency.

Shapes: "TASS quoted X as saying C" and "C, TASS quoted X as saying"; "X was quoted by TASS as saying C"
and "C, X was quoted by TASS as saying"; an agency "citing" its source: "C, Interfax reported, citing X",
"Interfax reported, citing X, that C", "TASS, citing X, reported that C", "Citing X, TASS reported C".

The relayed speaker's frame is the narrower one, so its speaker owns the claim; the agency's frame covers
the relayed speaker's phrase, so the agency becomes the claim's ``reported_via``. "Citing" only relays when
an agency cites a speaker: "ISW assessed, citing footage" and "Energoatom said, citing staff" stay with
their subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._frames import Frame, plausible_speaker
from ._speaker_kinds import phrase_kind
from ._speakers import clean_speaker_phrase, lookup

_I = re.IGNORECASE
LeftNp = Callable[[str, "str | None", int, int], "tuple[int, int] | None"]

# "TASS quoted the defence ministry as saying that C": the one quoted says C, through the one quoting
_QUOTED_AS = re.compile(r"\b(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+(?P<np>[^,;:\"\u201c\u201d]{2,80}?)\s+"
                        r"as\s+saying\b[\s,:]*(?:that\b\s*)?", _I)
_QUOTED_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:quoted|cited)\s+by\s+"
                        r"(?P<agency>[^,;:\"\u201c\u201d]{2,60}?)\s+as\s+saying\b[\s,:]*(?:that\b\s*)?", _I)
# nothing but the sentence's closing marks after "as saying" / the cited source: the content came before
_SENTENCE_END = re.compile(r"[\s.!?\"\u201d\u2019)]*$")
_RELAY_VERB = r"(?P<verb>reported|reports|said|says|wrote|writes|added|quoted)"
_TIME = r"(?:\s+(?:on\s+)?(?:(?:early|late)\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?|\s+earlier|\s+later)?"
_CITED = r"(?P<np>[^,;:\"\u201c\u201d()]{2,80}?)"
_CITING_SHAPES = (
    # "C, Interfax reported on Friday, citing the defence ministry."
    re.compile(r",\s*(?P<agency>[^,;:\"\u201c\u201d]{2,60}?)\s+" + _RELAY_VERB + _TIME + r",\s*citing\s+" + _CITED
               + r"(?=[\s.!?\"\u201d\u2019)]*$)", _I),
    # "Interfax reported, citing the defence ministry, that C"
    re.compile(r"^(?P<agency>[^,;:\"\u201c\u201d]{2,60}?)\s+" + _RELAY_VERB + _TIME + r",\s*citing\s+" + _CITED
               + r",\s*(?:that\b\s*)?", _I),
    # "TASS, citing the defence ministry, reported that C"
    re.compile(r"^(?P<agency>[^,;:\"\u201c\u201d]{2,60}?),\s*citing\s+" + _CITED + r",\s*" + _RELAY_VERB + _TIME
               + r"\s*(?:that\b\s*)?", _I),
    # "Citing the defence ministry, TASS reported that C"
    re.compile(r"^citing\s+" + _CITED + r",\s*(?P<agency>[^,;:\"\u201c\u201d]{2,60}?)\s+" + _RELAY_VERB + _TIME
               + r"\s*(?:that\b\s*)?", _I),
)
# agencies and papers the speaker table does not list as outlets
_AGENCY_WORDS = re.compile(r"\b(?:agency|agencies|interfax|reuters|afp|ap|associated\s+press|bloomberg|xinhua|unian|"
                           r"newspaper|broadcaster|izvestia|kommersant|vedomosti|rbc|suspilne|ukrinform|tass|ria)\b", _I)


def relay_frames(sentence: str, lowered: str, exact: str | None, frames: list[Frame], left_np: LeftNp) -> None:
    """Add the frames of every agency relay in ``sentence`` to ``frames`` (replacing frames misread from it)."""
    if "as saying" in lowered:
        _quoted_as_saying(sentence, exact, frames, left_np)
        if " by " in lowered:
            _quoted_by(sentence, exact, frames, left_np)
    if "citing" in lowered:
        _citing(sentence, frames)


def _quoted_as_saying(sentence: str, exact: str | None, frames: list[Frame], left_np: LeftNp) -> None:
    for match in _QUOTED_AS.finditer(sentence):
        phrase = match.group("np")
        if not plausible_speaker(phrase) or any(f.speaker_start <= match.start("np") < f.speaker_end for f in frames):
            continue
        relays = match.group("verb").lower() in ("quoted", "quotes", "cited", "cites")
        left = left_np(sentence, exact, 0, match.start()) if relays else None
        if _SENTENCE_END.match(sentence, match.end()):
            # "C, TASS quoted X as saying.": the content is the clause before the agency
            if left is not None:
                _trailing_pair(sentence, frames, left, match.span("np"), match.group("verb"))
            continue
        frames.append(Frame(phrase, match.start("np"), match.end("np"), "said", "say", match.end(), len(sentence)))
        if left is not None and not any(f.speaker_start == left[0] for f in frames):
            frames.append(Frame(sentence[left[0]:left[1]], left[0], left[1], match.group("verb"), "say",
                                match.start("np"), len(sentence)))


def _quoted_by(sentence: str, exact: str | None, frames: list[Frame], left_np: LeftNp) -> None:
    """"X was quoted by TASS as saying C" (and the trailing "C, X was quoted by TASS as saying")."""
    for match in _QUOTED_BY.finditer(sentence):
        quoted = left_np(sentence, exact, 0, match.start())
        agency = match.span("agency")
        if quoted is None or not plausible_speaker(match.group("agency")):
            continue
        # the passive's agent ("by TASS") was read as a speaker of its own: the relay replaces it
        frames[:] = [f for f in frames if not quoted[0] <= f.speaker_start < match.end()]
        if _SENTENCE_END.match(sentence, match.end()):
            _trailing_pair(sentence, frames, agency, quoted, "quoted")
            continue
        frames.append(Frame(sentence[quoted[0]:quoted[1]], quoted[0], quoted[1], "said", "say", match.end(),
                            len(sentence)))
        frames.append(Frame(match.group("agency"), agency[0], agency[1], "quoted", "say", quoted[0], len(sentence)))


def _citing(sentence: str, frames: list[Frame]) -> None:
    for shape_index, shape in enumerate(_CITING_SHAPES):
        for match in shape.finditer(sentence):
            agency, cited = match.span("agency"), match.span("np")
            agency_phrase = sentence[agency[0]:agency[1]]
            if not _is_agency(agency_phrase) or not _is_source(match.group("np")):
                continue
            if shape_index == 0:
                agency = (agency[0] + len(agency_phrase) - len(agency_phrase.lstrip()), agency[1])
                frames[:] = [f for f in frames if not agency[0] <= f.speaker_start < match.end()]
                _trailing_pair(sentence, frames, agency, cited, match.group("verb"))
                continue
            frames[:] = [f for f in frames if not f.speaker_start < match.end()]
            frames.append(Frame(match.group("np"), cited[0], cited[1], "said", "say", match.end(), len(sentence)))
            frames.append(Frame(agency_phrase, agency[0], agency[1], match.group("verb"), "say",
                                min(cited[0], match.end()), len(sentence)))
            return


def _trailing_pair(sentence: str, frames: list[Frame], agency: tuple[int, int], source: tuple[int, int],
                   verb: str) -> None:
    """"C, TASS quoted X as saying": X says C (the clause before the agency), relayed by the agency."""
    first = min(agency[0], source[0])
    content_start = max([f.speaker_end for f in frames if f.post and f.speaker_end <= first] + [0])
    content_end = len(sentence[:first].rstrip().rstrip(",").rstrip())
    if content_end <= content_start:
        return
    frames.append(Frame(sentence[source[0]:source[1]], source[0], source[1], "said", "say", content_start,
                        content_end, post=True))
    # the agency's content reaches over the source's phrase, so the source's frame nests inside it
    frames.append(Frame(sentence[agency[0]:agency[1]], agency[0], agency[1], verb, "say", content_start,
                        max(source[1], agency[1]), post=True))


def _is_agency(phrase: str) -> bool:
    return bool(_AGENCY_WORDS.search(phrase)) or lookup(clean_speaker_phrase(phrase)).kind == "outlet"


def _is_source(phrase: str) -> bool:
    """A speaker an agency may cite: a known one, a person or a body ("a source in the ministry", "the ministry").

    Not an unnamed crowd ("citing sources", "citing residents"): the agency vouches for what they say."""
    if not plausible_speaker(phrase):
        return False
    cleaned = clean_speaker_phrase(phrase)
    return lookup(cleaned).speaker_id is not None or phrase_kind(cleaned) in ("person", "body")
