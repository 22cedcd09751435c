"""The nightly run as plain functions, one per stage, in data-flow order.

ingest -> extract -> resolve -> match -> contradict -> score -> validate -> publish.
Each stage takes a :class:`RunContext` (paths and ids, never data) and returns a small
dict for the run summary, so any runner can call them: flows/nightly.py wraps each in a
Prefect task, :func:`run_all` calls them in a loop, tests call them one by one. Every
stage opens the run's working database, does its set-at-a-time work, and closes it.
"""

from __future__ import annotations

import functools
import json
import logging
import resource
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crosscheck import __version__, publish
from crosscheck.db import Store, StoreLockedError
from crosscheck.paths import asset_dir, sample_corpus_dir
from crosscheck.records import IngestLimits

DEFAULT_DB = Path("data/crosscheck.duckdb")
log = logging.getLogger("crosscheck")

_LOCKS: dict[str, publish.RunLock] = {}


@dataclass(frozen=True)
class RunContext:
    """Everything a stage needs to find its run: ids, paths and settings, no data."""

    run_id: str
    published: str
    working: str
    inputs: tuple[str, ...]
    started_at: datetime
    as_of: datetime
    models_dir: str
    docs_dir: str
    limits: IngestLimits = field(default_factory=IngestLimits)
    workers: int = 1
    strict_dq: bool = False

    def store(self) -> Store:
        return Store(self.working)


def default_inputs() -> tuple[str, ...]:
    """The sample corpus's article files (its README and answer key are not articles)."""
    folder = sample_corpus_dir()
    return tuple(str(p) for pattern in ("*.jsonl", "*.xml", "*.txt") for p in sorted(folder.glob(pattern)))


def begin(
    db: str | Path = DEFAULT_DB,
    inputs: list[str] | tuple[str, ...] | None = None,
    *,
    as_of: datetime | None = None,
    models_dir: str | Path | None = None,
    min_text_chars: int = IngestLimits().min_text_chars,
    max_text_chars: int = IngestLimits().max_text_chars,
    workers: int = 1,
    strict_dq: bool = False,
) -> RunContext:
    """Take the run lock, make the working copy, apply the schema, record the run."""
    published = Path(db).resolve()
    started = datetime.now(UTC)
    run_id = started.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    lock = publish.RunLock(published)
    lock.acquire()
    _LOCKS[run_id] = lock
    try:
        working = publish.prepare_working_copy(published, run_id)
        ctx = RunContext(
            run_id=run_id,
            published=str(published),
            working=str(working),
            inputs=tuple(str(i) for i in (inputs or default_inputs())),
            started_at=started,
            as_of=as_of or started,
            models_dir=str(Path(models_dir) if models_dir else published.parent / "models"),
            docs_dir=str(published.with_name(published.stem + "_dq")),
            limits=IngestLimits(min_text_chars=min_text_chars, max_text_chars=max_text_chars),
            workers=workers,
            strict_dq=strict_dq,
        )
        with ctx.store() as store:
            publish.apply_schema(store)
            store.execute(
                "insert into store.runs (run_id, started_at, status, inputs, crosscheck_version) "
                "values (?, ?, 'running', ?, ?)",
                [run_id, started, json.dumps(list(ctx.inputs)), __version__],
                step="runs.begin",
            )
        return ctx
    except BaseException:
        abort_run(run_id, None)
        raise


def recorded_stage(stage: Callable[..., dict]) -> Callable[..., dict]:
    """Wrap a stage so its wall-clock time and the run's peak memory land in store.run_stages.

    Written by the stage's own runner, so a Prefect task, run_all and a test calling one
    stage all leave the same record, and a data engineer can ask the published file
    where a slow night's time went.
    """

    @functools.wraps(stage)
    def timed(ctx: RunContext, **options) -> dict:
        started = datetime.now(UTC)
        clock = time.perf_counter()
        result = stage(ctx, **options)
        seconds = time.perf_counter() - clock
        # ru_maxrss is in KiB on Linux
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        with ctx.store() as store:
            store.execute("insert into store.run_stages values (?, ?, ?, ?, ?)",
                          [ctx.run_id, stage.__name__, started, seconds, peak_mb], step="runs.stage")
        return result

    return timed


@recorded_stage
def ingest(ctx: RunContext) -> dict:
    from crosscheck.ingest.load import ingest as load

    with ctx.store() as store:
        summary = load(store, ctx.inputs, run_id=ctx.run_id, limits=ctx.limits, now=ctx.started_at)
    return asdict(summary)


@recorded_stage
def extract(ctx: RunContext, *, map_fn: Callable | None = None, partitions: int | None = None) -> dict:
    """Extract new articles' claims; ``map_fn`` (e.g. a Dask client's map) runs the partitions elsewhere."""
    from crosscheck.extract.stage import extract_new

    with ctx.store() as store:
        return asdict(extract_new(store, run_id=ctx.run_id, workers=partitions or ctx.workers, map_fn=map_fn))


@recorded_stage
def resolve(ctx: RunContext) -> dict:
    from crosscheck.resolve.stage import resolve_claims

    with ctx.store() as store:
        return asdict(resolve_claims(store))


@recorded_stage
def match(ctx: RunContext) -> dict:
    from crosscheck.match import build_claim_evidence, detect_copies

    with ctx.store() as store:
        n_copies = detect_copies(store, run_id=ctx.run_id)
        n_evidence = build_claim_evidence(store)
    return {"n_new_copies": n_copies, "n_claims_matched": n_evidence}


@recorded_stage
def contradict(ctx: RunContext) -> dict:
    from crosscheck.contradict import flag_contradictions

    with ctx.store() as store:
        return asdict(flag_contradictions(store))


@recorded_stage
def score(ctx: RunContext) -> dict:
    from crosscheck.score import score as run_score

    with ctx.store() as store:
        summary = run_score(
            store,
            run_id=ctx.run_id,
            as_of=ctx.as_of,
            models_dir=Path(ctx.models_dir),
            fallback_models_dir=asset_dir("models"),
        )
    return asdict(summary)


@recorded_stage
def validate(ctx: RunContext) -> dict:
    from crosscheck.report.stage import validate_stored_run

    with ctx.store() as store:
        return validate_stored_run(store, run_id=ctx.run_id, docs_dir=Path(ctx.docs_dir), run_time=ctx.started_at)


def finish(ctx: RunContext, summary: dict) -> dict:
    """Complete the run row, close the working copy and publish it atomically."""
    dq_passed = bool(summary.get("validate", {}).get("dq_passed", False))
    if ctx.strict_dq and not dq_passed:
        raise DataQualityError(f"run {ctx.run_id} failed data-quality checks; nothing was published")
    with ctx.store() as store:
        publish.apply_views(store)
        n_claims = store.scalar("select count(*) from main.claims")
        store.execute(
            """
            update store.runs set finished_at = ?, status = 'succeeded', n_new_articles = ?, n_rejected = ?,
                n_claims = ?, n_new_claims = ?, dq_passed = ?, model_version = ?
            where run_id = ?
            """,
            [
                datetime.now(UTC),
                summary.get("ingest", {}).get("n_new", 0),
                summary.get("ingest", {}).get("n_rejected", 0),
                n_claims,
                summary.get("extract", {}).get("n_claims", 0),
                dq_passed,
                summary.get("score", {}).get("model_version"),
                ctx.run_id,
            ],
            step="runs.finish",
        )
        carry_over_analyst_labels(store, Path(ctx.published))
    publish.publish(Path(ctx.working), Path(ctx.published))
    _release(ctx.run_id)
    return {"published": ctx.published, "n_claims": n_claims, "dq_passed": dq_passed}


def carry_over_analyst_labels(store: Store, published: Path) -> int:
    """Copy labels analysts wrote into the published file while this run was building.

    The run works on a copy taken at its start; without this, those labels would vanish
    when the run publishes. Best effort: if an analyst holds the file read-write right
    now, the labels stay there and are carried by the next run (a warning is logged).
    """
    if not published.exists():
        return 0
    try:
        with store.attached(published, "published_db"):
            before = store.scalar("select count(*) from main.analyst_labels")
            store.execute(
                """
                insert into main.analyst_labels
                select * from published_db.main.analyst_labels
                except
                select * from main.analyst_labels
                """,
                step="publish.labels",
            )
            return store.scalar("select count(*) from main.analyst_labels") - before
    except StoreLockedError as exc:
        log.warning("analyst labels written during this run could not be read yet: %s", exc)
        return 0


def abort_run(run_id: str, ctx: RunContext | None) -> None:
    """Throw away an unfinished run's working copy and release its lock."""
    if ctx is not None:
        publish.discard(Path(ctx.working))
    _release(run_id)


def _release(run_id: str) -> None:
    lock = _LOCKS.pop(run_id, None)
    if lock is not None:
        lock.release()


class DataQualityError(RuntimeError):
    """Raised in strict mode when a run fails its expectations."""


STAGES = (
    ("ingest", ingest),
    ("extract", extract),
    ("resolve", resolve),
    ("match", match),
    ("contradict", contradict),
    ("score", score),
    ("validate", validate),
)


def run_all(db: str | Path = DEFAULT_DB, inputs: list[str] | None = None, **options) -> dict:
    """Run every stage in order without an orchestrator; return the run summary."""
    ctx = begin(db, inputs, **options)
    summary: dict = {"run_id": ctx.run_id}
    try:
        for name, stage in STAGES:
            summary[name] = stage(ctx)
            log.info("stage %s finished: %s", name, summary[name])
        summary["publish"] = finish(ctx, summary)
        log.info("stage publish finished: %s", summary["publish"])
    except BaseException:
        abort_run(ctx.run_id, ctx)
        raise
    return summary
