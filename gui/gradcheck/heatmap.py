"""The gradient-check lab's W1 heat map: |backprop - numerical| for every entry of W1.

``W1Heatmap`` shows |backprop - numerical| for every entry of W1 (784 x H):
hidden unit j's 784 incoming weights form a 28x28 tile, and the tiles sit in
a grid with 1-px gaps. A planted ReLU bug lights up the tiles of units that
were switched off, in the shape of the input digits. Colours are on a fixed
log scale, so the same colour means the same size of error in every run.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..common.fonts import font_pt
from ..common.palette import colours
from ..common.panel import Retranslating
from .report import fmt_sci, tr, translate

__all__ = ["tile_grid", "W1Heatmap", "HEAT_RANGE", "TILE", "log_ticks", "tick_font", "TICK_PT", "LABEL_PT"]

HEAT_RANGE = (-15.0, -1.0)  # log10 |diff| mapped onto the colour map
TILE = 28
HOVER_HINT = QT_TRANSLATE_NOOP("GradCheck", "Colour: |diff| on a log scale (white: not checked). "
                                            "Hover over a tile to read one entry.")
TICK_PT = 11
LABEL_PT = 12


def log_ticks(low: int, high: int, major_every: int = 1):
    major = [(v, f"1e{v}") for v in range(low, high + 1) if (v - high) % major_every == 0]
    minor = [(v, "") for v in range(low, high + 1)]
    return [major, minor]


def tick_font(scale: float = 1.0, bold: bool = False) -> QFont:
    return font_pt(TICK_PT * scale, bold)


def tile_grid(abs_diff: np.ndarray, tile: int = TILE):
    """Arrange W1's per-entry |diff| (tile*tile, H) as a grid of tiles.

    Returns (image, rows, cols): image is float64 of shape
    (rows*tile + rows-1, cols*tile + cols-1) holding |diff| with NaN in the
    1-px gaps, in empty grid cells and where the check skipped an entry.
    Unit j sits at grid cell (j // cols, j % cols).
    """
    d = np.asarray(abs_diff, dtype=np.float64)
    n_units = d.shape[1]
    cols = max(1, math.ceil(math.sqrt(n_units)))
    rows = math.ceil(n_units / cols)
    step = tile + 1
    cells = np.full((rows * cols, tile, tile), np.nan)
    cells[:n_units] = d.T.reshape(n_units, tile, tile)
    padded = np.full((rows, cols, step, step), np.nan)
    padded[:, :, :tile, :tile] = cells.reshape(rows, cols, tile, tile)
    image = padded.transpose(0, 2, 1, 3).reshape(rows * step, cols * step)[:-1, :-1]
    return image, rows, cols


class W1Heatmap(Retranslating, QWidget):
    """|backprop - numerical| for every entry of W1, one 28x28 tile per hidden unit."""

    BACKGROUND = (255, 255, 255, 255)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gcHeatmap")
        self.image = None  # RGBA uint8 (H, W, 4) as drawn
        self.values = None  # float64 |diff| grid (NaN in gaps), same H x W
        self.grid = (0, 0)
        self._abs_diff = None
        lo, hi = HEAT_RANGE
        self._cmap = pg.colormap.get("viridis")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("gcHeatmapView")
        self.title = QLabel(objectName="gcHeatmapTitle", wordWrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.plot = self.view.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.item = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.item)

        # The colour scale lies under the tiles: the grid is about square, so width is what it lacks.
        self.bar = self.view.addPlot(row=1, col=0)
        self.bar.setMenuEnabled(False)
        self.bar.setMouseEnabled(x=False, y=False)
        self.bar.hideButtons()
        self.bar.hideAxis("left")
        self.bar.getAxis("bottom").setTicks(log_ticks(int(lo), int(hi), 3))
        ramp = self._cmap.map(np.linspace(0, 1, 256), mode="byte").reshape(1, 256, 4)
        ramp_item = pg.ImageItem(np.ascontiguousarray(ramp), axisOrder="row-major")
        ramp_item.setRect(QRectF(lo, 0, hi - lo, 1))
        self.bar.addItem(ramp_item)
        self.bar.setYRange(0, 1, padding=0)
        self.bar.setXRange(lo, hi, padding=0.02)
        self.set_font_scale(1.0)
        self.bar.vb.sigResized.connect(self._fit_bar_ticks)
        self.setMinimumHeight(280)  # room for the tiles, not only for the title and the colour bar
        self._restyle()
        layout.addWidget(self.view, 1)

        self.readout = QLabel(objectName="gcHeatmapReadout")
        self.readout.setWordWrap(True)
        layout.addWidget(self.readout)
        self._hovered = None  # (i, j) of the entry the read-out describes
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.retranslate()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """The colour bar's labels in the theme's text colour (issue 15, item 18: grey on dark)."""
        ink = colours(self).text
        axis = self.bar.getAxis("bottom")
        axis.setTextPen(pg.mkPen(ink))
        axis.setPen(pg.mkPen(ink))

    def retranslate(self) -> None:
        tip = translate("GradCheck", "W1's per-entry |backprop − numerical gradient|. Each tile is one hidden unit: its "
                 "784 incoming weights laid out as the 28×28 input image. Log colour scale; white = "
                 "not checked. Hover over a pixel to read its value.")
        self.setToolTip(tip)
        self.view.setToolTip(tip)
        self.title.setText(translate("GradCheck", "W1 |diff| per entry: one 28×28 tile per hidden unit"))
        self._show_readout()

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        self.title.setFont(font_pt(LABEL_PT * scale, bold=True))
        self.bar.getAxis("bottom").setTickFont(tick_font(scale))
        self.bar.setFixedHeight(int(30 + 2.2 * TICK_PT * scale))
        self._fit_bar_ticks()

    def bar_tick_step(self) -> int:
        """Decades between labelled ticks of the colour bar: as few as fit side by side."""
        lo, hi = HEAT_RANGE
        width = QFontMetrics(tick_font(getattr(self, "_scale", 1.0))).horizontalAdvance("1e-15") * 1.4
        span = max(self.bar.vb.width(), 1.0)
        for step in (3, 4, 6, 12):
            if ((hi - lo - 2) // step + 1) * width <= span:
                return step
        return 12

    def _fit_bar_ticks(self, *_) -> None:
        """Colour-bar labels that never overlap ("1e-131e-10" in presentation mode, issue 15 item 19)."""
        lo, hi = HEAT_RANGE
        step = self.bar_tick_step()
        # Labels one decade in from either end, where pyqtgraph would clip them.
        major = [(v, f"1e{v}") for v in range(int(hi) - 1, int(lo), -step)]
        self.bar.getAxis("bottom").setTicks([major, [(v, "") for v in range(int(lo), int(hi) + 1)]])

    def clear(self) -> None:
        self.image = self.values = None
        self._abs_diff = None
        self.grid = (0, 0)
        self.item.clear()
        self._hovered = None
        self._show_readout()

    def set_abs_diff(self, abs_diff: np.ndarray) -> None:
        """W1's |diff|, shape (784, H); NaN where the check skipped an entry."""
        values, rows, cols = tile_grid(abs_diff)
        lo, hi = HEAT_RANGE
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.log10(values)  # exact zeros -> -inf -> the bottom colour
        norm = (np.clip(logs, lo, hi) - lo) / (hi - lo)
        missing = np.isnan(values)
        rgba = self._cmap.map(np.where(missing, 0.0, norm).reshape(-1), mode="byte").reshape(*values.shape, 4)
        rgba[missing] = self.BACKGROUND
        self._abs_diff = np.asarray(abs_diff)
        self.values, self.image, self.grid = values, np.ascontiguousarray(rgba), (rows, cols)
        self.item.setImage(self.image, autoLevels=False)
        self.plot.getViewBox().autoRange(padding=0.01)
        self.plot.getViewBox().enableAutoRange()  # and keep it whole when the widget resizes

    def entry_at(self, row: int, col: int):
        """(i, j) of W1 under image pixel (row, col), or None in a gap."""
        if self.values is None or not (0 <= row < self.values.shape[0] and 0 <= col < self.values.shape[1]):
            return None
        tr, r = divmod(row, TILE + 1)
        tc, c = divmod(col, TILE + 1)
        j = tr * self.grid[1] + tc
        if r == TILE or c == TILE or j >= self._abs_diff.shape[1]:
            return None
        return r * TILE + c, j

    def _hover(self, pos) -> None:
        if self.values is None:
            return
        point = self.item.mapFromScene(pos)
        hit = self.entry_at(int(math.floor(point.y())), int(math.floor(point.x())))
        if hit is None:
            return
        self._hovered = hit
        self._show_readout()

    def _show_readout(self) -> None:
        if self._hovered is None or self._abs_diff is None:
            self.readout.setText(tr(HOVER_HINT))
            return
        i, j = self._hovered
        value = self._abs_diff[i, j]
        what = translate("GradCheck", "not checked (sampled check)") if np.isnan(value) else f"|diff| = {fmt_sci(value)}"
        text = translate("GradCheck", "W1[{0}, {1}]: pixel (row {2}, column {3}) → hidden unit {4}: {5}")
        self.readout.setText(text.format(i, j, i // TILE, i % TILE, j, what))
