"""The dark theme and back: the Draw tab's bars and the one-step formula box follow (issue 15, item 6)."""
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from gui.draw.prediction import ProbabilityBars


def lightness(widget, x, y):
    return QColor(widget.grab().toImage().pixel(x, y)).lightness()


def test_the_one_step_formula_box_follows_the_theme_both_ways(qtbot, make_window):
    window = make_window()
    window.tabs.setCurrentWidget(window.one_step)
    assert window.one_step.run_step()
    formula = window.one_step.findChild(QLabel, "osFormula")
    QApplication.processEvents()
    x, y = formula.width() // 2, 3  # inside the box's top padding
    assert lightness(formula, x, y) > 200
    window.view_actions.set_theme("dark")
    QApplication.processEvents()
    assert lightness(formula, x, y) < 80
    window.view_actions.set_theme("light")
    QApplication.processEvents()
    assert lightness(formula, x, y) > 200  # it stayed black


def test_the_draw_tabs_probability_bars_are_dark_in_the_dark_theme(qtbot, make_window):
    window = make_window()
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.draw_tab)
    window.draw_tab.show_test_digit(0)  # a 7: the bar of 0 is an empty track
    bars = window.draw_tab.findChild(ProbabilityBars)
    for theme, dark in (("dark", True), ("light", False)):
        window.view_actions.set_theme(theme)
        QApplication.processEvents()
        row = bars.height() / 10
        track = lightness(bars, int(bars.width() * 0.6), int(row * 0.5))  # the middle of class 0's track
        assert (track < 100) if dark else (track > 180), (theme, track)
