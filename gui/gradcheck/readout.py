"""The gradient-check lab's read-out: the verdict line, its details, the race, and what was checked.

Each line is kept as a callable that makes its text, so a language switch
writes it again in the new language. The verdict line is large, bold and
coloured by its kind ('pass', 'suspicious', 'wrong' or 'info'), in the
colours of the current theme.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..common.fonts import scaled_font
from ..common.palette import colours
from ..common.panel import Retranslating

__all__ = ["CheckReadout"]

Text = Callable[[], str]


class CheckReadout(Retranslating, QWidget):
    """Summary (``gcSummary``), details (``gcDetails``), race (``gcRace``) and context (``gcContext``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel(objectName="gcSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="gcDetails", wordWrap=True)
        self.race = QLabel(objectName="gcRace", wordWrap=True)
        self.context = QLabel(objectName="gcContext", wordWrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self._texts: dict[QLabel, Text | None] = {}
        for label in (self.summary, self.details, self.race, self.context):
            column.addWidget(label)
            self._texts[label] = None
        self.kind = "info"
        self.set_font_scale(1.0)
        self._restyle()

    def show_summary(self, text: Text, kind: str) -> None:
        """The verdict line; ``kind``: 'pass', 'suspicious', 'wrong' or 'info'."""
        self.kind = kind
        self.summary.setProperty("kind", kind)
        self._restyle()
        self._show(self.summary, text)

    def show_details(self, text: Text | None) -> None:
        self._show(self.details, text)

    def show_race(self, text: Text | None) -> None:
        self._show(self.race, text)

    def show_context(self, text: Text | None) -> None:
        self._show(self.context, text)

    def _show(self, label: QLabel, text: Text | None) -> None:
        self._texts[label] = text
        label.setText(text() if text is not None else "")

    def retranslate(self) -> None:
        for label, text in self._texts.items():
            label.setText(text() if text is not None else "")

    def set_font_scale(self, scale: float) -> None:
        """Presentation size: 1.0 is the app's font; the summary is always larger and bold."""
        self.summary.setFont(scaled_font(self.font(), 1.45 * scale, bold=True))
        larger = scaled_font(self.font(), 1.15 * scale)
        self.race.setFont(larger)
        self.details.setFont(larger)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        c = colours(self)
        colour = {"pass": c.good, "suspicious": c.warn, "wrong": c.bad}.get(self.kind, c.text)
        self.summary.setStyleSheet(f"color: {colour};")
        self.context.setStyleSheet(f"color: {c.muted};")
