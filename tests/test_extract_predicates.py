"""Predicates and their values: control verbs, flips, contested, encircled, attacked, losses."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import PREDICATES, extract_claims

PUBLISHED = datetime(2023, 5, 20, 15, 0, tzinfo=timezone.utc)


def claims_of(text: str):
    return extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)


def facts(text: str, predicate: str = "controls"):
    return {(c.place, c.value) for c in claims_of(text) if c.predicate == predicate}


@pytest.mark.parametrize("text, value", [
    ("Russian forces captured Soledar, the ministry said.", "Russia"),
    ("Ukrainian troops have liberated Kupiansk, the governor said.", "Ukraine"),
    ("Wagner fighters seized Soledar on Wednesday, Prigozhin said.", "Russia"),
    ("Russian forces took control of Soledar, the ministry said.", "Russia"),
    ("Russian units took the eastern town of Soledar, the ministry said.", "Russia"),
    ("Ukraine retook Kherson, Zelenskiy said.", "Ukraine"),
    ("Soledar is now fully under the control of Russian troops, the ministry said.", "Russia"),
    ("Kupiansk remains in Ukrainian hands, officials said.", "Ukraine"),
    ("Ukrainian forces are still holding Bakhmut, the General Staff said.", "Ukraine"),
    ("Ukrainian troops raised the flag over Snihurivka, the army said.", "Ukraine"),
    ("Ukrainian troops repelled an assault on Marinka, the General Staff said.", "Ukraine"),
    ("Ukrainian troops pushed Russian forces out of Robotyne, the brigade said.", "Ukraine"),
    ("Lyman has been cleared of occupiers, Ukraine's army said.", "Ukraine"),
    ("Soledar was captured by Russian forces, Ukrainian officials admitted.", "Russia"),
    ("Bakhmut fell to Russian forces in May, analysts said.", "Russia"),
])
def test_control_verbs_give_the_acting_side(text, value):
    assert {v for _, v in facts(text)} == {value}


@pytest.mark.parametrize("text, value", [
    ("Ukraine confirmed it withdrew from Soledar.", "Russia"),
    ("Ukraine's military said its troops had pulled back from Soledar.", "Russia"),
    ("Russian forces retreated from Kherson, the ministry said.", "Ukraine"),
    ("Ukraine denied that Russia had captured Soledar.", "Ukraine"),
    ("Ukraine's military said Russian forces did not take Soledar.", "Ukraine"),
    ("Russian forces have failed to capture Vuhledar, Kyiv said.", "Ukraine"),
    ("Ukrainian forces no longer hold Soledar, the ministry said.", "Russia"),
    ("Russia lost control of Kherson, analysts said.", "Ukraine"),
])
def test_negation_and_withdrawal_flip_the_value(text, value):
    assert {v for _, v in facts(text)} == {value}


@pytest.mark.parametrize("text", [
    "Fighting continues inside Bakhmut, the governor said.",
    "Street fighting is raging in Soledar, officials said.",
    "Ukrainian forces are battling to hold Soledar, the military said.",
    "Russian troops have entered Avdiivka, Ukrainian officials said.",
    "Russian forces control most of Bakhmut, ISW said.",
    "Russian forces captured parts of Marinka, the ministry said.",
])
def test_fighting_inside_and_partial_control_are_contested(text):
    assert {v for _, v in facts(text)} == {"contested"}


@pytest.mark.parametrize("text", [
    "Russian forces hit a command post near Bakhmut.",
    "The reactor at the Zaporizhzhia plant is under control, the operator said.",
    "Ukrainian troops said they had captured two Russian prisoners near Bakhmut.",
    "Moscow pulled out of the grain deal, the Kremlin said.",
    "Hundreds of settlements have been freed since spring, Zelenskiy said.",
    "Gazprom took control of the company last year.",
    "Russia withdrew its ambassador from Kyiv.",
    "Russia aims to capture Bakhmut by the end of the month.",
    "Bakhmut could fall within weeks, analysts warned.",
    "Will Russia capture Bakhmut this winter?",
    "If Russian forces take Avdiivka, they would push towards Pokrovsk.",
    "Russia is determined to capture Bakhmut.",
    "Putin ordered his troops to seize Kharkiv.",
    "Russian forces will try to recapture Robotyne, commanders predicted.",
    "The situation in Kharkiv is under control, the mayor said.",
    "Zelenskiy travelled to Bakhmut and met soldiers.",
    "Russia held a referendum in Kherson region.",
    "The capture of Bakhmut could open the road to Kramatorsk, analysts said.",
    "Zelenskiy was surrounded by reporters in Kyiv.",
    "The convoy took the road to Kharkiv.",
])
def test_distractors_yield_no_control_claim(text):
    assert facts(text) == set()


def test_hedges_keep_their_words():
    [claim] = [c for c in claims_of("Russian forces have likely captured Soledar, ISW assessed.")
               if c.predicate == "controls"]
    assert claim.hedged and "likely" in claim.modality
    [claim] = [c for c in claims_of("Russian forces have reportedly captured Soledar.") if c.predicate == "controls"]
    assert claim.hedged and claim.modality == "reportedly"
    [claim] = [c for c in claims_of("Russian forces may have captured Soledar, officials said.")
               if c.predicate == "controls"]
    assert claim.hedged and "may have" in claim.modality


def test_said_is_not_a_hedge():
    [claim] = [c for c in claims_of("Russia's defence ministry said its forces captured Soledar.")]
    assert not claim.hedged and claim.modality is None


@pytest.mark.parametrize("text, speaker_side", [
    ("\"Our troops have liberated Soledar,\" Russia's defence ministry said.", "Russia"),
    ("\"The enemy has captured Soledar,\" Ukraine's General Staff said.", "Russia"),
    ("\"Our soldiers are still holding Soledar,\" Ukraine's deputy defence minister said.", "Ukraine"),
    ("\"The enemy has withdrawn from Kherson,\" Ukraine's General Staff said.", "Ukraine"),
])
def test_speaker_relative_actors(text, speaker_side):
    assert {v for _, v in facts(text)} == {speaker_side}


def test_encircled_names_the_side_inside():
    assert facts("Russian forces have surrounded Bakhmut, the Donetsk administration said.",
                 "encircled") == {("Bakhmut", "Ukraine")}
    assert facts("Lysychansk is now encircled, Russia's defence ministry said.", "encircled") == {
        ("Lysychansk", "Ukraine")}
    assert facts("Bakhmut is almost surrounded, Prigozhin said.", "encircled") == set()


def test_attacked_names_the_attacker():
    assert facts("Russian forces shelled Kherson overnight, the governor said.", "attacked") == {
        ("Kherson", "Russia")}
    assert facts("Klishchiivka came under Russian fire, the General Staff said.", "attacked") == {
        ("Klishchiivka", "Russia")}
    assert facts("A Russian missile hit a hospital in Kyiv, officials said.", "attacked") == {("Kyiv", "Russia")}
    assert facts("Shelling of Kramatorsk continued, officials said.", "attacked") == set()


def test_losses_name_the_side_that_suffers_them():
    assert facts("Russian forces are suffering heavy losses near Bakhmut, Ukraine's military said.",
                 "losses") == {("Bakhmut", "Russia")}
    assert facts("The Ukrainian army lost up to 30 servicemen near Kreminna, the ministry said.",
                 "losses") == {("Kreminna", "Ukraine")}
    placeless = [c for c in claims_of("\"The invaders are suffering heavy losses,\" the General Staff said.")
                 if c.predicate == "losses"]
    assert [(c.value, c.place) for c in placeless] == [("Russia", None)]


def test_every_predicate_is_one_of_the_four():
    text = ("Russian forces captured Soledar and shelled Bakhmut, where Ukrainian troops are surrounded "
            "and suffering losses near Bakhmut, the ministry said.")
    assert {c.predicate for c in claims_of(text)} <= set(PREDICATES)


def test_not_fully_lost_is_contested():
    assert facts("The command insisted Soledar had not been fully lost.") == {("Soledar", "contested")}


def test_a_denied_encirclement_leaves_only_the_denied_claim():
    found = [c for c in claims_of("Russia claimed to have encircled a Ukrainian unit near Vuhledar, "
                                  "a claim Ukraine's army denied.")]
    assert [(c.speaker_phrase, c.predicate, c.value, c.hedged) for c in found] == [
        ("Russia", "encircled", "Ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # a side named with the pressure decides the attacker
    ("Terny and Yampolivka have come under increasing Russian pressure, Ukrainian officers told reporters.",
     {("Terny", "Russia"), ("Yampolivka", "Russia")}),
    ("Kupiansk is under mounting Russian pressure, the governor said.", {("Kupiansk", "Russia")}),
    # without one, pressure is claimed by the side applying it as often as by the side under it
    ("Pushilin: fighting for Maryinka's last quarters; Krasnogorovka under pressure", set()),
    ("Vuhledar remains under pressure, the DPR leader said.", set()),
    # fire without a side is still the other side's, as before
    ("Donetsk came under fire again overnight, Denis Pushilin said.", {("Donetsk", "Ukraine")}),
])
def test_under_pressure_needs_a_side(text, expected):
    assert facts(text, "attacked") == expected
