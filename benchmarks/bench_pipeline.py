"""The whole nightly run (no orchestrator) on N generated articles: time per stage, peak RSS.

    python benchmarks/bench_pipeline.py --articles 20000 --workers 2

Prints each stage's seconds and the run's peak resident memory, and extrapolates the
per-article cost linearly to a million articles (every stage's SQL is blocked, see
bench_match.py; extraction is per article).

It also prints the classifier's held-out metrics beside its two baselines: the
generated feed has a known world behind it (see generate.py), so later reporting
corroborates some claims and refutes others.

Worker memory is sampled from /proc while the run goes (the resident set of each
extraction worker and of the whole process tree, twice a second): getrusage's figure for
children starts from the parent's size at the fork that precedes the worker's exec, so it
overstated spawned workers by the size of the main process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from crosscheck import pipeline  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from crosscheck.score.bootstrap import difference_text, resampling_text  # noqa: E402
from generate import START, YEAR_DAYS, cached_feed, world_truth  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    feed = cached_feed(args.articles, HERE / "out")
    db = HERE / "out" / f"pipeline{args.articles}.duckdb"
    db.unlink(missing_ok=True)
    tree = TreeMemory()
    # judged as of the feed's last day, so its last fortnight is unlabelled and scored only
    as_of = START + timedelta(days=YEAR_DAYS)
    ctx = pipeline.begin(db, [str(feed)], as_of=as_of, workers=args.workers)
    timings, peaks, summary = {}, {}, {"run_id": ctx.run_id}
    for name, stage in pipeline.STAGES:
        started = time.perf_counter()
        summary[name] = stage(ctx)
        timings[name] = time.perf_counter() - started
        peaks[name] = (_peak_mb()[0], tree.worker_peak)
    started = time.perf_counter()
    summary["publish"] = pipeline.finish(ctx, summary)
    timings["publish"] = time.perf_counter() - started
    peaks["publish"] = (_peak_mb()[0], tree.worker_peak)
    total = sum(timings.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.articles} articles, {summary['extract']['n_claims']} claims, workers={args.workers}")
    for name, seconds in timings.items():
        print(f"  {name:<11} {seconds:8.1f} s   peak RSS so far: main {peaks[name][0]:.0f} MB, worker {peaks[name][1]:.0f} MB")
    print(f"  {'total':<11} {total:8.1f} s  ({args.articles / total:.0f} articles/s)")
    tree.stop()
    print(f"peak RSS: main process {peak:.0f} MB; sampled: largest worker {tree.worker_peak:.0f} MB, "
          f"whole process tree {tree.tree_peak:.0f} MB (getrusage's children figure: {children:.0f} MB)")
    print(f"linear extrapolation to 1,000,000 articles: {total * 1_000_000 / args.articles / 60:.0f} min")
    scored = summary["score"]
    print(f"scoring: {scored['n_labelled']} labelled claims, model {scored['model_version']} "
          f"(trained: {scored['trained']}, beats both baselines: {scored['beats_baselines']})")
    for method, metrics in scored["metrics"].items():
        print(f"  {method:<16} ROC-AUC {metrics.get('roc_auc', float('nan')):.3f}  Brier {metrics.get('brier', float('nan')):.3f}")
    for method, metrics in scored["metrics"].items():
        if "paired_bootstrap" in metrics:
            intervals = metrics["paired_bootstrap"]
            print(f"  model minus {method}: ROC-AUC {difference_text(intervals.get('roc_auc'))}; "
                  f"Brier {difference_text(intervals.get('brier'))} ({resampling_text(intervals)})")
    print_truth_check(db)


def print_truth_check(db: Path) -> None:
    """How often the automatic labels and the scores agree with the world the feed was made from."""
    states = []
    for place, fate in world_truth().items():
        cuts = sorted({0, YEAR_DAYS + 1, *([] if fate.change_day is None else
                                          [fate.change_day - fate.contested_days, fate.change_day])})
        states += [(place, start, end, fate.state(start)) for start, end in zip(cuts, cuts[1:]) if start < end]
    truth = ", ".join(f"('{place}', {start}, {end}, '{state}')" for place, start, end, state in states)
    with Store(db, read_only=True) as store:
        rows = store.fetchall(
            f"""
            with truth(place, first_day, end_day, state) as (values {truth}),
            judged as (
                select c.value = t.state as true_claim, s.label, s.p_corroborated
                from claims as c
                join claim_scores as s using (claim_id)
                join truth as t
                    on t.place = c.place_as_written
                    and date_diff('day', timestamptz '{START.isoformat()}', c.asserted_at) >= t.first_day
                    and date_diff('day', timestamptz '{START.isoformat()}', c.asserted_at) < t.end_day
                where c.predicate = 'controls'
            )
            select
                count(*),
                avg(true_claim::int),
                count(label),
                avg(case when label is not null then ((label = 'corroborated') = true_claim)::int end),
                avg(power(p_corroborated - true_claim::int, 2)),
                avg(((p_corroborated >= 0.5) = true_claim)::int),
                count(*) - count(label),
                avg(case when label is null then power(p_corroborated - true_claim::int, 2) end),
                avg(case when label is null then ((p_corroborated >= 0.5) = true_claim)::int end)
            from judged
            """
        )
    n, share_true, n_labelled, agreement, brier, accuracy, n_unlabelled, brier_new, accuracy_new = rows[0]
    print(f"against the generator's world ({n} control claims, {share_true:.1%} of them true when made):")
    print(f"  automatic labels agree with it on {agreement:.1%} of {n_labelled} labelled claims")
    print(f"  scores: Brier {brier:.3f}, right side of 0.5 on {accuracy:.1%} of all; "
          f"on the {n_unlabelled} unlabelled: Brier {brier_new or float('nan'):.3f}, {accuracy_new or float('nan'):.1%}")


class TreeMemory:
    """Samples, twice a second, the resident memory of this process's children and of the whole tree."""

    def __init__(self) -> None:
        self.worker_peak = 0.0
        self.tree_peak = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._done.wait(0.5):
            children = [_rss_mb(pid) for pid in _children(os.getpid())]
            self.worker_peak = max([self.worker_peak, *children])
            self.tree_peak = max(self.tree_peak, _rss_mb(os.getpid()) + sum(children))


def _children(pid: int) -> list[int]:
    pids = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                pids += [int(child) for child in handle.read().split()]
        except OSError:
            continue
    return pids


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory so far of this process and of its largest finished worker, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


if __name__ == "__main__":
    main()
