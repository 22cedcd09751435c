"""The layering rules of the codebase, checked on the source text."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "crosscheck"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files():
    return sorted(p for p in PACKAGE.rglob("*.py") if "_bundled" not in p.parts)


def test_the_domain_package_never_imports_prefect():
    offenders = [str(p.relative_to(PACKAGE)) for p in python_files() if "prefect" in imported_modules(p)]
    assert offenders == []


def test_only_the_seam_imports_duckdb():
    offenders = [str(p.relative_to(PACKAGE)) for p in python_files() if "duckdb" in imported_modules(p)]
    assert offenders == ["db.py"]


def test_every_module_says_what_it_does():
    missing = [str(p.relative_to(PACKAGE)) for p in python_files() if not ast.get_docstring(ast.parse(p.read_text()))]
    assert missing == []
