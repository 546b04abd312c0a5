"""The node types of a computational graph: forward, local backward, local derivative.

Each op is an ``OpSpec``: what it computes (``forward``), what it sends back to
each input given the upstream gradient ``dout`` (``backward``, the book's
backward of that node), and its local derivative per input (``local``), so a
view can show *upstream x local = downstream* with the numbers. ``combine``
turns an upstream gradient and a local derivative into the downstream one; for
every op ``combine(rule, dout, local, shape)`` equals what ``backward`` sends
(tests/engine/test_graph_ops.py checks it, and each backward against a central
difference).

How a local derivative combines with the upstream gradient (``Local.rule``):

* ``'times'``: element-wise ``dout * local``; an input that was broadcast
  (a bias ``b`` added to every row, a scalar times an array) gets the sum over
  the broadcast axes (``Local.summed`` is True then);
* ``'dot_right'``: ``dout · local`` (``local`` is Wᵀ: dX = dout · Wᵀ);
* ``'dot_left'``: ``local · dout`` (``local`` is Xᵀ: dW = Xᵀ · dout);
* ``'none'``: no gradient flows to this input (the targets ``t``).

Slot names are the book's letters for each op's inputs: ``x, y`` for
multiply and add, ``X, W`` for the matrix product, ``X, b`` for the bias,
``x, t`` for SoftmaxWithLoss. Formulas are plain math in the book's names
("dx = dout × y"); ``{c}`` stands for the node's constant.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .functions import sigmoid
from .layers import SoftmaxWithLoss

__all__ = ["OpSpec", "Local", "OPS", "combine", "unbroadcast"]


@dataclass(frozen=True)
class Local:
    """The local derivative of an op's output with respect to one input.

    rule : 'times', 'dot_right', 'dot_left' or 'none' (see the module docstring).
    factor : number or array; None for 'none'.
    summed : bool, True when the input was broadcast and its gradient is summed back.
    """

    rule: str
    factor: object
    summed: bool = False


@dataclass(frozen=True)
class OpSpec:
    """One node type.

    name : the op's key in ``OPS`` ('mul', 'matmul', ...).
    symbol : what a drawing writes in the node: '×', '+', 'exp', '/', 'dot', ...
    slots : the book's names of the inputs, in order: ('x', 'y'), ('X', 'W'), ...
    forward_formula : 'out = x × y'.
    backward_formulas : one per slot: ('dx = dout × y', 'dy = dout × x').
    forward : (xs, params) -> (out, cache)
    backward : (dout, xs, out, cache, params) -> tuple, one gradient per slot (None: none flows)
    local : (xs, out, cache, params) -> tuple of (factor, rule) per slot
    differentiable : per slot, whether a gradient flows to it
    """

    name: str
    symbol: str
    slots: tuple
    forward_formula: str
    backward_formulas: tuple
    forward: Callable
    backward: Callable
    local: Callable
    differentiable: tuple = ()

    @property
    def arity(self) -> int:
        return len(self.slots)

    def symbol_for(self, params) -> str:
        return self.symbol.format(**params) if params else self.symbol

    def formulas_for(self, params) -> tuple:
        """(forward formula, backward formulas) with the node's constant written in."""
        fmt = (lambda s: s.format(**params)) if params else (lambda s: s)
        return fmt(self.forward_formula), tuple(fmt(s) for s in self.backward_formulas)


def unbroadcast(grad, shape):
    """Sum ``grad`` over the axes along which an input of ``shape`` was broadcast."""
    shape = tuple(shape)
    if np.shape(grad) == shape:
        return grad
    grad = np.asarray(grad)
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if axes:
        grad = grad.sum(axis=axes, keepdims=True)
    return grad.reshape(shape)


def combine(rule: str, upstream, factor, shape):
    """The downstream gradient: ``upstream`` combined with a local derivative by ``rule``."""
    if rule == "times":
        return unbroadcast(upstream * factor, shape)
    if rule == "dot_right":
        return np.dot(upstream, factor)
    if rule == "dot_left":
        return np.dot(factor, upstream)
    if rule == "none":
        return None
    raise ValueError(f"unknown rule {rule!r}")


def _summed(x, out) -> bool:
    return np.shape(x) != np.shape(out)


def _elementwise(name, symbol, forward_formula, backward_formula, f, dfdx, backward=None):
    """A one-input element-wise op: out = f(x), local derivative dfdx(x, out).

    backward(dout, x, out) -> dx, when the layer it stands for writes it otherwise
    than ``dout * dfdx`` (same value, maybe not the same last bit)."""
    backward = backward or (lambda dout, x, out, **p: dout * dfdx(x, out, **p))
    return OpSpec(
        name, symbol, ("x",), forward_formula, (backward_formula,),
        forward=lambda xs, p: (f(xs[0], **p), None),
        backward=lambda dout, xs, out, cache, p: (backward(dout, xs[0], out, **p),),
        local=lambda xs, out, cache, p: (Local("times", dfdx(xs[0], out, **p)),),
        differentiable=(True,),
    )


def _add_backward(dout, xs, out, cache, p):
    x, y = xs
    return unbroadcast(dout * 1, np.shape(x)), unbroadcast(dout * 1, np.shape(y))


def _mul_backward(dout, xs, out, cache, p):
    x, y = xs
    return unbroadcast(dout * y, np.shape(x)), unbroadcast(dout * x, np.shape(y))  # swap x and y


def _relu_forward(xs, p):
    x = xs[0]
    return np.where(x > 0, x, 0), None  # the Relu layer's out[x <= 0] = 0


def _softmax_loss_forward(xs, p):
    layer = SoftmaxWithLoss()  # a fresh layer per pass: a nudge must not overwrite the node's cache
    out = layer.forward(xs[0], xs[1])
    return out, {"layer": layer, "y": layer.y}


def _softmax_loss_local(xs, out, cache, p):
    x, t = xs
    y = cache["y"]
    onehot = t if np.size(t) == np.size(y) else np.eye(y.shape[-1], dtype=y.dtype)[t]
    return Local("times", (y - onehot) / x.shape[0]), Local("none", None)


OPS: dict = {op.name: op for op in (
    OpSpec("add", "+", ("x", "y"), "out = x + y", ("dx = dout × 1", "dy = dout × 1"),
           forward=lambda xs, p: (xs[0] + xs[1], None),
           backward=_add_backward,
           local=lambda xs, out, cache, p: (Local("times", 1.0, _summed(xs[0], out)),
                                            Local("times", 1.0, _summed(xs[1], out))),
           differentiable=(True, True)),
    OpSpec("mul", "×", ("x", "y"), "out = x × y", ("dx = dout × y", "dy = dout × x"),
           forward=lambda xs, p: (xs[0] * xs[1], None),
           backward=_mul_backward,
           local=lambda xs, out, cache, p: (Local("times", xs[1], _summed(xs[0], out)),
                                            Local("times", xs[0], _summed(xs[1], out))),
           differentiable=(True, True)),
    OpSpec("div", "/", ("x", "y"), "out = x / y", ("dx = dout × 1/y", "dy = dout × (−x/y²)"),
           forward=lambda xs, p: (xs[0] / xs[1], None),
           backward=lambda dout, xs, out, cache, p: (unbroadcast(dout * (1 / xs[1]), np.shape(xs[0])),
                                                     unbroadcast(dout * (-xs[0] / xs[1] ** 2), np.shape(xs[1]))),
           local=lambda xs, out, cache, p: (Local("times", 1 / xs[1], _summed(xs[0], out)),
                                            Local("times", -xs[0] / xs[1] ** 2, _summed(xs[1], out))),
           differentiable=(True, True)),
    _elementwise("scale", "×{c:g}", "out = {c:g} × x", "dx = dout × {c:g}",
                 lambda x, c: c * x, lambda x, out, c: c),
    _elementwise("add_const", "+{c:g}", "out = x + {c:g}", "dx = dout × 1",
                 lambda x, c: x + c, lambda x, out, c: 1.0),
    _elementwise("exp", "exp", "out = exp(x)", "dx = dout × exp(x)",
                 np.exp, lambda x, out: out),
    _elementwise("reciprocal", "/", "out = 1 / x", "dx = dout × (−1/x²) = −dout × out²",
                 lambda x: 1 / x, lambda x, out: -out * out),
    _elementwise("log", "log", "out = log(x)", "dx = dout × 1/x",
                 np.log, lambda x, out: 1 / x),
    _elementwise("square", "**2", "out = x²", "dx = dout × 2x",
                 lambda x: x * x, lambda x, out: 2 * x),
    _elementwise("sigmoid", "sigmoid", "out = 1 / (1 + exp(−x))", "dx = dout × out × (1 − out)",
                 sigmoid, lambda x, out: (1.0 - out) * out,
                 # the Sigmoid layer's own expression, so a sigmoid net's graph matches it bit for bit
                 backward=lambda dout, x, out: dout * (1.0 - out) * out),
    OpSpec("relu", "ReLU", ("x",), "out = max(0, x)", ("dx = dout where x > 0, else 0",),
           forward=_relu_forward,
           backward=lambda dout, xs, out, cache, p: (np.where(xs[0] <= 0, 0, dout),),
           local=lambda xs, out, cache, p: (Local("times", (xs[0] > 0).astype(np.result_type(xs[0], 1.0))),),
           differentiable=(True,)),
    OpSpec("matmul", "dot", ("X", "W"), "out = X · W", ("dX = dout · Wᵀ", "dW = Xᵀ · dout"),
           forward=lambda xs, p: (np.dot(xs[0], xs[1]), None),
           backward=lambda dout, xs, out, cache, p: (np.dot(dout, xs[1].T), np.dot(xs[0].T, dout)),
           local=lambda xs, out, cache, p: (Local("dot_right", xs[1].T), Local("dot_left", xs[0].T)),
           differentiable=(True, True)),
    OpSpec("add_bias", "+", ("X", "b"), "out = X + b  (b repeated for every row)",
           ("dX = dout", "db = Σ dout over the rows (axis 0)"),
           forward=lambda xs, p: (xs[0] + xs[1], None),
           # As in the Affine layer: dout passes on to X·W as it is; db sums the batch.
           backward=lambda dout, xs, out, cache, p: (dout, np.sum(dout, axis=0)),
           local=lambda xs, out, cache, p: (Local("times", 1.0), Local("times", 1.0, True)),
           differentiable=(True, True)),
    OpSpec("sum", "Σ", ("x",), "out = Σ x", ("dx = dout (repeated to the shape of x)",),
           forward=lambda xs, p: (np.sum(xs[0]), None),
           backward=lambda dout, xs, out, cache, p: (dout * np.ones_like(xs[0]),),
           local=lambda xs, out, cache, p: (Local("times", np.ones_like(xs[0])),),
           differentiable=(True,)),
    OpSpec("softmax_with_loss", "Softmax-with-Loss", ("x", "t"), "y = softmax(x),  L = −Σ t log y / N",
           ("dx = dout × (y − t) / N", "(none: t is data)"),
           forward=_softmax_loss_forward,
           backward=lambda dout, xs, out, cache, p: (cache["layer"].backward(dout), None),
           local=_softmax_loss_local,
           differentiable=(True, False)),
)}
