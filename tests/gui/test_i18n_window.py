"""Every visible string of the window is translated (Korean and Japanese), and switching
the language from the menu keeps the network and the curves.
"""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from engine import TrainConfig
from gui.i18n import (
    LANGUAGES,
    SETTING_KEY,
    current_language,
)
from gui.train.run_controller import IDLE
from tests.gui.i18n_words import TRANSLATED, app, english_words, language  # noqa: F401 (fixtures)

# ------------------------------------------------------------ the window ----

def _plot_texts(plot_item):
    texts = [plot_item.titleLabel.text]
    for side in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(side)
        if axis.isVisible() and axis.labelText:
            texts.append(axis.labelText)
        ticks = getattr(axis, "_tickLevels", None)
        if side == "right" and ticks:
            texts += [text for level in ticks for _value, text in level]
    if plot_item.legend is not None:
        texts += [label.text for _sample, label in plot_item.legend.items]
    return texts


def visible_texts(window):
    """(where, text) of every string the window shows or would show as a tooltip."""
    out = []

    def add(where, text):
        if text:
            out.append((where, str(text)))

    add("title", window.windowTitle())
    add("status bar", window.statusBar().currentMessage())
    for w in window.findChildren(QWidget):
        name = w.objectName() or type(w).__name__
        add(f"{name} tooltip", w.toolTip())
        if isinstance(w, QLabel):
            add(name, w.text())
        if isinstance(w, QAbstractButton):
            add(name, w.text())
        if isinstance(w, QGroupBox):
            add(name, w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name} tab {i}", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item {i}", w.itemText(i))
                add(f"{name} item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            add(f"{name} special", w.specialValueText())
            add(f"{name} suffix", getattr(w, "suffix", lambda: "")())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    add(f"{name} header {c}", item.text())
                    add(f"{name} header {c} tooltip", item.toolTip())
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        add(f"{name} cell", item.text())
                        add(f"{name} cell tooltip", item.toolTip())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"{name} item", w.item(i).text())
                add(f"{name} item tooltip", w.item(i).toolTip())
        if isinstance(w, QTextBrowser):
            add(name, w.toPlainText())
        if isinstance(w, pg.PlotWidget):
            for text in _plot_texts(w.getPlotItem()):
                add(f"{name} plot", text)
        if isinstance(w, pg.GraphicsLayoutWidget):
            for item in w.ci.items:
                if isinstance(item, pg.PlotItem):
                    for text in _plot_texts(item):
                        add(f"{name} plot", text)

    def menu(m, where):
        add(where, m.title())
        for action in m.actions():
            if action.menu() is not None:
                menu(action.menu(), f"{where} > {action.menu().objectName()}")
            elif not action.isSeparator():
                add(f"{where} > {action.objectName()}", action.text())
                add(f"{where} > {action.objectName()} tooltip", action.toolTip())
                add(f"{where} > {action.objectName()} status tip", action.statusTip())

    for action in window.menuBar().actions():
        menu(action.menu(), action.menu().objectName())
    return out


def exercise(qtbot, window):
    """Make the window show its dynamic texts: a short run that becomes a ghost curve and a row
    of the runs table, a second run, a gradient check, a drawn test image, the other tabs
    visited, a lesson chosen."""
    for _ in range(2):
        with qtbot.waitSignal(window.runEnded, timeout=60_000):
            window.start()
        if window.plots.ghost_labels == []:
            window.reset()  # the run becomes a ghost curve with a legend entry
    gc = window.gradcheck
    window.tabs.setCurrentWidget(gc)
    gc.options.mode.setCurrentIndex(1)  # sampled: quick
    gc.options.max_entries.setValue(100)
    with qtbot.waitSignal(gc.checkFinished, timeout=60_000):
        assert gc.run_check()
    window.tabs.setCurrentWidget(window.draw_tab)
    window.draw_tab.load_test_image()
    window.tabs.setCurrentWidget(window.inside)
    qtbot.waitUntil(lambda: window.inside.confusion is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.one_step)
    qtbot.waitUntil(lambda: window.one_step.trace is not None, timeout=20_000)
    window.one_step.show_stage(3)
    window.tabs.setCurrentWidget(window.lessons)
    window.lessons.select_lesson("relu_vs_sigmoid")
    window.tabs.setCurrentWidget(window.runs_table)
    for i in range(window.tabs.count()):  # the pages not opened above are built too (they are built when first shown)
        window.tabs.widget(i)
    window.tabs.setCurrentWidget(window.plots)
    window.plots.show_readout_at(100)


def offenders(window):
    return [(where, text, words) for where, text in visible_texts(window)
            if (words := english_words(text))]


@pytest.fixture
def build(make_window, app):
    """A shown window at 1280x800 in the installed language, its data loaded."""
    def make(config=TrainConfig(steps=200, eval_every=100)):
        window = make_window(config)
        window.resize(1280, 800)
        return window

    return make


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_visible_string_is_translated(qtbot, build, language, code):
    language(code)
    window = build()
    exercise(qtbot, window)
    assert offenders(window) == []
    # ... and the texts really are that language, not English that happens to pass
    assert window.tabs.tabText(0) == {"ko": "학습", "ja": "学習"}[code]


@pytest.mark.parametrize("code", TRANSLATED)
def test_switching_from_english_translates_every_string(qtbot, build, language, code):
    window = build()
    exercise(qtbot, window)
    assert english_words(window.start_button.toolTip())  # English at first
    window.findChild(type(window.language_actions["en"]), f"actionLanguage{code.title()}").trigger()
    try:
        assert current_language() == code
        assert offenders(window) == []
    finally:
        window.set_language("en")


def test_switch_keeps_the_network_and_curves_and_english_comes_back_the_same(qtbot, build, language, settings):
    window = build()
    exercise(qtbot, window)
    before = visible_texts(window)
    net, points, ghosts = window.controller.net, window.plots.n_points, window.plots.ghost_labels
    step, rows = window.controller.total_step, len(window.runs_table.rows)
    window.language_actions["ko"].trigger()
    assert window.language_actions["ko"].isChecked()
    assert settings.value(SETTING_KEY) == "ko"
    assert window.tabs.tabText(0) == "학습" and window.start_button.text() == "시작"
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    assert window.controller.net is net and window.controller.total_step == step
    assert window.plots.n_points == points and window.plots.ghost_labels == ghosts
    assert len(window.runs_table.rows) == rows
    window.language_actions["en"].trigger()
    assert settings.value(SETTING_KEY) == "en"
    assert visible_texts(window) == before
    assert window.controller.net is net


def test_language_actions_have_names_and_tooltips_and_wait_for_idle(qtbot, build, language):
    window = build(TrainConfig(steps=1_000_000, eval_every=100_000))
    actions = window.language_actions
    assert set(actions) == set(LANGUAGES)
    assert {a.objectName() for a in actions.values()} == {"actionLanguageEn", "actionLanguageKo",
                                                          "actionLanguageJa"}
    assert [a.text() for a in actions.values()] == ["English", "한국어", "日本語"]
    assert window.findChild(type(window.language_menu), "menuLanguage") is window.language_menu
    for action in actions.values():
        assert action.isCheckable() and action.isEnabled() and action.toolTip()
    window.start()
    qtbot.waitUntil(lambda: window.controller.state != IDLE)
    for action in actions.values():
        assert not action.isEnabled()
        assert action.toolTip() == "Stop training to switch the language"
    assert window.set_language("ko") is False and current_language() == "en"
    window.stop()
    qtbot.waitUntil(lambda: window.controller.state == IDLE, timeout=20_000)
    assert all(a.isEnabled() for a in actions.values())
    assert window.set_language("ja") is True
    try:
        assert actions["ja"].toolTip() == "表示言語の切り替え：日本語"
    finally:
        window.set_language("en")
