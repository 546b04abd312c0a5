"""Layer health: what the activations and gradients inside each hidden layer look like, with a verdict.

Chapter 6 of the book (``ch06/weight_init_activation_histogram.py``) pushes
1,000 inputs through five hidden layers of 100 and draws each layer's
activations: with Sigmoid and std 1 they pile up at 0 and 1, with std 0.01
they bunch around 0.5, with Xavier they spread. ``layer_health`` measures the
same thing for any network of this engine on any batch, together with the
gradients flowing back, and names what it sees with one word per layer.

It runs its own forward and backward pass through fresh layer objects around
the network's very arrays (``net.params``): the network's layers and their
caches are left untouched, and nothing is copied. Call it on a network no
other thread is updating (the GUI passes a copy).

Per hidden layer k (``Affine k`` followed by its activation, output z of
shape (N, H)):

* ``hist_counts`` / ``hist_edges``: ``np.histogram`` of every entry of z,
  over [0, 1] as the book's figure (for ReLU over [0, max z] when some output
  exceeds 1): a layer whose outputs shrink towards 0 shows as one bar at 0;
* ``mean``, ``spread`` (standard deviation of all N*H entries of z);
* ``saturated``: fraction of sigmoid outputs below 0.05 or above 0.95 (None for ReLU);
* ``dead``: fraction of ReLU units that are 0 for every sample (None for Sigmoid);
* ``grad_counts`` / ``grad_edges``: histogram of dout, the gradient of the
  loss flowing into the layer's output, over [-max|dout|, max|dout|];
* ``grad_norm``: ||dout|| (Frobenius norm of the (N, H) array);
* ``grad_ratio``: grad_norm / (the same norm one hidden layer nearer the
  output), below 1 when the gradient shrinks on its way back; None for the
  top hidden layer (no hidden layer above it to compare with);
* ``dw_ratio``: ||dW|| / ||W|| of the layer's Affine;
* ``update_ratio``: log10(std(lr * dW) / std(W)), the size of one SGD update
  next to the weights (around -3 is the rule of thumb for healthy learning).

Verdicts (``VERDICTS``), the first that applies wins:

* ``exploding``: not finite, grad_ratio > EXPLODING_RATIO, or
  update_ratio > EXPLODING_UPDATE (one SGD step would move the weights by more
  than a tenth of their size);
* ``dead``: dead > DEAD_FRACTION (ReLU);
* ``saturated``: saturated > SATURATED_FRACTION (Sigmoid);
* ``collapsed``: spread < COLLAPSED_SPREAD[activation] (every unit says nearly the same);
* ``vanishing``: grad_ratio < VANISHING_RATIO;
* ``healthy``: none of these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

__all__ = [
    "COLLAPSED_SPREAD",
    "DEAD_FRACTION",
    "EXPLODING_RATIO",
    "EXPLODING_UPDATE",
    "HEALTHY_UPDATE_RATIO",
    "HEALTH_SAMPLES",
    "HIST_BINS",
    "SATURATED_FRACTION",
    "SATURATION_HIGH",
    "SATURATION_LOW",
    "VANISHING_RATIO",
    "VERDICTS",
    "HealthReport",
    "LayerHealth",
    "layer_health",
    "verdict_of",
]

VERDICTS = ("healthy", "saturated", "collapsed", "dead", "vanishing", "exploding")

HEALTH_SAMPLES = 1000  # the book's experiment pushes 1,000 inputs through the net
HIST_BINS = 30  # the book's histograms have 30 bins

SATURATION_LOW, SATURATION_HIGH = 0.05, 0.95  # a sigmoid output outside these is saturated (y(1-y) < 0.048)
SATURATED_FRACTION = 0.5  # most outputs in the tails: the layer passes almost no gradient back
DEAD_FRACTION = 0.5  # most ReLU units silent on every sample of the batch
# Std of all activations of the layer below which its units say nearly the same thing for every
# input. On MNIST at initialisation (5 hidden layers of 100): Sigmoid with std 0.01 gives
# 0.012-0.025 (every output near 0.5), Xavier 0.08-0.18; ReLU with std 0.01 shrinks tenfold
# per layer (0.004 in the second), Xavier halves it every two layers (0.04 in the fifth), He 0.2-0.3.
COLLAPSED_SPREAD = {"sigmoid": 0.04, "relu": 0.01}
# The gradient shrinking more than tenfold through one layer on its way back. Sigmoid alone
# divides it by at least 4 (its derivative is at most 0.25), so the threshold is wider than
# that: Xavier-initialised Sigmoid nets lose about 4x per layer and are healthy; ReLU with std
# 0.01 loses 14x.
VANISHING_RATIO = 0.1
# Growing more than fourfold per layer: ReLU with std 1 grows it about 7x (and its activations
# too), He keeps it at about 1.
EXPLODING_RATIO = 4.0
# One SGD step moving the weights by more than a tenth of their size (ReLU with std 1 at lr 0.1:
# +1 to +2; He at lr 0.1: -2.2 to -2.6).
EXPLODING_UPDATE = -1.0
HEALTHY_UPDATE_RATIO = -3.0  # log10(update / weight): the rule of thumb the view draws as a line


@dataclass(frozen=True)
class LayerHealth:
    """Statistics of one hidden layer (see the module docstring)."""

    index: int  # 1 for the first hidden layer
    name: str  # 'Relu1', 'Sigmoid3', ...
    activation: str  # 'relu' or 'sigmoid'
    units: int
    hist_counts: np.ndarray  # (HIST_BINS,) int64
    hist_edges: np.ndarray  # (HIST_BINS + 1,) float64
    mean: float
    spread: float
    saturated: float | None
    dead: float | None
    grad_counts: np.ndarray  # (HIST_BINS,) int64
    grad_edges: np.ndarray  # (HIST_BINS + 1,) float64
    grad_norm: float
    grad_ratio: float | None
    dw_ratio: float
    update_ratio: float
    verdict: str

    def to_dict(self) -> dict:
        """JSON-friendly: arrays as lists, non-finite numbers as None."""
        out = {}
        for key, value in asdict(self).items():
            if isinstance(value, np.ndarray):
                value = value.tolist()
            elif isinstance(value, float) and not np.isfinite(value):
                value = None
            out[key] = value
        return out


@dataclass(frozen=True)
class HealthReport:
    """Layer health of a network on one batch: ``layers`` from input to output."""

    layers: tuple[LayerHealth, ...]
    samples: int
    lr: float
    loss: float

    @property
    def verdicts(self) -> tuple[str, ...]:
        return tuple(layer.verdict for layer in self.layers)

    def to_dict(self) -> dict:
        return {"samples": self.samples, "lr": self.lr, "loss": self.loss if np.isfinite(self.loss) else None,
                "layers": [layer.to_dict() for layer in self.layers]}


def verdict_of(*, activation, saturated, dead, spread, grad_ratio, update_ratio=-3.0, finite=True) -> str:
    """The one word for a layer's statistics (None for a statistic that does not apply)."""
    if not finite or (grad_ratio is not None and not grad_ratio <= EXPLODING_RATIO) \
            or update_ratio > EXPLODING_UPDATE:
        return "exploding"
    if dead is not None and dead > DEAD_FRACTION:
        return "dead"
    if saturated is not None and saturated > SATURATED_FRACTION:
        return "saturated"
    if spread < COLLAPSED_SPREAD[activation]:
        return "collapsed"
    if grad_ratio is not None and grad_ratio < VANISHING_RATIO:
        return "vanishing"
    return "healthy"


def _fresh_layers(net):
    """New layer objects of the network's classes around its arrays: (name, layer) in forward order."""
    fresh = []
    for name, layer in net.layers.items():
        if hasattr(layer, "W"):
            new = type(layer)(layer.W, layer.b)
            new.need_dx = bool(fresh)  # no layer lies below the first: its dx is not needed
        else:
            new = type(layer)()
        fresh.append((name, new))
    return fresh, type(net.lastLayer)()


def _histogram(values: np.ndarray, low: float, high: float):
    """np.histogram of every entry over [low, high] in HIST_BINS bins (float64 edges)."""
    if not (np.isfinite(low) and np.isfinite(high)) or high <= low:
        low, high = (low, low + 1.0) if np.isfinite(low) else (0.0, 1.0)
    values = values[np.isfinite(values)] if not np.isfinite(values).all() else values
    return np.histogram(values, bins=HIST_BINS, range=(float(low), float(high)))


def _norm(a) -> float:
    return float(np.sqrt(np.sum(np.square(a, dtype=np.float64))))


def layer_health(net, x, t, lr: float = 0.1, samples: int | None = HEALTH_SAMPLES) -> HealthReport:
    """Per hidden layer statistics of ``net`` on the first ``samples`` rows of x (N, D) and t (N,) or (N, C).

    x may be an array or a Dataset's Pixels; samples=None takes every row.
    lr : the learning rate whose SGD update ``update_ratio`` measures.
    The network's state (parameters, layers, caches) is not changed.
    """
    if samples is not None:
        x, t = x[:samples], t[:samples]
    x = np.asarray(x, dtype=net.dtype)
    t = np.asarray(t)
    fresh, last = _fresh_layers(net)
    outputs = {}
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        h = x
        for name, layer in fresh:
            h = layer.forward(h)
            outputs[name] = h
        loss = float(last.forward(h, t))
        dout = last.backward(1)
        into = {}  # name of an activation layer -> the gradient flowing into its output
        for name, layer in reversed(fresh):
            if not hasattr(layer, "W"):
                into[name] = dout
            dout = layer.backward(dout)
    affines = [layer for _name, layer in fresh if hasattr(layer, "W")]
    hidden = [(name, layer) for name, layer in fresh if not hasattr(layer, "W")]
    activation = net.activation
    stats = []
    norms = [_norm(into[name]) for name, _layer in hidden]
    for k, (name, _layer) in enumerate(hidden):
        z = outputs[name]
        grad = into[name]
        finite = bool(np.isfinite(z).all() and np.isfinite(grad).all())
        z64 = z.astype(np.float64, copy=False)
        if activation == "sigmoid":
            counts, edges = _histogram(z64, 0.0, 1.0)
            saturated = float(np.mean((z64 < SATURATION_LOW) | (z64 > SATURATION_HIGH)))
            dead = None
        else:
            top = float(np.max(z64)) if finite and z64.size else 1.0
            counts, edges = _histogram(z64, 0.0, max(top, 1.0))
            saturated = None
            dead = float(np.mean(np.all(z64 <= 0, axis=0)))
        g64 = grad.astype(np.float64, copy=False)
        reach = float(np.max(np.abs(g64))) if finite and g64.size else 1.0
        grad_counts, grad_edges = _histogram(g64, -reach, reach if reach > 0 else 1.0)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            grad_ratio = None
            if k + 1 < len(norms):
                upper = norms[k + 1]
                grad_ratio = float(norms[k] / upper) if upper > 0 else (np.inf if norms[k] > 0 else 1.0)
            affine = affines[k]
            W = affine.W.astype(np.float64, copy=False)
            dW = affine.dW.astype(np.float64, copy=False)
            dw_ratio = _norm(dW) / _norm(W) if _norm(W) > 0 else np.inf
            update_ratio = float(np.log10(np.std(lr * dW) / np.std(W))) if np.std(W) > 0 else np.nan
        spread = float(np.std(z64))
        stats.append(LayerHealth(
            index=k + 1, name=name, activation=activation, units=int(z.shape[1]),
            hist_counts=counts, hist_edges=edges, mean=float(np.mean(z64)), spread=spread,
            saturated=saturated, dead=dead, grad_counts=grad_counts, grad_edges=grad_edges,
            grad_norm=norms[k], grad_ratio=grad_ratio, dw_ratio=float(dw_ratio),
            update_ratio=float(update_ratio),
            verdict=verdict_of(activation=activation, saturated=saturated, dead=dead, spread=spread,
                               grad_ratio=grad_ratio, update_ratio=float(update_ratio),
                               finite=finite and np.isfinite(spread)),
        ))
    return HealthReport(layers=tuple(stats), samples=int(x.shape[0]), lr=float(lr), loss=loss)
