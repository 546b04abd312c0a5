"""TrainConfig: every hyperparameter of a training run, in one validated value.

A TrainConfig is frozen: a run is described once, and what the GUI, the CLI,
model files and session files store is this one object as a plain dict. An
invalid value raises ValueError naming the field and the allowed range, so the
GUI can show the message next to the control that is wrong.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace

from .faults import BUGS
from .optimizers import OPTIMIZERS

__all__ = ["TrainConfig", "LIMITS"]

# Allowed ranges (inclusive), shared with the GUI's controls.
LIMITS = {
    "hidden_size": (1, 4096),
    "hidden_layers": (1, 5),
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
ACTIVATIONS = ("relu", "sigmoid")
WEIGHT_INITS = ("he", "xavier")
DTYPES = ("float32", "float64")


def _check_range(name, value, kind=float, field_name=None):
    """ValueError unless ``value`` is a number (a whole one for ``kind=int``) within LIMITS[name].

    Any value at all gives ValueError, never TypeError or OverflowError: a
    config may come from a stranger's file (10**400, a list, NaN).
    """
    low, high = LIMITS[name]
    name = field_name or name
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok and isinstance(value, float):
        ok = math.isfinite(value) and (kind is not int or value.is_integer())
    # int against float compares exactly, whatever the int's size
    if not ok or not (low <= value <= high):
        what = "a whole number" if kind is int else "a number"
        big = isinstance(value, int) and abs(value) >= 10**30  # repr() of 10**5000 would itself fail
        shown = "a number of more than 30 digits" if big else repr(value)[:80]
        raise ValueError(f"{name} must be {what} from {low:g} to {high:g}, not {shown}")


def _check_choice(name, value, choices):
    if not isinstance(value, str) or value not in choices:
        shown = repr(value)[:80]
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {shown}")


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
            raise ValueError(f"hidden_sizes must be a list of layer widths, not {repr(sizes)[:80]}") from None
        low, high = LIMITS["hidden_layers"]
        if not low <= len(sizes) <= high:
            raise ValueError(f"hidden_sizes must have {low} to {high} layers, not {len(sizes)}")
        for size in sizes:
            _check_range("hidden_size", size, int, "hidden_sizes entries")
        object.__setattr__(self, "hidden_sizes", tuple(int(s) for s in sizes))

        _check_choice("activation", self.activation, ACTIVATIONS)
        if isinstance(self.weight_init, str):
            if self.weight_init.lower() not in WEIGHT_INITS:
                raise ValueError(f"weight_init must be 'he', 'xavier' or a std from "
                                 f"{LIMITS['weight_init_std'][0]:g} to {LIMITS['weight_init_std'][1]:g}, "
                                 f"not {self.weight_init[:80]!r}")
            object.__setattr__(self, "weight_init", self.weight_init.lower())
        else:
            _check_range("weight_init_std", self.weight_init)
        if not isinstance(self.optimizer, str) or self.optimizer.lower() not in OPTIMIZERS:
            raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, not {repr(self.optimizer)[:80]}")
        object.__setattr__(self, "optimizer", self.optimizer.lower())
        _check_range("lr", self.lr)
        _check_range("batch_size", self.batch_size, int)
        if self.steps is None and self.epochs is None:
            raise ValueError("give steps or epochs: how long to train")
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
            raise ValueError(f"augment must be true or false, not {self.augment!r}")
        _check_choice("dtype", self.dtype, DTYPES)
        if self.bug is not None and (not isinstance(self.bug, str) or self.bug not in BUGS):
            raise ValueError(f"bug must be one of {', '.join(BUGS)} or none, not {repr(self.bug)[:80]}")

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

        Raises ValueError (only) for anything that is not a valid config.
        """
        if not isinstance(data, dict):
            raise ValueError(f"a config must be a dict of settings, not a {type(data).__name__}")
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def replace(self, **changes) -> "TrainConfig":
        return replace(self, **changes)
