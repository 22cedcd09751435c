"""Wordings beyond the dev set: MoD and General Staff formulas, insertions between subject and
verb, agentless and nominal forms, partial control, speaker sides read from context."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2023, 5, 20, 15, 0, tzinfo=timezone.utc)


def found(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.place, c.predicate, c.value) for c in extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)}


@pytest.mark.parametrize("text, claim", [
    # Russian MoD formulas: a bare "units" of a named grouping is the speaker's own side
    ("Units of the Centre group of forces have taken Ocheretyne, the ministry said.", ("Ocheretyne", "controls", "Russia")),
    ("Russia's defence ministry said its troops had taken Pervomaiske. The ministry also said units had "
     "repelled attacks near Marinka.", ("Marinka", "attacked", "Ukraine")),
    # insertions between subject and verb
    ("Russian troops, backed by heavy artillery, took Soledar, the ministry said.", ("Soledar", "controls", "Russia")),
    ("Russian forces, who had been trying to storm the town for months, finally captured Marinka, the ministry said.",
     ("Marinka", "controls", "Russia")),
    ("The enemy, which is suffering heavy losses, is trying to storm Marinka, the General Staff said.",
     ("Marinka", "attacked", "Russia")),
    # agentless and nominal forms
    ("Avdiivka has fallen, a Ukrainian soldier told Reuters.", ("Avdiivka", "controls", "Russia")),
    ("The fall of Avdiivka was a blow to Kyiv.", ("Avdiivka", "controls", "Russia")),
    ("Putin congratulated the troops on the liberation of Avdiivka, the Kremlin said.", ("Avdiivka", "controls", "Russia")),
    ("Russian troops were driven out of Kherson, the Ukrainian military said.", ("Kherson", "controls", "Ukraine")),
    ("Russian troops have been pushed back from Kupiansk, the military said.", ("Kupiansk", "controls", "Ukraine")),
    # partial control
    ("Geolocated footage indicates that Russian forces advanced in southern Marinka.", ("Marinka", "controls", "contested")),
    ("Fighting continues on the outskirts of Kupiansk, the governor said.", ("Kupiansk", "controls", "contested")),
    ("Ukrainian troops have pushed into the outskirts of Robotyne, a commander said.",
     ("Robotyne", "controls", "contested")),
    ("Hlyboke is the scene of fierce fighting, the brigade said.", ("Hlyboke", "controls", "contested")),
    # General Staff formulas: fronted locatives, "tried to advance near", the enemy read as Russia
    ("Near Synkivka in Kharkiv Oblast, Ukrainian troops repelled several enemy attacks, the General Staff said.",
     ("Synkivka", "attacked", "Russia")),
    ("In the Toretsk direction, the enemy tried to advance near Pivnichne 12 times, the General Staff said.",
     ("Pivnichne", "attacked", "Russia")),
    ("The enemy is trying to advance towards Siversk, the General Staff said.", ("Siversk", "attacked", "Russia")),
    # the speaker's voice gives the side of "the enemy" for an unnamed institution
    ("The occupiers shelled Kherson again and the enemy stormed Krynky, the command said.",
     ("Krynky", "attacked", "Russia")),
    # spellings of the other language
    ("The ministry said Wagner assault units had captured Krasnaya Gora, north of Artyomovsk.",
     ("Krasna Hora", "controls", "Russia")),
    ("The enemy is trying to encircle Krasny Liman, Pushilin admitted.", ("Lyman", "attacked", "Ukraine")),
])
def test_new_wordings_give_the_claim(text, claim):
    assert claim in found(text)


@pytest.mark.parametrize("text", [
    "Prices fell sharply in Kharkiv last month.",
    "The fall of the ruble worried traders in Moscow.",
    "Russia hopes the fall of Bakhmut will open the way to Kramatorsk.",
    "If Avdiivka falls, Russia would gain a foothold.",
    "The company made gains in Kyiv trading.",
    "Refugees moved into the outskirts of Lviv, officials said.",
    "Units of the fire service moved into Kherson to put out blazes, the ministry said.",
    "The ministry said units would try to take Robotyne next week.",
    "Zelenskiy thanked the troops for their defence of Bakhmut.",
    "The capture of Bakhmut would be a symbolic win, analysts said.",
    "Near Kupiansk, residents queued for bread, the governor said.",
    "Will the fall of Avdiivka change the war?",
    "Ukrainian forces plan to advance in Zaporizhzhia Oblast, a commander said.",
    "Fighting may soon reach the outskirts of Pokrovsk, officials warned.",
    "Troops from the Southern group of forces held a parade in Sevastopol.",
])
def test_lookalikes_give_no_control_claim(text):
    assert {c for c in found(text) if c[1] == "controls"} == set()
