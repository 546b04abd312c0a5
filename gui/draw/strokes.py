"""What is on the canvas, kept as strokes, and drawn with a pen that fits the drawing's size.

MNIST size-normalises every digit (``engine.preprocess``): a digit drawn
small is enlarged to 20 x 20 pixels. Its strokes are enlarged with it, so a
small digit drawn with the pen meant for a full-size one arrives as a blob, the
holes of its 8 or 6 filled in. Scaling the *image* cannot undo that; redrawing
the *strokes* with a thinner pen can. So the drawing is kept as what was drawn
(a base image, from a loaded test image or nothing, and polylines with their
pen width) and rendered again on every change, each stroke with

    width * min(1, max(extent, MIN_EXTENT) / REFERENCE_EXTENT)

where ``extent`` is the longer side of the box around every stroke's centre
line. A digit as big as ``REFERENCE_EXTENT`` (or bigger) is drawn with the
pen as set; a digit a quarter of that size with a quarter of the width, so its
strokes keep the proportion of a full-size digit's (and of MNIST's). The
ratio, and the width actually used, show under the canvas; "Fit the pen to
the drawing" turns it off, to show the blob.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

__all__ = ["Stroke", "Drawing", "REFERENCE_EXTENT", "MIN_EXTENT", "MIN_WIDTH"]

REFERENCE_EXTENT = 160.0  # canvas pixels (of 280): a digit this big, or bigger, gets the pen as set
MIN_EXTENT = 24.0  # smaller drawings (a first dot) are treated as this big
MIN_WIDTH = 2.0  # never thinner than this many canvas pixels
INK = 255


@dataclass(eq=False)
class Stroke:
    """A polyline drawn with one pen: ``points`` in canvas coordinates, ``width`` as set when it began."""

    width: float
    points: list = field(default_factory=list)


class Drawing:
    """A base image (or none) and the strokes on it; ``render()`` makes the canvas image.

    ``state()`` is an immutable snapshot for undo; ``restore(state)`` goes back to one.
    """

    def __init__(self, resolution: int):
        self.resolution = int(resolution)
        self.base: QImage | None = None
        self.strokes: list[Stroke] = []
        self.fit_pen = True

    # -- state --------------------------------------------------------------------
    def state(self):
        """A snapshot: the finished strokes are never changed after, so sharing them is safe."""
        return self.base, tuple((s.width, tuple(s.points)) for s in self.strokes)

    def restore(self, state) -> None:
        self.base, strokes = state
        self.strokes = [Stroke(width, list(points)) for width, points in strokes]

    def clear(self) -> None:
        self.base, self.strokes = None, []

    def set_base(self, image: QImage) -> None:
        self.base, self.strokes = image, []

    # -- the pen --------------------------------------------------------------------
    def extent(self) -> float:
        """Longer side of the box around all strokes' centre lines, in canvas pixels (0 without strokes)."""
        xs = [p.x() for s in self.strokes for p in s.points]
        ys = [p.y() for s in self.strokes for p in s.points]
        if not xs:
            return 0.0
        return max(max(xs) - min(xs), max(ys) - min(ys))

    def pen_scale(self) -> float:
        """The factor every stroke's width is multiplied by now (1 without fitting, or before any stroke)."""
        if not self.fit_pen or not self.strokes:
            return 1.0
        return min(1.0, max(self.extent(), MIN_EXTENT) / REFERENCE_EXTENT)

    def width_used(self, width: float) -> float:
        """The width a stroke set to ``width`` is drawn with now."""
        return width if self.pen_scale() == 1.0 else max(MIN_WIDTH, width * self.pen_scale())

    # -- drawing ----------------------------------------------------------------------
    def render(self) -> QImage:
        """The canvas image: the base, then every stroke on it (the brighter pixel wins)."""
        if self.base is not None:
            image = self.base.copy()
        else:
            image = QImage(self.resolution, self.resolution, QImage.Format.Format_Grayscale8)
            image.fill(0)
        if not self.strokes:
            return image
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            # Lighten: where strokes cross, antialiased edges do not build up.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Lighten)
            for stroke in self.strokes:
                painter.setPen(QPen(QColor(INK, INK, INK), self.width_used(stroke.width), Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                points = stroke.points
                if len(points) == 1:
                    painter.drawPoint(QPointF(points[0]))
                # Segment by segment, as drawn: a polyline that doubles back on itself
                # (a hand's jitter) leaves dark seams in Qt's antialiased stroke.
                for a, b in pairwise(points):
                    painter.drawLine(a, b)
        finally:
            painter.end()
        return image
