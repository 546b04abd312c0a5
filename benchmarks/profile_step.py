"""Where one training step's time goes: 784-H-10, batch 100, float32, H = 50 and 256.

Wraps each layer's forward and backward, the trainer's mini-batch gather and
the optimizer's update in a timer, trains 600 steps (after a warm-up run)
and prints the median microseconds of each phase per step and its share of
the step (Trainer.elapsed / steps). The timers add about half a microsecond
per call; the shares are what matters.

    python benchmarks/profile_step.py
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py does

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine import TrainConfig, Trainer, build_network, load_dataset  # noqa: E402

STEPS = 600


def _timed(name, fn, times):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        times.setdefault(name, []).append(time.perf_counter() - start)
        return result
    return wrapper


def profile(ds, hidden):
    """(microseconds per step, [(phase, median us, share)]) for one run of STEPS steps."""
    config = TrainConfig(hidden_sizes=(hidden,), steps=STEPS, eval_every=10**6)
    times = {}
    for _ in range(2):  # the first run is a warm-up
        times.clear()
        trainer = Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
        net = trainer.net
        for name, layer in list(net.layers.items()) + [("SoftmaxWithLoss", net.lastLayer)]:
            layer.forward = _timed(f"{name}.forward", layer.forward, times)
            layer.backward = _timed(f"{name}.backward", layer.backward, times)
        trainer._next_batch = _timed("gather mini-batch", trainer._next_batch, times)
        trainer.optimizer.update = _timed("optimizer.update", trainer.optimizer.update, times)
        net.gradient = _timed("net.gradient (all layers)", net.gradient, times)
        for report in trainer.run():
            if report.kind == "done":
                break
    step = trainer.elapsed / STEPS
    order = (["gather mini-batch"] + [f"{n}.forward" for n in net.layers] + ["SoftmaxWithLoss.forward",
             "SoftmaxWithLoss.backward"] + [f"{n}.backward" for n in reversed(net.layers)]
             + ["optimizer.update", "net.gradient (all layers)"])
    rows = [(name, float(np.median(times[name])) * 1e6) for name in order]
    return step * 1e6, rows


def main():
    ds = load_dataset()
    print(f"numpy {np.__version__}, one step of 784-H-10 at batch 100, float32, median of {STEPS} steps")
    results = {hidden: profile(ds, hidden) for hidden in (50, 256)}
    print(f"{'phase':<28}{'H = 50':>16}{'H = 256':>18}")
    names = [name for name, _ in results[50][1]]
    for i, name in enumerate(names):
        cells = ""
        for hidden in (50, 256):
            step, rows = results[hidden]
            us = rows[i][1]
            cells += f"{us:>9.1f} us {us / step:>4.0%}"
        print(f"{name:<28}{cells}")
    print(f"{'step (Trainer.elapsed)':<28}" + "".join(f"{results[h][0]:>9.1f} us {1:>4.0%}" for h in (50, 256)))


if __name__ == "__main__":
    main()
