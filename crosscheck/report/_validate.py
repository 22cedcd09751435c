"""Validates one pipeline run's frames with GX and writes the run's Data Docs.

One ephemeral GX context per call serves all suites. Each suite's validation
definition runs on its frame with the run's suite parameters; the Data Docs site
in ``docs_dir`` is then rebuilt once for the run's pages. The checkpoints are
not used here because their Data Docs action rebuilds the index once per suite,
and the index build reads every earlier result in ``docs_dir``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path

import great_expectations as gx
import pandas as pd
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from ._project import DOCS_SITE, register, run_context
from ._merge import merge_results
from ._results import DQResult, to_rows
from ._suites import SUITE_FRAMES, SUITES, label_of, run_parameters, suite_columns

_log = logging.getLogger(__name__)


def validate_run(
    frames: Mapping[str, pd.DataFrame | Iterable[pd.DataFrame]],
    *,
    run_id: str,
    docs_dir: Path,
    run_time: datetime | None = None,
) -> list[DQResult]:
    """Validate every suite's frame for ``run_id``; write Data Docs to ``docs_dir``.

    ``frames`` is keyed by frame name (see ``SUITE_FRAMES``); a value is one frame,
    or an iterable of chunks of a frame too large to hold at once, cut by a hash of
    the suite's unique column (see ``_merge``). A missing or empty frame is
    validated as an empty table, so it passes and still yields one row per
    expectation. ``run_time`` (tz-aware; default now, UTC) sets
    the latest acceptable ``published_at`` and stamps the Data Docs pages.
    """
    moment = datetime.now(timezone.utc) if run_time is None else run_time
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("run_time must be timezone-aware")
    moment = moment.astimezone(timezone.utc)
    docs_dir = Path(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)

    context = run_context(docs_dir)
    registered = register(context)
    gx_run_id = gx.RunIdentifier(run_name=_gx_run_name(run_id), run_time=moment)
    parameters = run_parameters(moment)
    rows: list[DQResult] = []
    rendered: list[object] = []
    for suite_name in SUITES:
        suite = registered.suites[suite_name]
        columns = suite_columns(suite)
        key = ExpectationSuiteIdentifier(name=suite_name)
        chunk_results = [
            registered.validation_definitions[suite_name].run(
                batch_parameters={"dataframe": _frame_to_validate(frame, columns)},
                expectation_parameters=parameters,
                result_format="SUMMARY",
                run_id=gx_run_id,
            )
            for frame in _chunks(frames.get(SUITE_FRAMES[suite_name]))
        ]
        validation = merge_results(chunk_results)
        result_key = ValidationResultIdentifier(
            expectation_suite_identifier=key, run_id=gx_run_id, batch_identifier=validation.batch_id
        )
        if len(chunk_results) > 1:
            # every chunk's run stored its own result under this one key; the page must show the whole frame
            context.validation_results_store.store_validation_results(validation, result_key, key)
        order = {label_of(e): i for i, e in enumerate(suite.expectations)}
        rows.extend(to_rows(run_id, suite_name, validation, order))
        rendered += [key, result_key]
        _log.info("dq suite %s in %d chunk(s): success=%s", suite_name, len(chunk_results), validation.success)
    # once per run, not per suite: each build re-reads every stored result for the index
    context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=rendered)
    return rows


def _chunks(frames: pd.DataFrame | Iterable[pd.DataFrame] | None) -> Iterator[pd.DataFrame | None]:
    """A frame, or None, as one chunk; an iterable of chunk frames as given (at least one)."""
    if frames is None or isinstance(frames, pd.DataFrame):
        yield frames
        return
    chunks = iter(frames)
    yield next(chunks, None)
    yield from chunks


def _frame_to_validate(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    """The frame as given, or for no rows an empty frame that has every checked column.

    Only an empty frame gets columns added: a populated frame that lacks a column
    should fail the expectations on it, not pass on an invented empty column.
    """
    if frame is not None and len(frame) > 0:
        return frame
    base = pd.DataFrame() if frame is None else frame
    missing = [column for column in columns if column not in base.columns]
    filler = pd.DataFrame({column: pd.Series([], dtype=object) for column in missing})
    return pd.concat([base.reset_index(drop=True), filler], axis=1)


def _gx_run_name(run_id: str) -> str:
    # GX turns the run name into a directory name under docs_dir
    return re.sub(r"[^A-Za-z0-9_.:-]+", "_", run_id) or "run"
