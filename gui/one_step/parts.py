"""Pieces of the "One step, explained" view: colours that follow the palette,
book-style number formats, small digit images, and the diagram strip
(x -> Affine1 -> Relu1 -> ... -> SoftmaxWithLoss -> L) with the current stage lit.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from ..common.panel import Retranslating

__all__ = ["Colors", "DiagramStrip", "colors_for", "gray_image", "diverging_image", "number_format", "format_cells",
           "set_font", "shape_text", "MONO", "N_VALUES", "TABLE_MAX", "LABEL_CHARS"]


MONO = "'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace"
N_VALUES = 6  # values shown of a large array
TABLE_MAX = (8, 10)  # arrays up to this shape are shown whole
LABEL_CHARS = 16  # 'mask[0, 159:165]': labels are padded to this, so that rows line up
DIAGRAM_PX = 21  # the diagram's largest font, before presentation scaling


@dataclass(frozen=True)
class Colors:
    """The view's colours for the current palette: forward blue, gradient red (Okabe-Ito hues)."""

    text: str
    faint: str
    pale: str
    blue: str
    red: str
    pale_red: str
    on_accent: str  # text on a blue or red fill
    true_bg: str  # the true class t in tables
    base: str


def colors_for(widget: QWidget) -> Colors:
    palette = widget.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)

    def mix(f: float) -> str:
        return QColor.fromRgbF(*(a * (1 - f) + b * f for a, b in zip(text.getRgbF()[:3], base.getRgbF()[:3]))).name()

    if base.lightness() < 128:  # dark theme: lighter hues
        return Colors(text.name(), mix(0.35), mix(0.7), "#56B4E9", "#F28C4F", "#7A4A33", "#000000", "#1E4A38",
                      base.name())
    return Colors(text.name(), mix(0.45), mix(0.75), "#0072B2", "#B34700", "#E8B9A0", "#FFFFFF", "#CDEBDD",
                  base.name())


def set_font(widget, px: int, bold: bool = False) -> None:
    font = widget.font()
    font.setPixelSize(px)
    font.setBold(bold)
    widget.setFont(font)


def shape_text(array) -> str:
    return str(tuple(np.shape(array)))


def number_format(array) -> str:
    """'%.4f', or scientific when every value is tiny (so 3e-05 does not read 0.0000)."""
    a = np.abs(np.asarray(array, dtype=np.float64))
    peak = float(a.max()) if a.size else 0.0
    return "{:.3e}" if 0 < peak < 1e-2 else "{:.4f}"


def format_cells(values, fmt: str) -> list[str]:
    if values.dtype == np.bool_:
        return ["True" if v else "False" for v in values]
    return [fmt.format(float(v)).replace("-", "−") for v in values]


def _scaled(image: QImage, scale: int) -> QImage:
    return image.scaled(image.width() * scale, image.height() * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)  # crisp pixels


def gray_image(pixels, scale: int) -> QImage:
    """(28, 28) values in [0, 1] -> white ink on black (as the network reads it), enlarged."""
    data = np.ascontiguousarray(np.clip(np.rint(np.nan_to_num(pixels) * 255.0), 0, 255).astype(np.uint8))
    h, w = data.shape
    return _scaled(QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy(), scale)


def diverging_image(values, peak: float, scale: int) -> QImage:
    """(28, 28) signed values -> vermillion for > 0, blue for < 0, white for 0, enlarged."""
    v = np.clip(np.nan_to_num(values) / peak, -1, 1) if peak > 0 else np.zeros_like(values)
    v = v[..., None]
    red, blue = np.array([213, 94, 0]), np.array([0, 114, 178])
    rgb = np.where(v >= 0, 255 + v * (red - 255), 255 - v * (blue - 255))
    rgb = np.ascontiguousarray(np.clip(np.rint(rgb), 0, 255).astype(np.uint8))
    h, w = values.shape
    return _scaled(QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy(), scale)


class DiagramStrip(Retranslating, QWidget):
    """The layer graph x → Affine1 → ... → SoftmaxWithLoss → L, current stage highlighted.

    Forward arrows run above the middle, left to right; gradient arrows below,
    right to left, in red, as in the book's figures. The font shrinks to fit
    deep nets; SoftmaxWithLoss goes on two lines first.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("osDiagram")
        self.retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layers: list[str] = ["Affine1", "Relu1", "Affine2"]
        self._trace = None
        self._stage = -1
        self._scale = 1.0
        self.set_font_scale(1.0)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The network as a chain of layers. Forward arrows (above) carry x to the loss L;\n"
                                "red arrows (below) carry the gradients back. The filled box is the current stage."))
        self.update()  # the label of the current stage's output

    def sizeHint(self) -> QSize:
        return QSize(900, self.height())

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        self.setFixedHeight(int(round(132 * scale)))
        self.update()

    def set_layers(self, names) -> None:
        """The layer names to draw ('Affine1', 'Relu1', ...) while there is no trace."""
        self._layers = list(names)
        self.update()

    def set_stage(self, trace, index: int) -> None:
        self._trace, self._stage = trace, index
        if trace is not None:
            self._layers = list(trace.layer_names)
        self.update()

    def nodes(self) -> list[str]:
        return ["x", *self._layers, "SoftmaxWithLoss", "L"]

    def _where(self):
        """(node index, direction) of the current stage, or (None, None)."""
        if self._trace is None or not 0 <= self._stage < len(self._trace.stages):
            return None, None
        record = self._trace.stages[self._stage]
        return self.nodes().index(record.layer), record.direction

    def _layout(self, font: QFont):
        """Box rectangles, label texts and the font size at which every label fits."""
        nodes = self.nodes()
        avail = self.width() - 12
        gaps = len(nodes) - 1
        largest = int(round(DIAGRAM_PX * self._scale))
        for px in range(largest, 8, -1):
            font.setPixelSize(px)
            fm = QFontMetricsF(font)
            min_gap = 34 * self._scale if px >= 15 else 18
            for split in (False, True):
                texts = ["Softmax\nWithLoss" if split and n == "SoftmaxWithLoss" else n for n in nodes]
                widths = [max(fm.horizontalAdvance(line) for line in text.split("\n"))
                          + (8 if text in ("x", "L") else 1.4 * px) for text in texts]
                if sum(widths) + min_gap * gaps <= avail:
                    break
            else:
                continue
            break
        gap = min(150.0 * self._scale, max(6.0, (avail - sum(widths)) / gaps))
        total = sum(widths) + gap * gaps
        left = (self.width() - total) / 2
        box_h = max(36.0, px * (3.0 if "Softmax\nWithLoss" in texts else 2.3))
        top = (self.height() - box_h) / 2
        rects = []
        for w in widths:
            rects.append(QRectF(left, top, w, box_h))
            left += w + gap
        return rects, px, texts

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            c = colors_for(self)
            painter.fillRect(self.rect(), QColor(c.base))
            font = QFont(self.font())
            font.setBold(True)
            rects, px, texts = self._layout(font)
            current, direction = self._where()
            backward = direction == "backward"
            cy = rects[0].center().y()
            dy = 9 * self._scale
            for gap in range(len(rects) - 1):
                x0, x1 = rects[gap].right() + 3, rects[gap + 1].left() - 3
                # forward: done up to the current stage, its outgoing arrow thick
                if current is not None and not backward and gap == current:
                    style = (c.blue, 5, False)
                elif current is not None and (backward or gap < current):
                    style = (c.blue, 2, False)
                else:
                    style = (c.pale, 2, False)
                self._arrow(painter, x0, x1, cy - dy, style, rightwards=True)
                # gradients: once the backward pass has begun; dashed where they have not got to yet
                if backward:
                    if gap == current - 1:
                        style = (c.red, 5, gap == 0)  # dashed into x: Affine1's dx is not used
                    elif gap >= current:
                        style = (c.red, 2, False)
                    else:
                        style = (c.pale_red, 2, True)
                    self._arrow(painter, x0, x1, cy + dy, style, rightwards=False)
            for i, (text, rect) in enumerate(zip(texts, rects)):
                self._node(painter, text, rect, font, c, i == current, direction)
            if current is not None:
                self._label(painter, rects, current, backward, px, c)
        finally:
            painter.end()

    def _arrow(self, painter, x0, x1, y, style, rightwards: bool):
        color, width, dashed = style
        width *= self._scale
        pen = QPen(QColor(color), width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        head = min(6 + width, max(4.0, (x1 - x0) / 2))
        tip, back = (x1, x1 - head) if rightwards else (x0, x0 + head)
        painter.drawLine(QPointF(x0 if rightwards else x1, y), QPointF(back, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        half = 3 + width * 0.8
        painter.drawPolygon(QPolygonF([QPointF(tip, y), QPointF(back, y - half), QPointF(back, y + half)]))

    def _node(self, painter, text, rect, font, c: Colors, current: bool, direction):
        painter.setFont(font)
        if text in ("x", "L"):  # data, not layers: plain letters, as in the book's graphs
            painter.setPen(QColor(c.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            return
        fill = QColor((c.blue if direction == "forward" else c.red) if current else c.base)
        painter.setBrush(fill)
        painter.setPen(QPen(fill if current else QColor(c.faint), 2))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(c.on_accent if current else c.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _label(self, painter, rects, current: int, backward: bool, px: int, c: Colors):
        """Name and shape of what leaves the current stage: above its arrow forward, below it backward."""
        record = self._trace.stages[self._stage]
        out = record.arrays[record.output_name]
        if record.output_name == "L":
            text = "L = {:.4f}".format(float(out))
        else:
            text = "{} {}".format(record.output_name, shape_text(out))
            if record.output_name in record.unused:
                text = self.tr("{array}, not used").replace("{array}", text)
        font = QFont(self.font())
        font.setPixelSize(max(12, min(int(17 * self._scale), px - 2)))
        font.setBold(True)
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(text) + 8
        if backward:
            x_mid = (rects[current - 1].right() + rects[current].left()) / 2
            top, bottom = rects[0].bottom() + 2, self.height()
        else:
            x_mid = (rects[current].right() + rects[current + 1].left()) / 2
            top, bottom = 0, rects[0].top() - 2
        left = min(max(2.0, x_mid - width / 2), self.width() - width - 2)
        painter.setPen(QColor(c.red if backward else c.blue))
        painter.drawText(QRectF(left, top, width, bottom - top), Qt.AlignmentFlag.AlignCenter, text)
