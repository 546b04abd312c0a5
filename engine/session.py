"""Session files: a training session as it stood, to reopen it exactly.

A session file holds what a model file holds (the architecture and the
parameters) plus everything the window showed about how the network got
there: the TrainConfig (and so the seed), the curves (mini-batch losses and
the train/test accuracy at each evaluation), the number of steps trained,
and the data set's name and folder.

Like a model file it is a NumPy ``.npz`` archive, read with
``allow_pickle=False`` so that opening a file can never run code, and
written atomically (a temporary file in the same folder, then a rename):

    param/W1, param/b1, ...   the parameters, float32 or float64
    curve/loss_step, curve/loss                       one value per mini-batch
    curve/eval_step, curve/train_acc, curve/test_acc  one value per evaluation
    __meta__                  a JSON string: format tag, version, architecture,
                              planted bug, config, seed, total_step, data set, info

Curves are float64; steps increase strictly; losses are finite; a train
accuracy may be NaN (not measured). Saving and loading are exact: parameters
and curves come back bit for bit and the config compares equal.

What a session does not hold is the trainer's own state (the optimizer's
momentum or Adam moments, the shuffled order of the current epoch): training
on after reopening starts a fresh run from the saved weights, as after
loading a model.

Anything wrong with a file raises ``SessionFileError`` (a ValueError) whose
message starts with the file's path.
"""
from __future__ import annotations

import json
import math
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .atomic import atomic_path
from .config import DTYPES, TrainConfig
from .faults import BUGS
from .network import LayerNet, from_architecture

__all__ = ["Session", "SessionFileError", "save_session", "load_session", "CURVE_KEYS", "FORMAT", "VERSION"]

FORMAT = "backprop-lab-session"
VERSION = 1
CURVE_KEYS = ("loss_step", "loss", "eval_step", "train_acc", "test_acc")
_PARAM = "param/"
_CURVE = "curve/"
_META = "__meta__"


class SessionFileError(ValueError):
    """A session file is missing, unreadable, not ours, or inconsistent."""


@dataclass(frozen=True, eq=False)
class Session:
    """A reopened session.

    net : LayerNet  with ``net.config`` = config, ``net.info`` = info and its planted bug, if any
    config : TrainConfig
    curves : dict of float64 (N,) arrays, keys CURVE_KEYS
    total_step : int  mini-batch updates made on this network, across runs
    dataset_name : str  e.g. 'MNIST', 'Fashion-MNIST'
    data_dir : str or None  the data folder (None: the bundled MNIST)
    info : dict  free-form JSON-friendly facts
    """

    net: LayerNet
    config: TrainConfig
    curves: dict
    total_step: int
    dataset_name: str
    data_dir: str | None
    info: dict = field(default_factory=dict)

    @property
    def seed(self) -> int:
        return self.config.seed


# ------------------------------------------------------------------ checks ----

def _expected_params(sizes) -> dict:
    expected = {}
    for idx in range(1, len(sizes)):
        expected["W" + str(idx)] = (sizes[idx - 1], sizes[idx])
        expected["b" + str(idx)] = (sizes[idx],)
    return expected


def _check_params(params: dict, sizes, fail) -> None:
    """Names, shapes, dtypes and finiteness of ``params`` for layer ``sizes``."""
    expected = _expected_params(sizes)
    if set(params) != set(expected):
        raise fail(f"parameters {sorted(params)} do not match the layer sizes {list(sizes)}")
    for key, shape in expected.items():
        value = params[key]
        if value.shape != shape:
            raise fail(f"parameter {key} has shape {value.shape}, expected {shape}")
        if value.dtype.kind != "f" or value.dtype.name not in DTYPES:
            raise fail(f"parameter {key} has dtype {value.dtype}, expected float32 or float64")
        if not np.all(np.isfinite(value)):
            raise fail(f"parameter {key} contains NaN or infinite values")
    if len({params[key].dtype.name for key in expected}) != 1:
        raise fail("the parameters mix dtypes")


def _check_curves(curves: dict, fail) -> dict:
    """The five curves as float64 arrays, or ``fail(why)`` raised."""
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
        if value.ndim != 1:
            raise fail(f"curve {key!r} has shape {value.shape}, expected one dimension")
        if value.dtype.kind not in "fiu" and value.size:
            raise fail(f"curve {key!r} has dtype {value.dtype}, expected numbers")
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
    if not np.all(np.isfinite(out["loss"])):
        raise fail("curve 'loss' contains NaN or infinite values")
    test, train = out["test_acc"], out["train_acc"]
    if not np.all((test >= 0) & (test <= 1)):
        raise fail("curve 'test_acc' holds a value outside [0, 1]")
    if not np.all(np.isnan(train) | ((train >= 0) & (train <= 1))):
        raise fail("curve 'train_acc' holds a value outside [0, 1] (NaN means not measured)")
    return out


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# ------------------------------------------------------------------ saving ----

def _atomic_savez(path: Path, arrays: dict) -> None:
    """``np.savez(path, **arrays)``, atomically (see ``engine.atomic``)."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            np.savez(f, **arrays)


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
    back: e.g. NaN parameters of a diverged net, or curves of unequal
    lengths. Nothing is written then. OSError if the file cannot be written.
    """
    path = Path(path)

    def fail(why):
        return ValueError(f"{path}: cannot save the session: {why}")

    if not isinstance(config, TrainConfig):
        raise fail(f"config must be a TrainConfig, not {type(config).__name__}")
    params = {key: np.asarray(value) for key, value in net.params.items()}
    _check_params(params, net.sizes, fail)
    curve_arrays = _check_curves(curves, fail)
    if not _is_int(total_step) and not isinstance(total_step, np.integer) or total_step < 0:
        raise fail(f"total_step must be a whole number >= 0, not {total_step!r}")
    if not isinstance(dataset_name, str):
        raise fail(f"dataset_name must be a string, not {dataset_name!r}")
    if data_dir is not None:
        data_dir = os.fspath(data_dir)
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": net.architecture(),
        "bug": net.bug,
        "config": config.to_dict(),
        "seed": config.seed,
        "total_step": int(total_step),
        "dataset": {"name": dataset_name, "data_dir": data_dir},
        "info": dict(info or {}),
    }
    try:
        meta_text = json.dumps(meta)
    except (TypeError, ValueError) as exc:
        raise fail(f"info must hold only JSON-friendly values: {exc}") from exc
    arrays = {_PARAM + key: np.ascontiguousarray(value) for key, value in params.items()}
    arrays.update({_CURVE + key: value for key, value in curve_arrays.items()})
    arrays[_META] = np.array(meta_text)
    _atomic_savez(path, arrays)
    return path


# ----------------------------------------------------------------- loading ----

def _read_npz(path: Path, fail) -> dict:
    """Every array in the ``.npz`` at ``path``, read without pickle; closes the file whatever happens."""
    if not path.is_file():
        raise fail("no such file")
    try:
        with open(path, "rb") as f:
            archive = np.load(f, allow_pickle=False)
            if not isinstance(archive, np.lib.npyio.NpzFile):
                raise fail("not a session file (a single .npy array, not an .npz archive)")
            with archive:
                return {key: archive[key] for key in archive.files}
    except SessionFileError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
        raise fail(f"not a readable .npz archive (truncated or not a session file): {exc}") from exc
    except ValueError as exc:  # e.g. a pickled object array, refused by allow_pickle=False
        raise fail(f"refused: {exc}") from exc


def load_session(path) -> Session:
    """Read a session file written by ``save_session``.

    Raises SessionFileError (naming the file) if it is missing, truncated,
    garbage or not a session file, lacks an entry, or holds arrays that
    disagree with its description (shapes, dtypes, NaN parameters, curves
    of different lengths, ...). Nothing in the file is ever unpickled.
    """
    path = Path(path)

    def fail(why):
        return SessionFileError(f"{path}: {why}")

    arrays = _read_npz(path, fail)
    if _META not in arrays:
        raise fail("not a Backprop Lab session file (no '__meta__' entry)")
    meta_array = arrays.pop(_META)
    if meta_array.shape != () or meta_array.dtype.kind != "U":
        raise fail("not a Backprop Lab session file ('__meta__' is not a text entry)")
    try:
        meta = json.loads(str(meta_array))
    except ValueError as exc:
        raise fail(f"its metadata is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise fail("not a Backprop Lab session file (wrong format tag)")
    if meta.get("version") != VERSION:
        raise fail(f"session format version {meta.get('version')!r} is not supported (expected {VERSION})")

    params, curves = {}, {}
    for key, value in arrays.items():
        if key.startswith(_PARAM):
            params[key[len(_PARAM):]] = value
        elif key.startswith(_CURVE):
            curves[key[len(_CURVE):]] = value
        else:
            raise fail(f"unexpected entry {key!r}")

    arch = meta.get("architecture")
    try:
        sizes = [int(s) for s in arch["sizes"]]
    except (KeyError, TypeError, ValueError):
        raise fail("its architecture lists no layer sizes") from None
    if len(sizes) < 3 or min(sizes) < 1:
        raise fail(f"implausible layer sizes {sizes}")
    _check_params(params, sizes, fail)
    curves = _check_curves(curves, fail)

    bug = meta.get("bug")
    if bug is not None and bug not in BUGS:
        raise fail(f"unknown planted bug {bug!r}")
    if not isinstance(meta.get("config"), dict):
        raise fail("its training config is missing")
    try:
        config = TrainConfig.from_dict(meta["config"])
    except (TypeError, ValueError) as exc:
        raise fail(f"its training config is invalid: {exc}") from exc
    if meta.get("seed") != config.seed:
        raise fail(f"its seed {meta.get('seed')!r} differs from the config's seed {config.seed}")
    total_step = meta.get("total_step")
    if not _is_int(total_step) or total_step < 0:
        raise fail(f"its step count {total_step!r} is not a whole number >= 0")
    dataset = meta.get("dataset")
    if not isinstance(dataset, dict) or not isinstance(dataset.get("name"), str):
        raise fail("it does not name its data set")
    data_dir = dataset.get("data_dir")
    if data_dir is not None and not isinstance(data_dir, str):
        raise fail(f"its data folder {data_dir!r} is not a path")
    info = meta.get("info", {})
    if not isinstance(info, dict):
        raise fail("its 'info' is not a JSON object")

    try:
        net = from_architecture(arch, params)
        # from_architecture leaves a TwoLayerNet's weight decay at 0; the file is the truth.
        net.weight_decay_lambda = float(arch.get("weight_decay_lambda", 0.0))
        if bug is not None:
            net = net.copy(bug=bug)
    except (TypeError, ValueError, KeyError) as exc:
        raise fail(f"cannot rebuild the network: {exc}") from exc
    if net.architecture() != arch:
        raise fail(f"its architecture {arch} is inconsistent (it rebuilds as {net.architecture()})")
    if not math.isfinite(net.weight_decay_lambda) or net.weight_decay_lambda < 0:
        raise fail(f"implausible weight decay {net.weight_decay_lambda!r}")
    net.config = config
    net.info = dict(info)
    return Session(net=net, config=config, curves=curves, total_step=total_step,
                   dataset_name=dataset["name"], data_dir=data_dir, info=dict(info))
