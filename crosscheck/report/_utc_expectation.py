"""A GX expectation that column values are timezone-aware timestamps in UTC.

GX 1.24's type expectations compare pandas dtypes against dtype objects built
from strings, and ``"datetime64[us, UTC]"`` never becomes one, so a
``DatetimeTZDtype`` column cannot be type-checked with them. This expectation
asks the question directly. Importing the module registers both the metric and
the expectation with GX, which is also what lets a file context load a suite
that uses it.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

import pandas as pd
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    column_condition_partial,
)
from great_expectations.render import (
    LegacyRendererType,
    RenderedStringTemplateContent,
)
from great_expectations.render.renderer.renderer import renderer

_METRIC = "column_values.utc_timestamp"


def _is_utc(moment: object) -> bool:
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        return False
    # a zone is UTC when it calls itself so: Europe/London in winter has offset 0 but says GMT
    return moment.utcoffset() == pd.Timedelta(0) and moment.tzname() == "UTC"


class ColumnValuesUtcTimestamp(ColumnMapMetricProvider):
    """Per-row truth of "this value is a UTC timestamp" for pandas columns."""

    condition_metric_name = _METRIC

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs: object) -> pd.Series:
        if isinstance(column.dtype, pd.DatetimeTZDtype):
            # one zone for the whole column: probe it once instead of per row
            verdict = _is_utc(pd.Timestamp("2000-01-01", tz=column.dtype.tz))
            return pd.Series(verdict, index=column.index, dtype=bool)
        return column.map(_is_utc).astype(bool)


class ExpectColumnValuesToBeUtcTimestamps(ColumnMapExpectation):
    """Expect every non-null value to be a timezone-aware timestamp whose zone is UTC."""

    map_metric: ClassVar[str] = _METRIC
    success_keys: ClassVar[tuple[str, ...]] = ("mostly",)
    args_keys: ClassVar[tuple[str, ...]] = ("column",)
    library_metadata: ClassVar[dict] = {"tags": ["crosscheck"], "contributors": []}

    @classmethod
    @renderer(renderer_type=LegacyRendererType.PRESCRIPTIVE)
    def _prescriptive_renderer(
        cls, configuration: object = None, result: object = None, **kwargs: object
    ) -> list[RenderedStringTemplateContent]:
        # without this, Data Docs shows the raw kwargs dict for the expectation
        config_kwargs = dict(getattr(configuration, "kwargs", None) or {})
        template = "$column values must be timezone-aware timestamps in UTC."
        runtime = kwargs.get("runtime_configuration") or {}
        if isinstance(runtime, dict) and runtime.get("include_column_name") is False:
            template = template.removeprefix("$column ")
        if (config_kwargs.get("mostly") or 1) < 1:
            config_kwargs["mostly_pct"] = f"{config_kwargs['mostly'] * 100:g}"
            template = template[:-1] + ", at least $mostly_pct % of the time."
        return [
            RenderedStringTemplateContent(
                content_block_type="string_template",
                string_template={"template": template, "params": config_kwargs},
            )
        ]
