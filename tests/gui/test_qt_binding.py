"""The Qt binding must not under-count references to None.

PySide6 6.12.0 returns None from void QPainter calls without a new
reference. On Python < 3.12, where None is an ordinary object, every plot
repaint drains None's reference count until the interpreter aborts with
'none_dealloc: deallocating None'. pyproject.toml excludes that release on
such Pythons; this test fails if a broken binding is ever installed again.
"""
import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_painter_calls_keep_none_alive(qapp):
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.setPen(QPen(QColor("black")))
            painter.drawLine(QPointF(0, 0), QPointF(5, 5))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # Immortal None (3.12+) reports a huge constant; a leak shows as a drop of ~2000.
    assert after - before > -100
