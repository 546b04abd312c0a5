"""The pyqtgraph pieces the training plots are made of: a readable axis, pens, downsampling.

Each piece fixes one way pyqtgraph's defaults fail a classroom: tick labels
that pile up at projector font sizes, wide antialiased lines that are slow to
repaint over a 100,000-step run, and line joins with notches.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

__all__ = ["ReadableAxis", "make_plot", "tune_downsampling", "round_pen"]


class ReadableAxis(pg.AxisItem):
    """An axis whose tick labels do not pile up at large fonts or on a log scale.

    pyqtgraph spaces ticks by pixels alone, so at presentation font sizes the
    labels collide; here the axis length counts in units of the tick text
    height instead. And pyqtgraph labels every minor log tick (0.2, 0.3, ...,
    0.9), which overlap near each power of ten: here the grid keeps every tick
    but only 1, 2 and 5 times a power of ten are labelled, or only the powers
    of ten when a decade is too short on screen for three labels.
    """

    _REFERENCE_TEXT_PX = 15  # the text height pyqtgraph's default spacing suits

    def _text_px(self) -> int:
        return QFontMetrics(self.style["tickFont"] or QFont()).height()

    def boundingRect(self):
        # pyqtgraph drops the label overflow margin when a grid is shown, which
        # hides the labels at the ends (0 and 1 on the accuracy axis).
        rect = super().boundingRect()
        margin = self.style["hideOverlappingLabels"]
        if self.grid is not False and self.orientation in ("left", "right") and type(margin) is int:
            rect = rect | self.mapRectFromParent(self.geometry()).adjusted(0, -margin, 0, margin)
        return rect

    def tickSpacing(self, minVal, maxVal, size):
        text_px = max(self._text_px(), 1)
        levels = super().tickSpacing(minVal, maxVal, size * self._REFERENCE_TEXT_PX / text_px)
        if not levels or self._tickSpacing is not None or self.orientation not in ("left", "right"):
            return levels
        # A short vertical axis: widen the major spacing (1, 2, 5, 10, ...) until the labels fit.
        major = levels[0][0]
        span = abs(maxVal - minVal)
        while major > 0 and span / major * text_px * 1.5 > size and span / major > 2:
            p10 = 10.0 ** math.floor(math.log10(major) + 1e-9)
            m = major / p10
            major = (2.0 if m < 1.5 else 5.0 if m < 3.5 else 10.0) * p10
        return [(major, 0)] + [level for level in levels[1:] if level[0] < major]

    def logTickStrings(self, values, scale, spacing):
        values = np.asarray(values, dtype=np.float64)
        if values.size == 0:
            return []
        decades = max(self.range[1] - self.range[0], 1e-9)
        text_px = self._text_px()
        length = self.geometry().height() if self.orientation in ("left", "right") else self.geometry().width()
        wanted = (1, 2, 5) if length / decades > 4 * text_px else (1,)
        strings = []
        for v in values:
            mantissa = round(10.0 ** (v - math.floor(v + 1e-9)), 6)
            strings.append(f"{10.0 ** v * scale:g}" if mantissa in wanted else "")
        return strings


def tune_downsampling(curve: pg.PlotDataItem, smooth: bool) -> None:
    """Draw about as many points as the line can show.

    pyqtgraph's automatic downsampling keeps ~5 points per pixel; with 'peak'
    that is a 10-point zigzag per pixel, and stroking it with a wide
    antialiased pen is what made long runs slow to repaint. The raw losses
    keep 'peak' (their noise band is the point) at one bin per pixel; smooth
    lines (the EMA, ghosts) need only a mean every two pixels.
    """
    curve.opts["autoDownsampleFactor"] = 0.5 if smooth else 1.0  # no setter: call before setData
    curve.setDownsampling(auto=True, method="mean" if smooth else "peak")
    if smooth:
        # Wide antialiased pens: Qt's raster engine draws separate segments
        # (round caps hide the joins) several times faster than one stroked path.
        curve.curve.setSegmentedLineMode("on")


def round_pen(colour, width: float):
    """A pen whose line segments meet without notches (for lines drawn in segments)."""
    pen = pg.mkPen(colour, width=width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def make_plot(parent, name: str) -> pg.PlotWidget:
    """A plot with readable axes that clips to the view and downsamples, named ``name``."""
    plot = pg.PlotWidget(parent, axisItems={"left": ReadableAxis("left"), "bottom": ReadableAxis("bottom")})
    plot.setObjectName(name)
    plot.setMinimumHeight(120)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    # No grid: pyqtgraph draws it as dozens of full-width antialiased lines on
    # every repaint, which cost ~10x the curves themselves and, holding the
    # GIL, slowed training; the crosshair read-out gives exact values instead.
    plot.setMenuEnabled(True)
    return plot
