"""Whole-article shapes: the right speaker (ninth set, by mechanism).

Each mechanism has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

import pytest

from conftest import TEST_OUTLET, control_claims_in


def resolved(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value) for c in control_claims_in(text, title=title)}


def phrases(text: str, title: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase as written, place, value) of every control claim."""
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text, title=title)}


# --- a "he said" after a sentence opening on an indefinite newcomer means the newcomer ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ('Kharkiv governor Oleh Syniehubov insisted the town had not been lost.\n\nA soldier with the 57th brigade, '
     'who gave only his call sign, Kit, described an enemy that attacked in waves. "They do not stop. We keep '
     'the bridge, but half of Vovchansk is theirs now," he said by phone.',
     "A soldier with the 57th brigade", "Vovchansk", "contested"),
    ('The ministry said Russian troops were advancing. An officer of the 3rd Assault Brigade described the '
     'fighting as brutal. "Half of Avdiivka is already theirs," he said.',
     "An officer of the 3rd Assault Brigade", "Avdiivka", "contested"),
    ('Syrskyi said the line was stable. One local resident, a retired teacher, spoke from a basement. '
     '"Russian troops took Vovchansk yesterday," she said.', "One local resident", "Vovchansk", "Russia"),
    ('Syrskyi said the line was stable. A commander in the 92nd brigade told reporters that the enemy had '
     'entered Kupiansk. "We still hold the centre of Kupiansk," he said.',
     "A commander in the 92nd brigade", "Kupiansk", "contested"),
])
def test_pronoun_takes_indefinite_newcomer(text: str, speaker: str, place: str, value: str) -> None:
    found = phrases(text)
    assert (speaker, place, value) in found
    assert not any(p != speaker and pl == place and v == value for p, pl, v in found)


@pytest.mark.parametrize("text, speaker, place", [
    # a newcomer who only undergoes something is not a speaker: the last speaker goes on
    ('Oleh Syniehubov, the Kharkiv governor, said the town was safe. A soldier was killed in shelling on '
     'Tuesday. "Vovchansk remains ours," he said.', "Oleh Syniehubov", "Vovchansk"),
    # a definite description is someone named before, not a newcomer
    ('Syrskyi said the line was stable. The governor visited a hospital in the city. "Russian troops have not '
     'taken Vovchansk," he said.', "Oleksandr Syrskyi", "Vovchansk"),
])
def test_pronoun_keeps_speaker_without_newcomer(text: str, speaker: str, place: str) -> None:
    assert {s for s, p, _ in resolved(text) if p == place} == {speaker}


# --- a role naming a body ("spokesman for the Khortytsia group") never stands in for the person ---

@pytest.mark.parametrize("text, speaker", [
    ('The town remains under the control of the Defence Forces, the General Staff stressed.\n\nNazar Voloshyn, '
     'spokesman for the Khortytsia group of forces, gave a more sober picture on national television. "The enemy '
     'has entered the eastern outskirts of Kurakhove," he said.', "Nazar Voloshyn"),
    ('Nazar Voloshyn, spokesman for the Khortytsia group of forces, gave a more sober picture on television. '
     '"The enemy has entered the eastern outskirts of Kurakhove," he said.', "Nazar Voloshyn"),
    ('Fighting went on all day, the General Staff said.\n\nViktor Trehubov, spokesman for the Dnipro group, spoke '
     'to national television. "The enemy has entered the eastern outskirts of Kurakhove," he said.',
     "Viktor Trehubov"),
])
def test_pronoun_skips_body_in_role(text: str, speaker: str) -> None:
    assert {s for s, p, _ in resolved(text) if p == "Kurakhove"} == {speaker}


# --- "In X, it added, C": an attribution after a bare setting is a parenthesis ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ('The Dnipro group said its units held the northern part of Pokrovsk. In Vovchansk, it added, Ukrainian '
     'troops still held the southern districts along the Vovcha river.', "Dnipro Group of Forces", "Vovchansk",
     "contested"),
    ("Further south, the ministry said, Russian units had captured Urozhaine.", "the ministry", "Urozhaine",
     "Russia"),
    ("In the Kupiansk direction, the General Staff reported, Ukrainian forces repelled an assault on Synkivka.",
     "the General Staff", "Synkivka", "Ukraine"),
    ("Meanwhile, Syrskyi said, Ukrainian troops remained in control of Robotyne.", "Oleksandr Syrskyi",
     "Robotyne", "Ukraine"),
])
def test_attribution_after_setting_is_parenthetical(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text", [
    # the words before the attribution are a clause of their own: the speaker's content ends there
    "Russian troops captured Urozhaine, the ministry said, and the outlet's reporters saw Staromaiorske burning.",
    "In Vovchansk, it added, fighting continued.",
])
def test_attribution_after_clause_is_not_widened(text: str) -> None:
    found = resolved(text)
    assert not any(p == "Staromaiorske" for _, p, _ in found)
    assert not any(p == "Vovchansk" and v != "contested" for _, p, v in found)


# --- "X, which ..., C, Name, the role, said": the name before its appositive speaks ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Izium, which Russian forces had used since April as the main staging post for their Donbas offensive, is "
     "back under Ukrainian control, Valerii Zaluzhnyi, the country's top general, said.", "Valerii Zaluzhnyi",
     "Izium", "Ukraine"),
    ("Bakhmut, which Ukraine had defended for months, has been fully liberated, Yevgeny Prigozhin, the head of the "
     "Wagner group, said on Saturday.", "Yevgeny Prigozhin", "Bakhmut", "Russia"),
    ("Avdiivka, which had been a fortress since 2014, is now under Russian control, Sergei Shoigu, the defence "
     "minister, told Putin.", "Sergei Shoigu", "Avdiivka", "Russia"),
    ("Robotyne, which guards the road to Tokmak, has been liberated, Hanna Maliar, the deputy defence minister, "
     "wrote on Telegram.", "Hanna Maliar", "Robotyne", "Ukraine"),
])
def test_named_speaker_after_relative_clause(text: str, speaker: str, place: str, value: str) -> None:
    assert {(s, v) for s, p, v in resolved(text) if p == place} == {(speaker, value)}


@pytest.mark.parametrize("text, speaker", [
    # the relative clause belongs to the speaker itself: its verb still takes it
    ("Prigozhin, who had announced the capture a day earlier, said Bakhmut was fully taken.", "Yevgeny Prigozhin"),
    ("The group, which commands the sector, said Russian troops had captured Krynky.", "The group"),
])
def test_relative_clause_of_the_speaker_kept(text: str, speaker: str) -> None:
    assert {s for s, _, _ in resolved(text)} == {speaker}


# --- "Claims by X that C are false, Y said": X's hedged claim and Y's denial ---

@pytest.mark.parametrize("text, claimant, claimed, denier, denied", [
    ("Claims by Kyiv that it had captured Staromayorskoye are false: the enemy's assault was beaten back, the "
     "Vostok battalion commander Alexander Khodakovsky said.", "Ukrainian government", "Ukraine",
     "the Vostok battalion commander Alexander Khodakovsky", "Russia"),
    ("Kyiv's claim that its troops had taken Robotyne is a lie, Rogov wrote on Telegram.", "Ukrainian government",
     "Ukraine", "Vladimir Rogov", "Russia"),
    ("Moscow's claims that Russian forces had captured Krynky are completely untrue, the Ukrainian navy said.",
     "Russian government", "Russia", "Ukrainian Navy", "Ukraine"),
    ("Reports by Russian bloggers that Vuhledar had fallen were false, Ukraine's army said.",
     "Russian military bloggers", "Russia", "Armed Forces of Ukraine", "Ukraine"),
])
def test_claim_judged_false(text: str, claimant: str, claimed: str, denier: str, denied: str) -> None:
    claims = control_claims_in(text)
    assert any(c.speaker == claimant and c.value == claimed and c.hedged for c in claims)
    assert any(c.speaker == denier and c.value == denied for c in claims)


@pytest.mark.parametrize("text", [
    "Claims by Russian bloggers that Vuhledar had fallen spread quickly, Ukraine's army said.",
    "Kyiv's claim that it had captured Staromayorskoye is not confirmed, the commander said.",
])
def test_claim_not_judged_gives_no_denial(text: str) -> None:
    assert len({c.speaker for c in control_claims_in(text)}) == 1


# --- a map project named before its appositive shows ---

@pytest.mark.parametrize("text, speaker, place", [
    ("DeepState, the Ukrainian mapping project, now shows Russian forces in control of Toretsk.", "DeepStateMap",
     "Toretsk"),
    ("DeepState, a Ukrainian monitoring group that maps the front, shows Russian troops in control of Krasnohorivka.",
     "DeepStateMap", "Krasnohorivka"),
])
def test_map_project_before_appositive(text: str, speaker: str, place: str) -> None:
    assert (speaker, place, "Russia") in resolved(text)


def test_person_before_appositive_showing_is_no_map() -> None:
    assert resolved("Ivan Petrov, a local farmer, showed reporters the ruins of Krynky.") == set()


# --- an unnamed institution in a speaker's role gives the speaker's side ---

@pytest.mark.parametrize("text, place, value", [
    ('"Izium is ours," Oleksiy Hromov, a deputy chief of the General Staff\'s operational department, told a '
     'briefing in Kyiv.', "Izium", "Ukraine"),
    ('"Lyman is ours," Ivan Petrenko, a spokesman for the General Staff, said.', "Lyman", "Ukraine"),
    ('"Izium is ours," Oleksiy Hromov, a deputy chief of the Russian General Staff, told a briefing.', "Izium",
     "Russia"),
])
def test_side_from_institution_in_role(text: str, place: str, value: str) -> None:
    assert {(p, v) for _, p, v in resolved(text)} == {(place, value)}


def test_role_without_institution_gives_no_side() -> None:
    assert resolved('"Lyman is ours," Ivan Petrenko, a local farmer, said.') == set()


# --- a second speaker's clause with its place left implicit means the place the first one claimed ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russia's defence ministry said its forces had taken Toretsk, but Ukraine's military said fighting continued.",
     "Armed Forces of Ukraine", "Toretsk", "contested"),
    ("The Russian defence ministry announced that its troops had liberated Krasnohorivka, while the Ukrainian "
     "General Staff said battles were still raging.", "General Staff of the Armed Forces of Ukraine",
     "Krasnohorivka", "contested"),
    ("Russia said it had captured Toretsk and Kyiv said fighting was still going on.", "Ukrainian government",
     "Toretsk", "contested"),
    ("Russia's defence ministry said the Vostok group had raised the flag over Vuhledar; Ukraine's army said its "
     "troops had pulled out to preserve lives.", "Armed Forces of Ukraine", "Vuhledar", "Russia"),
])
def test_second_voice_takes_claimed_place(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text, place", [
    # the same speaker goes on: no second voice
    ("Russia said it had captured Toretsk and said fighting was still going on.", "Toretsk"),
    # the second clause names its own place
    ("Russia said it had captured Toretsk, while Kyiv said fighting continued near Pokrovsk.", "Toretsk"),
])
def test_no_second_voice_place(text: str, place: str) -> None:
    assert {s for s, p, _ in resolved(text) if p == place} == {"Russian government"}


# --- who congratulates or thanks troops for a capture states it ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Defence Minister Andrei Belousov congratulated the servicemen of the 37th Guards Motor Rifle Brigade on the "
     "liberation of Velikaya Novoselka.", "Andrei Belousov", "Velyka Novosilka", "Russia"),
    ("Putin congratulated the troops on the capture of Avdiivka.", "Vladimir Putin", "Avdiivka", "Russia"),
    ("Zelensky thanked the 47th brigade for the liberation of Robotyne.", "Volodymyr Zelensky", "Robotyne",
     "Ukraine"),
    ("Shoigu commended the Vostok group for the capture of Vuhledar on Thursday.", "Sergei Shoigu", "Vuhledar",
     "Russia"),
])
def test_congratulation_states_capture(text: str, speaker: str, place: str, value: str) -> None:
    assert resolved(text) == {(speaker, place, value)}


@pytest.mark.parametrize("text", [
    "Putin congratulated the troops on Defenders Day.",
    "Residents congratulated each other on the liberation of Kherson.",
])
def test_congratulation_without_speaker_or_capture(text: str) -> None:
    assert not any(s not in (TEST_OUTLET, None) for s, _, _ in resolved(text))


# --- an appositive gloss on a place inside a report is the writer's, not the speaker's ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Ukraine said on Monday its forces had recaptured the village of Robotyne, a step toward the occupied hub of "
     "Tokmak, though Moscow said fighting was going on.", "Ukrainian government", "Robotyne", "Ukraine"),
    ("Kyiv said its troops had liberated Klishchiivka, a village overlooking Russian-held Bakhmut.",
     "Ukrainian government", "Klishchiivka", "Ukraine"),
    ("The General Staff said its forces had retaken Staromaiorske, a first step toward occupied "
     "Berdiansk.", "The General Staff", "Staromaiorske", "Ukraine"),
    ("Russia's defence ministry said its troops had taken Krasnohorivka, a town west of Russian-controlled "
     "Donetsk.", "Russian Ministry of Defence", "Krasnohorivka", "Russia"),
])
def test_place_appositive_is_outlet_voice(text: str, speaker: str, place: str, value: str) -> None:
    found = resolved(text)
    assert (speaker, place, value) in found
    glossed = {p for _, p, _ in found} - {place}
    assert glossed and all(s == TEST_OUTLET for s, p, _ in found if p in glossed)


@pytest.mark.parametrize("text, speaker", [
    # no appositive: the speaker's own words
    ("Kyiv said its troops had struck the occupied city of Melitopol.", "Ukrainian government"),
    # quoted: the speaker's own words
    ('"We liberated Robotyne, a step toward occupied Tokmak," the commander said.', "the commander"),
])
def test_presupposition_in_report_stays_speakers(text: str, speaker: str) -> None:
    found = control_claims_in(text)
    assert any(c.speaker == speaker and c.value == "Russia" for c in found)
    assert not any(c.speaker_phrase is None for c in found)


# --- "claims from X that C": the source of the claims speaks, hedged ---

@pytest.mark.parametrize("text, speaker, place", [
    ("Russian forces have not made any confirmed advances near Kupiansk, and claims from some milbloggers that "
     "Russian troops captured Tabaivka appear premature.", "Russian military bloggers", "Tabaivka"),
    ("Reports from Russian war correspondents that Ukrainian forces had withdrawn from Krynky could not be "
     "verified.", "Russian military bloggers", "Krynky"),
    ("Claims from the Kremlin that Avdiivka had fallen came early on Saturday.", "The Kremlin", "Avdiivka"),
    ("Statements from Ukraine's General Staff that its troops still held Robotyne were confirmed by footage.",
     "General Staff of the Armed Forces of Ukraine", "Robotyne"),
])
def test_claims_from_source(text: str, speaker: str, place: str) -> None:
    assert any(c.speaker == speaker and c.place == place and c.hedged for c in control_claims_in(text))


@pytest.mark.parametrize("text", [
    "Reports from the front that Bakhmut had fallen were wrong.",
    "Reports from Monday that Bakhmut had fallen were wrong.",
])
def test_claims_from_no_source(text: str) -> None:
    assert all(c.speaker_phrase is None for c in control_claims_in(text))


# --- "C; Kyiv says no" / "C, Kyiv denies it": a report whose object points back judges the clause before ---

@pytest.mark.parametrize("title, speaker, place, value", [
    ("Moscow claims Chasiv Yar; Kyiv says no", "Ukrainian government", "Chasiv Yar", "Ukraine"),
    ("Moscow claims capture of Chasiv Yar, Kyiv denies it", "Ukrainian government", "Chasiv Yar", "Ukraine"),
    ("Russia says its troops captured Krynky - Ukraine denies the claim", "Ukrainian government", "Krynky",
     "Ukraine"),
    ("Ukraine says it retook Robotyne; Moscow confirms it", "Russian government", "Robotyne", "Ukraine"),
])
def test_pointing_back_judgement_in_headline(title: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved("The story continues.", title=title)


@pytest.mark.parametrize("text, speaker, place, value", [
    ("Russia's defence ministry said its forces had taken Toretsk; Ukraine's military denied it.",
     "Armed Forces of Ukraine", "Toretsk", "Ukraine"),
    ("Russian forces have captured Toretsk, the defence ministry said, but Kyiv denied this.",
     "Ukrainian government", "Toretsk", "Ukraine"),
])
def test_pointing_back_judgement_in_text(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("title", [
    "Kyiv says no to talks",                            # nothing before it to judge
    "Russia says it took Chasiv Yar; Kyiv says it",     # "says it" neither denies nor confirms
])
def test_pointing_back_without_judgement(title: str) -> None:
    assert {s for s, _, _ in resolved("The story continues.", title=title)} <= {"Russian government"}


# --- a time word before a nominal claim's owner is no part of the owner ---

@pytest.mark.parametrize("text, claimant, denier, place", [
    ("Ukraine's military rejected on Thursday Russia's announcement that its forces had taken Chasiv Yar, saying "
     "battles were still raging inside it.", "Russian government", "Armed Forces of Ukraine", "Chasiv Yar"),
    ("Ukraine's General Staff rejected on Sunday Russian claims that Vuhledar had fallen.", "Russian government",
     "General Staff of the Armed Forces of Ukraine", "Vuhledar"),
    ("Ukraine denied Monday Russia's claim to have captured Bakhmut.", "Russian government",
     "Ukrainian government", "Bakhmut"),
    ("Kyiv rejected on Friday Moscow's claim that Russian troops had taken Kupiansk.", "Russian government",
     "Ukrainian government", "Kupiansk"),
])
def test_time_word_before_claim_owner(text: str, claimant: str, denier: str, place: str) -> None:
    speakers = {s for s, p, _ in resolved(text) if p == place}
    assert speakers == {claimant, denier}


def test_month_name_that_is_a_word_stays() -> None:
    # "May" is also a name and a verb: never read as a time word before an owner
    assert all(c.speaker_phrase != "Day" for c in control_claims_in("May Day's claim that Bakhmut fell was odd."))
