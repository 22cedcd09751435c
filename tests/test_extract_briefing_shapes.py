"""Shapes added for ministry briefings, General Staff summaries and headlines (one case each)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def claims_of(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.place, c.predicate, c.value) for c in extract_claims(text, outlet="Test Wire", published_at=WHEN)}


@pytest.mark.parametrize("text, expected", [
    # repels in summaries: every listed place, the attackers named outright decide the side
    ("In the Pokrovsk direction, our defenders stopped 36 assault actions of the occupiers near Lysivka, "
     "Hrodivka and Selydove.",
     {("Lysivka", "attacked", "Russia"), ("Hrodivka", "attacked", "Russia"), ("Selydove", "attacked", "Russia")}),
    ("Zapad group units repelled seven attacks by assault groups of the 14th brigade in the areas of Sinkovka "
     "and Tabayevka, the Russian defence ministry said.",
     {("Synkivka", "attacked", "Ukraine"), ("Tabaivka", "attacked", "Ukraine")}),
    # losses spread over the places listed before the participle, inflicted by the clause's subject
    ("Russian aviation struck Ukrainian units near Torskoye and Yampolovka, killing up to 85 servicemen, "
     "the ministry said.",
     {("Torske", "attacked", "Russia"), ("Yampolivka", "attacked", "Russia"),
      ("Torske", "losses", "Ukraine"), ("Yampolivka", "losses", "Ukraine")}),
    ("A Russian armoured column was largely destroyed after driving into a minefield between Pavlivka and "
     "Mykilske, the brigade said.",
     {("Pavlivka", "losses", "Russia"), ("Mykilske", "losses", "Russia")}),
    # control shapes
    ("Allied forces have brought Svetlodarsk, a town on the reservoir, under full control, the Russian "
     "Defence Ministry said.", {("Svitlodarsk", "controls", "Russia")}),
    ("Russia's defence ministry said on Monday that it had taken Gornyak, a mining town south of Selidovo, "
     "and Novomikhailovka, south of Kurakhovo.",
     {("Hirnyk", "controls", "Russia"), ("Novomykhailivka", "controls", "Russia")}),
    ("Russia's defence ministry said its forces had 'liberated' Rabotino.", {("Robotyne", "controls", "Russia")}),
    ("Russia announced the withdrawal from Kherson on Wednesday.", {("Kherson", "controls", "Ukraine")}),
    ("\"Severodonetsk is 80 percent ours,\" a commander of the LPR militia said.",
     {("Sievierodonetsk", "controls", "contested")}),
    ("Syrskyi said the northern part of Pokrovsk remained in Ukrainian hands.",
     {("Pokrovsk", "controls", "contested")}),
    ("Russian milbloggers claimed that Ukrainian units in Sudzha are in a cauldron.",
     {("Sudzha", "encircled", "Ukraine")}),
])
def test_briefing_and_headline_shapes(text, expected):
    assert claims_of(text) == expected


def test_a_feature_near_a_place_is_not_the_place():
    text = "Ukrainian forces have regained control of the heights around Berkhivka, Oleksandr Syrskyi said."
    assert not any(predicate == "controls" for _, predicate, _ in claims_of(text))


def test_fighting_after_a_capture_is_the_past():
    text = "ISW assesses that Russian forces seized Toretsk after fighting for the town since June."
    assert claims_of(text) == {("Toretsk", "controls", "Russia")}
