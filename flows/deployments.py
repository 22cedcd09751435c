"""Serve the nightly flow on its schedule (the serverless path: ``crosscheck serve``).

The same deployment is declared for ``prefect deploy`` in flows/prefect.yaml; keep the two
in step (tests/test_flows.py checks they agree).
"""

from __future__ import annotations

NIGHTLY_DEPLOYMENT = "crosscheck-nightly"
NIGHTLY_CRON = "0 2 * * *"  # 02:00 UTC every day
NIGHTLY_TIMEZONE = "UTC"


def serve(db: str, inputs: list[str] | None, cron: str = NIGHTLY_CRON) -> None:
    from prefect.schedules import Cron

    from flows.nightly import nightly

    nightly.serve(
        name=NIGHTLY_DEPLOYMENT,
        schedules=[Cron(cron, timezone=NIGHTLY_TIMEZONE)],
        parameters={"db": db, "inputs": inputs},
    )
