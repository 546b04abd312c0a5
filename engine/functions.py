"""Activation and loss functions of chapter 3-5, and the book's numerical gradient.

Each function accepts what the book's ``common/functions.py`` accepts: a 1-D
array (one sample) or a 2-D array of shape (N, C) (a mini-batch), and targets
``t`` that are either one-hot of shape (N, C) or class labels of shape (N,).

Two deliberate differences from the book, both about numerical honesty:

* ``sigmoid`` never overflows: ``1 / (1 + exp(-x))`` warns for x < -709 in
  float64 (and x < -88 in float32); the identical ``0.5 * (1 + tanh(x / 2))``
  does not.
* The cross-entropy has no ``+ 1e-7`` inside the log. The book adds it so that
  ``log(0)`` cannot happen, but it biases the loss by up to 1e-7 per sample,
  and the numerical gradient of that biased loss disagrees with backprop at
  about 5e-7. We compute the loss from the scores with a log-softmax, which is
  exact and never takes the log of zero.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "sigmoid",
    "sigmoid_grad",
    "relu",
    "relu_grad",
    "softmax",
    "log_softmax",
    "cross_entropy_error",
    "softmax_cross_entropy",
    "numerical_gradient",
]


def sigmoid(x):
    """Logistic sigmoid ``1 / (1 + exp(-x))``, any shape, overflow-safe."""
    # Mathematically identical to the book's formula; tanh saturates instead
    # of overflowing, and it is one ufunc call.
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def sigmoid_grad(x):
    """Derivative of the sigmoid, ``(1 - y) * y`` with ``y = sigmoid(x)``."""
    y = sigmoid(x)
    return (1.0 - y) * y


def relu(x):
    """Rectified linear unit ``max(0, x)``, any shape."""
    return np.maximum(0, x)


def relu_grad(x):
    """Derivative of ReLU: 1 where x > 0, else 0 (same shape and dtype as x)."""
    return (x > 0).astype(x.dtype)


def _labels(t, y):
    """Class labels of shape (N,) from one-hot ``t`` of the same size as ``y``."""
    t = np.asarray(t)
    if t.size == y.size:  # one-hot, as in the book
        return t.reshape(y.shape).argmax(axis=-1)
    return t.reshape(-1).astype(np.intp, copy=False)


def log_softmax(x):
    """``log(softmax(x))`` along the last axis, computed without a log of zero.

    x : (C,) or (N, C) scores. Returns an array of the same shape.
    """
    shifted = x - np.max(x, axis=-1, keepdims=True)  # overflow guard
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def softmax(x):
    """Softmax along the last axis. x : (C,) or (N, C); returns the same shape."""
    shifted = x - np.max(x, axis=-1, keepdims=True)  # the book's overflow guard
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    """Mean cross-entropy of probabilities ``y`` against targets ``t``.

    y : (C,) or (N, C) probabilities (output of ``softmax``).
    t : one-hot of the same shape as y, or labels of shape (N,) / scalar.

    Without the book's ``+ 1e-7``: a probability of exactly zero is clamped to
    the smallest positive number of its dtype, so the loss stays finite.
    """
    y = np.asarray(y)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = np.reshape(t, (1, -1)) if np.size(t) == y.size else np.reshape(t, (1,))
    labels = _labels(t, y)
    batch_size = y.shape[0]
    p = y[np.arange(batch_size), labels]
    p = np.maximum(p, np.finfo(y.dtype if y.dtype.kind == "f" else float).tiny)
    return -np.sum(np.log(p)) / batch_size


def softmax_cross_entropy(x, t):
    """Per-sample cross-entropy of ``softmax(x)``, from the scores ``x``.

    x : (N, C) scores. t : (N, C) one-hot or (N,) labels.
    Returns (N,) losses; their mean is what ``SoftmaxWithLoss`` reports.
    """
    logp = log_softmax(x)
    labels = _labels(t, x)
    return -logp[np.arange(x.shape[0]), labels]


def numerical_gradient(f, x):
    """Central-difference gradient of a scalar ``f`` with respect to array ``x``.

    The book's ``numerical_gradient``: perturb one entry at a time by
    ``h = 1e-4``, evaluate ``f(x)`` twice, restore the entry. ``x`` is modified
    in place during the call and restored before it returns. ``f`` receives
    ``x`` (the book's ``lambda W: net.loss(x, t)`` ignores it).

    Slow by design (two full forward passes per entry); see
    ``engine.gradcheck`` for the vectorised version used by the lab.
    """
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=[["readwrite"]])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)  # f(x+h)
        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val  # restore
        it.iternext()
    return grad
