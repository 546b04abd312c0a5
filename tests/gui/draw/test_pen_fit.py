"""Issue 15 item 26: a tiny digit drawn with the default pen must not become a blob.

The canvas keeps the strokes and draws a small drawing with a thinner pen, so that once MNIST's
size normalisation has enlarged it to 20 x 20 its strokes are as thick as a full-size digit's.
"""
import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QCheckBox, QLabel

from engine import preprocess_stages
from gui.draw.canvas import DEFAULT_PEN_WIDTH, DrawingCanvas
from gui.draw.tab import DrawTab

from .test_draw_tab import draw


def zero(r, cx=140.0, cy=140.0):
    a = np.linspace(0, 2 * np.pi, 40)
    return [list(zip(cx + 0.7 * r * np.cos(a), cy + r * np.sin(a)))]


def eight(r, cx=140.0, cy=140.0):
    a = np.linspace(0, 2 * np.pi, 60)
    return [list(zip(cx + 0.45 * r * np.sin(2 * a), cy + r * np.sin(a)))]


def _input(qtbot, strokes, fit=True):
    """The network's 28 x 28 input for ``strokes`` drawn on a canvas with the default pen."""
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.set_fit_pen(fit)
    for points in strokes:
        canvas.begin_stroke(QPointF(*points[0]))
        for p in points[1:]:
            canvas.extend_stroke(QPointF(*p))
        canvas.end_stroke()
    return preprocess_stages(canvas.image()).centred, canvas


@pytest.mark.parametrize("shape", [zero, eight], ids=["zero", "eight"])
@pytest.mark.parametrize("r", [15, 20, 30, 40])
def test_a_small_digit_reaches_the_network_like_a_big_one(qtbot, shape, r):
    big, _ = _input(qtbot, shape(90))
    small, canvas = _input(qtbot, shape(r))
    assert canvas.pen_width_used() < DEFAULT_PEN_WIDTH
    # the same amount of ink (stroke thickness) as the full-size drawing, not a blob
    assert abs(small.sum() / big.sum() - 1) < 0.2
    # the same picture, pixel by pixel, up to antialiasing
    assert np.abs(small - big).mean() < 0.06


@pytest.mark.parametrize("r", [15, 20])
def test_without_fitting_a_small_digit_becomes_a_blob(qtbot, r):
    """What the issue saw, and what 'Fit to size' off still shows on purpose."""
    big, _ = _input(qtbot, zero(90), fit=False)
    small, canvas = _input(qtbot, zero(r), fit=False)
    assert canvas.pen_width_used() == DEFAULT_PEN_WIDTH
    assert small.sum() > 2 * big.sum()


def test_a_full_size_digit_keeps_the_pen_as_set(qtbot):
    fitted, canvas = _input(qtbot, zero(90))
    unfitted, _ = _input(qtbot, zero(90), fit=False)
    assert canvas.pen_width_used() == DEFAULT_PEN_WIDTH
    np.testing.assert_array_equal(fitted, unfitted)


def test_the_tab_shows_the_width_used_and_can_turn_fitting_off(qtbot, controller):
    tab = DrawTab(controller)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    label = tab.findChild(QLabel, "penWidthLabel")
    fit = tab.findChild(QCheckBox, "penFitsDrawing")
    assert fit.isChecked() and fit.toolTip()
    assert label.text() == "18 px"
    draw(tab, [[(0.48, 0.45), (0.52, 0.45), (0.52, 0.55), (0.48, 0.55), (0.48, 0.45)]])  # a tiny 0
    assert "→" in label.text()
    fitted = tab.canvas.image().sum()
    fit.setChecked(False)
    assert label.text() == "18 px"
    assert tab.canvas.image().sum() > 1.5 * fitted  # the whole drawing is drawn again with the full pen
    fit.setChecked(True)
    assert tab.canvas.image().sum() == pytest.approx(fitted)
