"""Time engine.preprocess.to_mnist, and print the MNIST figures it relies on.

Run from the project root:

    .venv/bin/python benchmarks/bench_preprocess.py

Prints the median time of ``to_mnist`` on a 280x280 canvas holding a digit
(an MNIST test digit drawn 10x larger, as the GUI canvas would hold it) and,
from the MNIST test set, the centre-of-mass and ink-box statistics quoted in
the module docstring of ``engine/preprocess.py``.
"""
from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.preprocess import CENTRE, INK_FRACTION, to_mnist  # noqa: E402

IMAGES = ROOT / "resources" / "t10k-images-idx3-ubyte.gz"


def load_test_images() -> np.ndarray:
    with gzip.open(IMAGES, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 28, 28)


def median_ms(fn, arg, repeat: int = 2000) -> float:
    for _ in range(50):
        fn(arg)
    times = np.empty(repeat)
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        times[i] = time.perf_counter() - t0
    return float(np.median(times)) * 1e3


def mnist_figures(x: np.ndarray) -> None:
    xf = x.astype(np.float64)
    m = xf.sum(axis=(1, 2))
    cy = xf.sum(axis=2) @ np.arange(28) / m
    cx = xf.sum(axis=1) @ np.arange(28) / m
    near = ((np.abs(cy - CENTRE) <= 0.5) & (np.abs(cx - CENTRE) <= 0.5)).mean()
    print(f"MNIST test centre of mass: rows {cy.mean():.3f} +- {cy.std():.3f}, "
          f"cols {cx.mean():.3f} +- {cx.std():.3f}; "
          f"within 0.5 px of ({CENTRE}, {CENTRE}): {near:.2%}")
    ink = x > INK_FRACTION * x.max(axis=(1, 2), keepdims=True)
    rows, cols = ink.any(axis=2), ink.any(axis=1)
    h = 28 - rows[:, ::-1].argmax(axis=1) - rows.argmax(axis=1)
    w = 28 - cols[:, ::-1].argmax(axis=1) - cols.argmax(axis=1)
    print(f"MNIST test ink box longer side == 20: {(np.maximum(h, w) == 20).mean():.2%}; "
          f"digits reaching 255: {(x.max(axis=(1, 2)) == 255).mean():.2%}")


def main() -> None:
    x = load_test_images()
    canvas = np.kron(x[0], np.ones((10, 10), np.uint8))            # 280x280 uint8
    canvas_f = canvas.astype(np.float32) / 255.0
    big = np.zeros((1080, 1920), np.uint8)
    big[300:580, 900:1180] = canvas
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}")
    print(f"to_mnist 280x280 uint8 canvas:   median {median_ms(to_mnist, canvas):.3f} ms")
    print(f"to_mnist 280x280 float32 canvas: median {median_ms(to_mnist, canvas_f):.3f} ms")
    print(f"to_mnist 1080x1920 uint8 canvas: median {median_ms(to_mnist, big, 200):.3f} ms")
    mnist_figures(x)


if __name__ == "__main__":
    main()
