"""The benchmark feed's known world: places change hands over time, speakers lean to their side."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from generate import CANDOUR, Fate, fates, generate, said_value  # noqa: E402


def test_a_falling_place_is_held_then_contested_then_lost():
    fate = Fate("Ukraine", change_day=100, contested_days=20)
    assert [fate.state(day) for day in (0, 79, 80, 99, 100, 300)] == [
        "Ukraine", "Ukraine", "contested", "contested", "Russia", "Russia"]
    assert Fate("Ukraine", None, 20).state(364) == "Ukraine"
    assert Fate("Russia", 50, 10).state(60) == "Ukraine"


def test_the_world_has_every_kind_of_story():
    world = fates(random.Random(7))
    kinds = Counter((fate.first, fate.change_day is not None) for fate in world.values())
    assert kinds[("Ukraine", True)] and kinds[("Ukraine", False)]


def test_speakers_tell_the_truth_at_their_rate_and_otherwise_favour_their_side():
    rng = random.Random(1)
    russian = Counter(said_value(rng, "Russia's defence ministry", "ru", "contested") for _ in range(4000))
    assert abs(russian["contested"] / 4000 - CANDOUR["Russia's defence ministry"]) < 0.03
    assert set(russian) == {"contested", "Russia"}
    ukrainian = Counter(said_value(rng, "Ukraine's military", "ua", "Russia") for _ in range(4000))
    assert ukrainian["Russia"] / 4000 > 0.75 and ukrainian["Ukraine"] > 0 and ukrainian["contested"] > 0


def test_the_feed_is_deterministic_and_its_claims_follow_the_world(tmp_path):
    first, second = generate(300, tmp_path / "a.jsonl"), generate(300, tmp_path / "b.jsonl")
    assert first.read_bytes() == second.read_bytes()
    texts = [json.loads(line)["text"] for line in first.open(encoding="utf-8")]
    assert any("had withdrawn from" in text for text in texts)
    assert any("had taken full control of" in text for text in texts)


def test_a_cached_feed_is_named_for_the_generator_that_wrote_it(tmp_path):
    from generate import cached_feed

    feed = cached_feed(40, tmp_path)
    assert feed.name.startswith("feed40-") and feed.exists()
    assert cached_feed(40, tmp_path) == feed and len(list(tmp_path.iterdir())) == 1
