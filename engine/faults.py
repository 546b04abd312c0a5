"""Planted bugs: explicit, documented faulty variants of the chapter 5 layers.

The gradient-check lab lets a learner *break the backprop* on purpose and
watch the gradient check catch it. Each bug here is a subclass of a correct
layer that overrides ``backward`` with one classic mistake; ``forward`` is
untouched, so the loss (and hence the numerical gradient) stays correct while
backprop goes wrong. A network built with ``bug=NAME`` uses the faulty class
for every layer of that kind. Nothing is monkeypatched.

The two weight-decay bugs live where the book adds weight decay's gradient,
in the network's ``gradient()`` (``lambda * W`` per weight): their ``decay``
factor (0: forgotten, 2: doubled) replaces the 1 there.

A bug *needs its layer*: ``needs`` names what the network must have for the
mistake to exist at all ('relu', 'sigmoid', 'weight decay'); planting a bug
in a network without it is refused (``bug_applies``, ``bug_refusal``).
``affects`` names, for a two-layer net, the parameters whose backprop
gradient the bug corrupts; ``broken_params`` gives them for any depth. The
tests hold each bug to exactly that list.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

__all__ = ["Bug", "BUGS", "layer_classes", "bug_names", "bug_applies", "bug_refusal", "broken_params",
           "decay_factor"]


class ReluIgnoringMask(Relu):
    """ReLU whose backward forgets its mask: the gradient flows everywhere."""

    def backward(self, dout):
        return dout.copy()  # BUG: should zero dout where x <= 0


class ReluMaskInverted(Relu):
    """ReLU whose backward applies its mask the wrong way round."""

    def backward(self, dout):
        return dout * self.mask  # BUG: passes where x <= 0; should be dout * ~mask


class SigmoidBackwardFromInput(Sigmoid):
    """Sigmoid whose backward uses its input x where it needs its output y."""

    def forward(self, x):
        self.x = x
        return super().forward(x)

    def backward(self, dout):
        return dout * (1.0 - self.x) * self.x  # BUG: should be (1 - y) * y


class SigmoidForgetsDout(Sigmoid):
    """Sigmoid whose backward returns its local derivative without the upstream gradient."""

    def backward(self, dout):
        return (1.0 - self.out) * self.out  # BUG: should be dout * (1 - y) * y


class SigmoidDerivativeY(Sigmoid):
    """Sigmoid whose derivative is written as y instead of y(1 - y)."""

    def backward(self, dout):
        return dout * self.out  # BUG: should be dout * (1 - y) * y


class AffineDoubleDb(Affine):
    """Affine whose bias gradient is counted twice."""

    def backward(self, dout):
        dx = super().backward(dout)
        self.db = 2 * np.sum(dout, axis=0)  # BUG: should be sum(dout, axis=0)
        return dx


class AffineDbOneSample(Affine):
    """Affine whose bias gradient is taken from the first sample only."""

    def backward(self, dout):
        dx = super().backward(dout)
        self.db = dout[0].copy()  # BUG: should be the sum over the batch, sum(dout, axis=0)
        return dx


class AffineDbAveraged(Affine):
    """Affine whose bias gradient is averaged over the batch (divided by N a second time)."""

    def backward(self, dout):
        dx = super().backward(dout)
        self.db = np.mean(dout, axis=0)  # BUG: dout already carries the 1/N; should be sum(dout, axis=0)
        return dx


class SoftmaxWithLossNoBatchDivide(SoftmaxWithLoss):
    """SoftmaxWithLoss whose backward forgets to divide by the batch size."""

    def backward(self, dout=1):
        return super().backward(dout) * self.t.shape[0]  # BUG: y - t, not (y - t) / N


class SoftmaxWithLossSignFlipped(SoftmaxWithLoss):
    """SoftmaxWithLoss whose backward has the sign flipped: (t - y) / N."""

    def backward(self, dout=1):
        return -super().backward(dout)  # BUG: should be (y - t) / N


@dataclass(frozen=True)
class Bug:
    """A planted bug: its name, a one-line title, why it is wrong, and what it breaks."""

    name: str
    title: str
    explanation: str
    affects: tuple[str, ...]  # parameters of a two-layer net it corrupts
    needs: str | None = None  # 'relu', 'sigmoid' or 'weight decay': the bug only exists with it
    layer: type | None = None  # the faulty layer class (None: the network's weight-decay line)
    decay: float = 1.0  # the factor on weight decay's gradient lambda * W (1: correct)
    breaks: str = "all"  # for any depth: 'below' the top activation, 'biases', 'weights' or 'all'

    @property
    def needs_activation(self) -> str | None:
        """'relu' or 'sigmoid' when the bug lives in that activation layer, else None."""
        return self.needs if self.needs in ("relu", "sigmoid") else None


_BELOW, _BIASES, _WEIGHTS, _ALL = ("W1", "b1"), ("b1", "b2"), ("W1", "W2"), ("W1", "b1", "W2", "b2")

BUGS: dict[str, Bug] = {
    b.name: b
    for b in (
        Bug(
            "relu-no-mask",
            "ReLU backward ignores its mask",
            "ReLU passes the gradient only where its input was positive. Without "
            "the mask, gradient flows through units that were switched off, so "
            "every parameter below the ReLU gets a wrong gradient.",
            _BELOW, "relu", ReluIgnoringMask, breaks="below",
        ),
        Bug(
            "relu-mask-inverted",
            "ReLU backward applies its mask inverted",
            "The mask marks the inputs that were 0 or less. Multiplying dout by "
            "the mask instead of by its opposite lets the gradient through "
            "exactly the units that were switched off, and blocks the others.",
            _BELOW, "relu", ReluMaskInverted, breaks="below",
        ),
        Bug(
            "sigmoid-uses-input",
            "Sigmoid backward uses x instead of y",
            "The sigmoid's derivative is y(1 - y), written with its output y. "
            "Using the input x looks almost the same on paper and is wrong "
            "everywhere below the layer.",
            _BELOW, "sigmoid", SigmoidBackwardFromInput, breaks="below",
        ),
        Bug(
            "sigmoid-no-dout",
            "Sigmoid backward forgets to multiply by dout",
            "The chain rule multiplies the local derivative y(1 - y) by the "
            "gradient arriving from above, dout. Returning y(1 - y) alone "
            "forgets everything above the layer.",
            _BELOW, "sigmoid", SigmoidForgetsDout, breaks="below",
        ),
        Bug(
            "sigmoid-derivative-y",
            "Sigmoid's derivative written as y instead of y(1 - y)",
            "The sigmoid's derivative is y(1 - y). Writing just y keeps the "
            "right sign and shape but the wrong size, so every parameter "
            "below the layer gets a wrong gradient.",
            _BELOW, "sigmoid", SigmoidDerivativeY, breaks="below",
        ),
        Bug(
            "affine-double-db",
            "Affine counts db twice",
            "db is the sum of dout over the batch. Doubling it corrupts every "
            "bias and nothing else: dx and dW do not depend on db.",
            _BIASES, None, AffineDoubleDb, breaks="biases",
        ),
        Bug(
            "affine-db-one-sample",
            "Affine takes db from the first sample only",
            "Every sample in the batch adds to the bias gradient, so db is "
            "dout summed over the batch. Taking dout[0] keeps one sample's "
            "share and drops the rest: every bias is wrong, nothing else.",
            _BIASES, None, AffineDbOneSample, breaks="biases",
        ),
        Bug(
            "affine-db-averaged",
            "Affine averages db over the batch",
            "The 1/N of the mean loss is already in dout (SoftmaxWithLoss "
            "divides by the batch size). Averaging db divides by N a second "
            "time: every bias gradient is N times too small.",
            _BIASES, None, AffineDbAveraged, breaks="biases",
        ),
        Bug(
            "softmax-no-batch-divide",
            "SoftmaxWithLoss forgets to divide by the batch size",
            "The loss is a mean over the batch, so its gradient is (y - t) / N. "
            "Forgetting / N scales every gradient by N: all parameters fail, "
            "and a check with a single sample would not notice.",
            _ALL, None, SoftmaxWithLossNoBatchDivide,
        ),
        Bug(
            "softmax-sign-flipped",
            "SoftmaxWithLoss backward has the sign flipped (t - y)",
            "The gradient of the loss with respect to the scores is (y - t) / N. "
            "Writing (t - y) points every gradient uphill: all parameters fail, "
            "and training makes the loss grow.",
            _ALL, None, SoftmaxWithLossSignFlipped,
        ),
        Bug(
            "weight-decay-missing",
            "Weight decay's gradient is left out",
            "Weight decay adds 0.5 * lambda * W**2 to the loss, so each weight's "
            "gradient needs + lambda * W. Leaving it out breaks every weight "
            "(the biases carry no weight decay). Only in nets with weight decay.",
            _WEIGHTS, "weight decay", None, decay=0.0, breaks="weights",
        ),
        Bug(
            "weight-decay-doubled",
            "Weight decay's gradient is added twice",
            "The gradient of 0.5 * lambda * W**2 is lambda * W, once. Adding it "
            "twice breaks every weight and no bias. Only in nets with weight "
            "decay.",
            _WEIGHTS, "weight decay", None, decay=2.0, breaks="weights",
        ),
    )
}


def bug_names() -> list[str]:
    """The names accepted by ``bug=`` and ``--inject-bug``."""
    return list(BUGS)


def layer_classes(bug: str | None) -> dict[str, type]:
    """The layer classes a network should build, with ``bug`` planted.

    Returns a dict with keys 'Affine', 'Relu', 'Sigmoid', 'SoftmaxWithLoss'.
    Raises ValueError for an unknown bug name.
    """
    classes = {"Affine": Affine, "Relu": Relu, "Sigmoid": Sigmoid, "SoftmaxWithLoss": SoftmaxWithLoss}
    if bug is None:
        return classes
    if bug not in BUGS:
        raise ValueError(f"unknown bug {bug!r}; choose one of: {', '.join(BUGS)}")
    faulty = BUGS[bug].layer
    for kind, base in list(classes.items()):
        if faulty is None:
            break
        if issubclass(faulty, base):
            classes[kind] = faulty
    return classes


def decay_factor(bug: str | None) -> float:
    """The factor on weight decay's gradient lambda * W in ``gradient()``: 1 unless a bug says otherwise."""
    return BUGS[bug].decay if bug in BUGS else 1.0


def _needs_met(need: str | None, activation: str, weight_decay: float) -> bool:
    if need is None:
        return True
    if need == "weight decay":
        return bool(weight_decay)
    return activation == need


def _facts(config):
    """(activation, weight decay) of a TrainConfig or a network."""
    activation = getattr(config, "activation", "relu")
    decay = getattr(config, "weight_decay", None)
    if decay is None:
        decay = getattr(config, "weight_decay_lambda", 0.0)
    return activation, float(decay or 0.0)


def bug_applies(bug: str | None, config) -> bool:
    """Whether ``bug`` can be planted in the network ``config`` describes (a TrainConfig or a net).

    A bug in the ReLU layer needs a ReLU net, one in the Sigmoid layer a
    Sigmoid net, a weight-decay bug a net with weight decay. No bug always applies.
    """
    if bug is None:
        return True
    return _needs_met(BUGS[bug].needs, *_facts(config))


def bug_refusal(bug: str | None, config) -> str | None:
    """Why ``bug`` cannot be planted in ``config``'s network (English), or None when it can."""
    if bug_applies(bug, config):
        return None
    need = BUGS[bug].needs
    activation, _decay = _facts(config)
    if need == "weight decay":
        return (f"the bug {bug} breaks weight decay's gradient, and this network has no weight decay "
                f"(add --weight-decay LAMBDA)")
    names = {"relu": "ReLU", "sigmoid": "Sigmoid"}
    return (f"the bug {bug} lives in the {names[need]} layer, and this network uses {names.get(activation, activation)} "
            f"(use --activation {need})")


def broken_params(bug: str, n_affine: int) -> tuple[str, ...]:
    """The parameters (W1, b1, ...) whose backprop gradient ``bug`` corrupts in a net of ``n_affine`` layers."""
    kind = BUGS[bug].breaks
    names = []
    for i in range(1, n_affine + 1):
        for p in "Wb":
            below = i < n_affine
            if kind == "all" or (kind == "below" and below) or (kind == "biases" and p == "b") or \
                    (kind == "weights" and p == "W"):
                names.append(f"{p}{i}")
    return tuple(names)
