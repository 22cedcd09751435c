"""Model artefacts: save a fitted model with skops, its manifest and card; load it safely.

An artefact is a folder ``<models_dir>/<version>/`` holding ``model.skops`` (no pickle),
``manifest.json`` (sha256 of the model file, feature names, metrics, date) and
``card.md``. Loading checks the hash first and accepts only the scikit-learn and numpy
types a crosscheck model is made of, so a tampered or foreign file is refused.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import skops.io as sio

MODEL_FILE = "model.skops"
MANIFEST_FILE = "manifest.json"
CARD_FILE = "card.md"

# Types a crosscheck classifier may contain beyond skops' built-in safe set.
TRUSTED_TYPES = {
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    # crosscheck's own estimator around the prior (coefficients and scaling as numpy arrays)
    "crosscheck.score.prior_offset.PriorOffsetLogit",
    "crosscheck.score.prior_offset.RecordPriorLogit",
    # the step that weighted the prior in artefacts of the earlier calibrated design (a function, no state)
    "crosscheck.score.classifier.stretch_prior",
    "sklearn.frozen._frozen.FrozenEstimator",
    "sklearn.utils._bunch.Bunch",
}


class ArtefactError(RuntimeError):
    """A model artefact is missing, altered, or holds types that are not trusted."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def save_artefact(model: Any, folder: Path, manifest: dict, card: str) -> Path:
    """Write model, manifest (with the model's sha256) and card into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    model_path = folder / MODEL_FILE
    sio.dump(model, model_path)
    manifest = dict(manifest)
    manifest["sha256"] = sha256_file(model_path)
    manifest.setdefault("saved_at", datetime.now(UTC).isoformat())
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n")
    (folder / CARD_FILE).write_text(card)
    return folder


def load_artefact(folder: Path) -> tuple[Any, dict]:
    """Return (model, manifest), refusing a hash mismatch or an untrusted type."""
    manifest_path = folder / MANIFEST_FILE
    model_path = folder / MODEL_FILE
    if not manifest_path.is_file() or not model_path.is_file():
        raise ArtefactError(f"{folder} is not a model artefact (needs {MODEL_FILE} and {MANIFEST_FILE})")
    manifest = json.loads(manifest_path.read_text())
    actual = sha256_file(model_path)
    if actual != manifest.get("sha256"):
        raise ArtefactError(f"{model_path} sha256 {actual} does not match its manifest ({manifest.get('sha256')})")
    found = set(sio.get_untrusted_types(file=model_path))
    if found - TRUSTED_TYPES:
        raise ArtefactError(f"{model_path} holds untrusted types: {sorted(found - TRUSTED_TYPES)}")
    model = sio.load(model_path, trusted=sorted(found))
    return model, manifest


def latest_artefact(models_dir: Path) -> Path | None:
    """The newest artefact folder (by version name, which starts with a UTC timestamp)."""
    if not models_dir.is_dir():
        return None
    folders = sorted(p for p in models_dir.iterdir() if (p / MANIFEST_FILE).is_file())
    return folders[-1] if folders else None
