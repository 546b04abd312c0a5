"""ConfusionPanel: the confusion matrix on the test set and the accuracy of each class.

Rows are the true class, columns the network's answer. The correct answers
sit on a green diagonal, the mistakes are orange, stronger for a larger share
of the row; the accuracy column beside it (the diagonal cell over its row)
is orange by how much of the class is read wrong. The cells are a heat map on
white, the same in every theme. Clicking an off-diagonal cell emits
``cellChosen(true, predicted)``.

The two tables sit side by side with their rows aligned. Their font is as
large as the presentation scale asks, or smaller if ten columns of four-digit
counts would not fit otherwise: counts are never elided, and the tables never
push the weight tiles off the screen.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import per_class_accuracy

from ..common.fonts import font_px, set_font_px
from ..common.palette import LIGHT, OKABE_ITO
from ..common.panel import Retranslating

__all__ = ["ConfusionPanel"]

# Okabe-Ito hues, blended on white: green for correct, vermillion for mistakes.
GREEN = QColor(OKABE_ITO["bluish_green"])
VERMILLION = QColor(OKABE_ITO["vermillion"])
WHITE = QColor(Qt.GlobalColor.white)
ZERO = QColor(LIGHT.faint)  # a count of 0, on a white cell


def _blend(colour: QColor, amount: float) -> QColor:
    """White blended towards ``colour`` by ``amount`` in [0, 1]."""
    a = min(max(float(amount), 0.0), 1.0)
    return QColor(round(255 + (colour.red() - 255) * a), round(255 + (colour.green() - 255) * a),
                  round(255 + (colour.blue() - 255) * a))


def _text_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor(Qt.GlobalColor.black) if luminance > 0.5 else QColor(Qt.GlobalColor.white)


class _TablesArea(QWidget):
    """The confusion matrix and the per-class accuracy side by side, rows aligned, at the largest font that fits."""

    MIN_PX = 9

    def __init__(self, matrix: QTableWidget, accuracy: QTableWidget, parent=None):
        super().__init__(parent)
        self.matrix, self.accuracy = matrix, accuracy
        self.target_px = 16
        self.widest = "0000"  # the widest count to fit
        self.px = None  # the font size in use
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(matrix, 1)
        row.addWidget(accuracy, 0)
        self.setMinimumSize(240, 160)

    @staticmethod
    def _fonts(px: int) -> tuple[QFont, QFont]:
        return font_px(px), font_px(px, bold=True)

    def _accuracy_width(self, bold: QFont) -> int:
        return QFontMetrics(bold).horizontalAdvance("100.0 %") + 28  # + cell padding and frame

    def _needed(self, px: int) -> tuple[int, int]:
        """(width, height) the two tables need at font size ``px``."""
        font, bold = self._fonts(px)
        fm, fb = QFontMetrics(font), QFontMetrics(bold)
        C = max(self.matrix.rowCount(), 10)
        names = [self.matrix.verticalHeaderItem(i) for i in range(self.matrix.rowCount())]
        names = [item.text() for item in names if item is not None] or ["0"]
        header = max(fb.horizontalAdvance(name) for name in names) + 16
        frame = 2 * self.matrix.frameWidth()
        width = (header + C * (fb.horizontalAdvance(self.widest) + 8) + frame
                 + self.layout().spacing() + self._accuracy_width(bold))
        height = fm.height() + 12 + C * (fm.height() + 4) + frame
        return width, height

    def fit(self, force: bool = False) -> None:
        """Choose the largest font size up to ``target_px`` at which everything fits."""
        px = max(int(round(self.target_px)), self.MIN_PX)
        while px > self.MIN_PX:
            width, height = self._needed(px)
            if width <= self.width() and height <= self.height():
                break
            px -= 1
        if force or px != self.px:
            self._apply(px)

    def _apply(self, px: int) -> None:
        self.px = px
        font, bold = self._fonts(px)
        fm = QFontMetrics(font)
        for table in (self.matrix, self.accuracy):
            table.setFont(font)
            for header in (table.horizontalHeader(), table.verticalHeader()):
                header.setFont(bold)
            table.verticalHeader().setMinimumSectionSize(fm.height() + 4)
            table.horizontalHeader().setFixedHeight(fm.height() + 12)  # equal heights keep the rows aligned
            for i in range(table.rowCount()):
                for j in range(table.columnCount()):
                    item = table.item(i, j)
                    if item is not None:
                        item.setFont(bold if item.font().bold() else font)
        self.matrix.horizontalHeader().setMinimumSectionSize(10)
        self.accuracy.setFixedWidth(self._accuracy_width(bold))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setCornerButtonEnabled(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setHighlightSections(False)
    table.verticalHeader().setHighlightSections(False)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return table


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConfusionPanel(Retranslating, QWidget):
    """Heading, how to read it, the confusion matrix and the per-class accuracy."""

    cellChosen = Signal(int, int)  # (true class, predicted class) of a clicked cell

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.confusion: np.ndarray | None = None  # (C, C) int64, shown
        self.names: tuple = ()
        self.heading = _label("confusionHeading")
        self.note = _label("confusionNote")
        self.matrix = _table("confusionMatrix")
        self.matrix.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.cellClicked.connect(self.cellChosen)
        self.accuracy = _table("perClassAccuracy")
        self.accuracy.verticalHeader().setVisible(False)
        self.accuracy.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.tables = _TablesArea(self.matrix, self.accuracy)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addWidget(self.tables, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Confusion matrix on the test set"))
        self.note.setText(self.tr("Rows: true class ↓   Columns: the network's answer →"))
        self.matrix.setToolTip(self.tr("How many test images of each class (row) the network put in each class "
                                       "(column). Click a cell to see those mistakes in the gallery."))
        self.accuracy.setToolTip(self.tr("The share of each class's test images that the network gets right "
                                         "(the diagonal cell divided by its row)"))
        self._fill()

    def set_font_scale(self, scale: float) -> None:
        set_font_px(self.heading, 17 * scale, bold=True)
        set_font_px(self.note, 15 * min(scale, 1.3))  # explanations: the teacher talks over them
        self.tables.target_px = 16 * scale
        self._fill()
        self.tables.fit(force=True)

    def show_confusion(self, cm: np.ndarray, names) -> None:
        """Show the (C, C) confusion matrix ``cm`` with the class ``names``."""
        self.confusion, self.names = cm, tuple(names)
        self._fill()

    def clear(self) -> None:
        """No matrix (the network's outputs are not finite)."""
        self.confusion = None
        self.matrix.clearContents()
        self.accuracy.clearContents()

    def _fill(self) -> None:
        cm, names = self.confusion, self.names
        if cm is None:
            return
        C = cm.shape[0]
        rows = cm.sum(axis=1)
        recall = per_class_accuracy(cm)
        self.matrix.setRowCount(C)
        self.matrix.setColumnCount(C)
        self.matrix.setVerticalHeaderLabels([" " + name + " " for name in names])
        self.matrix.setHorizontalHeaderLabels(list(names))
        for j, name in enumerate(names):
            self.matrix.horizontalHeaderItem(j).setToolTip(self.tr("Predicted: {0}").format(name))
            self.matrix.verticalHeaderItem(j).setToolTip(self.tr("True class: {0}").format(name))
        bold = self.matrix.font()
        bold.setBold(True)
        for i in range(C):
            for j in range(C):
                count = int(cm[i, j])
                share = count / rows[i] if rows[i] else 0.0
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i == j:
                    background = _blend(GREEN, 0.55 * share)
                    item.setFont(bold)
                    tip = self.tr("{0} of the {1} test images of {2} are read correctly ({3:.1f}%)")
                    item.setToolTip(tip.format(count, int(rows[i]), names[i], 100 * share))
                else:
                    # Full colour when 10% of the row goes to this wrong class; sqrt shows the small ones.
                    background = _blend(VERMILLION, 0.9 * min(1.0, math.sqrt(share / 0.10))) if count else WHITE
                    tip = self.tr("{0} test images of {1} read as {2} ({3:.1f}% of the {1}s). Click to see them.")
                    item.setToolTip(tip.format(count, names[i], names[j], 100 * share))
                item.setBackground(background)
                item.setForeground(_text_for(background) if count else ZERO)
                self.matrix.setItem(i, j, item)

        self.accuracy.setRowCount(C)
        self.accuracy.setColumnCount(1)
        self.accuracy.setHorizontalHeaderLabels([self.tr("correct")])
        for i in range(C):
            value = recall[i]
            if np.isnan(value):
                item = QTableWidgetItem("–")
                item.setToolTip(self.tr("No test images of {0}").format(names[i]))
                background = WHITE
            else:
                item = QTableWidgetItem(self.tr("{0:.1f} %").format(100 * value))
                tip = self.tr("{0}: {1} of {2} test images right ({3:.1f}%)")
                item.setToolTip(tip.format(names[i], int(cm[i, i]), int(rows[i]), 100 * value))
                # Full colour at 20% wrong: a fixed scale, so colours compare across runs.
                background = _blend(VERMILLION, 0.9 * min(1.0, (1.0 - value) / 0.20))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(background)
            item.setForeground(_text_for(background))
            item.setFont(bold)
            self.accuracy.setItem(i, 0, item)
        self.tables.widest = max(str(int(cm.max())), "000")
        self.tables.fit(force=True)
