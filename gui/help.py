"""The Help menu's guide and facts, and tooltips that wrap.

* ``GettingStarted``: Help › Getting started, a short guide in the interface's
  language: what each tab is for, the keyboard shortcuts (read from the
  window's actions, so the list is never out of date), and one path through
  chapter 5 for a first lesson.
* ``app_version``: the installed package's version, for Help › About.
* ``ToolTipWrapper``: an application-wide event filter that shows a long
  plain-text tooltip wrapped to a readable width (the learning rate's was one
  1,080-pixel line).
"""
from __future__ import annotations

import html
import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtGui import QFontMetrics, QKeySequence, Qt  # QtGui: its Qt has mightBeRichText
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from .common.panel import Retranslating

__all__ = ["GettingStarted", "app_version", "ToolTipWrapper", "wrap_text", "TOOLTIP_EMS"]

TOOLTIP_EMS = 32  # a tooltip line at most this many "M" widths: about 60 characters of running text


def app_version() -> str:
    """The version of the installed backprop-lab package ("unknown" when run from an uninstalled tree)."""
    from importlib import metadata  # here, not at start: it costs more to import than the window's menus

    try:
        return metadata.version("backprop-lab")
    except metadata.PackageNotFoundError:
        return "unknown"


# -- tooltips ----------------------------------------------------------------------

def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks so that no line is wider than ``width`` pixels.

    Breaks at spaces; a run without spaces (Japanese, a long path) breaks
    between characters. Existing line breaks are kept.
    """
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for token in re.findall(r"\S+\s*|\s+", paragraph):
            if metrics.horizontalAdvance((line + token).rstrip()) <= width:
                line += token
                continue
            if line.strip():
                lines.append(line.rstrip())
                line = ""
            for char in token:  # a token wider than a line: character by character
                if line and metrics.horizontalAdvance((line + char).rstrip()) > width:
                    lines.append(line.rstrip())
                    line = ""
                line += char
        lines.append(line.rstrip())
    return "\n".join(lines)


class ToolTipWrapper(QObject):
    """Event filter (install it on the QApplication): long plain tooltips are shown wrapped."""

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(obj, QWidget):
            text = obj.toolTip()
            if text and not Qt.mightBeRichText(text):
                metrics = QFontMetrics(QToolTip.font())
                width = metrics.horizontalAdvance("M") * TOOLTIP_EMS
                if any(metrics.horizontalAdvance(line) > width for line in text.split("\n")):
                    QToolTip.showText(event.globalPos(), wrap_text(text, metrics, width), obj)
                    return True
        return super().eventFilter(obj, event)


# -- the guide ----------------------------------------------------------------------

TAB_GUIDE = {  # the window's attribute of a tab's page -> what it is for (tabs not named here are listed by title only)
    "plots": QT_TRANSLATE_NOOP("GettingStarted", "the loss after every mini-batch and the accuracy at "
                                                         "each evaluation, with earlier runs as faint ghosts."),
    "gradcheck": QT_TRANSLATE_NOOP("GettingStarted", "compares backprop's gradients with numerical ones, "
                                                          "parameter by parameter (section 5.7.3)."),
    "draw_tab": QT_TRANSLATE_NOOP("GettingStarted", "draw a digit with the mouse and watch the network's answer."),
    "inside": QT_TRANSLATE_NOOP("GettingStarted", "what the trained network learned: first-layer weights, "
                                                      "the confusion matrix, its mistakes."),
    "graph": QT_TRANSLATE_NOOP("GettingStarted", "the book's computational graphs (the apple shopping of "
                                                 "chapter 5): forward values and backward gradients on every arrow."),
    "one_step": QT_TRANSLATE_NOOP("GettingStarted", "one mini-batch traced through forward and backward "
                                                       "propagation, array by array."),
    "lessons": QT_TRANSLATE_NOOP("GettingStarted", "ready-made comparisons (learning rates, activations, "
                                                        "initial weights) that set up the runs for you."),
    "runs_table": QT_TRANSLATE_NOOP("GettingStarted", "every finished run side by side: settings, loss, accuracy."),
}
PATH = (  # one suggested path through chapter 5
    QT_TRANSLATE_NOOP("GettingStarted", "Press Start (or Space) with the book's settings and watch the loss fall "
                                        "on the Training tab: about 97% test accuracy after 10,000 steps."),
    QT_TRANSLATE_NOOP("GettingStarted", "Open One step, explained: follow one mini-batch forward through Affine, "
                                        "ReLU and Softmax-with-Loss, then backward (sections 5.5 to 5.7)."),
    QT_TRANSLATE_NOOP("GettingStarted", "On Gradient check, run the check: backprop and the numerical gradient "
                                        "agree to about 1e-10. Plant a bug in the left panel, press Reset, and "
                                        "check again to see it caught."),
    QT_TRANSLATE_NOOP("GettingStarted", "On Lessons, run the learning-rate lesson: too small learns slowly, too "
                                        "large diverges."),
    QT_TRANSLATE_NOOP("GettingStarted", "Draw a digit on the Draw tab, and look Inside the network at what it "
                                        "learned."),
)


class GettingStarted(Retranslating, QDialog):
    """Help › Getting started: the tabs, the shortcuts, a path through chapter 5 (non-modal)."""

    def __init__(self, tabs: Callable[[], list], shortcuts: Callable[[], list], parent: QWidget | None = None):
        """``tabs()``: [(attribute name, title)] of the window's tabs; ``shortcuts()``: [(action text, QKeySequence)]."""
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self._tabs, self._shortcuts = tabs, shortcuts
        self.text = QTextBrowser(objectName="gettingStartedText")
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def showEvent(self, event):  # noqa: N802 (Qt override)
        self.retranslate()  # the tabs and shortcuts of now
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.text.setHtml(self.html())

    def html(self) -> str:
        e = html.escape
        intro = self.tr("Train a two-layer network on MNIST with the backpropagation of chapter 5, and look at "
                        "every part of it. The left panel holds the settings; the buttons above the tabs run "
                        "the training.")
        heading = self.tr("Getting started with Backprop Lab")
        tabs, keys, lesson = self.tr("The tabs"), self.tr("Keyboard shortcuts"), self.tr("A first lesson through chapter 5")
        parts = [f"<h2>{e(heading)}</h2><p>{e(intro)}</p><h3>{e(tabs)}</h3><ul>"]
        for name, title in self._tabs():
            what = TAB_GUIDE.get(name)
            parts.append(f"<li><b>{e(title)}</b>" + (f": {e(self.tr(what))}" if what else "") + "</li>")
        parts.append(f"</ul><h3>{e(keys)}</h3><table cellspacing='4'>")
        for text, keys in self._shortcuts():
            key = keys.toString(QKeySequence.SequenceFormat.NativeText)
            parts.append(f"<tr><td><b>{e(key)}</b></td><td>{e(text.replace('&', ''))}</td></tr>")
        parts.append(f"</table><h3>{e(lesson)}</h3><ol>")
        parts.extend(f"<li>{e(self.tr(step))}</li>" for step in PATH)
        parts.append("</ol>")
        return "".join(parts)
