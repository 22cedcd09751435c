"""The ``crosscheck`` command line: run the nightly flow, serve it, evaluate, inspect.

The flow itself lives in ``flows/`` (the domain package never imports Prefect); the
commands that need it load it from there.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from crosscheck.db import StoreLockedError
from crosscheck.pipeline import DEFAULT_DB
from crosscheck.paths import asset_dir
from crosscheck.publish import RunInProgressError

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

app = typer.Typer(
    help="crosscheck: source-reliability scoring for conflict reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
evaluate_app = typer.Typer(
    help="Measure crosscheck: with no subcommand, print the newest model card's metrics.",
    invoke_without_command=True,
)
app.add_typer(evaluate_app, name="evaluate")
console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file to publish to.")]


def _flows_module(name: str):
    """Import flows/<name>.py (kept outside the package so crosscheck never imports Prefect)."""
    root = str(asset_dir("flows").parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    return importlib.import_module(f"flows.{name}")


@app.command()
def run(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, directories or globs; default: the sample corpus.")] = None,
    db: DbOption = DEFAULT_DB,
    as_of: Annotated[datetime | None, typer.Option(help="Judge claims as of this time (default: now).")] = None,
    workers: Annotated[int, typer.Option(help="Processes for claim extraction.")] = 1,
    min_text_chars: Annotated[int, typer.Option(help="Quarantine articles shorter than this.")] = 20,
    max_text_chars: Annotated[int, typer.Option(help="Quarantine articles longer than this.")] = 200_000,
    strict_dq: Annotated[bool, typer.Option(help="Do not publish a run that fails a data-quality check.")] = False,
    engine: Annotated[str, typer.Option(help="'prefect' (the nightly flow) or 'plain' (no orchestrator).")] = "prefect",
    dask: Annotated[str | None, typer.Option(
        help="Run the flow's tasks on Dask (prefect-dask): a scheduler address such as tcp://host:8786, "
             "or 'local' for a temporary cluster of --workers processes. Needs crosscheck[dask].")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
) -> None:
    """Run the nightly flow once over INPUTS and publish the DuckDB file.

    Example: crosscheck run --db data/crosscheck.duckdb feeds/*.xml articles.jsonl
    """
    from crosscheck import pipeline

    # crosscheck's own progress at INFO; libraries only when they warn (their INFO lines,
    # one per HTTP call to the Prefect API or per Great Expectations registration, buried it)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    for name in ("crosscheck", "prefect.flow_runs", "prefect.task_runs", "prefect"):
        logging.getLogger(name).setLevel(logging.INFO)
    options = {"as_of": as_of, "workers": workers, "strict_dq": strict_dq,
               "min_text_chars": min_text_chars, "max_text_chars": max_text_chars}
    if engine not in ("prefect", "plain"):
        raise typer.BadParameter("engine must be 'prefect' or 'plain'")
    if dask and engine != "prefect":
        raise typer.BadParameter("--dask runs the Prefect flow: it cannot be combined with --engine plain")
    if dask and importlib.util.find_spec("prefect_dask") is None:
        raise typer.BadParameter("--dask needs the optional extra: pip install -e '.[dask]'")
    try:
        if dask:
            summary = _flows_module("nightly").nightly_on_dask(dask, db=str(db), inputs=inputs, **options)
        elif engine == "prefect":
            summary = _flows_module("nightly").nightly(db=str(db), inputs=inputs, **options)
        else:
            summary = pipeline.run_all(db, inputs, **options)
    except (FileNotFoundError, RunInProgressError, StoreLockedError, pipeline.DataQualityError) as exc:
        # expected failures get one clear line; the published database is untouched
        console.print(f"[red]crosscheck run failed:[/red] {exc}")
        console.print(f"nothing was published; {db} is as it was")
        raise typer.Exit(1) from None
    if json_out:
        console.print_json(json.dumps(summary, default=str))
    else:
        _print_summary(summary)


def _print_summary(summary: dict) -> None:
    ingest, extract, contradict, score, validate = (
        summary.get(k, {}) for k in ("ingest", "extract", "contradict", "score", "validate")
    )
    table = Table(title=f"crosscheck run {summary.get('run_id')}", show_header=False)
    table.add_row("records read", str(ingest.get("n_read", 0)))
    table.add_row("new articles", str(ingest.get("n_new", 0)))
    table.add_row("duplicates skipped", str(ingest.get("n_duplicate", 0)))
    rejected = ingest.get("n_rejected", 0)
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(ingest.get("reasons", {}).items()))
    table.add_row("rejected (see view 'rejected')", f"{rejected}" + (f" ({reasons})" if reasons else ""))
    table.add_row("new claims", str(extract.get("n_claims", 0)))
    table.add_row("claims in database", str(summary.get("publish", {}).get("n_claims", "")))
    table.add_row("contradictions", f"{contradict.get('n_contradictions', 0)} "
                  f"({contradict.get('n_open', 0)} open, {contradict.get('n_resolved', 0)} resolved)")
    decision = score.get("model_decision") or ("trained" if score.get("trained") else "")
    table.add_row("model", f"{score.get('model_version', '')}" + (f" ({decision})" if decision else ""))
    if score.get("model_reason"):
        table.add_row("why", str(score["model_reason"]))
    table.add_row("data quality", ("passed" if validate.get("dq_passed") else f"FAILED {validate.get('failed')}")
                  + f" - {validate.get('docs', '')}")
    table.add_row("published", str(summary.get("publish", {}).get("published", "")))
    console.print(table)


@app.command()
def serve(
    inputs: Annotated[list[str] | None, typer.Argument(help="Inputs each scheduled run reads.")] = None,
    db: DbOption = DEFAULT_DB,
    cron: Annotated[str, typer.Option(help="Schedule (cron, UTC).")] = "0 2 * * *",
) -> None:
    """Serve the nightly deployment on its cron schedule (02:00 UTC by default).

    Needs a Prefect API (PREFECT_API_URL, or `prefect server start` in another shell).
    """
    _flows_module("deployments").serve(str(db), inputs, cron=cron)


@evaluate_app.command("extraction")
def evaluate_extraction_command(
    path: Annotated[Path | None, typer.Argument(help="Labelled JSONL (default: the held-out evaluation set).")] = None,
    verbose: Annotated[bool, typer.Option(help="List false positives and negatives.")] = False,
) -> None:
    """Precision and recall of control claims on a labelled sentence set."""
    from crosscheck.extract import evaluate_extraction

    from crosscheck.extract._evaluate import LabelledDataError

    default = Path(__file__).resolve().parent.parent / "tests" / "eval_data" / "extraction_eval.jsonl"
    try:
        report = evaluate_extraction(path or default)
    except (OSError, LabelledDataError) as exc:
        console.print(f"[red]crosscheck evaluate extraction failed:[/red] {exc}")
        raise typer.Exit(1) from None
    console.print(report.table(verbose=verbose), markup=False, highlight=False)


@evaluate_app.callback()
def evaluate_default(ctx: typer.Context) -> None:
    """Print the newest model card's metrics when no subcommand is given."""
    if ctx.invoked_subcommand is None:
        evaluate_model(None, DEFAULT_DB)


@evaluate_app.command("model")
def evaluate_model(
    models_dir: Annotated[Path | None, typer.Option(
        help="Folder of model artefacts (default: the newest of the run's, next to --db, and the shipped models/).")] = None,
    db: Annotated[Path, typer.Option(help="The run's DuckDB file; its models sit beside it.")] = DEFAULT_DB,
) -> None:
    """Print the newest model card's metrics against both baselines."""
    from crosscheck.score.artifacts import latest_artefact, load_artefact
    from crosscheck.score.bootstrap import difference_text, resampling_text
    from crosscheck.score.classifier import opposition_methods

    # a run trains into models/ beside its database; the shipped model is the fallback
    # when a run has too few labels, so the newest of the two is the one in use
    searched = [models_dir] if models_dir else [db.parent / "models", asset_dir("models")]
    found = [folder for folder in map(latest_artefact, searched) if folder is not None]
    if not found:
        console.print(f"no model artefact found in {', '.join(map(str, searched))}")
        raise typer.Exit(1)
    folder = max(found, key=lambda path: path.name)
    _, manifest = load_artefact(folder)
    table = Table(title=f"model {manifest['model_version']} ({manifest['n_test']} held-out later claims)")
    for column in ("method", "ROC-AUC", "Brier"):
        table.add_column(column)
    for name, metrics in manifest.get("metrics", {}).items():
        table.add_row(name, f"{metrics.get('roc_auc', float('nan')):.3f}", f"{metrics.get('brier', float('nan')):.3f}")
    console.print(table)
    intervals = {name: m["paired_bootstrap"] for name, m in manifest.get("metrics", {}).items()
                 if "paired_bootstrap" in m}
    if intervals:
        leads = Table(title="model minus baseline: difference [95% interval], share of resamples the model is worse")
        for column in ("baseline", "ROC-AUC", "Brier"):
            leads.add_column(column)
        for name, differences in intervals.items():
            leads.add_row(name, difference_text(differences.get("roc_auc")), difference_text(differences.get("brier")))
        console.print(leads)
        console.print(resampling_text(next(iter(intervals.values()))), soft_wrap=True, highlight=False)
    by_opposition = manifest.get("metrics_by_opposition") or {}
    if by_opposition:
        # methods down the side, groups across: the numbers stay on one line in 80 columns
        split = Table(title="within held-out claims some source had contradicted by their time, and the rest")
        split.add_column("method")
        for group in by_opposition:
            split.add_column(f"{group} ROC-AUC")
            split.add_column("Brier")
        methods = opposition_methods(by_opposition)
        for name in methods:
            split.add_row(name, *(f"{m[name][metric]:.3f}" for m in by_opposition.values()
                                  for metric in ("roc_auc", "brier")))
        console.print(split)
        console.print("; ".join(f"{group}: {m['claims']:,} claims, {m['corroborated_share']:.0%} corroborated"
                                for group, m in by_opposition.items()), soft_wrap=True, highlight=False)
    # unwrapped, so the path can be copied whole however narrow the terminal (a caption wraps to the table)
    console.print(f"artefact: {folder}", soft_wrap=True, highlight=False)


@app.command()
def truth(
    claims: Annotated[Path, typer.Argument(help="CSV (or .csv.gz) with header source,object,attribute,value,time.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for truths.csv, sources.csv and copies.csv.")],
    fuzzy: Annotated[bool, typer.Option(help="Group near-identical string values (rapidfuzz).")] = False,
) -> None:
    """Truth discovery on already-structured claims, with copier detection.

    Example: crosscheck truth books.csv.gz --out results/ --fuzzy
    """
    from crosscheck.truth_command import truth_main

    summary = truth_main(claims, out, fuzzy=fuzzy)
    table = Table(title=f"crosscheck truth {claims}", show_header=False)
    for key, value in summary.items():
        table.add_row(str(key), str(value))
    console.print(table)


@app.command()
def contract(
    write: Annotated[bool, typer.Option(help="Regenerate the contract section of README.md in place.")] = False,
    readme: Annotated[Path, typer.Option(help="README to update with --write.")] = Path("README.md"),
) -> None:
    """Print the analyst contract (views and columns) as Markdown, or update README.md."""
    from crosscheck.contract import render_markdown, replace_in

    if write:
        readme.write_text(replace_in(readme.read_text(encoding="utf-8")), encoding="utf-8")
        console.print(f"updated {readme}")
    else:
        print(render_markdown())


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover - python -m crosscheck.cli
    main()
