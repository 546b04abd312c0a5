"""A combo box whose current text ends in "…" when it does not fit, instead of being cut.

Qt draws a long current item clipped at the box's edge, mid-letter ("…x insteac"
in the left panel's planted-bug box, issue 15 item 20). ``ElidedComboBox``
draws it elided at the right; the popup still shows every item whole.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

__all__ = ["ElidedComboBox"]


class ElidedComboBox(QComboBox):
    """QComboBox that elides its current text to the width of its edit field."""

    def shown_text(self) -> str:
        """The current text as drawn: whole when it fits, else cut with "…" at the right."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, field.width())

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
