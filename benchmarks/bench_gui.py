"""The window's cost: GUI overhead on training, responsiveness, memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py            (~1 min)
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --long     (+ a 100,000-step run, ~1-2 min)

1. Overhead: the same config (784-50-10, the book's hyperparameters and its
   10,000 steps, the run the app starts with: --steps to change; accuracy
   measured before training and at the end) trained headless
   and through the window, in turns (headless, window, headless, ...: the
   machine is shared and its load drifts), best of --pairs runs each way.
   Both sides count alike: wall-clock time of the whole run less the seconds
   its trainer spent evaluating (the same two evaluations on both sides).
   Headless, that is the loop over ``trainer.run()``; in the window, Start to
   the end of the run as the window sees it (thread start and the last
   report's way back included). The trainer's own train_seconds (the time
   inside its mini-batch steps only, without the per-step bookkeeping both
   sides pay) is printed too, with the ratio against it.
   Wall-clock figures need a quiet machine: with other work on both cores the
   window's two busy threads lose more to it than the headless run's one. So
   the CPU seconds the whole process used during each run are printed too
   (evaluation included on both sides): what the window costs on top of the
   training, whatever else the machine is doing. And the GUI thread's own CPU
   seconds during the window runs, as a share of their wall-clock time: the
   work (plots, status line, events) that competes with training for the
   GIL, steadier from run to run than any wall-clock ratio here.
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
    """(train_seconds, wall seconds, of which evaluating, process CPU seconds) of one headless run."""
    trainer = Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    cpu, start = time.process_time(), time.perf_counter()
    for report in trainer.run():
        pass
    return report.elapsed, time.perf_counter() - start, report.eval_elapsed, time.process_time() - cpu


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
                                        times.setdefault("cpu_end", time.process_time()),
                                        times.setdefault("gui_end", time.thread_time()),
                                        times.setdefault("rss_after", rss_mb()), loop.quit()))
    if probe:
        probe.start()
    times["cpu_start"] = time.process_time()  # every thread of the process: the GUI's and the worker's
    times["gui_start"] = time.thread_time()  # this thread's alone: the GUI thread
    times["start"] = time.perf_counter()
    window.start()
    loop.exec()
    if probe:
        probe.stop()
    report = window.controller.last_report
    window.close()
    app.processEvents()
    window.memory = (times["rss_before"], times["rss_after"])
    window.cpu_seconds = times["cpu_end"] - times["cpu_start"]
    window.gui_share = (times["gui_end"] - times["gui_start"]) / (times["end"] - times["start"])
    return report, times["end"] - times["start"], window


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long", action="store_true", help="also run 100,000 steps in the window")
    parser.add_argument("--pairs", type=int, default=3, help="headless and window runs, in turns (default 3)")
    parser.add_argument("--steps", type=int, default=10_000, help="steps of each overhead run (default 10,000)")
    args = parser.parse_args()
    make_app()
    ds = load_dataset()
    config = TrainConfig(steps=args.steps, eval_every=10**6)

    window_run(TrainConfig(steps=300, eval_every=10**6))  # warm-up: first-touch memory, Qt set-up
    load_before = os.getloadavg()[0]
    heads, windows, gui_shares = [], [], []
    for _ in range(max(1, args.pairs)):
        heads.append(headless(config, ds))
        # The overhead runs go without the probe: its 100 ticks a second are extra GUI work.
        report, wall, window = window_run(config)
        windows.append((report.elapsed, wall, report.eval_elapsed, window.cpu_seconds))
        gui_shares.append(window.gui_share)
    print(f"{config.steps:,} steps of 784-50-10 (batch 100, SGD lr 0.1); {len(heads)} runs each way, in turns; "
          f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after (2 cores)")
    for i, ((h_train, h_wall, h_eval, h_cpu), (w_train, w_wall, w_eval, w_cpu)) in enumerate(zip(heads, windows), 1):
        ratio = (w_wall - w_eval) / (h_wall - h_eval)
        print(f"  pair {i}: headless {h_wall - h_eval:.2f} s (train_seconds {h_train:.2f}), "
              f"window {w_wall - w_eval:.2f} s (train_seconds {w_train:.2f}): {ratio:.3f}x; "
              f"CPU {h_cpu:.2f} s / {w_cpu:.2f} s: {w_cpu / h_cpu:.3f}x")
    head_time = min(wall - ev for _, wall, ev, _ in heads)
    head_train = min(train for train, _, _, _ in heads)
    gui_time = min(wall - ev for _, wall, ev, _ in windows)
    cpu_ratio = min(cpu for *_, cpu in windows) / min(cpu for *_, cpu in heads)
    print(f"  best headless: {head_time:.2f} s (the loop over trainer.run(), less evaluation); "
          f"train_seconds {head_train:.2f} s")
    print(f"  best window: {gui_time:.2f} s (Start to end, less evaluation)")
    print(f"  GUI overhead: window / headless = {gui_time / head_time:.3f}x "
          f"(against headless train_seconds, which leaves out the per-step bookkeeping both sides pay: "
          f"{gui_time / head_train:.3f}x)")
    print(f"  CPU seconds of the process, window / headless (best each way, evaluation included): {cpu_ratio:.3f}x")
    print(f"  the GUI thread's CPU during the window runs: {min(gui_shares):.1%} to {max(gui_shares):.1%} "
          f"of their wall-clock time")
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
