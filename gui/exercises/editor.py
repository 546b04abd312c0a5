"""A small Python editor: monospace, line numbers, highlighting, undo, an error line marked.

QPlainTextEdit gives undo/redo, selection and the clipboard; this adds the
line-number gutter (as in Qt's Code Editor example), Python highlighting in
the palette's colours, and ``mark_line(n)`` for a syntax error's line.
"""
from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QSyntaxHighlighter, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ..common.palette import colours, is_dark

__all__ = ["CodeEditor", "PythonHighlighter"]


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, strings, numbers and comments; TODO markers stand out."""

    def __init__(self, document, dark: bool = False):
        super().__init__(document)
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        def fmt(colour, bold=False, italic=False):
            f = QTextCharFormat()
            f.setForeground(QColor(colour))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            f.setFontItalic(italic)
            return f

        keyword_c, string_c, number_c, comment_c, todo_c = (
            ("#79a8ff", "#8fd19e", "#f2b96b", "#a0a0a0", "#ff8a7a") if dark else
            ("#0b4f9e", "#1e7a3e", "#8a5a00", "#6b6b6b", "#b0281a"))
        words = r"\b(" + "|".join(keyword.kwlist + ["self", "np"]) + r")\b"
        self.rules = [
            (re.compile(words), fmt(keyword_c, bold=True)),
            (re.compile(r"\b[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?\b"), fmt(number_c)),
            (re.compile(r"'[^'\n]*'|\"[^\"\n]*\""), fmt(string_c)),
            (re.compile(r"#[^\n]*"), fmt(comment_c, italic=True)),
            (re.compile(r"TODO"), fmt(todo_c, bold=True)),
        ]
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        for pattern, style in self.rules:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), style)


class _Gutter(QWidget):
    def __init__(self, editor: "CodeEditor"):
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    """Monospace Python editor with line numbers; ``mark_line`` highlights one line (1-based)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self.highlighter = PythonHighlighter(self.document(), is_dark(self))
        self.gutter = _Gutter(self)
        self.marked_line = None
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.insertPlainText("    ")  # Python indents with spaces
            return
        super().keyPressEvent(event)

    def set_font_scale(self, scale: float) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * scale)
        self.setFont(font)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self._update_margin()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.highlighter.set_dark(is_dark(self))
            self.mark_line(self.marked_line)

    # -- line numbers ------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(2, digits)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect, dy) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event) -> None:
        painter = QPainter(self.gutter)
        c = colours(self)
        painter.fillRect(event.rect(), QColor(c.track))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.setPen(QColor(c.bad if number + 1 == self.marked_line else c.muted))
                painter.drawText(0, top, self.gutter.width() - 5, self.fontMetrics().height(),
                                 Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    # -- an error's line -------------------------------------------------------------
    def mark_line(self, line: int | None) -> None:
        """Highlight line ``line`` (1-based) as the error's place; None clears it."""
        self.marked_line = line
        selections = []
        if line is not None and 1 <= line <= self.blockCount():
            sel = QTextEdit.ExtraSelection()
            colour = QColor(colours(self).error_bg)
            sel.format.setBackground(colour)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = self.textCursor()
            cursor.setPosition(self.document().findBlockByNumber(line - 1).position())
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        self.gutter.update()
