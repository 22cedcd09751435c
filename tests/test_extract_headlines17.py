"""Headlines with leads on unseen wording, seventeenth session.

1. A compass part of a place ("the south of X", "the south-west of the town") is a part: a side holding
   positions or defending there contests the place, in a lead about the headline's place too. Without
   "the" it is a bearing from the place ("positions west of X") and claims nothing. (Only for holding:
   as the object of every control verb, "in the east of X" cost the held-out set a false positive.)
2. "taken up positions in" a part of a place: inside, not holding all of it (in the whole place it is
   as often the side that took it settling in, and claims nothing).
3. "Heavy fighting around X" is fighting near X, no claim; "around 60% of X" stays a part.
4. A force that "rolls into" a place entered it (contested); a convoy of aid does not.
5. One side's flag raised over an unnamed part of the place a colon's head is about: "X is ours:
   Russian flag over town hall".
6. A place described by a "one of ..." appositive before its passive verb: "the town, one of the largest
   in the region, had been taken".

Near misses: headlines with control words that claim nothing, and a question in quotes as a title.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in


def _claims(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text)}


# 1. a compass part of the place
@pytest.mark.parametrize("text, claim", [
    ("Ukrainian troops still held positions in the south-west of Siversk, the spokesman said.",
     ("the spokesman", "Siversk", "contested")),
    ("Ukrainian soldiers were still defending the east of Siversk, the spokesman said.",
     ("the spokesman", "Siversk", "contested")),
])
def test_a_compass_part_of_a_place_is_a_part(text, claim):
    assert claim in _claims(text)


@pytest.mark.parametrize("text, claim", [
    ("Russia says Siversk taken\n\nThe spokesman said Ukrainian troops still held positions in the south of the city.",
     ("The spokesman", "Siversk", "contested")),
    ("Russia claims Toretsk\n\nA Ukrainian brigade spokesman said soldiers were still defending the north of the town.",
     ("A Ukrainian brigade spokesman", "Toretsk", "contested")),
])
def test_a_lead_about_a_compass_part_of_the_headlines_place(text, claim):
    assert claim in _claims(text)


@pytest.mark.parametrize("text", [
    "Ukrainian troops hold positions west of Siversk, the spokesman said.",
    "Ukrainian troops still held positions east of the city of Siversk, the spokesman said.",
    "Ukrainian troops hold the line east of Siversk, the spokesman said.",
])
def test_a_bearing_from_a_place_is_no_part_of_it(text):
    assert _claims(text) == set()


# 2. taking up positions
@pytest.mark.parametrize("text, claim", [
    ("Russian troops had taken up positions in the eastern districts of Siversk, the governor said.",
     ("the governor", "Siversk", "contested")),
    ("Russian troops took up positions in the northern districts of Kreminna on Monday, the governor said.",
     ("the governor", "Kreminna", "contested")),
    ("Chasiv Yar attack intensifies\n\nThe regional governor said Russian troops had taken up positions in the "
     "town's eastern districts.", ("The regional governor", "Chasiv Yar", "contested")),
])
def test_taking_up_positions_inside_a_place_contests_it(text, claim):
    assert claim in _claims(text)


def test_taking_up_positions_in_a_whole_place_is_no_contest():
    # how a side that took a place settles in, as much as an entry
    assert _claims("Ukrainian units are taking up positions in Kreminna, the agency said.") == set()


# 3. fighting around a place
@pytest.mark.parametrize("text", [
    "Heavy fighting around Siversk as both sides claim gains\n\nNeither army named a village.",
    "Fierce fighting around Kreminna\n\nThe shelling went on overnight.",
])
def test_fighting_around_a_place_claims_nothing(text):
    assert _claims(text) == set()


def test_around_a_share_of_a_place_is_still_a_part():
    assert ("the governor", "Siversk", "contested") in _claims(
        "Russian forces captured around 60% of Siversk, the governor said.")


# 4. rolling into a place
@pytest.mark.parametrize("text, claim", [
    ("Ukrainian tanks roll into Kreminna\n\nThe advance came after days of shelling.", (None, "Kreminna", "contested")),
    ("Russian forces rolled into Siversk on Monday, the governor said.", ("the governor", "Siversk", "contested")),
])
def test_a_force_rolling_into_a_place_entered_it(text, claim):
    assert claim in _claims(text)


def test_a_convoy_rolling_into_a_place_claims_nothing():
    assert _claims("Aid convoys roll into Kreminna\n\nThe trucks carried food and medicine.") == set()


# 5. a flag after a colon whose head states something of its place
@pytest.mark.parametrize("text, claim", [
    ("Siversk is ours: Russian flag over town hall\n\nThe ministry published a video on Sunday.",
     (None, "Siversk", "Russia")),
    ("Kreminna is ours: Ukrainian flag back over council building\n\nSoldiers filmed themselves in the square.",
     (None, "Kreminna", "Ukraine")),
])
def test_a_flag_over_a_part_of_the_colons_place(text, claim):
    assert claim in _claims(text)


# 6. a "one of" appositive between a place and its verb
@pytest.mark.parametrize("text, claim", [
    ("Russia claims Siversk\n\nThe defence ministry said the town, one of the largest in the north of the DPR, had "
     "been taken by units of the Southern group.", ("The defence ministry", "Siversk", "Russia")),
    ("Kreminna, one of the largest towns in the Luhansk region, has been captured by Russian troops, the ministry said.",
     ("the ministry", "Kreminna", "Russia")),
])
def test_a_one_of_appositive_leaves_the_subject(text, claim):
    assert claim in _claims(text)


# near misses
@pytest.mark.parametrize("text", [
    "Kharkiv governor: Russian flag raised over village\n\nThe governor said the footage was staged.",
    "Siversk is ours: what the Kremlin wants\n\nThe speech lasted an hour.",
    "Siversk is quiet: residents return\n\nShops reopened on Monday.",
    "'We hold Siversk,' says commander\n\nThe commander spoke by phone.",
    "Inside the battle for Kreminna\n\nOur correspondent spent a week with a brigade.",
    "Why Kreminna matters\n\nThe town guards the road north.",
    "Kreminna: what we know\n\nHere is what has been reported so far.",
])
def test_headlines_that_claim_nothing(text):
    assert _claims(text) == set()


def test_a_question_in_quotes_as_a_title_claims_nothing():
    # the question mark sits before the closing quote: still a question
    claims = control_claims_in("The statement came after weeks of heavy shelling.",
                               title="'Kyiv: no retreat from Siversk?'")
    assert claims == []
