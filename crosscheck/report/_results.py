"""Turns GX validation results into ``DQResult`` rows for the ``dq_results`` table.

``details`` is compact JSON meant for a human reading the table or a query
filtering it: the column(s), the expectation's own arguments, GX's observed
value and unexpected counts, a few unexpected values, and the exception message
when GX could not evaluate the expectation (a missing column, say).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from ._suites import condition_text, expectation_label

# GX fills these in itself; they say nothing about the rule
_NOISE_KWARGS = frozenset({"batch_id"})
_RESULT_KEYS = (
    "observed_value",
    "element_count",
    "missing_count",
    "unexpected_count",
    "unexpected_percent",
    "partial_unexpected_list",
)
_MAX_LISTED = 20


@dataclass(frozen=True, slots=True)
class DQResult:
    """One expectation's outcome in one run: a row of ``dq_results``."""

    run_id: str
    suite: str
    expectation: str
    success: bool
    details: str


def to_rows(
    run_id: str, suite: str, validation: Any, order: Mapping[str, int] | None = None
) -> list[DQResult]:
    """Rows for one suite's ``ExpectationSuiteValidationResult``.

    ``order`` maps labels to positions so rows follow the suite's own order
    (GX reports expectations that raised first); unknown labels go last.
    """
    rows = []
    for outcome in validation.results:
        config = outcome.expectation_config
        kwargs = dict(config.kwargs)
        rows.append(
            DQResult(
                run_id=run_id,
                suite=suite,
                expectation=expectation_label(config.type, kwargs),
                success=bool(outcome.success),
                details=_details(kwargs, outcome.result or {}, outcome.exception_info),
            )
        )
    if order:
        rows.sort(key=lambda row: order.get(row.expectation, len(order)))
    return rows


def _details(kwargs: Mapping[str, Any], result: Mapping[str, Any], exception_info: Any) -> str:
    rule = {k: v for k, v in kwargs.items() if k not in _NOISE_KWARGS}
    payload: dict[str, Any] = {}
    for key in ("column", "column_A", "column_B", "column_list"):
        if key in rule:
            payload[key] = rule.pop(key)
    if rule.get("row_condition"):
        rule["row_condition"] = condition_text(rule["row_condition"])
    payload["kwargs"] = rule
    payload.update({key: result[key] for key in _RESULT_KEYS if key in result})
    message = _exception_message(exception_info)
    if message:
        payload["exception"] = message
    return json.dumps(_plain(payload), separators=(",", ":"), sort_keys=True)


def _exception_message(exception_info: Any) -> str | None:
    """GX nests exception info per metric when an expectation could not be evaluated."""
    if not exception_info:
        return None
    if isinstance(exception_info, Mapping) and exception_info.get("raised_exception"):
        return str(exception_info.get("exception_message"))
    if isinstance(exception_info, Mapping):
        for nested in exception_info.values():
            message = _exception_message(_as_mapping(nested))
            if message:
                return message
    return None


def _as_mapping(value: Any) -> Any:
    to_dict = getattr(value, "to_json_dict", None)
    return to_dict() if callable(to_dict) else value


def _plain(value: Any) -> Any:
    """JSON-safe copy: NaN/NaT become null, times ISO strings, long lists cut short."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        plain = [_plain(v) for v in items[:_MAX_LISTED]]
        if len(items) > _MAX_LISTED:
            plain.append(f"... {len(items) - _MAX_LISTED} more")
        return plain
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (datetime, date, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, (str, int, bool)):
        return value
    to_dict = getattr(value, "to_json_dict", None)
    if callable(to_dict):
        return _plain(to_dict())
    return str(value)
