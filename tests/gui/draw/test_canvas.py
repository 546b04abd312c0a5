"""DrawingCanvas: strokes by mouse, tablet and touch; undo, clear, set_image; resolution independence."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.draw.canvas import DEFAULT_RESOLUTION, DrawingCanvas, canvas_pixels

LEFT, NOMOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def to_widget(canvas, x, y):
    """(x, y) in 0..1 of the drawing square -> a widget QPoint."""
    rect = canvas.image_rect()
    return QPoint(int(rect.x() + x * rect.width()), int(rect.y() + y * rect.height()))


def stroke(canvas, points):
    """A mouse stroke through ``points`` (0..1 coordinates of the drawing square)."""
    pts = [to_widget(canvas, x, y) for x, y in points]
    QTest.mousePress(canvas, LEFT, NOMOD, pts[0])
    for p in pts[1:]:
        QTest.mouseMove(canvas, p)
    QTest.mouseRelease(canvas, LEFT, NOMOD, pts[-1])


def test_starts_blank_square_and_big_enough(canvas):
    assert canvas.objectName() == "drawCanvas" and canvas.toolTip()
    assert canvas.minimumSizeHint().width() >= 280 and canvas.minimumSizeHint().height() >= 280
    assert canvas.is_blank()
    img = canvas.image()
    assert img.shape == (DEFAULT_RESOLUTION, DEFAULT_RESOLUTION) and img.dtype == np.float32
    assert not img.any() and not canvas.can_undo()
    canvas.resize(600, 400)
    rect = canvas.image_rect()
    assert rect.width() == rect.height() == 400 and rect.x() == 100  # a centred square


def test_mouse_stroke_draws_ink_and_signals(canvas, qtbot):
    with qtbot.waitSignal(canvas.changed):
        stroke(canvas, [(0.5, 0.2), (0.5, 0.5), (0.5, 0.8)])
    img = canvas.image()
    assert not canvas.is_blank()
    assert 0.0 <= img.min() and img.max() == 1.0
    rows, cols = np.nonzero(img > 0.5)
    # a vertical line about 18 px wide through the middle, from 20 % to 80 % of the height
    assert abs(cols.mean() - 140) < 2 and 14 <= cols.max() - cols.min() <= 22
    assert rows.min() < 0.2 * 280 and rows.max() > 0.8 * 280
    assert canvas.can_undo()


def test_segments_join_fast_strokes(canvas):
    stroke(canvas, [(0.1, 0.5), (0.9, 0.5)])  # two far-apart points: one continuous line
    line = canvas.image()[140]
    assert (line[35:245] > 0.99).all()


def test_every_update_emits_changed(canvas, qtbot):
    count = []
    canvas.changed.connect(lambda: count.append(1))
    stroke(canvas, [(0.2, 0.2), (0.3, 0.3), (0.4, 0.4), (0.5, 0.5)])
    assert len(count) >= 4


def test_undo_is_per_stroke(canvas, qtbot):
    stroke(canvas, [(0.2, 0.2), (0.8, 0.2)])
    first = canvas.image()
    stroke(canvas, [(0.8, 0.2), (0.4, 0.9)])
    assert not np.array_equal(canvas.image(), first)
    with qtbot.waitSignal(canvas.changed):
        canvas.undo()
    np.testing.assert_array_equal(canvas.image(), first)
    with qtbot.waitSignal(canvas.undoAvailable) as blocker:
        QTest.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [False]
    assert canvas.is_blank() and not canvas.can_undo()
    canvas.undo()  # nothing left: harmless
    assert canvas.is_blank()


@pytest.mark.parametrize("key", [Qt.Key.Key_C, Qt.Key.Key_Delete])
def test_clear_by_key_and_undo_it(canvas, key):
    stroke(canvas, [(0.3, 0.3), (0.7, 0.7)])
    drawn = canvas.image()
    canvas.setFocus()
    QTest.keyClick(canvas, key)
    assert canvas.is_blank()
    canvas.undo()
    np.testing.assert_array_equal(canvas.image(), drawn)


def test_clearing_a_blank_canvas_adds_no_undo_step(canvas):
    canvas.clear()
    assert not canvas.can_undo()


def test_pen_width(canvas):
    canvas.set_fit_pen(False)  # the pen as set (fitting to a small drawing: tests/gui/draw/test_pen_fit.py)
    canvas.set_pen_width(6)
    stroke(canvas, [(0.3, 0.5), (0.7, 0.5)])
    thin = (canvas.image()[:, 140] > 0.5).sum()
    canvas.clear()
    canvas.set_pen_width(30)
    stroke(canvas, [(0.3, 0.5), (0.7, 0.5)])
    thick = (canvas.image()[:, 140] > 0.5).sum()
    assert 4 <= thin <= 8 and 27 <= thick <= 33


def test_drawing_is_independent_of_the_widget_size(qtbot):
    images = []
    for side in (300, 700):
        canvas = DrawingCanvas()
        qtbot.addWidget(canvas)
        canvas.resize(side, side)
        canvas.show()
        stroke(canvas, [(0.3, 0.2), (0.7, 0.2), (0.45, 0.85)])
        images.append(canvas.image())
    assert images[0].shape == images[1].shape
    # the same drawing, up to where mouse positions round to whole screen pixels
    assert np.abs(images[0] - images[1]).mean() < 0.01


def test_set_image_upscales_crisply_and_is_undoable(canvas, qtbot):
    digit = np.zeros((28, 28), np.float32)
    digit[4:24, 12:16] = 1.0
    digit[4, 8:20] = 0.5
    with qtbot.waitSignal(canvas.changed):
        canvas.set_image(digit)
    expected = np.kron(np.rint(digit * 255).astype(np.uint8), np.ones((10, 10), np.uint8))
    np.testing.assert_array_equal(canvas.pixels(), expected)
    np.testing.assert_allclose(canvas.image(), expected / 255.0, atol=1e-6)
    canvas.undo()
    assert canvas.is_blank()


def test_canvas_pixels_fits_and_centres_any_shape():
    wide = np.ones((10, 30))
    out = canvas_pixels(wide, 280)
    rows, cols = np.nonzero(out)
    assert cols.min() == 0 and cols.max() == 279  # longer side fills the canvas
    assert abs((rows.min() + rows.max()) / 2 - 139.5) <= 1  # centred
    assert canvas_pixels(np.full((28, 28), 300), 280).max() == 255  # clipped
    assert canvas_pixels(np.full((28, 28), np.nan), 280).max() == 0
    with pytest.raises(ValueError):
        canvas_pixels(np.zeros((3, 3, 3)))


def test_touch_draws(canvas):
    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, to_widget(canvas, 0.2, 0.5), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, to_widget(canvas, 0.8, 0.5), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, to_widget(canvas, 0.8, 0.5), canvas).commit()
    line = canvas.image()[140]
    assert (line[60:220] > 0.99).all()
    canvas.undo()
    assert canvas.is_blank()


def test_tablet_draws(canvas):
    stylus = QPointingDevice("test stylus", 7, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)
    events = ((QEvent.Type.TabletPress, (0.5, 0.2)), (QEvent.Type.TabletMove, (0.5, 0.8)),
              (QEvent.Type.TabletRelease, (0.5, 0.8)))
    for kind, (x, y) in events:
        pos = QPointF(to_widget(canvas, x, y))
        event = QTabletEvent(kind, stylus, pos, canvas.mapToGlobal(pos), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
                             NOMOD, LEFT, LEFT)
        QApplication.sendEvent(canvas, event)
    column = canvas.image()[:, 140]
    assert (column[60:220] > 0.99).all()


def test_right_button_does_not_draw(canvas):
    p = to_widget(canvas, 0.5, 0.5)
    QTest.mousePress(canvas, Qt.MouseButton.RightButton, NOMOD, p)
    QTest.mouseMove(canvas, to_widget(canvas, 0.7, 0.7))
    QTest.mouseRelease(canvas, Qt.MouseButton.RightButton, NOMOD, p)
    assert canvas.is_blank()
