"""Writes the committed GX project (``expectations/``) from the suites in code.

A real GX file context is created in a temporary directory, the crosscheck
objects are registered in it (``_project.register``) and its files are copied
to ``path``. GX stamps every object with a random UUID when it is stored, so
each one is swapped for a UUID derived from what the object is (its kind and
name); regenerating from unchanged code then gives byte-identical files, which
is what lets a test compare the committed copy against the code. The suites'
``great_expectations_version`` stamp is dropped for the same reason: it would
make the committed JSON differ between GX patch releases with equal content.

``uncommitted/`` (GX's local results and docs) and ``plugins/`` (GX's empty
custom-styles template) are not written to ``path``; the generated ``.gitignore``
keeps ``uncommitted/`` out of git when GX creates it on opening the project.

Regenerate after changing ``_suites``::

    python -c "from pathlib import Path; from crosscheck.report import write_suites; write_suites(Path('expectations'))"
"""

from __future__ import annotations

import json
import re
import tempfile
import uuid
from pathlib import Path

import great_expectations as gx
from great_expectations.data_context.types.base import ProgressBarsConfig

from ._project import DATASOURCE, register
from ._suites import build_suites, label_of

_ID_NAMESPACE = uuid.UUID("0b6c5a4e-6f2e-4d0a-9a57-7d7a3c2b9e41")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STORE_ID_FILE = ".ge_store_backend_id"
_SKIPPED_TOP_LEVEL = frozenset({"uncommitted", "plugins"})
_MANAGED_DIRS = ("expectations", "validation_definitions", "checkpoints")


def write_suites(path: Path) -> None:
    """(Re)write the GX file-context project at ``path`` from the suites in code.

    Stale suite, validation-definition and checkpoint JSON in ``path`` is
    removed; anything else already there (``uncommitted/``) is left alone.
    """
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="crosscheck-gx-") as scratch:
        root = Path(scratch) / "project"
        context = gx.get_context(mode="file", context_root_dir=str(root))
        # the committed project should be as quiet as the run-time one when opened by hand
        context.variables.progress_bars = ProgressBarsConfig(
            globally=False, metric_calculations=False
        )
        context.enable_analytics(False)  # also saves the variables above
        registered = register(context)
        stable_ids = _stable_ids(context, registered, root)
        generated = _generated_files(root, stable_ids)

    for directory in _MANAGED_DIRS:
        for old in (path / directory).glob("*.json"):
            if old.relative_to(path).as_posix() not in generated:
                old.unlink()
    for relative, text in generated.items():
        target = path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def _stable(*parts: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(parts)))


def _stable_ids(context: object, registered: object, root: Path) -> dict[str, str]:
    """Map each random id GX assigned to an id derived from the object's identity."""
    ids = {str(context.variables.data_context_id): _stable("data_context")}
    datasource = context.data_sources.get(DATASOURCE)
    ids[str(datasource.id)] = _stable("datasource", datasource.name)
    for asset in datasource.assets:
        ids[str(asset.id)] = _stable("asset", asset.name)
        for batch in asset.batch_definitions:
            ids[str(batch.id)] = _stable("batch_definition", asset.name, batch.name)
    code_suites = {suite.name: suite for suite in build_suites()}
    for name, suite in registered.suites.items():
        ids[str(suite.id)] = str(code_suites[name].id)
        code_ids = {label_of(e): e.id for e in code_suites[name].expectations}
        for expectation in suite.expectations:
            ids[str(expectation.id)] = str(code_ids[label_of(expectation)])
    for name, checkpoint in registered.checkpoints.items():
        ids[str(checkpoint.id)] = _stable("checkpoint", name)
        for definition in checkpoint.validation_definitions:
            ids[str(definition.id)] = _stable("validation_definition", definition.name)
    for store_id_file in root.rglob(_STORE_ID_FILE):
        relative = store_id_file.parent.relative_to(root).as_posix()
        for found in _UUID.findall(store_id_file.read_text(encoding="utf-8")):
            ids.setdefault(found, _stable("store_backend", relative))
    return ids


def _generated_files(root: Path, stable_ids: dict[str, str]) -> dict[str, str]:
    """Relative path -> text of every project file to commit, with stable ids."""
    generated: dict[str, str] = {}
    for source in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = source.relative_to(root)
        if relative.parts[0] in _SKIPPED_TOP_LEVEL:
            continue
        text = _UUID.sub(
            lambda found: _replace_id(found.group(0), stable_ids, relative),
            source.read_text(encoding="utf-8"),
        )
        if relative.parts[0] == "expectations" and relative.suffix == ".json":
            text = _without_version_stamp(text)
        generated[relative.as_posix()] = text
    return generated


def _replace_id(found: str, stable_ids: dict[str, str], relative: Path) -> str:
    try:
        return stable_ids[found]
    except KeyError:
        # a GX upgrade stored an object we do not know; a random id would break reproducibility
        raise RuntimeError(f"unmapped GX id {found} in {relative}") from None


def _without_version_stamp(text: str) -> str:
    suite = json.loads(text)
    suite.get("meta", {}).pop("great_expectations_version", None)
    return json.dumps(suite, indent=2, sort_keys=True) + "\n"

