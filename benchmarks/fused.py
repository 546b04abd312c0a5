"""The floor for a NumPy engine: one training step of 784-H-10 written as one loop.

``FusedNet`` does the arithmetic of ``MultiLayerNet([H], activation='relu')``
+ ``SGD`` + the trainer's mini-batch gather, hand-fused: no layer objects, no
dicts, every array preallocated and every operation in place (``out=``). It is
what the engine is measured against in ``bench_engine.py``; the tests check
that it computes the engine's gradients (tests/engine/test_speed.py).

Not product code: nothing in the app imports it.
"""
from __future__ import annotations

import numpy as np


class FusedNet:
    """784-H-10 ReLU net trained by plain SGD, in float32 (or params' dtype).

    params : dict with 'W1' (D, H), 'b1' (H,), 'W2' (H, C), 'b2' (C,); copied.
    batch_size : N, the mini-batch size every buffer is made for.
    After ``gradient`` the buffers ``dW1, db1, dW2, db2`` hold the gradients.
    """

    def __init__(self, params, batch_size):
        self.W1, self.b1, self.W2, self.b2 = (params[k].copy() for k in ("W1", "b1", "W2", "b2"))
        (D, H), C, N, f = self.W1.shape, self.W2.shape[1], batch_size, self.W1.dtype
        self.N = N
        self.x = np.empty((N, D), f)  # the mini-batch
        self.pixels = np.empty((N, D), np.uint8)  # the gathered uint8 pixels
        self.h = np.empty((N, H), f)  # hidden activations after ReLU
        self.mask = np.empty((N, H), bool)
        self.s = np.empty((N, C), f)  # scores, then log-probabilities
        self.e = np.empty((N, C), f)  # exp, then y, then dscores
        self.m = np.empty((N, 1), f)
        self.dh = np.empty((N, H), f)
        self.dW1, self.db1 = np.empty_like(self.W1), np.empty_like(self.b1)
        self.dW2, self.db2 = np.empty_like(self.W2), np.empty_like(self.b2)
        self.rows = np.arange(N)
        self.scale = np.asarray(255.0, dtype=np.float32)

    def gather(self, x_train, idx):
        """Copy rows ``idx`` of x_train (float, or uint8 0..255 scaled to [0, 1]) into ``self.x``."""
        if x_train.dtype == np.uint8:
            np.take(x_train, idx, axis=0, out=self.pixels)
            np.divide(self.pixels, self.scale, out=self.x)
        else:
            np.take(x_train, idx, axis=0, out=self.x)
        return self.x

    def gradient(self, x, t):
        """Loss of x (N, D) against labels t (N,); gradients into dW1, db1, dW2, db2."""
        h, s, e, m, rows = self.h, self.s, self.e, self.m, self.rows
        np.dot(x, self.W1, out=h)
        h += self.b1
        np.maximum(h, 0, out=h)
        np.dot(h, self.W2, out=s)
        s += self.b2
        np.max(s, axis=1, keepdims=True, out=m)
        s -= m
        np.exp(s, out=e)
        np.sum(e, axis=1, keepdims=True, out=m)
        np.log(m, out=m)
        s -= m  # log-softmax
        loss = -np.sum(s[rows, t]) / self.N
        np.exp(s, out=e)  # y
        e[rows, t] -= 1
        e /= self.N  # dscores = (y - t) / N
        np.dot(h.T, e, out=self.dW2)
        np.sum(e, axis=0, out=self.db2)
        np.dot(e, self.W2.T, out=self.dh)
        np.greater(h, 0, out=self.mask)
        self.dh *= self.mask
        np.dot(x.T, self.dh, out=self.dW1)
        np.sum(self.dh, axis=0, out=self.db1)
        return loss

    def update(self, lr):
        """SGD in place: param -= lr * grad (the gradient buffers are overwritten)."""
        for p, g in ((self.W1, self.dW1), (self.b1, self.db1), (self.W2, self.dW2), (self.b2, self.db2)):
            np.multiply(g, lr, out=g)
            np.subtract(p, g, out=p)

    def train(self, x_train, t_train, order, lr):
        """One SGD step per batch of ``order`` (an (steps, N) array of row indices)."""
        loss = float("nan")
        for idx in order:
            x = self.gather(x_train, idx)
            loss = self.gradient(x, t_train[idx])
            self.update(lr)
        return loss
