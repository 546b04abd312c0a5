"""MistakesGallery: the test images the network gets wrong, the most confidently wrong first.

A heading that counts them, a "Show all mistakes" button while a filter is on,
and a grid of at most ``MAX_GALLERY`` thumbnails, each captioned "true 4 → 9"
with the probabilities in its tooltip. The gallery can show one mix-up only
(``set_filter(true, predicted)``: a confusion-matrix cell). Clicking a
thumbnail, or Return on the current one, emits ``digitChosen(test index)``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine import MNIST_SIDE, image_side, softmax

from ..common.fonts import set_font_px
from ..common.panel import Retranslating
from ..common.text import sentences

__all__ = ["MistakesGallery", "MAX_GALLERY", "THUMB"]

MAX_GALLERY = 40  # thumbnails in the gallery
THUMB = 3  # thumbnail zoom at font scale 1: a 28 px image -> 84 px


def _thumbnail(pixels: np.ndarray, side: int, px: int) -> QIcon:
    """A test image (side*side floats in [0, 1], white ink on black) as dark ink on white, px x px.

    Scaled by Qt once, nearest neighbour: the pixels stay square and sharp.
    """
    grey = np.ascontiguousarray(255 - np.clip(np.rint(pixels.reshape(side, side) * 255), 0, 255).astype(np.uint8))
    image = QImage(grey.data, side, side, side, QImage.Format.Format_Grayscale8).copy()
    image = image.scaled(px, px, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.FastTransformation)
    return QIcon(QPixmap.fromImage(image))


class _Grid(QListWidget):
    """The thumbnail grid; Return/Enter opens the current thumbnail like a click."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.itemClicked.connect(self._emit)

    def _emit(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            self.chosen.emit(int(index))

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._emit(self.currentItem())
            return
        super().keyPressEvent(event)


class MistakesGallery(Retranslating, QWidget):
    """Heading, "Show all mistakes", and the thumbnails of misclassified test images."""

    digitChosen = Signal(int)  # a test index, from a click on a thumbnail

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.indices: list[int] = []  # test indices shown, in order
        self.filter: tuple[int, int] | None = None  # (true, predicted): one mix-up only
        self._wrong = None  # confident_mistakes of the last evaluation, or None
        self._t = self._y = self._scores = self._images = None
        self._names: tuple = ()
        self._scale = 1.0

        self.heading = QLabel()
        self.heading.setObjectName("galleryHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("galleryShowAll")
        self.show_all_button.clicked.connect(self.clear_filter)
        self.grid = _Grid()
        self.grid.setObjectName("misclassifiedGallery")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setWrapping(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setIconSize(QSize(MNIST_SIDE * THUMB, MNIST_SIDE * THUMB))
        self.grid.chosen.connect(self.digitChosen)

        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.show_all_button, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_all_button.setText(self.tr("Show all mistakes"))
        self.show_all_button.setToolTip(self.tr("Show the mistakes of every class again, not just one cell of "
                                                "the confusion matrix"))
        self.grid.setToolTip(self.tr("Test images the network gets wrong, the ones it is surest about first. "
                                     "Click one to open it in the Draw tab."))
        self._fill()  # and the heading

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        set_font_px(self.heading, 17 * scale, bold=True)
        set_font_px(self.show_all_button, 15 * scale)
        self.show_all_button.setMinimumHeight(round(32 * scale))
        set_font_px(self.grid, 15 * min(scale, 1.3))
        self._fill()

    # -- what to show ------------------------------------------------------------------------
    def set_mistakes(self, wrong, t, y, scores, images, names) -> None:
        """The mistakes of one evaluation on the test set.

        wrong : (M,) test indices, the most confidently wrong first (``confident_mistakes``)
        t, y : (N,) true and predicted classes; scores : (N, C) the network's scores
        images : (N, D) the test images (D = side * side); names : the class names
        """
        self._wrong, self._t, self._y, self._scores, self._images = wrong, t, y, scores, images
        self._names = tuple(names)
        self._fill()

    def clear_mistakes(self, names=()) -> None:
        """No mistakes to show (no evaluation, or the network's outputs are not finite)."""
        self._wrong = self._t = self._y = self._scores = self._images = None
        self._names = tuple(names)
        self._fill()

    def clear_filter(self) -> None:
        """Show the mistakes of every class again."""
        self.filter = None
        self._fill()

    def set_filter(self, true_class: int, predicted: int) -> None:
        """Show only images of ``true_class`` read as ``predicted``."""
        self.filter = (int(true_class), int(predicted))
        self._fill()

    # -- showing ---------------------------------------------------------------------------------
    def _side(self) -> int:
        side = image_side(self._images.shape[1]) if self._images is not None else None
        return side or MNIST_SIDE

    def _size(self) -> None:
        """Thumbnail and grid sizes for the font scale and the class names."""
        thumb = round(self._side() * THUMB * min(self._scale, 1.25))
        self.grid.setIconSize(QSize(thumb, thumb))
        fm = self.grid.fontMetrics()
        longest = max(self._names or ("8",), key=fm.horizontalAdvance)
        one_line = fm.horizontalAdvance(self.tr("true {0} → {1}").format(longest, longest))
        if one_line <= thumb + 36:  # MNIST's digits: one line under each thumbnail
            width, lines = max(thumb, one_line) + 20, 1
        else:  # long names wrap after the arrow
            width, lines = max(thumb, fm.horizontalAdvance(self.tr("true {0} →").format(longest))) + 20, 2
        self.grid.setGridSize(QSize(width, thumb + lines * fm.height() + 14))
        self.grid.setMinimumHeight(thumb + lines * fm.height() + 26)

    def _fill(self) -> None:
        self._size()
        self.grid.clear()
        self.indices = []
        if self._wrong is None:
            self._update_heading()
            return
        wrong = self._wrong
        if self.filter is not None:
            i, j = self.filter
            wrong = wrong[(self._t[wrong] == i) & (self._y[wrong] == j)]
        shown = wrong[:MAX_GALLERY]
        names, side = self._names, self._side()
        probabilities = softmax(self._scores[shown].astype(np.float64)) if shown.size else None
        for k, index in enumerate(shown):
            index = int(index)
            true, said = int(self._t[index]), int(self._y[index])
            item = QListWidgetItem(_thumbnail(self._images[index], side, self.grid.iconSize().width()),
                                   self.tr("true {0} → {1}").format(names[true], names[said]))
            p = probabilities[k]
            tip = self.tr("Test image #{0}: labelled {1}. The network says {2} with probability {3:.1%}; "
                          "it gives {1} {4:.1%}. Click to open it in the Draw tab.")
            item.setToolTip(tip.format(index, names[true], names[said], p[said], p[true]))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.grid.addItem(item)
            self.indices.append(index)
        self._update_heading(len(wrong))

    def _update_heading(self, total: int | None = None) -> None:
        self.show_all_button.setVisible(self.filter is not None)
        if self._wrong is None or total is None:
            self.heading.setText(self.tr("Mistakes on the test set"))
            return
        names = self._names
        shown = len(self.indices)
        if self.filter is not None:
            i, j = self.filter
            text = self.tr("Mistakes: {0} read as {1} ({2} images)").format(names[i], names[j], total)
        elif total == 0:
            text = self.tr("Mistakes: none, every test image is read correctly")
        else:
            text = self.tr("Mistakes: {0} test images").format(total)
        if shown < total:
            text = sentences(text, self.tr("(the {0} the network is surest about)").format(shown))
        self.heading.setText(text)
