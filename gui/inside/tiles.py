"""WeightTilesPanel: the first layer's weights as images, one tile per hidden unit.

Column j of W1 holds the weights into hidden unit j, one per input pixel; laid
out as the input image (28 x 28 for MNIST) it shows which ink excites the unit
(red, W > 0) and which inhibits it (blue, W < 0): the "templates" the first
layer learned. Each tile is scaled by its own largest |w|
(``engine.weight_tiles``). At most ``MAX_TILES`` units are drawn.

The colour map is colorcet's CET-D1 (blue - white - red, even in lightness),
its ends the palette's weight colours. It is data, so it stays the same on a
dark background; the caption's words "red" and "blue" take the theme's text
variants of those colours.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from engine import image_side, weight_tiles

from ..common.fonts import set_font_px
from ..common.palette import LIGHT, colours
from ..common.panel import Retranslating
from ..common.text import sentences

__all__ = ["WeightTilesPanel", "MAX_TILES", "weight_colormap"]

MAX_TILES = 256  # hidden units drawn at most (16 x 16 tiles)


def weight_colormap() -> pg.ColorMap:
    """CET-D1 with its ends taken from the palette: W < 0 blue, 0 white, W > 0 red."""
    cet = pg.colormap.get("CET-D1")
    colors = [QColor.fromRgbF(*rgba) for rgba in cet.color]
    colors[0], colors[-1] = QColor(LIGHT.weight_neg), QColor(LIGHT.weight_pos)
    return pg.ColorMap(cet.pos, colors, name="weights")


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WeightTilesPanel(Retranslating, QWidget):
    """Heading, the tiled weight images of W1, and a caption saying how to read them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles: np.ndarray | None = None  # the last weight_tiles image, (rows_px, cols_px)
        self._text = None  # () -> the caption, made again on a language or theme change

        self.heading = _label("weightTilesHeading")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("weightTiles")
        self.view.setMinimumSize(200, 150)
        self.view.ci.layout.setContentsMargins(0, 0, 0, 0)
        self.box = self.view.addViewBox(lockAspect=True, enableMouse=False, enableMenu=False)
        self.box.invertY(True)  # row 0 of the image at the top, as in the digits
        self.back = QGraphicsPathItem()  # grey behind the used tiles: the NaN gaps show it
        self.back.setPen(pg.mkPen(None))
        self.box.addItem(self.back)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(weight_colormap())
        self.box.addItem(self.image)
        self.caption = _label("weightTilesCaption")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.view, 1)
        column.addWidget(self.caption)
        self._restyle()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hidden-unit weights W1"))
        self.view.setToolTip(self.tr("The first layer's weights: one tile per hidden unit (unit 1, 2, ... "
                                     "left to right, top to bottom). Red pixels: ink there excites the "
                                     "unit; blue pixels: ink there inhibits it."))
        self.caption.setText(self._text() if self._text is not None else "")

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)  # Retranslating: retranslate() on a language change
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
            self.retranslate()  # the caption's red and blue suit the new background

    def _restyle(self) -> None:
        self.back.setBrush(QBrush(QColor(colours(self).faint)))  # the gaps: distinct from white (w = 0)

    def set_font_scale(self, scale: float) -> None:
        set_font_px(self.heading, 17 * scale, bold=True)
        set_font_px(self.caption, 15 * min(scale, 1.3))  # explanations: the teacher talks over them

    def show_weights(self, W1: np.ndarray) -> None:
        """Draw the first ``MAX_TILES`` columns of ``W1`` (D, H) as tiles, if D is a square image's pixels."""
        side = image_side(W1.shape[0])
        if side is None:  # not a square image: no pictures to show
            self.tiles = None
            self.image.clear()
            self._set_text(lambda: self.tr("The inputs are not square images, so the weights cannot be "
                                           "shown as pictures."))
            return
        H = W1.shape[1]
        shown = min(H, MAX_TILES)
        self.tiles = weight_tiles(W1[:, :shown], side=side)
        self.image.setImage(self.tiles, levels=(-1.0, 1.0), autoLevels=False)
        rows, cols = self.tiles.shape
        self.back.setPath(self._gap_path(shown, side, rows, cols))
        self.box.setRange(xRange=(0, cols), yRange=(0, rows), padding=0.01)
        n_in, finite = W1.shape[0], bool(np.isfinite(W1).all())

        def text():
            c = colours(self)
            red = '<b style="color:{0}">{1}</b>'.format(c.weight_pos, self.tr("red"))
            blue = '<b style="color:{0}">{1}</b>'.format(c.weight_neg, self.tr("blue"))
            out = self.tr("Each tile: the {0} weights into one hidden unit, shown as an image: {1} = positive, "
                          "{2} = negative (each tile scaled by its own largest |w|).").format(n_in, red, blue)
            if shown < H:
                out = sentences(out, self.tr("Showing the first {0} of {1} hidden units.").format(shown, H))
            if not finite:
                out = sentences(out, self.tr("Some weights are not finite (the run diverged): press Reset."))
            return out

        self._set_text(text)

    def _set_text(self, text) -> None:
        self._text = text
        self.caption.setText(text())

    @staticmethod
    def _gap_path(units: int, side: int, rows: int, cols: int) -> QPainterPath:
        """The area of the used grid cells (full rows, then the last row's part), in image pixels."""
        cell = side + 1  # weight_tiles' default pad
        per_row = (cols + 1) // cell
        full, rest = divmod(units, per_row)
        path = QPainterPath()
        if full:
            path.addRect(QRectF(0, 0, cols, full * cell - 1))
        if rest:
            path.addRect(QRectF(0, full * cell - 1 if full else 0, rest * cell - 1, side + (1 if full else 0)))
        return path.simplified()
