"""The record the extract stage produces: one attributed claim with its evidence span."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PREDICATES = ("controls", "encircled", "attacked", "losses")


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """Who claimed what about which place, in which sentence of the article.

    ``field[char_start:char_end] == sentence`` where field is the article's text or
    title. ``value`` is, by predicate: controls -> Russia | Ukraine | contested;
    encircled -> the side encircled; attacked -> the attacking side; losses -> the
    side suffering them. An unattributed claim has ``speaker_phrase`` None and the
    outlet as ``speaker``.
    """

    field: str
    char_start: int
    char_end: int
    sentence: str
    speaker_phrase: str | None
    speaker: str
    speaker_id: str | None
    speaker_side: str | None
    speaker_kind: str | None
    place_as_written: str
    place: str | None
    place_id: str | None
    predicate: str
    value: str
    hedged: bool
    modality: str | None
    asserted_at: datetime
    reported_via: str | None
