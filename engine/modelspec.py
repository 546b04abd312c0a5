"""What a network in a file may be: one validation for model and session files.

``load_model`` and ``load_session`` (and ``save_model`` / ``save_session``,
so that what is saved can be read back) check a network's description with
these functions, always in the same order: the architecture from the JSON
metadata, then the parameters' names, shapes and dtypes from the ``.npy``
headers (before any array is read), then the values, then the network is
built around the arrays themselves (no random weights drawn and overwritten).

Limits (the window's own, so that any model the app accepts can be trained
on from the controls):

* input size 1 to ``MAX_INPUTS`` (784: the 28x28 images every data set has),
  output size 1 to ``MAX_CLASSES`` (10);
* 1 to 10 hidden layers of 1 to 4096 units (``config.LIMITS``);
* at most ``MAX_PARAMS`` (10.5 million, ``config.MAX_PARAMS``) parameters,
  counted as the window counts them (784 inputs, 10 classes): so at most
  ``MAX_PARAM_BYTES`` (84 MB as float64), such as 784-1024x10-10;
* parameters float32 or float64 (not float16 or float128), finite;
* weight decay a finite number from 0 to 10;
* the free-form ``info``: a JSON object nested at most ``MAX_INFO_DEPTH`` deep;
  'test_accuracy'/'train_accuracy' None or within [0, 1], 'steps' None or a
  whole number from 0 to ``MAX_TOTAL_STEP``, 'dataset'/'name'/'rebuild' text.

A file's TrainConfig may disagree with its arrays (a model saved while the
controls showed another architecture) or be missing: the arrays are the
truth. ``network_config(net, base)`` is ``base`` (or the defaults) with the
architecture fields (hidden_sizes, activation, weight_decay, dtype) taken from
the network, and a batch size the network cannot take in one mini-batch
(``config.MAX_BATCH_MACS``) lowered to the largest it can;
``net.config_derived`` names the fields that were so derived.
"""
from __future__ import annotations

import json
import math
from numbers import Real

import numpy as np

from .config import (
    DTYPES,
    LIMITS,
    MAX_PARAMS,
    NET_CLASSES,
    NET_INPUTS,
    TrainConfig,
    network_sizes,
    param_count,
)
from .network import LayerNet, from_architecture
from .reasons import ConfigError, ConfigProblem, network_name

__all__ = [
    "MAX_INPUTS", "MAX_CLASSES", "MAX_PARAMS", "MAX_PARAM_BYTES", "MAX_ARRAY_BYTES", "MAX_TOTAL_STEP", "MAX_INFO_DEPTH",
    "ARCHITECTURE_FIELDS", "check_architecture", "expected_params", "check_param_headers",
    "check_param_values", "check_info", "check_total_step", "config_from_dict", "network_config", "build",
]

MAX_INPUTS = NET_INPUTS
MAX_CLASSES = NET_CLASSES
MAX_INFO_DEPTH = 32
# Steps are stored in float64 curves: beyond 2**53 they stop being exact whole
# numbers. 10**15 steps leave room for any number of runs after reopening.
MAX_TOTAL_STEP = 10**15
ARCHITECTURE_FIELDS = ("hidden_sizes", "activation", "weight_decay", "dtype")
_CLASSES = ("TwoLayerNet", "MultiLayerNet")


MAX_PARAM_BYTES = MAX_PARAMS * 8
# The largest single W, float64: 4096 x 4096 is more than MAX_PARAMS, so MAX_PARAMS bounds it.
MAX_ARRAY_BYTES = min(LIMITS["hidden_size"][1] ** 2, MAX_PARAMS) * 8


def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _is_real(value) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _ranged_int(value, low: int, high: int) -> bool:
    return _is_int(value) and low <= value <= high


def check_architecture(arch, fail) -> dict:
    """The architecture dict (class, sizes, activation, weight_decay_lambda), checked and normalised.

    Raises ``fail(reason)`` for anything outside the limits in the module docstring.
    """
    if not isinstance(arch, dict):
        raise fail("its architecture is missing or not a JSON object")
    sizes = arch.get("sizes")
    if not isinstance(sizes, list) or not sizes:
        raise fail("its architecture lists no layer sizes")
    if not all(_is_int(s) for s in sizes):
        raise fail("its layer sizes must be whole numbers")
    low, high = LIMITS["hidden_layers"]
    if not low + 2 <= len(sizes) <= high + 2:
        raise fail(f"it has {len(sizes) - 2} hidden layers; Backprop Lab takes {low} to {high}")
    if not 1 <= sizes[0] <= MAX_INPUTS:
        raise fail(f"its input size {sizes[0]} is outside 1 to {MAX_INPUTS} (28x28 images)")
    if not 1 <= sizes[-1] <= MAX_CLASSES:
        raise fail(f"its output size {sizes[-1]} is outside 1 to {MAX_CLASSES} classes")
    low, high = LIMITS["hidden_size"]
    for idx, size in enumerate(sizes[1:-1], start=1):
        if not low <= size <= high:
            raise fail(f"its hidden layer {idx} has {size} units; Backprop Lab takes {low} to {high}")
    # counted as the window would build it (784 inputs, 10 classes): what is loaded can be trained on
    counted = network_sizes(sizes[1:-1])
    if param_count(counted) > MAX_PARAMS:
        shown = network_name(sizes) + ("" if list(counted) == list(sizes) else f" (as {network_name(counted)})")
        raise fail(f"its network {shown} has {param_count(counted):,} parameters; Backprop Lab takes at most "
                   f"{MAX_PARAMS:,}")
    cls = arch.get("class", "MultiLayerNet")
    if cls not in _CLASSES:
        raise fail(f"its network class {cls!r} is not one of {', '.join(_CLASSES)}")
    if cls == "TwoLayerNet" and len(sizes) != 3:
        raise fail("a TwoLayerNet has exactly one hidden layer")
    activation = arch.get("activation", "relu")
    if activation not in ("relu", "sigmoid") or (cls == "TwoLayerNet" and activation != "relu"):
        raise fail(f"its activation {activation!r} is not one a {cls} can have")
    decay = arch.get("weight_decay_lambda", 0.0)
    low, high = LIMITS["weight_decay"]
    # comparisons first: math.isfinite(10**400) would raise OverflowError
    if not _is_real(decay) or not low <= decay <= high or not math.isfinite(decay):
        raise fail(f"its weight decay {repr(decay)[:40]} is not a number from {low:g} to {high:g}")
    return {"class": cls, "sizes": [int(s) for s in sizes], "activation": activation,
            "weight_decay_lambda": float(decay)}


def expected_params(sizes) -> dict:
    """{'W1': (sizes[0], sizes[1]), 'b1': (sizes[1],), ...} in the network's order."""
    expected = {}
    for idx in range(1, len(sizes)):
        expected["W" + str(idx)] = (sizes[idx - 1], sizes[idx])
        expected["b" + str(idx)] = (sizes[idx],)
    return expected


def check_param_headers(declared: dict, sizes, fail) -> np.dtype:
    """Names, shapes and one dtype (float32 or float64) of the parameters, before reading them.

    declared : {name: (shape, dtype)}, e.g. from the ``.npy`` headers. Returns the dtype.
    """
    expected = expected_params(sizes)
    if set(declared) != set(expected):
        raise fail(f"parameters {sorted(declared)} do not match the layer sizes {list(sizes)}")
    for key, shape in expected.items():
        got_shape, dtype = declared[key]
        if tuple(got_shape) != shape:
            raise fail(f"parameter {key} has shape {tuple(got_shape)}, expected {shape}")
        if np.dtype(dtype).name not in DTYPES:
            raise fail(f"parameter {key} has dtype {np.dtype(dtype)}, expected float32 or float64")
    dtypes = {np.dtype(declared[key][1]).name for key in expected}
    if len(dtypes) != 1:
        raise fail("the parameters mix dtypes (" + ", ".join(sorted(dtypes)) + ")")
    return np.dtype(dtypes.pop())


def check_param_values(params: dict, fail) -> None:
    """Every parameter finite (a diverged net's NaN weights are refused)."""
    for key, value in params.items():
        if not np.all(np.isfinite(value)):
            raise fail(f"parameter {key} contains NaN or infinite values")


def check_total_step(total_step, fail, what="its step count") -> int:
    if not _ranged_int(total_step, 0, MAX_TOTAL_STEP):
        raise fail(f"{what} {total_step!r} is not a whole number from 0 to {MAX_TOTAL_STEP:.0e}")
    return int(total_step)


def _json_depth_ok(value, limit: int) -> bool:
    """True if ``value`` nests lists/dicts at most ``limit`` deep (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list, tuple)):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return True


_INFO_TEXT = ("dataset", "name", "rebuild")


def check_info(info, fail) -> dict:
    """A copy of the free-form facts ``info`` (None: {}), checked as the module docstring says."""
    if info is None:
        return {}
    if not isinstance(info, dict):
        raise fail(f"its 'info' must be a JSON object, not a {type(info).__name__}")
    if not _json_depth_ok(info, MAX_INFO_DEPTH):
        raise fail(f"its 'info' is nested more than {MAX_INFO_DEPTH} levels deep")
    try:
        copy = json.loads(json.dumps(info))  # a deep copy; tuples become lists as in a file
    except (TypeError, ValueError, RecursionError) as exc:
        raise fail(f"its 'info' must hold only JSON values (text, numbers, lists, objects): {exc}") from exc
    for key in ("test_accuracy", "train_accuracy"):
        value = copy.get(key)
        if value is not None and not (_is_real(value) and 0 <= value <= 1):
            raise fail(f"its info {key!r} is {value!r}, expected a fraction from 0 to 1")
    if copy.get("steps") is not None and not _ranged_int(copy["steps"], 0, MAX_TOTAL_STEP):
        raise fail(f"its info 'steps' is {copy['steps']!r}, expected a whole number from 0 to {MAX_TOTAL_STEP:.0e}")
    for key in _INFO_TEXT:
        if copy.get(key) is not None and not isinstance(copy[key], str):
            raise fail(f"its info {key!r} is {copy[key]!r}, expected text")
    return copy


def _fitted(values: dict, hidden_sizes, derived: list) -> TrainConfig:
    """``TrainConfig.from_dict(values)``, fitted to the work limits where only they refuse it.

    A config valid field by field may still ask for too much work as a whole
    (ConfigProblem.TOO_MANY_PARAMS, BATCH_TOO_HEAVY): a file's stored hidden
    sizes then give way to the arrays' ``hidden_sizes`` (when they differ), and
    if that is not enough its batch size to the largest the network allows. The names of the fields changed are
    appended to ``derived``. Any other problem raises its ConfigError.
    """
    values = dict(values)
    for _ in range(3):  # at most: the hidden sizes, then the batch size
        try:
            return TrainConfig.from_dict(values)
        except ConfigError as exc:
            work = exc.problem in (ConfigProblem.TOO_MANY_PARAMS, ConfigProblem.BATCH_TOO_HEAVY)
            if (work and hidden_sizes is not None and "hidden_sizes" not in derived
                    and tuple(exc.network[1:-1]) != tuple(hidden_sizes)):  # the arrays' network first
                values["hidden_sizes"] = list(hidden_sizes)
                derived.append("hidden_sizes")
            elif exc.problem is ConfigProblem.BATCH_TOO_HEAVY and "batch_size" not in derived:
                values["batch_size"] = exc.high
                derived.append("batch_size")
            else:
                raise
    return TrainConfig.from_dict(values)


def config_from_dict(data, fail, sizes=None) -> tuple[TrainConfig, tuple]:
    """(config, derived): a file's stored config ``data``; anything wrong is ``fail(reason)``.

    sizes : the layer sizes of the file's arrays (checked by ``check_architecture``):
        a stored config whose network or batch is beyond the work limits is fitted
        to them (see ``_fitted``); ``derived`` names the fields so changed.
    """
    if not isinstance(data, dict):
        raise fail(f"its training config must be a JSON object, not a {type(data).__name__}")
    derived = []
    try:
        config = _fitted(data, None if sizes is None else sizes[1:-1], derived)
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:
        raise fail(f"its training config is invalid: {exc}") from exc
    return config, tuple(derived)


def network_config(net: LayerNet, base: TrainConfig | None = None, derived: tuple = ()) -> tuple[TrainConfig, tuple]:
    """(config, derived): ``base`` with the architecture fields taken from ``net``.

    config : ``base`` (None: the defaults) with hidden_sizes, activation,
        weight_decay and dtype replaced by the network's own, so that Start in
        the window trains this network on instead of building a new one; a
        batch size too large for this network (``config.MAX_BATCH_MACS``)
        lowered to the largest it allows.
    derived : the names of the fields that differed from ``base`` (all of
        ARCHITECTURE_FIELDS, plus 'config', when ``base`` is None), after the
        ``derived`` given (fields already fitted by ``config_from_dict``).
    Raises ValueError for a network beyond the window's limits.
    """
    arch = {
        "hidden_sizes": tuple(net.sizes[1:-1]),
        "activation": net.activation,
        "weight_decay": float(net.weight_decay_lambda),
        "dtype": net.dtype.name,
    }
    if base is None:
        names = ["config", *ARCHITECTURE_FIELDS]
        return _fitted(arch, None, names), tuple(names)
    names = list(derived)
    names += [name for name in ARCHITECTURE_FIELDS if getattr(base, name) != arch[name] and name not in names]
    if len(names) == len(derived):
        return base, tuple(names)
    return _fitted({**base.to_dict(), **arch}, None, names), tuple(names)


def build(arch: dict, params: dict, fail, bug=None) -> LayerNet:
    """The network around ``params`` (checked by the functions above); its own arrays, not copies."""
    try:
        return from_architecture(arch, params, bug=bug)
    except (TypeError, ValueError, KeyError) as exc:
        raise fail(f"cannot rebuild the network: {exc}") from exc
