"""Session files: a training session as it stood, to reopen it exactly.

A session file holds what a model file holds (the architecture and the
parameters) plus everything the window showed about how the network got
there: the TrainConfig (and so the seed), the curves (mini-batch losses and
the train/test accuracy at each evaluation), the number of steps trained,
and the data set's name and folder.

Like a model file it is a NumPy ``.npz`` archive, never unpickled, read
within bounds (``engine.npzread``: sizes checked from the zip directory and
the ``.npy`` headers before anything is decompressed or allocated) and
written atomically (``engine.atomic``):

    param/W1, param/b1, ...   the parameters, float32 or float64
    curve/loss_step, curve/loss                       one value per mini-batch
    curve/eval_step, curve/train_acc, curve/test_acc  one value per evaluation
    __meta__                  a JSON string: format tag, version, architecture,
                              planted bug, config, seed, total_step, data set, info

The network is checked exactly as a model file's (``engine.modelspec``: the
window's limits). The curves: float64 (any int or float of at most 8 bytes
is read), at most ``MAX_CURVE_POINTS`` points each (declared lengths are
checked before reading); steps whole numbers that increase strictly, none
beyond ``total_step``; losses finite and at most ``MAX_CURVE_VALUE`` in size
(any loss a float32 network can produce); accuracies in [0, 1] (a train
accuracy may be NaN: not measured). ``total_step`` is a whole number from 0
to ``MAX_TOTAL_STEP`` (10**15: steps stay exact in float64). Saving checks the
same rules as loading, so a session the app opens, it can save, and the
reverse. Saving and loading are exact: parameters and curves come back bit
for bit and the config compares equal (its architecture fields follow the
network's arrays: see ``modelspec.network_config``).

What a session does not hold is the trainer's own state (the optimizer's
momentum or Adam moments, the shuffled order of the current epoch): training
on after reopening starts a fresh run from the saved weights, as after
loading a model.

Anything wrong with a file raises ``SessionFileError`` (a ValueError) whose
message starts with the file's path; nothing else escapes.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .atomic import atomic_path, check_save_target
from .config import LIMITS, TrainConfig
from .faults import BUGS
from .modelspec import (
    MAX_ARRAY_BYTES,
    MAX_PARAM_BYTES,
    MAX_TOTAL_STEP,
    build,
    check_architecture,
    check_info,
    check_param_headers,
    check_param_values,
    check_total_step,
    config_from_dict,
    expected_params,
    network_config,
)
from .network import LayerNet
from .npzread import MAX_META_BYTES, NpzReader
from .persist import check_meta

__all__ = ["Session", "SessionFileError", "save_session", "load_session", "CURVE_KEYS", "FORMAT", "VERSION",
           "MAX_CURVE_POINTS", "MAX_CURVE_VALUE", "MAX_SESSION_FILE_BYTES", "MAX_TOTAL_STEP"]

FORMAT = "backprop-lab-session"
VERSION = 1
CURVE_KEYS = ("loss_step", "loss", "eval_step", "train_acc", "test_acc")
MAX_CURVE_POINTS = LIMITS["steps"][1]  # one loss point per step of the longest run the controls allow
MAX_CURVE_VALUE = float(np.finfo(np.float32).max)
MAX_SESSION_FILE_BYTES = MAX_PARAM_BYTES + len(CURVE_KEYS) * MAX_CURVE_POINTS * 8 + 2 * MAX_META_BYTES
_PARAM = "param/"
_CURVE = "curve/"
_META = "__meta__"


class SessionFileError(ValueError):
    """A session file is missing, unreadable, not ours, too large, or inconsistent."""


@dataclass(frozen=True, eq=False)
class Session:
    """A reopened session.

    net : LayerNet  with ``net.config`` = config, ``net.info`` = info and its planted bug, if any
    config : TrainConfig  its architecture fields are the network's (see config_derived)
    curves : dict of float64 (N,) arrays, keys CURVE_KEYS
    total_step : int  mini-batch updates made on this network, across runs
    dataset_name : str  e.g. 'MNIST', 'Fashion-MNIST'
    data_dir : str or None  the data folder (None: the bundled MNIST)
    info : dict  free-form JSON-friendly facts
    config_derived : tuple of str  config fields taken from the arrays because the
        file's config disagreed with them, or 'batch_size' when the stored batch was
        more than the network allows (() when it agreed)
    """

    net: LayerNet
    config: TrainConfig
    curves: dict
    total_step: int
    dataset_name: str
    data_dir: str | None
    info: dict = field(default_factory=dict)
    config_derived: tuple = ()

    @property
    def seed(self) -> int:
        return self.config.seed


# ------------------------------------------------------------------ checks ----

def _check_curve_header(key: str, shape, dtype, fail) -> None:
    """One curve's declared shape and dtype, before it is read."""
    if len(shape) != 1:
        raise fail(f"curve {key!r} has shape {tuple(shape)}, expected one dimension")
    if shape[0] > MAX_CURVE_POINTS:
        raise fail(f"curve {key!r} declares {shape[0]:,} points, more than the {MAX_CURVE_POINTS:,} a session keeps")
    if shape[0] and (dtype.kind not in "fiu" or dtype.itemsize > 8):
        raise fail(f"curve {key!r} has dtype {dtype}, expected numbers")


def _check_curves(curves, total_step: int, fail) -> dict:
    """The five curves as new float64 arrays, or ``fail(why)`` raised (module docstring: the rules)."""
    if not isinstance(curves, dict):
        raise fail("the curves must be a dict of arrays")
    missing = [key for key in CURVE_KEYS if key not in curves]
    if missing:
        raise fail(f"curve {missing[0]!r} is missing")
    extra = sorted(set(curves) - set(CURVE_KEYS))
    if extra:
        raise fail(f"unknown curve {extra[0]!r}")
    out = {}
    for key in CURVE_KEYS:
        value = np.asarray(curves[key])
        _check_curve_header(key, value.shape, value.dtype, fail)
        out[key] = np.array(value, dtype=np.float64)  # a copy; float32 -> float64 is exact
    for group in (("loss_step", "loss"), ("eval_step", "train_acc", "test_acc")):
        lengths = [out[key].shape[0] for key in group]
        if len(set(lengths)) != 1:
            raise fail("curves of mismatched lengths: " + ", ".join(f"{k} {n}" for k, n in zip(group, lengths)))
    for key in ("loss_step", "eval_step"):
        steps = out[key]
        if not np.all(np.isfinite(steps)) or np.any(steps < 0) or np.any(steps != np.floor(steps)):
            raise fail(f"curve {key!r} holds a step that is not a whole number >= 0")
        if np.any(np.diff(steps) <= 0):
            raise fail(f"curve {key!r}: steps must increase")
        if steps.size and steps[-1] > total_step:
            raise fail(f"curve {key!r} goes on to step {steps[-1]:.0f}, beyond the {total_step:,} steps trained")
    loss = out["loss"]
    if not np.all(np.isfinite(loss)):
        raise fail("curve 'loss' contains NaN or infinite values")
    if np.any(np.abs(loss) > MAX_CURVE_VALUE):
        raise fail(f"curve 'loss' holds a value beyond {MAX_CURVE_VALUE:.3g}")
    test, train = out["test_acc"], out["train_acc"]
    if not np.all((test >= 0) & (test <= 1)):
        raise fail("curve 'test_acc' holds a value outside [0, 1]")
    if not np.all(np.isnan(train) | ((train >= 0) & (train <= 1))):
        raise fail("curve 'train_acc' holds a value outside [0, 1] (NaN means not measured)")
    return out


def _check_dataset(dataset, fail) -> tuple[str, str | None]:
    if not isinstance(dataset, dict) or not isinstance(dataset.get("name"), str):
        raise fail("it does not name its data set")
    data_dir = dataset.get("data_dir")
    if data_dir is not None and (not isinstance(data_dir, str) or "\0" in data_dir or not data_dir):
        raise fail(f"its data folder {data_dir!r} is not a path")
    return dataset["name"], data_dir


# ------------------------------------------------------------------ saving ----

def save_session(path, *, net: LayerNet, config: TrainConfig, curves: dict, total_step: int,
                 dataset_name: str, data_dir: str | None, info: dict | None = None) -> Path:
    """Write a session file to ``path`` (a ``.npz``); returns the path written.

    net : the network (its parameters are copied into the file as they are)
    config : the TrainConfig of the session (the seed is ``config.seed``)
    curves : {'loss_step', 'loss', 'eval_step', 'train_acc', 'test_acc'}: 1-D arrays
        (see the module docstring for the rules they follow)
    total_step : mini-batch updates made on ``net`` so far
    dataset_name, data_dir : the data set, and its folder (None: bundled MNIST)
    info : extra JSON-friendly facts

    Raises ValueError (naming the path) for values that could not be read
    back: e.g. NaN parameters of a diverged net, curves of unequal lengths
    or beyond ``total_step``. Nothing is written then. SaveTargetError /
    OSError if the file cannot be written there.
    """
    path = check_save_target(path)  # '' stays '' here, not Path('') == '.'

    def fail(why):
        return ValueError(f"{path}: cannot save the session: {why}")

    if not isinstance(config, TrainConfig):
        raise fail(f"config must be a TrainConfig, not {type(config).__name__}")
    arch = check_architecture(net.architecture(), fail)
    params = {key: np.asarray(value) for key, value in net.params.items()}
    check_param_headers({k: (v.shape, v.dtype) for k, v in params.items()}, arch["sizes"], fail)
    check_param_values(params, fail)
    total_step = check_total_step(total_step, fail, "total_step")
    curve_arrays = _check_curves(curves, total_step, fail)
    if not isinstance(dataset_name, str):
        raise fail(f"dataset_name must be a string, not {dataset_name!r}")
    if data_dir is not None:
        data_dir = os.fspath(data_dir)
    _check_dataset({"name": dataset_name, "data_dir": data_dir}, fail)
    config = network_config(net, config)[0]
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": arch,
        "bug": net.bug,
        "config": config.to_dict(),
        "seed": config.seed,
        "total_step": total_step,
        "dataset": {"name": dataset_name, "data_dir": data_dir},
        "info": check_info(info, fail),
    }
    meta_text = json.dumps(meta)
    if 4 * len(meta_text) > MAX_META_BYTES:
        raise fail("its info is too large to keep (the metadata may be at most 1 MiB)")
    arrays = {_PARAM + key: np.ascontiguousarray(value) for key, value in params.items()}
    arrays.update({_CURVE + key: value for key, value in curve_arrays.items()})
    arrays[_META] = np.array(meta_text)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)
    return path


# ----------------------------------------------------------------- loading ----

def load_session(path) -> Session:
    """Read a session file written by ``save_session``.

    Everything is checked before anything is built: the file's and every
    entry's declared sizes, the metadata, the parameters (as a model file's),
    the curves, the config. Returns a new Session (its network holds the
    file's arrays); nothing else is touched.

    Raises SessionFileError (naming the file) if it is missing, truncated,
    garbage, too large or not a session file, lacks an entry, or holds arrays
    that disagree with its description. Nothing in the file is ever unpickled.
    """
    path = Path(path)

    def fail(why):
        return SessionFileError(f"{path}: {why}")

    with NpzReader(path, fail, kind="session", max_file_bytes=MAX_SESSION_FILE_BYTES,
                   max_array_bytes=max(MAX_ARRAY_BYTES, MAX_CURVE_POINTS * 8),
                   max_total_bytes=MAX_SESSION_FILE_BYTES) as archive:
        if _META not in archive.entries:
            raise fail("not a Backprop Lab session file (no '__meta__' entry)")
        meta = archive.read_json(_META)
        check_meta(meta, fail, FORMAT, VERSION, "session")
        declared = {}
        for key, entry in archive.entries.items():
            if key.startswith(_PARAM):
                declared[key[len(_PARAM):]] = (entry.shape, entry.dtype)
            elif key.startswith(_CURVE) and key[len(_CURVE):] in CURVE_KEYS:
                _check_curve_header(key[len(_CURVE):], entry.shape, entry.dtype, fail)
            elif key != _META:
                raise fail(f"unexpected entry {key!r}")
        missing = [key for key in CURVE_KEYS if _CURVE + key not in archive.entries]
        if missing:
            raise fail(f"curve {missing[0]!r} is missing")
        arch = check_architecture(meta.get("architecture"), fail)
        check_param_headers(declared, arch["sizes"], fail)
        bug = meta.get("bug")
        if bug is not None and (not isinstance(bug, str) or bug not in BUGS):
            raise fail(f"unknown planted bug {bug!r}")
        if meta.get("config") is None:
            raise fail("its training config is missing")
        config, fitted = config_from_dict(meta["config"], fail, arch["sizes"])
        if meta.get("seed") != config.seed:
            raise fail(f"its seed {meta.get('seed')!r} differs from the config's seed {config.seed}")
        total_step = check_total_step(meta.get("total_step"), fail)
        dataset_name, data_dir = _check_dataset(meta.get("dataset"), fail)
        info = check_info(meta.get("info", {}), fail)
        params = {key: archive.read(_PARAM + key) for key in expected_params(arch["sizes"])}
        curves = {key: archive.read(_CURVE + key) for key in CURVE_KEYS}
    check_param_values(params, fail)
    curves = _check_curves(curves, total_step, fail)
    net = build(arch, params, fail, bug=bug)
    config, derived = network_config(net, config, fitted)
    net.config = config
    net.config_derived = derived
    net.info = dict(info)
    return Session(net=net, config=config, curves=curves, total_step=total_step, dataset_name=dataset_name,
                   data_dir=data_dir, info=info, config_derived=derived)
