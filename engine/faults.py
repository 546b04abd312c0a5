"""Planted bugs: explicit, documented faulty variants of the chapter 5 layers.

The gradient-check lab lets a learner *break the backprop* on purpose and
watch the gradient check catch it. Each bug here is a subclass of a correct
layer that overrides ``backward`` with one classic mistake; ``forward`` is
untouched, so the loss (and hence the numerical gradient) stays correct while
backprop goes wrong. A network built with ``bug=NAME`` uses the faulty class
for every layer of that kind. Nothing is monkeypatched.

``affects`` names, for a two-layer net, the parameters whose backprop
gradient the bug corrupts; the tests hold each bug to exactly that list.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

__all__ = ["Bug", "BUGS", "layer_classes", "bug_names"]


class ReluIgnoringMask(Relu):
    """ReLU whose backward forgets its mask: the gradient flows everywhere."""

    def backward(self, dout):
        return dout.copy()  # BUG: should zero dout where x <= 0


class SigmoidBackwardFromInput(Sigmoid):
    """Sigmoid whose backward uses its input x where it needs its output y."""

    def forward(self, x):
        self.x = x
        return super().forward(x)

    def backward(self, dout):
        return dout * (1.0 - self.x) * self.x  # BUG: should be (1 - y) * y


class AffineDoubleDb(Affine):
    """Affine whose bias gradient is counted twice."""

    def backward(self, dout):
        dx = super().backward(dout)
        self.db = 2 * np.sum(dout, axis=0)  # BUG: should be sum(dout, axis=0)
        return dx


class SoftmaxWithLossNoBatchDivide(SoftmaxWithLoss):
    """SoftmaxWithLoss whose backward forgets to divide by the batch size."""

    def backward(self, dout=1):
        return super().backward(dout) * self.t.shape[0]  # BUG: y - t, not (y - t) / N


@dataclass(frozen=True)
class Bug:
    """A planted bug: its name, a one-line title, why it is wrong, and what it breaks."""

    name: str
    title: str
    explanation: str
    affects: tuple[str, ...]  # parameters of a two-layer net it corrupts
    needs_activation: str | None = None  # it only shows in nets using this activation
    layer: type | None = None


BUGS: dict[str, Bug] = {
    b.name: b
    for b in (
        Bug(
            "relu-no-mask",
            "ReLU backward ignores its mask",
            "ReLU passes the gradient only where its input was positive. Without "
            "the mask, gradient flows through units that were switched off, so "
            "every parameter below the ReLU gets a wrong gradient.",
            ("W1", "b1"),
            "relu",
            ReluIgnoringMask,
        ),
        Bug(
            "sigmoid-uses-input",
            "Sigmoid backward uses x instead of y",
            "The sigmoid's derivative is y(1 - y), written with its output y. "
            "Using the input x looks almost the same on paper and is wrong "
            "everywhere below the layer.",
            ("W1", "b1"),
            "sigmoid",
            SigmoidBackwardFromInput,
        ),
        Bug(
            "affine-double-db",
            "Affine counts db twice",
            "db is the sum of dout over the batch. Doubling it corrupts every "
            "bias and nothing else: dx and dW do not depend on db.",
            ("b1", "b2"),
            None,
            AffineDoubleDb,
        ),
        Bug(
            "softmax-no-batch-divide",
            "SoftmaxWithLoss forgets to divide by the batch size",
            "The loss is a mean over the batch, so its gradient is (y - t) / N. "
            "Forgetting / N scales every gradient by N: all parameters fail, "
            "and a check with a single sample would not notice.",
            ("W1", "b1", "W2", "b2"),
            None,
            SoftmaxWithLossNoBatchDivide,
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
        if issubclass(faulty, base):
            classes[kind] = faulty
    return classes
