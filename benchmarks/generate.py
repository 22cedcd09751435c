"""Generate a synthetic newsroom feed for benchmarks (JSONL, ~300-word articles).

Articles mix control, shelling and losses sentences about real Ukrainian places with
filler paragraphs, across outlets and weeks, and a share of near-copies, so every stage
has realistic work. Behind the feed is a known world: each place has a true story over
the year (held, contested for some weeks, fallen or retaken), and each speaker tells it
candidly at a fixed rate and otherwise says what suits its side, so later reporting
corroborates some claims and refutes others as it does in real news, and the scores
have an answer to approach. Deterministic for a given seed.

    python benchmarks/generate.py --articles 100000 --out benchmarks/out/feed.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import dataclass
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
               "eastern command spokesman Serhiy Cherevatyi"]
ISW = "The Institute for the Study of War"
# What each kind of speaker says when it asserts a control value, by value: sides word
# their own gains and losses differently, and a side that admits a loss says "withdrew".
CONTROL_WORDING = {
    ("ru", "Russia"): "{who} said on {weekday} that Russian forces had taken full control of {place}.",
    ("ru", "contested"): "{who} said fighting was still going on in the outskirts of {place}.",
    ("ru", "Ukraine"): "{who} said Russian units had withdrawn from {place} to more favourable lines.",
    ("ua", "Ukraine"): ("{who} denied that {place} had fallen, saying its forces were still holding the town.",
                        "Ukrainian troops repelled an assault on {place}, {who} said."),
    ("ua", "contested"): "According to {who}, fighting continues inside {place}.",
    ("ua", "Russia"): "{who} confirmed that Ukrainian troops had withdrawn from {place} to better positions.",
    ("isw", "Russia"): ISW + " assessed that Russian forces likely captured {place}.",
    ("isw", "contested"): ISW + " assessed that {place} likely remains contested.",
    ("isw", "Ukraine"): ISW + " assessed that Ukrainian forces likely still hold {place}.",
}
OTHER_CLAIMS = [
    "{place} came under heavy Russian shelling overnight, {ua} said.",
    "\"The enemy is suffering heavy losses near {place},\" {ua} said.",
    "Russian forces have almost surrounded {place}, {ru} claimed.",
]
# How often each speaker tells the state as it is; otherwise it says what suits its side.
# Fixed, so a benchmark's labels and source grades have a known answer to approach.
CANDOUR = {
    "Russia's defence ministry": 0.7, "the Russian Defence Ministry": 0.7, "Wagner chief Yevgeny Prigozhin": 0.45,
    "Denis Pushilin": 0.55, "Ukraine's General Staff": 0.8, "Deputy Defence Minister Hanna Maliar": 0.7,
    "Ukraine's military": 0.8, "eastern command spokesman Serhiy Cherevatyi": 0.6, ISW: 0.95,
}
YEAR_DAYS = 365
START = datetime(2023, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Fate:
    """One place's true story over the year: who holds it, and when that changes."""

    first: str
    change_day: int | None
    contested_days: int

    def state(self, day: int) -> str:
        if self.change_day is None or day < self.change_day - self.contested_days:
            return self.first
        if day < self.change_day:
            return "contested"
        return "Russia" if self.first == "Ukraine" else "Ukraine"


def fates(rng: random.Random) -> dict[str, Fate]:
    """Most places fall after a contested spell, some are retaken, some never change hands."""
    out = {}
    for place in PLACES:
        first = "Russia" if rng.random() < 0.2 else "Ukraine"
        changes = rng.random() < (0.5 if first == "Russia" else 0.65)
        out[place] = Fate(first, rng.randint(40, 330) if changes else None, rng.randint(7, 40))
    return out


def said_value(rng: random.Random, speaker: str, side: str, truth: str) -> str | None:
    """The control value a speaker asserts: the truth if candid, else its side's preferred story."""
    if rng.random() < CANDOUR[speaker]:
        # a candid side rarely volunteers that the enemy holds a town it never held
        return None if side == "ru" and truth == "Ukraine" and rng.random() < 0.7 else truth
    if side == "ru":
        return "Russia"
    if side == "ua":
        return "Ukraine" if truth != "Russia" or rng.random() < 0.5 else "contested"
    return rng.choice([value for value in ("Russia", "contested", "Ukraine") if value != truth])


def claim_sentence(rng: random.Random, place: str, truth: str) -> str:
    ru, ua = rng.choice(SPEAKERS_RU), rng.choice(SPEAKERS_UA)
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(OTHER_CLAIMS).format(ru=ru, ua=ua, place=place)
    side, speaker = ("ru", ru) if roll < 0.6 else ("ua", ua) if roll < 0.9 else ("isw", ISW)
    value = said_value(rng, speaker, side, truth)
    if value is None:
        return OTHER_CLAIMS[0].format(ua=ua, place=place)
    wording = CONTROL_WORDING[(side, value)]
    if isinstance(wording, tuple):
        wording = rng.choice(wording)
    return wording.format(who=speaker, place=place, weekday=rng.choice(WEEKDAYS))


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


def article(rng: random.Random, i: int, start: datetime, world: dict[str, Fate]) -> dict:
    minute = rng.randrange(0, 60 * 24 * YEAR_DAYS)
    published = start + timedelta(minutes=minute)
    place = rng.choice(PLACES)
    truth = world[place].state(minute // (60 * 24))
    paragraphs = []
    for _ in range(rng.randint(4, 6)):
        claim = claim_sentence(rng, place, truth)
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


def cached_feed(n: int, out_dir: Path) -> Path:
    """The feed of n articles in out_dir, generated on first use.

    The name carries a digest of this file, so a changed generator never hands a
    benchmark the feed an older one wrote.
    """
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    feed = out_dir / f"feed{n}-{digest}.jsonl"
    if not feed.exists():
        generate(n, feed)
    return feed


SEED = 7


def world_truth(seed: int = SEED) -> dict[str, Fate]:
    """The world behind the feed generated with this seed: each place's true story."""
    return fates(random.Random(seed))


def generate(n: int, out: Path, seed: int = SEED) -> Path:
    rng = random.Random(seed)
    world = fates(rng)
    start = START
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        previous = None
        for i in range(n):
            record = article(rng, i, start, world)
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
