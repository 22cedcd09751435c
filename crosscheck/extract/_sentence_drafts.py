"""One analysed sentence of an article to its claim drafts: trigger hits, frames, quote speakers.

A ``Sentence`` carries its span, its attribution frames and the speakers they resolved to;
``sentence_drafts`` runs the predicate rules over it and attributes each hit to a frame, the
speaker of the quote it stands in, or the paragraph's unattributed voice. ``headline_side``
reads which side a headline's unsided institution speaks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from ._attribution import Frame
from ._claims import Attributed, Draft, drafts_for_sentence
from ._context import PRESUPPOSED
from ._frames import without_inserted_attribution
from ._places import PlaceRef, skeleton
from ._predicates import SentenceView, find_hits
from ._sentences import ends_as_question, quoted_sentence_starts, without_fragment_quotes
from ._speakers import SpeakerInfo
from ._topic import capital_speaks

# a headline opening on a country as the actor: "Russia retakes ...", "Ukrainian forces recapture ..."
_COUNTRY_SUBJECT = re.compile(r"^\s*(Russia|Ukraine|Russian|Ukrainian)(?:\s+(?:forces|troops|army|military))?\s+"
                              r"(?!(?:says?|said|claims?|claimed|denies|denied)\b)[a-z]")
_TOPIC = re.compile("^\u00a7+\\s*:\\s")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    headline: bool
    frames: list[Frame]
    speakers: list[SpeakerInfo] = field(default_factory=list)


def sentence_drafts(sentence: Sentence, refs: list[PlaceRef], regions: list[tuple[int, int]],
                    region_speakers: list[SpeakerInfo | None], stems: tuple[str, ...],
                    unattributed: SpeakerInfo, published_at: datetime) -> list[Draft]:
    """The drafts of ``sentence``; ``regions`` are the field's quote spans, ``region_speakers`` their
    speakers, ``unattributed`` the voice of claims no frame or quote gives a speaker."""
    if ends_as_question(sentence.text):
        return []
    frames = sentence.frames
    topic = None
    text = without_fragment_quotes(without_inserted_attribution(sentence.text, frames))
    skel = skeleton(text, refs)
    if sentence.headline and _TOPIC.match(skel) and not capital_speaks(refs[0]):
        topic = refs[0]
        keep = [i for i, f in enumerate(frames) if f.speaker_start != 0 or f.verb != ":"]
        # the kept frames' parents are indices into the full list: renumber them (a stale index
        # can point a frame at itself, and the walk up its parents would never end)
        renumbered = {old: new for new, old in enumerate(keep)}
        frames = [replace(frames[i], parent=renumbered.get(frames[i].parent)) for i in keep]
        speakers = [sentence.speakers[i] for i in keep]
    else:
        speakers = sentence.speakers
    # a later sentence of a quote starts a clause, as a frame's content does
    view = SentenceView(text, skel, refs, [(f.speaker_start, f.speaker_end) for f in frames],
                        [f.content_start for f in frames] + quoted_sentence_starts(sentence.text), topic,
                        [f.content_start for f in frames if f.takes_nominal_object], stems)
    hits = find_hits(view)
    if not hits:
        return []
    quote_speaker = None
    in_quote = []
    for number, hit in enumerate(hits):
        absolute = sentence.start + hit.start
        region_index = next((i for i, (a, b) in enumerate(regions) if a <= absolute < b), None)
        in_quote.append(region_index is not None)
        if region_index is not None and quote_speaker is None:
            quote_speaker = region_speakers[region_index]
        if region_index is None and frames and not hit.outlet_voice and hit.rule in PRESUPPOSED and \
                _in_place_appositive(text, hit.start, refs):
            hits[number] = replace(hit, outlet_voice=True)
    attributed = [Attributed(f, s) for f, s in zip(frames, speakers)]
    return drafts_for_sentence(sentence.text, hits, attributed, quote_speaker, unattributed, published_at, in_quote)


# ", a step toward the occupied hub of Tokmak": an appositive after a place, up to the presupposition
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the)\s+[^,;:\"\u201c\u201d()]{0,60}$", re.IGNORECASE)


def _in_place_appositive(text: str, start: int, refs: list[PlaceRef]) -> bool:
    """Whether ``start`` lies in an appositive right after a place ("Robotyne, a step toward the occupied
    hub of Tokmak"): the writer's gloss on the place, not the reported speaker's words."""
    opening = _APPOSITIVE_OPENING.search(text, max(0, start - 64), start)
    if opening is None:
        return False
    comma = opening.start()
    return any(r.end == comma and r.place is not None for r in refs)


def headline_side(headline: str, drafts: list[Draft]) -> str | None:
    """"Russia retakes Sudzha - defence ministry": an unsided institution crediting its own
    country with a gain speaks for that country, so its "its troops" later in the story read so."""
    for draft in drafts:
        speaker = draft.speaker
        if draft.predicate != "controls" or speaker.phrase is None or speaker.reading_side is not None:
            continue
        subject = _COUNTRY_SUBJECT.match(headline)
        if subject is not None and subject.group(1).lower().startswith(draft.value.lower()[:5]):
            return draft.value
    return None
