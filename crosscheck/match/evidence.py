"""Tie each claim to its independent source and to the statement it reports.

An outlet's own claim whose sentence copies another outlet's earlier sentence (rapidfuzz,
blocked by place, predicate and value) stands for the earlier outlet: partial
syndication, one paragraph lifted from the wire, is not independent corroboration.

Speakers that resolved to a known speaker are keyed by their id. Speaker phrases that did
not resolve are grouped with rapidfuzz (over the distinct phrases only, never over claim
rows), so "the Donetsk administration" and "Donetsk administration" are one source. The
rest is set-at-a-time SQL in sql/match/claim_evidence.sql.
"""

from __future__ import annotations

import pandas as pd
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


# rapidfuzz ratio (0..100) of two outlets' own sentences above which the later one is a
# copy of the earlier: rewording a sentence drops the ratio well below 90, while a copy
# with a changed dateline or tense stays above it.
SENTENCE_COPY_THRESHOLD = 90.0


def link_copied_sentences(store: Store) -> int:
    """Find outlets' own claims whose sentence copies another outlet's earlier one.

    Fills temp table sentence_copies(claim_id, origin_outlet); returns its row count.
    """
    store.execute_file("match/sentence_copy_candidates.sql", params={"window_days": MATCH_WINDOW_DAYS})
    origins: dict[str, str] = {}
    for _, rows in store.iter_batches(
        "select earlier_claim_id, later_claim_id, earlier_outlet, earlier_sentence, later_sentence "
        "from store.sentence_copy_candidates order by later_claim_id, earlier_claim_id",
        step="match.sentences",
    ):
        for _earlier, later, outlet, earlier_sentence, later_sentence in rows:
            if later not in origins and fuzz.ratio(earlier_sentence, later_sentence) >= SENTENCE_COPY_THRESHOLD:
                origins[later] = outlet
    store.execute("drop table store.sentence_copy_candidates", step="match.sentences")
    store.temp_table_from_frame(
        "sentence_copies", "claim_id varchar, origin_outlet varchar",
        pd.DataFrame({"claim_id": list(origins), "origin_outlet": list(origins.values())}), step="match.sentences",
    )
    return len(origins)


def build_claim_evidence(store: Store) -> int:
    """(Re)build store.claim_evidence; returns its row count."""
    link_copied_sentences(store)
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
