"""Syndication detection: record which articles are near-verbatim copies of earlier ones.

Blocking happens in SQL (sql/match/fingerprints.sql, copy_candidates.sql): articles are
compared only when they share sampled 5-word shingles. Each candidate pair is then
verified with rapidfuzz on the normalised full texts. The later-published article of a
verified pair is the copy.
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
# Candidate pairs must share this fraction of their sampled shingles (Jaccard). Near
# copies with a changed headline or a dropped sentence stay well above 0.5; articles
# that merely share one quotation fall far below it.
COPY_MIN_JACCARD = 0.3
# rapidfuzz ratio (0..100, normalised Indel similarity) on the normalised texts that
# makes a candidate a copy. Measured on rewrites vs copies: a copy with a dropped
# sentence or edited dateline scores above 85; independent reports of the same event
# rarely pass 60.
COPY_MIN_SIMILARITY = 80.0

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced text for copy comparison."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def text_similarity(a: str, b: str) -> float:
    """rapidfuzz similarity (0..100) of two texts after normalisation."""
    return fuzz.ratio(normalise_text(a), normalise_text(b))


def detect_copies(store: Store, *, run_id: str, batch_size: int = 500) -> int:
    """Fingerprint this run's articles, verify candidate copies, store them; return count."""
    params = {
        "run_id": run_id,
        "sample_mod": FINGERPRINT_SAMPLE_MOD,
        "max_document_frequency": MAX_DOCUMENT_FREQUENCY,
        "min_jaccard": COPY_MIN_JACCARD,
    }
    store.execute_file("match/fingerprints.sql", params=params)
    store.execute_file("match/copy_candidates.sql", params=params)
    found = 0
    sql = """
        select c.article_a, c.article_b, a.text, b.text, a.published_at, b.published_at
        from store.copy_candidates as c
        join store.articles as a on a.article_id = c.article_a
        join store.articles as b on b.article_id = c.article_b
        order by c.article_a, c.article_b
    """
    for _, rows in store.iter_batches(sql, batch_size=batch_size, step="match.copies"):
        verified = []
        for id_a, id_b, text_a, text_b, published_a, published_b in rows:
            similarity = text_similarity(text_a, text_b)
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
