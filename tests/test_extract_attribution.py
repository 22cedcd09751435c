"""Attribution shapes: who makes a claim, however the sentence is built."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

PUBLISHED = datetime(2023, 5, 20, 15, 0, tzinfo=timezone.utc)  # a Saturday


def claims_of(text: str, title: str | None = None, outlet: str = "Test Wire"):
    return extract_claims(text, outlet=outlet, published_at=PUBLISHED, title=title)


def only(text: str, predicate: str = "controls", **kw):
    found = [c for c in claims_of(text, **kw) if c.predicate == predicate]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, speaker", [
    ("Russia's defence ministry said its forces had captured Soledar.", "Russia's defence ministry"),
    ("Russian forces have captured Soledar, Russia's defence ministry said on Friday.", "Russia's defence ministry"),
    ("Russian forces have captured Soledar, said Igor Konashenkov, the ministry's spokesman.", "Igor Konashenkov"),
    ("According to Russia's defence ministry, Russian forces have captured Soledar.", "Russia's defence ministry"),
    ("Russian forces have captured Soledar, according to the Russian defence ministry.", "the Russian defence ministry"),
    ("The Kremlin claimed that Russian forces had captured Soledar.", "The Kremlin"),
    ("Wagner chief Yevgeny Prigozhin insisted that his fighters had taken Soledar.", "Wagner chief Yevgeny Prigozhin"),
    ("Moscow announced that Russian troops had seized Soledar.", "Moscow"),
    ("The ministry confirmed that Soledar had been captured by Russian forces.", "The ministry"),
    ("It was announced by the Russian defence ministry that Russian troops had taken Soledar.",
     "the Russian defence ministry"),
    ("Soledar has been captured, Russian state media reported.", "Russian state media"),
])
def test_speaker_in_every_common_shape(text, speaker):
    claim = only(text)
    assert claim.speaker_phrase == speaker
    assert (claim.place, claim.value) == ("Soledar", "Russia")


def test_speaker_resolves_to_a_canonical_speaker():
    claim = only("Russia's defence ministry said its forces had captured Soledar.")
    assert claim.speaker_id is not None and claim.speaker_side == "Russia"


def test_quote_with_speaker_after():
    claim = only('"Our units have completely liberated Soledar," Russia\'s defence ministry said.')
    assert claim.speaker_phrase == "Russia's defence ministry" and claim.value == "Russia"


def test_quote_with_speaker_before():
    claim = only('Russia\'s defence ministry said: "Our units have completely liberated Soledar."')
    assert claim.speaker_phrase == "Russia's defence ministry" and claim.value == "Russia"


def test_multi_sentence_quote_attributed_in_its_last_sentence():
    text = ('"The fighting was very hard. Our units have liberated Soledar. '
            'The enemy fled," Russia\'s defence ministry said.')
    claim = only(text)
    assert claim.speaker_phrase == "Russia's defence ministry" and claim.value == "Russia"


def test_speaker_carries_over_to_he_said():
    text = ("Ukraine's eastern military spokesman Serhiy Cherevatyi said the situation was difficult. "
            "\"Our forces are still holding Soledar,\" he said.")
    claim = only(text)
    assert claim.speaker_phrase == "Ukraine's eastern military spokesman Serhiy Cherevatyi"
    assert claim.value == "Ukraine"


def test_speaker_carries_over_to_the_ministry_added():
    text = ("Russia's defence ministry said on Friday that its forces had captured Soledar. "
            "The ministry added that Russian troops had also taken Krasna Hora.")
    found = claims_of(text)
    assert {(c.place, c.speaker_phrase) for c in found} == {
        ("Soledar", "Russia's defence ministry"), ("Krasna Hora", "Russia's defence ministry")}


def test_he_said_at_the_start_of_a_paragraph_takes_the_previous_paragraphs_speaker():
    text = ("Ukraine's deputy defence minister Hanna Maliar said the night had been hard.\n\n"
            "\"Our troops have liberated Klishchiivka,\" she said.")
    claim = only(text)
    assert claim.speaker_phrase == "Ukraine's deputy defence minister Hanna Maliar"
    assert claim.value == "Ukraine"


def test_unattributed_claim_is_the_outlets_own():
    claim = only("Russian forces captured Soledar last week.", outlet="Test Wire")
    assert claim.speaker_phrase is None and claim.speaker == "Test Wire"


def test_outlet_reporting_a_russian_claim_attributes_it_to_russia():
    claim = only("Russia claimed that its forces had captured Soledar.")
    assert claim.speaker_phrase == "Russia" and claim.value == "Russia"


def test_nested_denial_gives_one_claim_per_speaker():
    found = claims_of("Kyiv's army denied Moscow's claim that it had seized Kurakhove.")
    by_speaker = {c.speaker_phrase: c for c in found if c.predicate == "controls"}
    assert by_speaker["Moscow"].value == "Russia"
    assert by_speaker["Moscow"].reported_via == "Kyiv's army"
    assert by_speaker["Kyiv's army"].value == "Ukraine"
    assert by_speaker["Kyiv's army"].reported_via is None


def test_appositive_rejection_is_the_rejecting_speakers_claim():
    found = claims_of("Russia's defence ministry said its troops had taken Krynky, a claim Kyiv rejected.")
    values = {c.speaker_phrase: c.value for c in found}
    assert values == {"Russia's defence ministry": "Russia", "Kyiv": "Ukraine"}


def test_according_to_a_second_outlet_is_reported_via():
    claim = only("Russian forces have captured Soledar, the ministry said, according to Reuters.")
    assert claim.speaker_phrase == "the ministry" and claim.reported_via == "Reuters"


def test_headline_with_trailing_speaker():
    claim = only("Soledar under control of Russian troops - governor", title=None)
    assert claim.speaker_phrase == "governor" and claim.value == "Russia"


def test_headline_with_topic_place_and_lead():
    found = claims_of("Ukrainian forces cleared the village, the brigade said.",
                      title="Velyka Novosilka: occupiers pushed out")
    title_claims = [c for c in found if c.field == "title"]
    assert [(c.place, c.value, c.speaker_phrase) for c in title_claims] == [("Velyka Novosilka", "Ukraine", None)]


def test_headline_with_speaker_before_colon():
    claim = only("Kremlin: Artemovsk liberated", title=None)
    assert claim.speaker_phrase == "Kremlin" and claim.place == "Bakhmut" and claim.value == "Russia"


def test_on_friday_dates_the_claim_to_the_friday_before_publication():
    claim = only("Russia's defence ministry said on Friday that its forces had captured Soledar.")
    assert claim.asserted_at.date() == datetime(2023, 5, 19).date()


def test_a_claim_is_never_dated_after_publication():
    claim = only("In late May, Russia said it took control of Bakhmut.")
    assert claim.asserted_at <= PUBLISHED


def test_adding_that_continues_the_same_speaker():
    found = claims_of("Ukrainian forces pulled out of Tonenke, the army's spokesman said, "
                      "adding that Russian forces had shelled Orlivka.")
    assert {(c.predicate, c.place, c.speaker_phrase) for c in found} == {
        ("controls", "Tonenke", "the army's spokesman"), ("attacked", "Orlivka", "the army's spokesman")}


def test_speaker_told_an_addressee():
    claim = only("The Wagner group captured Soledar, a source told the agency.")
    assert claim.speaker_phrase == "a source"


def test_outlet_apposition_is_the_outlets_own_claim():
    found = claims_of("Officials said saboteurs had been detained near Melitopol, a city Russia has held since 2022.")
    assert [(c.place, c.value, c.speaker_phrase) for c in found] == [("Melitopol", "Russia", None)]


def test_headline_and_lead_in_the_text_field():
    found = claims_of("Kreminna captured by Russian forces\n\n"
                      "Russian forces have taken Kreminna in Luhansk region, the governor said.")
    assert {(c.speaker_phrase, c.value) for c in found} == {(None, "Russia"), ("the governor", "Russia")}
