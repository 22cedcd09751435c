"""Registers the crosscheck GX objects in a data context, and builds the run-time context.

One pandas data source ("crosscheck") holds a dataframe asset per frame; each
suite gets a validation definition over its frame's asset and a checkpoint of
the same name whose action updates Data Docs (how to run the committed project
by hand). ``register`` lays this out in any context, so the committed file
project (``write_suites``) and the ephemeral run-time context have the same shape.

The run-time context is ephemeral: suites and definitions live in memory, so a
run never touches the committed ``expectations/`` directory. Validation results
are the exception. GX's Data Docs index drops every page whose result is no
longer in the results store, so results are kept as JSON under
``<docs_dir>/validation_results/``; that is what lets pages from earlier runs
into the same ``docs_dir`` stay listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import great_expectations as gx
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from ._suites import SUITE_FRAMES, build_suites

DATASOURCE = "crosscheck"
DOCS_SITE = "crosscheck_dq"
RESULTS_SUBDIR = "validation_results"


@dataclass(frozen=True, slots=True)
class Registered:
    """What ``register`` added to a context, by suite name."""

    suites: dict[str, object]
    validation_definitions: dict[str, object]
    checkpoints: dict[str, object]


def register(context: object) -> Registered:
    """Add the data source, assets, suites, validation definitions and checkpoints."""
    datasource = context.data_sources.add_pandas(name=DATASOURCE)
    suites: dict[str, object] = {}
    definitions: dict[str, object] = {}
    checkpoints: dict[str, object] = {}
    for suite in build_suites():
        frame = SUITE_FRAMES[suite.name]
        asset = datasource.add_dataframe_asset(name=frame)
        batch = asset.add_batch_definition_whole_dataframe(name=frame)
        suites[suite.name] = context.suites.add(suite)
        definitions[suite.name] = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite.name, data=batch, suite=suites[suite.name])
        )
        checkpoints[suite.name] = context.checkpoints.add(
            gx.Checkpoint(
                name=suite.name,
                validation_definitions=[definitions[suite.name]],
                actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
                result_format="SUMMARY",
            )
        )
    return Registered(suites=suites, validation_definitions=definitions, checkpoints=checkpoints)


def run_context(docs_dir: Path) -> object:
    """An ephemeral context whose Data Docs site and results store live in ``docs_dir``."""
    defaults = InMemoryStoreBackendDefaults()
    defaults.stores[defaults.validation_results_store_name]["store_backend"] = {
        "class_name": "TupleFilesystemStoreBackend",
        "base_directory": str(docs_dir / RESULTS_SUBDIR),
    }
    config = DataContextConfig(
        store_backend_defaults=defaults,
        data_docs_sites={
            DOCS_SITE: {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            }
        },
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    return gx.get_context(project_config=config, mode="ephemeral")
