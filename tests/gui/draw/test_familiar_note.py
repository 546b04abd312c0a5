"""Issue 15 item 27: the Draw tab says plainly the network must pick one of ten, and warns when a
drawing looks unlike the digits it was trained on (both ways: real digits and drawn non-digits)."""
import numpy as np
import pytest

from gui.draw.tab import DrawTab

from .test_draw_tab import ONE, SEVEN, draw

X = [[(0.2, 0.2), (0.4, 0.4), (0.6, 0.6), (0.8, 0.8)], [(0.8, 0.2), (0.6, 0.4), (0.4, 0.6), (0.2, 0.8)]]
DASH = [[(0.2, 0.5), (0.4, 0.5), (0.6, 0.5), (0.8, 0.5)]]
BOX = [[(0.25, y), (0.75, y)] for y in np.linspace(0.25, 0.75, 12)]  # filled in by zig-zag strokes


@pytest.fixture
def tab(qtbot, controller):
    widget = DrawTab(controller)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.familiar.follow(controller.dataset)
    qtbot.waitUntil(widget.familiar.is_ready, timeout=60_000)
    return widget


def _read(qtbot, tab, strokes):
    tab.canvas.clear()
    draw(tab, strokes)
    tab.predict_now()
    return tab.panel.note


def test_the_note_always_says_it_must_pick_one_of_ten(qtbot, tab):
    note = _read(qtbot, tab, SEVEN)
    assert note.isVisible()
    assert "must answer one of the 10 digits" in note.text()


@pytest.mark.parametrize("strokes", [SEVEN, ONE], ids=["seven", "one"])
def test_drawn_digits_raise_no_alarm(qtbot, tab, strokes):
    note = _read(qtbot, tab, strokes)
    assert not note.unlike()
    assert "unlike" not in note.text()


@pytest.mark.parametrize("strokes", [X, DASH, BOX], ids=["X", "dash", "box"])
def test_drawn_non_digits_are_called_unlike(qtbot, tab, strokes):
    note = _read(qtbot, tab, strokes)
    assert note.unlike()
    assert "means little" in note.text()
    assert tab.panel.predicted_index() is not None  # it still gives its guess


def test_real_test_digits_on_the_canvas_raise_few_alarms(qtbot, tab, controller):
    rng = np.random.default_rng(27)
    alarms = 0
    for index in rng.choice(len(controller.dataset.t_test), 60, replace=False):
        tab.show_test_digit(int(index))
        alarms += tab.panel.note.unlike()
    assert alarms <= 3


def test_a_drawing_before_the_check_is_built_gets_no_verdict(qtbot, controller):
    widget = DrawTab(controller)
    qtbot.addWidget(widget)
    widget.show()
    draw(widget, X)
    widget.predict_now()
    assert not widget.panel.note.unlike()  # not built yet: the plain sentence only
    qtbot.waitUntil(widget.familiar.is_ready, timeout=60_000)
    qtbot.waitUntil(widget.panel.note.unlike, timeout=5000)  # and the verdict follows once it is


def test_clearing_the_canvas_clears_the_warning(qtbot, tab):
    note = _read(qtbot, tab, X)
    assert note.unlike()
    tab.canvas.clear()
    tab.predict_now()
    assert not note.unlike() and "must answer" in note.text()


def test_the_warning_does_not_move_the_bars(qtbot, tab):
    _read(qtbot, tab, SEVEN)
    tab.panel.layout().activate()
    bars = tab.panel.bars.geometry()
    _read(qtbot, tab, X)
    assert tab.panel.note.unlike()
    tab.panel.layout().activate()
    assert tab.panel.bars.geometry() == bars


def test_the_note_takes_the_colours_of_the_theme(qtbot, tab):
    from PySide6.QtWidgets import QApplication

    from gui.common.palette import DARK, LIGHT
    from gui.theme import THEMES, apply_theme

    note = _read(qtbot, tab, X)
    assert LIGHT.bad.lower() in note.styleSheet().lower()
    apply_theme(QApplication.instance(), THEMES["dark"])
    try:  # the new palette reaches the widgets through the event queue
        qtbot.waitUntil(lambda: DARK.bad.lower() in note.styleSheet().lower(), timeout=5000)
        tab.canvas.clear()
        tab.predict_now()
        assert DARK.muted.lower() in note.styleSheet().lower()
    finally:
        apply_theme(QApplication.instance(), THEMES["light"])
