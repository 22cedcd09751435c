"""Run the peer truth-discovery algorithms on a claims CSV (inside the peers' venv only).

Usage: .venv/bin/python peer_runner.py CLAIMS.csv[.gz] OUTDIR [--methods NAME ...]

Reads the same claims file `crosscheck truth` reads, applies the same value folding
(trim, collapse whitespace, lower case) and keeps each source's latest statement per
(object, attribute), then runs

* truthdiscovery 1.0.4: MajorityVoting, Sums, AverageLog, Investment,
  PooledInvestment, TruthFinder, CRH (default parameters);
* crowd-kit 1.4.2: DawidSkene, GLAD, Wawa, ZeroBasedSkill (default parameters),

and writes OUTDIR/<method>.csv (object, attribute, value) plus OUTDIR/timings.json
(seconds per method, or the error it raised). Never imports crosscheck.

truthdiscovery's package __init__ imports its PNG graph backend, which imports pycairo;
pycairo does not build here and no algorithm uses it, so a blank ``cairo`` module is put
in sys.modules in this process before the import. Nothing else is patched.

crowd-kit aggregates crowd labels from one shared label set, while here every item has
its own values. Each item's distinct values are numbered 0..k-1 in an order fixed by a
hash of the value (so a label number carries no hint of how popular a value is) and the
numbers are the labels; the most probable number among those given for the item is
mapped back to its value.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import types
from pathlib import Path

import pandas as pd

TRUTHDISCOVERY_METHODS = ("MajorityVoting", "Sums", "AverageLog", "Investment", "PooledInvestment",
                          "TruthFinder", "CRH")
CROWDKIT_METHODS = ("DawidSkene", "GLAD", "Wawa", "ZeroBasedSkill")
SEPARATOR = "\x1f"


def load_claims(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.columns = [c.strip().lower() for c in frame.columns]
    if "time" not in frame.columns:
        frame["time"] = ""
    for column in ("source", "object", "attribute", "value", "time"):
        frame[column] = frame[column].str.strip()
    frame = frame[(frame["source"] != "") & (frame["object"] != "") & (frame["attribute"] != "")
                  & (frame["value"] != "")].copy()
    frame["value"] = frame["value"].str.replace(r"\s+", " ", regex=True).str.lower()
    frame["item"] = frame["object"] + SEPARATOR + frame["attribute"]
    # latest statement per source and item (ISO times sort as text; undated rows last)
    frame = frame.sort_values(["source", "item", "time"], ascending=[True, True, False])
    return frame.drop_duplicates(["source", "item"])[["source", "item", "value"]].reset_index(drop=True)


def _predictions(chosen: dict[str, str]) -> pd.DataFrame:
    items = pd.Series(list(chosen.keys()), dtype=str)
    parts = items.str.split(SEPARATOR, n=1, expand=True)
    return pd.DataFrame({"object": parts[0], "attribute": parts[1], "value": list(chosen.values())})


def run_truthdiscovery(claims: pd.DataFrame, methods: list[str]) -> dict[str, tuple[float, pd.DataFrame]]:
    sys.modules.setdefault("cairo", types.ModuleType("cairo"))
    import truthdiscovery as td

    started = time.perf_counter()
    dataset = td.Dataset(claims[["source", "item", "value"]].itertuples(index=False, name=None), allow_multiple=True)
    build_seconds = time.perf_counter() - started
    results = {}
    for name in methods:
        algorithm = getattr(td, name)()
        started = time.perf_counter()
        result = algorithm.run(dataset)
        chosen = {item: max(beliefs.items(), key=lambda kv: (kv[1], kv[0]))[0]
                  for item, beliefs in result.belief.items()}
        # each method pays for building the shared Dataset once, as if run alone
        results[name] = (time.perf_counter() - started + build_seconds, _predictions(chosen))
    return results


def run_crowdkit(claims: pd.DataFrame, methods: list[str]) -> dict[str, tuple[float, pd.DataFrame]]:
    from crowdkit import aggregation

    started = time.perf_counter()
    frame = claims.copy()
    frame["order"] = [hashlib.blake2b(v.encode("utf-8"), digest_size=8).hexdigest() for v in frame["value"]]
    values = frame[["item", "value", "order"]].drop_duplicates(["item", "value"]).sort_values(["item", "order"])
    values["label"] = values.groupby("item").cumcount()
    frame = frame.merge(values[["item", "value", "label"]], on=["item", "value"])
    tasks = frame.rename(columns={"source": "worker", "item": "task"})[["worker", "task", "label"]]
    given = values.rename(columns={"item": "task"})[["task", "label", "value"]]
    prep_seconds = time.perf_counter() - started
    results = {}
    for name in methods:
        started = time.perf_counter()
        probas = getattr(aggregation, name)().fit_predict_proba(tasks)
        chosen = _best_given_label(probas, given)
        results[name] = (time.perf_counter() - started + prep_seconds, _predictions(chosen))
    return results


def _best_given_label(probas: pd.DataFrame, given: pd.DataFrame) -> dict[str, str]:
    """The most probable label among those actually given for each task.

    With one label set shared by all tasks a model may prefer a label number that no
    source gave for this task (Dawid-Skene does, through its class priors); such a
    number means nothing here, so the choice is restricted to the task's own values.
    """
    long = probas.stack().rename("p").reset_index()
    long.columns = ["task", "label", "p"]
    long = long.merge(given, on=["task", "label"])
    long = long.sort_values(["task", "p", "label"], ascending=[True, False, True]).drop_duplicates("task")
    return dict(long[["task", "value"]].itertuples(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--methods", nargs="*", default=list(TRUTHDISCOVERY_METHODS + CROWDKIT_METHODS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    claims = load_claims(args.claims)
    timings: dict[str, float | str] = {}
    for runner, family in ((run_truthdiscovery, TRUTHDISCOVERY_METHODS), (run_crowdkit, CROWDKIT_METHODS)):
        wanted = [m for m in args.methods if m in family]
        if not wanted:
            continue
        for name in wanted:
            # one method at a time, so one that fails does not take the others with it
            try:
                (seconds, predictions), = runner(claims, [name]).values()
            except Exception as exc:  # a peer's failure is a result to report, not a crash
                timings[name] = f"error: {type(exc).__name__}: {exc}"[:300]
                continue
            predictions.to_csv(args.out / f"{name}.csv", index=False)
            timings[name] = round(seconds, 3)
    (args.out / "timings.json").write_text(json.dumps(timings, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
