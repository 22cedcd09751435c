"""When a timeline label counts as known: from when another source first stood behind the
claim's state, not from the state's last evidence, so a store built by one run over a
backlog has the label history that nightly runs would have written."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from crosscheck.db import Store
from crosscheck.publish import apply_schema
from crosscheck.score.scoring import labels_known_at

from conftest import label_as_of

BACKLOG_AS_OF = "2023-07-15T00:00:00+00:00"


def _say(store, claim_id: str, speaker: str, place: str, value: str, when: str) -> None:
    from conftest import add_article, add_claim

    article = add_article(store, f"article-{claim_id}", outlet=f"{speaker} Wire", published=when,
                          text=f"Report {claim_id} by {speaker}: on {when} {place} was held by {value}.")
    add_claim(store, claim_id, article, speaker=speaker, place=place, value=value, asserted=when,
              side="neutral", kind="analyst")


def _months_of_avdiivka(store, until: date) -> None:
    """Xray says on 2 January that Russia holds Avdiivka; nobody else speaks of it until
    Yankee agrees on 22 January (too late to be support); then both keep saying so every
    week until the end of June, so the state's last evidence is months later."""
    claims = [("x-first", "Xray Monitor", "2023-01-02T10:00"), ("y-first", "Yankee Monitor", "2023-01-22T10:00")]
    day = date(2023, 1, 29)
    while day <= date(2023, 6, 25):
        claims.append((f"x-{day}", "Xray Monitor", f"{day}T09:00"))
        claims.append((f"y-{day}", "Yankee Monitor", f"{day + timedelta(days=1)}T09:00"))
        day += timedelta(days=7)
    for claim_id, speaker, when in claims:
        if date.fromisoformat(when[:10]) <= until:
            _say(store, claim_id, speaker, "Avdiivka", "Russia", when)


def _bakhmut(store) -> None:
    """Zulu says on 2 January that Russia holds Bakhmut; Whiskey agrees two days later,
    then Xray keeps saying so every week until June."""
    _say(store, "z-bakhmut", "Zulu Monitor", "Bakhmut", "Russia", "2023-01-02T10:00")
    _say(store, "w-bakhmut", "Whiskey Monitor", "Bakhmut", "Russia", "2023-01-04T10:00")
    day = date(2023, 1, 11)
    while day <= date(2023, 6, 25):
        _say(store, f"x-bakhmut-{day}", "Xray Monitor", "Bakhmut", "Russia", f"{day}T09:00")
        day += timedelta(days=7)


def _first_labelled(store, claim_id: str) -> tuple[str, pd.Timestamp]:
    label, valid_from = store.fetchone("select label, valid_from from store.claim_label_spells "
                                       "where claim_id = ? order by valid_from limit 1", [claim_id])
    return label, pd.Timestamp(valid_from)


def test_a_timeline_label_is_known_when_another_source_first_stood_behind_the_state(fresh_store):
    store = fresh_store
    _months_of_avdiivka(store, until=date(2023, 7, 1))
    _bakhmut(store)
    label_as_of(store, BACKLOG_AS_OF, "backlog")
    assert store.scalar("select count(*) from store.place_timeline") == 2
    # Yankee's word of 22 January is what judged Xray's claim, not the weeks that followed
    assert _first_labelled(store, "x-first") == ("corroborated", pd.Timestamp("2023-01-22T10:00", tz="UTC"))
    # confirmed two days later: known as soon as labelling starts, 14 days after the claim
    assert _first_labelled(store, "z-bakhmut") == ("corroborated", pd.Timestamp("2023-01-16T10:00", tz="UTC"))

    def held_at(moment: str) -> dict[str, int]:
        then = labels_known_at(store, pd.Series({"claim_id": "", "asserted_at": pd.Timestamp(moment)}))
        return dict(zip(then["claim_id"], then["y"]))

    # a card's fold cut on 1 February learns both January claims
    then = held_at("2023-02-01T00:00:00+00:00")
    assert then["x-first"] == 1 and then["z-bakhmut"] == 1


def test_one_run_over_the_backlog_dates_the_label_as_the_nightly_runs_did(fresh_store):
    nightly = fresh_store
    _months_of_avdiivka(nightly, until=date(2023, 1, 31))
    label_as_of(nightly, "2023-02-01T00:00:00+00:00", "night-february")
    _say(nightly, "x-late", "Xray Monitor", "Avdiivka", "Russia", "2023-02-03T09:00")
    label_as_of(nightly, "2023-02-05T00:00:00+00:00", "night-february-5")

    backlog = Store(":memory:")
    try:
        apply_schema(backlog)
        _months_of_avdiivka(backlog, until=date(2023, 1, 31))
        _say(backlog, "x-late", "Xray Monitor", "Avdiivka", "Russia", "2023-02-03T09:00")
        label_as_of(backlog, "2023-02-05T00:00:00+00:00", "backlog")
        assert _first_labelled(backlog, "x-first") == _first_labelled(nightly, "x-first")
    finally:
        backlog.close()
