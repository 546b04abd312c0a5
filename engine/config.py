"""TrainConfig: every hyperparameter of a training run, in one validated value.

A TrainConfig is frozen: a run is described once, and what the GUI, the CLI,
model files and session files store is this one object as a plain dict. An
invalid value raises ``ConfigError`` (a ValueError) that knows the field, the
value, what is wrong and the allowed range or choices (``engine.reasons``): the
GUI outlines the control that is wrong and says why in the user's language;
``str()`` of it is the command line's English sentence.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace

from .faults import BUGS
from .optimizers import OPTIMIZERS
from .reasons import ConfigError, ConfigPart, ConfigProblem

__all__ = [
    "TrainConfig", "LIMITS", "ConfigError", "ConfigProblem", "NET_INPUTS", "NET_CLASSES", "MAX_PARAMS",
    "MAX_BATCH_MACS", "network_sizes", "param_count", "forward_macs", "largest_batch",
]

# Allowed ranges (inclusive), shared with the GUI's controls.
LIMITS = {
    "hidden_size": (1, 4096),
    "hidden_layers": (1, 10),  # the book's chapter 6 uses up to 6 hidden layers of 100
    "lr": (1e-6, 100.0),  # up to 100 so that a learner can watch a run diverge
    "batch_size": (1, 60000),
    "steps": (1, 10_000_000),
    "epochs": (0.01, 1000.0),
    "eval_every": (1, 1_000_000),
    "seed": (0, 2**32 - 1),
    "weight_decay": (0.0, 10.0),
    "weight_init_std": (1e-6, 10.0),
    "train_size": (1, 60000),
}
# The work a network may ask for, whatever its layers' widths (benchmarks/bench_stop.py). A mini-batch
# cannot be interrupted (the book's gradient() runs to its end), so Stop waits for one; building the
# network (Reset, on the window's thread) draws every weight at once. Both must stay well under a
# second on a modest machine: measured on a 2-core VM shared with other jobs, float32, one BLAS thread
# (``python benchmarks/bench_stop.py --alone SIZES --optimizer adam``), 784-1024x10-10 (10.3 million
# parameters) builds in 0.2-0.4 s and makes one step at its largest batch (243) in 0.2-0.4 s with SGD
# and 0.45-0.7 s with Adam; 784-4096-4096-10 (20.0 million) took 0.6-0.9 s to build and 0.7-1.6 s
# for an Adam step: too slow for a Stop heard within a second on a busy machine.
MAX_PARAMS = 10_500_000  # weights and biases of the network the controls describe
# Multiply-adds of one mini-batch's forward pass (batch size x the forward pass of one sample): the
# same bound as an evaluation chunk. The backward pass costs about twice as much again, so one step
# is ~7.5e9 multiply-adds, ~0.2-0.5 s at 25-50 G/s; the book's 784-50-10 still takes the whole
# training set as one batch (60,000 x 39,700 = 2.4e9).
MAX_BATCH_MACS = 2_500_000_000
# The input and output sizes the limits count with: 28x28 images and 10 classes, the largest a
# data set has (a model file may have fewer; it is counted as if it had these).
NET_INPUTS = 28 * 28
NET_CLASSES = 10
ACTIVATIONS = ("relu", "sigmoid")
WEIGHT_INITS = ("he", "xavier")
DTYPES = ("float32", "float64")


def _check_range(name, value, kind=float, field=None, part=None):
    """ConfigError unless ``value`` is a number (a whole one for ``kind=int``) within LIMITS[name].

    Any value at all gives ConfigError (a ValueError), never TypeError or
    OverflowError: a config may come from a stranger's file (10**400, a list, NaN).
    """
    low, high = LIMITS[name]
    whole = kind is int
    if not isinstance(value, (int, float)) or isinstance(value, bool) or (
            isinstance(value, float) and not math.isfinite(value)):
        problem = ConfigProblem.NOT_A_NUMBER
    elif whole and isinstance(value, float) and not value.is_integer():
        problem = ConfigProblem.NOT_WHOLE
    elif not low <= value <= high:  # int against float compares exactly, whatever the int's size
        problem = ConfigProblem.OUT_OF_RANGE
    else:
        return
    raise ConfigError(field or name, problem, value, low=low, high=high, whole=whole, part=part)


def network_sizes(hidden_sizes) -> tuple[int, ...]:
    """The layer sizes (NET_INPUTS, *hidden_sizes, NET_CLASSES) the limits are counted on."""
    return (NET_INPUTS, *(int(s) for s in hidden_sizes), NET_CLASSES)


def param_count(sizes) -> int:
    """Weights and biases of a network with layer ``sizes`` (input, hidden..., output)."""
    return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 1))


def forward_macs(sizes) -> int:
    """Multiply-adds of one sample's forward pass: the sum of fan_in x fan_out over the Affine layers."""
    return sum(sizes[i] * sizes[i + 1] for i in range(len(sizes) - 1))


def largest_batch(hidden_sizes) -> int:
    """The largest mini-batch the limits allow for these hidden layers (at least 1)."""
    per_sample = forward_macs(network_sizes(hidden_sizes))
    return max(1, min(LIMITS["batch_size"][1], MAX_BATCH_MACS // per_sample))


def _check_work(config) -> None:
    """ConfigError unless the network and one mini-batch stay within MAX_PARAMS and MAX_BATCH_MACS."""
    sizes = network_sizes(config.hidden_sizes)
    params = param_count(sizes)
    if params > MAX_PARAMS:
        raise ConfigError("hidden_sizes", ConfigProblem.TOO_MANY_PARAMS, config.hidden_sizes,
                          network=sizes, amount=params, limit=MAX_PARAMS)
    macs = config.batch_size * forward_macs(sizes)
    if macs > MAX_BATCH_MACS:
        raise ConfigError("batch_size", ConfigProblem.BATCH_TOO_HEAVY, config.batch_size, low=1,
                          high=largest_batch(config.hidden_sizes), whole=True, network=sizes, amount=macs,
                          limit=MAX_BATCH_MACS)


def _check_choice(name, value, choices):
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(name, ConfigProblem.NOT_A_CHOICE, value, choices=choices)


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of one run. Defaults reproduce the book's chapter 5 run.

    Give either ``steps`` (mini-batch updates) or ``epochs`` (passes over the
    training set); ``epochs`` wins when both are set. ``eval_every`` is in
    steps; None means once per epoch, as in the book. ``weight_init`` is
    'he', 'xavier' or a standard deviation such as 0.01. ``train_size``
    limits training to the first N samples (for the overfitting lesson).
    """

    hidden_sizes: tuple[int, ...] = (50,)
    activation: str = "relu"
    weight_init: str | float = 0.01
    optimizer: str = "sgd"
    lr: float = 0.1
    batch_size: int = 100
    steps: int | None = 10_000
    epochs: float | None = None
    eval_every: int | None = None
    seed: int = 0
    weight_decay: float = 0.0
    train_size: int | None = None
    augment: bool = False
    dtype: str = "float32"
    bug: str | None = field(default=None)

    def __post_init__(self):
        sizes = self.hidden_sizes
        if isinstance(sizes, (int, float)) and not isinstance(sizes, bool):
            sizes = (sizes,)
        try:
            if isinstance(sizes, (str, bytes, dict, set)):
                raise TypeError
            sizes = tuple(sizes)
        except TypeError:
            raise ConfigError("hidden_sizes", ConfigProblem.NOT_A_LIST, sizes) from None
        low, high = LIMITS["hidden_layers"]
        if not low <= len(sizes) <= high:
            raise ConfigError("hidden_sizes", ConfigProblem.LAYER_COUNT, len(sizes), low=low, high=high, whole=True)
        for size in sizes:
            _check_range("hidden_size", size, int, "hidden_sizes", ConfigPart.WIDTH)
        object.__setattr__(self, "hidden_sizes", tuple(int(s) for s in sizes))

        _check_choice("activation", self.activation, ACTIVATIONS)
        if isinstance(self.weight_init, str):
            if self.weight_init.lower() not in WEIGHT_INITS:
                low, high = LIMITS["weight_init_std"]
                raise ConfigError("weight_init", ConfigProblem.NOT_A_CHOICE_OR_NUMBER, self.weight_init,
                                  low=low, high=high, choices=WEIGHT_INITS)
            object.__setattr__(self, "weight_init", self.weight_init.lower())
        else:
            _check_range("weight_init_std", self.weight_init, field="weight_init", part=ConfigPart.STD)
        if not isinstance(self.optimizer, str) or self.optimizer.lower() not in OPTIMIZERS:
            raise ConfigError("optimizer", ConfigProblem.NOT_A_CHOICE, self.optimizer, choices=tuple(OPTIMIZERS))
        object.__setattr__(self, "optimizer", self.optimizer.lower())
        _check_range("lr", self.lr)
        _check_range("batch_size", self.batch_size, int)
        if self.steps is None and self.epochs is None:
            raise ConfigError("steps", ConfigProblem.NO_LENGTH)
        if self.steps is not None:
            _check_range("steps", self.steps, int)
        if self.epochs is not None:
            _check_range("epochs", self.epochs)
        if self.eval_every is not None:
            _check_range("eval_every", self.eval_every, int)
        _check_range("seed", self.seed, int)
        _check_range("weight_decay", self.weight_decay)
        if self.train_size is not None:
            _check_range("train_size", self.train_size, int)
        if not isinstance(self.augment, bool):
            raise ConfigError("augment", ConfigProblem.NOT_TRUE_OR_FALSE, self.augment)
        _check_choice("dtype", self.dtype, DTYPES)
        if self.bug is not None and (not isinstance(self.bug, str) or self.bug not in BUGS):
            raise ConfigError("bug", ConfigProblem.NOT_A_CHOICE, self.bug, choices=tuple(BUGS))
        _check_work(self)  # last: every field is valid on its own, the network and its batch may not be

    # -- derived values ------------------------------------------------------
    def steps_per_epoch(self, n_train: int) -> int:
        """Mini-batches in one pass over ``n_train`` samples (the book's iter_per_epoch)."""
        n = min(n_train, self.train_size or n_train)
        return max(1, math.ceil(n / min(self.batch_size, n)))

    def total_steps(self, n_train: int) -> int:
        """Number of mini-batch updates this run makes on ``n_train`` samples."""
        if self.epochs is not None:
            return max(1, math.ceil(self.epochs * self.steps_per_epoch(n_train)))
        return int(self.steps)

    def eval_interval(self, n_train: int) -> int:
        """Steps between evaluations (one epoch unless ``eval_every`` is set)."""
        return int(self.eval_every) if self.eval_every else self.steps_per_epoch(n_train)

    # -- plain-dict round trip (settings, model and session files) -----------
    def to_dict(self) -> dict:
        d = asdict(self)
        d["hidden_sizes"] = list(self.hidden_sizes)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        """Build from a dict; unknown keys are ignored, missing keys take defaults.

        Raises ConfigError (a ValueError, and only that) for anything that is not a valid config.
        """
        if not isinstance(data, dict):
            raise ConfigError("", ConfigProblem.NOT_A_DICT, data)
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def replace(self, **changes) -> "TrainConfig":
        return replace(self, **changes)
