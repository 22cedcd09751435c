"""Matching cost as claims grow: crosscheck's blocked SQL vs an all-pairs comparison.

    python benchmarks/bench_match.py --sizes 25000 100000

Claims are generated straight into the store (no extraction): 300 sources, places in
proportion to the claims with a fifth of all claims at one hot spot, a year of dates. "crosscheck" times the match and contradict stages (claim evidence,
statements, contradictions, resolutions, timeline). "all-pairs" is what matching without
blocking costs: rapidfuzz similarity of every claim's sentence against every other's
(``rapidfuzz.process.cdist`` in row chunks, both cores); it runs on the smaller sizes only,
since its cost grows with the square of the claim count.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from crosscheck.contradict import flag_contradictions  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from crosscheck.extract.stage import CLAIM_COLUMNS  # noqa: E402
from crosscheck.match import build_claim_evidence  # noqa: E402
from crosscheck.publish import apply_schema  # noqa: E402

VALUES = ("Russia", "Ukraine", "contested")


def fill(store: Store, n_claims: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    n_places = max(50, n_claims // 40)
    # the population of speakers and outlets is bounded (a few hundred), while claims grow
    # with time and places; with sources growing too, the number of *possible* source
    # pairs (hence contradictions to report) would grow quadratically whatever the method
    n_sources = 300
    start = datetime(2023, 1, 1, tzinfo=UTC)
    articles, claims = [], []
    n_articles = max(1, n_claims // 3)
    for a in range(n_articles):
        published = start + timedelta(hours=rng.randrange(0, 24 * 365))
        articles.append((f"a{a}", f"https://b.test/{a}", 1, f"outlet{rng.randrange(40)}", f"https://b.test/{a}",
                         published, None, "text", "en", f"s{a}", f"r{a}", "bench", "line", published, "bench"))
    for c in range(n_claims):
        a = rng.randrange(n_articles)
        # a fifth of all claims are about one front-line hot spot (as Bakhmut was), the
        # rest spread over many places: the skew that makes unblocked joins quadratic
        place = 0 if rng.random() < 0.2 else rng.randrange(n_places)
        source = rng.randrange(n_sources)
        side = ("Russia", "Ukraine", "neutral")[source % 3]
        value = rng.choice(VALUES)
        asserted = articles[a][5]
        sentence = f"Source {source} says place {place} is held by {value}."
        claims.append((f"c{c}", f"a{a}", "text", f"source {source}", f"source {source}", f"s{source}", side,
                       "military", f"place {place}", f"place {place}", f"p{place}", "controls", value,
                       rng.random() < 0.1, None, asserted, sentence, 0, len(sentence), None, "bench", "bench"))
    store.append_rows("store.articles", ("article_id", "article_key", "version", "outlet", "url", "published_at",
                                         "title", "text", "language", "text_sha256", "raw_sha256", "source_file",
                                         "source_location", "ingested_at", "run_id"), articles, step="bench")
    store.append_rows("store.claims", CLAIM_COLUMNS, claims, step="bench")


def crosscheck_match(store: Store) -> float:
    started = time.perf_counter()
    build_claim_evidence(store)
    flag_contradictions(store)
    return time.perf_counter() - started


def all_pairs(store: Store) -> float:
    """Score every pair of claim sentences with rapidfuzz: the cost of no blocking."""
    sentences = [r[0] for r in store.fetchall("select sentence from store.claims", step="bench")]
    started = time.perf_counter()
    chunk = 2000
    for i in range(0, len(sentences), chunk):
        scores = process.cdist(sentences[i:i + chunk], sentences, scorer=fuzz.ratio, dtype=np.uint8, workers=2)
        del scores
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[6_250, 25_000, 100_000])
    parser.add_argument("--all-pairs-max", type=int, default=25_000)
    args = parser.parse_args()
    results = {}
    print(f"{'claims':>8} {'crosscheck s':>13} {'all-pairs s':>12}")
    for n in args.sizes:
        store = Store()
        apply_schema(store)
        fill(store, n)
        ours = crosscheck_match(store)
        theirs = all_pairs(store) if n <= args.all_pairs_max else None
        results[n] = ours
        print(f"{n:>8} {ours:>13.2f} {('%.2f' % theirs) if theirs is not None else '-':>12}")
        store.close()
    sizes = sorted(results)
    for small, large in zip(sizes, sizes[1:]):
        print(f"{large // small}x claims -> {results[large] / results[small]:.2f}x time (target <= 5x for 4x)")


if __name__ == "__main__":
    main()
