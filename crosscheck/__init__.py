"""crosscheck: source-reliability scoring for conflict reporting.

Stages, in the order data flows through them: ingest -> extract -> resolve ->
match -> contradict -> score -> publish -> report. Each stage is one module;
`flows/` wires them into Prefect, and `crosscheck.db` is the only module that
talks to DuckDB.
"""

__version__ = "0.1.0"
