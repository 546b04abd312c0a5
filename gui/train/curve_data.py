"""The numbers behind the training plots: an exponential moving average
computed in vectorised blocks, growable column buffers, one run's points
(``RunCurves``), and the CSV they export to. Pure NumPy and the standard
library, no Qt.
"""
from __future__ import annotations

import csv
import math
from typing import Sequence

import numpy as np

__all__ = ["Columns", "RunCurves", "ema", "ema_raw", "debias", "nearest_index", "write_csv"]

_LOG_SCALE_LIMIT = 100.0 * math.log(10.0)  # block EMA scales values by at most 1e100
_MAX_BLOCK = 4096


# ---------------------------------------------------------------- EMA ----

def ema_raw(x: np.ndarray, a: float, m: float) -> tuple[np.ndarray, float]:
    """The recurrence m_i = a m_{i-1} + (1 - a) x_i over ``x``, from ``m``.

    Vectorised in blocks: within a block, m_j = a^j (a m + (1-a) sum_k a^-k x_k),
    a cumulative sum. The block length keeps a^-k below 1e100, so nothing
    under- or overflows for any loss a network produces.
    """
    out = np.empty(x.shape[0], dtype=np.float64)
    if x.shape[0] == 0:
        return out, m
    if a <= 0.0:
        out[:] = x
        return out, float(x[-1])
    block = int(min(_MAX_BLOCK, max(1, _LOG_SCALE_LIMIT // -math.log(a))))
    powers = a ** np.arange(block, dtype=np.float64)  # a^j
    inverse = 1.0 / powers                              # a^-j
    for start in range(0, x.shape[0], block):
        chunk = x[start:start + block]
        n = chunk.shape[0]
        with np.errstate(over="ignore", invalid="ignore"):
            values = powers[:n] * (a * m + (1.0 - a) * np.cumsum(chunk * inverse[:n]))
        if not np.isfinite(values[-1]) or not np.isfinite(values).all():
            values = np.empty(n)  # astronomically large losses: the plain recurrence
            for j, v in enumerate(chunk):
                m = a * m + (1.0 - a) * v
                values[j] = m
        out[start:start + n] = values
        m = float(values[-1])
    return out, m


def debias(m: np.ndarray, a: float, first_index: int) -> np.ndarray:
    """Divide by 1 - a^(i+1): the EMA then weighs only points seen so far."""
    if a <= 0.0:
        return m
    count = np.arange(first_index + 1, first_index + 1 + m.shape[0], dtype=np.float64)
    return m / -np.expm1(count * math.log(a))


def ema(x, smoothing: float) -> np.ndarray:
    """Debiased exponential moving average of ``x`` (shape (N,)), as TensorBoard smooths.

    s_i = m_i / (1 - a^(i+1)) with m_i = a m_{i-1} + (1 - a) x_i, m_{-1} = 0 and
    a = ``smoothing`` in [0, 1). a = 0 returns ``x``; near 1 the line is smoother
    but lags. Unlike seeding with x_0, the start is not pinned to the first loss.
    """
    a = float(smoothing)
    if not 0.0 <= a < 1.0:
        raise ValueError(f"smoothing must be in [0, 1), not {smoothing!r}")
    x = np.asarray(x, dtype=np.float64)
    m, _ = ema_raw(x, a, 0.0)
    return debias(m, a, 0)


# ------------------------------------------------------------ buffers ----

class Columns:
    """Named float64 columns in preallocated buffers that double when full."""

    def __init__(self, names: Sequence[str], capacity: int):
        self._names = tuple(names)
        self._buffers = {name: np.empty(capacity, dtype=np.float64) for name in self._names}
        self.n = 0

    @property
    def capacity(self) -> int:
        return self._buffers[self._names[0]].shape[0]

    def append(self, **columns: np.ndarray) -> None:
        k = len(columns[self._names[0]])
        if self.n + k > self.capacity:
            new_capacity = self.capacity
            while new_capacity < self.n + k:
                new_capacity *= 2
            for name, old in self._buffers.items():
                grown = np.empty(new_capacity, dtype=np.float64)
                grown[:self.n] = old[:self.n]
                self._buffers[name] = grown
        for name in self._names:
            self._buffers[name][self.n:self.n + k] = columns[name]
        self.n += k

    def __getitem__(self, name: str) -> np.ndarray:
        """The filled part of a column (a view: valid until the next append)."""
        return self._buffers[name][:self.n]

    def clear(self) -> None:
        self.n = 0


# ------------------------------------------------------------- a run ----

class RunCurves:
    """One run's points, as the plots draw them.

    ``loss``: columns step, loss, smoothed (the debiased EMA at ``smoothing``),
    one row per finite mini-batch loss; ``evals``: step, train, test, one row
    per evaluation (a train accuracy that was not measured is NaN);
    ``lr_changes``: (step, new learning rate) wherever the rate changed during
    the run, at the first step trained with the new rate.
    """

    def __init__(self, smoothing: float = 0.9):
        self.loss = Columns(("step", "loss", "smoothed"), 1024)
        self.evals = Columns(("step", "train", "test"), 64)
        self.smoothing = float(smoothing)
        self.n_nonfinite = 0  # reports whose loss was inf/nan (not plotted)
        self._ema_state = 0.0  # the EMA's un-debiased accumulator after the last point
        self.lr_changes: list[tuple[int, float]] = []
        self._lr = None  # the learning rate of the latest report

    def add(self, reports: Sequence) -> tuple[bool, bool]:
        """Append a batch of engine ``Report``s: (loss points added, evaluations changed).

        A report whose loss is not finite adds no loss point (its accuracy, if
        evaluated, still counts); a report at the step of the last loss point
        (the 'stopped' report) adds no duplicate; an evaluation at the step of
        the last one replaces it.
        """
        steps, losses, eval_rows = [], [], []
        last_step = self.loss["step"][-1] if self.loss.n else None
        for r in reports:
            lr = getattr(r, "lr", None)
            if lr is not None:
                if self._lr is not None and lr != self._lr:
                    self.lr_changes.append((int(r.step), float(lr)))
                self._lr = lr
            loss = r.loss
            if math.isfinite(loss):
                if r.step != last_step:
                    steps.append(r.step)
                    losses.append(loss)
                    last_step = r.step
            elif not math.isnan(loss) or r.step > 0:
                self.n_nonfinite += 1  # NaN at step 0 is "no loss yet", not divergence
            if r.test_acc is not None:
                train = r.train_acc if r.train_acc is not None else math.nan
                eval_rows.append((r.step, train, r.test_acc))
        if steps:
            loss = np.asarray(losses, dtype=np.float64)
            a = self.smoothing
            m, self._ema_state = ema_raw(loss, a, self._ema_state)
            smoothed = debias(m, a, self.loss.n)
            self.loss.append(step=np.asarray(steps, dtype=np.float64), loss=loss, smoothed=smoothed)
        for step, train, test in eval_rows:
            if self.evals.n and self.evals["step"][-1] == step:  # same step again: replace
                self.evals["train"][-1], self.evals["test"][-1] = train, test
            else:
                self.evals.append(step=[step], train=[train], test=[test])
        return bool(steps), bool(eval_rows)

    def set_smoothing(self, smoothing: float) -> None:
        """Smooth every loss point again with ``smoothing`` in [0, 1)."""
        self.smoothing = a = float(smoothing)
        m, self._ema_state = ema_raw(self.loss["loss"], a, 0.0)
        self.loss["smoothed"][:] = debias(m, a, 0)

    def clear(self) -> None:
        self.loss.clear()
        self.evals.clear()
        self._ema_state = 0.0
        self.n_nonfinite = 0
        self.lr_changes = []
        self._lr = None


def nearest_index(steps: np.ndarray, x: float) -> int | None:
    """Index of the entry of the increasing ``steps`` (shape (N,)) nearest ``x``; None if empty."""
    if steps.shape[0] == 0:
        return None
    i = int(np.searchsorted(steps, x))
    if i >= steps.shape[0]:
        return steps.shape[0] - 1
    if i > 0 and x - steps[i - 1] <= steps[i] - x:
        return i - 1
    return i


# ---------------------------------------------------------------- CSV ----

def write_csv(path, loss: Columns, evals: Columns) -> None:
    """Write a run as CSV: step, loss, smoothed, train_acc, test_acc.

    ``loss`` has the columns step, loss, smoothed; ``evals`` step, train, test
    (a NaN accuracy was not measured). One row per loss point, plus a row for
    an evaluation at a step with no loss point (step 0); cells with no value
    are empty.
    """
    loss_steps, values, smoothed = loss["step"], loss["loss"], loss["smoothed"]
    eval_steps, train, test = evals["step"], evals["train"], evals["test"]

    def acc(v):
        return repr(float(v)) if math.isfinite(v) else ""

    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["step", "loss", "smoothed", "train_acc", "test_acc"])
        j = 0
        for i in range(loss_steps.shape[0]):
            step = loss_steps[i]
            while j < eval_steps.shape[0] and eval_steps[j] < step:
                writer.writerow([int(eval_steps[j]), "", "", acc(train[j]), acc(test[j])])
                j += 1
            row = [int(step), repr(float(values[i])), repr(float(smoothed[i])), "", ""]
            if j < eval_steps.shape[0] and eval_steps[j] == step:
                row[3:] = [acc(train[j]), acc(test[j])]
                j += 1
            writer.writerow(row)
        for k in range(j, eval_steps.shape[0]):
            writer.writerow([int(eval_steps[k]), "", "", acc(train[k]), acc(test[k])])
