"""Peers benchmark: `crosscheck truth` against classic truth-discovery algorithms.

Usage (from the repository root):

    /work/venv/bin/python benchmarks/truth_peers/run.py [--objects 1500] [--seed 0]
        [--clique-size 5] [--claims C.csv --gold G.csv] [--out DIR] [--skip-peers]

Generates a world with a known answer (benchmarks/truth_peers/world.py: independent
sources of spread accuracy, a clique of copiers spreading the same false values, a few
tiny sources) or takes --claims/--gold, runs crosscheck's truth_main, the reference
majority vote and TruthFinder (reference.py), and the peers from PyPI in their own
virtual environment (benchmarks/truth_peers/.venv, created on first use: see
requirements-peers.txt for why it is separate), then prints one table of accuracy
against the gold and run time per method, and writes it to DIR/results.md and
DIR/results.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
import venv
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import reference  # noqa: E402
from world import WorldSpec, generate_world, write_world  # noqa: E402

from crosscheck.truth_command import truth_main  # noqa: E402

PEER_VENV = HERE / ".venv"
PEER_REQUIREMENTS = HERE / "requirements-peers.txt"
TRUTHDISCOVERY_PIN = "truthdiscovery==1.0.4"
PEER_TIMEOUT_SECONDS = 3600


def peer_python() -> Path:
    """The peers' interpreter, creating and filling their venv once (and again when the
    requirements change)."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / ".installed"
    wanted = hashlib.sha256((PEER_REQUIREMENTS.read_text() + TRUTHDISCOVERY_PIN).encode()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    venv.EnvBuilder(with_pip=True, clear=True).create(PEER_VENV)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(pip + ["-r", str(PEER_REQUIREMENTS)], check=True)
    # --no-deps: its pins (pycairo above all) do not build here; see requirements-peers.txt
    subprocess.run(pip + ["--no-deps", TRUTHDISCOVERY_PIN], check=True)
    stamp.write_text(wanted)
    return python


def copied_items(claims: pd.DataFrame, design: pd.DataFrame) -> pd.DataFrame:
    """The items the copying clique speaks to: where copying can mislead a vote."""
    clique = set(design.loc[design["role"].isin(["original", "copier"]), "source"])
    return claims.loc[claims["source"].isin(clique), ["object", "attribute"]].drop_duplicates()


def score(predicted: pd.DataFrame, gold: pd.DataFrame, focus: pd.DataFrame | None) -> tuple[float, float | None]:
    overall = reference.accuracy(predicted, gold)
    if focus is None or focus.empty:
        return overall, None
    return overall, reference.accuracy(predicted, gold.merge(focus, on=["object", "attribute"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=WorldSpec.n_objects)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--clique-size", type=int, default=WorldSpec.clique_size)
    parser.add_argument("--claims", type=Path, help="use this claims CSV instead of generating one")
    parser.add_argument("--gold", type=Path, help="gold CSV (object, attribute, value) for --claims")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--skip-peers", action="store_true", help="only crosscheck and the reference baselines")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    design = None
    if args.claims:
        if not args.gold:
            parser.error("--claims needs --gold")
        claims_path, gold_path = args.claims, args.gold
    else:
        world = generate_world(WorldSpec(n_objects=args.objects, seed=args.seed, clique_size=args.clique_size))
        claims_path, gold_path = args.out / "claims.csv.gz", args.out / "gold.csv"
        write_world(world, claims_path, gold_path)
        design = world.sources
        design.to_csv(args.out / "design_sources.csv", index=False)
    claims = pd.read_csv(claims_path, dtype=str, keep_default_na=False)
    gold = pd.read_csv(gold_path, dtype=str, keep_default_na=False)
    focus = copied_items(claims, design) if design is not None else None

    rows = []
    summary = truth_main(claims_path, args.out / "crosscheck")
    truths = pd.read_csv(args.out / "crosscheck" / "truths.csv", dtype=str, keep_default_na=False)
    rows.append(("crosscheck truth", "crosscheck", *score(truths, gold, focus), summary["seconds"]))
    for name, method in (("majority vote", reference.majority_vote), ("TruthFinder", reference.truthfinder)):
        started = time.perf_counter()
        predicted = method(claims)
        rows.append((name, "reference (this repo)", *score(predicted, gold, focus), time.perf_counter() - started))

    if not args.skip_peers:
        peer_out = args.out / "peers"
        subprocess.run([str(peer_python()), str(HERE / "peer_runner.py"), str(claims_path), str(peer_out)],
                       check=True, timeout=PEER_TIMEOUT_SECONDS)
        timings = json.loads((peer_out / "timings.json").read_text())
        for name, seconds in timings.items():
            family = "crowd-kit 1.4.2" if name in {"DawidSkene", "GLAD", "Wawa", "ZeroBasedSkill"} \
                else "truthdiscovery 1.0.4"
            if isinstance(seconds, str):
                rows.append((name, family, None, None, seconds))
                continue
            predicted = pd.read_csv(peer_out / f"{name}.csv", dtype=str, keep_default_na=False)
            rows.append((name, family, *score(predicted, gold, focus), seconds))

    table = pd.DataFrame(rows, columns=["method", "from", "accuracy", "accuracy_copied_items", "seconds"])
    header = (f"claims: {len(claims)} rows, {len(gold)} gold items; crosscheck flagged "
              f"{summary['n_copier_pairs']} copier pairs in {summary['iterations']} iterations")
    markdown = header + "\n\n" + _markdown(table)
    print(markdown)
    (args.out / "results.md").write_text(markdown + "\n", encoding="utf-8")
    (args.out / "results.json").write_text(
        json.dumps({"crosscheck": summary, "table": table.to_dict("records")}, indent=2, default=str),
        encoding="utf-8",
    )


def _markdown(table: pd.DataFrame) -> str:
    def cell(value) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return "–"
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in table.itertuples(index=False)]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
