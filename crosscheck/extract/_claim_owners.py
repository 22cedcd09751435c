"""A claim named only by its owner: "Moscow's claim of full control", "Kyiv's claim to have captured it".

Reporting often answers one side's claim without repeating it: "fighting goes on in X and Kyiv's claim to
have captured it is premature", "Russian forces likely hold most of X, as Kyiv disputes Moscow's claim",
"Ukraine's army rejected Moscow's claim." The owner still claims that its side holds the place (hedged: a
claim noun introduces it), and a speaker disputing the claim in the same sentence denies it. The place is
the one place the sentence's own control claims are about or, when it has none, the one place of the
sentence before's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ._actors import PARTIES, opposite
from ._attribution import Frame
from ._claims import Draft, place_key
from ._dates import assertion_time
from ._speakers import SpeakerInfo, lookup

# the claim's own words add nothing a place could be read from: none at all, the control it claims, or
# a capture of "it"/"the town" (those with a content of their own are nominal frames, see _frame_nouns)
_OWNED_CLAIM = re.compile(
    r"(?P<owner>(?<![\w'\u2019-])(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['\u2019]s\s+"
    r"(?:(?:earlier|latest|new|recent|repeated|previous|official|unverified|unconfirmed)\s+)?"
    r"(?P<noun>claims?|assertions?)"
    r"(?:\s+of\s+(?:(?:full|complete|total)\s+)?(?:control|victory|(?:its\s+|the\s+)?(?:capture|seizure|liberation))"
    r"|\s+to\s+have\s+(?:(?:fully|completely)\s+)?(?:captured|taken|seized|liberated|retaken|recaptured)\s+"
    r"(?:it|the\s+(?:town|city|village|settlement))\b)?"
    r"(?=\s*(?:[.,;:!?\"\u201d]|$)|\s+(?:was|were|is|are|appeared|appears|seemed|seems|looked|looks|remains?|remained|"
    r"as|and|but|on|in|had|has|have)\b)")


def owned_claims(text: str, frames: list[Frame], speakers: list[SpeakerInfo], drafts: list[Draft],
                 before: list[Draft], published_at: datetime) -> list[Draft]:
    """The owners' claims (and same-sentence denials of them) that ``drafts`` lack; see the module docstring."""
    if ("claim" not in text and "assertion" not in text) or ("'s " not in text and "\u2019s " not in text):
        return []
    controls = [d for d in drafts if d.predicate == "controls" and d.place is not None]
    pool = controls or [d for d in before if d.place is not None]
    places = {place_key(d.place) for d in pool}
    if len(places) != 1:
        return []   # no place, or several: which one the claim was about is not said
    template = pool[0]
    found: list[Draft] = []
    for match in _OWNED_CLAIM.finditer(text):
        owner = lookup(match.group("owner"))
        if owner.side not in PARTIES or _has_claim(owner, controls + found):
            continue
        found.append(replace(template, speaker=owner, value=owner.side, hedges=(match.group("noun").lower(),),
                             asserted_at=assertion_time(text, published_at), reported_via=None, state=False,
                             entry=False, completion=False))
        denier = _denier(match, frames, speakers)
        value = opposite(owner.side)
        if denier is not None and value is not None and not _has_claim(denier, controls + found):
            found.append(replace(found[-1], speaker=denier, value=value, hedges=()))
    return found


def _denier(match: re.Match[str], frames: list[Frame], speakers: list[SpeakerInfo]) -> SpeakerInfo | None:
    """The speaker of a denial whose whole content is the owner's claim ("Kyiv disputes Moscow's claim")."""
    for frame, speaker in zip(frames, speakers):
        if frame.kind == "deny" and not frame.post and frame.content_start <= match.start() \
                and match.end() <= frame.content_end and not match.string[frame.content_start:match.start()].strip() \
                and not match.string[match.end():frame.content_end].strip(" .,;!"):
            return speaker
    return None


def _has_claim(speaker: SpeakerInfo, drafts: list[Draft]) -> bool:
    return any(_same_speaker(d.speaker, speaker) for d in drafts)


def _same_speaker(a: SpeakerInfo, b: SpeakerInfo) -> bool:
    if a.speaker_id is not None or b.speaker_id is not None:
        return a.speaker_id == b.speaker_id
    return (a.phrase or a.name).lower() == (b.phrase or b.name).lower()
