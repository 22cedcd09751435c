"""Read publication dates written the many ways sources write them, as aware UTC datetimes."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

from dateutil import parser as _dateutil

_UTC = timezone.utc

# RFC 822 (feeds, e-mail) with a zone the standard library understands exactly.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[+-]\d{4}|GMT|UTC|UT|Z)",
)
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d*)?")
_HAS_YEAR_AND_WORD = re.compile(r"(?=.*\b(?:1[89]|20)\d\d\b)(?=.*[^\W\d_])", re.DOTALL)

_HOUR = 3600
# Zone abbreviations common in news datelines; ambiguous ones (IST, AST, BST-as-Bangladesh)
# are left out on purpose rather than guessed.
_ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
    "WEST": _HOUR, "BST": _HOUR, "CET": _HOUR, "CEST": 2 * _HOUR,
    "EET": 2 * _HOUR, "EEST": 3 * _HOUR, "MSK": 3 * _HOUR, "TRT": 3 * _HOUR,
    "GST": 4 * _HOUR, "PKT": 5 * _HOUR, "HKT": 8 * _HOUR, "SGT": 8 * _HOUR,
    "JST": 9 * _HOUR, "KST": 9 * _HOUR, "AEST": 10 * _HOUR, "AEDT": 11 * _HOUR,
    "EST": -5 * _HOUR, "EDT": -4 * _HOUR, "CST": -6 * _HOUR, "CDT": -5 * _HOUR,
    "MST": -7 * _HOUR, "MDT": -6 * _HOUR, "PST": -8 * _HOUR, "PDT": -7 * _HOUR,
}
# Two far-apart defaults: a component the text leaves out shows up as a difference.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 2, 2)
_DATEPARSER_SETTINGS = {
    # Relative phrases ("2 hours ago") would be read against today's clock, not the article's.
    "PARSERS": ["absolute-time", "custom-formats"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
}
_MAX_DATE_TEXT = 80
_MIN_EPOCH = 1e8
_MAX_EPOCH = 1e20


def parse_date(value: object) -> datetime | None:
    """Return the instant `value` names, in UTC, or None when it is not a complete date.

    Accepts ISO 8601 (fast path), RFC 822, free forms such as "13 January 2023 09:40",
    epoch seconds (or milliseconds) as numbers or digit strings, and dates in other
    languages. A value without a time zone is taken as UTC; one lacking a day, month or
    year is refused rather than completed with a guess.
    """
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return _parse_text(value.strip())
        return _to_utc(parsed)
    if isinstance(value, datetime):
        return _to_utc(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 10_000_000 <= value <= 99_999_999:
        return _parse_iso(str(value))  # YYYYMMDD written as a number
    if isinstance(value, (int, float)):
        return _from_epoch(value)
    return None


def _to_utc(moment: datetime) -> datetime | None:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_UTC)
    if moment.tzinfo is _UTC:
        return moment
    try:
        return moment.astimezone(_UTC)
    except (OverflowError, ValueError):
        return None


def _from_epoch(seconds: float) -> datetime | None:
    # Below 1e8 (March 1973) a number is more likely a year or a count than a timestamp.
    if not _MIN_EPOCH <= abs(seconds) < _MAX_EPOCH:  # also false for NaN
        return None
    # Values this large are milliseconds, microseconds or nanoseconds since 1970.
    while abs(seconds) >= 1e11:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, _UTC)
    except (OverflowError, OSError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> datetime | None:
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    if _NUMBER.fullmatch(text):
        if len(text) == 8 and text.isdigit():
            return _parse_iso(text)  # YYYYMMDD
        return _from_epoch(float(text))
    iso = _parse_iso(text)  # the caller tried the unstripped text only
    if iso is not None:
        return iso
    if _RFC822.fullmatch(text):
        try:
            return _to_utc(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    parsed = _parse_with_dateutil(text)
    if parsed is None and _HAS_YEAR_AND_WORD.match(text):
        parsed = _parse_with_dateparser(text)
    return None if parsed is None else _to_utc(parsed)


def _parse_iso(text: str) -> datetime | None:
    try:
        return _to_utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def _parse_with_dateutil(text: str) -> datetime | None:
    with warnings.catch_warnings():
        # An unknown zone name is read as UTC; the warning says nothing the caller can act on.
        warnings.simplefilter("ignore", _dateutil.UnknownTimezoneWarning)
        try:
            first = _dateutil.parse(text, default=_DEFAULT_A, tzinfos=_ZONE_OFFSETS)
            second = _dateutil.parse(text, default=_DEFAULT_B, tzinfos=_ZONE_OFFSETS)
        except (ValueError, OverflowError, TypeError):
            return None
    if first.date() != second.date():
        return None  # the text lacks a day, month or year
    return first


def _parse_with_dateparser(text: str) -> datetime | None:
    import dateparser  # imported lazily: slow to load and only needed for non-English dates

    try:
        return dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None


_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.])(\d\d)\2(\d\d)(?!\d)")


def date_in_name(name: str) -> str | None:
    """The first real calendar date written YYYY-MM-DD (or with _ or .) in a file name."""
    for match in _DATE_IN_NAME.finditer(name):
        year, _, month, day = match.groups()
        try:
            return datetime(int(year), int(month), int(day)).date().isoformat()
        except ValueError:
            continue
    return None
