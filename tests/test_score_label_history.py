"""Labels as they stood then: a later admission turns an old label round, and neither the
earlier claims' features nor the card's training folds may see the new label before its time."""

from __future__ import annotations

import pandas as pd
import pytest

from crosscheck.score.scoring import labels_known_at

from conftest import label_as_of

# X says Russia holds Kurdiumivka; two neutral monitors soon say Ukraine, which settles the
# contradiction against X (refuted from its horizon, 16 January). On 25 January X speaks
# about Berestove, with that record. On 5 February Ukraine's own military concedes that
# Russia holds Kurdiumivka: the admission outranks the monitors and X's January claim is
# corroborated from then on.
BEFORE_ADMISSION = "2023-02-01T00:00:00+00:00"
AFTER_ADMISSION = "2023-03-01T00:00:00+00:00"


def _say(store, claim_id: str, speaker: str, place: str, value: str, when: str, side: str, kind: str) -> None:
    from conftest import add_article, add_claim

    article = add_article(store, f"article-{claim_id}", outlet=f"{speaker} Wire", published=when,
                          text=f"{speaker} on {place} at {when}: held by {value}.")
    add_claim(store, claim_id, article, speaker=speaker, place=place, value=value, asserted=when, side=side, kind=kind)


def _january(store) -> None:
    _say(store, "x-kurdiumivka", "Xray Monitor", "Kurdiumivka", "Russia", "2023-01-02T10:00", "neutral", "analyst")
    _say(store, "y-kurdiumivka", "Yankee Monitor", "Kurdiumivka", "Ukraine", "2023-01-03T10:00", "neutral", "analyst")
    _say(store, "w-kurdiumivka", "Whiskey Monitor", "Kurdiumivka", "Ukraine", "2023-01-04T10:00", "neutral", "analyst")
    _say(store, "x-berestove", "Xray Monitor", "Berestove", "Russia", "2023-01-25T10:00", "neutral", "analyst")


def _admission(store) -> None:
    _say(store, "ua-kurdiumivka", "General Staff of Ukraine", "Kurdiumivka", "Russia", "2023-02-05T10:00",
         "Ukraine", "military")


def _label(store, claim_id: str) -> str | None:
    row = store.fetchone("select label from store.claim_labels where claim_id = ?", [claim_id])
    return row[0] if row else None


def _record_of_x_in_berestove(store) -> tuple[float, float]:
    return store.fetchone("select speaker_past_reliability, speaker_past_labels from store.claim_features "
                          "where claim_id = 'x-berestove'")


def test_a_nightly_store_keeps_the_record_a_run_then_had(fresh_store):
    store = fresh_store
    _january(store)
    label_as_of(store, BEFORE_ADMISSION, "night-1")
    assert _label(store, "x-kurdiumivka") == "refuted"
    then = _record_of_x_in_berestove(store)
    assert then == pytest.approx((1 / 3, 1))

    _admission(store)
    label_as_of(store, AFTER_ADMISSION, "night-2")
    assert _label(store, "x-kurdiumivka") == "corroborated"
    # the admission came after Berestove: X's record then was one refuted claim
    assert _record_of_x_in_berestove(store) == pytest.approx(then)
    history = store.fetch_df("select claim_id, label, run_id from store.claim_label_history "
                             "where claim_id = 'x-kurdiumivka' order by decided_as_of")
    assert history[["label", "run_id"]].values.tolist() == [["refuted", "night-1"], ["corroborated", "night-2"]]
    # a run on the same data records nothing new
    label_as_of(store, AFTER_ADMISSION, "night-2-again")
    assert store.scalar("select count(*) from store.claim_label_history where run_id = 'night-2-again'") == 0


def test_a_first_run_over_a_backlog_does_not_count_the_admission_before_it_came(fresh_store):
    store = fresh_store
    _january(store)
    _admission(store)
    label_as_of(store, AFTER_ADMISSION, "backlog")
    assert _label(store, "x-kurdiumivka") == "corroborated"
    # tonight X's January claim is right, but not before 5 February: Berestove's record
    # (25 January) must not count it as corroborated
    reliability, n_labels = _record_of_x_in_berestove(store)
    assert reliability <= 1 / 2
    spells = store.fetch_df("select claim_id, label, valid_from, valid_to from store.claim_label_spells "
                            "where claim_id = 'x-kurdiumivka' order by valid_from")
    assert spells["label"].iloc[-1] == "corroborated"
    assert spells["valid_from"].iloc[-1] >= pd.Timestamp("2023-02-05T10:00", tz="UTC")


def test_the_cards_folds_learn_the_labels_known_at_their_cut(fresh_store):
    store = fresh_store
    _january(store)
    label_as_of(store, BEFORE_ADMISSION, "night-1")
    _admission(store)
    label_as_of(store, AFTER_ADMISSION, "night-2")

    def known_at(moment: str) -> dict[str, int]:
        # a held-out block whose first claim was asserted at ``moment``
        then = labels_known_at(store, pd.Series({"claim_id": "", "asserted_at": pd.Timestamp(moment)}))
        return dict(zip(then["claim_id"], then["y"]))

    # a fold cut on 3 February knows X's January claim as refuted and Berestove not at all
    then = known_at("2023-02-03T00:00:00+00:00")
    assert then["x-kurdiumivka"] == 0 and then["y-kurdiumivka"] == 1
    assert "x-berestove" not in then
    assert known_at(AFTER_ADMISSION)["x-kurdiumivka"] == 1
