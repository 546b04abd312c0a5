"""DiagramStrip: the book's layer graph x -> Affine1 -> Relu1 -> ... -> SoftmaxWithLoss -> L,
the current stage of one step lit."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.panel import Retranslating
from .parts import Colors, colors_for, shape_text

__all__ = ["DiagramStrip"]

DIAGRAM_PX = 21  # the largest font, before presentation scaling


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
