"""Every claim the extractor finds in a set of articles, written as sorted lines, to prove a speed change exact.

    python benchmarks/claims_digest.py write before.txt tests/eval_data/extraction_dev15.jsonl ... \\
        --bench 2000 --generated 2000
    (change the code)
    python benchmarks/claims_digest.py write after.txt <the same arguments>
    python benchmarks/claims_digest.py compare before.txt after.txt

A speed pass must leave the output identical: each line is one claim (its source file, the
item's line number, and every field of the ExtractedClaim), and the lines are sorted, so two
digests are equal exactly when every article yielded the same claims. Articles come from
labelled JSONL files (``text``, ``outlet``, ``published_at``, optional ``title``; only the
files named, so held-out sets are never read), the extractor's own benchmark articles
(``--bench``) and the million-article run's generated articles (``--generated``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from crosscheck.extract._article import extract_claims  # noqa: E402
from crosscheck.extract._benchmark import generate_articles  # noqa: E402
from generate import generate  # noqa: E402

_BENCH_PUBLISHED = datetime(2023, 2, 3, tzinfo=timezone.utc)


def _published(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _jsonl_lines(source: str, path: Path) -> Iterator[str]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            claims = extract_claims(item["text"], outlet=item["outlet"],
                                    published_at=_published(item["published_at"]), title=item.get("title"))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # as `crosscheck evaluate extraction` does: the file and line that is wrong, not a traceback
            raise SystemExit(f"{path}, line {number}: {type(exc).__name__}: {exc}") from exc
        yield from _claim_lines(source, number, claims)


def _claim_lines(source: str, number: int, claims: list) -> Iterator[str]:
    for claim in claims:
        yield f"{source}\t{number}\t{dataclasses.astuple(claim)!r}"


def digest_lines(files: list[Path], bench: int = 0, generated: int = 0) -> list[str]:
    """The sorted claim lines of every item of ``files``, ``bench`` benchmark and ``generated`` generated articles."""
    lines: list[str] = []
    for path in files:
        lines.extend(_jsonl_lines(path.name, path))
    for number, text in enumerate(generate_articles(bench), start=1) if bench else ():
        lines.extend(_claim_lines("bench", number, extract_claims(text, outlet="Bench Wire",
                                                                  published_at=_BENCH_PUBLISHED)))
    if generated:
        with tempfile.TemporaryDirectory() as scratch:
            feed = generate(generated, Path(scratch) / "feed.jsonl")
            lines.extend(_jsonl_lines("generated", feed))
    return sorted(lines)


def differences(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """Lines only in ``before`` and lines only in ``after`` (each as often as it is missing)."""
    left, right = Counter(before), Counter(after)
    return sorted((left - right).elements()), sorted((right - left).elements())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write", help="extract and write the sorted claim lines")
    write.add_argument("out", type=Path)
    write.add_argument("files", type=Path, nargs="*", help="labelled JSONL files to read (never the held-out ones)")
    write.add_argument("--bench", type=int, default=0, help="benchmark articles (crosscheck.extract._benchmark)")
    write.add_argument("--generated", type=int, default=0, help="generated articles (benchmarks/generate.py)")
    compare = commands.add_parser("compare", help="say whether two digests hold the same claims")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        lines = digest_lines(args.files, args.bench, args.generated)
        args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{len(lines)} claims written to {args.out}")
        return 0
    only_before, only_after = differences(args.before.read_text(encoding="utf-8").splitlines(),
                                          args.after.read_text(encoding="utf-8").splitlines())
    for line in only_before[:20]:
        print(f"- {line}")
    for line in only_after[:20]:
        print(f"+ {line}")
    print(f"{len(only_before)} claims only before, {len(only_after)} only after")
    return 1 if only_before or only_after else 0


if __name__ == "__main__":
    sys.exit(main())
