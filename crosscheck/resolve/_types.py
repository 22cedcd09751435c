"""Value types returned by place and speaker resolution."""

from __future__ import annotations

from dataclasses import dataclass

PLACE_KINDS = ("city", "town", "village", "oblast", "region", "facility", "feature")
SIDES = ("Russia", "Ukraine", "neutral")
SPEAKER_KINDS = ("government", "military", "armed_group", "analyst", "official", "outlet", "international")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    place_id is "gn:<geonameid>" for places taken from GeoNames and "cc:<slug>"
    for curated ones (oblasts, regions, facilities, villages GeoNames lacks).
    name is the spelling Western press uses; oblast is the first-level
    division the place lies in (an oblast names itself); aliases are the
    spellings, transliterations and Cyrillic forms it is known by.
    """

    place_id: str
    name: str
    kind: str
    oblast: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place-like span found in text: text[start:end] == as_written.

    place is None for a name met in a place context ("the village of X") that
    the gazetteer does not know. score is 100 for an exact (normalised) match,
    the fuzzy score for a misspelling and 0 when unresolved. ambiguous is True
    when several places share the name and nothing in the context decided
    between them, so the most prominent one was taken.
    """

    start: int
    end: int
    as_written: str
    place: Place | None
    score: float
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source of claims: an institution, person, outlet or analyst.

    side is who the speaker belongs to: "Russia", "Ukraine" or "neutral".
    kind is one of government, military, armed_group, analyst, official
    (an individual office holder), outlet or international.
    """

    speaker_id: str
    name: str
    side: str
    kind: str
    aliases: tuple[str, ...]
