"""Which disputes later evidence settles: those about the value it gives, by sources agreeing in one week."""

from __future__ import annotations

from crosscheck.contradict import flag_contradictions
from crosscheck.match import build_claim_evidence, detect_copies

from conftest import add_article, add_claim

UA = dict(side="Ukraine", kind="military")
RU = dict(side="Russia", kind="military")
NEUTRAL = dict(side="neutral", kind="analyst")


def claim(store, claim_id, *, speaker, value, asserted, sentence, **who):
    add_article(store, f"art-{claim_id}", outlet=f"Outlet {claim_id}", published=asserted, text=f"{claim_id} " * 30)
    add_claim(store, claim_id, f"art-{claim_id}", speaker=speaker, place="Novoselivka", value=value,
              asserted=asserted, sentence=sentence, **who)


def fighting_in_town(store):
    """Kyiv says on May 2 that it holds the town; an analyst says on May 3 that it is fought over."""
    claim(store, "holds", speaker="Eastern Command", value="Ukraine", asserted="2023-05-02",
          sentence="Novoselivka is firmly under our control, the Eastern Command said.", **UA)
    claim(store, "fought-over", speaker="Frontline Analysts", value="contested", asserted="2023-05-03",
          sentence="Street fighting continues across Novoselivka, Frontline Analysts said.", **NEUTRAL)


def capture_denied(store):
    """Moscow says on May 2 that it took the town; Kyiv says on May 3 that it holds it."""
    claim(store, "taken", speaker="Russian MoD", value="Russia", asserted="2023-05-02",
          sentence="Russian forces have taken Novoselivka, the ministry said.", **RU)
    claim(store, "denial", speaker="Eastern Command", value="Ukraine", asserted="2023-05-03",
          sentence="Novoselivka is under our control, the Eastern Command said.", **UA)


def settlement(store):
    detect_copies(store, run_id="test-run")
    build_claim_evidence(store)
    flag_contradictions(store)
    return store.fetchall(
        "select s.status, s.resolved_value, s.resolved_by_claim_id "
        "from store.contradictions k join store.contradiction_status s using (contradiction_id)"
    )


def test_conceding_a_loss_that_neither_side_claimed_does_not_settle_the_earlier_dispute(fresh_store):
    fighting_in_town(fresh_store)
    # three weeks on Kyiv concedes the town is lost: that is who holds it after the fall,
    # not whether it was held or fought over in early May
    claim(fresh_store, "left", speaker="Eastern Command", value="Russia", asserted="2023-05-24",
          sentence="Our troops have left Novoselivka, the Eastern Command said.", **UA)
    assert settlement(fresh_store) == [("open", None, None)]


def test_the_fall_worded_as_a_change_does_not_settle_it_either(fresh_store):
    fighting_in_town(fresh_store)
    claim(fresh_store, "fall", speaker="Eastern Command", value="Russia", asserted="2023-05-24",
          sentence="Since the fall of Novoselivka our brigades hold the heights west of it, the command said.", **UA)
    assert settlement(fresh_store) == [("open", None, None)]


def test_conceding_one_of_the_disputed_values_settles_it(fresh_store):
    # Moscow says it took the town, Kyiv that it holds it; Kyiv then concedes the loss
    capture_denied(fresh_store)
    claim(fresh_store, "left", speaker="Eastern Command", value="Russia", asserted="2023-05-10",
          sentence="Our troops have left Novoselivka, the Eastern Command said.", **UA)
    assert settlement(fresh_store) == [("resolved", "Russia", "left")]


def test_an_admission_that_the_enemy_still_holds_it_overturns_both_sides(fresh_store):
    fighting_in_town(fresh_store)
    # worded as a state that goes on, it speaks for the disputed days too
    claim(fresh_store, "still", speaker="Eastern Command", value="Russia", asserted="2023-05-10",
          sentence="The enemy still holds Novoselivka, the Eastern Command said.", **UA)
    assert settlement(fresh_store) == [("resolved", "Russia", "still")]


def settlement_of_the_denial(store):
    """The settlement of the dispute between Moscow's capture claim and Kyiv's denial."""
    return [row[2:] for row in sorted(
        store.fetchall("select k.claim_id_a, k.claim_id_b, s.status, s.resolved_value, s.resolved_by_claim_id "
                       "from store.contradictions k join store.contradiction_status s using (contradiction_id)"))
            if set(row[:2]) == {"taken", "denial"}]


def test_two_analysts_weeks_apart_are_not_corroboration(fresh_store):
    capture_denied(fresh_store)
    # two neutral sources agree, but three weeks apart: each speaks of its own week
    claim(fresh_store, "one", speaker="Frontline Analysts", value="Ukraine", asserted="2023-05-04",
          sentence="Ukrainian forces hold Novoselivka, Frontline Analysts said.", **NEUTRAL)
    claim(fresh_store, "other", speaker="Steppe Monitor", value="Ukraine", asserted="2023-05-26",
          sentence="Novoselivka is in Ukrainian hands, Steppe Monitor said.", **NEUTRAL)
    settlement(fresh_store)
    assert settlement_of_the_denial(fresh_store) == [("open", None, None)]


def test_two_analysts_in_the_same_week_are(fresh_store):
    capture_denied(fresh_store)
    claim(fresh_store, "one", speaker="Frontline Analysts", value="Ukraine", asserted="2023-05-04",
          sentence="Ukrainian forces hold Novoselivka, Frontline Analysts said.", **NEUTRAL)
    claim(fresh_store, "other", speaker="Steppe Monitor", value="Ukraine", asserted="2023-05-08",
          sentence="Novoselivka is in Ukrainian hands, Steppe Monitor said.", **NEUTRAL)
    settlement(fresh_store)
    assert settlement_of_the_denial(fresh_store) == [("resolved", "Ukraine", "other")]


def test_analysts_reporting_the_later_fall_do_not_settle_the_earlier_dispute(fresh_store):
    fighting_in_town(fresh_store)
    claim(fresh_store, "fell", speaker="Steppe Monitor", value="Russia", asserted="2023-05-24",
          sentence="Novoselivka fell to Russian forces on Tuesday, Steppe Monitor said.", **NEUTRAL)
    claim(fresh_store, "captured", speaker="Border Analysts", value="Russia", asserted="2023-05-25",
          sentence="Russian forces captured Novoselivka this week, Border Analysts said.", **NEUTRAL)
    assert settlement(fresh_store) == [("open", None, None)]
