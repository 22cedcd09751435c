"""The data-quality suites, defined in code: what each frame of a run must satisfy.

This is the single source of the suites. ``write_suites`` serialises them to the
committed GX project under ``expectations/`` and a test keeps the two equal, so
change them here and regenerate.

Two rules need a value only known at run time or a narrower row set:
- ``published_at`` must lie between 1990-01-01 and run time + 1 day. Both bounds
  are GX suite parameters (``$PARAMETER``) filled in by ``run_parameters``; the
  committed JSON names the parameters, and the bounds themselves live here.
- "value is Russia, Ukraine or contested" applies only to ``controls`` claims, so
  it carries a GX row condition (``predicate == controls``) rather than being a
  second suite or a derived column.
``value_a != value_b`` for contradictions uses GX's
``ExpectSelectColumnValuesToBeUniqueWithinRecord`` on the two columns, which is
exactly "the values in one row differ" (GX has no pair not-equal expectation).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from types import MappingProxyType

import great_expectations as gx
from great_expectations.expectations.row_conditions import Column

from ._utc_expectation import ExpectColumnValuesToBeUtcTimestamps

E = gx.expectations

# suite name -> name of the frame (DuckDB table / fetched DataFrame) it validates
SUITE_FRAMES: Mapping[str, str] = MappingProxyType(
    {
        "articles": "articles",
        "claims": "claims",
        "scores": "claim_scores",
        "sources": "source_scores",
        "contradictions": "contradictions",
    }
)
SUITES: tuple[str, ...] = tuple(SUITE_FRAMES)

EARLIEST_PUBLICATION = datetime(1990, 1, 1, tzinfo=timezone.utc)
PUBLICATION_FUTURE_TOLERANCE = timedelta(days=1)

PREDICATES = ("controls", "encircled", "attacked", "losses")
CONTROL_VALUES = ("Russia", "Ukraine", "contested")
SOURCE_KINDS = ("speaker", "outlet")
GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_LEVELS = (1, 2, 3, 4, 5, 6)
CONTRADICTION_STATUSES = ("open", "resolved")
SHA256_HEX = r"^[0-9a-f]{64}$"
INTEGER_DTYPES = ("int16", "int32", "int64", "Int16", "Int32", "Int64")
BOOLEAN_DTYPES = ("bool", "boolean")
# ISO 639-1, the 183 two-letter codes in force
ISO_639_1 = tuple(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr
    cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn
    gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki
    kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
    mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt
    qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te
    tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
    zu
    """.split()
)

_PUBLISHED_MIN = "published_at_min"
_PUBLISHED_MAX = "published_at_max"
# fixed namespace so suite and expectation ids are stable across regenerations
_ID_NAMESPACE = uuid.UUID("6f1d3c52-2a8e-4b8e-9f55-0c3f1f6f7a10")


def run_parameters(run_time: datetime) -> dict[str, datetime]:
    """Values for the suites' ``$PARAMETER`` placeholders, for a run at ``run_time``."""
    return {
        _PUBLISHED_MIN: EARLIEST_PUBLICATION,
        _PUBLISHED_MAX: run_time + PUBLICATION_FUTURE_TOLERANCE,
    }


def _articles() -> list:
    return [
        E.ExpectColumnValuesToNotBeNull(column="article_id"),
        E.ExpectColumnValuesToBeUnique(column="article_id"),
        E.ExpectColumnValuesToNotBeNull(column="outlet"),
        E.ExpectColumnValuesToNotBeNull(column="published_at"),
        ExpectColumnValuesToBeUtcTimestamps(column="published_at"),
        E.ExpectColumnValuesToBeBetween(
            column="published_at",
            min_value={"$PARAMETER": _PUBLISHED_MIN},
            max_value={"$PARAMETER": _PUBLISHED_MAX},
        ),
        E.ExpectColumnValuesToNotBeNull(column="text_length"),
        E.ExpectColumnValuesToBeInTypeList(column="text_length", type_list=list(INTEGER_DTYPES)),
        E.ExpectColumnValuesToBeBetween(column="text_length", min_value=20, max_value=200_000),
        E.ExpectColumnValuesToBeInSet(column="language", value_set=list(ISO_639_1)),
        E.ExpectColumnValuesToNotBeNull(column="ingested_at"),
        ExpectColumnValuesToBeUtcTimestamps(column="ingested_at"),
        E.ExpectColumnValuesToNotBeNull(column="sha256"),
        E.ExpectColumnValuesToMatchRegex(column="sha256", regex=SHA256_HEX),
    ]


def _claims() -> list:
    controls = Column("predicate") == "controls"
    return [
        E.ExpectColumnValuesToNotBeNull(column="claim_id"),
        E.ExpectColumnValuesToBeUnique(column="claim_id"),
        E.ExpectColumnValuesToNotBeNull(column="article_id"),
        E.ExpectColumnValuesToNotBeNull(column="speaker"),
        E.ExpectColumnValuesToNotBeNull(column="place_as_written"),
        # resolution may miss unusual spellings, but most places must resolve
        E.ExpectColumnValuesToNotBeNull(column="place", mostly=0.5),
        E.ExpectColumnValuesToNotBeNull(column="predicate"),
        E.ExpectColumnValuesToBeInSet(column="predicate", value_set=list(PREDICATES)),
        E.ExpectColumnValuesToNotBeNull(column="value"),
        E.ExpectColumnValuesToBeInSet(
            column="value", value_set=list(CONTROL_VALUES), row_condition=controls
        ),
        E.ExpectColumnValuesToNotBeNull(column="hedged"),
        E.ExpectColumnValuesToBeInTypeList(column="hedged", type_list=list(BOOLEAN_DTYPES)),
        E.ExpectColumnValuesToNotBeNull(column="asserted_at"),
        E.ExpectColumnValuesToNotBeNull(column="sentence"),
        E.ExpectColumnValuesToBeBetween(column="char_start", min_value=0),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="char_end", column_B="char_start", or_equal=False
        ),
        E.ExpectColumnValuesToNotBeNull(column="span_matches"),
        E.ExpectColumnValuesToBeInSet(column="span_matches", value_set=[True]),
    ]


def _scores() -> list:
    return [
        E.ExpectColumnValuesToNotBeNull(column="claim_id"),
        E.ExpectColumnValuesToBeUnique(column="claim_id"),
        E.ExpectColumnValuesToNotBeNull(column="p_corroborated"),
        E.ExpectColumnValuesToBeBetween(column="p_corroborated", min_value=0, max_value=1),
        E.ExpectColumnValuesToNotBeNull(column="credibility"),
        E.ExpectColumnValuesToBeInSet(column="credibility", value_set=list(CREDIBILITY_LEVELS)),
        E.ExpectColumnValuesToBeBetween(column="n_independent_support", min_value=0),
        E.ExpectColumnValuesToBeBetween(column="n_independent_contradict", min_value=0),
        E.ExpectColumnValuesToNotBeNull(column="model_version"),
    ]


def _sources() -> list:
    return [
        E.ExpectColumnValuesToNotBeNull(column="source"),
        E.ExpectColumnValuesToNotBeNull(column="kind"),
        E.ExpectColumnValuesToBeInSet(column="kind", value_set=list(SOURCE_KINDS)),
        E.ExpectColumnValuesToNotBeNull(column="reliability"),
        E.ExpectColumnValuesToBeBetween(column="reliability", min_value=0, max_value=1),
        E.ExpectColumnValuesToNotBeNull(column="grade"),
        E.ExpectColumnValuesToBeInSet(column="grade", value_set=list(GRADES)),
        E.ExpectColumnValuesToBeBetween(column="n_claims", min_value=0),
        E.ExpectColumnValuesToBeBetween(column="n_supported", min_value=0),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="n_claims", column_B="n_supported", or_equal=True
        ),
    ]


def _contradictions() -> list:
    return [
        E.ExpectColumnValuesToNotBeNull(column="contradiction_id"),
        E.ExpectColumnValuesToBeUnique(column="contradiction_id"),
        E.ExpectColumnValuesToNotBeNull(column="status"),
        E.ExpectColumnValuesToBeInSet(column="status", value_set=list(CONTRADICTION_STATUSES)),
        E.ExpectSelectColumnValuesToBeUniqueWithinRecord(column_list=["value_a", "value_b"]),
        E.ExpectColumnValuesToNotBeNull(column="speaker_a"),
        E.ExpectColumnValuesToNotBeNull(column="speaker_b"),
    ]


_BUILDERS = {
    "articles": _articles,
    "claims": _claims,
    "scores": _scores,
    "sources": _sources,
    "contradictions": _contradictions,
}


def expectation_label(expectation_type: str, kwargs: Mapping[str, object]) -> str:
    """A readable name such as ``expect_column_values_to_not_be_null(article_id)``."""
    if kwargs.get("column") is not None:
        columns = [str(kwargs["column"])]
    elif kwargs.get("column_A") is not None:
        columns = [str(kwargs["column_A"]), str(kwargs["column_B"])]
    else:
        columns = [str(c) for c in kwargs.get("column_list") or ()]
    label = f"{expectation_type}({', '.join(columns)})"
    condition = kwargs.get("row_condition")
    if condition:
        label += f" where {condition_text(condition)}"
    return label


def label_of(expectation: object) -> str:
    """``expectation_label`` of a GX expectation object."""
    config = expectation.configuration
    return expectation_label(config.type, config.kwargs)


def condition_text(condition: object) -> str:
    """A row condition as ``column op 'value'`` (GX gives it as a dict or a Condition)."""
    if isinstance(condition, Mapping) and {"column", "operator", "parameter"} <= condition.keys():
        column = condition["column"]
        name = column.get("name") if isinstance(column, Mapping) else column
        return f"{name} {condition['operator']} {condition['parameter']!r}"
    return repr(condition)


def build_suites() -> list:
    """Fresh ``gx.ExpectationSuite`` objects, one per name in ``SUITES``, with stable ids.

    Fresh on every call because GX mutates suites it registers (binds them to a
    context and may reassign ids).
    """
    suites = []
    for name in SUITES:
        suite = gx.ExpectationSuite(
            name=name,
            expectations=_BUILDERS[name](),
            id=str(uuid.uuid5(_ID_NAMESPACE, f"suite/{name}")),
            meta={"validates_frame": SUITE_FRAMES[name]},
        )
        labels = [label_of(expectation) for expectation in suite.expectations]
        if len(set(labels)) != len(labels):
            raise ValueError(f"suite {name!r} has two expectations with one label")
        # GX refuses expectations that already carry an id, so ids go on after construction
        for expectation, label in zip(suite.expectations, labels):
            expectation.id = str(uuid.uuid5(_ID_NAMESPACE, f"{name}/{label}"))
        suites.append(suite)
    return suites


def suite_columns(suite: object) -> list[str]:
    """Every column a suite's expectations refer to, in first-mention order."""
    columns: dict[str, None] = {}
    for expectation in suite.expectations:
        kwargs = expectation.configuration.kwargs
        for key in ("column", "column_A", "column_B"):
            if kwargs.get(key) is not None:
                columns[str(kwargs[key])] = None
        for column in kwargs.get("column_list") or ():
            columns[str(column)] = None
    return list(columns)
