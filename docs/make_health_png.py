"""Re-make docs/health.png: the Layer health tab on the book's Sigmoid std 1 next to Xavier.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_health_png.py [--dark] [PATH]

(QT_QPA_PLATFORM=offscreen works too.) The real window at 1600x1000 on the
bundled MNIST: the lesson 'Inside the layers' sets up its first and third
variants (784-100x5-10 Sigmoid from std 1 and from Xavier weights, not yet
trained, as in the book's ch06/weight_init_activation_histogram.py); the tab
it lands on is grabbed for each, and the two grabs are put side by side.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

from engine import TrainConfig  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402


def settle(ms=400):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv) -> int:
    dark = "--dark" in argv
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "health.png"
    app = make_app()
    folder = tempfile.mkdtemp()
    window = MainWindow(settings=Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)),
                        config=TrainConfig())
    window.resize(1600, 1000)
    window.show()
    loop = QEventLoop()
    window.datasetReady.connect(loop.quit)
    window.load_data()
    loop.exec()
    if dark:
        window.view_actions.set_theme("dark")
    grabs = []
    for index in (0, 2):  # Sigmoid std 1, Sigmoid Xavier
        window.tabs.setCurrentWidget(window.lessons)
        window.lessons.select_lesson("activation_histograms")
        settle(100)
        window.lessons.findChild(QPushButton, f"lessonVariant{index}").click()
        before = window.health.measurements
        while window.health.measurements == before or window.health.report is None \
                or len(window.health.report.layers) != 5:
            settle(100)
        settle(600)
        label = window.lessons.current_lesson.variants[index][0]
        grabs.append((label, window.health.grab().toImage()))
    gap, head = 24, 44
    width = sum(image.width() for _label, image in grabs) + gap
    height = max(image.height() for _label, image in grabs) + head
    background = QColor(window.palette().color(window.backgroundRole()))
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(background)
    painter = QPainter(sheet)
    font = QFont(app.font())
    font.setPointSizeF(16)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(window.palette().color(window.foregroundRole()))
    x = 0
    for label, image in grabs:
        painter.drawText(x + 10, 0, image.width(), head, Qt.AlignmentFlag.AlignVCenter, label)
        painter.drawImage(x, head, image)
        x += image.width() + gap
    painter.end()
    sheet.save(str(out))
    print(f"saved {out} ({width}x{height})")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
