"""Recall shapes of the fifth recall pass, second half: General Staff stock phrases to headline participles.

The shapes are listed in test_extract_recall5.py's docstring; split so each file stays short.
"""

from __future__ import annotations

import pytest

from conftest import found_claims as found


def pairs(text: str, predicate: str) -> set[tuple[str | None, str]]:
    return {(place, value) for _, place, value in found(text, predicate)}


# --- General Staff stock phrases, occupation ---------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("The Defence Forces are holding back the enemy's onslaught near Pokrovsk, Ukraine's General Staff said.",
     "Pokrovsk"),
    ("Ukrainian defenders continue to hold back the enemy in Vovchansk, Ukraine's General Staff said.", "Vovchansk"),
    ("Our troops repelled the enemy near Robotyne, Ukraine's General Staff said.", "Robotyne"),
    ("The enemy tried to dislodge our units from their positions near Chasiv Yar, Ukraine's General Staff said.",
     "Chasiv Yar"),
    ("Ukrainian units contained Russian attacks on Kupiansk, Syrskyi said.", "Kupiansk"),
])
def test_general_staff_stock_phrases_are_attacks(text: str, place: str) -> None:
    assert (place, "Russia") in pairs(text, "attacked")


@pytest.mark.parametrize("text", [
    "The bank held back payments to Kyiv, the finance minister said.",
    "The company contained the spill near Odesa, officials said.",
    "The police tried to drive protesters out of Kyiv's main square.",
])
def test_stock_phrase_near_misses(text: str) -> None:
    assert not found(text, "attacked") and not found(text, "controls")


@pytest.mark.parametrize("text, place", [
    ("The whole of Luhansk region is now under Russian occupation, the governor Serhiy Haidai said.",
     "Luhansk Oblast"),
    ("Melitopol remains under occupation, its mayor Ivan Fedorov said.", "Melitopol"),
    ("Nova Kakhovka is still under Russian occupation, Zelensky said.", "Nova Kakhovka"),
    ("Enerhodar remains under temporary occupation, the Ukrainian military said.", "Enerhodar"),
])
def test_under_occupation_is_held_by_russia(text: str, place: str) -> None:
    assert (place, "Russia") in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "Residents who lived under occupation described hunger and fear, the report said.",
    "Kherson spent eight months under Russian occupation in 1941, the museum said.",
])
def test_occupation_near_misses(text: str) -> None:
    assert ("Kherson", "Russia") not in pairs(text, "controls") and not found(text, "controls")


# --- infiltration near a place; despite named assaults ------------------------------------------
@pytest.mark.parametrize("text, places", [
    ("Small Russian groups managed to infiltrate near Kucheriv Yar and Zolotyi Kolodiaz, Viktor Trehubov said.",
     {"Kucheriv Yar", "Zolotyi Kolodiaz"}),
    ("Russian sabotage groups infiltrated towards Pokrovsk overnight, the Ukrainian military said.", {"Pokrovsk"}),
    ("Kupiansk remains under Ukrainian control despite repeated Russian assaults, the governor Oleh Syniehubov "
     "said on Saturday.", {"Kupiansk"}),
    ("Vuhledar is still in Ukrainian hands despite months of Russian attacks, Zelensky said.", {"Vuhledar"}),
])
def test_infiltration_and_named_assaults_are_attacks(text: str, places: set[str]) -> None:
    assert {(place, "Russia") for place in places} <= pairs(text, "attacked")


@pytest.mark.parametrize("text", [
    # no side named for the assaults
    "Ukrainian troops are holding the centre of Toretsk despite relentless assaults, a spokesman said.",
    "Prices in Kyiv rose despite the attacks, the central bank said.",
    "Despite Russian shelling, residents returned to work, the mayor said.",
])
def test_despite_near_misses_give_no_attack(text: str) -> None:
    assert not found(text, "attacked")


# --- a withdrawal allowed, fighting reaching the streets, holding out, the last positions --------
@pytest.mark.parametrize("text, place, value", [
    ("Ukraine's Khortytsia group of forces said on Wednesday it had allowed units to withdraw from Vuhledar to "
     "save personnel and equipment.", "Vuhledar", "Russia"),
    ("Syrskyi said he had authorised the remaining Ukrainian units to withdraw from Avdiivka.", "Avdiivka", "Russia"),
    ("Russian forces enter Selydove\n\nFighting has reached the streets of the coal-mining town south-east of "
     "Pokrovsk, Syrskyi said on Thursday.", "Selydove", "contested"),
    ("Ukrainian troops are holding out in Bakhmut, Zelensky said.", "Bakhmut", "Ukraine"),
    ("The Russians now control about 70% of Pokrovsk, but Ukrainian units are still holding out in the northern "
     "districts, Syrskyi said.", "Pokrovsk", "contested"),
    ("The Black Bird Group wrote that Ukrainian troops appear to have abandoned their last positions in "
     "Krasnohorivka.", "Krasnohorivka", "Russia"),
])
def test_withdrawals_allowed_and_places_held_out(text: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, "controls")


@pytest.mark.parametrize("text", [
    "Syrskyi ordered units to withdraw from Avdiivka, the army said.",
    "Kyiv has not allowed its troops to withdraw from Bakhmut, Zelensky said.",
    "Syrskyi may allow troops to withdraw from Pokrovsk, analysts said.",
    "Russia allowed civilians to leave Mariupol, the ministry said.",
])
def test_withdrawal_near_misses(text: str) -> None:
    assert not found(text, "controls")


# --- headline present tenses and wire verbs -----------------------------------------------------
@pytest.mark.parametrize("text, predicate, place, value", [
    ("Russian forces enter Pokrovsk, Ukraine says", "controls", "Pokrovsk", "contested"),
    ("Russians push into Toretsk", "controls", "Toretsk", "contested"),
    ("Russian troops pour into Selydove", "controls", "Selydove", "contested"),
    ("Russian forces gain ground in Chasiv Yar", "controls", "Chasiv Yar", "contested"),
    ("Kyiv pulls its troops out of Avdiivka", "controls", "Avdiivka", "Russia"),
    ("Ukraine's army quits Vuhledar after two-year defence", "controls", "Vuhledar", "Russia"),
    ("Wagner claims full control of Bakhmut", "controls", "Bakhmut", "Russia"),
    ("Ukrainian flag back over Kupiansk", "controls", "Kupiansk", "Ukraine"),
    ("Russian troops close in on Pokrovsk", "attacked", "Pokrovsk", "Russia"),
    ("Russia grinds forward near Pokrovsk", "attacked", "Pokrovsk", "Russia"),
    ("Ukraine regains ground near Robotyne", "attacked", "Robotyne", "Ukraine"),
    ("Russian units edged closer to Kurakhove on Tuesday, ISW said.", "attacked", "Kurakhove", "Russia"),
    ("Ukraine admits Russian breakthrough at Ocheretyne", "attacked", "Ocheretyne", "Russia"),
])
def test_headline_and_wire_verbs(text: str, predicate: str, place: str, value: str) -> None:
    assert (place, value) in pairs(text, predicate)


@pytest.mark.parametrize("text", [
    "The delegation entered Kyiv on Monday.",
    "Foreign journalists entered Mariupol for the first time.",
    "Water poured through the breach in the Kakhovka dam towards Kherson.",
    "Tourists poured into Lviv for the holidays.",
    "Investors gained ground in Kyiv bonds.",
    "The finance minister quits Kyiv for Brussels.",
    "Prices closed in on record highs in Kyiv.",
])
def test_headline_verb_near_misses(text: str) -> None:
    assert not found(text, "controls") and not found(text, "attacked")


# --- a side's units destroyed after a relative clause that names the place ------------------------
@pytest.mark.parametrize("text, places, victim", [
    ("Ukrainian saboteurs who tried to land on the left bank near Krynki were destroyed by artillery, Kherson "
     "region governor Vladimir Saldo said.", {"Krynky"}, "Ukraine"),
    ("Russian sabotage groups that infiltrated Kucheriv Yar and Zolotyi Kolodiaz near Dobropillia have been "
     "destroyed, the Azov Corps said on Tuesday.", {"Kucheriv Yar", "Zolotyi Kolodiaz"}, "Russia"),
    ("Ukrainian formations that had tried to dig in on the outskirts of Novomikhaylovka were eliminated, Russia's "
     "defence ministry said.", {"Novomykhailivka"}, "Ukraine"),
    ("Ukrainian units blocked in near Sudzha are being destroyed, Chief of the General Staff Valery Gerasimov "
     "said.", {"Sudzha"}, "Ukraine"),
    ("Ukrainian troops have recaptured Lukianivka, a village east of Kyiv, after a battle in which a Russian tank "
     "column was destroyed, Ukraine's defence ministry said.", {"Lukianivka"}, "Russia"),
])
def test_units_destroyed_after_a_relative_clause(text: str, places: set[str], victim: str) -> None:
    assert pairs(text, "losses") == {(place, victim) for place in places}


@pytest.mark.parametrize("text", [
    # no place at all: the relative clause names none
    "Ukrainian saboteurs who tried to cross the border were destroyed, Russia's defence ministry said.",
    # equipment of no named side
    "Buildings that stood near Bakhmut for a century were destroyed, the governor said.",
    # a plan, not a result
    "Russian units that try to advance near Pokrovsk will be destroyed, Syrskyi warned.",
])
def test_destroyed_near_misses_give_no_losses(text: str) -> None:
    # a loss with no place may be kept as a total (place None); none may be tied to a place
    assert not {place for place, _ in pairs(text, "losses") if place is not None}


# --- encirclement: a closed cauldron, a reduced passive ---------------------------------------------
@pytest.mark.parametrize("text, place, inside", [
    ("\"The Avdeyevka cauldron has closed, the last road out is under our fire control,\" the Russian channel "
     "Voenny Osvedomitel wrote.", "Avdiivka", "Ukraine"),
    ("\"The Mirnograd cauldron is sealed,\" the Russian channel Rybar wrote on Telegram.", "Myrnohrad", "Ukraine"),
    ("The Pokrovsk pocket is closed, Pushilin said.", "Pokrovsk", "Ukraine"),
    ("Ukrainian units blocked in near Sudzha are being destroyed, Chief of the General Staff Valery Gerasimov said.",
     "Sudzha", "Ukraine"),
    ("Russian troops blocked in Kupiansk, says Ukraine", "Kupiansk", "Russia"),
    ("Russian troops surrounded in Kupiansk, Syrskyi says", "Kupiansk", "Russia"),
    ("Ukrainian formations in Krasnoarmeysk are blocked, Gerasimov said.", "Pokrovsk", "Ukraine"),
])
def test_closed_cauldrons_and_reduced_passives(text: str, place: str, inside: str) -> None:
    assert pairs(text, "encircled") == {(place, inside)}


@pytest.mark.parametrize("text, expected", [
    # the active verb: the troops encircle the place, whoever is inside is the other side
    ("Russian troops surrounded Kupiansk, Ukraine says.", {("Kupiansk", "Ukraine")}),
    ("The ring around Pokrovsk is not yet closed, Syrskyi said.", set()),
    ("The deal is closed, the ministry said of the Kherson contract.", set()),
    ("Pockets of resistance remain in Kherson, the governor said.", set()),
])
def test_cauldron_near_misses(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text, "encircled") == expected


# --- up to the outskirts of a place ------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Russian forces advanced to the outskirts of Pokrovsk, ISW said.", "Pokrovsk"),
    ("Russian troops reached the outskirts of Pokrovsk, the spokesman Viktor Trehubov said.", "Pokrovsk"),
    ("Russian troops have reached the eastern outskirts of Kurakhove, Syrskyi said.", "Kurakhove"),
    ("Russian troops moved up to the southern edge of Toretsk, Syrskyi said.", "Toretsk"),
    ("Russian assault groups pushed to the approaches of Kostiantynivka, the General Staff of Ukraine said.",
     "Kostiantynivka"),
])
def test_reaching_the_outskirts_is_an_attack(text: str, place: str) -> None:
    assert (place, "Russia") in pairs(text, "attacked")
    assert not found(text, "controls")


@pytest.mark.parametrize("text", [
    "Refugees reached the outskirts of Lviv on Sunday.",
    "The motorway to the outskirts of Kyiv was reopened, officials said.",
])
def test_outskirts_near_misses(text: str) -> None:
    assert not found(text, "attacked") and not found(text, "controls")


# --- a plural noun standing for the places named before ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Russian sabotage groups that infiltrated Kucheriv Yar and Zolotyi Kolodiaz near Dobropillia have been "
     "destroyed and both villages are back under Ukrainian control, the Azov Corps said on Tuesday.",
     {("Kucheriv Yar", "Ukraine"), ("Zolotyi Kolodiaz", "Ukraine")}),
    ("Ukrainian troops recaptured Robotyne and Verbove, and both villages are now under Ukrainian control, "
     "Maliar said.", {("Robotyne", "Ukraine"), ("Verbove", "Ukraine")}),
    ("Russia says it took Novoselivka and Bohdanivka, but Kyiv says fighting continues in both villages.",
     {("Novoselivka", "Russia"), ("Bohdanivka", "Russia"), ("Novoselivka", "contested"),
      ("Bohdanivka", "contested")}),
    ("Russian troops entered Krasnohorivka and Marinka; the two towns are contested, ISW said.",
     {("Krasnohorivka", "contested"), ("Marinka", "contested")}),
])
def test_a_plural_noun_stands_for_the_places_named_before(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text, "controls") == expected


@pytest.mark.parametrize("text, expected", [
    # nothing named before the noun
    ("Both villages were back under Ukrainian control, the Azov Corps said.", set()),
    # "both sides" is no place; one place named, so only its own claim
    ("Ukrainian troops recaptured Robotyne, and both sides claimed victory, Maliar said.", {("Robotyne", "Ukraine")}),
    # two places named, but "all three villages" needs three
    ("Russian troops entered Krasnohorivka and Marinka; all three villages are contested, ISW said.",
     {("Krasnohorivka", "contested"), ("Marinka", "contested")}),
])
def test_plural_near_misses(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text, "controls") == expected


# --- a headline's negated or adverbed participle ------------------------------------------------------
@pytest.mark.parametrize("text, place, value", [
    ("Lyman not taken, Kyiv insists", "Lyman", "Ukraine"),
    ("Vuhledar still held, says Ukrainian army", "Vuhledar", "Ukraine"),
    ("Pokrovsk not captured, Ukraine's General Staff says", "Pokrovsk", "Ukraine"),
    ("Bakhmut never taken, Zelensky says", "Bakhmut", "Ukraine"),
])
def test_a_headline_participle_with_not_or_still(text: str, place: str, value: str) -> None:
    assert pairs(text, "controls") == {(place, value)}


@pytest.mark.parametrize("text", [
    # the participle has an object of its own: an active verb, and "not" with no side named
    "Lyman not taking refugees, Kyiv insists",
    "Bakhmut not yet rebuilt, the mayor says",
])
def test_headline_participle_near_misses(text: str) -> None:
    assert not found(text, "controls")
