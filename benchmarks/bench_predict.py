"""Time one live prediction of the Draw tab, and its parts.

Run from the project root:

    .venv/bin/python benchmarks/bench_predict.py

A 280x280 ``DrawingCanvas`` (offscreen) holds a '3' drawn with mouse events,
as a learner would draw it. The script prints the median time of the whole
path the tab runs after each change of the drawing (``DrawTab.predict_now``
minus the widget updates): canvas image grab -> ``preprocess_stages`` ->
``net.predict`` -> ``softmax``, and of each part, for the bundled pre-trained
network (784-256-128-10) and the book's 784-50-10 net. Target: 10 ms (well
under a 60 Hz frame); the tab asks for at most ~30 predictions a second.
It also times one whole ``predict_now`` including the panel update.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py runs the app

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine import TwoLayerNet, classify, preprocess_stages, softmax  # noqa: E402
from gui.draw.canvas import DrawingCanvas  # noqa: E402


def median_ms(fn, repeat: int = 1000) -> float:
    for _ in range(30):
        fn()
    times = np.empty(repeat)
    for i in range(repeat):
        t0 = time.perf_counter()
        fn()
        times[i] = time.perf_counter() - t0
    return float(np.median(times)) * 1e3


def draw_three(canvas: DrawingCanvas) -> None:
    rect = canvas.image_rect()
    t = np.linspace(0, 1, 40)
    upper = np.c_[0.50 + 0.20 * np.sin(np.pi * (1.25 * t - 0.25)), 0.30 - 0.13 * np.cos(np.pi * (1.25 * t - 0.25))]
    lower = np.c_[0.48 + 0.24 * np.sin(np.pi * (1.3 * t - 0.3)), 0.63 - 0.19 * np.cos(np.pi * (1.3 * t - 0.3))]
    pts = [QPoint(int(rect.x() + x * rect.width()), int(rect.y() + y * rect.height()))
           for x, y in np.r_[upper, lower[3:]]]
    left, nomod = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, left, nomod, pts[0])
    for p in pts[1:]:
        QTest.mouseMove(canvas, p)
    QTest.mouseRelease(canvas, left, nomod, pts[-1])


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    canvas = DrawingCanvas()
    canvas.resize(canvas.resolution, canvas.resolution)
    canvas.show()
    app.processEvents()
    draw_three(canvas)
    image = canvas.image()
    print(f"canvas {image.shape[1]}x{image.shape[0]}, ink pixels {(image > 0).sum()}")

    nets = {"book 784-50-10 (untrained)": TwoLayerNet(784, 50, 10, seed=0, dtype=np.float32)}
    try:
        from engine.pretrained import load_pretrained

        pretrained = load_pretrained()
        nets["pre-trained " + "-".join(map(str, pretrained.sizes))] = pretrained
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not fail
        print(f"(pre-trained model unavailable: {exc})")

    stages = preprocess_stages(image)
    x = stages.centred.reshape(1, 784)
    print(f"  image grab (QImage -> float32):  {median_ms(canvas.image):7.3f} ms")
    print(f"  preprocess_stages:               {median_ms(lambda: preprocess_stages(image)):7.3f} ms")
    for name, net in nets.items():
        print(f"{name}:")
        print(f"  predict + softmax:               {median_ms(lambda: softmax(net.predict(x))):7.3f} ms")
        total = median_ms(lambda: classify(net, canvas.image()))
        print(f"  whole path (grab -> softmax):    {total:7.3f} ms   (target <= 10 ms)")
        probs, _ = classify(net, canvas.image())
        print(f"  guess: {int(np.argmax(probs))} ({probs.max():.0%})")

    # The tab's whole slot, widgets included (no event loop: repaints are only scheduled).
    from engine import load_dataset
    from gui.draw.tab import DrawTab
    from gui.train.run_controller import RunController

    controller = RunController()
    controller.set_dataset(load_dataset())
    tab = DrawTab(controller)
    tab.resize(1200, 760)
    tab.show()
    app.processEvents()
    draw_three(tab.canvas)
    print(f"DrawTab.predict_now ({tab.model_source()}), panel update included: "
          f"{median_ms(tab.predict_now, repeat=300):7.3f} ms")
    controller.shutdown()


if __name__ == "__main__":
    main()
