"""Recall shapes of the sixth development set, continued (see test_extract_recall8.py):

* a General Staff summary's fronted place ("Near Synkivka and Petropavlivka, our defenders repelled 7 enemy
  attacks"): the attackers named in the repelled phrase attacked the fronted places, and the place is
  where the attack happened, not what it took, so no control claim.
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def values_at(text: str, place: str, predicate: str = "controls") -> set[str]:
    return {value for _, found_place, value in found(text, predicate) if found_place == place}


@pytest.mark.parametrize("text, place, value", [
    ("Near Synkivka and Petropavlivka in Kharkiv Oblast, our defenders repelled 7 enemy attacks, the General "
     "Staff said.", "Petropavlivka", "Russia"),
    ("In the Kupiansk direction, near Synkivka, Ukrainian forces repelled 5 Russian assaults, the General Staff "
     "said.", "Synkivka", "Russia"),
    ("Near Krynky, Russian troops repelled three attacks by Ukrainian marines, the ministry said.", "Krynky",
     "Ukraine"),
    ("Around Vovchansk, Ukrainian units fought off four Russian assaults overnight.", "Vovchansk", "Russia"),
])
def test_fronted_place_of_a_repelled_attack(text: str, place: str, value: str) -> None:
    assert values_at(text, place, "attacked") == {value}
    assert values_at(text, place) == set()


def test_a_repelled_attack_on_a_named_place_still_holds_it() -> None:
    text = "Our defenders repelled 7 enemy attacks on Synkivka, the General Staff said."
    assert values_at(text, "Synkivka") == {"Ukraine"}
    assert values_at(text, "Synkivka", "attacked") == {"Russia"}


@pytest.mark.parametrize("text", [
    "Near Synkivka, the weather was bad and the roads were muddy, the General Staff said.",
    "Our defenders repelled 7 enemy attacks over the past day, the General Staff said.",
])
def test_no_fronted_place_or_no_attack(text: str) -> None:
    assert found(text, "attacked") == set()


# --- "Ukraine's flag goes up in X" ------------------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Ukraine's flag goes up in Kupiansk\n\nUkrainian special forces posted photos on Saturday of soldiers holding "
     "a blue-and-yellow flag outside the council building.", "Kupiansk", "Ukraine"),
    ("The Ukrainian flag went up over Kherson's administration building on Friday, the General Staff said.",
     "Kherson", "Ukraine"),
    ("Russian flag goes up in Avdiivka", "Avdiivka", "Russia"),
    ("Russia's flag is up again in Marinka, the ministry said.", "Marinka", "Russia"),
])
def test_a_flag_goes_up_over_the_place(text: str, place: str, value: str) -> None:
    assert values_at(text, place) == {value}


@pytest.mark.parametrize("text", [
    "Ukrainian flags went up in support of the team in Kyiv, the mayor said.",
    "Russian flags went up as a tribute in Moscow's Red Square, state media said.",
])
def test_a_flag_raised_in_support_is_no_capture(text: str) -> None:
    assert found(text) == set()
