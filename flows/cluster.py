"""Dask for the nightly flow: the extract stage's partitions on the flow's Dask cluster.

With a prefect-dask DaskTaskRunner, each stage task runs on a cluster worker, and the
extract task sends its per-partition work (claims_for_rows, a pure function of article
rows) to every worker of the same cluster. The stages open the run's working DuckDB file,
so the workers must see the flow's file system: a LocalCluster (``crosscheck run --dask
local``), or workers sharing the disk. The partitions carry their rows with them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import cloudpickle
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext

from crosscheck import pipeline

# Tasks defined here are shipped to workers by value: a worker has crosscheck installed
# but not this folder, which lives beside the package rather than in it.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def on_dask() -> bool:
    """Whether the running flow's task runner is a prefect-dask DaskTaskRunner."""
    context = FlowRunContext.get()
    if context is None:
        return False
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:  # the optional extra is not installed, so no flow can be on Dask
        return False
    return isinstance(context.task_runner, DaskTaskRunner)


def dask_task_runner(address: str, workers: int = 2):
    """A DaskTaskRunner for ``address``: a scheduler's address, or 'local' for a temporary
    LocalCluster of ``workers`` single-threaded processes (extraction holds the GIL)."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise RuntimeError("Dask needs the optional extra: pip install 'crosscheck[dask]'") from exc
    if address == "local":
        return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return DaskTaskRunner(address=address)


def _lazy_map(client) -> Callable:
    def map_fn(fn: Callable, *iterables) -> Iterator:
        futures = client.map(fn, *iterables, pure=False)  # submitted now, gathered when written
        return (future.result() for future in futures)

    return map_fn


def extract_on_cluster(ctx: pipeline.RunContext) -> dict:
    """The extract stage with one partition per thread of the cluster."""
    from distributed import rejoin, secede
    from prefect_dask import get_dask_client

    with get_dask_client() as client:
        partitions = sum(client.nthreads().values())
        # this task only waits for partitions and writes their claims: its worker thread
        # goes back to the pool meanwhile, or a one-thread worker would sit out the stage
        secede()
        try:
            return pipeline.extract(ctx, map_fn=_lazy_map(client), partitions=partitions)
        finally:
            rejoin()


CLUSTER_TASKS = {"extract": task(extract_on_cluster, name="extract claims", cache_policy=NO_CACHE)}
