"""Ingest stage: turn input files into RawArticle or Rejection records (the readers).

Reads JSON Lines (and JSON arrays), CSV/TSV, RSS/Atom feeds, saved HTML pages and plain
text, from files, directories or globs, gzip-compressed or not. Every input record ends
as exactly one RawArticle or one Rejection; nothing is lost silently and bad data never
raises. Storing the records is `crosscheck.ingest.load`'s job, not imported here.
"""

from crosscheck.ingest._discover import SUPPORTED_EXTENSIONS, discover_files
from crosscheck.ingest._dispatch import iter_records

__all__ = ["SUPPORTED_EXTENSIONS", "discover_files", "iter_records"]
