"""Re-make the screenshots in docs/ from real runs of the app.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_screenshots.py

(QT_QPA_PLATFORM=offscreen works too; `--draw PATH` makes docs/draw.png.) Makes docs/window.png (the window after
the book's run for 5 epochs), docs/compare.png and docs/compare-table.png (the
optimizer lesson, shortened to one epoch a variant, as ghost curves and as a
table) and docs/presentation.png (presentation mode after a run).
The panel screenshots (gradcheck-panel.png, draw.png, inside.png,
one-step.png, korean.png) are made by their own modules' tests and scripts.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

from engine import TrainConfig  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.classroom.lesson_data import lesson  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402

DOCS = ROOT / "docs"


def wait(signal, timeout_ms=600_000):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms=400):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def new_window(config):
    folder = tempfile.mkdtemp()
    window = MainWindow(settings=Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)), config=config)
    window.resize(1280, 800)
    window.show()
    window.load_data()
    wait(window.datasetReady)
    return window


def main():
    app = make_app()

    window = new_window(TrainConfig(epochs=5))
    window.start()
    wait(window.runEnded)
    settle()
    window.grab().save(str(DOCS / "window.png"))

    window.set_presentation(True)
    window.resize(1600, 1000)  # full screen without a window manager (xvfb) keeps the old size
    settle(800)
    window.grab().save(str(DOCS / "presentation.png"))
    window.set_presentation(False)
    window.close()

    window = new_window(TrainConfig())
    variants = tuple((label, config.replace(steps=600, epochs=None, eval_every=100))
                     for label, config in lesson("optimizers").variants)
    window.lesson_runner.run_all(variants)
    wait(window.lesson_runner.allFinished, 900_000)
    settle()
    window.tabs.setCurrentWidget(window.plots)
    settle()
    window.grab().save(str(DOCS / "compare.png"))
    window.tabs.setCurrentWidget(window.runs_table)
    settle()
    window.grab().save(str(DOCS / "compare-table.png"))
    window.close()
    app.processEvents()


def draw_tab_screenshot(path: str, size=(1200, 760)) -> None:
    """Render the tab with a hand-drawn '3' (for docs/draw.png)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from engine import load_dataset
    from gui.draw.tab import DrawTab
    from gui.train.run_controller import RunController

    app = make_app()
    controller = RunController()
    controller.set_dataset(load_dataset())
    tab = DrawTab(controller)
    tab.resize(*size)
    tab.show()
    app.processEvents()
    canvas = tab.canvas
    rect = canvas.image_rect()
    # a '3' as a hand would draw it, in 0..1 canvas coordinates
    t = np.linspace(0, 1, 40)
    upper = np.c_[0.50 + 0.20 * np.sin(np.pi * (1.25 * t - 0.25)),
                  0.30 - 0.13 * np.cos(np.pi * (1.25 * t - 0.25))]
    lower = np.c_[0.48 + 0.24 * np.sin(np.pi * (1.3 * t - 0.3)),
                  0.63 - 0.19 * np.cos(np.pi * (1.3 * t - 0.3))]
    stroke = np.r_[upper, lower[3:]] + 0.006 * np.sin(np.arange(len(upper) + len(lower) - 3))[:, None]
    points = [QPoint(int(rect.x() + x * rect.width()), int(rect.y() + y * rect.height())) for x, y in stroke]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(canvas, p)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
    QTest.qWait(150)
    tab.grab().save(path)
    controller.shutdown()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--draw"]:  # python docs/make_screenshots.py --draw docs/draw.png
        make_app()
        draw_tab_screenshot(sys.argv[2] if len(sys.argv) > 2 else str(DOCS / "draw.png"))
    else:
        main()
