"""Gradient check: backprop's gradients against central differences.

The book's ``gradient_check.py`` prints, for W1, b1, W2 and b2, the mean
absolute difference between ``net.gradient`` (backprop) and
``net.numerical_gradient`` (central differences). This module computes the
same numbers, plus a maximum difference, a relative error and a verdict, and
it does so fast.

Why it is fast: perturbing one entry of ``Wk`` changes only one column of
``Affinek``'s output, by ``h * x[:, i]``. So instead of re-running the whole
network once per entry (the book's loop: 2 x 39,760 forward passes for a
784-50-10 net), we build the perturbed outputs of that layer for thousands of
entries at once, stack them as one big batch, and run only the layers *after*
it. The arithmetic is the same central difference; it is just batched.

Everything runs on a float64 copy of the network; the live network (and its
layer caches) is never touched.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from .functions import softmax_cross_entropy
from .layers import Relu

__all__ = ["GradCheckRow", "GradCheckResult", "gradient_check", "verdict_for", "THRESHOLDS"]

# Relative-error thresholds after CS231n's notes on gradient checking.
THRESHOLDS = {"excellent": 1e-7, "acceptable": 1e-4, "wrong": 1e-2}
PASSING = ("excellent", "acceptable")

# Elements of float64 per batched evaluation (about 16 MB): bounds memory.
_CHUNK_ELEMENTS = 2_000_000


def verdict_for(rel_error: float, kinks: int) -> str:
    """'excellent', 'acceptable', 'suspicious' or 'wrong' for a relative error.

    <= 1e-7 is excellent. <= 1e-4 is acceptable only when ReLU kinks were
    crossed (the numerical gradient is then legitimately off); without kinks
    it is suspicious. Above 1e-2 the gradient is wrong.
    """
    if not math.isfinite(rel_error) or rel_error > THRESHOLDS["wrong"]:
        return "wrong"
    if rel_error <= THRESHOLDS["excellent"]:
        return "excellent"
    if rel_error <= THRESHOLDS["acceptable"] and kinks > 0:
        return "acceptable"
    return "suspicious"


@dataclass(frozen=True)
class GradCheckRow:
    """The comparison for one parameter (e.g. 'W1').

    abs_diff has the parameter's shape: |backprop - numerical| per entry,
    NaN where a sampled check skipped the entry.
    """

    name: str
    shape: tuple
    n_checked: int
    mean_abs_diff: float  # the number the book prints
    max_abs_diff: float
    rel_error: float  # |a - n| / (|a| + |n|), norm-wise
    kinks: int  # entries whose +h and -h runs put some ReLU input on both sides of 0
    verdict: str
    abs_diff: np.ndarray

    @property
    def passed(self) -> bool:
        return self.verdict in PASSING

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "shape": list(self.shape),
            "n_checked": self.n_checked,
            "mean_abs_diff": self.mean_abs_diff,
            "max_abs_diff": self.max_abs_diff,
            "rel_error": self.rel_error,
            "kinks": self.kinks,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class GradCheckResult:
    """All rows, plus the race: seconds for backprop vs the numerical gradient."""

    rows: tuple
    backprop_seconds: float
    numerical_seconds: float
    h: float
    n_samples: int
    sampled: bool
    bug: str | None

    @property
    def passed(self) -> bool:
        return all(row.passed for row in self.rows)

    @property
    def speedup(self) -> float:
        """How many times faster backprop was than the numerical gradient."""
        return self.numerical_seconds / max(self.backprop_seconds, 1e-9)

    def row(self, name: str) -> GradCheckRow:
        return next(r for r in self.rows if r.name == name)

    # A result also reads like the book's per-parameter dict: result['W1'].mean_abs_diff.
    def __getitem__(self, name: str) -> GradCheckRow:
        try:
            return self.row(name)
        except StopIteration:
            raise KeyError(name) from None

    def keys(self) -> list[str]:
        return [r.name for r in self.rows]


class Cancelled(Exception):
    """Raised inside gradient_check when ``should_stop()`` returns True."""


def _rest_losses(layers, start, Z, labels_tiled, K, N, relu_masks):
    """Per-copy mean loss of K stacked copies.

    Z : (K*N, H) output of layer ``start - 1`` for every copy. Runs
    layers[start:] and the softmax cross-entropy; returns (K,) losses. When
    ``relu_masks`` is a list, it receives each ReLU input's (> 0) mask.
    """
    for layer in layers[start:]:
        if relu_masks is not None and isinstance(layer, Relu):
            relu_masks.append(Z > 0)
        Z = layer.forward(Z)
    return softmax_cross_entropy(Z, labels_tiled).reshape(K, N).mean(axis=1)


def _numerical_rows(net, x, t, h, entries_by_key, should_stop):
    """Central-difference gradients for the chosen flat entries of each parameter."""
    layers = list(net.layers.values())
    names = list(net.layers.keys())
    acts = [x]
    for layer in layers:
        acts.append(layer.forward(acts[-1]))
    N = x.shape[0]
    lam = net.weight_decay_lambda
    out = {}
    for key, flat in entries_by_key.items():
        kind, k = key[0], key[1:]
        p = names.index("Affine" + k)
        X, O = acts[p].reshape(N, -1), acts[p + 1]
        H = O.shape[1]
        width = max(a.reshape(N, -1).shape[1] for a in acts[p + 1:])
        chunk = max(1, _CHUNK_ELEMENTS // (N * width))
        grad = np.empty(flat.size)
        kinked = np.zeros(flat.size, dtype=bool)
        W = net.params["W" + k]
        for c0 in range(0, flat.size, chunk):
            if should_stop is not None and should_stop():
                raise Cancelled()
            idx = flat[c0:c0 + chunk]
            K = idx.size
            rows, cols = (np.divmod(idx, H) if kind == "W" else (None, idx))
            labels = np.tile(t, K)
            losses, masks = [], []
            for sign in (+1.0, -1.0):
                Z = np.broadcast_to(O, (K, N, H)).copy()
                # Perturbing W[i, j] by +-h shifts output column j by +-h * x[:, i];
                # perturbing b[j] shifts it by +-h.
                bump = sign * h * (X[:, rows].T if kind == "W" else np.ones((K, N)))
                Z[np.arange(K), :, cols] += bump
                m = []
                loss = _rest_losses(layers, p + 1, Z.reshape(K * N, H), labels, K, N, m)
                if lam and kind == "W":
                    w = W.reshape(-1)[idx]
                    loss = loss + 0.5 * lam * ((w + sign * h) ** 2 - w ** 2)
                losses.append(loss)
                masks.append(m)
            grad[c0:c0 + K] = (losses[0] - losses[1]) / (2 * h)
            for plus, minus in zip(*masks):
                kinked[c0:c0 + K] |= (plus != minus).reshape(K, -1).any(axis=1)
        out[key] = (grad, kinked)
    return out


def gradient_check(net, x, t, *, h=1e-4, max_entries=None, seed=0, should_stop=None):
    """Compare backprop with central differences for every parameter of ``net``.

    x : (N, D) inputs (the book uses N = 3); t : (N,) labels or (N, C) one-hot.
    h : the finite-difference step. max_entries : check at most this many
    randomly chosen entries per parameter (None: all of them).
    should_stop : optional callable polled between chunks; when it returns
    True the check raises ``Cancelled``.

    Works on a float64 copy of ``net``; ``net`` itself is left untouched.
    Returns a GradCheckResult with one GradCheckRow per parameter, in the
    order W1, b1, W2, b2, ...
    """
    if not h > 0:
        raise ValueError(f"h must be positive, not {h!r}")
    if max_entries is not None and not (isinstance(max_entries, (int, np.integer)) and max_entries >= 1):
        raise ValueError(f"max_entries must be a whole number of at least 1, or None, not {max_entries!r}")
    net64 = net.copy(dtype=np.float64)
    x = np.asarray(x, dtype=np.float64).reshape(np.shape(x)[0], -1)
    t = np.asarray(t)
    if t.ndim != 1:
        t = t.argmax(axis=1)
    t = t.astype(np.intp)

    start = time.perf_counter()
    grads = net64.gradient(x, t)
    backprop_seconds = time.perf_counter() - start

    rng = np.random.default_rng(seed)
    keys = sorted(net64.params, key=lambda s: (int(s[1:]), s[0] == "b"))
    entries = {}
    for key in keys:
        size = net64.params[key].size
        if max_entries is not None and size > max_entries:
            entries[key] = np.sort(rng.choice(size, size=int(max_entries), replace=False))
        else:
            entries[key] = np.arange(size)

    start = time.perf_counter()
    numerical = _numerical_rows(net64, x, t, h, entries, should_stop)
    numerical_seconds = time.perf_counter() - start

    rows = []
    for key in keys:
        flat = entries[key]
        a = grads[key].reshape(-1)[flat].astype(np.float64)
        n, kinked = numerical[key]
        diff = np.abs(a - n)
        denom = np.linalg.norm(a) + np.linalg.norm(n)
        rel = float(np.linalg.norm(a - n) / denom) if denom > 0 else 0.0
        kinks = int(kinked.sum())
        abs_diff = np.full(net64.params[key].size, np.nan)
        abs_diff[flat] = diff
        rows.append(GradCheckRow(
            name=key,
            shape=tuple(net64.params[key].shape),
            n_checked=int(flat.size),
            mean_abs_diff=float(diff.mean()),
            max_abs_diff=float(diff.max()),
            rel_error=rel,
            kinks=kinks,
            verdict=verdict_for(rel, kinks),
            abs_diff=abs_diff.reshape(net64.params[key].shape),
        ))
    return GradCheckResult(
        rows=tuple(rows),
        backprop_seconds=backprop_seconds,
        numerical_seconds=numerical_seconds,
        h=float(h),
        n_samples=int(x.shape[0]),
        sampled=any(entries[k].size < net64.params[k].size for k in keys),
        bug=net.bug,
    )
