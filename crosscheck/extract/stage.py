"""Extract stage, store side: run the extractor over articles not yet extracted.

Articles are read in keyset-paginated batches and claims written back per batch, so
memory is bounded by the batch size. The per-article work is a pure function of the
article's fields (:func:`claims_for_rows`), which is what lets a process pool here, or a
Dask cluster through prefect-dask later, run it on partitions in parallel.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from crosscheck import __version__
from crosscheck.db import Store

EXTRACTOR_VERSION = f"crosscheck-{__version__}"
CLAIM_COLUMNS = (
    "claim_id", "article_id", "field", "speaker_phrase", "speaker", "speaker_id", "speaker_side",
    "speaker_kind", "place_as_written", "place", "place_id", "predicate", "value", "hedged", "modality",
    "asserted_at", "sentence", "char_start", "char_end", "reported_via", "extractor_version", "run_id",
)

# The articles to extract are listed once per stage: the current-version view is a window
# over every article, and computing it for each batch of 2,000 cost the main process a
# third of a core at a million articles, taken from the workers.
# An earlier batch query ("anti join ... order by ... limit") lost its LIMIT in DuckDB 2.0.1
# when the anti-joined table was empty (a first run), and the first "batch" was then
# every article at once: a million texts in memory, half a million per worker.
_LIST_PENDING_SQL = """
    create or replace temp table extract_pending as
    select a.article_id
    from store.current_articles as a
    where not exists (
        select 1 from store.extracted_articles as e
        where e.article_id = a.article_id and e.extractor_version = ?
    )
"""
_PENDING_SQL = """
    select a.article_id, a.outlet, a.published_at, a.title, a.text
    from store.articles as a
    join (
        select article_id from extract_pending
        where article_id > ?
        order by article_id
        limit ?
    ) as p using (article_id)
    order by a.article_id
"""


@dataclass(frozen=True)
class ExtractSummary:
    n_articles: int
    n_claims: int


def claim_id(article_id: str, claim) -> str:
    key = "|".join(
        str(part) for part in (
            article_id, claim.field, claim.char_start, claim.char_end, claim.predicate,
            claim.place_as_written.lower(), claim.value, claim.speaker,
        )
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def claims_for_rows(rows: Sequence[tuple], run_id: str) -> list[tuple]:
    """Claim rows (CLAIM_COLUMNS order) for article rows (id, outlet, published_at, title, text)."""
    from crosscheck.extract import extract_claims

    out: list[tuple] = []
    seen: set[str] = set()
    for article_id, outlet, published_at, title, text in rows:
        for claim in extract_claims(text, outlet=outlet, published_at=published_at, title=title):
            cid = claim_id(article_id, claim)
            if cid in seen:  # one sentence can repeat a claim verbatim; keep it once
                continue
            seen.add(cid)
            out.append((
                cid, article_id, claim.field, claim.speaker_phrase, claim.speaker, claim.speaker_id,
                claim.speaker_side, claim.speaker_kind, claim.place_as_written, claim.place, claim.place_id,
                claim.predicate, claim.value, claim.hedged, claim.modality, claim.asserted_at, claim.sentence,
                claim.char_start, claim.char_end, claim.reported_via, EXTRACTOR_VERSION, run_id,
            ))
    return out


def _chunks(rows: list[tuple], n: int) -> Iterable[list[tuple]]:
    size = max(1, -(-len(rows) // n))
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _store_batch(store: Store, rows: list[tuple], parts: Iterable[list[tuple]], run_id: str) -> int:
    """Write one batch's claims and mark its articles extracted; returns the number of claims."""
    claims = [claim for part in parts for claim in part]
    store.append_rows("store.claims", CLAIM_COLUMNS, claims, step="extract.claims")
    per_article: dict[str, int] = {}
    for claim in claims:
        per_article[claim[1]] = per_article.get(claim[1], 0) + 1
    store.append_rows(
        "store.extracted_articles", ("article_id", "extractor_version", "n_claims", "run_id"),
        [(row[0], EXTRACTOR_VERSION, per_article.get(row[0], 0), run_id) for row in rows],
        step="extract.done",
    )
    return len(claims)


def extract_new(store: Store, *, run_id: str, batch_size: int = 2000, workers: int = 1,
                map_fn: Callable | None = None) -> ExtractSummary:
    """Extract claims from every current article version not yet extracted.

    Superseded versions are never extracted: the claims views read current versions only.
    Each batch is cut into ``workers`` partitions. ``map_fn(fn, partitions, run_ids)``, when
    given, runs them elsewhere (a Dask cluster's map, from flows/cluster.py) and returns
    their results in order; it may return them lazily, so the next batch is submitted
    before this one's results are written.
    """
    n_articles = n_claims = 0
    last_id = ""
    # Workers are spawned, not forked: a forked worker keeps a copy-on-write snapshot of
    # the parent as it was (DuckDB's buffers included), and every page the parent rewrites
    # afterwards stays behind in the workers. At a million articles that pinned ~2 GB per
    # worker; a spawned one holds only the extractor (~150 MB).
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) \
        if workers > 1 and map_fn is None else None
    # One batch of look-ahead: the next batch is already with the workers while this one's
    # claims are written, so the workers do not sit idle through the database's turn.
    in_flight: tuple[list[tuple], Iterable[list[tuple]]] | None = None
    store.execute(_LIST_PENDING_SQL, [EXTRACTOR_VERSION], step="extract.pending")
    try:
        while True:
            rows = store.fetchall(_PENDING_SQL, [last_id, batch_size], step="extract.pending")
            if len(rows) > batch_size:
                raise RuntimeError(f"extract batch query returned {len(rows)} rows for a batch of {batch_size}")
            parts = None
            if rows:
                last_id = rows[-1][0]
                chunks = list(_chunks(rows, workers))
                if map_fn is not None:
                    parts = map_fn(claims_for_rows, chunks, [run_id] * len(chunks))
                elif pool is not None:
                    parts = pool.map(claims_for_rows, chunks, [run_id] * len(chunks))  # submitted now
                else:
                    parts = [claims_for_rows(rows, run_id)]
            if in_flight is not None:
                n_claims += _store_batch(store, *in_flight, run_id)
                n_articles += len(in_flight[0])
            if not rows:
                break
            in_flight = (rows, parts)
    finally:
        if pool is not None:
            pool.shutdown()
        store.execute("drop table if exists extract_pending", step="extract.pending")
    return ExtractSummary(n_articles=n_articles, n_claims=n_claims)
