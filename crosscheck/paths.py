"""Locates the project's non-Python assets (sql/, models/, expectations/, flows/, data).

In a source checkout they sit at the repository's top level; in an installed wheel
they are bundled under ``crosscheck/_bundled`` (see pyproject's force-include).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = PACKAGE_DIR.parent
_BUNDLED = PACKAGE_DIR / "_bundled"


def asset_dir(name: str) -> Path:
    """Return the directory of a top-level asset folder such as ``sql`` or ``models``."""
    for base in (_REPO_ROOT, _BUNDLED):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"crosscheck asset folder {name!r} not found under {_REPO_ROOT} or {_BUNDLED}")


def sql_path(relative: str) -> Path:
    """Path of one file under sql/, e.g. ``sql_path('schema/store.sql')``."""
    path = asset_dir("sql") / relative
    if not path.is_file():
        raise FileNotFoundError(f"SQL file not found: {path}")
    return path


def sample_corpus_dir() -> Path:
    """The bundled sample corpus (synthetic articles plus the real seed article)."""
    return PACKAGE_DIR / "data" / "sample"
