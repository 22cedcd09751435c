"""Report stage: data-quality validation of each pipeline run with Great Expectations.

``validate_run`` checks the run's new rows (one pandas frame per table) against
the suites defined in code (``_suites``), writes GX Data Docs into the caller's
directory and returns one ``DQResult`` per expectation for the ``dq_results``
table. ``write_suites`` regenerates the committed GX project (``expectations/``)
from the same code. Importing this package imports GX (about 2-3 s).
"""

from __future__ import annotations

import os

# the pipeline has no network; this must be set before GX is first imported, and
# importing any submodule of this package runs this file first
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from ._artefacts import write_suites  # noqa: E402
from ._results import DQResult  # noqa: E402
from ._suites import SUITE_FRAMES, SUITES  # noqa: E402
from ._validate import validate_run  # noqa: E402

__all__ = ["DQResult", "SUITES", "SUITE_FRAMES", "validate_run", "write_suites"]
