"""The fixed Cyrillic templates of the Russian defence ministry and the Ukrainian General Staff.

Written by hand in the institutions' daily wording (varied groupings, tenses, places, framing) with
near misses that must stay as they are.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 6, 1, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.place, c.predicate, c.value) for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN)}


@pytest.mark.parametrize("text, place", [
    ("Минобороны России сообщило: Подразделения группировки войск «Центр» освободили населённый пункт Новоселовка.",
     "Novoselivka"),
    ("Минобороны России сообщило, что подразделения группировки войск «Центр» освободили Авдеевку.", "Avdiivka"),
    ("Подразделения группировки войск «Юг» освободили Часов Яр, сообщило Минобороны России.", "Chasiv Yar"),
    ("Подразделения группировки «Запад» освободили Купянск, сообщили в Минобороны России.", "Kupiansk"),
])
def test_grouping_liberation_is_russian_control(text: str, place: str) -> None:
    assert (place, "controls", "Russia") in _claims(text)


@pytest.mark.parametrize("text, place", [
    ("Минобороны России сообщило, что подразделения группировки войск «Юг» продолжают освобождение Торецка.",
     "Toretsk"),
    ("Подразделения группировки «Центр» продолжают освобождение Торецка, сообщило Минобороны России.", "Toretsk"),
    ("Минобороны России сообщило: российские войска продолжают освобождение Торецка.", "Toretsk"),
    ("Шойгу заявил, что наши подразделения продолжают освобождение Авдеевки.", "Avdiivka"),
])
def test_continuing_liberation_is_contested(text: str, place: str) -> None:
    claims = _claims(text)
    assert (place, "controls", "contested") in claims
    assert (place, "controls", "Russia") not in claims


@pytest.mark.parametrize("text, place", [
    ("Генштаб ЗСУ повідомив, що противник намагався просунутися в районі Покровська.", "Pokrovsk"),
    ("Генштаб ЗСУ повідомив: ворог атакував поблизу Торецька.", "Toretsk"),
    ("Противник пытался прорваться в районе Часова Яра, сообщили в Генштабе ВСУ.", "Chasiv Yar"),
    ("Генштаб ЗСУ повідомив, що противник намагався просунутися до Покровська, але безуспішно.", "Pokrovsk"),
    ("Сирський повідомив, що росіяни штурмували поблизу Покровська.", "Pokrovsk"),
])
def test_general_staff_enemy_attack(text: str, place: str) -> None:
    claims = _claims(text)
    assert (place, "attacked", "Russia") in claims
    assert not any(predicate == "controls" for _, predicate, _ in claims)


def test_ukrainian_masculine_capture_verb() -> None:
    assert ("Pokrovsk", "controls", "Russia") in _claims("Генштаб ЗСУ повідомив, що противник захопив Покровськ.")


@pytest.mark.parametrize("text", [
    "Генштаб ЗСУ повідомив, що противник може атакувати Покровськ.",          # a prediction
    "Генштаб ЗСУ повідомив, що ситуація в районі Покровська складна.",        # no act
    "Минобороны России сообщило, что группировка войск «Центр» готовится освобождать Торецк.",  # intention
    "Генштаб ЗСУ повідомив, що противник намагатиметься просунутися до Покровська.",  # future
])
def test_near_misses_stay_silent(text: str) -> None:
    assert _claims(text) == set()


def _spoken(text: str) -> set[tuple[str, str | None, str, str]]:
    return {(c.speaker or "", c.place, c.predicate, c.value)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN)}


@pytest.mark.parametrize("text, place, predicate, value", [
    ("DeepState updated its map: the enemy occupied Novoselivka and advanced near Pokrovsk.",
     "Novoselivka", "controls", "Russia"),
    ("DeepState updated its map: the enemy occupied Novoselivka and advanced near Pokrovsk.",
     "Pokrovsk", "attacked", "Russia"),
    ("DeepState said the enemy captured Novoselivka.", "Novoselivka", "controls", "Russia"),
    ("DeepState analysts said the enemy advanced in Toretsk.", "Toretsk", "controls", "contested"),
    ("DeepState said on Tuesday the enemy advanced near Novoselivka.", "Novoselivka", "attacked", "Russia"),
])
def test_deepstate_enemy_is_russia(text: str, place: str, predicate: str, value: str) -> None:
    assert ("DeepStateMap", place, predicate, value) in _spoken(text)


@pytest.mark.parametrize("text", [
    "DeepState said the enemy may try to occupy Novoselivka.",       # an intention
    "DeepState said the enemy advanced near Novoselivka.",           # near: no control
])
def test_deepstate_near_misses_claim_no_control(text: str) -> None:
    assert not any(predicate == "controls" for _, _, predicate, _ in _spoken(text))


@pytest.mark.parametrize("text, place", [
    ("Russia's defence ministry said Russian troops continued to liberate Toretsk.", "Toretsk"),
    ("Units of the Battlegroup South are continuing to liberate Chasiv Yar, the ministry said.", "Chasiv Yar"),
    ("The Russian defence ministry said assault units continued to liberate Vuhledar on March 3.", "Vuhledar"),
    ("Russian troops continue to liberate Kurakhove, the Russian defence ministry told TASS.", "Kurakhove"),
])
def test_liberation_under_way_is_contested(text: str, place: str) -> None:
    claims = _claims(text)
    assert (place, "controls", "contested") in claims
    assert (place, "controls", "Russia") not in claims


@pytest.mark.parametrize("text, place, value", [
    ("Ukraine's army continues to hold Chasiv Yar, the General Staff said.", "Chasiv Yar", "Ukraine"),
    ("Russia's defence ministry said Russian troops continued to advance and liberated Toretsk.", "Toretsk", "Russia"),
    ("Russia's defence ministry said Russian troops completed the liberation of Avdiivka.", "Avdiivka", "Russia"),
])
def test_continuing_near_misses_keep_their_value(text: str, place: str, value: str) -> None:
    assert (place, "controls", value) in _claims(text)


@pytest.mark.parametrize("text, place", [
    ("Russia's defence ministry said units of the Battlegroup Centre took more favourable lines and positions "
     "near Pokrovsk.", "Pokrovsk"),
    ("Units of the Battlegroup West have taken more advantageous lines near Kupiansk, the ministry said.", "Kupiansk"),
    ("The Russian defence ministry said Battlegroup Dnepr units occupied more favourable positions in the area of "
     "Kamianske.", "Kamianske"),
    ("Russian troops took more favorable positions around Chasiv Yar, TASS reported, citing the defence ministry.",
     "Chasiv Yar"),
])
def test_better_lines_near_a_place_is_an_attack_not_control(text: str, place: str) -> None:
    claims = _claims(text)
    assert (place, "attacked", "Russia") in claims
    assert not any(predicate == "controls" for _, predicate, _ in claims)


@pytest.mark.parametrize("text", [
    "Ukrainian units withdrew and took up more favourable positions near Pokrovsk, the General Staff said.",
    "Russia's defence ministry said units of the Battlegroup South improved the tactical situation near Chasiv Yar.",
])
def test_better_lines_near_misses(text: str) -> None:
    assert not any(predicate == "attacked" for _, predicate, _ in _claims(text))


@pytest.mark.parametrize("text, place, attacker", [
    ("Генштаб ЗСУ повідомив, що наші захисники відбили 14 атак у районі Покровська.", "Pokrovsk", "Russia"),
    ("Наші бійці відбили 6 штурмів поблизу Торецька, повідомив Генштаб ЗСУ.", "Toretsk", "Russia"),
    ("Войска отразили 5 атак ВСУ в районе Курахово, сообщило Минобороны России.", "Kurakhove", "Ukraine"),
    ("Минобороны России сообщило, что подразделения группировки «Юг» нанесли поражение живой силе противника в "
     "районе Торецка.", "Toretsk", "Russia"),
    ("Подразделения группировки войск «Центр» нанесли поражение живой силе и технике трёх бригад ВСУ в районах "
     "населённых пунктов Покровск и Мирноград, сообщило Минобороны России.", "Pokrovsk", "Russia"),
])
def test_cyrillic_repelled_attacks_and_strikes(text: str, place: str, attacker: str) -> None:
    claims = _claims(text)
    assert (place, "attacked", attacker) in claims
    assert not any(predicate == "controls" for _, predicate, _ in claims)


@pytest.mark.parametrize("text", [
    "Генштаб ЗСУ повідомив, що наші захисники можуть відбити атаки біля Покровська.",   # a capability
    "Минобороны России сообщило, что авиация нанесла удар по складу.",                  # no place
])
def test_cyrillic_repel_near_misses(text: str) -> None:
    assert _claims(text) == set()


@pytest.mark.parametrize("text, place", [
    ("Подразделения группировки войск «Центр» заняли более выгодные рубежи и позиции в районе Покровска, сообщило "
     "Минобороны России.", "Pokrovsk"),
    ("Минобороны России сообщило, что российские войска заняли более выгодные позиции возле Торецка.", "Toretsk"),
    ("Минобороны России сообщило: подразделения группировки «Запад» заняли более выгодные рубежи около Купянска.",
     "Kupiansk"),
    ("Генштаб ЗСУ повідомив: підрозділи Сил оборони відбили 9 атак ворога поблизу Торецька.", "Toretsk"),
])
def test_cyrillic_better_lines_and_longer_subjects(text: str, place: str) -> None:
    claims = _claims(text)
    assert any(p == place and predicate == "attacked" for p, predicate, _ in claims)
    assert not any(predicate == "controls" for _, predicate, _ in claims)


def test_withdrawal_to_better_lines_is_no_attack() -> None:
    text = "Генштаб ЗСУ повідомив, що наші підрозділи відійшли на більш вигідні рубежі біля Покровська."
    assert not any(predicate == "attacked" for _, predicate, _ in _claims(text))
