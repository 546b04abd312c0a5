"""How long grading a student's file takes, including the child process's start.

    python benchmarks/bench_exercise.py

Prints the median and worst of several runs for one layer (Relu), for the
whole book file (six layers) and for a TwoLayerNet.gradient file, in the child
process as the CLI and the window run it, and in-process for comparison
(target: one layer under 2 s); then one epoch of "Train with my layers".
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine import grade_file_isolated, grade_source, load_dataset, train_isolated  # noqa: E402

BOOK = (ROOT / "tests" / "engine" / "exercise_files" / "book_solutions.py").read_text()
RELU = BOOK[:BOOK.index("class MulLayer")] + BOOK[BOOK.index("class Relu"):BOOK.index("class Sigmoid")]
NET = (ROOT / "tests" / "engine" / "exercise_files" / "two_layer_net.py").read_text()


def timed(fn, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times)


def main():
    load_dataset()  # warm the data cache, as any earlier start of the app has
    folder = Path(tempfile.mkdtemp())
    relu, book, net = folder / "relu.py", folder / "book.py", folder / "net.py"
    relu.write_text(RELU)
    book.write_text(BOOK)
    net.write_text(NET)
    ds = load_dataset()
    data = (ds.x_test[:3], ds.t_test[:3])
    for label, path, source in (("one layer (Relu)", relu, RELU), ("the book's six layers", book, BOOK),
                                ("TwoLayerNet.gradient", net, NET)):
        med, worst = timed(lambda: grade_file_isolated(path))
        print(f"{label:<24} child process: median {med:.2f} s, worst {worst:.2f} s")
        med, worst = timed(lambda: grade_source(source, str(path), data=data))
        print(f"{'':<24} in-process:    median {med * 1e3:.0f} ms, worst {worst * 1e3:.0f} ms")
    messages = []
    t = time.perf_counter()
    end = train_isolated([book, net], messages.append, epochs=1, timeout=60)
    print(f"Train with my layers (the book's layers and gradient), one epoch in the child process: "
          f"{time.perf_counter() - t:.1f} s, test accuracy {end.get('test_acc', float('nan')):.3f} ({end['kind']})")
    for p in (relu, book, net):
        p.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
