"""The window's cost: GUI overhead on training, responsiveness, memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py            (~30 s)
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --long     (+ a 100,000-step run, ~1-2 min)

1. Overhead: the same config (784-50-10, the book's hyperparameters, 6,000
   steps; accuracy measured before training and at the end) trained headless
   and through the window. Headless: the trainer's own train_seconds. Window:
   wall-clock time from Start to the end of the run as the window sees it,
   less the seconds its trainer spent evaluating (the same two evaluations
   the headless run makes but does not count).
2. Responsiveness: during a third window run, a 10 ms QTimer in the GUI thread
   records how late each tick fires; we print the 50th/99th percentile and
   the worst delay.
3. With --long: a 100,000-step run in the window; resident memory at Start
   (window built, data loaded) and at the end of the run, and the timer probe
   over its last 20 seconds (plots holding 100k points must stay interactive).
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

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402

from engine import TrainConfig, Trainer, build_network, load_dataset  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402

PERIOD_MS = 10


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Probe:
    """A 10 ms timer that records how late each tick fires."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.delays = []
        self._last = None

    def start(self):
        self.delays, self._last = [], time.perf_counter()
        self.timer.start(PERIOD_MS)

    def stop(self):
        self.timer.stop()

    def _tick(self):
        now = time.perf_counter()
        self.delays.append(max(0.0, (now - self._last) * 1e3 - PERIOD_MS))
        self._last = now

    def summary(self, last=None) -> str:
        d = np.array(self.delays[-last:] if last else self.delays)
        return (f"{len(d)} ticks, delay p50 {np.percentile(d, 50):.1f} ms, p99 {np.percentile(d, 99):.1f} ms, "
                f"worst {d.max():.1f} ms")


def headless(config, ds):
    trainer = Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    start = time.perf_counter()
    for report in trainer.run():
        pass
    return report.elapsed, time.perf_counter() - start


def window_run(config, probe=None):
    app = make_app()
    folder = tempfile.mkdtemp()
    window = MainWindow(settings=Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)), config=config)
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.datasetReady.connect(loop.quit)
    window.load_data()
    loop.exec()
    times = {"rss_before": rss_mb()}  # data loaded, window built: what the run itself adds comes next
    window.runEnded.connect(lambda _r: (times.setdefault("end", time.perf_counter()),
                                        times.setdefault("rss_after", rss_mb()), loop.quit()))
    if probe:
        probe.start()
    times["start"] = time.perf_counter()
    window.start()
    loop.exec()
    if probe:
        probe.stop()
    report = window.controller.last_report
    window.close()
    app.processEvents()
    window.memory = (times["rss_before"], times["rss_after"])
    return report, times["end"] - times["start"], window


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long", action="store_true", help="also run 100,000 steps in the window")
    args = parser.parse_args()
    make_app()
    ds = load_dataset()
    config = TrainConfig(steps=6000, eval_every=10**6)

    window_run(TrainConfig(steps=300, eval_every=10**6))  # warm-up: first-touch memory, Qt set-up
    head_train, head_wall = min(headless(config, ds) for _ in range(2))
    # The overhead runs go without the probe: its 100 ticks a second are extra GUI work.
    runs = [window_run(config) for _ in range(2)]
    report, gui_wall, _ = min(runs, key=lambda run: run[1] - run[0].eval_elapsed)
    print(f"{config.steps} steps of 784-50-10 (batch 100, SGD lr 0.1); best of 2 runs each way")
    print(f"  headless: train_seconds {head_train:.2f} s (wall {head_wall:.2f} s with the evaluation)")
    print(f"  window:   Start to end {gui_wall:.2f} s (its trainer's train_seconds {report.elapsed:.2f} s)")
    gui_train = gui_wall - report.eval_elapsed
    print(f"  window time to train (Start to end, less its {report.eval_elapsed:.2f} s of evaluation): "
          f"{gui_train:.2f} s")
    print(f"  GUI overhead: window time to train / headless train_seconds = {gui_train / head_train:.3f}x "
          f"(wall / wall, evaluations included on both sides: {gui_wall / head_wall:.3f}x)")
    probe = Probe()
    window_run(config, probe)
    print(f"  GUI-thread probe during another window run: {probe.summary()}")

    if args.long:
        long_config = TrainConfig(steps=100_000, eval_every=5000)
        probe = Probe()
        report, wall, window = window_run(long_config, probe)
        before, after = window.memory
        print(f"\n{report.step:,} steps in the window: {wall:.1f} s, test accuracy {report.test_acc:.4f}")
        print(f"  resident memory at Start {before:.0f} MB (data loaded), at the end {after:.0f} MB: "
              f"the run grew it by {after - before:.1f} MB")
        ticks = int(20_000 / PERIOD_MS)
        print(f"  GUI-thread probe over the last ~20 s: {probe.summary(last=ticks)}")
        print(f"  plot holds {window.plots.n_points:,} loss points")


if __name__ == "__main__":
    main()
