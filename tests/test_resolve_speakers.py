"""Speaker resolution and the side of actor phrases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.resolve import FUZZY_SPEAKER_THRESHOLD, Speaker, SpeakerResolver, side_of_actor
from crosscheck.resolve._speakers import load_speakers, parse_speakers_csv, speaker_tokens


@pytest.fixture(scope="module")
def resolver() -> SpeakerResolver:
    return SpeakerResolver.default()


def speaker_id(resolver: SpeakerResolver, phrase: str) -> str | None:
    speaker = resolver.resolve(phrase)
    return speaker.speaker_id if speaker else None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # Russian Ministry of Defence and its people
        ("Russia's defence ministry", "ru-mod"), ("the Russian MoD", "ru-mod"),
        ("Moscow's defence ministry", "ru-mod"), ("Russian Defense Ministry", "ru-mod"),
        ("the Ministry of Defence of the Russian Federation", "ru-mod"), ("Defence Ministry of Russia", "ru-mod"),
        ("Igor Konashenkov", "ru-konashenkov"), ("Sergei Shoigu", "ru-shoigu"),
        ("the Kremlin", "ru-kremlin"), ("Dmitry Peskov", "ru-peskov"), ("Vladimir Putin", "ru-putin"),
        ("Wagner Group", "ru-wagner"), ("Yevgeny Prigozhin", "ru-prigozhin"),
        # Russian-installed officials
        ("Denis Pushilin", "ru-pushilin"), ("the Moscow-backed administration of Donetsk", "ru-dpr"),
        ("Russia-backed administration", "ru-dpr"), ("the self-proclaimed Donetsk People's Republic", "ru-dpr"),
        ("Yan Gagin", "ru-gagin"), ("Vladimir Rogov", "ru-rogov"), ("Vladimir Saldo", "ru-saldo"),
        ("Yevgeny Balitsky", "ru-balitsky"), ("Leonid Pasechnik", "ru-pasechnik"),
        ("Luhansk People's Republic", "ru-lpr"), ("the Russian-installed authorities in the Zaporizhzhia region",
                                                  "ru-zaporizhzhia-admin"),
        ("Moscow-installed officials in Kherson", "ru-kherson-admin"),
        # Russian state media
        ("TASS", "ru-tass"), ("RIA Novosti", "ru-ria"), ("Russian state media", "ru-state-media"),
        # Ukraine
        ("Ukraine's General Staff", "ua-general-staff"), ("the Ukrainian General Staff", "ua-general-staff"),
        ("General Staff of the Ukrainian Armed Forces", "ua-general-staff"),
        ("the General Staff of the Armed Forces of Ukraine", "ua-general-staff"),
        ("Ukrainian Ministry of Defence", "ua-mod"), ("Ukraine's defence ministry", "ua-mod"),
        ("Deputy Defence Minister Hanna Maliar", "ua-maliar"), ("Volodymyr Zelensky", "ua-zelensky"),
        ("Zelenskyy", "ua-zelensky"), ("the President's office", "ua-presidents-office"),
        ("Zelensky's office", "ua-presidents-office"), ("Oleksandr Syrskyi", "ua-syrskyi"),
        ("Valerii Zaluzhnyi", "ua-zaluzhnyi"), ("Serhiy Cherevatyi", "ua-cherevatyi"),
        ("Natalia Humeniuk", "ua-humeniuk"), ("Serhiy Haidai", "ua-haidai"), ("Pavlo Kyrylenko", "ua-kyrylenko"),
        ("Oleksandr Prokudin", "ua-prokudin"), ("Ivan Fedorov", "ua-fedorov"),
        ("Ukrainian military intelligence", "ua-hur"), ("HUR", "ua-hur"), ("Kyrylo Budanov", "ua-budanov"),
        ("Ukrainian officials", "ua-government"), ("Kyiv", "ua-government"), ("Ukraine", "ua-government"),
        ("officials in Kyiv", "ua-government"), ("Ukraine's military", "ua-armed-forces"),
        ("Russia", "ru-government"), ("Moscow", "ru-government"),
        # analysts and international
        ("the Washington-based Institute for the Study of War", "isw"), ("ISW", "isw"),
        ("UK Ministry of Defence", "uk-mod"), ("British defence intelligence", "uk-mod"),
        ("Britain's Ministry of Defence", "uk-mod"), ("DeepStateMap", "deepstate"),
        ("Rochan Consulting", "rochan"), ("the Pentagon", "us-government"), ("U.S. officials", "us-government"),
        ("the UN", "un"), ("IAEA", "iaea"), ("the UN nuclear watchdog", "iaea"),
    ],
)
def test_speaker_aliases(resolver: SpeakerResolver, phrase: str, expected: str) -> None:
    assert speaker_id(resolver, phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Russian defence ministry spokesman Igor Konashenkov", "ru-konashenkov"),
        ("Igor Konashenkov, spokesman for the Russian defence ministry", "ru-konashenkov"),
        ("Wagner chief Yevgeny Prigozhin", "ru-prigozhin"),
        ("Kremlin spokesman Dmitry Peskov", "ru-peskov"),
        ("Yan Gagin, an adviser to the head of the Donetsk People's Republic", "ru-gagin"),
        ("the head of the DPR, Denis Pushilin", "ru-pushilin"),
        ("Serhiy Cherevatyi, a spokesman for Ukraine's Eastern Group of Forces", "ua-cherevatyi"),
        ("Ukraine's Deputy Defence Minister Hanna Maliar", "ua-maliar"),
    ],
)
def test_a_named_person_outranks_their_institution(resolver: SpeakerResolver, phrase: str, expected: str) -> None:
    assert speaker_id(resolver, phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    ["the ministry", "the defence ministry", "a top aide to the administrator of the region", "officials",
     "the Russian-installed Donetsk governor", "witnesses", ""],
)
def test_phrases_that_name_no_speaker_clearly(resolver: SpeakerResolver, phrase: str) -> None:
    assert resolver.resolve(phrase) is None


@pytest.mark.parametrize("phrase", ["Ukrainian media", "Russian media", "Ukrainian news outlets", "Ukrainian journalists",
                                    "Russian news agencies", "Russian TV channels"])
def test_a_countrys_press_is_not_its_government(resolver: SpeakerResolver, phrase: str) -> None:
    # "Vuhledar has fallen, Ukrainian media reported" is the press's report, not Kyiv's
    assert resolver.resolve(phrase) is None


@pytest.mark.parametrize(
    ("misspelt", "expected"),
    [("Konashenko", "ru-konashenkov"), ("Prigozin", "ru-prigozhin"), ("Russian Defence Minstry", "ru-mod"),
     ("Institute for Study of War", "isw"), ("Hanna Malyar", "ua-maliar"), ("Sergey Shoygu", "ru-shoigu")],
)
def test_fuzzy_speaker_matching(resolver: SpeakerResolver, misspelt: str, expected: str) -> None:
    assert speaker_id(resolver, misspelt) == expected


@pytest.mark.parametrize(
    "phrase",
    [("Sumy military administration", "us-government"), ("Kherson military administration officials", "us-government"),
     ("the 72nd brigade", "ua-92nd-brigade"), ("the 24th Brigade", "ua-47th-brigade")],
)
def test_a_fuzzy_match_needs_every_word_close(resolver: SpeakerResolver, phrase: tuple[str, str]) -> None:
    """Long shared words must not carry a wrong short one ("Sumy" is not "USA"), nor a wrong number."""
    written, wrong = phrase
    found = resolver.resolve(written)
    assert found is None or found.speaker_id != wrong


def test_tokens_canonicalise_wording() -> None:
    assert speaker_tokens("Russia's Ministry of Defense") == speaker_tokens("the Russian MoD")
    assert speaker_tokens("Moscow-backed authorities") == speaker_tokens("Russian-installed administration")
    assert speaker_tokens("the Washington-based ISW") == speaker_tokens("ISW")


def test_sides_and_kinds(resolver: SpeakerResolver) -> None:
    speakers = {s.speaker_id: s for s in load_speakers()}
    assert all(s.side == "neutral" for s in speakers.values() if s.kind == "analyst")
    assert all(s.side == "Russia" for sid, s in speakers.items() if sid.startswith("ru-"))
    assert all(s.side == "Ukraine" for sid, s in speakers.items() if sid.startswith("ua-"))
    assert speakers["ru-tass"].kind == "outlet"
    assert speakers["ru-wagner"].kind == "armed_group"
    assert speakers["isw"].kind == "analyst"
    assert resolver.resolve("Deputy Defence Minister Hanna Maliar").side == "Ukraine"


def test_every_alias_resolves_to_its_own_speaker(resolver: SpeakerResolver) -> None:
    for speaker in load_speakers():
        for alias in (speaker.name, *speaker.aliases):
            assert speaker_id(resolver, alias) == speaker.speaker_id, alias


def test_an_alias_shared_by_two_speakers_is_rejected() -> None:
    twins = [Speaker("a", "A", "Russia", "military", ("the ministry of war",)),
             Speaker("b", "B", "Ukraine", "military", ("Ministry of War",))]
    with pytest.raises(ValueError, match="names both"):
        SpeakerResolver(twins)


def test_speakers_table_is_checked() -> None:
    with pytest.raises(ValueError, match="bad side"):
        parse_speakers_csv("speaker_id,name,side,kind,aliases\nx,X,Mars,analyst,X\n")


def test_fuzzy_speaker_threshold_is_documented() -> None:
    assert isinstance(FUZZY_SPEAKER_THRESHOLD, float) and 80 <= FUZZY_SPEAKER_THRESHOLD <= 100


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_resolve_accepts_any_text(phrase: str) -> None:
    speaker = SpeakerResolver.default().resolve(phrase)
    assert speaker is None or speaker.side in {"Russia", "Ukraine", "neutral"}


@pytest.mark.parametrize(
    ("actor", "side"),
    [
        ("Russian forces", "Russia"), ("the invaders", "Russia"), ("occupiers", "Russia"),
        ("Wagner fighters", "Russia"), ("Moscow", "Russia"), ("the Russians", "Russia"), ("DPR militia", "Russia"),
        ("Russian-backed separatists", "Russia"), ("оккупанты", "Russia"), ("ВС РФ", "Russia"),
        ("Ukrainian troops", "Ukraine"), ("the Armed Forces of Ukraine", "Ukraine"), ("Kyiv's forces", "Ukraine"),
        ("Ukrainians", "Ukraine"), ("the Defence Forces", "Ukraine"), ("the AFU", "Ukraine"), ("ZSU", "Ukraine"),
        ("ВСУ", "Ukraine"), ("the Kyiv regime", "Ukraine"),
        ("our troops", None), ("the enemy", None), ("mercenaries", None), ("troops", None),
        ("Wagner fighters near Ukrainian-held Bakhmut", "Russia"),
        ("troops in Russian-occupied Melitopol", None),
    ],
)
def test_side_of_actor(actor: str, side: str | None) -> None:
    assert side_of_actor(actor) == side


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_side_of_actor_accepts_any_text(phrase: str) -> None:
    assert side_of_actor(phrase) in {"Russia", "Ukraine", None}
