"""One hidden layer's column in the Layer health view: title, verdict badge, two histograms, why.

The activation histogram is the book's figure (``weight_init_activation_histogram.py``)
for this layer, live; the gradient histogram shows dout, the gradient of the
loss flowing into the layer's output. Both draw the engine's counts and bin
edges as they are (``LayerHealth.hist_counts`` / ``hist_edges``): the view
shows the data, not an approximation. The curves are created once; an update
is one ``setData`` each.
"""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..common.fonts import scaled_font
from ..common.palette import colours
from .text import (
    layer_title,
    verdict_name,
    verdict_role,
    verdict_symbol,
    verdict_why,
)
from .trends import layer_hue

__all__ = ["LayerColumn"]

HIST_HEIGHT = 118  # px of the activation histogram at font scale 1
GRAD_HEIGHT = 92
WHY_LINES = 5


def _histogram_plot(name: str, height: int) -> tuple[pg.PlotWidget, pg.PlotDataItem]:
    plot = pg.PlotWidget()
    plot.setObjectName(name)
    plot.setMinimumHeight(height)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.hideAxis("left")  # the counts' scale matters less than the shape (the book's figure)
    item.getAxis("bottom").setStyle(hideOverlappingLabels=24)  # a label may reach a little past the ends
    curve = plot.plot([0.0, 1.0], [0.0], stepMode="center", fillLevel=0)
    return plot, curve


def _round_ticks(plot: pg.PlotWidget, low: float, high: float) -> None:
    """At most four ticks, at multiples of a round step (1, 2 or 5 times a power of ten), inside the ends.

    pyqtgraph's own ticks crowd a narrow column with labels that run into each other,
    and a label at the very end is hidden for overflowing the axis.
    """
    span = high - low
    if not (math.isfinite(span) and span > 0):
        return
    inner_low, inner_high = low + 0.08 * span, high - 0.08 * span
    power = 10.0 ** math.floor(math.log10(span))
    for step in (m * p for p in (power / 100, power / 10, power) for m in (1, 2, 5)):
        first = math.ceil(inner_low / step - 1e-9)
        values = [k * step for k in range(first, first + 5) if k * step <= inner_high + 1e-9 * step]
        if len(values) <= 4:
            break
    plot.getPlotItem().getAxis("bottom").setTicks([[(v, f"{v:.3g}") for v in values], []])


class LayerColumn(QWidget):
    """Shows one ``engine.LayerHealth``; ``show_layer(layer)`` redraws it."""

    def __init__(self, position: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"healthLayer{position}")
        self.layer = None
        self.position = position
        self._scale = 1.0
        self.title = QLabel(objectName=f"healthTitle{position}", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.badge = QLabel(objectName=f"healthBadge{position}")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        self.activations, self.activation_curve = _histogram_plot(f"healthActivations{position}", HIST_HEIGHT)
        self.gradients, self.gradient_curve = _histogram_plot(f"healthGradients{position}", GRAD_HEIGHT)
        self.why = QLabel(objectName=f"healthWhy{position}", wordWrap=True)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.activations_label = QLabel(objectName=f"healthActivationsLabel{position}")
        self.gradients_label = QLabel(objectName=f"healthGradientsLabel{position}")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 0, 2, 0)
        column.setSpacing(3)
        column.addWidget(self.title)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        column.addLayout(badge_row)
        column.addWidget(self.activations_label)
        column.addWidget(self.activations)
        column.addWidget(self.gradients_label)
        column.addWidget(self.gradients)
        column.addWidget(self.why, 1)
        self.setMinimumWidth(130)
        self.retranslate()
        self.restyle()

    # -- texts, colours, fonts ----------------------------------------------------------
    def retranslate(self) -> None:
        self.activations_label.setText(self.tr("Outputs"))
        self.gradients_label.setText(self.tr("Gradient arriving (dout)"))
        self.activations.setToolTip(self.tr("Histogram of this layer's outputs on the batch: the book's figure of "
                                       "chapter 6, live"))
        self.gradients.setToolTip(self.tr("Histogram of dout, the gradient of the loss arriving at this layer's "
                                     "outputs during backprop"))
        self.badge.setToolTip(self.tr("The verdict on this layer; the sentence below says why"))
        self._write()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "why"):
            self.restyle()  # the new theme's colours
        super().changeEvent(event)

    def restyle(self) -> None:
        """Colours of the current theme (at start and on a palette change)."""
        c = colours(self)
        self.activation_curve.setPen(pg.mkPen(c.accent, width=1))
        self.activation_curve.setBrush(pg.mkBrush(c.accent + "99"))
        self.gradient_curve.setPen(pg.mkPen(c.second, width=1))
        self.gradient_curve.setBrush(pg.mkBrush(c.second + "99"))
        for label in (self.activations_label, self.gradients_label):
            label.setStyleSheet(f"color: {c.muted};")
        self._style_badge()
        self._write()

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        base = self.font()
        self.title.setFont(scaled_font(base, 1.05 * scale, bold=True))
        self.badge.setFont(scaled_font(base, 1.1 * scale, bold=True))
        self.why.setFont(scaled_font(base, 1.0 * scale))
        for label in (self.activations_label, self.gradients_label):
            label.setFont(scaled_font(base, 0.9 * scale))
        # room for the longest sentence of why in a narrow column: the page's minimum height (not its
        # height for the width) decides the layout, and a word-wrapped label would otherwise be squeezed
        self.why.setMinimumHeight(WHY_LINES * QFontMetrics(self.why.font()).lineSpacing())
        self.badge.setMinimumHeight(QFontMetrics(self.badge.font()).height() + 8)
        self.activations.setMinimumHeight(int(HIST_HEIGHT * scale))
        self.gradients.setMinimumHeight(int(GRAD_HEIGHT * scale))

    def _style_badge(self) -> None:
        if self.layer is None:
            self.badge.setStyleSheet("")
            return
        colour = getattr(colours(self), verdict_role(self.layer.verdict))
        self.badge.setStyleSheet(f"color: {colour}; border: 2px solid {colour}; border-radius: 4px; "
                                 "padding: 1px 8px;")

    # -- data -----------------------------------------------------------------------------
    def show_layer(self, layer) -> None:
        """Draw ``layer`` (an engine.LayerHealth): its histograms as computed, its verdict and why."""
        self.layer = layer
        self.activation_curve.setData(np.asarray(layer.hist_edges), np.asarray(layer.hist_counts, dtype=float))
        self.gradient_curve.setData(np.asarray(layer.grad_edges), np.asarray(layer.grad_counts, dtype=float))
        for plot, edges in ((self.activations, layer.hist_edges), (self.gradients, layer.grad_edges)):
            _round_ticks(plot, float(edges[0]), float(edges[-1]))
        self.activations.setXRange(layer.hist_edges[0], layer.hist_edges[-1], padding=0.02)
        self.gradients.setXRange(layer.grad_edges[0], layer.grad_edges[-1], padding=0.02)
        self.activations.setYRange(0, max(1.0, float(np.max(layer.hist_counts))), padding=0.05)
        self.gradients.setYRange(0, max(1.0, float(np.max(layer.grad_counts))), padding=0.05)
        self._style_badge()
        self._write()

    def _write(self) -> None:
        layer = self.layer
        if layer is None:
            self.title.setText("")
            self.badge.setText("")
            self.why.setText("")
            return
        # the square has the colour of this layer's lines in the plots over time
        square = f'<span style="color:{layer_hue(self, self.position - 1)}">■</span> '
        self.title.setText(square + html.escape(layer_title(layer)))
        self.badge.setText(f"{verdict_symbol(layer.verdict)} {verdict_name(layer.verdict)}")
        self.badge.setMinimumWidth(self.badge.sizeHint().width())  # a new text's width, also for a column just shown
        self.why.setText(verdict_why(layer))
