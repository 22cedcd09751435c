"""Quoted and first-person speech, and who is speaking it: first-person control statements
read from the speaker's side, quotes of several sentences and quotes that continue a
speaker, pictures released as a report, relative attributions and known units as speakers.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims
from crosscheck.extract._attribution import find_frames
from crosscheck.extract._sentences import quoted_sentence_starts

PUBLISHED = datetime(2024, 3, 2, 12, 0, tzinfo=timezone.utc)


def control_claims(text: str) -> set[tuple[str | None, str | None, str, bool]]:
    """(speaker phrase, place, value, hedged) of every control claim in ``text``."""
    claims = extract_claims(text, outlet="Test Wire", published_at=PUBLISHED)
    return {(c.speaker_phrase, c.place, c.value, c.hedged) for c in claims if c.predicate == "controls"}


# --- first-person control statements inside quotes -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('"Half of Vovchansk is theirs," a Ukrainian officer told the agency.',
     ("a Ukrainian officer", "Vovchansk", "contested")),
    ('"Kupiansk is theirs now, we pulled back across the river," a Ukrainian soldier wrote on Telegram.',
     ("a Ukrainian soldier", "Kupiansk", "Russia")),
    ('A Russian war correspondent wrote: "Robotyne is theirs again."',
     ("A Russian war correspondent", "Robotyne", "Ukraine")),
    ('"Avdiivka is fully ours now," a Russian military blogger wrote on Telegram.',
     ("a Russian military blogger", "Avdiivka", "Russia")),
    ('"Kurakhovo is almost completely ours," the Russian war blogger Yuri Podolyaka said.',
     ("the Russian war blogger Yuri Podolyaka", "Kurakhove", "contested")),
    ('"Chasiv Yar is nearly ours," Apti Alaudinov told state television.',
     ("Apti Alaudinov", "Chasiv Yar", "contested")),
    ('"Our guys are holding Vuhledar," a Ukrainian marine told the BBC by phone.',
     ("a Ukrainian marine", "Vuhledar", "Ukraine")),
    ('"The lads pulled out of Krynky last night," a Ukrainian marine wrote.',
     ("a Ukrainian marine", "Krynky", "Russia")),
])
def test_first_person_quotes_take_the_speakers_side(text, expected):
    speaker, place, value = expected
    assert (speaker, place, value, False) in control_claims(text)


@pytest.mark.parametrize("text", [
    '"The house is theirs," the owner said of his home in Bakhmut.',
    '"The choice is theirs," a Ukrainian officer said of Bakhmut.',
    '"Bakhmut is theirs," said a woman who had fled the town.',     # no side to read "theirs" from
    'The lads from the village left Bakhmut in 2022 to study in Kyiv.',
])
def test_possessives_without_a_sided_speaker_or_place_subject_claim_nothing(text):
    assert control_claims(text) == set()


# --- quotes of several sentences, and quotes that continue a speaker -------------------------

@pytest.mark.parametrize("text, expected", [
    ('Prigozhin said in an audio message: "We were betrayed. Soledar is ours."',
     ("Prigozhin", "Soledar", "Russia")),
    ('"We were betrayed. Soledar is ours," Prigozhin said.', ("Prigozhin", "Soledar", "Russia")),
    ('"It was a betrayal," Prigozhin said. "Our units were betrayed. Soledar is ours."',
     ("Prigozhin", "Soledar", "Russia")),
    ('A Ukrainian soldier wrote on Telegram: "The Russians ran. \u041a\u043b\u0456\u0449\u0456\u0457\u0432\u043a\u0430 '
     '\u043d\u0430\u0448\u0430."', ("A Ukrainian soldier", "Klishchiivka", "Ukraine")),
    ('"It was a betrayal," Yevgeny Prigozhin said in the recording. "Our units abandoned Berkhovka."',
     ("Yevgeny Prigozhin", "Berkhivka", "Ukraine")),
    ('Syrskyi wrote on Telegram that the situation was difficult. "Our units have withdrawn from Avdiivka '
     'to avoid encirclement."', ("Syrskyi", "Avdiivka", "Russia")),
    ('"It was a betrayal," Prigozhin said in the recording.\n\n"Our units abandoned Berkhovka."',
     ("Prigozhin", "Berkhivka", "Ukraine")),
    ('Pushilin said on state television that the operation had gone to plan.\n\n'
     '"Marinka is ours. The nationalists have fled."', ("Pushilin", "Marinka", "Russia")),
])
def test_later_sentences_of_a_quote_keep_its_speaker(text, expected):
    speaker, place, value = expected
    assert (speaker, place, value, False) in control_claims(text)


@pytest.mark.parametrize("text", [
    # no reporting verb before the quote: whose words they are is not stated
    'A Ukrainian marine described the crossing to the newspaper. "We hold Krynky."',
    'Reuters could not verify the account.\n\n"We still hold Chasiv Yar."',
    # a scare-quoted term is no quoted sentence
    'Zelensky visited the front. The "liberated" town of Bakhmut lies in ruins, Kyiv says.',
])
def test_unattributed_quotes_get_no_earlier_speaker(text):
    assert all(speaker is None or speaker == "Kyiv" for speaker, _, _, _ in control_claims(text))


def test_quoted_sentence_starts_skip_abbreviations():
    sentence = '"Gen. Syrskyi is here. U.S. aid helps," he said.'
    assert [sentence[i:i + 4] for i in quoted_sentence_starts(sentence)] == ["U.S."]
    assert quoted_sentence_starts("No quotes here. None at all.") == []


# --- pictures released as a report ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A video posted by a Ukrainian army unit on Monday purportedly shows soldiers raising the national "
     "flag over Sviatohirsk.", ("a Ukrainian army unit", "Sviatohirsk", "Ukraine", True)),
    ("Pictures released by Russia's defence ministry purported to show a Russian flag flying over the "
     "centre of Marinka.", ("Russia's defence ministry", "Marinka", "Russia", True)),
    ("A video shared by presidential adviser Kyrylo Tymoshenko on Friday appeared to show soldiers hoisting "
     "the blue-and-yellow flag over the city council in Kupiansk.",
     ("presidential adviser Kyrylo Tymoshenko", "Kupiansk", "Ukraine", True)),
    ("Footage shared by the 47th Brigade shows soldiers raising the Ukrainian flag over Robotyne.",
     ("the 47th Brigade", "Robotyne", "Ukraine", False)),
    ("Russia's defence ministry released footage purportedly showing troops raising a Russian flag over "
     "Krasnohorivka.", ("Russia's defence ministry", "Krasnohorivka", "Russia", True)),
    ("The 3rd Assault Brigade posted a video showing soldiers raising the Ukrainian flag over Klishchiivka.",
     ("The 3rd Assault Brigade", "Klishchiivka", "Ukraine", False)),
])
def test_who_released_the_pictures_reports_what_they_show(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text", [
    "A video posted by the ministry shows the destroyed bridge near Kupiansk.",
    "Footage filmed by a drone shows a burning column on the road to Vuhledar.",
])
def test_pictures_of_no_control_claim_nothing(text):
    assert control_claims(text) == set()


def test_drone_footage_has_no_drone_speaker():
    frames = find_frames("Footage filmed by a drone shows a Russian column destroyed near Vuhledar.")
    assert all("drone" not in f.speaker for f in frames)


# --- relative attributions and denials --------------------------------------------------------

def test_relative_clause_speaker_drops_which():
    frames = find_frames("Ukrainian forces still hold the western part of Krasnohorivka, which Russia's defence "
                         "ministry said on Wednesday had been fully liberated, the 59th Brigade said.")
    assert {f.speaker for f in frames} == {"Russia's defence ministry", "the 59th Brigade"}


@pytest.mark.parametrize("text, expected", [
    ("The Russian defence ministry denied that Kleshcheevka had been lost.",
     ("The Russian defence ministry", "Klishchiivka", "Russia", False)),
    ("Kyiv denied that Bakhmut had been abandoned.", ("Kyiv", "Bakhmut", "Ukraine", False)),
    ("Ukraine's army denied that Soledar had been captured.", ("Ukraine's army", "Soledar", "Ukraine", False)),
    ("Moscow denied on Friday that Kupiansk had been given up, calling the reports fake.",
     ("Moscow", "Kupiansk", "Russia", False)),
])
def test_a_denied_loss_keeps_the_place_for_the_denier(text, expected):
    assert expected in control_claims(text)


@pytest.mark.parametrize("text, expected", [
    ("Heavy fighting continues in Soledar, Hanna Maliar said, dismissing Moscow's claim that Soledar had "
     "been captured.", ("Moscow", "Soledar", "Russia", True)),
    ("Russian troops pushed back from Toretsk, a week after Moscow announced the capture of the town, the "
     "commander said.", ("Moscow", "Toretsk", "Russia", False)),
    ("The Russian defence ministry denied that Kleshcheevka had been lost, a day after Kyiv announced the "
     "village's recapture.", ("Kyiv", "Klishchiivka", "Ukraine", False)),
])
def test_nested_reports_keep_their_own_speaker(text, expected):
    assert expected in control_claims(text)


# --- known units speak for their side -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('A soldier of the 3rd Assault Brigade wrote on Telegram: "\u041a\u043b\u0456\u0449\u0456\u0457\u0432\u043a\u0430 '
     '\u043d\u0430\u0448\u0430. The Russians who did not run are sitting in the basements."',
     ("A soldier of the 3rd Assault Brigade", "Klishchiivka", "Ukraine")),
    ("Soldiers raised the national flag over Robotyne, the 47th Brigade said.",
     ("the 47th Brigade", "Robotyne", "Ukraine")),
    ("Our units still hold the northern part of Krasnohorivka, the 59th Brigade said.",
     ("the 59th Brigade", "Krasnohorivka", "contested")),
    ('"We are holding Chasiv Yar," a drone operator with the 92nd Assault Brigade told the agency.',
     ("a drone operator with the 92nd Assault Brigade", "Chasiv Yar", "Ukraine")),
])
def test_known_units_give_their_speakers_a_side(text, expected):
    speaker, place, value = expected
    assert (speaker, place, value, False) in control_claims(text)


def test_a_numbered_russian_unit_is_not_a_known_ukrainian_one():
    text = "Russia's 72nd motorised rifle brigade says its men hold the village of Ivanivske near Bakhmut."
    assert all(value != "Ukraine" for _, _, value, _ in control_claims(text))
