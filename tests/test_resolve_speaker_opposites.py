"""Speaker phrases that name someone set apart from a body the table knows: the other side's
bloggers, a body's critics and opponents. They must not resolve to that body."""

from __future__ import annotations

import pytest

from crosscheck.extract import extract_claims
from crosscheck.resolve import SpeakerResolver


@pytest.fixture(scope="module")
def resolver() -> SpeakerResolver:
    return SpeakerResolver.default()


def side_of(resolver: SpeakerResolver, phrase: str) -> tuple[str, str] | None:
    speaker = resolver.resolve(phrase)
    return None if speaker is None else (speaker.speaker_id, speaker.side)


@pytest.mark.parametrize(("phrase", "side"), [
    ("a Ukrainian military blogger", "Ukraine"),
    ("Ukrainian war bloggers", "Ukraine"),
    ("Ukrainian milblogger Serhiy Sternenko", "Ukraine"),
    ("pro-Ukrainian bloggers", "Ukraine"),
    # near misses: the table's own bloggers keep their side
    ("a Russian military blogger", "Russia"),
    ("Russian war correspondents", "Russia"),
    ("military bloggers", "Russia"),
])
def test_bloggers_keep_the_side_their_adjective_names(resolver, phrase, side):
    resolved = side_of(resolver, phrase)
    assert resolved is not None and resolved[1] == side


@pytest.mark.parametrize("phrase", [
    "Kremlin critics", "critics of the Kremlin", "Zelensky critics", "opponents of the Kremlin",
    "Russian opposition politicians", "Russian dissidents",
])
def test_critics_and_opponents_are_not_the_body_they_oppose(resolver, phrase):
    assert resolver.resolve(phrase) is None


@pytest.mark.parametrize(("phrase", "speaker_id"), [
    ("the Kremlin", "ru-kremlin"), ("President Zelensky", "ua-zelensky"), ("Russian officials", "ru-government"),
])
def test_the_bodies_themselves_still_resolve(resolver, phrase, speaker_id):
    assert side_of(resolver, phrase)[0] == speaker_id


def test_a_claim_relayed_by_the_other_sides_blogger_is_not_given_to_the_first_side():
    [claim] = extract_claims("Russian forces have captured Avdiivka, a Ukrainian military blogger said.",
                             outlet="Test Wire", published_at="2024-02-17")
    assert (claim.place, claim.value) == ("Avdiivka", "Russia")
    assert claim.speaker_phrase == "a Ukrainian military blogger"
    assert claim.speaker_side == "Ukraine"
