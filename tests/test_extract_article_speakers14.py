"""Article-level speakers, fourteenth set.

1. A claim named only by its owner ("Moscow's claim of full control", "Kyiv's claim to have captured it",
   "as Kyiv disputes Moscow's claim") is the owner's hedged claim that its side holds the place the
   sentence, or the sentence before, is about; a speaker disputing it in the same sentence denies it.
2. "It said" after a sentence opening on an institution that reports nothing there ("Russia's defence
   ministry did not acknowledge the loss.") means that institution, not the body quoted before.
3. A person's role appositive ("X, the Russian-installed head of the occupied parts of Y,") is no claim.
4. A Title Case headline ("Moscow Claims Capture of X as Kyiv Says Fighting Continues") has its speakers.

Near misses: a claim noun with words of its own, no place or two places to read it from, an owner of no
side; troops or an institution inside a sentence for "it"; an appositive holding no role; headlines in
sentence case or that are labels."""

from __future__ import annotations

import pytest

from conftest import control_claims_in, found_claims, hedged_controls


# 1. the owner's claim, its place from the same sentence's claim
@pytest.mark.parametrize("text, owner, place, value", [
    ("Vladimir Rogov said fighting was still going on in Staromaiorske and that Kyiv's claim to have "
     "captured it was premature.", "Kyiv", "Staromaiorske", "Ukraine"),
    ("Open-source analysts said Russian troops had pushed into the eastern part of Siversk, but that "
     "Moscow's claim of full control appeared premature.", "Moscow", "Siversk", "Russia"),
    ("The Ukrainian commander said his troops still held the southern districts of Vovchansk and dismissed "
     "Russia's latest claims as propaganda.", "Russia", "Vovchansk", "Russia"),
])
def test_an_owned_claim_takes_the_sentences_place(text, owner, place, value):
    claims = hedged_controls(text)
    assert (owner, place, value, True) in claims


# 2. the sentence before's place, and a denial of the claim in the same sentence
def test_an_owned_claim_takes_the_place_of_the_sentence_before():
    claims = hedged_controls("Russia's defence ministry said on Tuesday that its troops had captured Hryhorivka. "
                             "Ukrainian officials said Moscow's claim was false.")
    assert ("Moscow", "Hryhorivka", "Russia", True) in claims


def test_a_disputed_owned_claim_is_denied_in_the_same_sentence():
    claims = hedged_controls("Russian forces likely seized most of Kurakhove, the analysts say, as Kyiv "
                             "disputes Moscow's claim.")
    assert ("Moscow", "Kurakhove", "Russia", True) in claims
    assert ("Kyiv", "Kurakhove", "Ukraine", False) in claims
    assert ("the analysts", "Kurakhove", "contested", True) in claims


# near misses
@pytest.mark.parametrize("text", [
    # a claim noun with words of its own: losses, not control
    "Ukraine's General Staff said its forces still held Siversk and dismissed Moscow's claim of 500 Ukrainian "
    "casualties as fiction.",
    # no place anywhere to read the claim from
    "Ukrainian officials said Moscow's claim was false.",
    # two places: which one the claim was about is not said
    "Ukrainian troops still hold Siversk and Lyman, the governor said, rejecting Moscow's claim.",
])
def test_an_owned_claim_without_one_place_or_of_other_things_is_left_alone(text):
    assert not any(speaker == "Moscow" for speaker, _, _, _ in hedged_controls(text))


def test_a_claim_with_its_own_clause_keeps_its_reading():
    claims = hedged_controls("Rogov said fighting was still going on in Staromaiorske, rejecting Kyiv's claim "
                             "that its troops had captured Robotyne.")
    assert ("Kyiv", "Robotyne", "Ukraine", True) in claims
    assert ("Kyiv", "Staromaiorske", "Ukraine", True) not in claims


def test_an_owner_of_no_side_claims_nothing():
    claims = hedged_controls("Russian troops pushed into the eastern part of Siversk, the governor said, "
                             "but the think tank's claim of full control appeared premature.")
    assert not any(value == "Russia" for _, _, value, _ in claims)


# 2. "It said" after a sentence that opens on an institution reporting nothing there
@pytest.mark.parametrize("text, speaker", [
    ("Britain's Ministry of Defence said Ukrainian troops had retaken Opytne.\n\nRussia's defence ministry did "
     "not acknowledge the loss of Opytne. It said on Sunday that Russian forces still held the village.",
     "Russia's defence ministry"),
    ("Ukraine's General Staff said Ukrainian troops had retaken Opytne.\n\nIn Moscow, the Kremlin has not "
     "commented. It said on Sunday that Russian forces still held Opytne.", "the Kremlin"),
    ("The Institute for the Study of War said Ukrainian troops had likely retaken Opytne. Russia's Defence "
     "Ministry made no mention of the village on Monday. It said Russian forces still held Opytne.",
     "Russia's Defence Ministry"),
])
def test_it_means_the_institution_a_sentence_opened_on(text, speaker):
    claims = found_claims(text)
    assert (speaker, "Opytne", "Russia") in claims
    assert not any(s != speaker and value == "Russia" for s, _, value in claims)


@pytest.mark.parametrize("text", [
    # troops are no institution: "it" is still the body quoted before
    "Ukraine's General Staff said its troops still held Opytne.\n\nRussian forces kept up their attacks on "
    "the village. It said Russian troops had been driven out of Opytne.",
    # an institution named inside the sentence, not as its subject
    "Ukraine's General Staff said its troops still held Opytne.\n\nThe report contradicted Russia's defence "
    "ministry. It said Russian troops had been driven out of Opytne.",
])
def test_it_keeps_the_body_quoted_before_without_an_institution_opening(text):
    assert ("Ukraine's General Staff", "Opytne", "Ukraine") in found_claims(text)


# 3. a person's role appositive ("X, the Russian-installed head of the occupied parts of Y,") is no claim
@pytest.mark.parametrize("text, kept", [
    ("Andrei Kolesnik, the Russian-installed head of the occupied parts of the Zaporizhzhia region, urged "
     "residents to leave and said Ukrainian shelling had intensified.", None),
    ("On Monday, Andrei Kolesnik, the Russian-installed head of the occupied parts of the Zaporizhzhia region, "
     "said Ukrainian troops had entered Robotyne.", ("Andrei Kolesnik", "Robotyne", "contested")),
    ("Ukrainian troops entered Robotyne, Andrei Kolesnik, the Russian-installed head of the occupied parts of "
     "the Zaporizhzhia region, said.", ("Andrei Kolesnik", "Robotyne", "contested")),
])
def test_a_role_appositive_is_no_claim(text, kept):
    claims = found_claims(text)
    assert not any(place == "Zaporizhzhia Oblast" for _, place, _ in claims)
    assert kept is None or kept in claims


@pytest.mark.parametrize("text, place", [
    # an appositive that gives no role still presupposes who holds the place it names
    ("Olena Kravets, a teacher from Russian-occupied Melitopol, said she had fled in May.", "Melitopol"),
    ("Tokmak, a Russian-held town, has been shelled for weeks.", "Tokmak"),
])
def test_an_appositive_without_a_role_keeps_its_presupposition(text, place):
    assert (None, place, "Russia") in found_claims(text)


# 4. a Title Case headline reads as the sentence it is
@pytest.mark.parametrize("title, expected", [
    ("Moscow Claims Capture of Vuhledar as Kyiv Says Fighting Continues",
     {("Moscow", "Vuhledar", "Russia", True), ("Kyiv", "Vuhledar", "contested", False)}),
    ("Pushilin Claims Capture of Marinka", {("Pushilin", "Marinka", "Russia", True)}),
    ("Russia Claims Full Control of Marinka; Kyiv Says Battle Goes On",
     {("Russia", "Marinka", "Russia", True), ("Kyiv", "Marinka", "contested", False)}),
    ("Denis Pushilin Claims Russian Forces Have Taken Marinka", {("Denis Pushilin", "Marinka", "Russia", True)}),
])
def test_a_title_case_headline_has_its_speakers(title, expected):
    claims = [c for c in control_claims_in("The weather was cold.", title=title) if c.field == "title"]
    assert expected <= {(c.speaker_phrase, c.place, c.value, c.hedged) for c in claims}
    # the claims point at the headline as written
    assert all(title[c.char_start:c.char_end] == c.sentence for c in claims)


@pytest.mark.parametrize("title, expected", [
    # sentence case already: read as before
    ("Russian forces liberate Selidovo, Defence Ministry says", {("Defence Ministry", "Selydove", "Russia", False)}),
    # a reporting verb in Title Case the rules already read
    ("Kyiv Says Troops Still Hold Bilohorivka", {("Kyiv", "Bilohorivka", "Ukraine", False)}),
    # a label, not a sentence: no claim in it
    ("Russian Offensive Campaign Assessment, November 20, 2025", set()),
])
def test_other_headlines_are_read_as_written(title, expected):
    claims = [c for c in control_claims_in("The weather was cold.", title=title) if c.field == "title"]
    assert {(c.speaker_phrase, c.place, c.value, c.hedged) for c in claims} == expected


def test_a_place_in_a_role_is_still_what_the_next_sentence_refers_to():
    claims = found_claims("Oleksandr Prokudin, the governor of Kherson region, spoke at a briefing in the regional "
                          "capital. Russia controls about 70 percent of the oblast, he said.")
    assert ("Oleksandr Prokudin", "Kherson Oblast", "contested") in claims
