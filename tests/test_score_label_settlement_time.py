"""A timeline label resting on a day that took its dispute's settled value is known no
earlier than the settlement: until then that day was contested, so no run could have
labelled a claim from it."""

from __future__ import annotations

import pandas as pd

from conftest import add_article, add_claim, label_as_of

AS_OF = "2023-03-01T00:00:00+00:00"


def _say(store, claim_id: str, speaker: str, value: str, when: str, *, side: str, hedged: bool = False) -> None:
    article = add_article(store, f"article-{claim_id}", outlet=f"{speaker} Wire", published=when,
                          text=f"Dispatch {claim_id} from {speaker}, {when}: Klishchiivka held by {value}.")
    add_claim(store, claim_id, article, speaker=speaker, place="Klishchiivka", value=value, asserted=when,
              side=side, kind="military" if side != "neutral" else "analyst", hedged=hedged)


def _klishchiivka(store) -> None:
    """Two Ukrainian commands say in December that Ukraine holds Klishchiivka. On 2 January
    Kyiv says so again and Moscow, hedged by the wire, says Russia holds it: one source
    against one, so the day follows the dispute, which two neutral monitors settle for
    Ukraine on 18 and 19 January, more than two weeks later. A third Ukrainian command
    agrees on 3 January, so that day is Ukraine's by the vote."""
    _say(store, "ua-dec-20", "Ukrainian Ground Forces", "Ukraine", "2022-12-20T10:00", side="Ukraine")
    _say(store, "ua-dec-21", "Ukrainian General Staff", "Ukraine", "2022-12-21T10:00", side="Ukraine")
    _say(store, "kyiv-jan-2", "Kyiv Defence Ministry", "Ukraine", "2023-01-02T10:00", side="Ukraine")
    _say(store, "moscow-jan-2", "Moscow Defence Ministry", "Russia", "2023-01-02T12:00", side="Russia", hedged=True)
    _say(store, "ua-jan-3", "Ukrainian Air Assault Forces", "Ukraine", "2023-01-03T10:00", side="Ukraine")
    _say(store, "monitor-a", "Alpha Monitor", "Ukraine", "2023-01-18T10:00", side="neutral")
    _say(store, "monitor-b", "Bravo Monitor", "Ukraine", "2023-01-19T10:00", side="neutral")


def _first_spell(store, claim_id: str) -> tuple[str, str, pd.Timestamp]:
    label, source, valid_from = store.fetchone(
        "select label, label_source, valid_from from store.claim_label_spells "
        "where claim_id = ? order by valid_from limit 1", [claim_id])
    return label, source, pd.Timestamp(valid_from)


def test_a_label_resting_on_a_settled_day_is_known_no_earlier_than_the_settlement(fresh_store):
    store = fresh_store
    _klishchiivka(store)
    label_as_of(store, AS_OF, "backlog")
    settled_at = pd.Timestamp(store.scalar(
        "select resolved_at from store.contradiction_status where status = 'resolved'"))
    assert settled_at == pd.Timestamp("2023-01-19T10:00", tz="UTC")
    # one Ukrainian state from 20 December, its 2 January taken from the settlement
    assert store.fetchall("select controller, valid_from from store.place_timeline") == [
        ("Ukraine", pd.Timestamp("2022-12-20").date())]
    # Kyiv's claim of 2 January rests on the settled day: the horizon (16 January) is not enough
    label, _, known = _first_spell(store, "kyiv-jan-2")
    assert label == "corroborated" and known >= settled_at
    # the December claims rest only on days the vote decided: known when labelling starts
    assert _first_spell(store, "ua-dec-20") == ("corroborated", "timeline", pd.Timestamp("2023-01-03T10:00", tz="UTC"))


def test_the_settled_day_says_when_it_became_known(fresh_store):
    store = fresh_store
    _klishchiivka(store)
    label_as_of(store, AS_OF, "backlog")
    by_day = dict(store.fetchall(
        "select d.day, d.settled_at from store.place_timeline, unnest(confidence_by_day) as t(d)"))
    settled_at = pd.Timestamp("2023-01-19T10:00", tz="UTC")
    assert by_day[pd.Timestamp("2022-12-21").date()] is None
    # the state's days so far: from the settled day on, they rest on the settlement
    assert pd.Timestamp(by_day[pd.Timestamp("2023-01-02").date()]) == settled_at
    assert pd.Timestamp(by_day[pd.Timestamp("2023-01-03").date()]) == settled_at
