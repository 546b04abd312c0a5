"""How long grading a student's file takes, including the child process's start.

    python benchmarks/bench_exercise.py

Prints the median and worst of several runs for one layer (Relu) and for the
whole book file (six layers), in the child process as the CLI and the window
run it, and in-process for comparison. Target: one layer under 2 s.
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

from engine import grade_file_isolated, grade_source, load_dataset  # noqa: E402

BOOK = (ROOT / "tests" / "engine" / "exercise_files" / "book_solutions.py").read_text()
RELU = BOOK[:BOOK.index("class MulLayer")] + BOOK[BOOK.index("class Relu"):BOOK.index("class Sigmoid")]


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
    relu, book = folder / "relu.py", folder / "book.py"
    relu.write_text(RELU)
    book.write_text(BOOK)
    ds = load_dataset()
    data = (ds.x_test[:3], ds.t_test[:3])
    for label, path, source in (("one layer (Relu)", relu, RELU), ("the book's six layers", book, BOOK)):
        med, worst = timed(lambda: grade_file_isolated(path))
        print(f"{label:<24} child process: median {med:.2f} s, worst {worst:.2f} s")
        med, worst = timed(lambda: grade_source(source, str(path), data=data))
        print(f"{'':<24} in-process:    median {med * 1e3:.0f} ms, worst {worst * 1e3:.0f} ms")
    for p in (relu, book):
        p.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
