"""Generated structured truth-discovery worlds with a known answer.

A world is a set of items (object, attribute), each with one true value and a few wrong
ones, and sources that claim values for some of the items:

* independent sources, each right with its own accuracy (spread from poor to excellent)
  and, when wrong, picking a wrong value with skewed popularity (so independent sources
  do sometimes share a common error, as real ones do);
* a clique: one poor original and copiers that take most of its values, so the same
  false values arrive from several sources at once (the case majority voting and
  TruthFinder get wrong, Dong et al. 2009);
* a few tiny sources with one or two claims, whose record is too short to judge.

Everything is vectorised with numpy so a million claims take seconds to make. The gold
answer and each source's role and measured accuracy come with the claims.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class WorldSpec:
    n_objects: int = 1500
    attributes: tuple[str, ...] = ("author", "year", "publisher")
    n_independent: int = 16
    accuracy_range: tuple[float, float] = (0.3, 0.95)
    coverage_range: tuple[float, float] = (0.15, 0.5)
    n_false_values: int = 6
    # Zipf-like exponent of how popular each wrong value is among wrong answers
    false_skew: float = 1.2
    clique_size: int = 5
    clique_accuracy: float = 0.3
    clique_coverage: float = 0.5
    copy_rate: float = 0.9
    n_tiny_sources: int = 3
    seed: int = 0


@dataclass(frozen=True)
class World:
    claims: pd.DataFrame  # source, object, attribute, value, time
    gold: pd.DataFrame  # object, attribute, value
    sources: pd.DataFrame  # source, role, design_accuracy, accuracy, n_claims


def generate_world(spec: WorldSpec) -> World:
    """Make a world from ``spec``; the same spec always gives the same world."""
    rng = np.random.default_rng(spec.seed)
    n_attr = len(spec.attributes)
    n_items = spec.n_objects * n_attr
    n_slots = spec.n_false_values + 1
    # value labels: each item draws distinct numbers for its slots; slot 0 is the truth
    labels = _distinct_labels(rng, n_items, n_slots)
    false_weights = 1.0 / np.arange(1, spec.n_false_values + 1) ** spec.false_skew
    false_weights /= false_weights.sum()

    def answer(items: np.ndarray, accuracy: float) -> np.ndarray:
        right = rng.random(len(items)) < accuracy
        wrong_slot = 1 + rng.choice(spec.n_false_values, size=len(items), p=false_weights)
        return np.where(right, 0, wrong_slot)

    parts: list[tuple[str, str, float, np.ndarray, np.ndarray, int]] = []
    accuracies = np.linspace(*spec.accuracy_range, spec.n_independent)
    rng.shuffle(accuracies)
    for i, accuracy in enumerate(accuracies):
        coverage = rng.uniform(*spec.coverage_range)
        items = np.flatnonzero(rng.random(n_items) < coverage)
        parts.append((f"indep-{i:02d}", "independent", float(accuracy), items, answer(items, accuracy), 1))

    if spec.clique_size > 0:
        base_items = np.flatnonzero(rng.random(n_items) < spec.clique_coverage)
        base_slots = answer(base_items, spec.clique_accuracy)
        parts.append(("clique-0", "original", spec.clique_accuracy, base_items, base_slots, 1))
        for k in range(1, spec.clique_size):
            keep = rng.random(len(base_items)) < 0.9
            items = base_items[keep]
            copied = rng.random(len(items)) < spec.copy_rate
            slots = np.where(copied, base_slots[keep], answer(items, spec.clique_accuracy))
            parts.append((f"clique-{k}", "copier", spec.clique_accuracy, items, slots, 2))

    for k in range(spec.n_tiny_sources):
        items = rng.choice(n_items, size=1 + k % 2, replace=False)
        parts.append((f"tiny-{k}", "tiny", 1.0, items, np.zeros(len(items), dtype=int), 3))

    frames, source_rows = [], []
    for name, role, design, items, slots, day in parts:
        frames.append(pd.DataFrame({
            "source": name,
            "item": items,
            "value": labels[items, slots],
            "time": f"2024-01-{day:02d}",
        }))
        source_rows.append((name, role, design, float(np.mean(slots == 0)) if len(slots) else np.nan, len(items)))
    claims = pd.concat(frames, ignore_index=True)
    claims["object"] = "obj-" + (claims["item"] // n_attr).astype(str)
    claims["attribute"] = np.asarray(spec.attributes)[claims["item"] % n_attr]
    claims["value"] = "v" + claims["value"].astype(str)
    items = np.arange(n_items)
    gold = pd.DataFrame({
        "object": "obj-" + pd.Series(items // n_attr).astype(str),
        "attribute": np.asarray(spec.attributes)[items % n_attr],
        "value": "v" + pd.Series(labels[:, 0]).astype(str),
    })
    claimed = np.unique(claims["item"].to_numpy())
    gold = gold.iloc[claimed].reset_index(drop=True)
    sources = pd.DataFrame(source_rows, columns=["source", "role", "design_accuracy", "accuracy", "n_claims"])
    return World(claims=claims[["source", "object", "attribute", "value", "time"]], gold=gold, sources=sources)


def _distinct_labels(rng: np.random.Generator, n_items: int, n_slots: int) -> np.ndarray:
    """Distinct label numbers (0..999) for each item's slots, by redrawing clashing rows."""
    labels = rng.integers(0, 1000, size=(n_items, n_slots))
    for _ in range(50):
        ordered = np.sort(labels, axis=1)
        clash = (np.diff(ordered, axis=1) == 0).any(axis=1)
        if not clash.any():
            return labels
        labels[clash] = rng.integers(0, 1000, size=(int(clash.sum()), n_slots))
    raise RuntimeError("could not draw distinct labels")


def write_world(world: World, claims_path, gold_path) -> None:
    """Write the claims (.csv or .csv.gz) and gold files the CLI and the peers read."""
    world.claims.to_csv(claims_path, index=False)
    world.gold.to_csv(gold_path, index=False)


def main() -> None:
    """Write a world: ``python benchmarks/truth_peers/world.py --objects 40000 --out DIR``."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--objects", type=int, default=WorldSpec.n_objects)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--independent", type=int, default=WorldSpec.n_independent, help="independent sources")
    parser.add_argument("--coverage", type=float, nargs=2, default=WorldSpec.coverage_range,
                        metavar=("LOW", "HIGH"), help="share of items each independent source covers")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    spec = WorldSpec(n_objects=args.objects, seed=args.seed, n_independent=args.independent,
                     coverage_range=tuple(args.coverage))
    world = generate_world(spec)
    write_world(world, args.out / "claims.csv.gz", args.out / "gold.csv")
    world.sources.to_csv(args.out / "design_sources.csv", index=False)
    print(f"{len(world.claims)} claims, {len(world.gold)} items -> {args.out}")


if __name__ == "__main__":
    main()
