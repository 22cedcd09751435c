"""The one seam between crosscheck and DuckDB: connect, execute, load rows, read back.

Nothing else in the package imports duckdb. Stages hand this module SQL text (usually
read from the layered files under ``sql/``) and plain Python rows; they get back rows,
DataFrames or row batches. Errors are re-raised as :class:`StoreError` naming the step and
the SQL, so a failure in a 200-line statement says where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crosscheck.paths import sql_path

# DuckDB's default is all of the machine's memory; the product must stay within 4 GiB
# at a million articles, so the store caps itself and spills to disk beyond that.
DEFAULT_MEMORY_LIMIT = "2GB"
DEFAULT_THREADS = 2


class StoreError(RuntimeError):
    """A SQL step failed; carries the step name and the SQL text."""

    def __init__(self, step: str, sql: str, cause: Exception):
        super().__init__(f"step {step!r} failed: {cause}\n--- SQL ---\n{sql.strip()[:4000]}")
        self.step = step
        self.sql = sql
        self.cause = cause


class StoreLockedError(RuntimeError):
    """The database file is held by another writer process."""


def split_statements(sql: str) -> list[str]:
    """Split a .sql file into statements on semicolons at line ends, dropping empty ones.

    The SQL files keep one statement per terminated block, so a line-end semicolon is a
    reliable separator; string literals in them never end a line with ';'. Whole-line
    comments go first, so a comment's own line-end semicolon ends no statement.
    """
    code = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    parts = re.split(r";[ \t]*(?:--[^\n]*)?\n", code + "\n")
    return [part.strip() for part in parts if part.strip()]


def fill_placeholders(sql: str, params: dict) -> str:
    """Replace ``{name}`` for the names in ``params`` only; other braces (regex classes
    such as ``\\p{L}``) are left alone."""
    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), sql)


class Store:
    """A DuckDB database file (or ``:memory:``) used by one run or one reader."""

    def __init__(
        self,
        path: str | Path = ":memory:",
        *,
        read_only: bool = False,
        memory_limit: str = DEFAULT_MEMORY_LIMIT,
        threads: int = DEFAULT_THREADS,
    ):
        self.path = str(path)
        self.read_only = read_only
        # every query that needs an order says so; without the global guarantee DuckDB
        # can insert in parallel
        config = {"memory_limit": memory_limit, "threads": threads, "preserve_insertion_order": False}
        try:
            self._con = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(f"{self.path} is locked by another process: {exc}") from exc
            raise
        # timestamps are stored and compared in UTC whatever the host's zone
        self._con.execute("set TimeZone = 'UTC'")

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint (so no WAL file is left beside the database) and close."""
        if self._con is None:
            return
        if not self.read_only:
            self._con.execute("checkpoint")
        self._con.close()
        self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- statements ----------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict | None = None, *, step: str = "sql") -> None:
        """Run one statement (or several separated by ';' with no parameters)."""
        try:
            if params is None:
                self._con.execute(sql)
            else:
                self._con.execute(sql, params)
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc

    def execute_script(self, sql: str, *, step: str) -> None:
        """Run every statement of a multi-statement script in order."""
        for statement in split_statements(sql):
            self.execute(statement, step=step)

    def execute_file(self, relative: str, *, params: dict | None = None) -> None:
        """Run a file from ``sql/``; ``{name}`` placeholders are filled from ``params``.

        Placeholders only ever receive numbers and identifiers chosen by the code
        (thresholds, window sizes), never user text, which goes through bound parameters.
        """
        text = sql_path(relative).read_text(encoding="utf-8")
        if params:
            text = fill_placeholders(text, params)
        self.execute_script(text, step=relative)

    def fetchall(self, sql: str, params: Sequence[Any] | dict | None = None, *, step: str = "query") -> list[tuple]:
        try:
            return self._con.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc

    def fetchone(self, sql: str, params: Sequence[Any] | dict | None = None, *, step: str = "query") -> tuple | None:
        rows = self.fetchall(sql, params, step=step)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] | dict | None = None, *, step: str = "query") -> Any:
        row = self.fetchone(sql, params, step=step)
        return None if row is None else row[0]

    def fetch_df(self, sql: str, params: Sequence[Any] | dict | None = None, *, step: str = "query") -> pd.DataFrame:
        try:
            return self._con.execute(sql, params or []).df()
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc

    def iter_batches(
        self, sql: str, params: Sequence[Any] | None = None, *, batch_size: int = 2000, step: str = "query"
    ) -> Iterator[tuple[list[str], list[tuple]]]:
        """Stream a query's result in row batches: yields (column names, rows).

        Reads through a separate cursor so the caller may write between batches; a
        cursor does not see this connection's temp tables, so query persistent ones.
        """
        try:
            cursor = self._con.cursor()
            result = cursor.execute(sql, params or [])
            columns = [d[0] for d in result.description]
            while True:
                rows = result.fetchmany(batch_size)
                if not rows:
                    break
                yield columns, rows
            cursor.close()
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc

    def iter_frames(
        self, sql: str, params: Sequence[Any] | None = None, *, batch_rows: int = 100_000, step: str = "query"
    ) -> Iterator[pd.DataFrame]:
        """Stream a query's result as DataFrames of at most about ``batch_rows`` rows.

        For results too large to hold as one frame. Like ``iter_batches`` it reads through
        a separate cursor (the caller may write between frames; temp tables are not visible).
        """
        # DuckDB hands results over in vectors of 2,048 rows
        vectors = max(1, batch_rows // 2048)
        try:
            cursor = self._con.cursor()
            result = cursor.execute(sql, params or [])
            while True:
                frame = result.fetch_df_chunk(vectors)
                if frame is None or len(frame) == 0:
                    break
                yield frame
            cursor.close()
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc

    # -- loading -------------------------------------------------------------------
    def append_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, step: str) -> int:
        """Insert a batch of rows into ``table`` (columns by name); returns the row count.

        The batch goes through a DataFrame scan, which is orders of magnitude faster in
        DuckDB than executemany for thousands of rows.
        """
        rows = list(rows)
        if not rows:
            return 0
        # column-wise construction is several times faster than from_records for wide text rows
        frame = pd.DataFrame({name: values for name, values in zip(columns, zip(*rows))}, columns=list(columns))
        return self.append_frame(table, frame, step=step)

    @contextmanager
    def attached(self, path: str | Path, alias: str) -> Iterator[None]:
        """ATTACH another database file read-only as ``alias`` for the block.

        Raises StoreLockedError when another process holds it read-write.
        """
        try:
            self._con.execute(f"attach '{path}' as {alias} (read_only)")
        except duckdb.IOException as exc:
            raise StoreLockedError(f"{path} is locked by another process: {exc}") from exc
        try:
            yield
        finally:
            self._con.execute(f"detach {alias}")

    @contextmanager
    def registered(self, name: str, frame: pd.DataFrame) -> Iterator[None]:
        """Expose ``frame`` to SQL as the view ``name`` for the length of the block.

        Cheaper than copying it into a temp table when SQL reads it once or twice.
        """
        self._con.register(name, frame)
        try:
            yield
        finally:
            self._con.unregister(name)

    def temp_table_from_frame(self, name: str, columns_sql: str, frame: pd.DataFrame, *, step: str) -> None:
        """(Re)create temp table ``name`` with ``columns_sql`` and fill it from ``frame``."""
        self.execute(f"create or replace temp table {name} ({columns_sql})", step=step)
        if len(frame):
            self.append_frame(name, frame, step=step)

    def append_frame(self, table: str, frame: pd.DataFrame, *, step: str) -> int:
        column_list = ", ".join(f'"{c}"' for c in frame.columns)
        sql = f"insert into {table} ({column_list}) select {column_list} from __batch"
        try:
            self._con.register("__batch", frame)
            self._con.execute(sql)
        except duckdb.Error as exc:
            raise StoreError(step, sql, exc) from exc
        finally:
            self._con.unregister("__batch")
        return len(frame)

    def columns(self, relation: str) -> list[str]:
        """Column names of a table or view, in order."""
        return [row[0] for row in self.fetchall(f"describe {relation}", step="describe")]
