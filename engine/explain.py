"""One forward and one backward pass, recorded stage by stage, for explaining.

``trace_step(net, x, t)`` does what ``net.gradient(x, t)`` does, on a small
batch, but stops after every layer to keep a copy of what went in, what came
out and what the layer holds (W and b, the ReLU mask, dW and db). The result,
a ``StepTrace``, is what the "One step, explained" view walks through:

    Affine1 forward, Relu1 forward, ..., AffineL forward,
    SoftmaxWithLoss forward, SoftmaxWithLoss backward,
    AffineL backward, ..., Relu1 backward, Affine1 backward

The pass runs on a float64 copy of the network (``net.copy(dtype=float64)``):
the network given is never touched, neither its parameters nor its layers'
caches, so it may be a copy that a training thread keeps updating elsewhere.
A planted bug (``net.bug``) is kept, so the trace shows what that network
really computes; the formulas are always the correct ones and the stages the
bug changes say so (``StageRecord.bug``).

One difference from ``net.gradient``: Affine1 computes dx as well. The lab's
networks skip that product (nothing below Affine1 uses it); the trace shows it
and lists it in ``StageRecord.unused``.

Array names are the book's: x, out, W, b, dout, dx, dW, db, mask, y, t; the
parameter each W, b, dW or db stands for ('W2', ...) is in ``StageRecord.params``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

import numpy as np

from .faults import layer_classes
from .layers import Affine, Relu, Sigmoid

__all__ = ["StageRecord", "StepTrace", "trace_step", "FORMULAS"]

# Book-style formulas. "·" is the matrix product (np.dot), "×" element-wise.
FORMULAS = {
    ("Affine", "forward"): "out = x·W + b",
    ("Affine", "backward"): "dx = dout·Wᵀ,  dW = xᵀ·dout,  db = Σ dout",
    ("Relu", "forward"): "out = max(0, x)",
    ("Relu", "backward"): "dx = dout where x > 0, else 0",
    ("Sigmoid", "forward"): "out = 1 / (1 + exp(−x))",
    ("Sigmoid", "backward"): "dx = dout × out × (1 − out)",
    ("SoftmaxWithLoss", "forward"): "y = softmax(x),  L = −Σ t log y / N",
    ("SoftmaxWithLoss", "backward"): "dx = (y − t) / N",
}


def _frozen(array) -> np.ndarray:
    """A read-only copy: a trace is a record, not a workspace."""
    out = np.array(array, copy=True)
    out.setflags(write=False)
    return out


@dataclass(frozen=True)
class StageRecord:
    """One layer's forward or backward computation in a ``StepTrace``.

    Attributes
    ----------
    layer : str
        The layer's name in ``net.layers``: 'Affine1', 'Relu1', ..., or 'SoftmaxWithLoss'.
    kind : str
        'Affine', 'Relu', 'Sigmoid' or 'SoftmaxWithLoss' (the correct class the layer is or derives from).
    direction : str
        'forward' or 'backward'.
    formula : str
        The book-style formula of this computation, e.g. 'out = x·W + b'.
    input_name, output_name : str
        Names in ``arrays`` of what came in and what went out: 'x' and 'out' forward
        ('x' and 'L' for SoftmaxWithLoss), 'dout' and 'dx' backward.
    arrays : Mapping[str, ndarray]
        Read-only copies, in display order. With N the batch size, D a layer's
        input width and H its output width:

        - Affine forward: x (N, D), W (D, H), b (H,), out (N, H)
        - Affine backward: dout (N, H), dx (N, D), dW (D, H), db (H,)
        - Relu forward: x (N, H), out (N, H), mask (N, H) bool, True where x <= 0
        - Relu backward: dout (N, H), dx (N, H), mask (N, H)
        - Sigmoid forward: x (N, H), out (N, H); backward: dout, out, dx (N, H)
        - SoftmaxWithLoss forward: x (N, C) scores, t (N,) labels or (N, C) one-hot,
          y (N, C) probabilities, L () the mean loss
        - SoftmaxWithLoss backward: dout () = 1, y (N, C), t, dx (N, C) = (y - t) / N
    params : Mapping[str, str]
        Which parameter an array stands for: {'W': 'W2', 'b': 'b2'} forward,
        {'dW': 'W2', 'db': 'b2'} backward (``grads['W2']`` is dW, plus weight decay).
    unused : tuple[str, ...]
        Arrays computed for display that nothing uses: ('dx',) at Affine1 backward.
    bug : str or None
        The planted bug that changed this computation, if any.
    """

    layer: str
    kind: str
    direction: str
    formula: str
    input_name: str
    output_name: str
    arrays: Mapping[str, np.ndarray]
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    unused: tuple = ()
    bug: str | None = None

    @property
    def title(self) -> str:
        """'Affine2 backward'."""
        return f"{self.layer} {self.direction}"


@dataclass(frozen=True)
class StepTrace:
    """One forward and backward pass on a small batch, stage by stage.

    Attributes
    ----------
    stages : tuple[StageRecord, ...]
        Forward through every layer, SoftmaxWithLoss forward and backward, then
        every layer backward: 2 * len(net.layers) + 2 records.
    x : ndarray (N, D) float64
        The batch.
    t : ndarray (N,) int or (N, C)
        The targets, as given.
    labels : ndarray (N,) int64
        The true class of each sample (t itself, or argmax of one-hot t).
    loss : float
        ``net.loss(x, t)``: the mean cross-entropy plus weight decay, if any.
    data_loss : float
        The cross-entropy alone (SoftmaxWithLoss's L).
    gradients : Mapping[str, ndarray]
        What ``net.gradient(x, t)`` returns: 'W1' (D, H1), 'b1' (H1,), ..., with
        the weight-decay term included.
    layer_names : tuple[str, ...]
        ``net.layers`` keys in forward order ('Affine1', 'Relu1', ..., 'AffineL').
    sizes : tuple[int, ...]
        Layer widths, e.g. (784, 50, 10).
    activation : str
        'relu' or 'sigmoid'.
    weight_decay_lambda : float
    bug : str or None
        The network's planted bug, if any.
    """

    stages: tuple
    x: np.ndarray
    t: np.ndarray
    labels: np.ndarray
    loss: float
    data_loss: float
    gradients: Mapping[str, np.ndarray]
    layer_names: tuple
    sizes: tuple
    activation: str
    weight_decay_lambda: float = 0.0
    bug: str | None = None

    @property
    def batch_size(self) -> int:
        return int(self.x.shape[0])

    @property
    def stage_titles(self) -> list[str]:
        """['Affine1 forward', ..., 'Affine1 backward']."""
        return [stage.title for stage in self.stages]

    @property
    def probabilities(self) -> np.ndarray:
        """Softmax output y (N, C)."""
        return self.stage("SoftmaxWithLoss", "forward").arrays["y"]

    def stage(self, layer: str, direction: str) -> StageRecord:
        """The record of ``layer``'s ``direction`` pass (KeyError if none)."""
        for record in self.stages:
            if record.layer == layer and record.direction == direction:
                return record
        raise KeyError(f"{layer} {direction}")


def _kind(layer) -> str:
    for cls in (Affine, Relu, Sigmoid):
        if isinstance(layer, cls):
            return cls.__name__
    return "SoftmaxWithLoss"


def _faulty(layer, kind: str, bug: str | None) -> str | None:
    """The bug's name if ``layer`` is a planted-bug class rather than the correct one."""
    return bug if bug is not None and type(layer) is not layer_classes(None)[kind] else None


def _record(layer_name, kind, direction, input_name, output_name, arrays, params=None,
            unused=(), bug=None) -> StageRecord:
    return StageRecord(
        layer=layer_name, kind=kind, direction=direction, formula=FORMULAS[(kind, direction)],
        input_name=input_name, output_name=output_name,
        arrays=MappingProxyType({name: _frozen(value) for name, value in arrays.items()}),
        params=MappingProxyType(dict(params or {})), unused=tuple(unused), bug=bug,
    )


def _forward_arrays(layer, kind, x, out):
    if kind == "Affine":
        # Affine keeps x as (N, D) even if it came as images (N, 28, 28).
        return {"x": x, "W": layer.W, "b": layer.b, "out": out}
    if kind == "Relu":
        return {"x": x, "out": out, "mask": layer.mask}
    return {"x": x, "out": out}


def _backward_arrays(layer, kind, dout, dx):
    if kind == "Affine":
        return {"dout": dout, "dx": dx, "dW": layer.dW, "db": layer.db}
    if kind == "Relu":
        return {"dout": dout, "dx": dx, "mask": layer.mask}
    return {"dout": dout, "out": layer.out, "dx": dx}


def trace_step(net, x, t) -> StepTrace:
    """Run one forward and backward pass of ``net`` on (x, t), recording every stage.

    Parameters
    ----------
    net : LayerNet
        Any network of this engine (TwoLayerNet, MultiLayerNet). Not modified:
        the pass runs on ``net.copy(dtype=np.float64)``.
    x : array (N, D)
        A small batch (a few samples: every intermediate array is copied).
    t : array (N,) labels or (N, C) one-hot

    Returns
    -------
    StepTrace
        Its ``gradients`` equal ``net.copy(dtype=np.float64).gradient(x, t)``.
    """
    work = net.copy(dtype=np.float64)
    # Affine1's dx is skipped in training (nothing below uses it); the trace shows it.
    first = next(iter(work.layers.values()))
    first.need_dx = True
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t)
    if x.ndim < 2 or x.shape[0] == 0:
        raise ValueError(f"x must be a batch of shape (N, D) with N >= 1, not {x.shape}")
    if t.shape[0] != x.shape[0]:
        raise ValueError(f"t has {t.shape[0]} samples but x has {x.shape[0]}")
    labels = np.argmax(t, axis=1) if t.ndim == 2 else t
    labels = labels.astype(np.int64)
    stages = []

    # forward
    h = x
    for name, layer in work.layers.items():
        kind = _kind(layer)
        out = layer.forward(h)
        h_in = layer.x if kind == "Affine" else h
        params = {"W": "W" + name[len("Affine"):], "b": "b" + name[len("Affine"):]} if kind == "Affine" else None
        stages.append(_record(name, kind, "forward", "x", "out", _forward_arrays(layer, kind, h_in, out), params))
        h = out
    last = work.lastLayer
    data_loss = float(last.forward(h, t))
    stages.append(_record("SoftmaxWithLoss", "SoftmaxWithLoss", "forward", "x", "L",
                          {"x": h, "t": t, "y": last.y, "L": data_loss}))

    # backward
    dout = 1
    dx = last.backward(dout)
    stages.append(_record("SoftmaxWithLoss", "SoftmaxWithLoss", "backward", "dout", "dx",
                          {"dout": np.float64(dout), "y": last.y, "t": t, "dx": dx},
                          bug=_faulty(last, "SoftmaxWithLoss", work.bug)))
    dout = dx
    for name, layer in reversed(work.layers.items()):
        kind = _kind(layer)
        dx = layer.backward(dout)
        params = {"dW": "W" + name[len("Affine"):], "db": "b" + name[len("Affine"):]} if kind == "Affine" else None
        unused = ("dx",) if layer is first else ()
        stages.append(_record(name, kind, "backward", "dout", "dx", _backward_arrays(layer, kind, dout, dx),
                              params, unused, _faulty(layer, kind, work.bug)))
        dout = dx

    # collect, exactly as LayerNet.gradient does
    lam = work.weight_decay_lambda
    gradients = {}
    for idx in range(1, work.n_affine + 1):
        affine = work.layers["Affine" + str(idx)]
        gradients["W" + str(idx)] = _frozen(affine.dW + lam * affine.W if lam else affine.dW)
        gradients["b" + str(idx)] = _frozen(affine.db)
    return StepTrace(
        stages=tuple(stages),
        x=_frozen(x),
        t=_frozen(t),
        labels=_frozen(labels),
        loss=data_loss + float(work._weight_decay()),
        data_loss=data_loss,
        gradients=MappingProxyType(gradients),
        layer_names=tuple(work.layers),
        sizes=tuple(work.sizes),
        activation=work.activation,
        weight_decay_lambda=float(lam),
        bug=work.bug,
    )
