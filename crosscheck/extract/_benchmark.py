"""Throughput of extract_claims on generated ~300-word articles.

Run: ``python -m crosscheck.extract._benchmark [n_articles]``. Articles mix paragraphs
with claim triggers (captures, shelling, losses, quotes, "he said") and paragraphs
without any (economy, diplomacy, background), in the proportions of wire copy.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timezone

from crosscheck.resolve import Gazetteer, SpeakerResolver

from ._article import extract_claims

PLACES = ("Soledar", "Bakhmut", "Avdiivka", "Klishchiivka", "Marinka", "Vuhledar", "Kupiansk", "Lyman",
          "Robotyne", "Krynky", "Pokrovsk", "Toretsk", "Kreminna", "Synkivka", "Orikhiv", "Tonenke")
SPEAKERS = ("Russia's defence ministry", "Ukraine's General Staff", "the governor", "Igor Konashenkov",
            "Ukraine's eastern command", "the Institute for the Study of War", "a Ukrainian commander")
CLAIM_SENTENCES = (
    "{s} said its forces had captured {p} after weeks of fighting.",
    "\"Our units are still holding {p},\" {s} said on {d}.",
    "Ukrainian troops repelled an assault on {p}, {s} said.",
    "Russian forces shelled {p} and nearby villages overnight, {s} said.",
    "{s} said fighting continues inside {p}, where the enemy is suffering heavy losses.",
    "Russian forces have likely withdrawn from {p}, {s} assessed.",
    "{p} is now operationally surrounded, {s} said.",
    "He said the situation around {p} remained difficult but under control.",
)
NEUTRAL_SENTENCES = (
    "The central bank kept its key rate unchanged on {d}, citing slowing inflation.",
    "Grain exports through the Black Sea corridor rose for a third month, traders said.",
    "The foreign minister met his counterpart to discuss energy supplies and sanctions.",
    "Residents queued for water as repair crews worked to restore power lines.",
    "Analysts expect the budget deficit to narrow next year as tax revenue recovers.",
    "The European Union agreed a new package of financial support for the winter.",
    "Schools in the region moved classes online for the rest of the term.",
    "Officials said the new bridge would open to traffic before the end of the year.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def generate_articles(count: int, seed: int = 7) -> list[str]:
    """``count`` articles of about 300 words; roughly 40% of paragraphs hold a trigger."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        paragraphs = []
        words = 0
        while words < 300:
            triggered = rng.random() < 0.4
            pool = CLAIM_SENTENCES if triggered else NEUTRAL_SENTENCES
            sentences = [rng.choice(pool).format(s=rng.choice(SPEAKERS), p=rng.choice(PLACES), d=rng.choice(DAYS))
                         for _ in range(rng.randint(2, 3))]
            paragraph = " ".join(s[0].upper() + s[1:] for s in sentences)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        articles.append("\n\n".join(paragraphs))
    return articles


def measure(count: int = 2000) -> tuple[float, int, float]:
    """Articles per second on one core, claims found, and mean words per article."""
    articles = generate_articles(count)
    published = datetime(2023, 2, 3, tzinfo=timezone.utc)
    Gazetteer.default()
    SpeakerResolver.default()
    extract_claims(articles[0], outlet="Bench Wire", published_at=published)
    # CPU time of this process: a per-core rate that other work on the machine cannot distort
    started = time.process_time()
    found = sum(len(extract_claims(a, outlet="Bench Wire", published_at=published)) for a in articles)
    elapsed = time.process_time() - started
    mean_words = sum(len(a.split()) for a in articles) / len(articles)
    return count / elapsed, found, mean_words


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rate, claims, words = measure(n)
    print(f"{n} articles of {words:.0f} words: {rate:.0f} articles/s on one core, {claims} claims")
