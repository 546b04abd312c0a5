"""Engine speed: training steps, the gradient check, MNIST loading.

Prints, for 784-50-10 and 784-256-10 at batch 100, the epoch time (600
steps) of our float32 trainer next to the book's own float64 loop
(ch05/train_neuralnet.py: sampling with replacement, one-hot labels, an
extra loss pass per step) run in the same process; the full gradient check
of TwoLayerNet(784, 50, 10) on 3 samples against the book's one-entry loop;
and MNIST load time, cold and cached.

    python benchmarks/bench_engine.py            (about a minute)

Each figure is the best of several repeats after a warm-up run: this
machine is a VM whose first touch of fresh memory is slow.
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py does; see README

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine import (  # noqa: E402
    TrainConfig,
    Trainer,
    TwoLayerNet,
    build_network,
    gradient_check,
    load_dataset,
    load_mnist,
)

STEPS = 600
REPEATS = 3


def ours(ds, hidden):
    config = TrainConfig(hidden_sizes=(hidden,), steps=STEPS, eval_every=10**6)
    best = float("inf")
    for _ in range(REPEATS + 1):  # the first run is a warm-up
        trainer = Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
        for report in trainer.run():
            if report.kind == "done":
                break
        best = min(best, trainer.elapsed)
    return best


def book(x_train64, t_train_onehot, hidden):
    """The book's ch05/train_neuralnet.py loop, on our TwoLayerNet in float64."""
    best = float("inf")
    rng = np.random.default_rng(0)
    for _ in range(REPEATS + 1):
        network = TwoLayerNet(input_size=784, hidden_size=hidden, output_size=10, seed=0)
        start = time.perf_counter()
        for i in range(STEPS):
            batch_mask = rng.choice(x_train64.shape[0], 100)
            x_batch = x_train64[batch_mask]
            t_batch = t_train_onehot[batch_mask]
            grad = network.gradient(x_batch, t_batch)
            for key in ("W1", "b1", "W2", "b2"):
                network.params[key] -= 0.1 * grad[key]
            network.loss(x_batch, t_batch)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    print(f"numpy {np.__version__}, OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}, "
          f"{os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        load_mnist(cache_dir=cache)
        cold = time.perf_counter() - start
        times = []
        for _ in range(5):
            start = time.perf_counter()
            load_mnist(cache_dir=cache)
            times.append(time.perf_counter() - start)
    print(f"MNIST load: cold {cold:.3f} s, cached {min(times):.3f} s (best of 5)")

    ds = load_dataset()
    x64 = ds.x_train.astype(np.float64)
    onehot = np.eye(10)[ds.t_train]
    print(f"\ntraining, one epoch = {STEPS} steps at batch 100 (best of {REPEATS})")
    print(f"{'net':<12}{'ours float32':>14}{'steps/s':>10}{'book float64':>14}{'steps/s':>10}{'speed-up':>10}")
    for hidden in (50, 256):
        a, b = ours(ds, hidden), book(x64, onehot, hidden)
        print(f"784-{hidden}-10{'':<{5 - len(str(hidden))}}{a:>12.3f} s{STEPS / a:>10.0f}{b:>12.3f} s"
              f"{STEPS / b:>10.0f}{b / a:>9.2f}x")

    net = TwoLayerNet(784, 50, 10, seed=0)
    x, t = ds.x_test[:3].astype(np.float64), ds.t_test[:3]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        result = gradient_check(net, x, t)
        runs.append(time.perf_counter() - start)
    worst = max(row.rel_error for row in result.rows)
    start = time.perf_counter()
    net.numerical_gradient(x, t)
    book_loop = time.perf_counter() - start
    n_params = sum(p.size for p in net.params.values())
    print(f"\ngradient check, TwoLayerNet(784, 50, 10), 3 samples, {n_params:,} parameters:")
    print(f"  ours {min(runs):.3f} s (best of 5, median {sorted(runs)[2]:.3f} s), worst rel_error {worst:.2e}; "
          f"the book's loop {book_loop:.2f} s ({book_loop / min(runs):.0f}x slower)")


if __name__ == "__main__":
    main()
