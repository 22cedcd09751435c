"""Find the input files behind paths, directories and globs, and tell each file's format."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosscheck.ingest._csv import sniff_delimiter
from crosscheck.ingest._fields import FIELD_SYNONYMS, normalise_key
from crosscheck.ingest._io import UTF8_BOM

_FORMAT_BY_EXTENSION = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".html": "html", ".htm": "html",
    ".txt": "text",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(_FORMAT_BY_EXTENSION) + tuple(
    f"{extension}.gz" for extension in _FORMAT_BY_EXTENSION
)
_GLOB_CHARACTERS = re.compile(r"[*?\[]")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TEXT_COLUMN_NAMES = frozenset(FIELD_SYNONYMS["text"])


def discover_files(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Yield the files named by `inputs`, each once, in a stable order.

    Each input may be a file, a directory (searched recursively, hidden files and
    directories skipped, files sorted by relative path) or a glob pattern ("**"
    recursive; matches sorted). Files come in the order of `inputs`. Every input is
    checked before the first file is yielded.

    Raises:
        FileNotFoundError: an input is neither an existing path nor a glob with matches.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    groups = [_expand(item) for item in inputs]
    seen: set[str] = set()
    for group in groups:
        for path in group:
            identity = os.path.abspath(path)
            if identity not in seen:
                seen.add(identity)
                yield path


def _expand(item: str | os.PathLike[str]) -> list[Path]:
    path = Path(item)
    if path.is_dir():
        return _files_under(path)
    if path.exists() or path.is_symlink():
        return [path]
    pattern = os.fspath(item)
    if not _GLOB_CHARACTERS.search(pattern):
        raise FileNotFoundError(f"input path does not exist: {pattern}")
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise FileNotFoundError(f"no files match the input pattern: {pattern}")
    files: list[Path] = []
    for match in map(Path, matches):
        files.extend(_files_under(match) if match.is_dir() else [match])
    return files


def _files_under(directory: Path) -> list[Path]:
    found: list[Path] = []
    for folder, subfolders, names in os.walk(directory):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder, name) for name in names if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(directory).parts)


def format_by_name(path: Path) -> str | None:
    """The format an input's extension names (".gz" looked through), or None."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _FORMAT_BY_EXTENSION.get(os.path.splitext(name)[1])


def sniff_format(head: bytes) -> str | None:
    """The format suggested by a file's first bytes, or None for binary or unknown data."""
    sample = head[len(UTF8_BOM):] if head.startswith(UTF8_BOM) else head
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:
            return None
        text = sample[: exc.start].decode("utf-8")  # a character cut at the sample's end
    if len(_CONTROL_CHARACTERS.findall(text)) > len(text) // 100:
        return None
    stripped = text.lstrip()
    if not stripped:
        return "text"
    if stripped[0] in "{[":
        return "json"
    if stripped[0] == "<":
        opening = stripped[:2000].lower()
        if _FEED_ROOT.search(opening):
            return "feed"
        if opening.startswith("<?xml") and "<html" not in opening:
            return "feed"
        return "html"
    if _looks_like_csv_header(stripped.split("\n", 1)[0]):
        return "csv"
    return "text"


def _looks_like_csv_header(line: str) -> bool:
    delimiter = sniff_delimiter(line.encode("utf-8"))
    names = [normalise_key(cell.strip().strip('"')) for cell in line.split(delimiter)]
    return len(names) >= 2 and all(len(name) <= 40 for name in names) and bool(
        _TEXT_COLUMN_NAMES.intersection(names)
    )
