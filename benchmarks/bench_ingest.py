"""Ingest throughput and peak memory, against DuckDB's own read_json as the ceiling.

    python benchmarks/bench_ingest.py --articles 100000

Each measurement runs in a fresh subprocess so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def measure_crosscheck(feed: str, db: str) -> dict:
    from crosscheck.db import Store
    from crosscheck.ingest.load import ingest
    from crosscheck.publish import apply_schema

    started = time.perf_counter()
    with Store(db) as store:
        apply_schema(store)
        summary = ingest(store, [feed], run_id="bench")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": summary.n_new, "rejected": summary.n_rejected}


def measure_read_json(feed: str, db: str) -> dict:
    from crosscheck.db import Store

    started = time.perf_counter()
    with Store(db) as store:
        store.execute(f"create table raw as select * from read_json('{feed}', format = 'newline_delimited')")
        n = store.scalar("select count(*) from raw")
    return {"seconds": time.perf_counter() - started, "articles": n, "rejected": 0}


def child(method: str, feed: str, db: str) -> None:
    result = {"crosscheck": measure_crosscheck, "read_json": measure_read_json}[method](feed, db)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from generate import cached_feed

    out = HERE / "out"
    feed = cached_feed(args.articles, out)
    size_mb = feed.stat().st_size / 1e6
    rows = []
    for method in ("read_json", "crosscheck"):
        db = out / f"ingest_{method}.duckdb"
        db.unlink(missing_ok=True)
        proc = subprocess.run([sys.executable, __file__, "--child", method, str(feed), str(db)],
                              capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append((method, result))
        db.unlink(missing_ok=True)
    print(f"input: {feed.name}, {args.articles} articles, {size_mb:.1f} MB")
    print(f"{'method':<12} {'seconds':>8} {'MB/s':>8} {'articles/s':>11} {'peak RSS MB':>12}")
    for method, r in rows:
        print(f"{method:<12} {r['seconds']:>8.2f} {size_mb / r['seconds']:>8.1f} {r['articles'] / r['seconds']:>11.0f}"
              f" {r['peak_rss_mb']:>12.0f}")
    ceiling = rows[0][1]["seconds"]
    ours = rows[1][1]["seconds"]
    print(f"crosscheck reaches {ceiling / ours:.0%} of read_json's throughput (target >= 50%)")


if __name__ == "__main__":
    main()
