"""An article's analysis is freed by reference counting as extract_claims returns.

Its readers, their paragraph voices and the speaker tracker refer to one another; left
tied, every article's frames, mentions and speakers waited for the cyclic garbage
collector, whose collections then took ~4% of extraction time.
"""

from __future__ import annotations

import gc
import json
from datetime import datetime
from pathlib import Path

from crosscheck.extract import extract_claims
from crosscheck.extract._benchmark import generate_articles

_SAMPLE = Path(__file__).resolve().parents[1] / "crosscheck" / "data" / "sample" / "articles.jsonl"


def _unreachable_after(read) -> int:
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        read()
        return gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def test_a_generated_article_leaves_no_cycles():
    article = generate_articles(1)[0]
    published = datetime.fromisoformat("2023-02-03T00:00:00+00:00")
    assert _unreachable_after(lambda: extract_claims(article, outlet="Bench Wire", published_at=published)) == 0


def test_articles_with_headlines_leave_no_cycles():
    # a headline has its own reader, and may be read twice (see extract_claims)
    items = [json.loads(line) for line in _SAMPLE.read_text(encoding="utf-8").splitlines()[:8] if line.strip()]
    for item in items:
        published = datetime.fromisoformat(item["published_at"].replace("Z", "+00:00"))
        assert _unreachable_after(lambda: extract_claims(item["text"], outlet=item["outlet"], published_at=published,
                                                         title=item.get("title"))) == 0, item["title"]
