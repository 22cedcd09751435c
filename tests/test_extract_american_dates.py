"""American wire dates: the month before the day, abbreviated with a period ("Feb. 17", "Sept. 15"), often
without "on" after the reporting verb ("the ministry said Feb. 17"), and after a weekday ("Monday, Dec. 25").

Before, "said Feb. 17" ended the attribution, so the trailing speaker was lost and the claim went to the
outlet; and a month before its day was read as a bare month, so the claim's time was the publication time.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 2, 19, 12, tzinfo=timezone.utc)     # a Monday


def _claims(text: str) -> dict[tuple[str, str | None, str], date]:
    return {(c.speaker, c.place, c.value): c.asserted_at.date()
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text", [
    "Russian forces captured Avdiivka, the Russian Defense Ministry said Feb. 17.",
    "Russian forces captured Avdiivka, the Russian Defense Ministry said February 17.",
    "Russian forces captured Avdiivka, the Russian Defense Ministry said Feb. 17, a claim Ukraine did not dispute.",
    "Russian forces captured Avdiivka, the Russian Defense Ministry said Saturday, Feb. 17.",
])
def test_a_bare_date_after_the_verb_keeps_the_trailing_speaker(text: str) -> None:
    assert _claims(text).get(("Russian Ministry of Defence", "Avdiivka", "Russia")) == date(2024, 2, 17)


@pytest.mark.parametrize("text, said_on", [
    ("Russia's Defense Ministry said on Feb. 17 that its forces had taken Avdiivka.", date(2024, 2, 17)),
    ("Russia's Defense Ministry said on Sept. 30, 2023, that its forces had taken Avdiivka.", date(2023, 9, 30)),
    ("Russia's Defense Ministry said on February 17 that its forces had taken Avdiivka.", date(2024, 2, 17)),
    # the date tells which Saturday: not the one of the publication's week
    ("Russia's Defense Ministry said Saturday, Feb. 10, that its forces had taken Avdiivka.", date(2024, 2, 10)),
])
def test_a_month_before_its_day_is_read_as_a_date(text: str, said_on: date) -> None:
    assert _claims(text)[("Russian Ministry of Defence", "Avdiivka", "Russia")] == said_on


@pytest.mark.parametrize("text, said_on", [
    ("Russia's Defense Ministry said on 17 February that its forces had taken Avdiivka.", date(2024, 2, 17)),
    ("Russia's Defense Ministry said in mid-January that its forces had taken Avdiivka.", date(2024, 1, 15)),
    ("Russia's Defense Ministry said in late January that its forces had taken Avdiivka.", date(2024, 1, 25)),
    ("Russia's Defense Ministry said on Saturday that its forces had taken Avdiivka.", date(2024, 2, 17)),
    # "may" with no day is a modal, not a month
    ("Russia's Defense Ministry said its forces may have taken Avdiivka.", date(2024, 2, 19)),
])
def test_other_date_shapes_read_as_before(text: str, said_on: date) -> None:
    assert next(iter(_claims(text).values())) == said_on
