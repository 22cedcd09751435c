"""Article-level place reference: "the town" paragraphs after the topic place was named, and a
headline's second clause that leaves the place implicit."""

from __future__ import annotations

from datetime import datetime, timezone

from crosscheck.extract import extract_claims

_T = datetime(2024, 3, 1, tzinfo=timezone.utc)


def _controls(text: str, title: str | None = None) -> set[tuple[str, str | None, str, bool]]:
    return {(c.speaker_phrase or "", c.place, c.value, c.hedged)
            for c in extract_claims(text, outlet="Test Wire", published_at=_T, title=title)
            if c.predicate == "controls"}


def _speakers_for(claims: set[tuple[str, str | None, str, bool]], fragment: str) -> set[tuple]:
    return {c for c in claims if fragment in c[0]}


# --- "the town" in a later paragraph means the topic -------------------------------------------

def test_wire_later_paragraph_town_is_the_topic() -> None:
    claims = _controls(
        "Russia's defence ministry said on Thursday that its troops had captured Vuhledar, a mining town in "
        "southern Donetsk region.\n\nUkraine's military did not immediately comment. The town had been under "
        "near-constant bombardment since the autumn.\n\nBritain's defence intelligence said in its daily update "
        "that Russian forces had probably taken control of most of the town.",
        "Russia claims capture of Vuhledar after months of assaults")
    assert _speakers_for(claims, "Britain") == {("Britain's defence intelligence", "Vuhledar", "contested", True)}


def test_lead_claim_sets_the_topic_without_a_headline() -> None:
    claims = _controls(
        "Ukrainian forces have liberated Kupiansk, the General Staff said on Monday, after weeks of heavy "
        "fighting on the Oskil river.\n\nAnalysts cautioned that supply lines remained exposed to artillery "
        "fire.\n\nA Russian military blogger with ties to the defence ministry conceded that Russian troops "
        "had been pushed out of the city.")
    assert _speakers_for(claims, "blogger") == {
        ("A Russian military blogger with ties to the defence ministry", "Kupiansk", "Ukraine", False)}


def test_headline_place_confirmed_by_the_lead_is_the_topic() -> None:
    claims = _controls(
        "Volodymyr Zelensky's comments on Bakhmut caused confusion on Sunday at a summit in Japan.\n\nHis "
        "spokesman said the president had been misunderstood.\n\nMoscow insisted the city was entirely in "
        "Russian hands.", "Zelensky's Bakhmut remarks sow confusion at summit")
    assert claims == {("Moscow", "Bakhmut", "Russia", False)}


def test_headline_place_the_lead_never_names_is_no_topic() -> None:
    claims = _controls(
        "The president's comments caused confusion on Sunday at a summit in Japan.\n\nHis spokesman said the "
        "president had been misunderstood.\n\nMoscow insisted the city was entirely in Russian hands.",
        "Zelensky's Bakhmut remarks sow confusion at summit")
    assert claims == set()


def test_capital_as_speaker_is_no_antecedent() -> None:
    claims = _controls(
        "Russia's defence ministry said Wagner fighters had completed the capture of Bakhmut.\n\nKyiv insists "
        "Ukrainian troops still hold part of the city.", "Russia says Wagner has taken Bakhmut")
    assert ("Kyiv", "Bakhmut", "contested", False) in claims
    assert not any(c[1] == "Kyiv" for c in claims)


# --- near misses: "the city" must not resolve to the topic --------------------------------------

_SOLEDAR_LEAD = "Russia's defence ministry said its forces had taken control of Soledar, a salt-mining town.\n\n"
_SOLEDAR_LATER = "A Ukrainian commander said Russian forces had entered the town but were being pushed back."


def test_town_resolves_when_no_other_town_was_named() -> None:
    claims = _controls(_SOLEDAR_LEAD + _SOLEDAR_LATER, "Russia says it has captured Soledar")
    assert ("A Ukrainian commander", "Soledar", "contested", False) in claims


def test_two_competing_towns_leave_the_town_unresolved() -> None:
    claims = _controls(_SOLEDAR_LEAD + "The nearby town of Bakhmut, about 15 km away, has been shelled daily, "
                       "local officials said.\n\n" + _SOLEDAR_LATER, "Russia says it has captured Soledar")
    assert _speakers_for(claims, "commander") == set()


_AVDIIVKA_LEAD = "Russia's defence ministry said on Saturday that its troops had taken full control of Avdiivka.\n\n"
_AVDIIVKA_LATER = "A senior official said Russian troops now controlled the city."


def test_city_resolves_to_the_topic_town() -> None:
    claims = _controls(_AVDIIVKA_LEAD + _AVDIIVKA_LATER, "Russia says its troops have taken Avdiivka")
    assert ("A senior official", "Avdiivka", "Russia", False) in claims


def test_capital_mentioned_in_passing_blocks_the_topic() -> None:
    claims = _controls(_AVDIIVKA_LEAD + "President Volodymyr Zelensky, speaking to reporters in Kyiv, called for "
                       "more air defence.\n\n" + _AVDIIVKA_LATER, "Russia says its troops have taken Avdiivka")
    assert _speakers_for(claims, "official") == set()


def test_city_named_in_the_same_sentence_wins_over_the_topic() -> None:
    claims = _controls(
        "Russia's defence ministry claimed on Monday that its forces had taken Marinka.\n\nIn Kherson, regional "
        "governor Oleksandr Prokudin said Russian troops had been pushed out of the city a year ago and would "
        "not return.", "Russia claims Marinka has fallen")
    assert _speakers_for(claims, "Prokudin") == {("regional governor Oleksandr Prokudin", "Kherson", "Ukraine", False)}


def test_a_village_is_never_the_city() -> None:
    claims = _controls(
        "Ukrainian forces liberated Robotyne in western Zaporizhia Oblast on August 28.\n\nRussian sources "
        "offered conflicting accounts of the fighting.\n\nOne milblogger claimed that Russian forces still "
        "hold the city.", "Ukrainian forces liberate Robotyne")
    assert _speakers_for(claims, "milblogger") == set()


# --- a headline's second clause with the place left implicit -----------------------------------

def test_headline_second_clause_takes_the_headline_place() -> None:
    claims = _controls("Russia's defence ministry said on Saturday that its troops had taken full control of "
                       "Avdiivka.", "Moscow says Avdiivka captured; Kyiv says fighting continues")
    assert ("Kyiv", "Avdiivka", "contested", False) in claims
    assert ("Moscow", "Avdiivka", "Russia", False) in claims


def test_coordinated_denial_with_fighting_goes_on_is_contested() -> None:
    claims = _controls("Ukraine's military rejected the Russian claim on Tuesday.",
                       "Kyiv denies Moscow's claim that Vuhledar has fallen, says fighting continues")
    assert _speakers_for(claims, "Kyiv") == {("Kyiv", "Vuhledar", "contested", False)}


def test_headline_naming_two_places_leaves_the_clause_open() -> None:
    claims = _controls("Officials gave no further details.",
                       "Russia claims Soledar and Bakhmut; Ukraine says fighting goes on")
    assert _speakers_for(claims, "Ukraine") == set()


def test_headline_clause_without_a_claim_on_its_place_is_not_completed() -> None:
    claims = _controls("Officials gave no further details.",
                       "Zelensky visits troops near Bakhmut; Ukraine says fighting goes on")
    assert claims == set()
