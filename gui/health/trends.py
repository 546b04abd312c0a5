"""Layer health over time: each hidden layer's gradient norm (log10) and update ratio against the step.

Two plots side by side, one line per layer (layer 1 in the lab's blue, then
the palette's other hues). The update-ratio plot carries a dashed line at
``HEALTHY_UPDATE_RATIO`` (-3, the rule of thumb). A point is added each time
the view measures the network; a new network clears the lines.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from engine import HEALTHY_UPDATE_RATIO

from ..common.palette import colours

__all__ = ["TrendPlots", "layer_hue"]

TREND_HEIGHT = 170


def _plot(name: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    plot.setObjectName(name)
    plot.setMinimumHeight(TREND_HEIGHT)
    plot.setMenuEnabled(False)
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.getPlotItem().getAxis("bottom").enableAutoSIPrefix(False)  # steps are whole numbers
    return plot


def layer_hue(widget, k: int) -> str:
    """The colour of hidden layer k's lines (k from 0; cycled beyond ten layers) in ``widget``'s theme."""
    c = colours(widget)
    hues = (c.accent, c.second, *c.ghost)
    return hues[k % len(hues)]


class TrendPlots(QWidget):
    """Gradient norm (log10) and update ratio per layer, over the steps measured."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthTrends")
        self.steps: list[int] = []
        self.grad_norms: list[np.ndarray] = []  # one (L,) array per point
        self.update_ratios: list[np.ndarray] = []
        # log10 of the norm on a linear axis (as the update ratio): pyqtgraph's log axis labels its
        # minor ticks too, which pile up when the layers' norms span few decades
        self.norm_plot = _plot("healthGradNormPlot")
        self.ratio_plot = _plot("healthUpdateRatioPlot")
        self.reference = pg.InfiniteLine(pos=HEALTHY_UPDATE_RATIO, angle=0, movable=False)
        self.ratio_plot.addItem(self.reference)
        self.norm_curves: list[pg.PlotDataItem] = []
        self.ratio_curves: list[pg.PlotDataItem] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.norm_plot)
        row.addWidget(self.ratio_plot)
        self.retranslate()

    def retranslate(self) -> None:
        self.norm_plot.setTitle(self.tr("Gradient norm log₁₀‖dout‖ per layer"))
        self.ratio_plot.setTitle(self.tr("Update ratio (log₁₀); −3 is healthy"))
        for plot in (self.norm_plot, self.ratio_plot):
            plot.setLabel("bottom", self.tr("step"))
        self.norm_plot.setToolTip(self.tr("How much gradient reaches each hidden layer (its colour is the square "
                                     "by the layer's title): lines far apart mean it shrinks or grows on the "
                                     "way back"))
        self.ratio_plot.setToolTip(self.tr("log₁₀(std(lr·dW) / std(W)): how big one SGD step is next to the weights "
                                      "it changes. Near −3 the layer learns steadily; far below it hardly "
                                      "moves, near −1 it jumps"))

    def restyle(self) -> None:
        c = colours(self)
        self.reference.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        for k, (norm, ratio) in enumerate(zip(self.norm_curves, self.ratio_curves)):
            hue = layer_hue(self, k)
            for curve in (norm, ratio):
                curve.setPen(pg.mkPen(hue, width=2))
                curve.setSymbolBrush(pg.mkBrush(hue))
                curve.setSymbolPen(pg.mkPen(hue))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "reference"):
            self.restyle()  # the new theme's colours
        super().changeEvent(event)

    def clear(self) -> None:
        """Forget every point (a new network)."""
        self.steps, self.grad_norms, self.update_ratios = [], [], []
        for curve in self.norm_curves + self.ratio_curves:
            curve.setData([], [])

    def add(self, step: int, report) -> None:
        """A point for each layer of ``report`` (an engine.HealthReport) at ``step``; the same step replaces."""
        norms = np.array([layer.grad_norm for layer in report.layers], dtype=float)
        ratios = np.array([layer.update_ratio for layer in report.layers], dtype=float)
        if self.grad_norms and len(self.grad_norms[-1]) != len(norms):
            self.clear()  # another architecture
        if self.steps and self.steps[-1] == step:
            self.grad_norms[-1], self.update_ratios[-1] = norms, ratios
        else:
            self.steps.append(int(step))
            self.grad_norms.append(norms)
            self.update_ratios.append(ratios)
        self._ensure_curves(len(norms))
        steps = np.asarray(self.steps, dtype=float)
        all_norms = np.vstack(self.grad_norms)
        all_ratios = np.vstack(self.update_ratios)
        # a zero norm has no logarithm: leave the point out (NaN) rather than draw -inf
        with np.errstate(divide="ignore", invalid="ignore"):
            all_norms = np.where(all_norms > 0, np.log10(np.where(all_norms > 0, all_norms, 1.0)), np.nan)
        all_norms = np.where(np.isfinite(all_norms), all_norms, np.nan)
        all_ratios = np.where(np.isfinite(all_ratios), all_ratios, np.nan)
        symbol = "o" if len(steps) < 40 else None  # a few measurements read better as dots
        for k in range(len(norms)):
            self.norm_curves[k].setData(steps, all_norms[:, k], connect="finite", symbol=symbol, symbolSize=5)
            self.ratio_curves[k].setData(steps, all_ratios[:, k], connect="finite", symbol=symbol, symbolSize=5)
        if len(steps) == 1:  # one point: a range from step 0, not pyqtgraph's +-0.5 around it
            for plot in (self.norm_plot, self.ratio_plot):
                plot.setXRange(0, max(1.0, steps[0]), padding=0.05)
        else:
            for plot in (self.norm_plot, self.ratio_plot):
                plot.enableAutoRange(axis="x")
        self.restyle()

    def _ensure_curves(self, n: int) -> None:
        if len(self.norm_curves) == n:
            return
        for curve in self.norm_curves:
            self.norm_plot.removeItem(curve)
        for curve in self.ratio_curves:
            self.ratio_plot.removeItem(curve)
        self.norm_curves = [self.norm_plot.plot([], []) for _ in range(n)]
        self.ratio_curves = [self.ratio_plot.plot([], []) for _ in range(n)]
        self.restyle()
