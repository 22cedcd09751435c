"""A prospective evaluation of the corroboration classifier: the sample corpus replayed night by night.

    python benchmarks/bench_prospective.py [--every-days 7] [--db /tmp/p.duckdb] [--nights N]

The model card's evaluation is time-ordered, and a source's record is read as the label
history had it then (README.md, "Labels as they stood then"), but it is still one run's view
of the past. This replay measures how far the scores as issued differ from it.
It splits the sample corpus's articles by publication date into nights of ``--every-days``
days, and for each night in date order runs the real pipeline (``pipeline.run_all``, no
Prefect) on one database with only that night's articles and ``as_of`` = the night's end.
After each night it keeps the score every NEW claim was issued that night, with the two
baselines as they stood then: majority vote from the claim's features so far, and its
source's truth-discovery trust from that night's ``source_scores``. At the end the final
night's labels judge the issued scores (ROC-AUC, Brier), over the claims a trained or
reused model scored (the main row: the shipped fallback was fitted on the whole sample,
so its scores would leak the answer) and over every labelled claim, and the final night's
model card is printed beside them.

Honesty is checked as it goes: every article a night ingests was published before its
``as_of`` (and at or after the previous night's), and a claim's issued score is taken from
the night its article was ingested, never later. The articles are read with crosscheck's
own ingest and written back per night as JSONL with the same fields, so their ids are the
ids a single run over the sample gives.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import brier_score_loss, roc_auc_score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from crosscheck import pipeline, publish  # noqa: E402
from crosscheck.db import Store  # noqa: E402
from crosscheck.ingest.load import ingest  # noqa: E402
from crosscheck.publish import apply_schema  # noqa: E402
from crosscheck.score.bootstrap import difference_text, paired_intervals  # noqa: E402
from crosscheck.score.classifier import fold_can_learn, majority_vote, rolling_folds  # noqa: E402
from crosscheck.score.scoring import labels_known_at, training_window_sql  # noqa: E402
from crosscheck.score.truth import PRIOR_TRUST  # noqa: E402

ARTICLE_FIELDS = ("outlet", "url", "published_at", "title", "text", "language")
METHODS = ("model", "majority_vote", "truth_discovery")
# decisions under which tonight's own labels produced the model (not the shipped artefact)
OWN_MODEL_DECISIONS = ("trained", "reused")
HELD_OUT = "the card's held-out claims"
# features whose value at issue is compared with the final night's: the records (fixed at
# issue by the label history) and the "so far" counts majority vote rests on
DRIFT_FEATURES = ("n_support_so_far", "n_contradict_so_far", "trusted_support_share", "speaker_past_reliability")


@dataclass(frozen=True)
class Night:
    """One replayed night: its window of publication dates and what its run did."""

    number: int
    starts: datetime
    as_of: datetime
    n_articles: int
    run_id: str = ""
    model_decision: str = ""
    model_version: str = ""
    seconds: float = 0.0


def sample_articles(inputs: tuple[str, ...] = ()) -> pd.DataFrame:
    """Every article of ``inputs`` (default: the sample corpus) as crosscheck's ingest reads it."""
    with Store(":memory:") as store:
        apply_schema(store)
        ingest(store, inputs or pipeline.default_inputs(), run_id="prospective-read")
        columns = ", ".join(ARTICLE_FIELDS)
        frame = store.fetch_df(f"select article_id, {columns} from store.current_articles "
                               "order by published_at, article_id", step="prospective.read")
    return frame


def night_windows(articles: pd.DataFrame, every_days: int) -> list[tuple[datetime, datetime]]:
    """Consecutive [start, as_of) windows of ``every_days`` days from the first article's day."""
    first = pd.Timestamp(articles["published_at"].min()).normalize().to_pydatetime()
    last = pd.Timestamp(articles["published_at"].max()).to_pydatetime()
    windows, start = [], first
    while start <= last:
        windows.append((start, start + timedelta(days=every_days)))
        start += timedelta(days=every_days)
    return windows


def write_night_file(articles: pd.DataFrame, path: Path) -> None:
    """The night's articles as JSON Lines with the sample's own fields (nulls left out)."""
    with path.open("w", encoding="utf-8") as out:
        for row in articles.itertuples(index=False):
            record = {name: getattr(row, name) for name in ARTICLE_FIELDS}
            record["published_at"] = pd.Timestamp(record["published_at"]).isoformat()
            out.write(json.dumps({k: v for k, v in record.items() if v is not None and v == v}) + "\n")


def issued_scores(db: Path, run_id: str) -> pd.DataFrame:
    """The scores the claims first ingested by ``run_id`` were issued, with both baselines then."""
    with Store(db, read_only=True) as store:
        frame = store.fetch_df(
            f"""
            select c.claim_id, a.article_id, a.published_at, a.run_id as article_run_id,
                   s.p_corroborated, s.model_version,
                   f.* exclude (claim_id),
                   t.reliability as source_trust
            from store.claims as c
            join store.articles as a using (article_id)
            join main.claim_scores as s using (claim_id)
            join store.claim_features as f using (claim_id)
            left join main.source_scores as t on t.source_key = f.source_key
            where c.run_id = ?
            order by c.claim_id
            """,
            [run_id],
            step="prospective.issued",
        )
    frame["p_majority_vote"] = majority_vote(frame)
    frame["p_truth_discovery"] = frame["source_trust"].fillna(PRIOR_TRUST).astype(float)
    frame["scored_in_run"] = run_id
    return frame.rename(columns={"p_corroborated": "p_model"})


def save_training_window(db: Path, night: Night, frames_dir: Path) -> None:
    """The night's training window (features and labels as that night had them), for diagnosis."""
    with Store(db, read_only=True) as store:
        window = store.fetch_df(training_window_sql("f.*, l.y"), step="prospective.frames")
    window.to_pickle(frames_dir / f"night_{night.number:03d}_training.pkl")


def run_night(db: Path, night: Night, articles: pd.DataFrame, workdir: Path, models_dir: Path) -> Night:
    """Run the whole pipeline on one night's articles, as of the night's end."""
    night_file = workdir / f"night_{night.number:03d}.jsonl"
    write_night_file(articles, night_file)
    clock = time.perf_counter()
    summary = pipeline.run_all(db, inputs=[str(night_file)], as_of=night.as_of, models_dir=models_dir)
    seconds = time.perf_counter() - clock
    with Store(db, read_only=True) as store:
        decision = store.fetchone("select model_decision, model_version from main.runs where run_id = ?",
                                  [summary["run_id"]], step="prospective.run")
    return Night(night.number, night.starts, night.as_of, night.n_articles, summary["run_id"],
                 decision[0] or "", decision[1] or "", seconds)


def check_night(db: Path, night: Night, previous_as_of: datetime | None, expected_ids: set[str],
                issued: pd.DataFrame) -> None:
    """Fail loudly if the night saw an article from its future or issued a score for an old claim."""
    with Store(db, read_only=True) as store:
        ingested = {row[0] for row in store.fetchall("select article_id from store.articles where run_id = ?",
                                                     [night.run_id], step="prospective.check")}
        outside = store.scalar(
            "select count(*) from store.articles where run_id = ? and (published_at >= ? or published_at < ?)",
            [night.run_id, night.as_of, previous_as_of or datetime.min.replace(tzinfo=night.as_of.tzinfo)],
            step="prospective.check")
    if ingested != expected_ids:
        raise AssertionError(f"night {night.number} ingested other articles than the sample's of its window")
    if outside:
        raise AssertionError(f"night {night.number} ingested {outside} articles outside its window")
    if (issued["article_run_id"] != night.run_id).any():
        raise AssertionError(f"night {night.number} issued scores for claims of an earlier night")


def replay(db: Path, every_days: int = 7, max_nights: int | None = None,
           frames_dir: Path | None = None) -> tuple[list[Night], pd.DataFrame]:
    """Replay the sample night by night on a fresh ``db``; return the nights and every issued score
    (with ``frames_dir``, each night's training window is kept there as a pandas pickle)."""
    models_dir = db.with_name(db.stem + "_models")
    # refuse (RunInProgressError) rather than delete a database some run is building now
    lock = publish.RunLock(db)
    lock.acquire()
    try:
        for stale in (db, db.with_name(db.name + ".wal")):
            stale.unlink(missing_ok=True)
        shutil.rmtree(models_dir, ignore_errors=True)
    finally:
        lock.release()
    articles = sample_articles()
    nights, issued = [], []
    with tempfile.TemporaryDirectory(prefix="prospective-") as scratch:
        for number, (starts, as_of) in enumerate(night_windows(articles, every_days), start=1):
            if max_nights is not None and number > max_nights:
                break
            tonight = articles[(articles["published_at"] >= starts) & (articles["published_at"] < as_of)]
            if tonight.empty:
                continue
            night = run_night(db, Night(number, starts, as_of, len(tonight)), tonight, Path(scratch), models_dir)
            scores = issued_scores(db, night.run_id)
            check_night(db, night, nights[-1].as_of if nights else None, set(tonight["article_id"]), scores)
            scores["night"] = number
            scores["model_decision"] = night.model_decision
            if frames_dir is not None:
                save_training_window(db, night, frames_dir)
            nights.append(night)
            issued.append(scores)
            print(f"night {number:2d} to {as_of:%Y-%m-%d}: {len(tonight):3d} articles, {len(scores):3d} new "
                  f"claims, model {night.model_decision} {night.model_version}, {night.seconds:.1f} s", flush=True)
    return nights, pd.concat(issued, ignore_index=True)


def final_labels(db: Path) -> pd.DataFrame:
    """Every claim's label as the last night decided it (1 corroborated, 0 refuted)."""
    with Store(db, read_only=True) as store:
        return store.fetch_df(
            "select claim_id, case label when 'corroborated' then 1 else 0 end as y from main.claim_scores "
            "where label in ('corroborated', 'refuted')",
            step="prospective.labels")


def feature_drift(db: Path, issued: pd.DataFrame) -> pd.DataFrame:
    """Per feature, how many issued claims the final night sees with another value, and by how much."""
    columns = ", ".join(DRIFT_FEATURES)
    with Store(db, read_only=True) as store:
        final = store.fetch_df(f"select claim_id, {columns} from store.claim_features", step="prospective.drift")
    both = issued.merge(final, on="claim_id", suffixes=("_issued", "_final"))
    rows = []
    for name in DRIFT_FEATURES:
        gap = (both[f"{name}_final"].astype(float) - both[f"{name}_issued"].astype(float)).abs()
        moved = gap > 1e-9
        rows.append({"feature": name, "n_claims": len(both), "n_changed": int(moved.sum()),
                     "mean_abs_change": float(gap[moved].mean()) if moved.any() else 0.0})
    return pd.DataFrame(rows)


def card_held_out_claims(db: Path) -> set[str]:
    """The claims the final night's card judged: its rolling folds' blocks over the same window."""
    with Store(db, read_only=True) as store:
        window = store.fetch_df(training_window_sql("f.claim_id, f.asserted_at, y"), step="prospective.folds")
        # a fold learns the labels known at its block's start, and is skipped when they are too few
        return {claim for _, block in rolling_folds(window)
                if fold_can_learn(labels_known_at(store, block.iloc[0])["y"].to_numpy(dtype=int))
                for claim in block["claim_id"]}


def metrics_table(issued: pd.DataFrame, labels: pd.DataFrame, held_out: set[str] | None = None) -> pd.DataFrame:
    """ROC-AUC and Brier of each method's issued scores: on the claims an own (trained or
    reused) model scored, on every labelled claim, and on the claims the final card held
    out, where the card's own figures can stand beside them."""
    judged = issued.merge(labels, on="claim_id")
    subsets = {
        "scored by a trained or reused model": judged[judged["model_decision"].isin(OWN_MODEL_DECISIONS)],
        "all labelled claims": judged,
    }
    if held_out:
        subsets[HELD_OUT] = judged[judged["claim_id"].isin(held_out)]
    rows = []
    for subset, frame in subsets.items():
        y = frame["y"].to_numpy(dtype=int)
        for method in METHODS:
            p = frame[f"p_{method}"].to_numpy(dtype=float)
            rows.append({
                "claims": subset, "method": method, "n": len(frame), "n_corroborated": int(y.sum()),
                "roc_auc": roc_auc_score(y, p) if len(set(y)) == 2 else np.nan,
                "brier": brier_score_loss(y, p) if len(y) else np.nan,
                # the model's lead over this method on the same claims, paired bootstrap
                "intervals": paired_intervals(y, frame["p_model"].to_numpy(dtype=float), p)
                if method != "model" and len(y) else None,
            })
    return pd.DataFrame(rows)


def card_metrics(db: Path, version: str) -> dict:
    """The final night's model card evaluation, from its manifest."""
    manifest = db.with_name(db.stem + "_models") / version / "manifest.json"
    if not manifest.exists():
        return {}
    data = json.loads(manifest.read_text())
    return {"n_test": data.get("n_test"), "split_at": data.get("split_at", ""), **data.get("metrics", {})}


def report(nights: list[Night], table: pd.DataFrame, card: dict) -> str:
    """The printed comparison: issued scores per method, the card's figures beside the same claims."""
    lines = [f"{'claims':<38} {'method':<16} {'n':>4} {'corr.':>5} {'ROC-AUC':>8} {'Brier':>7}   card"]
    for row in table.itertuples(index=False):
        leaky = card.get(row.method) if row.claims == HELD_OUT else None
        beside = f"{leaky['roc_auc']:.3f} / {leaky['brier']:.3f}" if leaky else ""
        lines.append(f"{row.claims:<38} {row.method:<16} {row.n:>4} {row.n_corroborated:>5} "
                     f"{row.roc_auc:>8.3f} {row.brier:>7.3f}   {beside}")
    for row in table.itertuples(index=False):
        if row.intervals:
            lines.append(f"{row.claims}: model minus {row.method}: ROC-AUC {difference_text(row.intervals.get('roc_auc'))};"
                         f" Brier {difference_text(row.intervals.get('brier'))}")
    drawn = table["intervals"].dropna()
    if len(drawn):
        lines.append(f"intervals: 95%, {drawn.iloc[0]['resamples']:,} paired resamples (seed {drawn.iloc[0]['seed']})"
                     " of each row's claims")
    last = nights[-1]
    if card:
        lines.append(f"card: the final night's model {last.model_version} ({last.model_decision}), "
                     f"{card.get('n_test')} held-out later claims of its rolling folds, asserted from "
                     f"{card.get('split_at')}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every-days", type=int, default=7, help="days of articles per replayed night")
    parser.add_argument("--db", type=Path, default=HERE / "out" / "prospective.duckdb",
                        help="database to replay into (replaced; its models go beside it in <stem>_models/)")
    parser.add_argument("--nights", type=int, default=None, help="stop after this many nights")
    parser.add_argument("--frames", type=Path, default=None,
                        help="folder to keep each night's training window and the issued scores in (pandas pickles)")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.frames:
        args.frames.mkdir(parents=True, exist_ok=True)
    clock = time.perf_counter()
    nights, issued = replay(args.db.resolve(), args.every_days, args.nights, args.frames)
    if args.frames:
        issued.to_pickle(args.frames / "issued.pkl")
    card = card_metrics(args.db.resolve(), nights[-1].model_version)
    table = metrics_table(issued, final_labels(args.db.resolve()), card_held_out_claims(args.db.resolve()))
    print()
    print(report(nights, table, card))
    print()
    print("features of the issued claims as the final night computes them:")
    print(feature_drift(args.db.resolve(), issued).to_string(index=False, float_format="%.3f"))
    print(f"{len(nights)} nights, {len(issued)} claims issued, {time.perf_counter() - clock:.0f} s")


if __name__ == "__main__":
    main()
