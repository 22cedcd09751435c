"""Plain record types passed between stages (no behaviour, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from an input, before it gets an id in the store."""

    outlet: str
    url: str | None
    published_at: datetime  # timezone-aware, UTC
    title: str | None
    text: str
    language: str | None
    sha256: str  # of the record's raw bytes as read
    source_file: str
    source_location: str  # "line 12", "row 3", "item 4", "file"


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record that could not be loaded, kept with the reason why."""

    source_file: str
    source_location: str
    reason: str
    raw_excerpt: str  # at most a few hundred characters of the raw input


@dataclass(frozen=True, slots=True)
class IngestLimits:
    """Bounds a record must respect to be loaded."""

    min_text_chars: int = 20
    max_text_chars: int = 200_000
    # a publication date further than this in the future (vs. the run clock) is rejected
    future_tolerance_hours: float = 24.0
