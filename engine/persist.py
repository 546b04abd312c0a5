"""Model files: a network's parameters and its description in one ``.npz``.

A model file is a NumPy ``.npz`` archive holding the parameter arrays
('W1', 'b1', ...) and one string array '__meta__' with JSON metadata: the
format name and version, the architecture, the TrainConfig that trained it
and free-form facts such as the test accuracy. It is never unpickled.

Reading is bounded (``engine.npzread``): the file's size, the zip's entries
and every array's declared shape are checked before anything is decompressed
or allocated, against the limits of ``engine.modelspec`` (the window's own:
up to 10 hidden layers of up to 4096 units and at most 10.5 million
parameters (``config.MAX_PARAMS``), float32 or float64; so at most 84 MB of
parameters as float64, such as 784-1024x10-10; a file may be at most
``MAX_MODEL_FILE_BYTES``). Model and session files share that one validation.

Files are written atomically (``engine.atomic``): a crash mid-save never
leaves a half-written model behind, and a target that is not a regular
writable file is refused (``SaveTargetError``, an OSError) before writing.
Anything wrong with a file read raises ``ModelFileError`` (a ValueError)
whose message starts with the file's path and says what is wrong.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .atomic import atomic_path, check_save_target
from .config import TrainConfig
from .modelspec import (
    MAX_ARRAY_BYTES,
    MAX_PARAM_BYTES,
    build,
    check_architecture,
    check_info,
    check_param_headers,
    check_param_values,
    config_from_dict,
    expected_params,
    network_config,
)
from .network import LayerNet
from .npzread import MAX_META_BYTES, NpzReader

__all__ = ["ModelFileError", "save_model", "load_model", "FORMAT", "VERSION", "MAX_MODEL_FILE_BYTES"]

FORMAT = "backprop-lab-model"
VERSION = 1
_META = "__meta__"
MAX_MODEL_FILE_BYTES = MAX_PARAM_BYTES + 2 * MAX_META_BYTES


class ModelFileError(ValueError):
    """A model file is missing, unreadable, not ours, too large, or inconsistent."""


def save_model(net: LayerNet, path, *, config: TrainConfig | None = None, info: dict | None = None) -> Path:
    """Write ``net`` to ``path`` (a ``.npz``); returns the path written.

    config : the TrainConfig that trained the net (defaults to ``net.config``);
        its architecture fields are written as the network's own (see
        ``modelspec.network_config``), so the file never contradicts itself.
    info : extra JSON-friendly facts to keep (e.g. {'test_accuracy': 0.97}).

    Raises ValueError (naming the path; nothing written) for a network or info
    that could not be read back: NaN weights, a net beyond the limits, ...
    SaveTargetError / OSError when the file cannot be written there.
    """
    path = check_save_target(path)  # '' stays '' here, not Path('') == '.'

    def fail(why):
        return ValueError(f"{path}: cannot save the model: {why}")

    arch = check_architecture(net.architecture(), fail)
    check_param_headers({k: (v.shape, v.dtype) for k, v in net.params.items()}, arch["sizes"], fail)
    check_param_values(net.params, fail)
    config = config if config is not None else getattr(net, "config", None)
    if config is not None and not isinstance(config, TrainConfig):
        raise fail(f"config must be a TrainConfig, not {type(config).__name__}")
    if config is not None:
        config = network_config(net, config)[0]
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": arch,
        "config": config.to_dict() if config is not None else None,
        "info": check_info(info if info is not None else getattr(net, "info", None), fail),
    }
    meta_text = json.dumps(meta)
    if 4 * len(meta_text) > MAX_META_BYTES:
        raise fail("its info is too large to keep (the metadata may be at most 1 MiB)")
    arrays = {key: np.ascontiguousarray(value) for key, value in net.params.items()}
    arrays[_META] = np.array(meta_text)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)
    return path


def check_meta(meta, fail, fmt: str, version: int, kind: str) -> None:
    """The format tag and version of a file's metadata (shared with session files)."""
    if not isinstance(meta, dict) or meta.get("format") != fmt:
        raise fail(f"not a Backprop Lab {kind} file (wrong format tag)")
    if meta.get("version") != version:
        raise fail(f"{kind} format version {meta.get('version')!r} is not supported (expected {version})")


def load_model(path) -> LayerNet:
    """Read a model file written by ``save_model``.

    Returns a new network whose arrays are the file's. ``net.config`` is always
    a TrainConfig describing this network (the file's own, with hidden_sizes,
    activation, weight_decay and dtype taken from the arrays where the file's
    config disagreed or was missing); ``net.config_derived`` names the fields
    so derived (() when the file's config agreed; starts with 'config' when the
    file had none: the training fields are then the defaults; 'batch_size' when
    the stored batch was more than this network allows in one mini-batch, and
    was lowered to the largest it allows). ``net.info`` is
    a dict of the file's facts.

    Raises ModelFileError (its message starts with the path) for a missing,
    truncated, garbage, foreign, oversized or inconsistent file; nothing else
    escapes, and nothing is allocated beyond the limits of ``modelspec``.
    """
    path = Path(path)

    def fail(why):
        return ModelFileError(f"{path}: {why}")

    with NpzReader(path, fail, kind="model", max_file_bytes=MAX_MODEL_FILE_BYTES, max_array_bytes=MAX_ARRAY_BYTES,
                   max_total_bytes=MAX_PARAM_BYTES + MAX_META_BYTES) as archive:
        if _META not in archive.entries:
            raise fail("not a Backprop Lab model file (no '__meta__' entry)")
        meta = archive.read_json(_META)
        check_meta(meta, fail, FORMAT, VERSION, "model")
        arch = check_architecture(meta.get("architecture"), fail)
        declared = {key: (e.shape, e.dtype) for key, e in archive.entries.items() if key != _META}
        check_param_headers(declared, arch["sizes"], fail)
        stored = meta.get("config")
        config, fitted = config_from_dict(stored, fail, arch["sizes"]) if stored is not None else (None, ())
        info = check_info(meta.get("info"), fail)
        params = {key: archive.read(key) for key in expected_params(arch["sizes"])}
    check_param_values(params, fail)
    net = build(arch, params, fail)
    net.config, net.config_derived = network_config(net, config, fitted)
    net.info = info
    return net
