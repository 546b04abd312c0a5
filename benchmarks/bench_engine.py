"""Engine speed: training steps, the gradient check, MNIST loading.

Prints, for 784-50-10 and 784-256-10 at batch 100, the epoch time (600
steps) of our float32 trainer next to two references run in the same
process: the floor, the same arithmetic hand-fused into one loop with
preallocated buffers (``fused.py``; engine / fused is the engine's
overhead), and the book's own float64 loop (ch05/train_neuralnet.py:
sampling with replacement, one-hot labels, an extra loss pass per step).
Engine and fused train on the Dataset's uint8 pixels (each mini-batch
converted to float32); a second table shows what a float32 copy of the
training set would gain. Then the full gradient check of
TwoLayerNet(784, 50, 10) on 3 samples against the book's one-entry loop,
and MNIST load time, cold and cached.

    python benchmarks/bench_engine.py            (about two minutes)

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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fused import FusedNet  # noqa: E402

from engine import (  # noqa: E402
    MultiLayerNet,
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


def engine_run(config, x_train, ds):
    """Seconds of training (Trainer.elapsed: gather, gradient, update) for one run."""
    trainer = Trainer(build_network(config), x_train, ds.t_train, ds.x_test, ds.t_test, config)
    for report in trainer.run():
        if report.kind == "done":
            break
    return trainer.elapsed


def fused_run(config, x_train, ds):
    """Seconds for the same steps (same init, same batches) in the hand-fused loop."""
    fused = FusedNet(build_network(config).params, config.batch_size)
    rng = np.random.default_rng([config.seed, 1])  # the trainer's batch stream
    order = rng.permutation(len(ds.t_train))[: STEPS * config.batch_size].reshape(STEPS, -1)
    start = time.perf_counter()
    fused.train(x_train, ds.t_train, order, config.lr)
    return time.perf_counter() - start


def interleaved(ds, hidden, x32):
    """{(who, storage): [seconds per run]} for engine and fused, on uint8 pixels and float32.

    The four runs take turns, so a change in the machine's load hits all of them.
    """
    config = TrainConfig(hidden_sizes=(hidden,), steps=STEPS, eval_every=10**6)
    runs = {}
    plan = (("engine", "uint8", engine_run, ds.x_train), ("fused", "uint8", fused_run, ds.x_train.uint8),
            ("engine", "float32", engine_run, x32), ("fused", "float32", fused_run, x32))
    for rep in range(REPEATS + 1):  # the first round is a warm-up
        for who, storage, run, x in plan:
            seconds = run(config, x, ds)
            if rep:
                runs.setdefault((who, storage), []).append(seconds)
    return runs


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
    x32 = np.asarray(ds.x_train)  # a float32 copy of the training set (188 MB)
    x64 = x32.astype(np.float64)
    onehot = np.eye(10)[ds.t_train]
    print(f"\ntraining, one epoch = {STEPS} steps at batch 100, float32 (best of {REPEATS}; "
          f"the runs take turns)")
    print(f"{'net':<12}{'pixels':<9}{'engine':>9}{'fused':>9}{'engine/fused':>14}   all engine / all fused (ms)")
    ours = {}
    for hidden in (50, 256):
        runs = interleaved(ds, hidden, x32)
        for storage in ("uint8", "float32"):
            eng, fus = runs["engine", storage], runs["fused", storage]
            a, f = min(eng), min(fus)
            print(f"784-{hidden}-10{'':<{5 - len(str(hidden))}}{storage:<9}{a:>7.3f} s{f:>7.3f} s{a / f:>13.3f}x   "
                  f"{' '.join(f'{v * 1e3:.0f}' for v in eng)} / {' '.join(f'{v * 1e3:.0f}' for v in fus)}")
        ours[hidden] = min(runs["engine", "uint8"])
        cost = ours[hidden] / min(runs["engine", "float32"]) - 1
        print(f"{'':<12}uint8 pixels (the app's Dataset) against a 188 MB float32 copy: {cost * 100:+.1f}% time")
    del x32

    print(f"\nagainst the book's float64 loop (best of {REPEATS})")
    print(f"{'net':<12}{'ours float32':>14}{'steps/s':>10}{'book float64':>14}{'steps/s':>10}{'speed-up':>10}")
    for hidden in (50, 256):
        a, b = ours[hidden], book(x64, onehot, hidden)
        print(f"784-{hidden}-10{'':<{5 - len(str(hidden))}}{a:>12.3f} s{STEPS / a:>10.0f}{b:>12.3f} s"
              f"{STEPS / b:>10.0f}{b / a:>9.2f}x")

    net = TwoLayerNet(784, 50, 10, seed=0)
    x, t = ds.x_test[:3].astype(np.float64), ds.t_test[:3]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        result = gradient_check(net, x, t)
        runs.append(time.perf_counter() - start)
    worst = max(row.rel_error_after for row in result.rows)
    start = time.perf_counter()
    net.numerical_gradient(x, t)
    book_loop = time.perf_counter() - start
    n_params = sum(p.size for p in net.params.values())
    print(f"\ngradient check, TwoLayerNet(784, 50, 10), 3 samples, {n_params:,} parameters:")
    print(f"  ours {min(runs):.3f} s (best of 5, median {sorted(runs)[2]:.3f} s), worst rel_error {worst:.2e}; "
          f"the book's loop {book_loop:.2f} s ({book_loop / min(runs):.0f}x slower)")
    print(f"  kinks crossed at h = 1e-4: {sum(r.kinks for r in result.rows)}; re-check {result.recheck_seconds * 1e3:.1f} ms")

    # The kink re-check's cost where it matters: a deep std-0.01 ReLU net crosses kinks at h = 1e-4.
    deep = MultiLayerNet(784, [100, 50], 10, weight_init=0.01, seed=1, dtype=np.float64)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        result = gradient_check(deep, x, t)
        runs.append((time.perf_counter() - start, result.recheck_seconds))
    best, recheck = min(runs)
    kinks = {r.name: (r.kinks, r.rechecked, r.on_kink) for r in result.rows if r.kinks}
    print(f"gradient check, 784-100-50-10 ReLU std 0.01, 3 samples: {best:.3f} s (best of 3), of which the "
          f"kink re-check {recheck * 1e3:.1f} ms; (kinks, re-checked, on kink): {kinks}; "
          f"verdicts {[r.verdict for r in result.rows]}")


if __name__ == "__main__":
    main()
