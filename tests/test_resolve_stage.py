"""The resolve stage over stored claims: late resolution and side-aware institutions."""

from __future__ import annotations

import pytest

from crosscheck.resolve.stage import institution_phrase, resolve_claims

from conftest import add_article, add_claim


@pytest.mark.parametrize(("phrase", "side", "expected"), [
    ("the ministry", "Russia", "Russian defence ministry"),
    ("In its daily briefing the ministry", "Ukraine", "Ukrainian defence ministry"),
    ("The evening report of the General Staff", "Ukraine", "Ukrainian General Staff"),
    ("the military", "Russia", "Russian military"),
    ("the ministry", None, None),
    ("the businessman", "Russia", None),
    ("Military correspondents working in the area", "Russia", None),
    ("the regional military administration", "Ukraine", None),
    ("the Defence Ministry in Moscow", "Russia", "Russian defence ministry"),
])
def test_bare_institutions_take_the_claims_side(phrase, side, expected):
    assert institution_phrase(phrase, side) == expected


def test_unresolved_speakers_and_places_are_resolved_in_the_store(fresh_store):
    add_article(fresh_store, "a", outlet="Kyiv Courier", published="2023-02-01", text="x " * 30)
    add_claim(fresh_store, "c1", "a", speaker="The evening report of the General Staff", place="Soledar",
              value="contested", asserted="2023-02-01", side="Ukraine")
    fresh_store.execute("update store.claims set speaker_id = null, place_id = null, place = null, "
                        "place_as_written = 'Соледар'")
    summary = resolve_claims(fresh_store)
    assert summary.n_speakers_newly_resolved == 1 and summary.n_places_newly_resolved == 1
    assert fresh_store.fetchone("select speaker, place from store.claims") == (
        "General Staff of the Armed Forces of Ukraine", "Soledar")


def test_a_bare_ministry_takes_the_side_of_the_speaker_before_it(fresh_store):
    add_article(fresh_store, "a", outlet="Meridian Wire", published="2023-01-13", text="x " * 30)
    add_claim(fresh_store, "first", "a", speaker="Russia's defence ministry", place="Soledar", value="Russia",
              asserted="2023-01-13", side="Russia", speaker_id="ru-mod")
    add_claim(fresh_store, "later", "a", speaker="the ministry", place="Krasna Hora", value="Russia",
              asserted="2023-01-13", side=None, sentence="Krasna Hora was also taken, the ministry added.")
    fresh_store.execute("update store.claims set speaker_id = null, char_start = 100 where claim_id = 'later'")
    resolve_claims(fresh_store)
    assert fresh_store.fetchone("select speaker, speaker_side from store.claims where claim_id = 'later'") == (
        "Russian Ministry of Defence", "Russia")
