"""The engine's facts as data: why a config is refused, why a run diverged.

The engine speaks English (``str()`` of these objects is the command line's
text, word for word), but what it knows is kept as fields, so that the window
can say the same thing in the user's language without parsing the English
back. ``ConfigError`` is the ValueError that ``TrainConfig`` raises;
``Divergence`` rides on the trainer's last ``Report`` of a diverged run.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["ConfigError", "ConfigPart", "ConfigProblem", "Divergence", "DivergenceCause", "network_name",
           "sci", "sci_apart",
           "shown_value"]


_MAX_DIGITS = 30  # repr() of 10**5000 would itself fail; longer numbers are described, not shown


class ConfigPart(str, Enum):
    """``ConfigError.part``: which part of a field was wrong, when not the whole of it."""

    WIDTH = "width"  # one entry of hidden_sizes (a layer's width)
    STD = "std"  # the standard deviation given as weight_init


class ConfigProblem(str, Enum):
    """What is wrong with a TrainConfig field's value."""

    NOT_A_NUMBER = "not-a-number"  # no number at all ('abc', None, a list), or NaN / infinity
    NOT_WHOLE = "not-whole"  # a number with a fraction where a whole number is needed (2.5 images)
    OUT_OF_RANGE = "out-of-range"  # a number outside [low, high]
    NOT_A_CHOICE = "not-a-choice"  # not one of ``choices`` (activation, optimizer, dtype, bug)
    NOT_A_CHOICE_OR_NUMBER = "not-a-choice-or-number"  # weight_init: neither 'he'/'xavier' nor a std
    NOT_A_LIST = "not-a-list"  # hidden_sizes is no list of widths
    LAYER_COUNT = "layer-count"  # hidden_sizes has too few or too many layers (value: the count)
    NO_LENGTH = "no-length"  # neither steps nor epochs
    NOT_TRUE_OR_FALSE = "not-true-or-false"  # augment
    NOT_A_DICT = "not-a-dict"  # TrainConfig.from_dict was given something else
    # The whole network or one mini-batch asks for too much work (config.MAX_PARAMS, config.MAX_BATCH_MACS):
    TOO_MANY_PARAMS = "too-many-params"  # value: hidden_sizes; amount: its parameters; limit: the most allowed
    BATCH_TOO_HEAVY = "batch-too-heavy"  # value: batch_size; amount: one batch's multiply-adds; high: largest batch


def network_name(sizes) -> str:
    """Layer sizes as the book writes a network: (784, 100, 100, 100, 10) -> '784-100x3-10'.

    Three or more equal layers in a row are written once with their count.
    """
    parts, i, sizes = [], 0, [int(s) for s in sizes]
    while i < len(sizes):
        j = i
        while j < len(sizes) and sizes[j] == sizes[i]:
            j += 1
        run = j - i
        parts.append(f"{sizes[i]}x{run}" if run >= 3 else "-".join([str(sizes[i])] * run))
        i = j
    return "-".join(parts)


def shown_value(value) -> str | None:
    """``repr(value)`` cut to 80 characters, or None for a whole number of more than 30 digits."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**_MAX_DIGITS:
        return None
    return repr(value)[:80]


def _g(number) -> str:
    return format(number, "g")


def sci(number, digits: int = 3) -> str:
    """A large count in ``digits`` significant digits, as people write it: 47_640_000_000 -> '4.76e10'."""
    mantissa, _, exponent = format(number, f".{digits - 1}e").partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def sci_apart(amount, limit) -> tuple[str, str]:
    """``amount`` and ``limit`` in as few significant digits (3 or more) as tell them apart."""
    digits = 3
    while digits < 17 and sci(amount, digits) == sci(limit, digits):
        digits += 1
    return sci(amount, digits), sci(limit)


class ConfigError(ValueError):
    """A TrainConfig value refused: which field, what was wrong, what is allowed.

    field : the TrainConfig field ('lr', 'hidden_sizes', ...; '' for the whole config).
    problem : a ConfigProblem.
    value : the value refused (for LAYER_COUNT, the number of layers given).
    low, high : the allowed range, when there is one; whole : it takes whole numbers only.
    choices : the allowed names, when there are some.
    part : None, or a ConfigPart: WIDTH (one layer's width in hidden_sizes), STD (weight_init as a std).
    network : for TOO_MANY_PARAMS and BATCH_TOO_HEAVY, the layer sizes counted (input, hidden..., output);
    amount, limit : the parameters or multiply-adds it asks for, and the most allowed.
    ``str(error)`` is the engine's English sentence.
    """

    def __init__(self, field: str, problem: ConfigProblem, value=None, *, low=None, high=None,
                 whole: bool = False, choices: tuple = (), part: ConfigPart | None = None,
                 network: tuple = (), amount=None, limit=None):
        self.field, self.problem, self.value = field, ConfigProblem(problem), value
        self.low, self.high, self.whole = low, high, bool(whole)
        self.choices, self.part = tuple(choices), None if part is None else ConfigPart(part)
        self.network, self.amount, self.limit = tuple(network), amount, limit
        super().__init__(self._english())

    @property
    def shown(self) -> str | None:
        """The value as the message shows it (None: a number too long to show)."""
        return shown_value(self.value)

    def _english(self) -> str:
        p, shown = self.problem, self.shown
        if shown is None:
            shown = f"a number of more than {_MAX_DIGITS} digits"
        if p in (ConfigProblem.NOT_A_NUMBER, ConfigProblem.NOT_WHOLE, ConfigProblem.OUT_OF_RANGE):
            name = {ConfigPart.WIDTH: "hidden_sizes entries", ConfigPart.STD: "weight_init_std"}.get(self.part,
                                                                                                    self.field)
            what = "a whole number" if self.whole else "a number"
            return f"{name} must be {what} from {_g(self.low)} to {_g(self.high)}, not {shown}"
        if p is ConfigProblem.NOT_A_CHOICE:
            none = " or none" if self.field == "bug" else ""
            return f"{self.field} must be one of {', '.join(self.choices)}{none}, not {shown}"
        if p is ConfigProblem.NOT_A_CHOICE_OR_NUMBER:
            text = self.value[:80] if isinstance(self.value, str) else self.value
            return (f"{self.field} must be 'he', 'xavier' or a std from {_g(self.low)} to {_g(self.high)}, "
                    f"not {text!r}")
        if p is ConfigProblem.NOT_A_LIST:
            return f"{self.field} must be a list of layer widths, not {shown}"
        if p is ConfigProblem.LAYER_COUNT:
            return f"{self.field} must have {self.low} to {self.high} layers, not {self.value}"
        if p is ConfigProblem.NO_LENGTH:
            return "give steps or epochs: how long to train"
        if p is ConfigProblem.TOO_MANY_PARAMS:
            return (f"{self.field}: a {network_name(self.network)} network has {self.amount:,} parameters "
                    f"(weights and biases); at most {self.limit:,}: use fewer or narrower hidden layers")
        if p is ConfigProblem.BATCH_TOO_HEAVY:
            amount, limit = sci_apart(self.amount, self.limit)
            return (f"{self.field}: a mini-batch of {self.value:,} through {network_name(self.network)} is "
                    f"{amount} multiply-adds; at most {limit}: use a batch of at most {self.high:,}")
        if p is ConfigProblem.NOT_TRUE_OR_FALSE:
            return f"{self.field} must be true or false, not {self.value!r}"
        return f"a config must be a dict of settings, not a {type(self.value).__name__}"  # NOT_A_DICT

    def __reduce__(self):  # picklable (a worker process may send it back)
        return (_rebuild, (self.field, self.problem.value, self.value, self.low, self.high, self.whole,
                           self.choices, self.part, self.network, self.amount, self.limit))


def _rebuild(field, problem, value, low, high, whole, choices, part, network=(), amount=None, limit=None):
    return ConfigError(field, problem, value, low=low, high=high, whole=whole, choices=choices, part=part,
                       network=network, amount=amount, limit=limit)


class DivergenceCause(str, Enum):
    """Why a run counts as diverged."""

    NON_FINITE = "non-finite"  # the loss became inf or nan
    CLIMBED = "climbed"  # the smoothed loss rose above ``factor`` times its starting value


@dataclass(frozen=True)
class Divergence:
    """How a run diverged.

    step : the update after which it was seen (counted like ``Report.step``);
    loss : that mini-batch's loss; lr : the learning rate then.
    For CLIMBED: smoothed (the loss's moving average), factor and baseline
    (the first mini-batch's loss): smoothed > factor * baseline.
    ``str()`` is the engine's English sentence.
    """

    step: int
    loss: float
    why: DivergenceCause
    lr: float
    smoothed: float | None = None
    factor: float | None = None
    baseline: float | None = None

    def cause_text(self) -> str:
        if self.why is DivergenceCause.NON_FINITE:
            return f"the loss became {self.loss}"
        return (f"the loss climbed to {self.smoothed:.3g} (smoothed), more than "
                f"{self.factor:g} times its starting value {self.baseline:.3g}")

    def __str__(self) -> str:
        return (f"The run diverged at step {self.step}: {self.cause_text()}. "
                f"Try a smaller learning rate (now {self.lr:g}).")
