"""The nightly crosscheck flow: each stage of crosscheck.pipeline as a Prefect task.

Tasks pass a RunContext (ids and paths), never data: every stage reads and writes the
run's working DuckDB file. Only ingest touches outside files, so only it retries; its
merge is idempotent, so a retry cannot double-load. Any failure discards the working
copy, leaving the published database as it was.

On a Dask cluster (a prefect-dask DaskTaskRunner: ``nightly_on_dask`` or ``crosscheck run
--dask``), the stage tasks are submitted to the cluster one after another and the extract
stage spreads its partitions over every worker (flows/cluster.py). Publishing always
happens here, in the flow's own process, which holds the run lock.
"""

from __future__ import annotations

from datetime import datetime

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from crosscheck import pipeline
from flows.cluster import CLUSTER_TASKS, dask_task_runner, on_dask

# Stage name -> its task; the task names are what the Prefect UI shows.
TASK_NAMES = {
    "ingest": "ingest", "extract": "extract claims", "resolve": "resolve places and speakers",
    "match": "match across sources", "contradict": "flag contradictions", "score": "score",
    "validate": "validate (Great Expectations)",
}
STAGE_TASKS = {
    name: task(
        stage,
        name=TASK_NAMES[name],
        cache_policy=NO_CACHE,
        **({"retries": 2, "retry_delay_seconds": [2, 10]} if name == "ingest" else {}),
    )
    for name, stage in pipeline.STAGES
}
publish = task(pipeline.finish, name="publish", cache_policy=NO_CACHE)


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
    cluster = on_dask()
    try:
        for name, stage_task in STAGE_TASKS.items():
            if cluster:
                summary[name] = CLUSTER_TASKS.get(name, stage_task).submit(ctx).result()
            else:
                summary[name] = stage_task(ctx)
        summary["publish"] = publish(ctx, summary)
    except BaseException:
        pipeline.abort_run(ctx.run_id, ctx)
        raise
    return summary


def nightly_on_dask(address: str, *, workers: int = 2, **parameters) -> dict:
    """Run the nightly flow on the Dask scheduler at ``address`` ('local': a temporary
    LocalCluster of ``workers`` processes)."""
    runner = dask_task_runner(address, workers)
    return nightly.with_options(task_runner=runner)(workers=workers, **parameters)


if __name__ == "__main__":
    nightly()
