"""Nightly runs on a store that already holds N articles: what an incremental night costs.

    python benchmarks/bench_pipeline.py --articles 1000000 --workers 2   # builds the store once
    python benchmarks/bench_nightly.py --store-articles 1000000 --new 3000 --workers 2 [--nights 2]
    python benchmarks/bench_nightly.py --store-articles 100000 --reuse-drift

Copies the store bench_pipeline.py left in benchmarks/out/, adds a night's NEW generated
articles (the same world as the store's feed, published on the day after its last day),
runs every stage, and prints the run's own record of where the time went (the
`run_stages` view), so the figures are the ones a data engineer would read. With
``--nights 2`` a second night (the day after) follows on the same copy: the first night
on a store built before model reuse trains, the second shows what a night that reuses
its model costs. Each night's models go to benchmarks/out/nightly-models/.

``--reuse-drift`` measures what reusing a model costs in accuracy instead: it fits the
classifier on the store's training window as it stood D days earlier (labels of claims
made in the last D days left out) and on tonight's, and compares their scores on every
claim (see crosscheck/score/reuse.py for the threshold these figures set).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from crosscheck import pipeline  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from generate import START, YEAR_DAYS, article, world_truth  # noqa: E402


def night_feed(store_articles: int, new: int, out: Path, night: int = 1) -> Path:
    """``new`` articles numbered after the store's (and earlier nights'), over the night's day."""
    rng = random.Random(store_articles if night == 1 else store_articles * 100 + night)
    world = world_truth()
    day = START + timedelta(days=YEAR_DAYS + night - 1)
    first = store_articles + (night - 1) * new
    with out.open("w", encoding="utf-8") as handle:
        for j in range(new):
            record = article(rng, first + j, START, world)
            record["published_at"] = (day + timedelta(seconds=j * 86_400 // new)).isoformat()
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store-articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=3_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--nights", type=int, default=1)
    parser.add_argument("--reuse-drift", action="store_true", help="measure reuse's cost in accuracy instead")
    args = parser.parse_args()
    source = HERE / "out" / f"pipeline{args.store_articles}.duckdb"
    if not source.exists():
        sys.exit(f"{source} not found: run benchmarks/bench_pipeline.py --articles {args.store_articles} first")
    if args.reuse_drift:
        reuse_drift(source)
        return
    db = HERE / "out" / f"nightly{args.store_articles}.duckdb"
    models = HERE / "out" / "nightly-models"
    shutil.copyfile(source, db)
    shutil.rmtree(models, ignore_errors=True)
    if (source.parent / "models").is_dir():
        shutil.copytree(source.parent / "models", models)
    for night in range(1, args.nights + 1):
        feed = night_feed(args.store_articles, args.new,
                          HERE / "out" / f"night{args.store_articles}-{args.new}-{night}.jsonl", night)
        started = time.perf_counter()
        summary = pipeline.run_all(db, [str(feed)], as_of=START + timedelta(days=YEAR_DAYS + night),
                                   workers=args.workers, models_dir=models)
        total = time.perf_counter() - started
        with Store(db, read_only=True) as store:
            stages = store.fetchall("select stage, seconds, peak_rss_mb from run_stages where run_id = ? "
                                    "order by started_at", [summary["run_id"]])
            n_claims = store.scalar("select count(*) from claims")
        score = summary["score"]
        print(f"night {night}: {args.new} new articles on a store of {args.store_articles} "
              f"({summary['extract']['n_claims']} new claims, {n_claims} in all)")
        print(f"  model {score['model_version']}: {score.get('model_decision', 'trained' if score['trained'] else '')}"
              f" ({score.get('model_reason', '')}); {score['n_scored'] - score.get('n_scores_carried', 0)} of "
              f"{score['n_scored']} claims scored, the rest carried over unchanged")
        for stage, seconds, peak in stages:
            print(f"  {stage:<11} {seconds:8.1f} s   main process peak so far {peak:.0f} MB")
        print(f"  total       {total:8.1f} s (working copy and publish included)")


def reuse_drift(source: Path, days: tuple[int, ...] = (1, 2, 4, 7, 14, 28)) -> None:
    """Scores of a model fitted D days ago against tonight's fit, on every claim of the store,
    and both models' Brier score against the generator's world on the unlabelled control
    claims (the last fortnight's, which nothing has judged yet: what analysts read)."""
    import numpy as np

    from crosscheck.score import classifier, grades, scoring

    with Store(source, read_only=True) as store:
        window = scoring._training_frame(store)
        labelled = store.fetch_df(scoring.training_window_sql("f.*, l.y, l.label_source").replace(
            f"limit {scoring.MAX_TRAINING_CLAIMS}", ""), step="bench.labelled").iloc[::-1]
        claims = store.fetch_df(
            f"""
            select f.*, c.place_as_written, c.value, l.label is null as unlabelled,
                date_diff('day', timestamptz '{START.isoformat()}', c.asserted_at) as world_day
            from store.claim_features as f
            join claims as c using (claim_id)
            left join store.claim_labels as l using (claim_id)
            """, step="bench.claims")
    world = world_truth()
    judged = ((claims["predicate"] == "controls") & claims["unlabelled"]
              & claims["place_as_written"].isin(list(world))).to_numpy()
    true_then = np.array([world[place].state(day) == value for place, day, value in zip(
        claims["place_as_written"][judged], claims["world_day"][judged], claims["value"][judged])], dtype=float)
    now_model, names = classifier.fit(window)
    p_now = now_model.predict_proba(classifier.feature_matrix(claims, names))[:, 1]
    thresholds = np.sort([b for _, b in grades.CREDIBILITY_BANDS] + [grades.CONFIRMED_P])
    band_now = np.searchsorted(thresholds, p_now, side="right")
    newest = labelled["asserted_at"].max()
    print(f"{len(claims)} claims, training window {len(window)} of {len(labelled)} labelled claims; "
          f"{int(judged.sum())} unlabelled control claims judged against the world: tonight's fit Brier "
          f"{np.mean((p_now[judged] - true_then) ** 2):.4f}")
    print("  days  changed share  mean |dp|  p99 |dp|  max |dp|  p crosses a credibility threshold"
          "  Brier vs world (unlabelled)")
    for d in days:
        then = labelled[labelled["asserted_at"] <= newest - timedelta(days=d)].iloc[-scoring.MAX_TRAINING_CLAIMS:]
        pairs_then = set(zip(then["claim_id"], then["y"]))
        changed = sum(pair not in pairs_then for pair in zip(window["claim_id"], window["y"]))
        model, _ = classifier.fit(then.reset_index(drop=True))
        p = model.predict_proba(classifier.feature_matrix(claims, names))[:, 1]
        gap = np.abs(p - p_now)
        band = np.searchsorted(thresholds, p, side="right")
        print(f"  {d:4d}  {changed / len(window):12.2%}  {gap.mean():9.4f}  {np.quantile(gap, 0.99):8.4f}"
              f"  {gap.max():8.4f}  {np.mean(band != band_now):8.2%}"
              f"  {np.mean((p[judged] - true_then) ** 2):.4f}")


if __name__ == "__main__":
    main()
