"""Generate a synthetic newsroom feed for benchmarks (JSONL, ~300-word articles).

Articles mix control, shelling and losses sentences about real Ukrainian places with
filler paragraphs, across outlets and weeks, and a share of near-copies, so every stage
has realistic work. Deterministic for a given seed.

    python benchmarks/generate.py --articles 100000 --out benchmarks/out/feed.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

PLACES = [
    "Bakhmut", "Soledar", "Klishchiivka", "Vuhledar", "Avdiivka", "Marinka", "Kreminna", "Kupiansk", "Lyman",
    "Robotyne", "Andriivka", "Krasnohorivka", "Chasiv Yar", "Pokrovsk", "Kurakhove", "Toretsk", "Siversk",
    "Velyka Novosilka", "Staromaiorske", "Orikhiv", "Huliaipole", "Kherson", "Krynky", "Vovchansk", "Synkivka",
]
OUTLETS = ["Meridian Wire", "Continental Press", "Vestnik News", "RIA Sever", "Kyiv Courier", "UkrVisti",
           "Front Line Monitor", "Northern Chronicle", "Atlantic Post", "Conflict Digest"]
SPEAKERS_RU = ["Russia's defence ministry", "the Russian Defence Ministry", "Wagner chief Yevgeny Prigozhin",
               "Denis Pushilin"]
SPEAKERS_UA = ["Ukraine's General Staff", "Deputy Defence Minister Hanna Maliar", "Ukraine's military",
               "Serhiy Cherevatyi, a spokesman for the eastern command"]
CLAIMS = [
    "{ru} said on {weekday} that Russian forces had taken full control of {place}.",
    "Ukrainian troops repelled an assault on {place}, {ua} said.",
    "According to {ua}, fighting continues inside {place}.",
    "{ua} denied that {place} had fallen, saying its forces were still holding the town.",
    "The Institute for the Study of War assessed that Russian forces likely captured {place}.",
    "{place} came under heavy Russian shelling overnight, {ua} said.",
    "\"The enemy is suffering heavy losses near {place},\" {ua} said.",
    "Russian forces have almost surrounded {place}, {ru} claimed.",
]
FILLER = [
    "Residents who remained in the area described long queues for water and bread at distribution points.",
    "Officials said repairs to the power grid would take several weeks, depending on the weather.",
    "The regional administration announced new evacuation trains for families with children.",
    "Analysts said both sides were short of artillery ammunition after months of attritional fighting.",
    "Aid agencies warned that the coming winter would be harder than the last for displaced people.",
    "The government in Kyiv said talks with partners on air defence deliveries were continuing.",
    "Prices for fuel and basic food rose again in the front-line districts, local traders said.",
    "Volunteers delivered generators and medical kits to hospitals close to the front line.",
]
# Filler sentences are assembled from parts, so two articles rarely share long word runs
# by accident (as in real reporting); deliberate copies are made separately.
SUBJECTS = ["Residents", "Officials", "Aid workers", "Local traders", "Engineers", "Doctors", "Teachers",
            "Volunteers", "Farmers", "Railway staff", "Analysts", "Diplomats", "Mayors", "Priests", "Drivers"]
VERBS = ["said", "warned", "reported", "complained", "noted", "estimated", "explained", "added", "stressed"]
OBJECTS = ["water supplies", "power lines", "bread deliveries", "school repairs", "fuel prices", "bus routes",
           "heating plans", "medical kits", "bridge repairs", "evacuation trains", "phone networks", "grain stocks",
           "shelter capacity", "road closures", "pension payments", "rent levels", "blood donations"]
STATES = ["were running low", "had improved slightly", "remained uncertain", "would take weeks to restore",
          "had doubled since", "were being rationed", "depended on the weather", "had been cut again",
          "were expected to recover", "had become a daily worry"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def filler(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} that {rng.choice(OBJECTS)} "
            f"{rng.choice(STATES)} {rng.choice(WEEKDAYS).lower() if rng.random() < 0.3 else 'this week'}, "
            f"with {rng.randint(2, 900)} families affected.")


def article(rng: random.Random, i: int, start: datetime) -> dict:
    published = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 365))
    place = rng.choice(PLACES)
    paragraphs = []
    for _ in range(rng.randint(4, 6)):
        claim = rng.choice(CLAIMS).format(ru=rng.choice(SPEAKERS_RU), ua=rng.choice(SPEAKERS_UA), place=place,
                                          weekday=rng.choice(WEEKDAYS))
        paragraphs.append(claim + " " + filler(rng) + " " + filler(rng))
    paragraphs.append(" ".join(filler(rng) for _ in range(4)) + f" Report number {i}.")
    return {
        "outlet": rng.choice(OUTLETS),
        "url": f"https://bench.test/{i}",
        "published_at": published.isoformat(),
        "title": f"Fighting around {place}",
        "text": "\n\n".join(paragraphs),
        "language": "en",
    }


def generate(n: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        previous = None
        for i in range(n):
            record = article(rng, i, start)
            if previous is not None and rng.random() < 0.05:
                # an aggregator's near-copy of the previous article
                record = dict(previous, outlet="Conflict Digest", url=f"https://bench.test/copy/{i}",
                              text=previous["text"].replace(" said", " told reporters", 1))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            previous = record
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/feed.jsonl"))
    args = parser.parse_args()
    path = generate(args.articles, args.out)
    print(f"wrote {args.articles} articles, {path.stat().st_size / 1e6:.1f} MB to {path}")
