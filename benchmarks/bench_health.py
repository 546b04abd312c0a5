"""The cost of layer health: one measurement, and training with the Layer health view visible or hidden.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_health.py            (~1-2 min)

1. Engine: ``layer_health`` of a 784-100x5-10 net on 1,000 test images (the
   book's experiment), next to one training step (a mini-batch of 100) and
   next to one evaluation interval of the lesson's runs (100 steps and an
   accuracy over 70,000 images) and of the book's default (one epoch, 600
   steps and the accuracy). Median of repeated runs.
2. GUI: the same run (784-100x5-10 ReLU He, SGD 0.1, 2,000 steps, accuracy
   every 100 steps, as the lesson) through the real RunController and worker
   thread with a HealthView in a shown QTabWidget: once with the view's tab
   current (visible), once with another tab current (hidden), alternating.
   Printed: the trainer's training seconds (evaluation excluded) and the
   wall-clock seconds of each, the number of measurements the view made, and
   their total cost as a share of the run's wall-clock time.
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QLabel, QTabWidget  # noqa: E402

from engine import MultiLayerNet, TrainConfig, Trainer, build_network, layer_health, load_dataset  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.health.view import HealthView  # noqa: E402
from gui.train.run_controller import RunController  # noqa: E402

LESSON = TrainConfig(hidden_sizes=(100,) * 5, weight_init="he", lr=0.1, steps=2000, eval_every=100)


def median_seconds(fn, repeat=7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def engine_costs(ds) -> None:
    net = MultiLayerNet(784, [100] * 5, 10, activation="relu", weight_init="he", seed=0)
    health = median_seconds(lambda: layer_health(net, ds.x_test, ds.t_test))
    trainer = Trainer(build_network(LESSON), ds.x_train, ds.t_train, ds.x_test, ds.t_test, LESSON)
    run = trainer.run()
    next(run)  # the 'start' report (its accuracy)
    step = median_seconds(lambda: next(run), repeat=200)
    evaluate = median_seconds(lambda: trainer.evaluate(), repeat=3)
    lesson_interval = 100 * step + evaluate
    book_interval = 600 * step + evaluate
    print(f"engine: layer_health (784-100x5-10, 1,000 images) {health * 1e3:.1f} ms; one training step "
          f"{step * 1e3:.2f} ms ({health / step:.1f} steps); accuracy on 70,000 images {evaluate * 1e3:.0f} ms")
    print(f"        per evaluation interval: {100 * health / lesson_interval:.1f}% of the lesson's (100 steps + "
          f"accuracy, {lesson_interval:.2f} s), {100 * health / book_interval:.1f}% of one epoch's "
          f"(600 steps + accuracy, {book_interval:.2f} s)")


class CountingView(HealthView):
    """A HealthView that keeps each measurement's cost."""

    def __init__(self, controller):
        self.costs = []
        super().__init__(controller)

    def measure(self):
        super().measure()
        self.costs.append(self.last_cost)


def gui_run(ds, visible: bool) -> dict:
    c = RunController()
    c.set_dataset(ds)
    tabs = QTabWidget()
    other = QLabel("another tab")
    view = CountingView(c)
    tabs.addTab(other, "other")
    tabs.addTab(view, "health")
    tabs.resize(1400, 900)
    tabs.show()
    tabs.setCurrentWidget(view if visible else other)
    c.reset(LESSON)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()  # the view shows (and measures) the new network before the clock starts
    view.costs.clear()
    finished = []
    c.runFinished.connect(lambda report: (finished.append(report), loop.quit()))
    start = time.perf_counter()
    c.start(LESSON)
    loop.exec()
    wall = time.perf_counter() - start
    loop2 = QEventLoop()
    QTimer.singleShot(50, loop2.quit)
    loop2.exec()  # the measurement of the finished run, if any
    report = finished[-1]
    c.shutdown()
    tabs.close()
    tabs.deleteLater()
    return {"train": report.elapsed, "wall": wall, "n": len(view.costs), "cost": sum(view.costs)}


def gui_costs(ds) -> None:
    runs = {True: [], False: []}
    for visible in (False, True, False, True):
        runs[visible].append(gui_run(ds, visible))
    for visible, label in ((False, "hidden "), (True, "visible")):
        r = runs[visible]
        train = statistics.median(x["train"] for x in r)
        wall = statistics.median(x["wall"] for x in r)
        n = sum(x["n"] for x in r) / len(r)
        share = 100 * sum(x["cost"] for x in r) / sum(x["wall"] for x in r)
        print(f"gui {label}: training {train:.2f} s, wall {wall:.2f} s; {n:.0f} measurements per run, "
              f"their cost {share:.1f}% of the wall-clock time")
    hidden = statistics.median(x["wall"] for x in runs[False])
    visible = statistics.median(x["wall"] for x in runs[True])
    train_h = statistics.median(x["train"] for x in runs[False])
    train_v = statistics.median(x["train"] for x in runs[True])
    print(f"slowdown with the view visible: wall {100 * (visible / hidden - 1):+.1f}%, training seconds "
          f"{100 * (train_v / train_h - 1):+.1f}% (hidden: 0 measurements, nothing computed)")


def main() -> None:
    make_app()
    ds = load_dataset()
    np.asarray(ds.x_test[:10])  # warm up
    print(f"{os.cpu_count()} CPUs, OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}, "
          f"load average {os.getloadavg()[0]:.1f}")
    engine_costs(ds)
    gui_costs(ds)


if __name__ == "__main__":
    main()
