"""The extract stage gives the same claims in one process and in a pool of spawned workers."""

from __future__ import annotations

import json

from crosscheck.db import Store
from crosscheck.extract.stage import extract_new
from crosscheck.paths import sample_corpus_dir
from crosscheck.publish import apply_schema

from conftest import add_article


def _extracted(workers: int) -> list[tuple]:
    store = Store(":memory:")
    apply_schema(store)
    lines = (sample_corpus_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    for i, line in enumerate(lines):
        article = json.loads(line)
        add_article(store, f"a{i:02d}", outlet=article["outlet"], published=article["published_at"][:16],
                    text=article["text"])
    # a small batch, so the pool sees several batches
    summary = extract_new(store, run_id="r", batch_size=5, workers=workers)
    rows = store.fetchall("select * exclude (run_id) from store.claims order by claim_id")
    store.close()
    assert summary.n_articles == len(lines)
    return rows


def test_spawned_workers_extract_exactly_what_one_process_does():
    one = _extracted(1)
    assert one, "the sample articles hold claims"
    assert _extracted(2) == one
