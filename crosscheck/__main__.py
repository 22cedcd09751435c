"""``python -m crosscheck``: the same command line as the ``crosscheck`` script."""

from crosscheck.cli import app

app()
