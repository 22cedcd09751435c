"""How the seam reads the project's .sql files into statements."""

from __future__ import annotations

from crosscheck.db import split_statements


def test_a_comment_ending_in_a_semicolon_ends_no_statement():
    sql = (
        "create table t as\n"
        "with s as (\n"
        "    -- the earliest original it copies;\n"
        "    select 1 as x\n"
        ")\n"
        "select * from s;\n"
        "-- a second statement follows;\n"
        "insert into t values (2); -- and a trailing note\n"
    )
    assert split_statements(sql) == [
        "create table t as\nwith s as (\n    select 1 as x\n)\nselect * from s",
        "insert into t values (2)",
    ]
