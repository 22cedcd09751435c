"""Publish stage: build each run in a private copy, then swap it in with one atomic rename.

DuckDB lets one process open a file read-write, and a reader in another process blocks a
writer. So a run never opens the published file for writing: it copies it to a working
file beside it, builds there, checkpoints, and ``os.replace``-s the working file over the
published one. Readers that already have the old file open keep reading it (the inode
lives until they close it); new readers see the new run, complete. A crash at any point
leaves the published file as it was; the next run deletes the dead working copy.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

from crosscheck.db import Store
from crosscheck.paths import asset_dir

WORKING_PREFIX = "."
WORKING_INFIX = ".building-"


class RunInProgressError(RuntimeError):
    """Another crosscheck run holds this database's run lock."""


class RunLock:
    """An exclusive, crash-safe (flock) lock on ``<db>.lock`` for the length of a run."""

    def __init__(self, published: Path):
        self.path = published.with_name(published.name + ".lock")
        self._handle = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.close()
            raise RunInProgressError(f"another crosscheck run is building {self.path.with_suffix('')}") from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def working_path(published: Path, run_id: str) -> Path:
    return published.with_name(f"{WORKING_PREFIX}{published.name}{WORKING_INFIX}{run_id}")


def remove_stale_working_copies(published: Path) -> list[Path]:
    """Delete working copies left by crashed runs (call only while holding the run lock)."""
    removed = []
    for path in published.parent.glob(f"{WORKING_PREFIX}{published.name}{WORKING_INFIX}*"):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def prepare_working_copy(published: Path, run_id: str) -> Path:
    """Copy the published database (if any) to this run's working file and return its path."""
    published.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_working_copies(published)
    working = working_path(published, run_id)
    if published.exists():
        shutil.copyfile(published, working)
    return working


def apply_schema(store: Store) -> None:
    store.execute_file("schema/store.sql")


def apply_views(store: Store) -> None:
    """Create or replace every analyst view (sql/views/*.sql, in name order)."""
    for path in sorted((asset_dir("sql") / "views").glob("*.sql")):
        store.execute_file(f"views/{path.name}")


def publish(working: Path, published: Path) -> None:
    """Atomically replace the published database with the finished working copy."""
    with working.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(working, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard(working: Path) -> None:
    working.unlink(missing_ok=True)
    working.with_name(working.name + ".wal").unlink(missing_ok=True)
