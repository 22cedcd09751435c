"""Serve the nightly flow on its schedule (the serverless path: ``crosscheck serve``).

The same deployment is declared for ``prefect deploy`` in flows/prefect.yaml; keep the two
in step (tests/test_flows.py checks they agree).
"""

from __future__ import annotations

NIGHTLY_DEPLOYMENT = "crosscheck-nightly"
NIGHTLY_CRON = "0 2 * * *"  # 02:00 UTC every day
NIGHTLY_TIMEZONE = "UTC"


def build_deployment(db: str, inputs: list[str] | None, cron: str = NIGHTLY_CRON):
    """The nightly deployment (a RunnerDeployment) with its cron schedule and parameters."""
    from prefect.schedules import Cron

    from flows.nightly import nightly

    return nightly.to_deployment(
        name=NIGHTLY_DEPLOYMENT,
        schedules=[Cron(cron, timezone=NIGHTLY_TIMEZONE)],
        parameters={"db": db, "inputs": inputs},
        description="Nightly crosscheck run: ingest, extract, resolve, match, contradict, score, validate, publish.",
    )


def serve(db: str, inputs: list[str] | None, cron: str = NIGHTLY_CRON) -> None:
    """Serve the deployment until interrupted; runs fire on the schedule."""
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(db, inputs, cron))
