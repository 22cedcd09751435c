"""The record of one claim: a draft placed in its field and sentence, as the extractor returns it."""

from __future__ import annotations

from ._claims import Draft
from ._types import ExtractedClaim


def claim_record(field: str, start: int, end: int, sentence: str, draft: Draft) -> ExtractedClaim:
    """The ExtractedClaim of ``draft``, read in ``sentence`` at ``start:end`` of ``field``."""
    place = draft.place
    speaker = draft.speaker
    return ExtractedClaim(
        field=field,
        char_start=start,
        char_end=end,
        sentence=sentence,
        speaker_phrase=speaker.phrase,
        speaker=speaker.name,
        speaker_id=speaker.speaker_id,
        speaker_side=speaker.side,
        speaker_kind=speaker.kind,
        place_as_written=place.as_written if place is not None else "",
        place=place.place.name if place is not None and place.place is not None else None,
        place_id=place.place.place_id if place is not None and place.place is not None else None,
        predicate=draft.predicate,
        value=draft.value,
        hedged=bool(draft.hedges),
        modality=", ".join(draft.hedges) if draft.hedges else None,
        asserted_at=draft.asserted_at,
        reported_via=draft.reported_via,
    )
