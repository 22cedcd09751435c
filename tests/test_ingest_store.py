"""Ingestion into the store: increments, versions, duplicates and quarantine, end to end."""

from __future__ import annotations

import json

from crosscheck import pipeline
from crosscheck.db import Store

from conftest import AS_OF

TEXT = ("Russian forces captured the village of Dibrova, the Russian defence ministry said on Monday. "
        "Ukraine's General Staff denied it and said fighting continues in Dibrova.")


def jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_increments_versions_duplicates_and_quarantine(tmp_path):
    db = tmp_path / "crosscheck.duckdb"
    good = {"outlet": "Meridian Wire", "url": "https://m.test/1", "published_at": "2023-03-20T10:00:00Z",
            "title": "Dibrova", "text": TEXT}
    feed = jsonl(tmp_path / "feed.jsonl", [
        good,
        # the same text at another outlet is another article (copies are the matcher's business)
        dict(good, outlet="Conflict Digest", url="https://cd.test/9"),
        {"outlet": "X", "url": "https://x.test/2", "published_at": "2031-01-01T00:00:00Z", "text": TEXT},
        {"outlet": "X", "url": "https://x.test/3", "published_at": "2023-03-20", "text": "too short"},
        {"outlet": "X", "url": "https://x.test/4", "published_at": "yesterday-ish", "text": TEXT},
    ])
    (tmp_path / "broken.jsonl").write_bytes(b'{"outlet": "Y", "text": \n\xff\xfe not utf8\n')
    first = pipeline.run_all(db, [str(feed), str(tmp_path / "broken.jsonl")], as_of=AS_OF)
    assert first["ingest"]["n_new"] == 2, first["ingest"]
    assert first["ingest"]["n_rejected"] == 5
    with Store(db, read_only=True) as store:
        reasons = sorted(r[0].split(":")[0] for r in store.fetchall("select reason from rejected"))
        assert len(reasons) == 5 and any("future" in r for r in reasons) and any("short" in r for r in reasons)
        assert store.scalar("select count(*) from articles") == 2

    # the same inputs again: nothing new, no duplicate quarantine rows, same scores
    again = pipeline.run_all(db, [str(feed), str(tmp_path / "broken.jsonl")], as_of=AS_OF)
    assert again["ingest"]["n_new"] == 0 and again["ingest"]["n_duplicate"] == 2
    with Store(db, read_only=True) as store:
        assert store.scalar("select count(*) from rejected") == 5

    # the wire re-publishes its url with an edited text: a new version, not a new article
    edited = jsonl(tmp_path / "edit.jsonl", [dict(good, text=TEXT + " The ministry gave no evidence.")])
    pipeline.run_all(db, [str(edited)], as_of=AS_OF)
    with Store(db, read_only=True) as store:
        assert store.scalar("select count(*) from articles") == 2
        assert store.fetchall(
            "select version, is_current from article_versions where url = 'https://m.test/1' order by version"
        ) == [(1, False), (2, True)]
        assert store.scalar("select count(*) from runs") == 3
