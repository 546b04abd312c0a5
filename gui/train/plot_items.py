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
from PySide6.QtWidgets import QGraphicsItem

from .steady_view import SteadyViewBox

__all__ = ["ReadableAxis", "WholeCurve", "aims_at_x", "make_plot", "settle_view", "tune_downsampling", "round_pen",
           "style_plot", "style_run_curves"]

TICK_PT = 11
LABEL_PT = 12
TITLE_PT = 13
LEGEND_PT = 11
TRAIN_MARKER, TEST_MARKER = 14, 7  # symbol sizes (px at font scale 1): the ring leaves the square visible


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The ticks reach into the plot, so every repaint of the curves repainted both axes
        # too, in Python, holding the GIL the training thread needs; cached, Qt copies them.
        # (pyqtgraph calls update() on every change of range, ticks, font or pen.)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

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


class WholeCurve(pg.PlotDataItem):
    """A curve whose extent on the axes counts every point, not the downsampled ones drawn.

    pyqtgraph measures a curve by what it draws: downsampling in bins drops
    an incomplete last bin, so the spike of a diverging run's last steps
    (the loss of 124 after 1,500 steps at 0.3) was left off the loss axis.
    """

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802, N803 (pyqtgraph override)
        x, y = self.getOriginalDataset()
        if x is None or len(x) == 0:
            return (None, None)
        values, other = (x, y) if ax == 0 else (y, x)
        if orthoRange is not None:
            values = values[(other >= orthoRange[0]) & (other <= orthoRange[1])]
        if self.opts["logMode"][ax]:
            with np.errstate(divide="ignore", invalid="ignore"):
                values = np.log10(values)
        values = values[np.isfinite(values)]
        if values.size == 0:
            return (None, None)
        return float(values.min()), float(values.max())


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


def settle_view(view: pg.ViewBox) -> None:
    """Fit the autoranged axes to new data and place the items now, not in the paint.

    pyqtgraph does both lazily, in the paint itself, and the change it makes
    there asks for a second paint: each update of the training plots cost two
    repaints of each plot, holding the GIL the training thread needs.
    """
    view.updateAutoRange()
    view.updateMatrix()


def aims_at_x(view: pg.ViewBox, lo: float, hi: float, padding: float) -> bool:
    """True if ``view`` already shows ``lo`` .. ``hi`` as ``setXRange(lo, hi, padding)`` set it, with no x autorange."""
    pad = (hi - lo) * padding
    (left, right), auto_x = view.targetRange()[0], view.autoRangeEnabled()[0]
    return auto_x is False and left == lo - pad and right == hi + pad


def round_pen(colour, width: float):
    """A pen whose line segments meet without notches (for lines drawn in segments)."""
    pen = pg.mkPen(colour, width=width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def make_plot(parent, name: str) -> pg.PlotWidget:
    """A plot with readable axes and a steady y axis that clips to the view and downsamples, named ``name``."""
    plot = pg.PlotWidget(parent, viewBox=SteadyViewBox(),
                         axisItems={"left": ReadableAxis("left"), "bottom": ReadableAxis("bottom")})
    plot.setObjectName(name)
    plot.setMinimumHeight(120)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    # No grid: pyqtgraph draws it as dozens of full-width antialiased lines on
    # every repaint, which cost ~10x the curves themselves and, holding the
    # GIL, slowed training; the crosshair read-out gives exact values instead.
    plot.setMenuEnabled(True)
    return plot


def style_plot(item: pg.PlotItem, title: str, y_label: str, x_label: str, s: float) -> None:
    """Title, axis labels and tick fonts of a plot at font scale ``s``."""
    tick_font = QFont()
    tick_font.setPointSizeF(TICK_PT * s)
    label_font = QFont()
    label_font.setPointSizeF(LABEL_PT * s)
    # The same left-axis width on every plot, so that the x axes of stacked plots line up.
    left_width = (QFontMetrics(tick_font).horizontalAdvance("0.0000")
                  + QFontMetrics(label_font).height() + int(14 * s))
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setTickFont(tick_font)
        axis.setStyle(tickTextOffset=int(4 * s))
        if side == "left":  # let the 0 and 1 labels stick out past the ends of the axis
            axis.setStyle(hideOverlappingLabels=int(20 * s))
        # In the axis' text colour (the theme's): without one the label took Qt's default text colour,
        # grey on the dark theme, whenever the plot restyled itself after the theme had set it.
        axis.setLabel(y_label if side == "left" else x_label,
                      **{"font-size": f"{LABEL_PT * s:g}pt", "color": axis.textPen().color().name()})
    item.getAxis("left").setWidth(left_width)
    # Titles grow half as fast: the ticks are what the back row must read.
    title_pt = TITLE_PT * (1 + s) / 2
    title_height = int(QFontMetrics(label_font).height() * title_pt / (LABEL_PT * s) * 1.5)
    item.setTitle(title, size=f"{title_pt:g}pt", bold=True)
    item.titleLabel.setMaximumHeight(title_height)
    item.layout.setRowFixedHeight(0, title_height)


def _markers(curve, pen, brush) -> None:
    """A curve's marker pen and brush, its scatter item's too: pyqtgraph hands them on only once the
    curve has points, so the legend of an empty plot showed pyqtgraph's default markers."""
    curve.setSymbolPen(pen)
    curve.setSymbolBrush(brush)
    curve.scatter.setPen(pen)
    curve.scatter.setBrush(brush)


def style_run_curves(raw, smoothed, train, test, c, background: str, s: float) -> None:
    """Pens and markers of a run's curves in palette ``c`` at font scale ``s``."""
    # The raw losses stay one pixel wide: a thick antialiased zigzag is slow to
    # draw, and the line to read from afar is the smoothed one.
    raw.setPen(pg.mkPen(c.faint, width=1.0))
    raw.setSymbolSize(int(round(7 * s)))  # slow motion: a dot per mini-batch
    _markers(raw, pg.mkPen(background, width=1.0), pg.mkBrush(c.text))
    smoothed.setPen(round_pen(c.accent, 2.5 * s))
    # Train and test are measured at the same steps: a large ring around a small filled
    # square, so both show where they coincide (a filled marker used to hide the other).
    train.setPen(pg.mkPen(c.accent, width=2.0 * s))
    _markers(train, pg.mkPen(c.accent, width=2.0 * s), pg.mkBrush(None))
    train.setSymbolSize(int(round(TRAIN_MARKER * s)))
    test.setPen(pg.mkPen(c.second, width=2.0 * s))
    _markers(test, pg.mkPen(background, width=1.0 * s), pg.mkBrush(c.second))
    test.setSymbolSize(int(round(TEST_MARKER * s)))
