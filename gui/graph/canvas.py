"""The drawing of a computational graph, left to right, as the book draws it.

Inputs are boxes at the left, operations are circles with their symbol (×, +,
exp, /); each edge carries the forward value above it and, once backward has
reached it, the gradient below it in a second colour (the book's figures 5-16
and 5-17). The layout comes from the engine's ``depth`` (column) and ``row``.
A click on a node emits ``nodeClicked(name)``.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.fonts import font_px
from ..common.palette import colours
from ..common.panel import Retranslating
from .format import fmt_value

__all__ = ["GraphCanvas"]

NODE_RADIUS = 26  # px at scale 1
INPUT_SIZE = (92, 34)
LANE_PX, COLUMN_PX = 100, 170  # the least room of a lane and of a column at scale 1


_ALONG = (0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72)  # where along an edge its numbers may go, the middle first


def _key(edge) -> tuple:
    """An edge by what it joins (the graph hands out fresh edge objects)."""
    return edge.source, edge.target, edge.slot


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())


class GraphCanvas(Retranslating, QWidget):
    """Paints one ``engine.Graph``; ``set_revealed`` limits what is shown while stepping."""

    nodeClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)
        self.setMouseTracking(True)
        self.graph = None
        self.revealed = None  # engine Revealed, or None: everything known
        self.selected = None
        self.current = None  # the node of the current step (highlighted)
        self.scale = 1.0  # the type's scale now: the one asked for, as far as the canvas has room
        self._wanted_scale = 1.0  # presentation mode's, as asked for
        self._centres: dict = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The computational graph: values flow left to right above the arrows, "
                                "gradients flow back below them.\nClick a node to see its local derivative."))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(820, 420)

    # -- state ---------------------------------------------------------------
    def set_graph(self, graph) -> None:
        self.graph, self.revealed, self.selected, self.current = graph, None, None, None
        self.update()

    def set_revealed(self, revealed, current: str | None = None) -> None:
        self.revealed, self.current = revealed, current
        self.update()

    def select(self, name: str | None) -> None:
        self.selected = name
        self.update()

    def set_font_scale(self, scale: float) -> None:
        self._wanted_scale = self.scale = scale
        self.update()

    def node_centre(self, name: str) -> QPointF:
        """Where node ``name`` is drawn (widget coordinates), for tests and clicks."""
        self._layout()
        return self._centres[name]

    # -- layout --------------------------------------------------------------
    def _layout(self) -> None:
        g = self.graph
        self._centres = {}
        if g is None or not g.nodes:
            return
        g.forward_order  # noqa: B018 (makes the engine compute depth and row)
        # The engine's columns, with every output moved to the last one (the book ends each
        # figure at its outputs) and each input just left of its first consumer.
        last = max(n.depth for n in g.nodes.values())
        depth = {n.name: (last if n.name in g.output_names else n.depth) for n in g.nodes.values()}
        for n in g.nodes.values():
            users = [e.target for e in g.edges if e.source == n.name]
            if n.is_input and users:
                depth[n.name] = max(0, min(depth[u] for u in users) - 1)
        # Rows: each input a lane of its own, in the book's order; an operation sits at the
        # mean height of its inputs, so every path reads as a line from left to right.
        lane, n_lanes = {}, 0
        for node in g.nodes.values():
            if node.is_input:
                lane[node.name], n_lanes = n_lanes, n_lanes + 1
            else:
                lane[node.name] = sum(lane[i] for i in node.inputs) / len(node.inputs)
        columns = last + 1
        self.scale = self._fitted_scale(n_lanes, columns)
        margin = 60 * self.scale
        # The last column's centre leaves room for its widest node and the output's value beside it.
        value_width = QFontMetricsF(font_px(15 * self.scale)).horizontalAdvance("-0.000000")
        right = max(margin, max(self._rx(g.nodes[n]) for n in g.output_names) + value_width + 12 * self.scale)
        w, h = self.width() - margin - right, self.height() - 2 * margin
        for name in g.nodes:
            x = margin + depth[name] * w / max(columns - 1, 1) if columns > 1 else margin + w / 2
            y = margin + (lane[name] + 0.5) * h / max(n_lanes, 1)
            self._centres[name] = QPointF(x, y)

    def _fitted_scale(self, n_lanes: int, columns: int) -> float:
        """Presentation mode's large type, shrunk (never below 1) until the graph fits the canvas:
        in a small window two edges meeting at one node ran their numbers into each other."""
        need_height = 2 * 60 + LANE_PX * n_lanes  # at scale 1: a lane holds an edge's value and gradient
        need_width = 60 + 140 + COLUMN_PX * max(columns - 1, 1)
        fit = min(self.height() / need_height, self.width() / need_width)
        return max(min(1.0, self._wanted_scale), min(self._wanted_scale, fit))

    def _radius(self) -> float:
        return NODE_RADIUS * self.scale

    def _node_font(self) -> QFont:
        return font_px(17 * self.scale, bold=True)

    def _rx(self, node) -> float:
        """Half the width of an op node: a circle, stretched to an ellipse for a long symbol ('sigmoid')."""
        width = QFontMetricsF(self._node_font()).horizontalAdvance(node.label or node.op)
        return max(self._radius(), width / 2 + 9 * self.scale)

    def _input_rect(self, centre: QPointF, node=None) -> QRectF:
        """An input's box: as wide as its name (a narrow box leaves the arrow room for its numbers)."""
        h = INPUT_SIZE[1] * self.scale
        w = INPUT_SIZE[0] * self.scale
        if node is not None:
            w = QFontMetricsF(font_px(15 * self.scale)).horizontalAdvance(node.label or node.name) + 14 * self.scale
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

    def _node_at(self, pos: QPointF) -> str | None:
        self._layout()
        for name, c in self._centres.items():
            node = self.graph.nodes[name]
            if node.is_input:
                if self._input_rect(c, node).contains(pos):
                    return name
            elif ((pos.x() - c.x()) / self._rx(node)) ** 2 + ((pos.y() - c.y()) / self._radius()) ** 2 <= 1.2:
                return name
        return None

    # -- events --------------------------------------------------------------
    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        if self.graph is None:
            return
        name = self._node_at(event.position())
        if name is not None:
            self.select(name)
            self.nodeClicked.emit(name)

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt override)
        over = self.graph is not None and self._node_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        self._layout()
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------
    def _shown(self, kind: str, item) -> bool:
        if self.revealed is None:
            return True
        return item in getattr(self.revealed, kind)

    def paintEvent(self, _event):  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours(self)
        p.fillRect(self.rect(), self.palette().base())
        if self.graph is None:
            return
        self._layout()
        label_font = font_px(15 * self.scale)
        node_font = self._node_font()
        for edge in self.graph.edges:
            self._paint_edge(p, edge, c)
        self._place_numbers(QFontMetricsF(label_font))
        self._number_boxes = [box for edge in self.graph.edges
                              for box in self._edge_number_boxes(edge, QFontMetricsF(label_font))]
        for name, centre in self._centres.items():
            self._paint_node(p, self.graph.nodes[name], centre, c, node_font, label_font)
        for edge in self.graph.edges:  # numbers last: on top of lines and nodes, always readable
            self._paint_edge_numbers(p, edge, c, label_font)
        p.end()

    def _edge_end(self, name: str, toward: QPointF, start: bool) -> QPointF:
        """Where an edge leaves or enters node ``name``'s outline."""
        c = self._centres[name]
        dx, dy = toward.x() - c.x(), toward.y() - c.y()
        length = math.hypot(dx, dy) or 1.0
        if self.graph.nodes[name].is_input:
            r = self._input_rect(c, self.graph.nodes[name])
            t = min(r.width() / 2 / (abs(dx) or 1e-9), r.height() / 2 / (abs(dy) or 1e-9))
            return QPointF(c.x() + dx * t, c.y() + dy * t)
        rx, ry = self._rx(self.graph.nodes[name]), self._radius()
        t = 1.0 / math.sqrt((dx / rx) ** 2 + (dy / ry) ** 2) if length else 0.0
        return QPointF(c.x() + dx * t, c.y() + dy * t)

    def _edge_line(self, edge) -> tuple:
        a0, b0 = self._centres[edge.source], self._centres[edge.target]
        return self._edge_end(edge.source, b0, True), self._edge_end(edge.target, a0, False)

    def _paint_edge(self, p: QPainter, edge, c) -> None:
        a, b = self._edge_line(edge)
        p.setPen(QPen(QColor(c.text), 1.6 * self.scale))
        p.drawLine(a, b)
        # arrow head at the target
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        size = 9 * self.scale
        head = QPainterPath(b)
        head.lineTo(b.x() - size * math.cos(angle - 0.4), b.y() - size * math.sin(angle - 0.4))
        head.lineTo(b.x() - size * math.cos(angle + 0.4), b.y() - size * math.sin(angle + 0.4))
        head.closeSubpath()
        p.fillPath(head, QBrush(QColor(c.text)))

    def _edge_numbers(self, edge, metrics: QFontMetricsF, t: float | None = None) -> list:
        """[(text, baseline point, 'value' or 'grad')] of an edge: its value above the line, gradient below,
        at the fraction ``t`` of the way from its source (None: where _place_numbers put them)."""
        if t is None:
            t = self._placed_at.get(_key(edge), 0.5) if hasattr(self, "_placed_at") else 0.5
        a, b = self._edge_line(edge)
        mid = QPointF(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()))
        gap = 4 * self.scale
        out = []
        if self._shown("edge_values", edge):
            out.append((fmt_value(self.graph.nodes[edge.source].value),
                        QPointF(mid.x(), mid.y() - gap - metrics.descent()), "value"))
        target = self.graph.nodes[edge.target]
        grad = target.input_grads[edge.slot] if len(target.input_grads) > edge.slot else None
        if grad is not None and self._shown("edge_grads", edge):
            out.append((fmt_value(grad), QPointF(mid.x(), mid.y() + gap + metrics.ascent()), "grad"))
        return out

    def _place_numbers(self, metrics: QFontMetricsF) -> None:
        """Choose where along each edge its numbers go: the middle (the book's place) unless they would
        cover another edge's numbers or a node, as where two edges meet at one node in large type
        (apple's gradient on apple_num's value); then the nearest clear place towards either end."""
        self._placed_at = {}
        nodes = [self._node_box(name, centre) for name, centre in self._centres.items()]

        def boxes_of(edge, t):
            return [self._text_box(text, at, metrics) for text, at, _ in self._edge_numbers(edge, metrics, t)]

        # Twice over: the second time each edge moves knowing where all the others went.
        for _ in range(2):
            for edge in self.graph.edges:
                others = nodes + [box for other in self.graph.edges if _key(other) != _key(edge) and _key(other) in self._placed_at
                                  for box in boxes_of(other, self._placed_at[_key(other)])]
                best, best_overlap = 0.5, None
                for t in _ALONG:
                    overlap = sum(_area(box.intersected(other)) for box in boxes_of(edge, t) for other in others)
                    if best_overlap is None or overlap < best_overlap - 1e-6:
                        best, best_overlap = t, overlap
                    if overlap == 0:
                        break
                self._placed_at[_key(edge)] = best

    def _node_box(self, name: str, centre: QPointF) -> QRectF:
        node = self.graph.nodes[name]
        if node.is_input:
            return self._input_rect(centre, node)
        rx, r = self._rx(node), self._radius()
        return QRectF(centre.x() - rx, centre.y() - r, 2 * rx, 2 * r)

    @staticmethod
    def _text_box(text: str, at: QPointF, metrics: QFontMetricsF) -> QRectF:
        width = metrics.horizontalAdvance(text)
        return QRectF(at.x() - width / 2 - 3, at.y() - metrics.ascent() - 1, width + 6, metrics.height() + 2)

    def _edge_number_boxes(self, edge, metrics: QFontMetricsF) -> list:
        return [self._text_box(text, at, metrics) for text, at, _kind in self._edge_numbers(edge, metrics)]

    def _paint_edge_numbers(self, p: QPainter, edge, c, font: QFont) -> None:
        p.setFont(font)
        metrics = QFontMetricsF(font)
        for text, at, kind in self._edge_numbers(edge, metrics):
            p.fillRect(self._text_box(text, at, metrics), self.palette().base())  # readable across a line
            p.setPen(QColor(c.accent if kind == "value" else c.bad))
            p.drawText(QPointF(at.x() - metrics.horizontalAdvance(text) / 2, at.y()), text)

    def _name_rect(self, node, centre: QPointF) -> QRectF:
        """Where an operation's name goes: under it (the book's place), above it if an edge's numbers are there."""
        r = self._radius()
        metrics = QFontMetricsF(font_px(12 * self.scale))
        width, height = metrics.horizontalAdvance(node.name) + 4, metrics.height()
        below = QRectF(centre.x() - width / 2, centre.y() + r + 2, width, height)
        above = QRectF(centre.x() - width / 2, centre.y() - r - 2 - height, width, height)
        boxes = getattr(self, "_number_boxes", [])

        def covered(rect):  # the area of the name that numbers would cover
            return sum(max(0.0, (i := rect.intersected(box)).width()) * max(0.0, i.height()) for box in boxes)
        return above if covered(above) < covered(below) else below

    def _paint_node(self, p: QPainter, node, centre: QPointF, c, node_font: QFont, label_font: QFont) -> None:
        selected = node.name == self.selected
        current = node.name == self.current
        pen = QPen(QColor(c.accent if (selected or current) else c.text), (3.2 if selected or current else 1.6)
                   * self.scale)
        p.setPen(pen)
        p.setBrush(QBrush(self.palette().base() if not current else QColor(c.info_bg)))
        if node.is_input:
            rect = self._input_rect(centre, node)
            p.drawRoundedRect(rect, 6 * self.scale, 6 * self.scale)
            p.setFont(label_font)
            p.setPen(QColor(c.text))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, node.label or node.name)
            return
        r, rx = self._radius(), self._rx(node)
        p.drawEllipse(centre, rx, r)
        p.setFont(node_font)
        p.setPen(QColor(c.text))
        p.drawText(QRectF(centre.x() - rx, centre.y() - r, 2 * rx, 2 * r), Qt.AlignmentFlag.AlignCenter,
                   node.label or node.op)
        # the node's name under it, small and muted (the book names them: apple_price, ...)
        p.setFont(font_px(12 * self.scale))
        p.setPen(QColor(c.muted))
        p.drawText(self._name_rect(node, centre), Qt.AlignmentFlag.AlignCenter, node.name)
        if node.name in self.graph.output_names and node.value is not None and self._shown("values", node.name):
            # the output's value to its right, and its dout (1) below, as the book writes them
            metrics = QFontMetricsF(label_font)
            p.setFont(label_font)
            x = centre.x() + rx + 8 * self.scale
            p.setPen(QColor(c.accent))
            p.drawText(QPointF(x, centre.y() - 4 * self.scale), fmt_value(node.value))
            if node.grad is not None and self._shown("grads", node.name):
                p.setPen(QColor(c.bad))
                p.drawText(QPointF(x, centre.y() + metrics.ascent()), fmt_value(node.grad))
