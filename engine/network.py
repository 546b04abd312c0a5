"""Networks built from layers: the book's TwoLayerNet and a MultiLayerNet.

Both keep the book's API: ``params`` (a dict of the very arrays the layers
use, so optimizers can update them in place), ``layers`` (an OrderedDict in
forward order), ``lastLayer``, and the methods ``predict``, ``loss``,
``accuracy``, ``numerical_gradient`` and ``gradient``. The shared methods
live in ``LayerNet`` and read exactly as in the book's ``two_layer_net.py``.

Randomness is injected (``seed``) through ``np.random.default_rng``; nothing
touches the global ``np.random`` state.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np

from .config import MAX_BATCH_MACS
from .faults import decay_factor, layer_classes
from .functions import numerical_gradient

__all__ = ["LayerNet", "TwoLayerNet", "MultiLayerNet"]

# Evaluating 60,000 samples at once is fine for 50 hidden units but not for
# deep, wide nets; accuracy() works through the data in chunks of this size.
# A chunk of a Dataset's uint8 pixels becomes float32 when used: 2,000 rows
# are 6 MB (10,000 rows, 31 MB that Affine1 then holds), and run faster.
_EVAL_CHUNK = 2_000
# Multiply-adds per evaluation chunk at most: ~0.1-0.3 s on one BLAS thread (benchmarks/bench_stop.py),
# so a Stop is heard within a second even for the largest network. The same bound as a training
# mini-batch's forward pass (config.MAX_BATCH_MACS): one source of truth.
_EVAL_CHUNK_MACS = MAX_BATCH_MACS


class LayerNet:
    """What every layered network here shares. Subclasses build ``params``
    and call ``_build_layers()``.

    Attributes
    ----------
    params : dict[str, ndarray]  'W1' (D, H1), 'b1' (H1,), ..., 'WL', 'bL'
    layers : OrderedDict[str, layer]  'Affine1', 'Relu1', ..., 'AffineL'
    lastLayer : SoftmaxWithLoss
    """

    params: dict
    layers: OrderedDict
    bug: str | None = None
    weight_decay_lambda: float = 0.0
    last_loss: float | None = None  # loss of the latest gradient() call
    config = None  # the TrainConfig that trained it, when known
    info: dict | None = None  # free-form facts kept in model files

    # -- the book's methods ------------------------------------------------
    def predict(self, x):
        """Scores (N, C) for inputs x (N, D); no softmax (argmax is the same)."""
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        """Mean cross-entropy loss (plus weight decay) for x (N, D), t (N,) or (N, C)."""
        y = self.predict(x)
        return self.lastLayer.forward(y, t) + self._weight_decay()

    def accuracy(self, x, t, should_stop=None):
        """Fraction of x (N, D) whose argmax score equals t (labels or one-hot).

        should_stop : optional callable polled between chunks of rows; when it
        returns True the evaluation is abandoned and the result is None.
        """
        t = np.asarray(t)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        correct = 0
        # Chunks of about the same cost whatever the network's size, so a stop is heard
        # within ~0.1 s even for the largest network the window allows.
        n_params = sum(p.size for p in self.params.values())
        chunk = int(max(50, min(_EVAL_CHUNK, _EVAL_CHUNK_MACS // max(n_params, 1))))
        for start in range(0, x.shape[0], chunk):
            if should_stop is not None and should_stop():
                return None
            y = self.predict(x[start:start + chunk])
            y = np.argmax(y, axis=1)
            correct += int(np.sum(y == t[start:start + chunk]))
        return correct / float(x.shape[0])

    def numerical_gradient(self, x, t):
        """The book's slow central-difference gradients, one entry at a time."""
        loss_W = lambda W: self.loss(x, t)  # noqa: E731 (the book's lambda)
        grads = {}
        for key in self.params:
            grads[key] = numerical_gradient(loss_W, self.params[key])
        return grads

    def gradient(self, x, t):
        """Backprop gradients of ``loss(x, t)``: a dict shaped like ``params``."""
        # forward (the loss is kept for whoever trains the net)
        self.last_loss = self.loss(x, t)

        # backward
        dout = 1
        dout = self.lastLayer.backward(dout)

        layers = list(self.layers.values())
        layers.reverse()
        for layer in layers:
            dout = layer.backward(dout)

        # collect: grads['W1'] is Affine1's dW, grads['b1'] its db, ...
        grads = {}
        for idx in range(1, self.n_affine + 1):
            affine = self.layers["Affine" + str(idx)]
            grads["W" + str(idx)] = affine.dW
            if self.weight_decay_lambda:  # d/dW of 0.5 * lambda * W**2 (a planted bug may change the 1)
                grads["W" + str(idx)] = affine.dW + decay_factor(self.bug) * self.weight_decay_lambda * affine.W
            grads["b" + str(idx)] = affine.db
        return grads

    # -- additions for the lab ---------------------------------------------
    @property
    def n_affine(self) -> int:
        """Number of Affine layers (the L in W1..WL)."""
        return len(self.params) // 2

    @property
    def sizes(self) -> list[int]:
        """Layer widths from input to output, e.g. [784, 50, 10]."""
        widths = [self.params["W1"].shape[0]]
        widths += [self.params["W" + str(i)].shape[1] for i in range(1, self.n_affine + 1)]
        return widths

    @property
    def dtype(self):
        return self.params["W1"].dtype

    @property
    def activation(self) -> str:
        return self._activation

    def _weight_decay(self):
        if not self.weight_decay_lambda:
            return 0.0
        total = 0.0
        for idx in range(1, self.n_affine + 1):
            W = self.params["W" + str(idx)]
            total += 0.5 * self.weight_decay_lambda * np.sum(W * W)
        return total

    def _build_layers(self):
        """(Re)create ``layers`` and ``lastLayer`` around the arrays in ``params``."""
        classes = layer_classes(self.bug)
        activation = classes["Relu" if self._activation == "relu" else "Sigmoid"]
        name = "Relu" if self._activation == "relu" else "Sigmoid"
        self.layers = OrderedDict()
        for idx in range(1, self.n_affine + 1):
            self.layers["Affine" + str(idx)] = classes["Affine"](
                self.params["W" + str(idx)], self.params["b" + str(idx)]
            )
            if idx < self.n_affine:
                self.layers[name + str(idx)] = activation()
        # Nothing below Affine1 needs its dx; skipping it saves a third of the backward.
        self.layers["Affine1"].need_dx = False
        self.lastLayer = classes["SoftmaxWithLoss"]()

    def architecture(self) -> dict:
        """A JSON-friendly description from which ``from_architecture`` rebuilds the net."""
        return {
            "class": type(self).__name__,
            "sizes": self.sizes,
            "activation": self._activation,
            "weight_decay_lambda": float(self.weight_decay_lambda),
        }

    def state_dict(self) -> dict:
        """Copies of ``params`` (safe to hand to another thread)."""
        return {key: value.copy() for key, value in self.params.items()}

    def load_state_dict(self, state: dict) -> None:
        """Copy ``state`` into ``params`` in place (shapes must match)."""
        for key, value in self.params.items():
            if key not in state or np.shape(state[key]) != value.shape:
                raise ValueError(f"parameter {key}: expected shape {value.shape}")
            value[...] = state[key]

    def copy(self, dtype=None, bug: str | None | type(...) = ...):
        """An independent network with copied parameters (optionally cast).

        ``bug`` defaults to this network's planted bug; pass None for a clean copy.
        """
        new = object.__new__(type(self))
        new.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k not in ("params", "layers", "lastLayer")}
        )
        if bug is not ...:
            layer_classes(bug)  # validate the name
            new.bug = bug
        dtype = self.dtype if dtype is None else np.dtype(dtype)
        new.params = {key: value.astype(dtype, copy=True) for key, value in self.params.items()}
        new._build_layers()
        return new


def _init_std(weight_init, fan_in: int) -> float:
    """Standard deviation of the initial weights for a layer with ``fan_in`` inputs."""
    if isinstance(weight_init, str):
        kind = weight_init.lower()
        if kind in ("he", "relu"):
            return np.sqrt(2.0 / fan_in)  # He et al.: suits ReLU
        if kind in ("xavier", "sigmoid"):
            return np.sqrt(1.0 / fan_in)  # Xavier Glorot: suits sigmoid
        raise ValueError(f"weight_init must be 'he', 'xavier' or a positive number, not {weight_init!r}")
    std = float(weight_init)
    if not std > 0 or not np.isfinite(std):
        raise ValueError(f"weight_init std must be a positive number, not {weight_init!r}")
    return std


class TwoLayerNet(LayerNet):
    """The book's two-layer net: Affine1 -> Relu1 -> Affine2 -> SoftmaxWithLoss.

    W1 : (input_size, hidden_size), b1 : (hidden_size,),
    W2 : (hidden_size, output_size), b2 : (output_size,).
    float64, as in the book, unless ``dtype`` says otherwise.
    """

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01,
                 *, seed=None, dtype=np.float64, bug=None):
        rng = np.random.default_rng(seed)
        self.bug = bug
        self._activation = "relu"
        self.weight_decay_lambda = 0.0
        # Initialise weights
        self.params = {}
        self.params['W1'] = (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype)
        self.params['b1'] = np.zeros(hidden_size, dtype=dtype)
        self.params['W2'] = (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype)
        self.params['b2'] = np.zeros(output_size, dtype=dtype)
        # Build layers: Affine1, Relu1, Affine2, then SoftmaxWithLoss
        self._build_layers()


class MultiLayerNet(LayerNet):
    """A fully connected net of any depth, after the book's ``multi_layer_net.py``.

    Affine1 -> Act1 -> ... -> AffineL -> SoftmaxWithLoss, with Act = Relu or
    Sigmoid. ``hidden_sizes`` is a list such as [100, 100]. ``weight_init`` is
    'he' (sqrt(2/n)), 'xavier' (sqrt(1/n)) or a fixed standard deviation.
    ``weight_decay`` adds 0.5 * lambda * sum(W**2) to the loss.
    """

    def __init__(self, input_size, hidden_sizes, output_size, *, activation="relu",
                 weight_init="he", weight_decay=0.0, seed=None, dtype=np.float32, bug=None):
        if activation not in ("relu", "sigmoid"):
            raise ValueError(f"activation must be 'relu' or 'sigmoid', not {activation!r}")
        hidden_sizes = [int(h) for h in hidden_sizes]
        if not hidden_sizes or min(hidden_sizes) < 1:
            raise ValueError(f"hidden_sizes must list at least one positive size, not {hidden_sizes!r}")
        layer_classes(bug)  # validate the name early
        rng = np.random.default_rng(seed)
        self.bug = bug
        self._activation = activation
        self.weight_decay_lambda = float(weight_decay)
        sizes = [int(input_size)] + hidden_sizes + [int(output_size)]
        self.params = {}
        for idx in range(1, len(sizes)):
            std = _init_std(weight_init, sizes[idx - 1])
            W = std * rng.standard_normal((sizes[idx - 1], sizes[idx]))
            self.params["W" + str(idx)] = W.astype(dtype)
            self.params["b" + str(idx)] = np.zeros(sizes[idx], dtype=dtype)
        self._build_layers()


def from_architecture(arch: dict, params: dict, *, bug: str | None = None) -> LayerNet:
    """A network around ``params``, described by ``architecture()`` output.

    The arrays in ``params`` become the network's own (not copied): no
    random weights are drawn and overwritten, so rebuilding a large net costs
    no more memory than its parameters. The caller has checked them (names
    W1, b1, ..., shapes chaining ``arch['sizes']``, one float dtype).
    """
    sizes = [int(s) for s in arch["sizes"]]
    two_layer = arch.get("class") == "TwoLayerNet" and len(sizes) == 3
    activation = arch.get("activation", "relu")
    if activation not in ("relu", "sigmoid") or (two_layer and activation != "relu"):
        raise ValueError(f"activation {activation!r} does not fit a {arch.get('class')}")
    layer_classes(bug)  # validate the name
    keys = [p + str(idx) for idx in range(1, len(sizes)) for p in "Wb"]
    for idx in range(1, len(sizes)):
        if np.shape(params["W" + str(idx)]) != (sizes[idx - 1], sizes[idx]) or \
                np.shape(params["b" + str(idx)]) != (sizes[idx],):
            raise ValueError(f"W{idx} or b{idx} does not fit the layer sizes {sizes}")
    net = object.__new__(TwoLayerNet if two_layer else MultiLayerNet)
    net.bug = bug
    net._activation = activation
    net.weight_decay_lambda = float(arch.get("weight_decay_lambda", 0.0))
    net.params = {key: params[key] for key in keys}
    net._build_layers()
    return net
