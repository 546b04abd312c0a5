"""Parameter-update rules of chapter 6, as in the book's ``common/optimizer.py``.

Each optimizer has ``update(params, grads)`` that changes the arrays in
``params`` in place, so the layers that share them see the new values. State
(velocity, squared-gradient sums) is kept per parameter name and created on
the first update, in the parameters' dtype.
"""
from __future__ import annotations

import numpy as np

__all__ = ["SGD", "Momentum", "AdaGrad", "Adam", "OPTIMIZERS", "make_optimizer"]


def _scratch(buffers, key, like):
    """A reusable array shaped like ``like`` in ``buffers[key]``: no fresh memory per step."""
    buf = buffers.get(key)
    if buf is None or buf.shape != like.shape or buf.dtype != like.dtype:
        buf = buffers[key] = np.empty_like(like)
    return buf


class SGD:
    """Stochastic gradient descent: ``W <- W - lr * dW``."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self._step = {}  # lr * dW per key, reused

    def update(self, params, grads):
        for key in params.keys():
            # the book: params[key] -= self.lr * grads[key]
            params[key] -= np.multiply(self.lr, grads[key], out=_scratch(self._step, key, grads[key]))


class Momentum:
    """Momentum SGD: ``v <- momentum * v - lr * dW;  W <- W + v``."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None
        self._step = {}  # lr * dW per key, reused

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            # the book: self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            self.v[key] *= self.momentum
            self.v[key] -= np.multiply(self.lr, grads[key], out=_scratch(self._step, key, grads[key]))
            params[key] += self.v[key]


class AdaGrad:
    """AdaGrad: ``h <- h + dW*dW;  W <- W - lr * dW / (sqrt(h) + 1e-7)``."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    """Adam (Kingma & Ba, 2015), in the book's bias-corrected form."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adagrad": AdaGrad, "adam": Adam}


def make_optimizer(name: str, lr: float):
    """An optimizer by (case-insensitive) name: 'sgd', 'momentum', 'adagrad', 'adam'."""
    try:
        cls = OPTIMIZERS[name.lower()]
    except KeyError:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, not {name!r}") from None
    return cls(lr=lr)
