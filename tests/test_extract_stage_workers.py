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


def test_articles_are_extracted_in_bounded_batches_on_a_first_run():
    # a first run has no extracted articles yet: the batch query must still stop at its limit
    store = Store(":memory:")
    apply_schema(store)
    for i in range(12):
        add_article(store, f"a{i:02d}", outlet="Test Wire", published="2023-01-13T10:00",
                    text=f"Russian forces shelled Kupiansk overnight, the governor said. ({i})")
    seen: list[int] = []

    def record(fn, chunks, run_ids):
        seen.append(sum(len(chunk) for chunk in chunks))
        return [fn(chunk, run_id) for chunk, run_id in zip(chunks, run_ids)]

    summary = extract_new(store, run_id="r", batch_size=5, workers=2, map_fn=record)
    store.close()
    assert seen == [5, 5, 2]
    assert summary.n_articles == 12


def test_a_second_pass_extracts_only_what_arrived_since():
    store = Store(":memory:")
    apply_schema(store)
    for i in range(7):
        add_article(store, f"a{i:02d}", outlet="Test Wire", published="2023-01-13T10:00",
                    text=f"Russian forces shelled Kupiansk overnight, the governor said. ({i})")
    assert extract_new(store, run_id="r1", batch_size=3).n_articles == 7
    assert extract_new(store, run_id="r2", batch_size=3).n_articles == 0
    add_article(store, "late", outlet="Test Wire", published="2023-01-14T10:00",
                text="Russian forces shelled Lyman overnight, the governor said.")
    assert extract_new(store, run_id="r3", batch_size=3).n_articles == 1
    assert store.scalar("select count(distinct article_id) from store.claims") == 8
    store.close()
