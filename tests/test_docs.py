"""The docs are checked against the code: views, columns and commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from crosscheck.cli import app
from crosscheck.contract import load_contract, render_markdown
from crosscheck.db import Store

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_contract_section_is_current():
    # regenerate with: crosscheck contract --write
    assert render_markdown() in README


@pytest.mark.parametrize("view", list(load_contract()))
def test_every_documented_view_has_exactly_its_documented_columns(sample_db, view):
    db, _ = sample_db
    with Store(db, read_only=True) as store:
        assert store.columns(view) == list(load_contract()[view]["columns"])


def test_every_view_in_the_database_is_documented(sample_db):
    db, _ = sample_db
    with Store(db, read_only=True) as store:
        views = {r[0] for r in store.fetchall(
            "select view_name from duckdb_views() where schema_name = 'main' and not internal")}
        tables = {r[0] for r in store.fetchall(
            "select table_name from duckdb_tables() where schema_name = 'main'")}
    assert views | tables == set(load_contract())


def command_names(group, prefix=""):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from command_names(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


@pytest.mark.parametrize("name", [name for name, _ in command_names(get_command(app))])
def test_every_command_is_documented_and_has_help(name):
    command = dict(command_names(get_command(app)))[name]
    assert command.help, f"crosscheck {name} has no help text"
    assert f"`crosscheck {name}" in README, f"crosscheck {name} is missing from README.md"


def test_the_readme_holds_exactly_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0].strip() for b in setup.split("```bash\n")[1:]]
    commands = [b for b in blocks if "pip install" in b]
    assert len(commands) == 2
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert commands[1] in ci


def test_a_missing_input_is_one_clear_error_and_publishes_nothing(tmp_path):
    from typer.testing import CliRunner

    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["run", "--engine", "plain", "--db", str(db), str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert "input path does not exist" in result.output and "nothing was published" in result.output
    assert not db.exists()


def test_evaluate_shows_the_model_the_last_run_trained(tmp_path):
    import shutil

    from typer.testing import CliRunner

    from crosscheck.paths import asset_dir
    from crosscheck.score.artifacts import latest_artefact

    shipped = latest_artefact(asset_dir("models"))
    trained = tmp_path / "data" / "models" / "29991231T000000Z-run"
    shutil.copytree(shipped, trained)
    db = tmp_path / "data" / "crosscheck.duckdb"
    result = CliRunner().invoke(app, ["evaluate", "model", "--db", str(db)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "29991231T000000Z-run" in result.output and "majority_vote" in result.output
    # without a run's models beside the database, the shipped model is the one in use
    result = CliRunner().invoke(app, ["evaluate", "model", "--db", str(tmp_path / "other.duckdb")], terminal_width=200)
    assert shipped.name in result.output
