"""DrawingCanvas: a square to draw a digit on with a mouse, a pen or a finger.

The canvas shows white ink on black, as MNIST stores its digits, so the
drawing, the network's 28x28 input and the test images all read the same way;
on a projector a bright stroke on a dark field also keeps its contrast in a lit
room.

The drawing lives in a backing store, a ``QImage`` (``Format_Grayscale8``) of a
fixed size (``resolution``, 280 by default) whatever the widget's size on
screen: preprocessing sees the same pixels on a laptop and on a 4K projector,
and the pen width is in backing-store pixels (18 of 280 by default), so a
stroke keeps its proportion to the digit when the window grows. The widget
shows the store scaled into the largest centred square it has room for.

A stroke is a polyline: each new input point adds a straight segment drawn
with a round-capped, round-joined pen, so fast strokes stay joined. The
drawing is kept as its strokes (``strokes.Drawing``) and the store rendered
from them on each change, so the pen can fit the drawing's size: a small digit
is drawn with a thinner pen and does not become a blob once size-normalised.
Strokes are combined by ``Lighten`` (the brighter pixel wins). Before each
stroke (and before ``clear`` and ``set_image``) the drawing's state is pushed
on an undo stack.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from ..common.palette import colours
from ..common.panel import Retranslating
from .strokes import Drawing, Stroke

__all__ = ["DrawingCanvas", "canvas_pixels", "DEFAULT_PEN_WIDTH", "DEFAULT_RESOLUTION", "UNDO_LIMIT"]

DEFAULT_RESOLUTION = 280  # backing-store side, in pixels
DEFAULT_PEN_WIDTH = 18.0  # in backing-store pixels at 280: MNIST-like stroke/digit ratio
MIN_SIDE = 280  # smallest side on screen, in logical pixels
UNDO_LIMIT = 100  # strokes kept for undo (78 kB each at 280 x 280)
INK = 255


def canvas_pixels(image, resolution: int = DEFAULT_RESOLUTION) -> np.ndarray:
    """Fit a grayscale image into a square canvas store, as ``set_image`` does.

    The image is scaled to fill the canvas on its longer side and centred.
    When the canvas side is a whole multiple of the longer side (a 28x28
    MNIST digit on 280 pixels), every pixel becomes a crisp block
    (nearest neighbour, like ``np.kron``); otherwise it is scaled smoothly.

    Parameters
    ----------
    image : array_like, shape (H, W)
        Ink high: floats in [0, 1] or integers 0..255 (anything else, such as
        an object or complex array, is a ValueError).
    resolution : int
        The canvas side.

    Returns
    -------
    pixels : ndarray, shape (resolution, resolution), uint8
    """
    x = np.asarray(image)
    if x.ndim != 2 or x.size == 0:
        raise ValueError(f"expected a non-empty 2-D grayscale image (H, W), got shape {x.shape}")
    # Real numbers only: casting an object array raises TypeError, a complex one drops its imaginary part.
    if not (np.issubdtype(x.dtype, np.number) or x.dtype == np.bool_) or np.iscomplexobj(x):
        raise ValueError(f"expected a grayscale image of real numbers, got dtype {x.dtype}")
    if np.issubdtype(x.dtype, np.floating) or x.dtype == np.bool_:
        x = np.nan_to_num(x.astype(np.float32), nan=0.0) * 255.0
    x = np.clip(np.rint(x), 0, 255).astype(np.uint8)
    h, w = x.shape
    out = np.zeros((resolution, resolution), dtype=np.uint8)
    long_ = max(h, w)
    if resolution % long_ == 0:
        k = resolution // long_
        scaled = np.repeat(np.repeat(x, k, axis=0), k, axis=1)
    else:
        nh, nw = max(1, round(h * resolution / long_)), max(1, round(w * resolution / long_))
        src = QImage(np.ascontiguousarray(x).data, w, h, w, QImage.Format.Format_Grayscale8)
        dst = src.scaled(nw, nh, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
        scaled = _to_array(dst)
    sh, sw = scaled.shape
    top, left = (resolution - sh) // 2, (resolution - sw) // 2
    out[top:top + sh, left:left + sw] = scaled
    return out


def _to_array(image: QImage) -> np.ndarray:
    """A copy of a Grayscale8 QImage's pixels, shape (H, W), uint8 (no per-pixel loop)."""
    h, w, bpl = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return rows[:, :w].copy()


def _to_qimage(pixels: np.ndarray) -> QImage:
    h, w = pixels.shape
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    # copy(): the QImage must own its bytes, not borrow the array's.
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


class DrawingCanvas(Retranslating, QWidget):
    """A square drawing surface; ``image()`` returns the drawing as floats, ink high.

    Signals
    -------
    changed()
        The drawing changed: a stroke began or grew, or clear, undo, set_image.
    undoAvailable(bool)
        Whether ``undo`` would do anything now.
    """

    changed = Signal()
    undoAvailable = Signal(bool)

    def __init__(self, parent: QWidget | None = None, resolution: int = DEFAULT_RESOLUTION):
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.retranslate()
        self._resolution = int(resolution)
        self._drawing = Drawing(self._resolution)  # what was drawn: rendered into _image on each change
        self._image = self._drawing.render()
        self._undo: list = []  # Drawing states
        self._pen_width = DEFAULT_PEN_WIDTH
        self._last: QPointF | None = None  # last point of the stroke being drawn
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Draw a digit here with the mouse, a pen or a finger.\n"
                                "Ctrl+Z undoes the last stroke; C or Delete clears."))
        self.setAccessibleName(self.tr("Drawing canvas"))
        self.update()  # the hint painted on an empty canvas

    # -- public API -------------------------------------------------------------
    @property
    def resolution(self) -> int:
        """Side of the backing store in pixels."""
        return self._resolution

    def set_pen_width(self, width: float) -> None:
        """Pen width in backing-store pixels (applies to the next stroke)."""
        self._pen_width = float(max(1.0, width))

    def set_fit_pen(self, fit: bool) -> None:
        """Draw every stroke thinner when the drawing is small (see ``strokes``); applies at once."""
        self._drawing.fit_pen = bool(fit)
        self._render()

    def fits_pen(self) -> bool:
        return self._drawing.fit_pen

    def pen_width_used(self) -> float:
        """The width a stroke of the pen as set is drawn with now, in backing-store pixels."""
        return self._drawing.width_used(self._pen_width)

    def image(self) -> np.ndarray:
        """The drawing, shape (resolution, resolution), float32 in [0, 1], ink high."""
        return _to_array(self._image).astype(np.float32) * np.float32(1.0 / 255.0)

    def pixels(self) -> np.ndarray:
        """The drawing as stored, shape (resolution, resolution), uint8."""
        return _to_array(self._image)

    def is_blank(self) -> bool:
        h, bpl = self._image.height(), self._image.bytesPerLine()
        return not np.frombuffer(self._image.constBits(), dtype=np.uint8, count=bpl * h).any()

    def set_image(self, image) -> None:
        """Show a grayscale image (ink high) as the drawing; undoable.

        ``image`` (H, W) is fitted and centred as by `canvas_pixels`: a 28x28
        MNIST digit becomes crisp 10x10 blocks on the default canvas.
        """
        pixels = canvas_pixels(image, self._resolution)
        self._end_stroke()
        self._push_undo()
        self._drawing.set_base(_to_qimage(pixels))
        self._render()

    def clear(self) -> None:
        """Erase everything (undoable)."""
        self._end_stroke()
        if self.is_blank():
            return
        self._push_undo()
        self._drawing.clear()
        self._render()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        """Take back the last stroke (or clear, or set_image)."""
        self._end_stroke()
        if not self._undo:
            return
        self._drawing.restore(self._undo.pop())
        if not self._undo:
            self.undoAvailable.emit(False)
        self._render()

    def image_rect(self) -> QRectF:
        """Where the backing store is shown, in widget coordinates (a centred square)."""
        side = float(min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2.0, (self.height() - side) / 2.0, side, side)

    def to_image_coords(self, pos: QPointF) -> QPointF:
        """Widget coordinates -> backing-store coordinates."""
        rect = self.image_rect()
        scale = self._resolution / rect.width() if rect.width() > 0 else 1.0
        return QPointF((pos.x() - rect.left()) * scale, (pos.y() - rect.top()) * scale)

    # -- strokes ------------------------------------------------------------------
    def begin_stroke(self, pos: QPointF) -> None:
        """Start a stroke at ``pos`` (backing-store coordinates): a round dot."""
        self._push_undo()
        self._last = QPointF(pos)
        self._drawing.strokes.append(Stroke(self._pen_width, [QPointF(pos)]))
        self._render()

    def extend_stroke(self, pos: QPointF) -> None:
        """Draw a segment from the stroke's last point to ``pos``."""
        if self._last is None:
            self.begin_stroke(pos)
            return
        delta = pos - self._last
        if delta.x() * delta.x() + delta.y() * delta.y() < 0.25:  # sub-pixel jitter
            return
        self._last = QPointF(pos)
        self._drawing.strokes[-1].points.append(QPointF(pos))
        self._render()

    def end_stroke(self, pos: QPointF | None = None) -> None:
        if pos is not None and self._last is not None:
            self.extend_stroke(pos)
        self._end_stroke()

    def _end_stroke(self) -> None:
        self._last = None

    def _render(self) -> None:
        self._image = self._drawing.render()
        self._changed()

    def _push_undo(self) -> None:
        self._undo.append(self._drawing.state())
        if len(self._undo) > UNDO_LIMIT:
            del self._undo[0]
        if len(self._undo) == 1:
            self.undoAvailable.emit(True)

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    # -- input ------------------------------------------------------------------------
    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(self.to_image_coords(event.position()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        # Follow our own stroke state, not event.buttons(): synthesized and
        # test events do not always carry the held button.
        if self._last is not None:
            self.extend_stroke(self.to_image_coords(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton and self._last is not None:
            self.end_stroke(self.to_image_coords(event.position()))
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event):
        # Accepted tablet events are not repeated as mouse events. Pressure is
        # ignored on purpose: one width, as the slider says.
        pos = self.to_image_coords(event.position())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(pos)
        elif kind == QEvent.Type.TabletMove and self._last is not None:
            self.extend_stroke(pos)
        elif kind == QEvent.Type.TabletRelease and self._last is not None:
            self.end_stroke(pos)
        event.accept()

    def event(self, event):
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                    QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            points = event.points()
            if points:  # one finger draws; further fingers are ignored
                pos = self.to_image_coords(points[0].position())
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend_stroke(pos)
                elif kind == QEvent.Type.TouchEnd:
                    self.end_stroke(pos)
            if kind == QEvent.Type.TouchCancel:
                self._end_stroke()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or (
                event.key() == Qt.Key.Key_C and not event.modifiers()):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- geometry and painting ------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_SIDE, width)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_SIDE, MIN_SIDE)

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().window())
            rect = self.image_rect()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, self._image)
            c = colours(self)
            painter.setPen(QPen(QColor(c.muted), 1.0))  # the black field's edge, on the window
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            if self.is_blank():
                font = painter.font()
                font.setPixelSize(max(14, int(rect.height() / 16)))
                painter.setFont(font)
                painter.setPen(QColor(c.faint))  # grey on the black field
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
        finally:
            painter.end()
