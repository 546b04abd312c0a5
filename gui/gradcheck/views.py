"""The gradient-check lab's pictures: a bar chart of relative errors and a W1 heat map.

``RelErrorChart`` draws one bar per parameter (W1, b1, W2, ...) at the height
of its relative error on a log10 axis, coloured by verdict, over shaded bands
and dashed lines at the thresholds 1e-7, 1e-4 and 1e-2. The bars are drawn in
log10 units with hand-made ticks ("1e-10"), not with ``setLogMode``: a
BarGraphItem does not log-transform its bars.

``W1Heatmap`` (in ``heatmap``) shows W1's per-entry |diff| as 28x28 tiles.

``VerdictTable`` is the table beside them: one read-only row per parameter,
the verdict cell in its colour with a symbol and the word, so colour is never
the only cue.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from engine import THRESHOLDS

from ..common.palette import VERDICT_FILLS, colours
from ..common.panel import Retranslating
from .heatmap import HEAT_RANGE, TILE, W1Heatmap, tile_grid  # noqa: F401 (re-exported: the panel's names)
from .heatmap import LABEL_PT, log_ticks, tick_font
from .report import COLUMNS, column_texts, fmt_sci, fmt_short, tr, translate, verdict_text

__all__ = ["tile_grid", "RelErrorChart", "W1Heatmap", "VerdictTable", "HEAT_RANGE", "CHART_FLOOR"]

BAND_ALPHA = {"excellent": 30, "acceptable": 30, "suspicious": 34, "wrong": 30}  # the bands: pale bar colours
CHART_FLOOR = -12  # log10: bars start here; smaller errors sit on the floor
CHART_TOP = 1.1  # room above 1e0 for the value over a bar near the top
VERDICT_COLUMN = 1


def _band_brush(verdict: str):
    colour = QColor(VERDICT_FILLS[verdict][3])
    colour.setAlpha(BAND_ALPHA[verdict])
    return pg.mkBrush(colour)


class RelErrorChart(Retranslating, pg.PlotWidget):
    """Relative error per parameter, on a log10 axis, with the verdict thresholds."""

    def __init__(self, parent=None):
        self._texts = []  # before super(): PlotWidget's constructor already resizes (and restyles)
        self._rows = ()
        super().__init__(parent, background="default")  # the theme's (pg config)
        self.setObjectName("gcBarChart")
        self._scale = 1.0
        self.heights = np.array([])  # log10 of the plotted relative errors, for tests
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getAxis("left").setTicks(log_ticks(CHART_FLOOR, 0, 2))
        plot.setYRange(CHART_FLOOR, CHART_TOP, padding=0)
        edges = (CHART_FLOOR, math.log10(THRESHOLDS["excellent"]), math.log10(THRESHOLDS["acceptable"]),
                 math.log10(THRESHOLDS["wrong"]), CHART_TOP)
        for (lo, hi), verdict in zip(zip(edges, edges[1:]), ("excellent", "acceptable", "suspicious", "wrong")):
            band = pg.LinearRegionItem((lo, hi), orientation="horizontal", movable=False,
                                       brush=_band_brush(verdict), pen=pg.mkPen(None))
            band.setZValue(-20)
            plot.addItem(band)
        # Dashed threshold lines; the bands are named on the right axis, where no bar can hide them.
        for verdict in ("excellent", "acceptable", "wrong"):
            line = pg.InfiniteLine(pos=math.log10(THRESHOLDS[verdict]), angle=0, movable=False,
                                   pen=pg.mkPen(VERDICT_FILLS[verdict][3], width=2, style=Qt.PenStyle.DashLine))
            line.setZValue(-10)
            plot.addItem(line)
        self._centres = [(lo + hi) / 2 for lo, hi in zip(edges, edges[1:])]
        plot.showAxis("right")
        right = plot.getAxis("right")
        right.setStyle(tickLength=0)
        right.setPen(pg.mkPen(None))
        right.setTextPen(pg.mkPen(colours(self).text))
        self._bars = None
        self._texts = []
        self._top = CHART_TOP
        self._range_timer = QTimer(self, singleShot=True, interval=0)
        self._range_timer.timeout.connect(lambda: plot.setYRange(CHART_FLOOR, self._top, padding=0))
        plot.vb.sigResized.connect(self._fit_texts)
        self.set_font_scale(1.0)  # also sets the texts
        self.clear_rows()

    def retranslate(self) -> None:
        self.setToolTip(translate("GradCheck", "Relative error of each parameter's gradient, on a log scale "
                                               "(lower is better).\nBars are coloured by verdict; the dashed lines "
                                               "are the thresholds 1e-7, 1e-4, 1e-2."))
        plot = self.getPlotItem()
        plot.setTitle(translate("GradCheck", "Relative error per parameter"), bold=True, size="12pt")
        plot.getAxis("left").setLabel(translate("GradCheck", "relative error"),
                                      **{"font-size": f"{LABEL_PT * self._scale:g}pt"})
        self._fit_texts()

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        plot = self.getPlotItem()
        for side in ("left", "bottom", "right"):
            plot.getAxis(side).setTickFont(tick_font(scale))
        self.retranslate()
        font = tick_font(scale, bold=True)
        for text in self._texts:
            text.setFont(font)
        self._fit_texts()

    def clear_rows(self) -> None:
        plot = self.getPlotItem()
        if self._bars is not None:
            plot.removeItem(self._bars)
            self._bars = None
        for text in self._texts:
            plot.removeItem(text)
        self._texts = []
        self._rows = ()
        self.heights = np.array([])
        plot.getAxis("bottom").setTicks([[(i, n) for i, n in enumerate(("W1", "b1", "W2", "b2"))]])
        plot.setXRange(-0.6, 3.6, padding=0)

    def set_rows(self, rows) -> None:
        """One bar per GradCheckRow."""
        self.clear_rows()
        plot = self.getPlotItem()
        n = len(rows)
        if n == 0:
            return
        # The relative error the verdict judged (after the re-check); NaN/inf ('failed') at the top.
        rel = np.array([r.rel_error_after if math.isfinite(r.rel_error_after) else 1.0 for r in rows])
        with np.errstate(divide="ignore"):
            tops = np.clip(np.log10(rel), CHART_FLOOR, 0)
        self.heights = tops
        self._rows = tuple(rows)
        ink = colours(self).text  # outlines and values: the theme's text colour
        xs = np.arange(n, dtype=float)
        brushes = [pg.mkBrush(VERDICT_FILLS[r.verdict][3]) for r in rows]
        self._bars = pg.BarGraphItem(x=xs, y0=np.full(n, float(CHART_FLOOR)), height=tops - CHART_FLOOR,
                                     width=0.62, brushes=brushes, pens=[pg.mkPen(ink, width=1)] * n)
        plot.addItem(self._bars)
        font = tick_font(self._scale, bold=True)
        for x, top, row in zip(xs, tops, rows):
            text = pg.TextItem(fmt_short(row.rel_error_after), color=ink, anchor=(0.5, 1.0))
            text.setFont(font)
            text.setPos(x, top)
            plot.addItem(text)
            self._texts.append(text)
        plot.getAxis("bottom").setTicks([[(i, r.name) for i, r in enumerate(rows)]])
        plot.setXRange(-0.6, n - 0.4, padding=0)
        self._fit_texts()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and self._rows:
            self.set_rows(self._rows)  # the values and outlines in the new theme's text colour
        super().changeEvent(event)

    def _fit_texts(self, *_) -> None:
        """Values over the bars only when they fit side by side; band names on two lines when tall."""
        vb = self.getPlotItem().vb
        per_decade = vb.height() / (CHART_TOP - CHART_FLOOR)
        line = QFontMetrics(tick_font(self._scale)).height()
        kinks = "\n" + translate("GradCheck", "if kinks") if per_decade * 2.5 > 2.6 * line else ""
        names = (verdict_text("excellent"), verdict_text("acceptable") + kinks, verdict_text("suspicious"),
                 verdict_text("wrong"))
        self.getPlotItem().getAxis("right").setTicks([list(zip(self._centres, names)), []])
        if not self._texts:
            return
        # Room above the tallest bar for its value, so it never slides under the title
        # (issue 15, item 20): top - floor decades span the height, a label needs `line` px.
        tallest = float(np.max(self.heights)) if len(self.heights) else CHART_FLOOR
        height = max(vb.height(), 1.0)
        label = max(t.textItem.boundingRect().height() for t in self._texts) + 2
        share = min(0.5, label / height)
        top = max(CHART_TOP, (tallest - share * CHART_FLOOR) / (1 - share))
        if abs(vb.viewRange()[1][1] - top) > 1e-6:
            # Not from inside the view box's resize (re-entrant range changes crash pyqtgraph's axes):
            # a zero-time timer owned by the chart applies it once the event is done.
            self._top = top
            self._range_timer.start()
        slot = vb.width() / len(self._texts)
        widest = max(t.textItem.boundingRect().width() for t in self._texts)
        for text in self._texts:
            text.setVisible(widest + 6 <= slot)


class VerdictTable(Retranslating, QTableWidget):
    """One read-only row per parameter: the verdict in its colour, symbol and word, the
    book's mean |diff|, max |diff|, the relative error at h, kinks, re-checked, on kink,
    the round-off floor and the relative error after the re-check (the shape is the
    parameter cell's tooltip)."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("gcTable")
        for col in range(len(COLUMNS)):
            self.setHorizontalHeaderItem(col, QTableWidgetItem())
        self._rows = ()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        # A narrow window scrolls the numbers sideways; the parameter and its verdict come first.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(translate("GradCheck", "One row per parameter: backprop's gradient against the numerical gradient. "
                           "Hover over a column header for what it means."))
        for col, (text, tip) in enumerate(column_texts()):
            item = self.horizontalHeaderItem(col)
            item.setText(text)
            item.setToolTip(tip)
        if self._rows:
            self.set_rows(self._rows)

    def clear_rows(self) -> None:
        self._rows = ()
        self.setRowCount(0)

    def set_rows(self, rows) -> None:
        """One row per GradCheckRow."""
        self._rows = tuple(rows)
        self.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(rows):
            size = int(np.prod(row.shape))
            shape = translate("GradCheck", "shape {0}: {1:,} entries, {2:,} checked").format(
                "×".join(map(str, row.shape)), size, row.n_checked)
            cells = (
                (row.name, shape),
                (verdict_text(row.verdict), tr(COLUMNS[1][1])),
                (fmt_sci(row.mean_abs_diff), None),
                (fmt_sci(row.max_abs_diff), None),
                (fmt_sci(row.rel_error), None),
                (f"{row.kinks:,}", translate("GradCheck", "{0:,} of {1:,} checked entries crossed a ReLU kink").format(
                    row.kinks, row.n_checked)),
                (f"{row.rechecked:,}", tr(COLUMNS[6][1])),
                (f"{row.on_kink:,}", tr(COLUMNS[7][1])),
                (fmt_sci(row.roundoff), tr(COLUMNS[8][1])),
                (fmt_sci(row.rel_error_after), tr(COLUMNS[9][1])),
            )
            for col, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if tip:
                    item.setToolTip(tip)
                if col >= 2:
                    item.setTextAlignment(right)
                self.setItem(i, col, item)
            _symbol, bg, fg, _bar = VERDICT_FILLS[row.verdict]
            cell = self.item(i, VERDICT_COLUMN)
            cell.setBackground(QBrush(QColor(bg)))
            cell.setForeground(QBrush(QColor(fg)))
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            self.item(i, 0).setFont(font)
        self.clearSelection()
        self.setCurrentItem(None)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every row of a net up to 4 layers; deeper nets scroll."""
        t = self
        rows = max(t.rowCount(), 4)
        height = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2
        height += sum(t.rowHeight(i) for i in range(min(t.rowCount(), 8)))
        height += t.verticalHeader().defaultSectionSize() * max(0, min(rows, 8) - t.rowCount())
        t.setMinimumHeight(height)
        # At least the parameter and its verdict; the other columns scroll if the window is narrow.
        header = t.horizontalHeader()
        width = sum(max(t.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(VERDICT_COLUMN + 1))
        if t.rowCount() > 8:
            width += t.verticalScrollBar().sizeHint().width()
        t.setMinimumWidth(width + 2 * t.frameWidth() + 4)
        if t.horizontalScrollBar().isVisible():
            t.setMinimumHeight(t.minimumHeight() + t.horizontalScrollBar().sizeHint().height())
