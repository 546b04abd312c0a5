"""Marks on the loss plot where the learning rate was changed during a run.

Raising the rate mid-run is the book's lesson on step size made live; a
dashed vertical line at the first step trained with the new rate, labelled
with it ('lr=3'), ties the spike or the stall that follows to its cause.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

__all__ = ["LearningRateMarks"]


class LearningRateMarks:
    """The learning-rate lines of the current run on ``plot``; ``sync`` adds the new ones."""

    def __init__(self, plot: pg.PlotWidget):
        self._plot = plot
        self.lines: list[pg.InfiniteLine] = []
        self._colour, self._width, self._font_pt = "#888888", 1.5, 10.0

    @property
    def steps(self) -> list[float]:
        return [line.value() for line in self.lines]

    @property
    def labels(self) -> list[str]:
        return [line.label.toPlainText() for line in self.lines]

    def sync(self, changes) -> None:
        """Show every (step, lr) of ``changes`` (a run's list, which only grows)."""
        for step, lr in changes[len(self.lines):]:
            line = pg.InfiniteLine(pos=float(step), angle=90, movable=False, label=f"lr={lr:g}",
                                   labelOpts={"position": 0.92, "anchors": [(0, 0.5), (0, 0.5)]})
            line.setZValue(5)
            self._plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)
            self._style(line)

    def clear(self) -> None:
        for line in self.lines:
            self._plot.removeItem(line)
        self.lines = []

    def style(self, colour, width: float, font_pt: float) -> None:
        self._colour, self._width, self._font_pt = colour, width, font_pt
        for line in self.lines:
            self._style(line)

    def _style(self, line) -> None:
        line.setPen(pg.mkPen(self._colour, width=self._width, style=Qt.PenStyle.DashLine))
        font = QFont()
        font.setPointSizeF(self._font_pt)
        font.setBold(True)
        line.label.setFont(font)
        line.label.setColor(pg.mkColor(self._colour))
