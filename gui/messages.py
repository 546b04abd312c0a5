"""What the window says outside its panels: the banner over the tabs, the status
bar's message, and message boxes.

The banner and the status message keep a callable that makes their text, so a
language switch makes the sentence again in the new language. The banner's
colours come from the palette (info or error, light or dark theme) and follow
a theme change.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStatusBar, QWidget

from .common.palette import DARK, LIGHT
from .common.panel import Retranslating

__all__ = ["Banner", "StatusMessage", "message_box"]

Text = Callable[[], str]  # makes a sentence in the current language


class Banner(Retranslating, QLabel):
    """A coloured line over the tabs: loading, or an error that needs the user (``kind`` 'info' or 'error')."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("runBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAutoFillBackground(True)
        self.setMargin(8)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setVisible(False)
        self._text: Text | None = None
        self.kind = "info"
        self.setProperty("kind", self.kind)

    def say(self, text: Text | str, kind: str = "info") -> None:
        """Show ``text`` (a string, or a callable that makes it again in a new language)."""
        self._text = text if callable(text) else (lambda: text)
        self.kind = kind if kind in ("info", "error") else "info"
        self.setProperty("kind", self.kind)
        self._restyle()
        self.setText(self._text())
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.setText("")
        self._text = None

    def retranslate(self) -> None:
        if self._text is not None:
            self.setText(self._text())

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # a theme change (and the label's own colours, which change nothing)
        super().changeEvent(event)

    def colours(self) -> tuple[str, str]:
        """(background, text) as painted now."""
        palette = self.palette()
        return palette.color(QPalette.ColorRole.Window).name(), palette.color(QPalette.ColorRole.WindowText).name()

    def _restyle(self) -> None:
        # The application's theme: this label's own Window colour is the banner's fill.
        # (No style sheet: a label with one no longer hears of a new application palette.)
        c = DARK if QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT
        bg, fg = (c.error_bg, c.error_fg) if self.kind == "error" else (c.info_bg, c.info_fg)
        if self.colours() != (bg.lower(), fg.lower()):
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(bg))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(fg))
            self.setPalette(palette)


class StatusMessage:
    """The status bar's message, made again in a new language while it shows."""

    def __init__(self, bar: QStatusBar):
        self._bar = bar
        self._text: tuple[Text, int] | None = None  # (makes the text, timeout ms)

    def show(self, text: Text, timeout: int = 0) -> None:
        """Show ``text()``; after ``timeout`` ms it goes (0: until replaced)."""
        self._text = (text, timeout)
        self._bar.showMessage(text(), timeout)

    def clear(self) -> None:
        self._text = None
        self._bar.clearMessage()

    def retranslate(self) -> None:
        if self._text is not None and self._bar.currentMessage():
            self._bar.showMessage(self._text[0](), self._text[1])


def message_box(parent: QWidget, icon, title: str, text: str) -> QMessageBox:
    """A window-modal message box that does not block the event loop."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
