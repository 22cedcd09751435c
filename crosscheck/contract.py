"""The analyst contract: the documented views and columns (sql/views/contract.yml).

README.md embeds :func:`render_markdown` between contract markers, and tests check both
that the README is current and that every live view has exactly the documented columns.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from crosscheck.paths import asset_dir

START_MARKER = "<!-- contract:start (generated from sql/views/contract.yml; run `crosscheck contract --write`) -->"
END_MARKER = "<!-- contract:end -->"


@lru_cache(maxsize=1)
def load_contract() -> dict[str, dict]:
    """{view: {"grain": str, "columns": {column: description}}} in documented order."""
    data = yaml.safe_load((asset_dir("sql") / "views" / "contract.yml").read_text(encoding="utf-8"))
    return data["views"]


def render_markdown() -> str:
    lines = [START_MARKER]
    for view, spec in load_contract().items():
        lines += ["", f"#### `{view}`", "", spec["grain"], "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{column}` | {str(text).replace('|', '/')} |" for column, text in spec["columns"].items()]
    lines += ["", END_MARKER]
    return "\n".join(lines)


def replace_in(readme: str) -> str:
    """README text with its contract section regenerated."""
    start = readme.index(START_MARKER)
    end = readme.index(END_MARKER) + len(END_MARKER)
    return readme[:start] + render_markdown() + readme[end:]
