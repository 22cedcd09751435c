"""How contradictions are settled over time, on hand-made worlds where the right answer is known."""

from __future__ import annotations

from crosscheck.contradict import RESOLUTION_HORIZON_DAYS, flag_contradictions
from crosscheck.match import build_claim_evidence, detect_copies

from conftest import add_article, add_claim

RU = dict(side="Russia", kind="military")
UA = dict(side="Ukraine", kind="government")


def disputed_village(store):
    """A Russian-side capture claim on April 11, denied by the Ukrainian governor the next day."""
    add_article(store, "ru-claim", outlet="Vestnik", published="2023-04-11", text="a " * 30)
    add_article(store, "ua-denial", outlet="Kyiv Courier", published="2023-04-12", text="b " * 30)
    add_claim(store, "capture", "ru-claim", speaker="Andrei Marochko", place="Bilohorivka", value="Russia",
              asserted="2023-04-11", sentence="Allied forces have liberated Bilohorivka, Marochko said.", **RU)
    add_claim(store, "denial", "ua-denial", speaker="Serhiy Haidai", place="Bilohorivka", value="Ukraine",
              asserted="2023-04-12", sentence="Bilohorivka is ours and the defence holds, Haidai said.", **UA)


def add_later_claim(store, claim_id, *, speaker, value, asserted, sentence, **who):
    add_article(store, f"art-{claim_id}", outlet="Some Outlet", published=asserted, text=f"{claim_id} " * 30)
    add_claim(store, claim_id, f"art-{claim_id}", speaker=speaker, place="Bilohorivka", value=value,
              asserted=asserted, sentence=sentence, **who)


def status(store):
    detect_copies(store, run_id="test-run")
    build_claim_evidence(store)
    flag_contradictions(store)
    return store.fetchall(
        "select s.status, s.resolved_value, s.resolved_by_claim_id, s.resolution "
        "from store.contradictions k join store.contradiction_status s using (contradiction_id)"
    )


def test_the_claimant_admitting_weeks_later_that_the_enemy_still_holds_the_place_settles_it(fresh_store):
    disputed_village(fresh_store)
    # 49 days after the contradiction, beyond the horizon; nobody reported a change since
    assert RESOLUTION_HORIZON_DAYS < 49
    add_later_claim(fresh_store, "still-held", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="The enemy continues to hold Bilohorivka and is bringing in reserves, Marochko said.",
                    **RU)
    assert status(fresh_store) == [("resolved", "Ukraine", "still-held", "admission of continuity")]


def test_a_change_reported_in_between_breaks_the_continuity(fresh_store):
    disputed_village(fresh_store)
    # a third source reports the village changing hands in May: the late "still holds"
    # may describe a state restored since, not the one that was disputed in April
    add_later_claim(fresh_store, "retaken", speaker="Ukrainian General Staff", value="Ukraine",
                    asserted="2023-05-10", sentence="Ukrainian forces liberated Bilohorivka, the General Staff said.",
                    **UA)
    add_later_claim(fresh_store, "still-held", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="The enemy continues to hold Bilohorivka, Marochko said.", **RU)
    assert {row[:2] for row in status(fresh_store)} == {("open", None)}


def test_the_claimant_repeating_its_own_old_claim_is_no_change_in_between(fresh_store):
    disputed_village(fresh_store)
    # the same statement repeated three days on (one statement: within the match window)
    add_later_claim(fresh_store, "repeat", speaker="Andrei Marochko", value="Russia", asserted="2023-04-14",
                    sentence="Bilohorivka was liberated by allied forces, Marochko repeated.", **RU)
    add_later_claim(fresh_store, "still-held", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="The enemy is still holding on to Bilohorivka, Marochko said.", **RU)
    assert status(fresh_store) == [("resolved", "Ukraine", "still-held", "admission of continuity")]


def test_a_late_admission_of_a_change_is_about_a_new_situation(fresh_store):
    disputed_village(fresh_store)
    # conceding a withdrawal weeks later says what holds from then on, not in April
    add_later_claim(fresh_store, "withdrew", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="Allied units withdrew from Bilohorivka to better positions, Marochko said.", **RU)
    assert status(fresh_store) == [("open", None, None, None)]


def test_a_late_admission_of_a_present_state_without_continuity_is_not_enough(fresh_store):
    disputed_village(fresh_store)
    add_later_claim(fresh_store, "holds", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="The enemy holds Bilohorivka, Marochko said.", **RU)
    assert status(fresh_store) == [("open", None, None, None)]


def test_corroboration_keeps_the_horizon(fresh_store):
    disputed_village(fresh_store)
    # two independent neutral sources agree, unhedged, but only seven weeks later
    neutral = dict(side="neutral", kind="analyst")
    add_later_claim(fresh_store, "isw", speaker="ISW", value="Ukraine", asserted="2023-05-30",
                    sentence="Ukrainian forces still hold Bilohorivka, ISW said.", **neutral)
    add_later_claim(fresh_store, "rusi", speaker="RUSI", value="Ukraine", asserted="2023-05-31",
                    sentence="Bilohorivka remains in Ukrainian hands, RUSI said.", **neutral)
    assert status(fresh_store) == [("open", None, None, None)]


def test_corroboration_within_the_horizon_settles_and_an_admission_outranks_it(fresh_store):
    disputed_village(fresh_store)
    neutral = dict(side="neutral", kind="analyst")
    add_later_claim(fresh_store, "isw", speaker="ISW", value="Ukraine", asserted="2023-04-20",
                    sentence="Ukrainian forces hold Bilohorivka, ISW said.", **neutral)
    add_later_claim(fresh_store, "rusi", speaker="RUSI", value="Ukraine", asserted="2023-04-21",
                    sentence="Bilohorivka is in Ukrainian hands, RUSI said.", **neutral)
    assert status(fresh_store) == [("resolved", "Ukraine", "rusi", "independent corroboration")]
    add_later_claim(fresh_store, "still-held", speaker="Andrei Marochko", value="Ukraine", asserted="2023-05-31",
                    sentence="The enemy continues to hold Bilohorivka, Marochko said.", **RU)
    assert status(fresh_store) == [("resolved", "Ukraine", "still-held", "admission of continuity")]


def add_place(store, name: str, kind: str) -> None:
    store.execute("insert into store.places values (?, ?, ?, 'Donetsk Oblast', 48.0, 37.9, '')",
                  [f"test:{name.lower()}", name, kind])


def attack(store, claim_id, *, place, attacker, asserted, speaker, side, hedged=False):
    add_article(store, f"art-{claim_id}", outlet="Some Outlet", published=asserted, text=f"{claim_id} " * 30)
    add_claim(store, claim_id, f"art-{claim_id}", speaker=speaker, place=place, value=attacker, asserted=asserted,
              predicate="attacked", side=side, hedged=hedged,
              sentence=f"{speaker} said attacks near {place} were repelled.")


def timeline(store, place):
    detect_copies(store, run_id="test-run")
    build_claim_evidence(store)
    flag_contradictions(store)
    return store.fetchall(
        "select controller, valid_from::varchar, valid_to::varchar, confidence, basis, evidence_claim_ids "
        "from store.place_timeline where place = ? order by valid_from", [place])


def test_a_village_only_ever_attacked_by_one_side_is_presumed_held_by_the_other(fresh_store):
    add_place(fresh_store, "Khromove", "village")
    attack(fresh_store, "gs", place="Khromove", attacker="Russia", asserted="2023-04-18",
           speaker="Ukrainian General Staff", side="Ukraine")
    attack(fresh_store, "isw", place="Khromove", attacker="Russia", asserted="2023-05-02", speaker="ISW",
           side="neutral")
    rows = timeline(fresh_store, "Khromove")
    assert [(c, f, t, b) for c, f, t, _, b, _ in rows] == [("Ukraine", "2023-04-18", None, "presumed from attacks")]
    # a presumption is never as sure as a claim: below the confidence at which states label claims
    assert rows[0][3] == 0.5
    assert sorted(rows[0][5]) == ["gs", "isw"]


def test_the_attacking_side_changing_moves_the_presumption(fresh_store):
    add_place(fresh_store, "Kurdiumivka", "village")
    attack(fresh_store, "ru", place="Kurdiumivka", attacker="Russia", asserted="2023-01-20",
           speaker="Ukrainian General Staff", side="Ukraine")
    attack(fresh_store, "ua", place="Kurdiumivka", attacker="Ukraine", asserted="2023-05-15",
           speaker="Russian MoD", side="Russia")
    assert [row[:3] for row in timeline(fresh_store, "Kurdiumivka")] == [
        ("Ukraine", "2023-01-20", "2023-05-15"), ("Russia", "2023-05-15", None)]


def test_any_control_claim_replaces_the_presumption(fresh_store):
    add_place(fresh_store, "Krasnohorivka", "town")
    attack(fresh_store, "shelled", place="Krasnohorivka", attacker="Russia", asserted="2023-03-04",
           speaker="Donetsk regional administration", side="Ukraine")
    add_later = dict(side="Russia", kind="military")
    add_article(fresh_store, "ru", outlet="Vestnik", published="2023-04-08", text="r " * 30)
    add_claim(fresh_store, "outskirts", "ru", speaker="DPR militia", place="Krasnohorivka", value="contested",
              asserted="2023-04-08", sentence="Russian units are fighting on the outskirts of Krasnohorivka.",
              **add_later)
    rows = timeline(fresh_store, "Krasnohorivka")
    assert [(c, b, ids) for c, _, _, _, b, ids in rows] == [("contested", "control claims", ["outskirts"])]


def test_regions_and_facilities_are_never_presumed(fresh_store):
    add_place(fresh_store, "Donetsk Oblast", "oblast")
    add_place(fresh_store, "Azovstal", "facility")
    for place in ("Donetsk Oblast", "Azovstal"):
        attack(fresh_store, f"att-{place}", place=place, attacker="Russia", asserted="2023-03-04",
               speaker="Ukrainian General Staff", side="Ukraine")
        assert timeline(fresh_store, place) == []
