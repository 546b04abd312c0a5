"""Does Qt's drawing, called from Python, let another thread run? (why the plots slow training)

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gil.py      (~3 s)

A second thread counts in a pure-Python loop (it needs the GIL for every
count) while the main thread, for one second each: sleeps (the GIL is free),
calls QPainter.drawPath on a 20,000-point path (pyqtgraph's curves are drawn
so), and runs pure Python. If drawPath released the GIL the counter would run
as fast as during the sleep; it runs about as slowly as during pure Python:
PySide6 keeps the GIL through the call, so every repaint of a pyqtgraph plot
holds the GIL the training thread needs, C++ drawing included.
"""
from __future__ import annotations

import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main():
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (Qt needs it for painting)
    image = QImage(1000, 600, QImage.Format.Format_ARGB32_Premultiplied)
    rng = np.random.default_rng(0)
    xs = np.linspace(0, 1000, 20_000)
    ys = 300 + 200 * np.sin(xs / 7) * rng.random(xs.shape[0])
    path = QPainterPath()
    path.moveTo(0, 300)
    for x, y in zip(xs, ys):
        path.lineTo(float(x), float(y))
    count, stop = [0], [False]

    def spin():
        while not stop[0]:
            count[0] += 1

    def counts_during(work, seconds=1.0):
        count[0] = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            work()
        return count[0]

    spinner = threading.Thread(target=spin)
    spinner.start()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("black"), 1))
    try:
        asleep = counts_during(lambda: time.sleep(0.001))
        drawing = counts_during(lambda: painter.drawPath(path))
        python = counts_during(lambda: sum(range(1000)))
    finally:
        stop[0] = True
        spinner.join()
        painter.end()
    print("counts of a pure-Python thread in one second while the main thread ...")
    print(f"  sleeps:                 {asleep:>12,}  (the GIL is free)")
    print(f"  calls QPainter.drawPath {drawing:>12,}  ({drawing / asleep:.0%} of free)")
    print(f"  runs pure Python:       {python:>12,}  ({python / asleep:.0%} of free)")


if __name__ == "__main__":
    main()
