"""Tabs built when first shown (issue 14, start-up): nothing hidden is built at start, a page is
built once, in the language, theme and type size of the moment it is built, joined to the other
tabs, and a window whose tabs were never opened saves and opens sessions as before."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from engine import TrainConfig
from gui.i18n import install_language
from gui.lazy_page import LazyPage
from gui.window_pages import LAZY_PAGES, TAB_TITLES
from tests.gui.i18n_words import english_words

SHORT = TrainConfig(steps=100, eval_every=50)


def built(window):
    return sorted(name for name, host in window.lazy_pages.items() if host.is_built)


def run_to_end(qtbot, window):
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start_button.click()


def test_no_hidden_tab_is_built_at_start_and_showing_one_builds_it_once(qtbot, make_window):
    window = make_window()
    QApplication.processEvents()
    assert built(window) == []  # the Training tab is the first screen; the rest waits
    assert window.tabs.currentWidget() is window.plots
    host = window.lazy_pages["health"]
    made = []
    host.built.connect(made.append)
    window.tabs.setCurrentIndex([name for name, _ in TAB_TITLES].index("health"))  # as a click on the tab does
    QApplication.processEvents()
    assert built(window) == ["health"]
    page = window.health
    assert made == [page] and page.isVisible() and page.objectName() == LAZY_PAGES["health"][0]
    window.tabs.setCurrentWidget(window.plots)
    window.tabs.setCurrentWidget(window.health)
    assert window.health is page and made == [page]  # built once
    assert window.tabs.indexOf(page) == [name for name, _ in TAB_TITLES].index("health")


def test_reading_an_attribute_builds_only_that_page_and_a_lessons_view_only_its_own(qtbot, make_window):
    window = make_window()
    assert window.draw_tab.objectName() == "drawTab"
    assert built(window) == ["draw_tab"]
    window.show_page_named("healthView")  # a lesson that lands on Layer health
    assert built(window) == ["draw_tab", "health"] and window.tabs.currentWidget() is window.health
    assert window.tabs.built_pages() == [window.plots, window.draw_tab, window.health, window.lessons,
                                         window.runs_table]


def test_each_page_has_the_object_name_it_was_declared_with(qtbot, make_window):
    window = make_window()
    for name, (object_name, _make) in LAZY_PAGES.items():
        assert getattr(window, name).objectName() == object_name, name
        assert window.tabs.scroll_area(window.tabs.indexOf(getattr(window, name))).objectName() == \
            f"{object_name}Scroll"


def test_a_page_cannot_ask_for_itself_while_it_is_built(qtbot):
    holder = {}
    host = LazyPage("loop", lambda: holder["host"].page())
    holder["host"] = host
    qtbot.addWidget(host)
    with pytest.raises(RuntimeError, match="loop"):
        host.page()


def widget_state(page):
    """Per widget under ``page`` (with its class and name): its font and, for plots, their colours."""
    out = []
    for w in [page, *page.findChildren(QWidget)]:
        font = w.font()
        row = [type(w).__name__, w.objectName(), round(font.pointSizeF(), 2), font.pixelSize(), font.bold(),
               w.palette().color(QPalette.ColorRole.Window).name()]
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            row += [w.backgroundBrush().color().name(), item.getAxis("left").pen().color().name(),
                    item.getAxis("bottom").textPen().color().name()]
        out.append(tuple(row))
    return sorted(out)


def english_texts(page):
    texts = []
    for w in [page, *page.findChildren(QWidget)]:
        texts.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
    return [(t, words) for t in texts if t and (words := english_words(t))]


@pytest.mark.parametrize("name", sorted(LAZY_PAGES))
def test_a_page_built_late_is_like_one_built_at_start_then_switched(qtbot, make_window, name):
    """Korean, the dark theme and presentation mode: a page built after them comes up as a page built
    with the window comes to be when they are switched on."""
    app = QApplication.instance()
    early = make_window(SHORT)
    page = getattr(early, name)
    early.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    try:
        assert early.set_language("ko")
        early.view_actions.set_theme("dark")
        early.set_presentation(True)
        QApplication.processEvents()
        switched = widget_state(page)
        assert english_texts(page) == []
        early.set_presentation(False)
        early.close()
        QApplication.processEvents()

        late = make_window(SHORT)  # in Korean and dark (the settings say so), no page built yet
        late.set_presentation(True)
        QApplication.processEvents()
        assert built(late) == []
        late.tabs.setCurrentWidget(getattr(late, name))
        QApplication.processEvents()
        assert widget_state(getattr(late, name)) == switched
        assert english_texts(getattr(late, name)) == []
        late.set_presentation(False)
    finally:
        install_language(app, "en")
        for window in QApplication.topLevelWidgets():
            if hasattr(window, "view_actions"):
                window.view_actions.set_theme("light")
                break


def test_a_window_whose_tabs_were_never_opened_saves_and_opens_a_session(qtbot, make_window, tmp_path):
    window = make_window(SHORT)
    run_to_end(qtbot, window)
    saved = {k: v.copy() for k, v in window.controller.net.params.items()}
    points = window.plots.n_points
    path = tmp_path / "session.npz"
    assert window.save_session_to(path)
    window.close()

    other = make_window(SHORT)
    assert other.open_session_from(path)
    assert built(other) == []  # the session reached the controller and the Training tab only
    for key, value in saved.items():
        np.testing.assert_array_equal(other.controller.net.params[key], value)
    assert other.plots.n_points == points and other.controller.total_step == 100
    # Opened later, the tabs show the session's network.
    other.tabs.setCurrentWidget(other.inside)
    qtbot.waitUntil(lambda: other.inside.confusion is not None, timeout=20_000)
    assert "100" in other.inside.caption.text()
    other.tabs.setCurrentWidget(other.one_step)
    qtbot.waitUntil(lambda: other.one_step.trace is not None, timeout=20_000)
    assert "100" in other.one_step.source_label.text()
    other.close()
    assert built(other) == ["inside", "one_step"]  # closing built nothing to shut it down


def test_a_page_built_after_a_model_was_loaded_says_where_its_weights_came_from(qtbot, make_window, tmp_path):
    window = make_window(SHORT)
    path = tmp_path / "model.npz"
    assert window.save_model_to(path)
    assert window.load_model_from(path)
    window.tabs.setCurrentWidget(window.one_step)
    qtbot.waitUntil(lambda: window.one_step.trace is not None, timeout=20_000)
    assert "loaded from a file" in window.one_step.source_label.text()


def test_links_between_tabs_reach_pages_not_built_yet(qtbot, make_window):
    window = make_window()
    window.tabs.setCurrentWidget(window.inside)
    window.inside.digitChosen.emit(3)  # a click in the mistakes gallery
    assert window.tabs.currentWidget() is window.draw_tab
    assert window.draw_tab.canvas.image().any()  # test digit 3 is on the canvas
    assert built(window) == ["draw_tab", "inside"]
    window.graph.stageRequested.emit("Affine1", "forward", np.arange(2))
    assert window.tabs.currentWidget() is window.one_step
    assert window.one_step.current_record.layer == "Affine1"


def test_a_window_started_in_the_dark_theme_looks_as_one_switched_to_it(qtbot, make_window, settings):
    """The saved theme is applied before the window's first widget (not by restyling them all after):
    the Training tab comes out as it does when the theme is switched on a running window."""
    try:
        settings.set_value("view/theme", "dark")
        started = make_window()
        started.resize(1000, 700)
        QApplication.processEvents()
        assert started.view_actions.theme_actions["dark"].isChecked()
        at_start = started.plots.grab().toImage()
        started.close()
        settings.set_value("view/theme", "light")
        switched = make_window()
        switched.resize(1000, 700)
        switched.view_actions.set_theme("dark")
        QApplication.processEvents()
        assert switched.plots.grab().toImage() == at_start
    finally:
        for window in QApplication.topLevelWidgets():
            if hasattr(window, "view_actions"):
                window.view_actions.set_theme("light")
                break


def test_the_gradient_check_built_late_has_the_planted_bug_of_the_controls_both_ways(qtbot, make_window):
    window = make_window()
    bug = window.controls.bug
    bug.setCurrentIndex(bug.findData("relu-no-mask"))
    assert built(window) == []
    assert window.gradcheck.bug() == "relu-no-mask"  # what the controls said before it existed
    bug.setCurrentIndex(0)
    assert window.gradcheck.bug() is None  # ... and after
    window.gradcheck.options.bug_combo.setCurrentIndex(window.gradcheck.options.bug_combo.findData("relu-no-mask"))
    assert bug.currentData() == "relu-no-mask"  # and the other way
