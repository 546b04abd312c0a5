"""Gradient check: backprop's gradients against central differences.

The book's ``gradient_check.py`` prints, for W1, b1, W2 and b2, the mean
absolute difference between ``net.gradient`` (backprop) and
``net.numerical_gradient`` (central differences). This module computes the
same numbers (the same h = 1e-4, the same mean |diff|), plus a maximum
difference, a relative error and a verdict a learner can trust both ways:
a correct backprop is never called wrong, a wrong one is never passed.

Two things make a correct net disagree with central differences, and the
check knows both (``engine.gradcheck_numeric`` computes them):

* ReLU kinks: an entry whose +h or -h run moves a ReLU input across 0 is
  re-checked with a smaller step that stays on one side of every kink; if no
  step above the round-off floor does, the entry sits *on* a kink (no
  derivative there) and is left out of the verdict.
* float64 round-off: a central difference carries an error of about
  eps * S / h. Where the disagreement is within that, the check cannot tell
  right from wrong and says so ("below resolution").

Verdicts (``VERDICTS``), judged on the relative error after the re-check:

==================  ===========================================================
excellent           relative error <= 1e-7
below resolution    the difference is within float64 round-off of the central
                    difference (tiny gradients: vanishing, saturated, trained)
acceptable          <= 1e-4, where entries had to be re-checked near kinks
suspicious          up to 1e-2 otherwise
wrong               > 1e-2: backprop disagrees, a bug
on a kink           every checked entry sits on a ReLU kink: nothing to judge
failed              NaN or infinity in either gradient (bad h, NaN weights):
                    nothing could be compared, and that never passes
==================  ===========================================================

Everything runs on a float64 copy of the network; the live network (and its
layer caches) is never touched.
"""
from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .gradcheck_numeric import Cancelled, numerical_entries

__all__ = ["GradCheckRow", "GradCheckResult", "gradient_check", "verdict_for", "THRESHOLDS", "VERDICTS",
           "PASSING", "Cancelled"]

# Relative-error thresholds after CS231n's notes on gradient checking.
THRESHOLDS = {"excellent": 1e-7, "acceptable": 1e-4, "wrong": 1e-2}
VERDICTS = ("excellent", "below resolution", "acceptable", "on a kink", "suspicious", "wrong", "failed")
PASSING = ("excellent", "below resolution", "acceptable", "on a kink")


def verdict_for(rel_error: float, rechecked: int = 0, roundoff: float = 0.0, remaining: int = 1) -> str:
    """The verdict (one of ``VERDICTS``) for a relative error after the kink re-check.

    rechecked : entries re-checked with a smaller step near a kink.
    roundoff : the relative error float64 round-off alone can produce here.
    remaining : entries left to judge (0: all of them on a kink).
    A NaN or infinite relative error is 'failed': it never passes.
    """
    if not math.isfinite(rel_error):
        return "failed"
    if remaining == 0:
        return "on a kink"
    if rel_error <= THRESHOLDS["excellent"]:
        return "excellent"
    if rel_error <= roundoff:
        return "below resolution"
    if rel_error <= THRESHOLDS["acceptable"] and rechecked > 0:
        return "acceptable"
    if rel_error <= THRESHOLDS["wrong"]:
        return "suspicious"
    return "wrong"


def _rel(a, n) -> float:
    """||a - n|| / (||a|| + ||n||), 0 when both are 0; NaN when either holds NaN or inf."""
    if not (np.isfinite(a).all() and np.isfinite(n).all()):
        return math.nan
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    return float(np.linalg.norm(a - n) / denom) if denom > 0 else 0.0


@dataclass(frozen=True)
class GradCheckRow:
    """The comparison for one parameter (e.g. 'W1').

    The book's numbers use the plain step h: mean_abs_diff (what the book
    prints), max_abs_diff, rel_error ("rel error at h"), and abs_diff with the
    parameter's shape (|backprop - numerical| per entry, NaN where a sampled
    check skipped the entry). Then what the lab adds: kinks (entries whose
    +h/-h runs crossed a ReLU kink), rechecked (of those, re-checked with a
    smaller step), on_kink (left out), rel_error_after (the relative error
    after the re-check: what the verdict judges) and roundoff (the relative
    error float64 round-off alone can produce).
    """

    name: str
    shape: tuple
    n_checked: int
    mean_abs_diff: float  # the number the book prints
    max_abs_diff: float
    rel_error: float  # |a - n| / (|a| + |n|), norm-wise, at the step h
    kinks: int
    rechecked: int
    on_kink: int
    rel_error_after: float
    roundoff: float
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
            "rechecked": self.rechecked,
            "on_kink": self.on_kink,
            "rel_error_after": self.rel_error_after,
            "roundoff": self.roundoff,
            "verdict": self.verdict,
            "passed": self.passed,
        }


@dataclass(frozen=True, eq=False)
class GradCheckResult(Mapping):
    """All rows, plus the race: seconds for backprop vs the numerical gradient.

    Reads like the book's per-parameter dict: ``result['W1']``, ``for name in
    result``, ``result.items()``, ``len(result)``.
    """

    rows: tuple
    backprop_seconds: float
    numerical_seconds: float
    h: float
    n_samples: int
    sampled: bool
    bug: str | None
    recheck_seconds: float = 0.0  # of numerical_seconds, the time spent re-checking near kinks

    @property
    def passed(self) -> bool:
        return all(row.passed for row in self.rows)

    @property
    def speedup(self) -> float:
        """How many times faster backprop was than the numerical gradient."""
        return self.numerical_seconds / max(self.backprop_seconds, 1e-9)

    def row(self, name: str) -> GradCheckRow:
        return self[name]

    def __getitem__(self, name: str) -> GradCheckRow:
        for r in self.rows:
            if r.name == name:
                return r
        raise KeyError(name)

    def __iter__(self):
        return (r.name for r in self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def gradient_check(net, x, t, *, h=1e-4, max_entries=None, seed=0, should_stop=None):
    """Compare backprop with central differences for every parameter of ``net``.

    x : (N, D) inputs (the book uses N = 3); t : (N,) labels or (N, C) one-hot.
    h : the finite-difference step (positive; an infinite h gives 'failed'
    rows). max_entries : check at most this many randomly chosen entries per
    parameter (None: all of them). should_stop : optional callable polled
    between chunks; when it returns True the check raises ``Cancelled``.

    Works on a float64 copy of ``net``; ``net`` itself is left untouched.
    Returns a GradCheckResult with one GradCheckRow per parameter, in the
    order W1, b1, W2, b2, ...
    """
    if not h > 0:
        raise ValueError(f"h must be a positive number, not {h!r}")
    if max_entries is not None and not (isinstance(max_entries, (int, np.integer)) and max_entries >= 1):
        raise ValueError(f"max_entries must be a whole number of at least 1, or None, not {max_entries!r}")
    net64 = net.copy(dtype=np.float64)
    x = np.asarray(x, dtype=np.float64).reshape(np.shape(x)[0], -1)
    t = np.asarray(t)
    if t.ndim != 1:
        t = t.argmax(axis=1)
    t = t.astype(np.intp)

    start = time.perf_counter()
    with np.errstate(all="ignore"):  # NaN weights give NaN gradients: 'failed', not a warning
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
    with np.errstate(all="ignore"):
        backprop = {k: np.asarray(grads[k], dtype=np.float64).reshape(-1)[entries[k]] for k in keys}
        numerical, recheck_seconds = numerical_entries(net64, x, t, float(h), entries, should_stop, backprop)
    numerical_seconds = time.perf_counter() - start

    rows = [_row(key, net64.params[key].shape, entries[key], grads[key], numerical[key]) for key in keys]
    return GradCheckResult(
        rows=tuple(rows),
        backprop_seconds=backprop_seconds,
        numerical_seconds=numerical_seconds,
        h=float(h),
        n_samples=int(x.shape[0]),
        sampled=any(entries[k].size < net64.params[k].size for k in keys),
        bug=net.bug,
        recheck_seconds=recheck_seconds,
    )


def _row(key, shape, flat, grad, num) -> GradCheckRow:
    """One parameter's numbers and verdict from backprop's ``grad`` and the EntryGradients ``num``."""
    a = np.asarray(grad, dtype=np.float64).reshape(-1)[flat]
    with np.errstate(all="ignore"):
        diff = np.abs(a - num.grad)
        keep = ~num.on_kink
        a_k, n_k = a[keep], num.grad_after[keep]
        rel_after = _rel(a_k, n_k)
        denom = np.linalg.norm(a_k) + np.linalg.norm(n_k)
        floor = float(np.linalg.norm(num.roundoff[keep]))
        roundoff = floor / denom if denom > 0 else math.inf
    if not (math.isfinite(roundoff) or denom == 0):
        rel_after = math.nan  # a step or loss that overflowed: nothing was compared
    rechecked = int(num.rechecked.sum())
    abs_diff = np.full(int(np.prod(shape)), np.nan)
    abs_diff[flat] = diff
    return GradCheckRow(
        name=key,
        shape=tuple(shape),
        n_checked=int(flat.size),
        mean_abs_diff=float(diff.mean()),
        max_abs_diff=float(diff.max()),
        rel_error=_rel(a, num.grad),
        kinks=int(num.kinked.sum()),
        rechecked=rechecked,
        on_kink=int(num.on_kink.sum()),
        rel_error_after=rel_after,
        roundoff=roundoff,
        verdict=verdict_for(rel_after, rechecked, roundoff, int(keep.sum())),
        abs_diff=abs_diff.reshape(shape),
    )
