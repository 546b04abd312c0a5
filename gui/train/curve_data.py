"""The numbers behind the loss plot: an exponential moving average computed in
vectorised blocks, and growable column buffers. Pure NumPy, no Qt.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

__all__ = ["Columns", "ema", "ema_raw", "debias"]

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
