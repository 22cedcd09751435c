"""A sentence that only judges the one before: "Pushilin said Russian forces had taken X. Kyiv denied the claim."

Wire copy often gives the other side's answer as a sentence of its own whose object points back ("denied
that claim", "rejected the report", "confirmed it"). It names no place, so it has no claim of its own;
the claims it judges are the control claims of the sentence before, each said by someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ._actors import opposite
from ._attribution import Frame
from ._claims import Draft, place_key
from ._dates import assertion_time
from ._speakers import SpeakerInfo
from ._verdict_frames import VERDICT_TAIL

# the whole content of a judging frame: "that claim", "the report", "it", "those claims" (the frame
# may have taken a leading "that" as its complementiser, leaving "claim")
_ONLY_POINTS_BACK = re.compile(
    r"\s*(?:(?:it|this|that|these|those|such)\s*|(?:(?:the|that|this|these|those|such|any\s+such|both)\s+)?"
    r"(?:(?:Russian|Ukrainian|Moscow['\u2019]s|Kyiv['\u2019]s|its|their|his|her)\s+)?"
    r"(?:claims?|reports?|statements?|announcements?|assertions?|allegations?|version)\s*)"
    r"(?:\s+" + VERDICT_TAIL + r")?"
    r"(?:\s*,?\s*(?:on\s+\w+day|\w+day|late\s+\w+day|later|again|too|as\s+well))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_JUDGING_KINDS = frozenset({"deny", "confirm"})


def judged_before(text: str, frames: list[Frame], speakers: list[SpeakerInfo], before: list[Draft],
                  published_at: datetime) -> list[Draft]:
    """Claims of the speakers in ``text`` who only deny or confirm the claims ``before`` (the
    sentence before's control claims): the opposite value for a denial, the same for a confirmation."""
    if not before:
        return []
    judged: list[Draft] = []
    for frame, speaker in zip(frames, speakers):
        if frame.kind not in _JUDGING_KINDS or frame.post \
                or _ONLY_POINTS_BACK.fullmatch(text, _demonstrative_start(text, frame), frame.content_end) is None:
            continue
        for draft in before:
            if draft.predicate != "controls" or _same_speaker(draft.speaker, speaker):
                continue
            value = draft.value if frame.kind == "confirm" else opposite(draft.value)
            if value is None:
                continue    # a denial that a place is contested says nothing of who holds it
            judged.append(replace(draft, speaker=speaker, value=value, hedges=(),
                                  asserted_at=assertion_time(text, published_at), reported_via=None, state=False))
    return judged


def _demonstrative_start(text: str, frame: Frame) -> int:
    """Where a judging frame's object starts: "denied that on Tuesday" lost its "that" to the frame's
    filler, which took it for a complementiser."""
    lead = text[:frame.content_start].rstrip()
    return len(lead) - 4 if lead[-5:].lower() in (" that", ",that") else frame.content_start


def denials_taken_back(judgements: list[tuple[Draft, object]], drafts: list[Draft]) -> list[object]:
    """Records of denials in ``judgements`` that the next sentence's ``drafts`` turn into "contested":
    the same speaker saying fighting goes on at the place it denied had fallen (a denial with fighting
    going on is a contested claim, not a claim to hold it)."""
    return [record for judged, record in judgements if judged.value != "contested" and any(
        d.predicate == "controls" and d.value == "contested" and d.place is not None and judged.place is not None
        and place_key(d.place) == place_key(judged.place) and _same_speaker(d.speaker, judged.speaker)
        for d in drafts)]



def _same_speaker(a: SpeakerInfo, b: SpeakerInfo) -> bool:
    if a.speaker_id is not None or b.speaker_id is not None:
        return a.speaker_id == b.speaker_id
    return (a.phrase or a.name).lower() == (b.phrase or b.name).lower()
