"""How fast Stop, Reset and closing the window answer on the largest network the controls allow.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stop.py                     (~2-4 min)
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stop.py --optimizer adam
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stop.py --dtype float64
    python benchmarks/bench_stop.py --alone 4096,4096 --optimizer adam       (a network over the cap, alone)

The network is the widest with the most hidden layers that the parameter cap
allows (``engine.config.MAX_PARAMS``, 10.5 million): 784-1024x10-10, 10.3
million parameters, at the largest mini-batch it takes (``MAX_BATCH_MACS``,
2.5e9 multiply-adds forward: 243 images), evaluating every 3 steps. For each
moment of a run (the accuracy before training over all 70,000 MNIST images;
training and an evaluation in the middle of the run, on a folder of 200
training and 1,000 test MNIST digits so that training is reached in seconds,
not minutes) we click Stop, Reset, or close the window, and measure
wall-clock seconds: Stop, until the run's last report arrives (``runEnded``);
Reset, until the click returns with new weights (building the new network
included); close, until ``close()`` returns (the window is gone), and, in
brackets, until the training thread has finished too. Also printed: one
mini-batch, one evaluation chunk and building the network, alone, and Reset
with nothing running (building it on the window's thread), for scale.

Measured 2026-12-02, float32, on the 2-core VM shared with other jobs (load
average ~9, so about four times oversubscribed):

    SGD:  building it 0.37 s, one mini-batch of 243 0.37-0.54 s, one evaluation chunk (243 images) 0.15 s
          Reset with no run 0.46-0.84 s
          first evaluation    Stop 0.31 s  Reset 0.67 s  close 0.17 s (0.17 s)
          training            Stop 1.06 s  Reset 2.14 s  close 0.55 s (1.23 s)
          evaluation mid-run  Stop 0.88 s  Reset 1.13 s  close 0.57 s (0.96 s)
    Adam: building it 0.60 s, one mini-batch of 243 0.87-1.25 s (its update alone 0.30-0.39 s)
          Reset with no run 0.66-0.69 s
          first evaluation    Stop 0.33 s  Reset 1.08 s  close 0.23 s (0.23 s)
          training            Stop 1.96 s  Reset 1.56 s  close 0.56 s (1.60 s)
          evaluation mid-run  Stop 1.12 s  Reset 1.00 s  close 0.58 s (0.64 s)

Alone (``--alone``, load average ~4.8), one BLAS thread: 784-1024x10-10 builds in
0.22-0.36 s and makes one mini-batch of 243 in 0.20-0.27 s with SGD, 0.45-0.49 s
with Adam; 784-4096-4096-10 (20.0 million parameters, over the cap) builds in
0.56-0.79 s and makes one mini-batch of 124 in 0.33-0.42 s with SGD, 0.70-0.92 s
with Adam. (Earlier, at load ~2.6, the same by hand: 0.32-0.41 s, 0.36-0.37 s,
0.58-0.68 s; and 0.68-0.94 s, 1.31-1.64 s.) Hence the cap: twice the parameters
double the build (Reset) and Adam's update, which computes in float64.

Closing answers at once (it waits at most 0.5 s per worker thread, then leaves
the retired thread to end alone). Stop is heard between evaluation chunks and
between mini-batches: it costs up to one mini-batch, plus the stopped run's
final accuracy when it can finish within 0.5 s (here, on the small folder; on
the whole of MNIST it is not begun). Reset waits for the same, then builds the
new network on the window's thread (the "no run" row).
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

import struct  # noqa: E402

import numpy as np  # noqa: E402

from engine import (  # noqa: E402
    LIMITS,
    MAX_BATCH_MACS,
    MAX_PARAMS,
    MultiLayerNet,
    TrainConfig,
    build_network,
    largest_batch,
    load_dataset,
    make_optimizer,
    network_name,
)
from engine.config import forward_macs, network_sizes, param_count  # noqa: E402
from engine.network import _EVAL_CHUNK, _EVAL_CHUNK_MACS  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402


def spin(until, timeout_s=600.0):
    """Run the event loop until ``until()`` is true (or the timeout)."""
    end = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not until():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def largest_hidden() -> tuple[int, ...]:
    """The most hidden layers, each as wide as the parameter cap lets them all be (784-1024x10-10)."""
    layers = LIMITS["hidden_layers"][1]
    width = max(w for w in range(1, LIMITS["hidden_size"][1] + 1, 1)
                if w % 64 == 0 and param_count(network_sizes((w,) * layers)) <= MAX_PARAMS)
    return (width,) * layers


HIDDEN = largest_hidden()
NAME = network_name(network_sizes(HIDDEN))
BATCH = largest_batch(HIDDEN)


def largest(dtype: str, optimizer: str = "sgd") -> TrainConfig:
    lr = 0.001 if optimizer == "adam" else 0.01
    return TrainConfig(hidden_sizes=HIDDEN, batch_size=BATCH, dtype=dtype, optimizer=optimizer, lr=lr,
                       steps=1_000_000, eval_every=3)


def write_idx(path, array):
    array = np.ascontiguousarray(array, dtype=np.uint8)
    path.write_bytes(struct.pack(">HBB", 0, 8, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
                     + array.tobytes())


def small_folder(folder) -> str:
    ds, small = load_dataset(), Path(folder) / "small"
    small.mkdir()
    write_idx(small / "train-images-idx3-ubyte", ds.x_train.uint8[:200].reshape(-1, 28, 28))
    write_idx(small / "train-labels-idx1-ubyte", ds.t_train[:200])
    write_idx(small / "t10k-images-idx3-ubyte", ds.x_test.uint8[:1000].reshape(-1, 28, 28))
    write_idx(small / "t10k-labels-idx1-ubyte", ds.t_test[:1000])
    return str(small)


def alone(dtype, optimizer_name):
    """Seconds for building the network, one mini-batch of the largest size, one evaluation chunk."""
    config = largest(dtype, optimizer_name)
    builds = []
    for _ in range(3):
        t0 = time.perf_counter()
        net = build_network(config, 784, 10)
        builds.append(time.perf_counter() - t0)
    build = min(builds)
    rng = np.random.default_rng(0)
    x, t = rng.random((BATCH, 784), dtype=np.float32).astype(dtype), rng.integers(0, 10, BATCH)
    optimizer = make_optimizer(optimizer_name, config.lr)
    steps = []
    for _ in range(4):
        t0 = time.perf_counter()
        optimizer.update(net.params, net.gradient(x, t))
        steps.append(time.perf_counter() - t0)
    steps = steps[1:]  # the first update also allocates the optimizer's state
    n_params = sum(p.size for p in net.params.values())
    rows = max(50, min(_EVAL_CHUNK, _EVAL_CHUNK_MACS // n_params))  # as LayerNet.accuracy chunks
    t0 = time.perf_counter()
    net.predict(np.resize(x, (rows, 784)))
    return build, (min(steps), max(steps)), time.perf_counter() - t0, rows


def beyond(hidden, dtype, optimizer_name):
    """Building a network the caps refuse, and one step at the batch the work cap would allow it (for the
    record of why the cap is where it is)."""
    sizes = network_sizes(hidden)
    batch = max(1, MAX_BATCH_MACS // forward_macs(sizes))
    builds = []
    for _ in range(3):
        t0 = time.perf_counter()
        net = MultiLayerNet(784, hidden, 10, seed=0, dtype=np.dtype(dtype))
        builds.append(time.perf_counter() - t0)
    rng = np.random.default_rng(0)
    x, t = rng.random((batch, 784), dtype=np.float32).astype(dtype), rng.integers(0, 10, batch)
    optimizer = make_optimizer(optimizer_name, 0.001)
    steps = []
    for _ in range(4):
        t0 = time.perf_counter()
        optimizer.update(net.params, net.gradient(x, t))
        steps.append(time.perf_counter() - t0)
    print(f"{network_name(sizes)} ({param_count(sizes):,} parameters) {dtype} {optimizer_name}: building it "
          f"{min(builds):.2f}-{max(builds):.2f} s, one mini-batch of {batch} {min(steps[1:]):.2f}-{max(steps[1:]):.2f} s"
          f"  (load average {os.getloadavg()[0]:.1f})")


def new_window(config, folder, data_dir=None):
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, config=config, data_dir=data_dir)
    window.show()
    ready = []
    window.datasetReady.connect(lambda: ready.append(True))
    window.load_data()
    spin(lambda: ready)
    return window


def reach(window, moment):
    """Start, then wait for ``moment``: 'first evaluation', 'training' or 'evaluation mid-run'."""
    c = window.controller
    window.start()
    trainer = c.trainer
    if moment == "first evaluation":
        spin(lambda: trainer.eval_elapsed > 0 or c._runner.worker is not None)
        time.sleep(0.3)  # the evaluation over 70,000 images is under way
    elif moment == "training":
        spin(lambda: window.plots.n_points >= 1)
        time.sleep(0.2)
    else:  # the step-3 evaluation: the trainer has made step 3 and is evaluating
        spin(lambda: trainer.step >= 3)
        time.sleep(0.2)


def measure(action, moment, dtype, optimizer, folder, small):
    window = new_window(largest(dtype, optimizer), folder, None if moment == "first evaluation" else small)
    c = window.controller
    reach(window, moment)
    ended = []
    window.runEnded.connect(lambda report: ended.append(report))
    thread = c._runner._thread
    t0 = time.perf_counter()
    if action == "Stop":
        window.stop()
        spin(lambda: ended)
    elif action == "Reset":
        window.reset()
    else:
        window.close()
    seconds = time.perf_counter() - t0
    if action == "close":
        thread.wait()
        text = f"{seconds:5.2f} s ({time.perf_counter() - t0:.2f} s)"
    else:
        text = f"{seconds:5.2f} s"
        c.shutdown()
        window.close()
    thread.wait()
    window.deleteLater()
    spin(lambda: True)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dtype", default="float32", choices=("float32", "float64"))
    parser.add_argument("--optimizer", default="sgd", choices=("sgd", "momentum", "adagrad", "adam"))
    parser.add_argument("--alone", metavar="SIZES", help="only build and step this network (hidden sizes "
                        "such as 4096,4096, even beyond the caps), then stop")
    args = parser.parse_args()
    if args.alone:
        beyond(tuple(int(w) for w in args.alone.split(",")), args.dtype, args.optimizer)
        return
    make_app()
    build, step, chunk, rows = alone(args.dtype, args.optimizer)
    n_params = param_count(network_sizes(HIDDEN))
    print(f"{NAME} ({n_params:,} parameters, the cap {MAX_PARAMS:,}) {args.dtype} {args.optimizer}: building it "
          f"{build:.2f} s, one mini-batch of {BATCH} (the largest it takes) {step[0]:.2f}-{step[1]:.2f} s, "
          f"one evaluation chunk ({rows} images) {chunk:.2f} s", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as folder:  # Reset with nothing running: building the network alone
        window = new_window(largest(args.dtype, args.optimizer), folder)
        resets = []
        for _ in range(3):
            t0 = time.perf_counter()
            window.reset()
            resets.append(time.perf_counter() - t0)
        window.close()
        window.deleteLater()
        spin(lambda: True)
    print(f"Reset with no run (on the window's thread): {min(resets):.2f}-{max(resets):.2f} s", flush=True)
    print("seconds from the click until the run has ended (close: the window gone (the thread ended)):")
    with tempfile.TemporaryDirectory() as folder:
        small = small_folder(folder)
        for moment in ("first evaluation", "training", "evaluation mid-run"):
            row = [f"{moment:<20}"]
            for action in ("Stop", "Reset", "close"):
                row.append(f"{action} {measure(action, moment, args.dtype, args.optimizer, folder, small)}")
            print("  ".join(row), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
