"""The nightly crosscheck flow: each stage of crosscheck.pipeline as a Prefect task.

Tasks pass a RunContext (ids and paths), never data: every stage reads and writes the
run's working DuckDB file. Only ingest touches outside files, so only it retries; its
merge is idempotent, so a retry cannot double-load. Any failure discards the working
copy, leaving the published database as it was.
"""

from __future__ import annotations

from datetime import datetime

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from crosscheck import pipeline


@task(name="ingest", retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE)
def ingest(ctx: pipeline.RunContext) -> dict:
    return pipeline.ingest(ctx)


@task(name="extract claims", cache_policy=NO_CACHE)
def extract(ctx: pipeline.RunContext) -> dict:
    return pipeline.extract(ctx)


@task(name="resolve places and speakers", cache_policy=NO_CACHE)
def resolve(ctx: pipeline.RunContext) -> dict:
    return pipeline.resolve(ctx)


@task(name="match across sources", cache_policy=NO_CACHE)
def match(ctx: pipeline.RunContext) -> dict:
    return pipeline.match(ctx)


@task(name="flag contradictions", cache_policy=NO_CACHE)
def contradict(ctx: pipeline.RunContext) -> dict:
    return pipeline.contradict(ctx)


@task(name="score", cache_policy=NO_CACHE)
def score(ctx: pipeline.RunContext) -> dict:
    return pipeline.score(ctx)


@task(name="validate (Great Expectations)", cache_policy=NO_CACHE)
def validate(ctx: pipeline.RunContext) -> dict:
    return pipeline.validate(ctx)


@task(name="publish", cache_policy=NO_CACHE)
def publish(ctx: pipeline.RunContext, summary: dict) -> dict:
    return pipeline.finish(ctx, summary)


@flow(name="crosscheck-nightly")
def nightly(
    db: str = str(pipeline.DEFAULT_DB),
    inputs: list[str] | None = None,
    as_of: datetime | None = None,
    models_dir: str | None = None,
    workers: int = 1,
    strict_dq: bool = False,
    min_text_chars: int = 20,
    max_text_chars: int = 200_000,
) -> dict:
    """Ingest, extract, resolve, match, contradict, score, validate and publish one run."""
    ctx = pipeline.begin(
        db, inputs, as_of=as_of, models_dir=models_dir, workers=workers, strict_dq=strict_dq,
        min_text_chars=min_text_chars, max_text_chars=max_text_chars,
    )
    summary: dict = {"run_id": ctx.run_id}
    try:
        for name, stage_task in (
            ("ingest", ingest), ("extract", extract), ("resolve", resolve), ("match", match),
            ("contradict", contradict), ("score", score), ("validate", validate),
        ):
            summary[name] = stage_task(ctx)
        summary["publish"] = publish(ctx, summary)
    except BaseException:
        pipeline.abort_run(ctx.run_id, ctx)
        raise
    return summary


if __name__ == "__main__":
    nightly()
