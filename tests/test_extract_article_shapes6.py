"""Whole-article shapes: the right speaker (sixth set).

Each shape has several wordings written for it (styles, verbs, word order) and near misses
that must not give a claim, or not to the wrong speaker.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosscheck.extract import extract_claims

WHEN = datetime(2024, 6, 1, tzinfo=UTC)
OUTLET = "Test Wire"


def resolved(text: str) -> set[tuple[str | None, str | None, str]]:
    """(canonical speaker, place, value) of every control claim."""
    return {(c.speaker, c.place, c.value)
            for c in extract_claims(text, outlet=OUTLET, published_at=WHEN)
            if c.predicate == "controls"}


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
