"""Help: a Getting started guide in every language, the version in About, tooltips that wrap (issue 15, item 21)."""
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFontMetrics, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from gui.help import TOOLTIP_EMS, app_version, wrap_text

ROOT = Path(__file__).resolve().parents[2]


def test_the_help_menu_offers_a_guide_and_about(make_window):
    window = make_window()
    assert window.help_menu.actions()[:2] == [window.guide_action, window.about_action]


def test_the_guide_names_every_tab_and_shortcut_and_a_path_through_chapter_5(make_window):
    window = make_window()
    guide = window.show_guide()
    text = guide.text.toPlainText()
    for i in range(window.tabs.count()):
        assert window.tabs.tabText(i) in text
    for key in ("Space", "N", "Esc", "R", "F11", QKeySequence(QKeySequence.StandardKey.Save).toString()):
        assert key in text, key
    assert "Press Start" in text and "Plant a bug" in text  # the suggested path
    assert len(guide.text.document().toPlainText().split("\n")) > 15  # a guide, not a line
    guide.close()


@pytest.mark.parametrize("code, word", [("ko", "시작"), ("ja", "はじめ")])
def test_the_guide_is_translated(make_window, code, word):
    window = make_window()
    guide = window.show_guide()
    english = guide.text.toPlainText()
    try:
        assert window.set_language(code)
        translated = guide.text.toPlainText()
        assert word in guide.windowTitle()
        # Every sentence of the guide changed language (only names such as "ReLU" stay).
        assert not set(english.split(". ")) & set(translated.split(". ")) - {""}
    finally:
        window.set_language("en")
        guide.close()


def test_about_shows_the_version(make_window):
    if sys.version_info >= (3, 11):
        import tomllib
        version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
        assert app_version() == version
    window = make_window()
    window.about_action.trigger()
    assert app_version() in window.last_message.text()
    window.last_message.close()


def test_long_tooltips_are_shown_wrapped(qtbot, make_window):
    window = make_window()
    box = window.controls.findChild(QWidget, "learningRate")
    assert QFontMetrics(QToolTip.font()).horizontalAdvance(box.toolTip()) > 600  # a long one
    box.setFocus()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), box.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(box, event)
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    metrics = QFontMetrics(QToolTip.font())
    width = metrics.horizontalAdvance("M") * TOOLTIP_EMS
    assert shown.split() == box.toolTip().split()  # every word, in order
    assert max(metrics.horizontalAdvance(line) for line in shown.split("\n")) <= width
    QToolTip.hideText()


@pytest.mark.parametrize("text", [
    "word " * 60,
    "学習率は、勾配にかける係数です。" * 10,
    "a/very/long/path/without/spaces/" * 8 + " then words",
    "first line\nsecond line " + "x " * 80,
])
def test_wrap_text_keeps_every_character_and_fits(text):
    metrics = QFontMetrics(QApplication.font())
    width = metrics.horizontalAdvance("M") * 20
    wrapped = wrap_text(text, metrics, width)
    assert "".join(wrapped.split()) == "".join(text.split())
    assert all(metrics.horizontalAdvance(line) <= width for line in wrapped.split("\n"))
    assert wrapped.count("\n") >= text.count("\n")
