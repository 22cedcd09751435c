"""Tie each claim to its independent source and to the statement it reports.

Speakers that resolved to a known speaker are keyed by their id. Speaker phrases that did
not resolve are grouped with rapidfuzz (over the distinct phrases only, never over claim
rows), so "the Donetsk administration" and "Donetsk administration" are one source. The
rest is set-at-a-time SQL in sql/match/claim_evidence.sql.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from crosscheck.db import Store

# Claims of one source about one (place, predicate, value) closer than this in time are
# one statement, and claims of different sources closer than this are about the same
# moment (support or contradiction). A week matches the rhythm of front-line reporting:
# daily briefings repeat a claim for days; a week later the situation may have moved.
MATCH_WINDOW_DAYS = 7
# token_sort_ratio (0..100) above which two unresolved speaker phrases are one speaker.
# 90 joins articles/case/word-order variants ("Donetsk administration" / "the
# administration of Donetsk") but keeps "Donetsk governor" apart from "Luhansk governor".
SPEAKER_GROUP_THRESHOLD = 90.0

_LEADING_ARTICLES = ("the ", "a ", "an ")


def _speaker_norm(phrase: str) -> str:
    text = phrase.lower().strip()
    for article in _LEADING_ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text


def group_speaker_phrases(phrases: list[str]) -> dict[str, str]:
    """Map each phrase to a group key (the first phrase of its group, normalised).

    Phrases are only compared within a block sharing their longest word (usually the
    head noun: "administration", "governor"), which keeps the cost near-linear in the
    number of distinct phrases.
    """
    keys: dict[str, str] = {}
    blocks: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=lambda p: (len(p), p)):
        norm = _speaker_norm(phrase)
        block = blocks.setdefault(max(norm.split() or [""], key=len), [])
        match = process.extractOne(norm, block, scorer=fuzz.token_sort_ratio, score_cutoff=SPEAKER_GROUP_THRESHOLD)
        if match is None:
            block.append(norm)
            keys[phrase] = norm
        else:
            keys[phrase] = match[0]
    return keys


def build_claim_evidence(store: Store) -> int:
    """(Re)build store.claim_evidence; returns its row count."""
    phrases = [
        row[0]
        for row in store.fetchall(
            "select distinct speaker from store.claims where speaker_id is null and speaker_phrase is not null",
            step="match.speakers",
        )
    ]
    groups = group_speaker_phrases(phrases)
    store.execute("create or replace temp table speaker_groups (speaker varchar, speaker_key varchar)",
                  step="match.speakers")
    store.append_rows("speaker_groups", ("speaker", "speaker_key"), groups.items(), step="match.speakers")
    store.execute_file("match/claim_evidence.sql", params={"window_days": MATCH_WINDOW_DAYS})
    return store.scalar("select count(*) from store.claim_evidence")
