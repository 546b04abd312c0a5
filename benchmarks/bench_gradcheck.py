"""The gradient check's speed, and what the kink re-check costs.

    OPENBLAS_NUM_THREADS=1 python benchmarks/bench_gradcheck.py

Prints, for the book's default check (TwoLayerNet 784-50-10, 3 test images,
h = 1e-4, every entry) and for nets that cross ReLU kinks at h = 1e-4 (deep,
std 0.01), the best-of-N wall time of ``gradient_check``, the part of it spent
re-checking kinked entries with smaller steps, and the verdicts.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from engine import MultiLayerNet, TwoLayerNet, gradient_check, load_mnist  # noqa: E402

REPEATS = 7


def timed(net, x, t):
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = gradient_check(net, x, t)
        runs.append((time.perf_counter() - start, result.recheck_seconds, result))
    runs.sort(key=lambda r: r[0])
    return runs[0], runs[len(runs) // 2][0]


def main() -> None:
    (_, _), (x_test, t_test) = load_mnist()
    x, t = x_test[:3].astype(np.float64), t_test[:3]
    nets = {
        "784-50-10 TwoLayerNet std 0.01 (the book's)": TwoLayerNet(784, 50, 10, seed=0),
        "784-100-50-10 ReLU std 0.01": MultiLayerNet(784, [100, 50], 10, weight_init=0.01, seed=1, dtype=np.float64),
        "784-100-50-30-10 ReLU std 0.01": MultiLayerNet(784, [100, 50, 30], 10, weight_init=0.01, seed=0,
                                                        dtype=np.float64),
    }
    print(f"gradient check, 3 test images, h = 1e-4, all entries; best of {REPEATS} (median)")
    for name, net in nets.items():
        (best, recheck, result), median = timed(net, x, t)
        kinks = sum(r.kinks for r in result.rows)
        rechecked = sum(r.rechecked for r in result.rows)
        on_kink = sum(r.on_kink for r in result.rows)
        worst_at_h = max(r.rel_error for r in result.rows)
        worst_after = max(r.rel_error_after for r in result.rows)
        print(f"  {name}: {best * 1e3:.0f} ms ({median * 1e3:.0f} ms), re-check {recheck * 1e3:.1f} ms; "
              f"kinks {kinks}, re-checked {rechecked}, on kink {on_kink}; worst rel error at h {worst_at_h:.1e}, "
              f"after re-check {worst_after:.1e}; {'PASS' if result.passed else 'FAIL'} "
              f"{sorted({r.verdict for r in result.rows})}")


if __name__ == "__main__":
    main()
