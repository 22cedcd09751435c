"""A clause that leaves its place unsaid, and a second speaker's such clause completed with the first one's place.

Wire leads pair two sides' statements in one sentence and name the place once: "Russia said it had taken
Toretsk, but Ukraine's military said fighting continued"; "...; Kyiv said it had withdrawn its
forces". The patterns here find where the place was left out (a fighting verb with no locative, a retreat
with no source); _topic uses them too, for a headline's clause and for the article's topic place.
"""

from __future__ import annotations

import re
from typing import Sequence

from ._frames import Frame
from ._places import PlaceRef

# "...; Ukraine says fighting goes on": a clause whose locative is left implicit
ELIDED_LOCATIVE = re.compile(
    r"\b(?:fighting|battles?|clashes|combat)\s+(?:(?:is|are|was|were|still|now)\s+)*"
    r"(?:goes\s+on|go\s+on|going\s+on|went\s+on|continues|continued|continue|continuing|rages|raged|raging|ongoing|"
    r"under\s*way|persists|persisted)"
    r"\s*[.!]?\s*$", re.IGNORECASE)

# when a retreat happened, and "... withdrew on Saturday to avoid encirclement": its purpose, then the end
_WHEN = r"(?:on|last|this|late\s+on|early\s+on)\s+\w+|overnight|earlier|yesterday|today"
_PURPOSE_AND_END = (r"(?:,?\s+(?:in\s+order\s+)?to\s+(?:avoid|save|prevent|preserve|escape|protect)\b[^.;:!?]{0,60})?"
                    r"\s*[.!]?\s*$")

# "... confirmed that their troops had withdrawn." / "... had been driven out several days earlier.":
# a retreat whose source is left implicit, at the very end of a sentence naming no place
_ELIDED_SOURCE = re.compile(
    r"\b(?:troops|forces|units|soldiers|defenders|garrison|fighters|servicemen|men)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<verb>withdr[ae]w(?:n)?|pulled\s+out|(?:been\s+)?(?:driven|pushed|forced|kicked)\s+out|retreated|fell\s+back)"
    r"(?:\s+(?:(?:several|a\s+few|two|three|four|five|\d+)\s+(?:days|weeks|hours)\s+(?:earlier|ago|before)|"
    + _WHEN + r"))?" + _PURPOSE_AND_END, re.IGNORECASE)
# the same retreat with its troops as the object: "Kyiv said it had withdrawn its forces", "had pulled its troops out"
_ELIDED_SOURCE_OBJECT = re.compile(
    r"\b(?:withdr[ae]wn?|withdrawing|pulled|pulling)\s+(?:all\s+)?(?:its|their|our|the)\s+(?:remaining\s+|last\s+)?"
    r"(?P<noun>troops|forces|units|soldiers|defenders|garrison|fighters|servicemen)(?P<out>\s+out)?"
    r"(?:\s+(?:" + _WHEN + r"))?" + _PURPOSE_AND_END, re.IGNORECASE)
SOURCE_HINTS = ("withdr", " out", "retreat", "fell back", "pull")


def elided_source(text: str, start: int) -> tuple[int, str] | None:
    """Where a retreat after ``start`` that names no source takes it, and with which preposition."""
    found = _ELIDED_SOURCE.search(text, start)
    if found is not None:
        return found.end("verb"), "from"
    found = _ELIDED_SOURCE_OBJECT.search(text, start)
    if found is None:
        return None
    if found.group("out"):
        return found.end("out"), "of"
    return found.end("noun"), "from"


def with_second_voice_place(text: str, frames: Sequence[Frame], refs: Sequence[PlaceRef],
                            claimed: Sequence[PlaceRef]) -> tuple[str, list[PlaceRef], int | None] | None:
    """A second speaker's clause whose place is left implicit, completed with the one place the
    sentence's earlier speaker claimed.

    "Russia said it had taken Toretsk, but Ukraine's military said fighting continued" is read as
    "... fighting continued in Toretsk"; "...; Ukraine's army said its garrison had pulled out to
    preserve lives" as "... pulled out from Vuhledar ..."; "..., while Kyiv said it had withdrawn its
    forces" as "... its forces from Avdiivka". The clause must be the content of the
    sentence's last frame, run to its end and name no settlement; its speaker differs from the one
    whose claim gives the place. Returns the completed text, its places and where words were
    inserted inside it (None: at its end).
    """
    places = {ref.place.place_id: ref for ref in claimed if ref.place is not None and ref.is_settlement()}
    if len(places) != 1 or len(frames) < 2:
        return None
    last = max(frames, key=lambda f: f.content_start)
    if last.post or last.content_end < len(text.rstrip(" .!\"\u201d")) or \
            not any(f.speaker != last.speaker and f.speaker_start < last.speaker_start for f in frames):
        return None
    place = next(iter(places.values()))
    if any(r.start >= last.content_start and r.place is not None and r.is_settlement() for r in refs) or \
            not any(r.start < last.speaker_start and r.place is not None and r.place.place_id == place.place.place_id
                    for r in refs):
        return None
    locative = ELIDED_LOCATIVE.search(text, last.content_start)
    if locative is not None:
        body = text[:locative.end()].rstrip(" .!")
        completed = body + " in " + place.as_written
        added = PlaceRef(len(body) + 4, len(completed), place.as_written, place.place, coref=True)
        return completed + text[len(body):], [*refs, added], None
    source = elided_source(text, last.content_start) if any(h in text for h in SOURCE_HINTS) else None
    if source is None:
        return None
    at, preposition = source
    added_text = " " + preposition + " " + place.as_written
    added = PlaceRef(at + len(preposition) + 2, at + len(added_text), place.as_written, place.place, coref=True)
    return text[:at] + added_text + text[at:], [*refs, added], at
