"""Combines one suite's GX results over row chunks of a frame into the result of the whole frame.

A frame too large to validate at once is cut into chunks by a hash of the suite's unique
column, so rows sharing a value land in the same chunk and "values are unique" holds for
the frame exactly when it holds in every chunk. Every other expectation in the suites is
row by row (null, set, range, regex, pair and type checks), so its outcome over the frame
follows from the chunks' counts: counts add up, percentages are recomputed from the sums,
and an expectation with ``mostly`` is judged again on the summed counts.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from typing import Any

_COUNTS = ("element_count", "missing_count", "unexpected_count")
_MAX_LISTED = 20


def unique_column(suite: Any) -> str | None:
    """The column a suite expects to be unique, by which its frame is chunked (None if none)."""
    for expectation in suite.expectations:
        config = expectation.configuration
        if config.type == "expect_column_values_to_be_unique":
            return str(config.kwargs["column"])
    return None


def merge_results(chunks: Sequence[Any]) -> Any:
    """One ``ExpectationSuiteValidationResult`` for the frame whose chunks gave ``chunks``."""
    if len(chunks) == 1:
        return chunks[0]
    merged = copy.deepcopy(chunks[0])
    by_expectation = [{_key(outcome): outcome for outcome in chunk.results} for chunk in chunks]
    for outcome in merged.results:
        parts = [found[_key(outcome)] for found in by_expectation if _key(outcome) in found]
        _merge_outcome(outcome, parts)
    n_success = sum(1 for outcome in merged.results if outcome.success)
    merged.success = n_success == len(merged.results)
    merged.statistics = {
        **(merged.statistics or {}),
        "evaluated_expectations": len(merged.results),
        "successful_expectations": n_success,
        "unsuccessful_expectations": len(merged.results) - n_success,
        "success_percent": 100.0 * n_success / len(merged.results) if merged.results else None,
    }
    return merged


def _key(outcome: Any) -> str:
    config = outcome.expectation_config
    return str(config.id or (config.type, sorted(config.kwargs.items(), key=str)))


def _merge_outcome(outcome: Any, parts: Sequence[Any]) -> None:
    failed = [part for part in parts if part.exception_info and _raised(part.exception_info)]
    if failed:  # one chunk it could not evaluate leaves the whole frame unjudged
        outcome.success = False
        outcome.exception_info = failed[0].exception_info
        return
    results = [part.result or {} for part in parts]
    if not all(all(name in result for name in ("element_count", "unexpected_count")) for result in results):
        # a column-level check (a dtype, say): the frame passes when every chunk does
        outcome.success = all(part.success for part in parts)
        failing = next((part for part in parts if not part.success), None)
        if failing is not None:
            outcome.result = failing.result
        return
    merged = dict(results[0])
    for name in _COUNTS:
        if all(name in result for result in results):
            merged[name] = sum(int(result[name] or 0) for result in results)
    elements = merged["element_count"]
    judged = elements - merged.get("missing_count", 0)
    unexpected = merged["unexpected_count"]
    if elements:
        merged["unexpected_percent_total"] = 100.0 * unexpected / elements
        if "missing_count" in merged:
            merged["missing_percent"] = 100.0 * merged["missing_count"] / elements
    share = unexpected / judged if judged else 0.0
    merged["unexpected_percent"] = 100.0 * share if judged else None
    merged["unexpected_percent_nonmissing"] = merged["unexpected_percent"]
    listed = [value for result in results for value in result.get("partial_unexpected_list") or []]
    merged["partial_unexpected_list"] = listed[:_MAX_LISTED]
    if "partial_unexpected_counts" in merged:
        counts = Counter(repr(value) for value in merged["partial_unexpected_list"])
        first_of = {repr(value): value for value in merged["partial_unexpected_list"]}
        merged["partial_unexpected_counts"] = [
            {"value": first_of[text], "count": count} for text, count in counts.most_common()
        ]
    merged.pop("partial_unexpected_index_list", None)
    outcome.result = merged
    mostly = outcome.expectation_config.kwargs.get("mostly")
    if mostly is not None and mostly < 1:
        outcome.success = (1.0 - share) >= mostly
    else:
        outcome.success = all(part.success for part in parts)


def _raised(exception_info: Any) -> bool:
    if isinstance(exception_info, dict):
        if "raised_exception" in exception_info:
            return bool(exception_info["raised_exception"])
        return any(_raised(_plain(value)) for value in exception_info.values())
    return False


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_json_dict", None)
    return to_dict() if callable(to_dict) else value
