"""Shared helpers for the ingest reader tests."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from crosscheck.ingest import iter_records
from crosscheck.paths import sample_corpus_dir
from crosscheck.records import RawArticle, Rejection

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
# the bundled byte-identical copy of the seed article
SEED = sample_corpus_dir() / "000_de7e26a0223dbdce.txt"
# a saved news page: navigation and footer around the article
PAGE = """<!DOCTYPE html><html lang="en-GB"><head><title>Soledar | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-01-13T09:40:00+02:00">
<link rel="canonical" href="https://www.example.com/world/soledar-123"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Russia claims Soledar</h1>
<p>Russia's defence ministry said on Friday that its forces had taken control of the salt-mining town of Soledar.</p>
<p>Ukraine's military said fighting was continuing and that its troops were holding their positions.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"""

BODY = "Russia's defence ministry said its forces had taken control of Soledar."
def read(*inputs: Path | str, **kwargs: object) -> list[RawArticle | Rejection]:
    kwargs.setdefault("now", NOW)
    return list(iter_records(list(inputs), **kwargs))  # type: ignore[arg-type]


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def only(records: list[RawArticle | Rejection]) -> RawArticle | Rejection:
    assert len(records) == 1, records
    return records[0]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
