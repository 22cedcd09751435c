"""Article-level speakers, second set: relative-clause speakers ("X, who had announced ..."),
"his fighters" in a commander's report, "appeared to concede", a pronoun whose antecedent is only
a possessive ("Zelensky's remarks ... he"), nested "X said Y denied", two voices one collective
speaker stands for, and the places those speakers' words point to ("part of city" in a headline,
"the southern and western parts of the town", "the city's south-western district")."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _controls(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(speaker, place, value) of the article's control claims; the outlet's own claims have speaker None."""
    return {(c.speaker if c.speaker_phrase is not None else None, c.place, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN, title=title)
            if c.predicate == "controls"}


def _hedged(text: str, place: str) -> set[tuple[str, bool]]:
    return {(c.speaker, c.hedged) for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN)
            if c.predicate == "controls" and c.place == place}


# 1. "X, who said/announced ..., VERB": the relative pronoun's report belongs to the noun phrase
#    before it (a name, or a name and its appositive)
@pytest.mark.parametrize("text, expected", [
    ("Denis Pushilin, who said Russian troops had taken Marinka, visited the front on Monday.",
     ("Denis Pushilin", "Marinka", "Russia")),
    ("Yevgeny Prigozhin, the Wagner chief, who had announced the capture of Bakhmut a day earlier in a video, "
     "said his men would leave the city.", ("Yevgeny Prigozhin", "Bakhmut", "Russia")),
    ("Oleksandr Syrskyi, who earlier announced that Ukrainian forces had liberated Klishchiivka, toured the "
     "southern flank.", ("Oleksandr Syrskyi", "Klishchiivka", "Ukraine")),
    ("Serhiy Cherevatyi, spokesman for the eastern group, who insisted that fighting was still going on in "
     "Soledar, gave no casualty figures.", ("Serhiy Cherevatyi", "Soledar", "contested")),
    ("Kadyrov, who has repeatedly said his fighters control the whole of Marinka, posted a new video.",
     ("Ramzan Kadyrov", "Marinka", "Russia")),
])
def test_relative_clause_speaker(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _controls(text)


@pytest.mark.parametrize("text", [
    # the relative clause reports nothing: no speaker, and no claim for the outlet either
    "Denis Pushilin, who visited Marinka on Monday, said the shelling had eased.",
    # soldiers who fought somewhere are not a speaker phrase ending in "who"
    "Soldiers who fought in Bakhmut said the winter had been hard.",
])
def test_relative_clause_distractors(text: str) -> None:
    assert _controls(text) == set()


def test_relative_who_is_never_part_of_a_speaker_phrase() -> None:
    claims = extract_claims("Zelensky met troops who said they had been fighting in Bakhmut for months.",
                            outlet="Test Wire", published_at=_WHEN)
    assert all(c.speaker_phrase is None or not c.speaker_phrase.lower().endswith("who") for c in claims)


# 2. "his fighters", "his men", "his troops" in a commander's words are the speaker's own force
@pytest.mark.parametrize("text, expected", [
    ("Yevgeny Prigozhin said his fighters controlled the whole of Soledar.", ("Yevgeny Prigozhin", "Soledar", "Russia")),
    ("Oleksandr Syrskyi said his troops had liberated Klishchiivka.", ("Oleksandr Syrskyi", "Klishchiivka", "Ukraine")),
    ("Ramzan Kadyrov wrote on Telegram that his men had taken full control of Marinka.",
     ("Ramzan Kadyrov", "Marinka", "Russia")),
    ("The Wagner private military group, whose founder Yevgeny Prigozhin had claimed late on Tuesday that his "
     "fighters controlled Soledar, was not mentioned.", ("Yevgeny Prigozhin", "Soledar", "Russia")),
])
def test_possessive_force_takes_the_speakers_side(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _controls(text)


@pytest.mark.parametrize("text", [
    # a speaker of no known side: "her unit" gives no side
    "The commander said her unit still held positions in Avdiivka.",
    # his fighters' plans are no claim
    "Yevgeny Prigozhin said his fighters would take Bakhmut within weeks.",
])
def test_possessive_force_distractors(text: str) -> None:
    assert _controls(text) == set()


# 3. "X appeared to concede / seemed to acknowledge that C": X's claim, hedged by the outlet
@pytest.mark.parametrize("text, place, speaker", [
    ("Volodymyr Zelensky appeared to concede that Russian forces had captured Bakhmut.", "Bakhmut",
     "Volodymyr Zelensky"),
    ("The Russian defence ministry seemed to acknowledge that its troops had withdrawn from Lyman.", "Lyman",
     "Russian Ministry of Defence"),
    ("Syrskyi appears to confirm that Ukrainian forces have withdrawn from Marinka.", "Marinka",
     "Oleksandr Syrskyi"),
    ("Russian forces have taken Avdiivka, Ukraine's General Staff appeared to admit on Saturday.", "Avdiivka",
     "General Staff of the Armed Forces of Ukraine"),
])
def test_appears_to_concede_keeps_the_speaker_and_hedges(text: str, place: str, speaker: str) -> None:
    assert _hedged(text, place) == {(speaker, True)}


@pytest.mark.parametrize("text", [
    "Kyiv has yet to confirm that its troops left Avdiivka.",
    "Russia could not confirm that its troops had taken Robotyne.",
])
def test_base_form_confirm_after_a_modal_is_no_speaker(text: str) -> None:
    assert _controls(text) == set()


# 4. "he" whose only antecedent is a person named as an owner ("Zelensky's remarks")
@pytest.mark.parametrize("text, place, speaker", [
    ("Volodymyr Zelensky's comments caused confusion, after he appeared to concede that Russian forces had "
     "captured Bakhmut.", "Bakhmut", "Volodymyr Zelensky"),
    ("Sergei Shoigu's visit to the front was shown on state television.\n\n"
     "He said Russian troops had completed the liberation of Marinka.", "Marinka", "Sergei Shoigu"),
])
def test_pronoun_takes_a_possessive_person(text: str, place: str, speaker: str) -> None:
    assert {s for s, p, _ in _controls(text) if p == place} == {speaker}


def test_pronoun_does_not_take_a_possessive_country() -> None:
    text = "Russia's defence ministry published a video.\n\nHe said Russian forces had taken Avdiivka."
    assert all(s != "Russian government" for s, _, _ in _controls(text))


# 5. "X said Y denied that C": Y's denial, not X asserting C
@pytest.mark.parametrize("text, expected, wrong", [
    ("Nykyforov said Zelensky denied that Russia had captured Bakhmut.",
     ("Volodymyr Zelensky", "Bakhmut", "Ukraine"), "Russia"),
    ("A Ukrainian military spokesman said Ukraine's General Staff had rejected claims that Russian forces "
     "took Robotyne.", ("General Staff of the Armed Forces of Ukraine", "Robotyne", "Ukraine"), "Russia"),
    ("Syrskyi said that Ukraine's General Staff confirmed Ukrainian troops had liberated Andriivka.",
     ("General Staff of the Armed Forces of Ukraine", "Andriivka", "Ukraine"), "Russia"),
    ("The ISW said the Russian MoD claimed that its forces had captured Bakhmut.",
     ("Russian Ministry of Defence", "Bakhmut", "Russia"), "Ukraine"),
])
def test_nested_report_keeps_the_inner_speaker(text: str, expected: tuple[str, str, str], wrong: str) -> None:
    claims = _controls(text)
    assert expected in claims
    assert all(value != wrong for _, place, value in claims if place == expected[1])


# 6. one sentence, two voices that resolve to one collective speaker: both claims stay
def test_two_voices_of_one_collective_speaker_keep_both_claims() -> None:
    text = ("A prominent Russian milblogger acknowledged that Russian forces had withdrawn from Robotyne, while "
            "several other milbloggers claimed that Russian forces still hold the southern outskirts of Robotyne.")
    values = {value for _, place, value in _controls(text) if place == "Robotyne"}
    assert values == {"Ukraine", "contested"}


def test_one_voice_with_two_states_keeps_the_partial_one() -> None:
    text = "Russian milbloggers said Russian forces had left Robotyne but still hold its southern outskirts."
    assert {value for _, place, value in _controls(text) if place == "Robotyne"} <= {"contested"}


# 7. the places the speakers' words point to
@pytest.mark.parametrize("title, speaker", [
    ("Zelensky's Bakhmut remarks sow confusion as Kyiv insists troops still hold part of city",
     "Ukrainian government"),
    ("Moscow claims capture of Bakhmut as Kyiv says fighting continues in city", "Ukrainian government"),
])
def test_headline_bare_city_points_to_the_topic(title: str, speaker: str) -> None:
    text = "Moscow said on Sunday that Russian troops had captured Bakhmut."
    assert (speaker, "Bakhmut", "contested") in _controls(text, title)


def test_headline_bare_city_council_is_no_place() -> None:
    title = "Kyiv says troops hold Bakhmut as city council meets in exile"
    text = "Moscow said on Sunday that Russian troops had captured Bakhmut."
    assert ("Ukrainian government", "Bakhmut", "contested") not in _controls(text, title)


@pytest.mark.parametrize("text, speaker, place", [
    ("\"Our units continue to hold positions in the southern and western parts of Chasiv Yar,\" spokesperson "
     "Viktor Trehubov said.", "Viktor Trehubov", "Chasiv Yar"),
    ("Ukrainian forces still hold the northern and eastern outskirts of Avdiivka, Ukraine's General Staff said.",
     "General Staff of the Armed Forces of Ukraine", "Avdiivka"),
    ("Hanna Maliar said Ukrainian troops still controlled a small part of Bakhmut's south-western district.",
     "Hanna Maliar", "Bakhmut"),
    ("Moscow said Russian troops had captured Bakhmut.\n\nHanna Maliar said Ukrainian troops still controlled a "
     "small part of the city's south-western district.", "Hanna Maliar", "Bakhmut"),
    ("Moscow said Russian troops had captured Chasiv Yar.\n\n\"Our units continue to hold positions in the "
     "southern and western parts of the town,\" spokesperson Viktor Trehubov said.", "Viktor Trehubov",
     "Chasiv Yar"),
])
def test_parts_of_a_place_are_contested(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "contested") in _controls(text)


def test_coordinated_places_are_not_parts() -> None:
    claims = _controls("Russian troops captured Bakhmut and Soledar, the ministry said.")
    assert {(place, value) for _, place, value in claims} == {("Bakhmut", "Russia"), ("Soledar", "Russia")}
