"""Syndication detection: record which articles are near-verbatim copies of earlier ones.

Blocking happens in SQL (sql/match/fingerprints.sql, copy_candidates.sql): articles are
compared only when they share rare sampled 5-word shingles (or, for stories run by
more outlets than the rare-shingle cap, the earliest article that most of their smallest
crowded fingerprints point at) and their bottom-k
sketches estimate a high overlap of all their shingles. Each candidate pair is then verified with
rapidfuzz on the normalised full texts, read a page of pairs at a time. The
later-published article of a verified pair is the copy.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from crosscheck.db import Store

# Keep 1 shingle in 4: a 300-word article keeps ~75 samples, plenty for near copies,
# while the fingerprint table stays a quarter of the shingle count.
FINGERPRINT_SAMPLE_MOD = 4
# A shingle found in more articles than this is boilerplate (bylines, standard
# disclaimers), and would make blocking quadratic if kept.
MAX_DOCUMENT_FREQUENCY = 50
# Candidate pairs must share this fraction of their rare sampled shingles (Jaccard). Near
# copies with a changed headline or a dropped sentence stay well above 0.5; articles
# that merely share one quotation fall far below it.
COPY_MIN_JACCARD = 0.3
# Each article keeps its SKETCH_SIZE smallest fingerprints; a pair's sketches estimate the
# Jaccard similarity of all their sampled shingles, boilerplate included. Measured on
# 300,000 generated articles built from one template pool: the 15,000 planted copies
# estimate 0.7 or more, the 430,000 pairs that share a few rare shingles by chance 0.4 or
# less (almost all below 0.2), measured with 16-number sketches; with 32 the sample corpus's
# aggregator copies estimate 0.656-0.969 and its other candidate pairs at most 0.125.
SKETCH_SIZE = 32
# Stories run by more than MAX_DOCUMENT_FREQUENCY outlets are blocked another way: each
# article's STAR_SKETCH_SIZE smallest fingerprints that are over the cap point at the
# earliest article holding each, and an article is paired with one that at least
# STAR_MIN_SHARE of them point at (and at least STAR_MIN_CROWDED of them are over the cap).
# A copy points at the original; a report assembled from stock phrases points at many
# different earlier articles. On 100,000 generated articles (stock phrases throughout) the
# star part took 0.7 s and gave 4 pairs; the whole candidate step 5.5-6.3 s before it,
# 8.8-10.2 s with it (`benchmarks/bench_copies.py --articles 100000`, machine shared).
STAR_SKETCH_SIZE = 8
STAR_MIN_CROWDED = 4
STAR_MIN_SHARE = 0.6
COPY_MIN_SKETCH_JACCARD = 0.4
# rapidfuzz ratio (0..100, normalised Indel similarity) on the normalised texts that
# makes a candidate a copy. Measured on rewrites vs copies: a copy with a dropped
# sentence or edited dateline scores above 85; independent reports of the same event
# rarely pass 60.
COPY_MIN_SIMILARITY = 80.0

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced text for copy comparison."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def detect_copies(store: Store, *, run_id: str, batch_size: int = 500) -> int:
    """Fingerprint this run's articles, verify candidate copies, store them; return count."""
    params = {
        "run_id": run_id,
        "sample_mod": FINGERPRINT_SAMPLE_MOD,
        "max_document_frequency": MAX_DOCUMENT_FREQUENCY,
        "min_jaccard": COPY_MIN_JACCARD,
        "sketch_size": SKETCH_SIZE,
        "star_sketch_size": STAR_SKETCH_SIZE,
        "star_min_crowded": STAR_MIN_CROWDED,
        "min_star_share": STAR_MIN_SHARE,
        "min_sketch_jaccard": COPY_MIN_SKETCH_JACCARD,
    }
    store.execute_file("match/fingerprints.sql", params=params)
    store.execute_file("match/copy_candidates.sql", params=params)
    found = 0
    pairs_sql = "select article_a, article_b from store.copy_candidates order by article_a, article_b"
    for _, pairs in store.iter_batches(pairs_sql, batch_size=batch_size, step="match.copies"):
        # the texts of one page of pairs only: never a sort or a stream of every candidate's texts
        articles = _normalised_texts_and_dates(store, {article for pair in pairs for article in pair})
        verified = []
        for id_a, id_b in pairs:
            (text_a, published_a), (text_b, published_b) = articles[id_a], articles[id_b]
            similarity = fuzz.ratio(text_a, text_b)
            if similarity < COPY_MIN_SIMILARITY:
                continue
            # the later one copies the earlier; on a tie the id decides, so reruns agree
            if (published_b, id_b) >= (published_a, id_a):
                verified.append((id_b, id_a, round(similarity / 100.0, 4), run_id))
            else:
                verified.append((id_a, id_b, round(similarity / 100.0, 4), run_id))
        if verified:
            store.append_rows(
                "store.article_copies", ("article_id", "copy_of", "similarity", "run_id"), verified,
                step="match.copies",
            )
            found += len(verified)
    store.execute("drop table store.copy_candidates", step="match.copies")
    # a pair re-verified by a later run is stored once
    store.execute(
        """
        delete from store.article_copies
        where rowid not in (
            select min(rowid) from store.article_copies group by article_id, copy_of
        )
        """,
        step="match.copies.dedupe",
    )
    return found


def _normalised_texts_and_dates(store: Store, article_ids: set[str]) -> dict[str, tuple[str, object]]:
    """Normalised text and publication time of each of the given articles (an article in
    several pairs of the page is normalised once)."""
    rows = store.fetchall(
        "select article_id, text, published_at from store.articles "
        "where article_id in (select unnest(?::varchar[]))",
        [sorted(article_ids)],
        step="match.copies",
    )
    return {article_id: (normalise_text(text), published_at) for article_id, text, published_at in rows}
