"""Time engine.Familiarity and print how often it calls real and crafted drawings "unlike".

Run from the project root:

    .venv/bin/python benchmarks/bench_familiarity.py

Prints: the time to build the check for MNIST (all steps, and the longest
single step, which is how long the Draw tab's window can be kept waiting),
the median time of one ``check`` (done on every prediction while drawing),
the threshold and ink limit, the share of MNIST test digits called unlike
(false alarms) and the share of random crafted dashes, Xs and filled boxes
called unlike (detections; the same shapes as tests/engine/shapes.py).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py runs the app

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine import EmptyDrawingError, Familiarity, load_dataset, to_mnist  # noqa: E402
from tests.engine.shapes import digit, non_digit  # noqa: E402


def prepared(images):
    out = []
    for image in images:
        try:
            out.append(to_mnist(image).reshape(-1))
        except EmptyDrawingError:
            pass
    return np.stack(out)


def main() -> None:
    ds = load_dataset()
    f = Familiarity(ds.x_train)
    steps, longest = 0, 0.0
    t0 = time.perf_counter()
    while not f.ready:
        t = time.perf_counter()
        f.advance()
        longest = max(longest, time.perf_counter() - t)
        steps += 1
    build = time.perf_counter() - t0
    print(f"build: {build:.2f} s in {steps} steps, longest step {longest * 1000:.0f} ms")
    x = prepared(ds.x_test[i].reshape(28, 28) for i in range(len(ds.t_test)))
    times = []
    for row in x[:300]:
        t = time.perf_counter()
        f.check(row)
        times.append(time.perf_counter() - t)
    print(f"one check: median {np.median(times) * 1000:.1f} ms")
    print(f"threshold (cosine distance) {f.threshold:.4f}, ink limit {f.ink_limit:.1f}")
    print(f"MNIST test digits called unlike: {f.unlike(x).mean():.2%} of {len(x):,}")
    rng = np.random.default_rng(0)
    for kind in ("1", "7"):
        drawn = prepared(digit(kind, rng) for _ in range(200))
        print(f"drawn {kind}s called unlike: {f.unlike(drawn).mean():.1%} of {len(drawn)}")
    for kind in ("dash", "X", "box"):
        shapes = prepared(non_digit(kind, rng) for _ in range(200))
        print(f"crafted {kind}es called unlike: {f.unlike(shapes).mean():.1%} of {len(shapes)}")


if __name__ == "__main__":
    main()
