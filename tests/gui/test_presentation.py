"""Presentation mode for a projector: the model's name stays on screen, every text grows, ghosts are
not washed out (issue 15, item 19)."""
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from engine import TrainConfig


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c):
        f = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * f[0] + 0.7152 * f[1] + 0.0722 * f[2]
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def presenting(make_window):
    window = make_window()
    yield window
    window.set_presentation(False)


def test_the_model_label_stays_on_screen_shortened_if_need_be(presenting):
    window = presenting
    window.set_presentation(True)
    window.resize(window.screen().availableGeometry().size())
    QApplication.processEvents()
    label = window.model_label
    assert label.text().startswith("Model:")
    assert label.isVisible()
    where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    assert window.rect().contains(where)
    shown = label.shown_text()
    assert shown and QFontMetrics(label.font()).horizontalAdvance(shown) <= label.width()
    assert shown == label.text() or shown.endswith("…")


def test_every_text_grows_in_presentation_mode(presenting):
    window = presenting
    window.resize(1280, 800)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    watched = [w for w in window.draw_tab.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton, QComboBox))]
    watched += [w for w in window.controls.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))]
    before = {w: QFontInfo(w.font()).pixelSize() for w in watched}
    window.set_presentation(True)
    QApplication.processEvents()
    same = [w.objectName() or getattr(w, "text", lambda: "")() for w in watched
            if QFontInfo(w.font()).pixelSize() <= before[w]]
    assert same == []
    window.set_presentation(False)
    QApplication.processEvents()
    assert {w: QFontInfo(w.font()).pixelSize() for w in watched} == before


def test_ghost_curves_keep_their_colour_on_a_projector(qtbot, presenting):
    window = presenting
    window.controls.set_config(TrainConfig(steps=20, eval_every=10))
    window.reset()
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start()
    window.flush_reports()
    assert window.plots.finish_run("earlier run")

    def ghost_contrast():
        background = window.plots.loss_plot.backgroundBrush().color()
        own = (window.plots.raw_curve, window.plots.smoothed_curve)
        pens = [pg.mkPen(item.opts["pen"]) for item in window.plots.loss_plot.getPlotItem().listDataItems()
                if item not in own and item.isVisible()]
        assert pens
        return min(contrast(pg_pen.color(), background) for pg_pen in pens), pens[0].widthF()

    normal, _width = ghost_contrast()
    window.set_presentation(True)
    QApplication.processEvents()
    projected, width = ghost_contrast()
    assert projected >= 2.3 and projected > normal * 1.3  # full colour, not a pastel
    assert width >= 2.0


def test_the_controls_come_back_as_they_were_after_presentation_mode(presenting):
    """The window measures its controls again when the type changes size (its FontChange):
    combo boxes otherwise kept presentation mode's minimum sizes, and the column its width."""
    window = presenting
    window.resize(1280, 800)
    QApplication.processEvents()
    combos = window.controls.findChildren(QComboBox)
    assert combos

    def measured():
        return (window.controls_scroll.minimumWidth(), window.controls_scroll.maximumWidth(),
                [c.minimumSizeHint().height() for c in combos])

    before = measured()
    window.set_presentation(True)
    QApplication.processEvents()
    during = measured()
    assert during[1] > before[1] and min(d - b for d, b in zip(during[2], before[2])) > 0
    window.set_presentation(False)
    QApplication.processEvents()
    assert measured() == before
