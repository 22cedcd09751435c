"""Whole-article shapes: the right speaker (sixth set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

import pytest

from conftest import control_claims_in


def resolved(text: str) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value) for c in control_claims_in(text)}


# --- Cyrillic attribution without English quotes: the speaker after, before or around C ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Угледар освобождён, сообщили в Минобороны России.", "Russian Ministry of Defence", "Vuhledar", "Russia"),
    ("Мирноград під нашим контролем, заявив речник Сил оборони Віктор Трегубов.", "Viktor Trehubov",
     "Myrnohrad", "Ukraine"),
    ("Як повідомили в Генштабі ЗСУ, Мирноград під нашим контролем.",
     "General Staff of the Armed Forces of Ukraine", "Myrnohrad", "Ukraine"),
    ("Шойгу заявил, что Угледар полностью освобождён.", "Sergei Shoigu", "Vuhledar", "Russia"),
    ("Как сообщил Денис Пушилин, Марьинка освобождена.", "Denis Pushilin", "Marinka", "Russia"),
    ("Курахово взято под полный контроль, подчеркнул Герасимов в своем докладе.", "Valery Gerasimov",
     "Kurakhove", "Russia"),
    # the guillemet quote with a dash keeps working as before
    ("«Угледар полностью освобождён», — написал Пушилин в Telegram.", "Denis Pushilin", "Vuhledar", "Russia"),
])
def test_cyrillic_attribution_names_the_speaker(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in resolved(text)


@pytest.mark.parametrize("text", [
    "Пушилин заявил, что наступление продолжается.",          # a frame with no place
    "Як повідомив DeepState, бої тривають на кількох напрямках.",
    "Заява Міноборони про Угледар з'явилася пізно ввечері.",   # the noun "заява" is no verb
])
def test_cyrillic_frames_without_a_claim_give_none(text: str) -> None:
    assert resolved(text) == set()


def speakers(text: str) -> set[tuple[str | None, str | None, str]]:
    """(speaker phrase, place, value) of every control claim; None is the outlet speaking."""
    return {(c.speaker_phrase, c.place, c.value) for c in control_claims_in(text)}


# --- a "who"/"which" report after a passive "by X": X speaks, not the outlet ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("The Kremlin's claim to have taken Krynky was dismissed by the region's governor, who said Ukrainian troops "
     "were still in control of the village.", "the region's governor", "Krynky", "Ukraine"),
    ("Russia's capture of Marinka, announced by Sergei Shoigu on Monday, was denied by Ukraine's military, which "
     "said fighting continued in the town.", "Ukraine's military", "Marinka", "contested"),
    ("Moscow's assertion that Robotyne had fallen was rejected on Tuesday by the Ukrainian General Staff, which "
     "reported that its units still held the village.", "the Ukrainian General Staff", "Robotyne", "Ukraine"),
    ("The report of the fall of Vovchansk was disputed by Oleh Syniehubov, who insisted that the town "
     "remained under Ukrainian control.", "Oleh Syniehubov", "Vovchansk", "Ukraine"),
])
def test_relative_report_after_passive_by_names_the_agent(text: str, speaker: str, place: str, value: str) -> None:
    found = speakers(text)
    assert (speaker, place, value) in found
    assert not any(s is None and p == place for s, p, _ in found)      # no stray outlet claim


# --- "Kupiansk, which Russia said it had taken, remains ...": the report ends with its clause ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Kupiansk, which Russia said it had captured last week, remains under Ukrainian control, the governor said.",
     "the governor", "Kupiansk", "Ukraine"),
    ("The village of Krynky, which the Russian defence ministry claimed to have taken, is still held by Ukrainian "
     "marines, the navy said.", "the navy", "Krynky", "Ukraine"),
    ("Bakhmut, which Wagner said was fully under its control, remains contested, Syrskyi said.",
     "Syrskyi", "Bakhmut", "contested"),
    ("Robotyne, which Moscow says its troops recaptured, is in Ukrainian hands.", None, "Robotyne", "Ukraine"),
    # the speaker after the whole sentence still owns the main clause around the relative one
    ("Ukrainian forces still hold the western part of Krasnohorivka, which Russia's defence ministry said on "
     "Wednesday had been fully liberated, the 59th Brigade said.", "the 59th Brigade", "Krasnohorivka", "contested"),
])
def test_object_relative_report_does_not_swallow_the_main_clause(text: str, speaker: str | None, place: str,
                                                                 value: str) -> None:
    found = speakers(text)
    assert (speaker, place, value) in found
    assert not any(s is not None and s != speaker and p == place and v == value for s, p, v in found)


# --- a concession's subject ("whatever X says, C") vouches for nothing ---

@pytest.mark.parametrize("text, speaker, place", [
    ("Whatever the Russian propagandists say, Bakhmut remains Ukrainian.", None, "Bakhmut"),
    ("Regardless of what the Kremlin announces, Kupiansk remains under Ukrainian control.", None, "Kupiansk"),
    ("No matter what Moscow claims, Avdiivka is still under Ukrainian control, Tarnavskyi said.", "Tarnavskyi",
     "Avdiivka"),
    ("Contrary to what the Russian ministry reported, Ukrainian troops still hold Krynky.", None, "Krynky"),
    ("Despite what Russian bloggers wrote, Robotyne is in Ukrainian hands, Tarnavskyi said.", "Tarnavskyi",
     "Robotyne"),
])
def test_concession_subject_is_no_speaker(text: str, speaker: str | None, place: str) -> None:
    assert {s for s, p, _ in speakers(text) if p == place} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # near misses: a plain subject, and "what X says" as a real report's object
    ("The Russian propagandists say Bakhmut has fallen.", "The Russian propagandists"),
    ("Moscow says Avdiivka has been captured.", "Moscow"),
])
def test_plain_subject_still_speaks(text: str, speaker: str) -> None:
    assert speaker in {s for s, _, _ in speakers(text)}


# --- a participle report after a main clause with no report of its own: its named subject speaks ---

@pytest.mark.parametrize("text, speaker, place, value", [
    ("Zelensky visited troops near Kupiansk on Friday, declaring that Kupiansk remained under Ukrainian control.",
     "Zelensky", "Kupiansk", "Ukraine"),
    ("Russia's defence ministry released a video on Sunday, claiming that its forces had captured Krynky.",
     "Russia's defence ministry", "Krynky", "Russia"),
    ("Pushilin thanked the soldiers, announcing that Marinka had been fully liberated.", "Pushilin", "Marinka",
     "Russia"),
    ("Prigozhin appeared in a video filmed in the ruins, boasting that Wagner had taken Bakhmut.", "Prigozhin",
     "Bakhmut", "Russia"),
    ("The Ukrainian navy published drone footage, stating that marines still held positions in Krynky.",
     "The Ukrainian navy", "Krynky", "Ukraine"),
])
def test_participle_report_takes_the_main_subject(text: str, speaker: str, place: str, value: str) -> None:
    assert (speaker, place, value) in speakers(text)


@pytest.mark.parametrize("text", [
    # near misses: a participle that reports nothing, and a subject with no name
    "Russian troops pressed on towards Kupiansk, forcing Ukrainian units to withdraw from Synkivka.",
    "Fighting continued near Bakhmut on Monday, saying nothing about Soledar.",
    "The shelling of Kherson continued on Monday, killing two people in Bilozerka.",
])
def test_participle_without_a_report_gives_no_speaker(text: str) -> None:
    assert all(speaker is None for speaker, _, _ in speakers(text))
