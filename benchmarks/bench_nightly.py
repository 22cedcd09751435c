"""One nightly run on a store that already holds N articles: what an incremental night costs.

    python benchmarks/bench_pipeline.py --articles 1000000 --workers 2   # builds the store once
    python benchmarks/bench_nightly.py --store-articles 1000000 --new 3000 --workers 2

Copies the store bench_pipeline.py left in benchmarks/out/, adds a night's NEW generated
articles (the same world as the store's feed, published on the day after its last day),
runs every stage, and prints the run's own record of where the time went (the
`run_stages` view), so the figures are the ones a data engineer would read.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from crosscheck import pipeline  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from generate import START, YEAR_DAYS, article, world_truth  # noqa: E402


def night_feed(store_articles: int, new: int, out: Path) -> Path:
    """``new`` articles numbered after the store's, spread over the day after its feed ends."""
    rng = random.Random(store_articles)
    world = world_truth()
    night = START + timedelta(days=YEAR_DAYS)
    with out.open("w", encoding="utf-8") as handle:
        for j in range(new):
            record = article(rng, store_articles + j, START, world)
            record["published_at"] = (night + timedelta(seconds=j * 86_400 // new)).isoformat()
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store-articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=3_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    source = HERE / "out" / f"pipeline{args.store_articles}.duckdb"
    if not source.exists():
        sys.exit(f"{source} not found: run benchmarks/bench_pipeline.py --articles {args.store_articles} first")
    db = HERE / "out" / f"nightly{args.store_articles}.duckdb"
    shutil.copyfile(source, db)
    feed = night_feed(args.store_articles, args.new, HERE / "out" / f"night{args.store_articles}-{args.new}.jsonl")
    started = time.perf_counter()
    summary = pipeline.run_all(db, [str(feed)], as_of=START + timedelta(days=YEAR_DAYS + 1), workers=args.workers)
    total = time.perf_counter() - started
    with Store(db, read_only=True) as store:
        stages = store.fetchall("select stage, seconds, peak_rss_mb from run_stages where run_id = ? "
                                "order by started_at", [summary["run_id"]])
        n_claims = store.scalar("select count(*) from claims")
    print(f"nightly run: {args.new} new articles on a store of {args.store_articles} "
          f"({summary['extract']['n_claims']} new claims, {n_claims} in all)")
    for stage, seconds, peak in stages:
        print(f"  {stage:<11} {seconds:8.1f} s   main process peak so far {peak:.0f} MB")
    print(f"  total       {total:8.1f} s (working copy and publish included)")


if __name__ == "__main__":
    main()
