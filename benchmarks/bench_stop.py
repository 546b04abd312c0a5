"""How fast Stop, Reset and closing the window answer on the largest network the controls allow.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stop.py             (~2-4 min, ~3 GB)
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stop.py --dtype float64

The network is 784-4096x5-10 (70.4 million parameters, the window's limit:
5 hidden layers of 4096 units), mini-batches of 100, evaluating every 3 steps.
For each moment of a run (the accuracy before training, training, an
evaluation in the middle of the run) we click Stop, Reset, or close the
window, and measure the wall-clock time until the run has ended as the window
sees it: for Stop, the run's last report arrives (``runEnded``); for Reset,
the click returns with new weights; for closing, ``close()`` returns and the
training thread has finished. The issue's promise: under a second each.
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

from engine import LIMITS, TrainConfig  # noqa: E402
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


def largest(dtype: str) -> TrainConfig:
    size, layers = LIMITS["hidden_size"][1], LIMITS["hidden_layers"][1]
    return TrainConfig(hidden_sizes=(size,) * layers, dtype=dtype, steps=1_000_000, eval_every=3)


def new_window(config, folder):
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, config=config)
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


def measure(action, moment, dtype, folder):
    window = new_window(largest(dtype), folder)
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
        thread.wait()
    seconds = time.perf_counter() - t0
    if action != "close":
        c.shutdown()
        window.close()
    thread.wait()
    window.deleteLater()
    spin(lambda: True)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dtype", default="float32", choices=("float32", "float64"))
    args = parser.parse_args()
    make_app()
    print(f"784-4096x5-10 {args.dtype}, batch 100; seconds from the click until the run has ended:")
    with tempfile.TemporaryDirectory() as folder:
        for moment in ("first evaluation", "training", "evaluation mid-run"):
            row = [f"{moment:<20}"]
            for action in ("Stop", "Reset", "close"):
                row.append(f"{action} {measure(action, moment, args.dtype, folder):5.2f} s")
            print("  ".join(row), flush=True)


if __name__ == "__main__":
    main()
