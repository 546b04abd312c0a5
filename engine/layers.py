"""The layers of chapter 5: Relu, Sigmoid, Affine and SoftmaxWithLoss.

Each layer is a small object with ``forward`` and ``backward``, as in the
book's ``common/layers.py``. ``forward`` keeps what ``backward`` will need
(the ReLU mask, the sigmoid output, the Affine input); ``backward`` takes the
upstream gradient ``dout`` and returns the gradient for its input, ``dx``.

Two rules the book leaves implicit and this module keeps:

* ``backward`` never modifies the ``dout`` it was given (the book's ReLU
  writes zeros into it, which breaks anyone who looks at ``dout`` later).
* ``SoftmaxWithLoss`` takes one-hot or label targets ``t`` and computes its
  loss with a log-softmax, without the book's ``+ 1e-7`` (see
  ``engine.functions``).
"""
from __future__ import annotations

import numpy as np

from .functions import log_softmax, sigmoid

__all__ = ["Relu", "Sigmoid", "Affine", "SoftmaxWithLoss"]


class Relu:
    """ReLU layer: ``out = x`` where ``x > 0``, else 0. Any input shape."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = np.maximum(x, 0)  # the book: out = x.copy(); out[self.mask] = 0
        return out

    def backward(self, dout):
        # The gradient flows only where the input was positive.
        dx = dout * ~self.mask  # the book: dx = dout.copy(); dx[self.mask] = 0
        return dx


class Sigmoid:
    """Sigmoid layer: ``out = 1 / (1 + exp(-x))``. Any input shape."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        out = sigmoid(x)
        self.out = out
        return out

    def backward(self, dout):
        # dy/dx = y (1 - y): the layer needs only its own output.
        dx = dout * (1.0 - self.out) * self.out
        return dx


class Affine:
    """Fully connected layer: ``out = x W + b``.

    W : (D, H) weights; b : (H,) biases. ``forward`` accepts x of shape
    (N, D) or (N, d1, d2, ...) with d1*d2*... = D (an image batch) and
    ``backward`` returns dx in that original shape. After ``backward`` the
    layer holds ``dW`` (D, H) and ``db`` (H,).

    ``W`` and ``b`` are the very arrays in the network's ``params``: an
    optimizer that updates ``params`` in place updates this layer too.

    ``need_dx = False`` (set by a network on its first layer) skips dx: no
    layer lies below to use it, and that product is a third of the backward
    pass's arithmetic. ``backward`` then returns None.
    """

    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.need_dx = True
        self.x = None
        self.original_x_shape = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        out = np.dot(self.x, self.W)
        out += self.b  # the book: out = np.dot(self.x, self.W) + self.b
        return out

    def backward(self, dout):
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        if not self.need_dx:
            return None
        dx = np.dot(dout, self.W.T)
        dx = dx.reshape(*self.original_x_shape)  # back to the input's shape
        return dx


class SoftmaxWithLoss:
    """Softmax followed by the cross-entropy loss, as one layer.

    forward(x, t): x (N, C) scores, t (N, C) one-hot or (N,) labels;
    returns the mean loss (a scalar). backward(dout=1) returns dx (N, C),
    which is ``(y - t) / N``: the reason the book fuses the two layers.
    """

    def __init__(self):
        self.loss = None
        self.y = None  # softmax output, (N, C)
        self.t = None  # targets, as given

    def forward(self, x, t):
        self.t = t
        logp = log_softmax(x)
        self.y = np.exp(logp)
        batch_size = x.shape[0]
        if t.size == logp.size:  # one-hot targets
            self.loss = -np.sum(t * logp) / batch_size
        else:  # class labels
            self.loss = -np.sum(logp[np.arange(batch_size), t]) / batch_size
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        if self.t.size == self.y.size:  # one-hot targets
            dx = (self.y - self.t) / batch_size
        else:
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
            dx /= batch_size  # the book: dx = dx / batch_size
        return dx * dout
