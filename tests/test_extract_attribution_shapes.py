"""Speaker attribution in the shapes real reporting uses: trailing adjuncts after the verb,
parenthetical speakers, appositives, guillemet quotes, headline verbs, and speaker resolution."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims
from crosscheck.extract._attribution import find_frames
from crosscheck.extract._sentences import quote_regions, split_sentences
from crosscheck.resolve import SpeakerResolver

PUBLISHED = datetime(2024, 3, 2, 12, 0, tzinfo=timezone.utc)


def claims_of(text: str, title: str | None = None):
    return extract_claims(text, outlet="Test Wire", published_at=PUBLISHED, title=title)


def speakers_of(text: str, predicate: str = "controls") -> set[str | None]:
    return {c.speaker_phrase for c in claims_of(text) if c.predicate == predicate}


@pytest.mark.parametrize("text, speaker", [
    ("Russian troops captured Soledar, Zelensky said in his nightly video address.", "Zelensky"),
    ("Russian troops captured Soledar, Pushilin said on Rossiya-24.", "Pushilin"),
    ("Kupyansk has been fully taken, the Chief of the General Staff reported to the president.",
     "the Chief of the General Staff"),
    ("Russian troops captured Soledar, the ministry said in its weekly round-up.", "the ministry"),
    ("Russian troops captured Soledar, a Wagner commander told a Russian war correspondent.",
     "a Wagner commander"),
    ("Russian troops captured Soledar, Rogov wrote on Telegram late on Friday.", "Rogov"),
    ("Russian troops captured Soledar, the defence ministry said after a week of fighting.", "the defence ministry"),
    ("Russian troops captured Soledar, Syrskyi told Zelenskiy in a video call broadcast on Monday.", "Syrskyi"),
])
def test_adjuncts_after_the_verb_keep_the_speaker(text, speaker):
    assert speakers_of(text) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Russian forces captured Soledar, Vladimir Rogov, a member of the region's main council, told the agency.",
     "Vladimir Rogov"),
    ("Russian forces captured Soledar, Viacheslav Chaus, the regional governor, told the agency by phone.",
     "Viacheslav Chaus"),
    ('"Our units have liberated Soledar," Nazar Voloshyn, the Khortytsia group\'s spokesman, wrote.',
     "Nazar Voloshyn"),
])
def test_listener_of_told_is_never_the_speaker(text, speaker):
    assert speakers_of(text) == {speaker}


def test_a_noun_and_subject_pronoun_is_a_relative_clause_not_a_speaker():
    sentence = ("Russian forces have taken Soledar, a town near Bakhmut, Ukraine's military acknowledged on "
                "Saturday, the first town it has conceded in months.")
    assert [f.speaker for f in find_frames(sentence)] == ["Ukraine's military"]
    frame = find_frames(sentence)[0]
    assert frame.post and sentence[frame.content_start:frame.content_end].endswith("a town near Bakhmut")


def test_outlet_caveat_after_the_attribution_neither_speaks_nor_hedges():
    text = "Russian forces captured Soledar, the defence ministry said, a claim that could not be independently verified."
    found = [c for c in claims_of(text) if c.predicate == "controls"]
    assert [(c.speaker_phrase, c.hedged) for c in found] == [("the defence ministry", False)]


def test_speaker_in_the_middle_of_its_content():
    sentence = "Russian troops, the defence ministry said on Friday, have captured Soledar after weeks of fighting."
    frames = find_frames(sentence)
    assert [f.speaker for f in frames] == ["the defence ministry"]
    assert frames[0].covers(sentence.index("have captured"), sentence.index("Soledar") + 7)
    assert speakers_of(sentence) == {"the defence ministry"}


def test_passive_attribution_with_a_time_adjunct_before_by():
    text = "The capture of Soledar was announced on Friday by the Russian defence ministry."
    assert speakers_of(text) == {"the Russian defence ministry"}


def test_guillemet_quote_is_one_sentence_and_one_quote_region():
    text = "\u00abThe fighting was hard. Our units have liberated Soledar\u00bb, Prigozhin said. Then he left."
    spans = split_sentences(text)
    assert text[spans[0][0]:spans[0][1]].endswith("Prigozhin said.")
    assert quote_regions(text) == [(1, text.index("\u00bb"))]
    assert speakers_of(text) == {"Prigozhin"}


def test_guillemet_quote_then_speaker_frames_the_quote():
    sentence = "\u00ab\u0410\u0432\u0434\u0435\u0435\u0432\u043a\u0430 \u043d\u0430\u0448\u0430\u00bb, DPR head Denis Pushilin wrote on Telegram."
    frames = find_frames(sentence)
    assert [(f.speaker, f.post) for f in frames] == [("DPR head Denis Pushilin", True)]
    assert sentence[frames[0].content_start:frames[0].content_end].strip("\u00ab\u00bb") == \
        "\u0410\u0432\u0434\u0435\u0435\u0432\u043a\u0430 \u043d\u0430\u0448\u0430"


@pytest.mark.parametrize("headline, speaker, hedged", [
    ("Moscow claims Kurakhove", "Moscow", True),
    ("Russia claims Bakhmut has fallen", "Russia", True),
    ("Kursk liberated, Moscow says", "Moscow", False),
])
def test_headline_attributions(headline, speaker, hedged):
    found = [c for c in claims_of("", title=headline) if c.predicate == "controls"]
    assert [(c.speaker_phrase, c.hedged) for c in found] == [(speaker, hedged)]


def test_semicolon_ends_a_post_posed_headline_frame():
    frames = find_frames("Kursk liberated, Moscow says; Kyiv says fighting goes on", headline=True)
    moscow = [f for f in frames if f.speaker == "Moscow"]
    assert moscow and all(f.post and f.content_start == 0 for f in moscow)


@pytest.mark.parametrize("phrase, speaker_id, side, kind", [
    ("Russian milbloggers", "ru-milbloggers", "Russia", "outlet"),
    ("Russian sources", "ru-milbloggers", "Russia", "outlet"),
    ("a Russian war correspondent", "ru-milbloggers", "Russia", "outlet"),
    ("milblogger Yuri Kotenok", "ru-kotenok", "Russia", "outlet"),
    ("Zapad group press officer Ivan Bigma", "ru-bigma", "Russia", "official"),
    ("the Centre battlegroup", "ru-group-tsentr", "Russia", "military"),
    ("Mayor Vitali Klitschko", "ua-klitschko", "Ukraine", "official"),
    ("Tavria group spokesman Oleksandr Shtupun", "ua-shtupun", "Ukraine", "official"),
    ("the Joint Forces Task Force", "ua-joint-forces", "Ukraine", "military"),
])
def test_common_speakers_resolve_with_side_and_kind(phrase, speaker_id, side, kind):
    speaker = SpeakerResolver.default().resolve(phrase)
    assert speaker is not None and (speaker.speaker_id, speaker.side, speaker.kind) == (speaker_id, side, kind)


def test_battlegroup_wording_reads_as_the_russian_side():
    text = "Units of the Centre battlegroup liberated Soledar, the ministry said."
    found = [c for c in claims_of(text) if c.predicate == "controls"]
    assert [(c.speaker_phrase, c.value) for c in found] == [("the ministry", "Russia")]


@pytest.mark.parametrize("headline", [
    "Assessment: Russian forces likely captured Bakhmut (May 22)",
    "Analysis: Ukrainian troops have withdrawn from Soledar",
    "Live updates: Russian forces captured Marinka",
    "Exclusive: Ukrainian troops liberated Robotyne",
])
def test_a_genre_label_before_a_colon_is_not_a_speaker(headline):
    found = [c for c in claims_of(headline) if c.predicate == "controls"]
    assert found and all(c.speaker_phrase is None for c in found)


def test_a_person_before_a_colon_still_speaks():
    found = [c for c in claims_of("Zelensky: Bakhmut is ours") if c.predicate == "controls"]
    assert [c.speaker_phrase for c in found] == ["Zelensky"]
