"""Model files: a network's parameters and its description in one ``.npz``.

A model file is a NumPy ``.npz`` archive holding the parameter arrays
('W1', 'b1', ...) and one string array '__meta__' with JSON metadata: the
format name and version, the architecture, the TrainConfig that trained it
(if any) and free-form facts such as the test accuracy. It is always read
with ``allow_pickle=False``, so opening a file can never run code.

Files are written atomically (a temporary file in the same folder, then a
rename), so a crash mid-save never leaves a half-written model behind.
Anything wrong with a file raises ``ModelFileError`` (a ValueError) whose
message names the file and the problem.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np

from .atomic import atomic_path
from .config import TrainConfig
from .network import LayerNet, from_architecture

__all__ = ["ModelFileError", "save_model", "load_model", "FORMAT", "VERSION"]

FORMAT = "backprop-lab-model"
VERSION = 1


class ModelFileError(ValueError):
    """A model file is missing, unreadable, not ours, or inconsistent."""


def save_model(net: LayerNet, path, *, config: TrainConfig | None = None, info: dict | None = None) -> Path:
    """Write ``net`` to ``path`` (a ``.npz``); returns the path written.

    config : the TrainConfig that trained the net (defaults to ``net.config``).
    info : extra JSON-friendly facts to keep (e.g. {'test_accuracy': 0.97}).
    """
    path = Path(path)
    config = config if config is not None else getattr(net, "config", None)
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": net.architecture(),
        "config": config.to_dict() if config is not None else None,
        "info": dict(info or getattr(net, "info", None) or {}),
    }
    arrays = {key: np.ascontiguousarray(value) for key, value in net.params.items()}
    arrays["__meta__"] = np.array(json.dumps(meta))
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)
    return path


def _fail(path, why) -> ModelFileError:
    return ModelFileError(f"{path}: {why}")


def load_model(path) -> LayerNet:
    """Read a model file written by ``save_model``.

    Returns the network, with ``net.config`` (a TrainConfig or None) and
    ``net.info`` (a dict) set from the file. Raises ModelFileError for a
    missing, truncated, garbage or foreign file, or inconsistent arrays.
    """
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "no such file")
    try:
        # We open the file ourselves so that it is closed whatever np.load makes of it.
        with open(path, "rb") as f:
            archive = np.load(f, allow_pickle=False)
            if not isinstance(archive, np.lib.npyio.NpzFile):
                raise _fail(path, "not a model file (a single .npy array, not an .npz archive)")
            with archive:
                arrays = {key: archive[key] for key in archive.files}
    except ModelFileError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
        raise _fail(path, f"not a readable .npz archive (truncated or not a model file): {exc}") from exc
    except ValueError as exc:  # e.g. a pickled object array, refused by allow_pickle=False
        raise _fail(path, f"refused: {exc}") from exc

    if "__meta__" not in arrays:
        raise _fail(path, "not a Backprop Lab model file (no '__meta__' entry)")
    try:
        meta = json.loads(str(arrays.pop("__meta__")))
    except (ValueError, TypeError) as exc:
        raise _fail(path, f"its metadata is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise _fail(path, "not a Backprop Lab model file (wrong format tag)")
    if meta.get("version") != VERSION:
        raise _fail(path, f"model format version {meta.get('version')!r} is not supported (expected {VERSION})")

    arch = meta.get("architecture") or {}
    try:
        sizes = [int(s) for s in arch["sizes"]]
    except (KeyError, TypeError, ValueError):
        raise _fail(path, "its architecture lists no layer sizes") from None
    if len(sizes) < 3 or min(sizes) < 1:
        raise _fail(path, f"implausible layer sizes {sizes}")
    expected = {}
    for idx in range(1, len(sizes)):
        expected["W" + str(idx)] = (sizes[idx - 1], sizes[idx])
        expected["b" + str(idx)] = (sizes[idx],)
    if set(arrays) != set(expected):
        raise _fail(path, f"parameters {sorted(arrays)} do not match the architecture {sizes}")
    for key, shape in expected.items():
        value = arrays[key]
        if value.shape != shape:
            raise _fail(path, f"{key} has shape {value.shape}, expected {shape}")
        if value.dtype.kind != "f":
            raise _fail(path, f"{key} has dtype {value.dtype}, expected floating point")
        if not np.all(np.isfinite(value)):
            raise _fail(path, f"{key} contains NaN or infinite values")
    dtypes = {arrays[key].dtype for key in expected}
    if len(dtypes) != 1:
        raise _fail(path, "its parameters mix dtypes")

    config = None
    if meta.get("config") is not None:
        try:
            config = TrainConfig.from_dict(meta["config"])
        except (TypeError, ValueError) as exc:
            raise _fail(path, f"its training config is invalid: {exc}") from exc
    try:
        net = from_architecture(arch, arrays)
    except (TypeError, ValueError) as exc:
        raise _fail(path, f"cannot rebuild the network: {exc}") from exc
    net.config = config
    net.info = dict(meta.get("info") or {})
    return net
