"""Copy detection alone on N generated articles: time per step, candidates, copies, peak RSS.

    python benchmarks/bench_copies.py --articles 300000

Ingests the generated feed once into benchmarks/out/copies-<feed>.duckdb (kept for reruns), then
runs the match stage's copy detection on a fresh copy of that store: fingerprints and
sketches, blocked and sketch-filtered candidates, and rapidfuzz verification page by page.
The generator builds every article from one small pool of sentences and plants a 5% share
of near copies, the hard case for blocking (most shingles are shared by many articles).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from crosscheck import pipeline  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from crosscheck.match import copies  # noqa: E402
from generate import cached_feed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300_000)
    args = parser.parse_args()
    feed = cached_feed(args.articles, HERE / "out")
    ingested = HERE / "out" / f"copies-{feed.stem}.duckdb"
    run_id_file = ingested.with_suffix(".run_id")
    if not ingested.exists() or not run_id_file.exists():
        ctx = pipeline.begin(HERE / "out" / f"copies-{feed.stem}.published.duckdb", [str(feed)],
                             as_of=datetime(2024, 6, 1, tzinfo=UTC))
        started = time.perf_counter()
        pipeline.ingest(ctx)
        print(f"ingest (once): {time.perf_counter() - started:.1f} s")
        shutil.copy(ctx.working, ingested)
        run_id_file.write_text(ctx.run_id)
        pipeline.abort_run(ctx.run_id, None)
    working = ingested.with_suffix(".work.duckdb")
    shutil.copy(ingested, working)
    store = Store(working)
    steps: dict[str, float] = {}
    counts: dict[str, int] = {}
    run_sql_file = store.execute_file

    def timed(relative: str, params: dict | None = None) -> None:
        started = time.perf_counter()
        run_sql_file(relative, params=params)
        steps[relative] = time.perf_counter() - started
        if relative.endswith("copy_candidates.sql"):
            counts["candidates"] = store.scalar("select count(*) from store.copy_candidates")

    store.execute_file = timed  # type: ignore[method-assign]
    started = time.perf_counter()
    found = copies.detect_copies(store, run_id=run_id_file.read_text().strip())
    total = time.perf_counter() - started
    planted = store.scalar("select count(*) from store.articles where url like '%/copy/%'")
    store.close()
    working.unlink()
    print(f"{args.articles} articles, {planted} planted near copies")
    for name, seconds in steps.items():
        print(f"  {name:<28} {seconds:8.1f} s")
    print(f"  {'verification':<28} {total - sum(steps.values()):8.1f} s")
    print(f"  {'total':<28} {total:8.1f} s")
    print(f"candidates {counts.get('candidates', 0)}, copies found {found}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
