"""Read the curated place table (crosscheck/data/places_curated.csv).

The table does three jobs, told apart by the row:
- oblast rows (kind "oblast", or the Crimea "region", with an admin1 code such as
  "UA.05") map GeoNames admin1 codes to oblast names and name the oblast itself;
  their `stems` ("Donetsk|Donetska|Донецкая") are expanded into "Donetsk
  Oblast", "Donetsk region", "Донецкая область" and so on;
- "cc:" rows add what GeoNames lacks: front-line villages below its 500-people
  cut, regions (Donbas, DPR), facilities and natural features;
- "gn:" rows amend a GeoNames place: a press spelling for the name, extra
  aliases, a priority, or aliases to drop (`drop_aliases`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

from ._normalise import has_cyrillic
from ._types import PLACE_KINDS

CURATED_FILE = "places_curated.csv"
COLUMNS = (
    "place_id", "name", "kind", "oblast", "admin1", "lat", "lon",
    "population", "priority", "stems", "aliases", "drop_aliases",
)
# Suffixes an oblast stem takes in English and Russian/Ukrainian reporting.
# Plurals let "Donetsk and Luhansk regions" name both oblasts.
OBLAST_SUFFIXES = ("oblast", "region", "province", "oblasts", "regions", "provinces")
CYRILLIC_OBLAST_SUFFIX = "область"


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One row of the curated table, parsed and checked."""

    place_id: str
    name: str
    kind: str
    oblast: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    priority: int | None
    stems: tuple[str, ...]
    aliases: tuple[str, ...]
    drop_aliases: tuple[str, ...]

    @property
    def is_override(self) -> bool:
        return self.place_id.startswith("gn:")

    def expanded_aliases(self) -> tuple[str, ...]:
        """The row's aliases plus every stem + oblast suffix combination."""
        generated: list[str] = []
        for stem in self.stems:
            if has_cyrillic(stem):
                generated.append(f"{stem} {CYRILLIC_OBLAST_SUFFIX}")
            else:
                generated.extend(f"{stem} {suffix}" for suffix in OBLAST_SUFFIXES)
        return tuple(dict.fromkeys((*self.aliases, *generated)))


def load_curated_rows() -> list[CuratedRow]:
    """Parse the packaged curated table; raises ValueError on a malformed row."""
    text = resources.files("crosscheck").joinpath("data", CURATED_FILE).read_text(encoding="utf-8")
    return parse_curated_csv(text)


def parse_curated_csv(text: str) -> list[CuratedRow]:
    """Parse curated-table text (header row first) into checked rows."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"{CURATED_FILE}: expected columns {COLUMNS}, got {reader.fieldnames}")
    rows = [_parse_row(raw, line) for line, raw in enumerate(reader, start=2)]
    ids = [row.place_id for row in rows]
    duplicates = sorted({pid for pid in ids if ids.count(pid) > 1})
    if duplicates:
        raise ValueError(f"{CURATED_FILE}: duplicate place_id {duplicates}")
    oblast_names = {row.name for row in rows if row.admin1}
    for row in rows:
        if row.oblast and row.oblast not in oblast_names:
            raise ValueError(f"{CURATED_FILE}: {row.place_id} names unknown oblast {row.oblast!r}")
    return rows


def _parse_row(raw: dict[str, str], line: int) -> CuratedRow:
    def split(column: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in (raw[column] or "").split("|") if part.strip())

    place_id = raw["place_id"].strip()
    kind = raw["kind"].strip()
    if not place_id.startswith(("gn:", "cc:")):
        raise ValueError(f"{CURATED_FILE} line {line}: place_id must start with gn: or cc:")
    if not place_id.startswith("gn:") and kind not in PLACE_KINDS:
        raise ValueError(f"{CURATED_FILE} line {line}: unknown kind {kind!r}")
    lat, lon = raw["lat"].strip(), raw["lon"].strip()
    if not place_id.startswith("gn:") and not (lat and lon):
        raise ValueError(f"{CURATED_FILE} line {line}: {place_id} needs lat and lon")
    priority = raw["priority"].strip()
    return CuratedRow(
        place_id=place_id,
        name=raw["name"].strip(),
        kind=kind,
        oblast=raw["oblast"].strip(),
        admin1=raw["admin1"].strip(),
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(raw["population"].strip() or 0),
        priority=int(priority) if priority else None,
        stems=split("stems"),
        aliases=split("aliases"),
        drop_aliases=split("drop_aliases"),
    )
