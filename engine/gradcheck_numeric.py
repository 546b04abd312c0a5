"""The numerical gradient of the gradient check: batched central differences, kink-aware.

Why it is fast: perturbing one entry of ``Wk`` changes only one column of
``Affinek``'s output, by ``h * x[:, i]``. So instead of re-running the whole
network once per entry (the book's loop: 2 x 39,760 forward passes for a
784-50-10 net), we build the perturbed outputs of that layer for thousands of
entries at once, stack them as one big batch, and run only the layers *after*
it. The arithmetic is the same central difference; it is just batched.

Why it is kink-aware: ReLU is not differentiable at 0. When the +h or -h run
of an entry moves some ReLU input to the other side of 0 (a *kink*), the
central difference averages two different slopes and disagrees with a
correct backprop, sometimes by 1e-2. For those entries only, we take the
step again, smaller: small enough to stay on one side of every kink. Along
the step every ReLU input moves (piecewise) linearly, so the run at h tells
how far each crossing input was from 0 as a fraction of h; we step a little
under the nearest. The step may not shrink below a *floor*, the step at which
float64 round-off would swamp the difference (see ``roundoff``); an entry
whose kink is closer than that sits *on* the kink, where the loss has no
derivative, and is left out of the verdict.

Round-off: the loss is computed with an absolute float64 error of about
``eps * S`` (S: the size of the numbers summed in the softmax cross-entropy),
so a central difference with step h carries an error of about
``ROUNDOFF_SAFETY * eps * S / h``. That is the floor below which a
difference between backprop and the numerical gradient means nothing.
"""
from __future__ import annotations

import time

import numpy as np

from .functions import log_softmax
from .layers import Relu

__all__ = ["Cancelled", "numerical_entries", "EntryGradients", "ROUNDOFF_SAFETY", "EPS"]

EPS = float(np.finfo(np.float64).eps)
# A safety factor on eps * S / h, chosen by measurement: with it no correct net of the 300
# draws in tests/engine/test_gradcheck_trust.py, and no 784-20-10 net trained 1000 Adam
# steps, is flagged; on the trained nets W2's disagreement comes to about this floor.
ROUNDOFF_SAFETY = 16.0
# A re-checked entry's own round-off may reach at most this fraction of the
# parameter's typical (RMS) gradient: that sets the smallest step allowed.
RECHECK_ROUNDOFF = 1e-2
MAX_ROUNDS = 8  # shrinking rounds before an entry is declared on a kink

# Elements of float64 per batched evaluation (about 16 MB): bounds memory.
_CHUNK_ELEMENTS = 2_000_000


class Cancelled(Exception):
    """Raised inside gradient_check when ``should_stop()`` returns True."""


class EntryGradients:
    """The numerical gradient of the checked entries of one parameter (all arrays (n,)).

    grad : central difference at the step h, as the book computes it.
    kinked : the +h or -h run moved some ReLU input across 0.
    grad_after : grad, or the re-checked value where kinked; NaN on a kink.
    step : the step each entry's grad_after used (h, or smaller where re-checked).
    on_kink : kinked and no step above the floor stays on one side (left out).
    roundoff : estimated float64 round-off error of grad_after, per entry.
    """

    def __init__(self, grad, kinked, grad_after, step, on_kink, roundoff):
        self.grad, self.kinked, self.grad_after = grad, kinked, grad_after
        self.step, self.on_kink, self.roundoff = step, on_kink, roundoff

    @property
    def rechecked(self):
        return self.kinked & ~self.on_kink


def _loss_scale(logits):
    """S: mean over samples of |logsumexp| + max |score|, the size of what the loss sums."""
    lse = logits.max(axis=1) - log_softmax(logits).max(axis=1)
    return float(np.mean(np.abs(lse) + np.abs(logits).max(axis=1)))


def _sample_losses(Z, labels):
    """Per-sample softmax cross-entropy of scores Z (M, C), as ``functions.softmax_cross_entropy``.

    The same log-softmax arithmetic, laid out class-major (C, M): NumPy reduces
    over a short last axis (10 classes) several times slower than across rows.
    """
    Zt = np.ascontiguousarray(Z.T)
    shifted = Zt - Zt.max(axis=0)  # overflow guard
    lse = np.log(np.exp(shifted).sum(axis=0))
    return lse - shifted[labels, np.arange(Zt.shape[1])]


def _nearest_kink(frac, u0, u):
    """frac (K,), lowered to |u0 / (u0 - u)| where an input crossed 0.

    u0 : before, u : after, broadcastable to (N, K, ...): copy k on axis 1.
    """
    crossed = (u > 0) != (u0 > 0)
    if crossed.any():
        where = np.nonzero(crossed)
        u0_at = np.broadcast_to(u0, crossed.shape)[where]
        f = np.abs(u0_at / (u0_at - u[where]))
        np.minimum.at(frac, where[1], f)
    return frac


class _Param:
    """What perturbing entries of one parameter needs: the layer's input and output, the rest.

    Moving W[i, j] (or b[j]) of Affine p changes only column j of its output,
    so the activation above it changes in that column only, and the next
    Affine's output by a rank-one update: (change of column j) x W_next[j, :].
    That spares the widest product of each evaluation.
    """

    def __init__(self, net, layers, acts, key, t):
        kind, k = key[0], key[1:]
        names = list(net.layers.keys())
        p = names.index("Affine" + k)
        self.kind, self.p = kind, p
        self.N = acts[0].shape[0]
        self.X, self.O = acts[p].reshape(self.N, -1), acts[p + 1]
        self.t = t
        self.lam = net.weight_decay_lambda
        self.W = net.params["W" + k]
        self.act = layers[p + 1] if p + 2 < len(layers) else None  # the activation above, if any
        if self.act is not None:  # start again above the next Affine
            self.next_W, self.start_out, start = layers[p + 2].W, acts[p + 3], p + 3
        else:  # Affine p is the last: its output is the scores
            self.next_W, self.start_out, start = None, self.O, p + 1
        self.rest = layers[start:]
        # Unperturbed inputs of the ReLUs in self.rest: (N, 1, width) each.
        self.base = [acts[i][:, None, :] for i in range(start, len(layers)) if isinstance(layers[i], Relu)]
        width = max(a.reshape(self.N, -1).shape[1] for a in acts[p + 1:])
        self.chunk = max(1, _CHUNK_ELEMENTS // (self.N * width))
        self.labels = {}

    def run(self, idx, deltas):
        """Loss of the copies with entry idx[k] moved by deltas[k]: (losses (K,), crossing fraction (K,)).

        The fraction is, per copy, the smallest u0 / (u0 - u) over ReLU inputs whose
        side of 0 changed (u0 before, u after): how far along the step the nearest
        kink lies. inf where no ReLU input changed side. Arrays are laid out
        sample-major, (N, K, width): NumPy reduces fast across rows, slowly along a
        short last axis.
        """
        K, N = idx.size, self.N
        rows, cols = (np.divmod(idx, self.O.shape[1]) if self.kind == "W" else (None, idx))
        # Perturbing W[i, j] by d shifts output column j by d * x[:, i]; b[j] shifts it by d.
        u0 = self.O[:, cols]  # (N, K)
        u = u0 + deltas * (self.X[:, rows] if self.kind == "W" else 1.0)
        frac = np.full(K, np.inf)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            if self.act is None:
                Z = np.repeat(self.O[:, None, :], K, axis=1)  # (N, K, C)
                Z[:, np.arange(K), cols] = u
            else:
                if isinstance(self.act, Relu):
                    frac = _nearest_kink(frac, u0, u)
                change = self.act.forward(u) - self.act.forward(u0)  # (N, K): column j above
                Z = self.start_out[:, None, :] + change[:, :, None] * self.next_W[cols]
            width = Z.shape[2]
            Z = Z.reshape(N * K, width)
            relu = 0
            for layer in self.rest:
                if isinstance(layer, Relu):
                    frac = _nearest_kink(frac, self.base[relu], Z.reshape(N, K, -1))
                    relu += 1
                Z = layer.forward(Z)
            if K not in self.labels:
                self.labels = {K: np.repeat(self.t, K)}
            loss = _sample_losses(Z, self.labels[K]).reshape(N, K).mean(axis=0)
            if self.lam and self.kind == "W":
                w = self.W.reshape(-1)[idx]
                loss = loss + 0.5 * self.lam * ((w + deltas) ** 2 - w ** 2)
        return loss, frac

    def central(self, idx, steps, should_stop):
        """(L(+step) - L(-step)) / 2 step per entry, and the nearest-kink fraction of either run."""
        grad = np.empty(idx.size)
        frac = np.empty(idx.size)
        for c0 in range(0, idx.size, self.chunk):
            if should_stop is not None and should_stop():
                raise Cancelled()
            sl = slice(c0, c0 + self.chunk)
            plus, f_plus = self.run(idx[sl], steps[sl])
            minus, f_minus = self.run(idx[sl], -steps[sl])
            with np.errstate(invalid="ignore", over="ignore"):
                grad[sl] = (plus - minus) / (2 * steps[sl])
            frac[sl] = np.minimum(f_plus, f_minus)
        return grad, frac


def numerical_entries(net, x, t, h, entries_by_key, should_stop=None, backprop=None):
    """Kink-aware central differences for the chosen flat entries of each parameter.

    net : a float64 network; x : (N, D); t : (N,) labels; h : the step.
    entries_by_key : {'W1': flat indices (n,), ...}.
    backprop : {'W1': backprop's gradient at those entries (n,), ...}, optional: a
    parameter that disagrees between 1e-7 and 1e-2 is then refined (see _refine).
    Returns ({key: EntryGradients}, seconds spent re-checking).
    """
    recheck_seconds = 0.0
    layers = list(net.layers.values())
    acts = [x]
    for layer in layers:
        acts.append(layer.forward(acts[-1]))
    with np.errstate(invalid="ignore", over="ignore"):
        scale = _loss_scale(acts[-1]) if np.isfinite(acts[-1]).all() else np.inf
    out = {}
    for key, flat in entries_by_key.items():
        param = _Param(net, layers, acts, key, t)
        steps = np.full(flat.size, float(h))
        grad, frac = param.central(flat, steps, should_stop)
        kinked = np.isfinite(frac) & np.isfinite(grad)
        after, step = grad.copy(), steps.copy()
        on_kink = np.zeros(flat.size, dtype=bool)
        todo = np.flatnonzero(kinked & np.isfinite(grad))
        started = time.perf_counter()
        if todo.size:
            # The floor: the step at which this entry's round-off reaches RECHECK_ROUNDOFF
            # of the parameter's typical gradient (judged on the entries without kinks).
            # (All finite entries: near a kink the step at h is still of the right size, and a
            # layer's entries without kinks may all be 0, units no sample switched on.)
            finite = grad[np.isfinite(grad)]
            typical = float(np.sqrt(np.mean(finite ** 2)))
            floor = ROUNDOFF_SAFETY * EPS * scale / max(RECHECK_ROUNDOFF * typical, 1e-300)
            floor = max(floor, h * 1e-12)
            trial = h * np.clip(0.5 * frac[todo], 1e-6, 0.5)
            for _ in range(MAX_ROUNDS):
                low = trial < floor
                on_kink[todo[low]] = True
                todo, trial = todo[~low], trial[~low]
                if not todo.size:
                    break
                g, f = param.central(flat[todo], trial, should_stop)
                clean = ~np.isfinite(f)
                after[todo[clean]] = g[clean]
                step[todo[clean]] = trial[clean]
                todo, trial, f = todo[~clean], trial[~clean], f[~clean]
                trial = trial * np.clip(0.5 * f, 1e-6, 0.5)
            on_kink[todo] = True
        after[on_kink] = np.nan
        with np.errstate(divide="ignore", invalid="ignore"):
            roundoff = ROUNDOFF_SAFETY * EPS * scale / step
        if backprop is not None:
            after, roundoff = _refine(param, flat, backprop[key], after, step, roundoff, on_kink, should_stop)
        recheck_seconds += time.perf_counter() - started
        out[key] = EntryGradients(grad, kinked, after, step, on_kink, roundoff)
    return out, recheck_seconds


def _refine(param, flat, a, after, step, roundoff, on_kink, should_stop):
    """Richardson's step: where backprop and the central difference disagree a little.

    A central difference with step h is off by about c h^2 (truncation: large
    activations make c large, e.g. in a trained net). With the step halved, the
    error is c h^2 / 4, so (4 n(h/2) - n(h)) / 3 cancels it. A correct backprop
    then agrees; a wrong one does not move closer. Only for a parameter whose
    relative error lies between 1e-7 and 1e-2: elsewhere the verdict is clear.
    Returns the refined (after, roundoff) when they agree better, else the inputs.
    """
    keep = ~on_kink
    if not keep.any() or not (np.isfinite(after[keep]).all() and np.isfinite(a[keep]).all()):
        return after, roundoff
    rel = _relative(a[keep], after[keep])
    denom = np.linalg.norm(a[keep]) + np.linalg.norm(after[keep])
    floor = np.linalg.norm(roundoff[keep]) / denom if denom > 0 else np.inf
    if not max(1e-7, floor) < rel <= 1e-2:  # clear already (or within round-off: below resolution)
        return after, roundoff
    half, _ = param.central(flat[keep], step[keep] / 2, should_stop)
    refined = after.copy()
    refined[keep] = (4 * half - after[keep]) / 3
    if not np.isfinite(refined[keep]).all() or _relative(a[keep], refined[keep]) >= rel:
        return after, roundoff
    return refined, roundoff * 3  # (4 * 2r + r) / 3: the halved step doubles the round-off


def _relative(a, n):
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    return float(np.linalg.norm(a - n) / denom) if denom > 0 else 0.0
