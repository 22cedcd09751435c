"""When a claim was made: a date phrase in the attribution, read against publication time.

"on Friday" is the latest Friday not after publication; "in mid-January" the 15th
(early: the 5th, late: the 25th, a bare month: the 15th) of the latest such month;
"yesterday" the day before. Whatever is read, the result is never after publication.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ._lexicon import caseless, contains_any

_I = re.IGNORECASE
_IN = re.compile(r"in\b", _I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DATE = re.compile(
    r"\b(?:on\s+|last\s+|this\s+(?:past\s+)?)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
    r"|\b(?P<yesterday>yesterday)\b"
    r"|\b(?P<lastweek>last\s+week)\b"
    r"|\b(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("month", "month1") +
    r"(?:,?\s+(?P<year1>\d{4}))?\b"
    r"|\b" + _MONTH.replace("month", "month2") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>\d{4}))?"
    # the part's separator belongs to the part: a match opening on the space before "Feb. 17" would
    # hide the American "month day" order (the alternative above) behind a bare month
    r"|\b(?:in\s+)?(?:(?P<part>early|mid|late|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|"
    r"the\s+start\s+of)[-\s]*)?" + _MONTH.replace("month", "month3") + r"(?:\s+(?P<year3>\d{4}))?\b",
    _I,
)
_PART_DAY = {"early": 5, "the beginning of": 5, "the start of": 5, "mid": 15, "the middle of": 15,
             "late": 25, "the end of": 25}
# "may" is a modal far more often than a month: only count it with a day or a part-of-month word.
_BARE_MAY = re.compile(r"^may$", _I)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in _MONTHS:
        return _MONTHS.index(name) + 1
    return _MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


# Every date phrase holds one of these (weekdays and "yesterday" end in "day"); most
# attributions hold none, and the test is far cheaper than the scan.
_DATE_WORDS = ("day", "week", *_MONTH_ABBR)


def assertion_time(region: str, published_at: datetime) -> datetime:
    """The time a claim was made, from a date phrase in ``region`` (the attribution words)."""
    lowered = caseless(region)
    if lowered is not None and not contains_any(lowered, _DATE_WORDS):
        return published_at
    matches = list(_DATE.finditer(region))
    for index, match in enumerate(matches):
        following = matches[index + 1] if index + 1 < len(matches) else None
        if match.group("weekday") and following is not None and following.start() - match.end() <= 3 and \
                (following.group("day1") or following.group("day2")):
            continue    # "Monday, Feb. 12": the date says which Monday
        moment = _resolve(match, published_at)
        if moment is not None:
            return min(moment, published_at)
    return published_at


def _resolve(match: re.Match[str], published_at: datetime) -> datetime | None:
    day_start = published_at.replace(hour=0, minute=0, second=0, microsecond=0)
    groups = match.groupdict()
    if groups["weekday"]:
        target = _WEEKDAYS.index(groups["weekday"].lower())
        back = (published_at.weekday() - target) % 7
        return published_at if back == 0 else day_start - timedelta(days=back)
    if groups["yesterday"]:
        return day_start - timedelta(days=1)
    if groups["lastweek"]:
        return day_start - timedelta(days=7)
    for day_key, month_key, year_key in (("day1", "month1", "year1"), ("day2", "month2", "year2")):
        if groups[month_key] and groups[day_key]:
            return _on(published_at, int(groups[year_key]) if groups[year_key] else None,
                       _month_number(groups[month_key]), int(groups[day_key]))
    if groups["month3"]:
        part = (groups["part"] or "").lower().strip()
        if _BARE_MAY.match(groups["month3"]) and not part:
            return None
        if not part and not _IN.match(match.group(0)):
            return None
        return _on(published_at, int(groups["year3"]) if groups["year3"] else None,
                   _month_number(groups["month3"]), _PART_DAY.get(part, 15))
    return None


def _on(published_at: datetime, year: int | None, month: int, day: int) -> datetime | None:
    if year is None:
        year = published_at.year if month <= published_at.month else published_at.year - 1
    try:
        moment = published_at.replace(year=year, month=month, day=day, hour=0, minute=0, second=0,
                                      microsecond=0)
    except ValueError:
        return None
    if moment.date() == published_at.date():
        return published_at
    return moment
