"""InsideView: what the network has learned, and where it still goes wrong.

Four read-outs of the controller's network, kept up to date during training:

* the first layer's weights as images ("templates"): one 28 x 28 tile per
  hidden unit, red = positive, blue = negative, each tile scaled by its own
  largest |w| (``engine.weight_tiles``);
* the confusion matrix on the test set (rows = true class, columns =
  predicted), with the correct answers on a green diagonal and the mistakes in
  orange, stronger for a larger share of the row; clicking a cell filters the
  gallery to that mix-up;
* the accuracy of each class (the share of its row on the diagonal);
* a gallery of misclassified test images, the most confidently wrong first;
  clicking one emits ``digitChosen(index)`` (the main window opens it in the
  Draw tab).

Costs and timing. The view works on copies (``controller.network_copy()``),
never on the training network: its layers' caches belong to the worker
thread. The weight tiles are redrawn at most every ``TILES_S`` seconds; the
test-set read-outs (10,000 predictions, 10-40 ms) at evaluation points, at
most every ``EVAL_S`` seconds, and at once when a run ends or the network is
replaced. While the view is hidden (another tab is showing) nothing is
computed; it catches up when shown.

During a run the copy is the worker's latest snapshot (at most ~0.25 s old),
so the caption's step is approximate ("≈") then; after a run it is exact, and
the accuracy it shows is the run's final test accuracy.
"""
from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QImage, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsPathItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import (
    confident_mistakes,
    confusion_matrix,
    per_class_accuracy,
    predict_scores,
    softmax,
    weight_tiles,
)

from ..common.engine_text import class_names
from ..common.text import sentences
from ..common.run_state import IDLE

__all__ = ["InsideView", "MAX_TILES", "MAX_GALLERY", "TILES_S", "EVAL_S"]

MAX_TILES = 256  # hidden units drawn at most (16 x 16 tiles)
MAX_GALLERY = 40  # thumbnails in the gallery
TILES_S = 1.0  # redraw the weight tiles at most this often during training
EVAL_S = 0.5  # recompute the test-set read-outs at most this often
THUMB = 3  # thumbnail zoom at font scale 1: 28 px -> 84 px

# Okabe-Ito hues: green for correct, vermillion for mistakes; red/blue for weights.
GREEN = QColor("#009E73")
VERMILLION = QColor("#D55E00")
WEIGHT_RED, WEIGHT_BLUE = "#c00206", "#2151db"  # the ends of colorcet's CET-D1
GAP_GREY = QColor("#8c8c8c")  # between tiles: distinct from white (w = 0)


def _blend(colour: QColor, amount: float) -> QColor:
    """White blended towards ``colour`` by ``amount`` in [0, 1]."""
    a = min(max(float(amount), 0.0), 1.0)
    return QColor(round(255 + (colour.red() - 255) * a), round(255 + (colour.green() - 255) * a),
                  round(255 + (colour.blue() - 255) * a))


def _text_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


def _set_px(widget: QWidget, px: float, bold: bool = False) -> None:
    font = widget.font()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    widget.setFont(font)


def _thumbnail(pixels: np.ndarray, side: int, px: int) -> QIcon:
    """A test image (side*side floats in [0, 1], white ink on black) as dark ink on white, px x px.

    Scaled by Qt once, nearest neighbour: the pixels stay square and sharp.
    """
    grey = np.ascontiguousarray(255 - np.clip(np.rint(pixels.reshape(side, side) * 255), 0, 255).astype(np.uint8))
    image = QImage(grey.data, side, side, side, QImage.Format.Format_Grayscale8).copy()
    image = image.scaled(px, px, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.FastTransformation)
    return QIcon(QPixmap.fromImage(image))


class _Gallery(QListWidget):
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


class _Content(QWidget):
    """The view's page inside its scroll area.

    Its word-wrapped labels give the layout a height-for-width, and
    QScrollArea then sizes the page to its *preferred* height for the width,
    which shows a scroll bar at any window size. Answering with the minimum
    height instead lets the page fill the viewport and scroll only when the
    window is smaller than that (large presentation fonts in a small window).
    """

    def heightForWidth(self, width: int) -> int:
        return self.minimumSizeHint().height()


class _TablesArea(QWidget):
    """The confusion matrix and the per-class accuracy side by side, rows aligned.

    Their font is as large as ``target_px`` asks, or smaller if ten columns of
    four-digit counts would not fit otherwise: counts are never elided, and the
    tables never push the weight tiles off the screen.
    """

    MIN_PX = 9

    def __init__(self, matrix: QTableWidget, accuracy: QTableWidget, parent=None):
        super().__init__(parent)
        self.matrix, self.accuracy = matrix, accuracy
        self.target_px = 16
        self.widest = "0000"  # the widest count to fit
        self.px = None  # the font size in use
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(matrix, 1)
        row.addWidget(accuracy, 0)
        self.setMinimumSize(240, 160)

    @staticmethod
    def _fonts(px: int) -> tuple[QFont, QFont]:
        font = QFont()
        font.setPixelSize(px)
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def _accuracy_width(self, bold: QFont) -> int:
        return QFontMetrics(bold).horizontalAdvance("100.0 %") + 28

    def _needed(self, px: int) -> tuple[int, int]:
        """(width, height) the two tables need at font size ``px``."""
        font, bold = self._fonts(px)
        fm, fb = QFontMetrics(font), QFontMetrics(bold)
        C = max(self.matrix.rowCount(), 10)
        names = [self.matrix.verticalHeaderItem(i) for i in range(self.matrix.rowCount())]
        names = [item.text() for item in names if item is not None] or ["0"]
        header = max(fb.horizontalAdvance(name) for name in names) + 16
        frame = 2 * self.matrix.frameWidth()
        width = (header + C * (fb.horizontalAdvance(self.widest) + 8) + frame
                 + self.layout().spacing() + self._accuracy_width(bold))
        height = fm.height() + 12 + C * (fm.height() + 4) + frame
        return width, height

    def fit(self, force: bool = False) -> None:
        """Choose the largest font size up to ``target_px`` at which everything fits."""
        px = max(int(round(self.target_px)), self.MIN_PX)
        while px > self.MIN_PX:
            width, height = self._needed(px)
            if width <= self.width() and height <= self.height():
                break
            px -= 1
        if force or px != self.px:
            self._apply(px)

    def _apply(self, px: int) -> None:
        self.px = px
        font, bold = self._fonts(px)
        fm = QFontMetrics(font)
        for table in (self.matrix, self.accuracy):
            table.setFont(font)
            for header in (table.horizontalHeader(), table.verticalHeader()):
                header.setFont(bold)
            table.verticalHeader().setMinimumSectionSize(fm.height() + 4)
            table.horizontalHeader().setFixedHeight(fm.height() + 12)  # equal heights keep the rows aligned
            for i in range(table.rowCount()):
                for j in range(table.columnCount()):
                    item = table.item(i, j)
                    if item is not None:
                        item.setFont(bold if item.font().bold() else font)
        self.matrix.horizontalHeader().setMinimumSectionSize(10)
        self.accuracy.setFixedWidth(self._accuracy_width(bold))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()


class InsideView(QWidget):
    """Weight templates, confusion matrix, per-class accuracy and mistakes of the controller's network."""

    digitChosen = Signal(int)  # a test index, from a click on the gallery

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("insideView")
        self.controller = controller
        self.confusion: np.ndarray | None = None  # (C, C) int64, the last confusion matrix
        self.gallery_indices: list[int] = []  # test indices shown in the gallery, in order
        self.tiles: np.ndarray | None = None  # the last weight_tiles image, (rows_px, cols_px)
        self._scale = 1.0
        self._filter: tuple[int, int] | None = None  # (true, predicted): gallery shows one mix-up
        self._t = self._y = self._scores = self._wrong = None  # the last test-set evaluation
        self._caption_text = None  # () -> the caption over the read-outs
        self._tiles_text = None  # () -> the caption under the weight tiles
        self._dirty = True  # something changed while hidden
        self._last_tiles = self._last_eval = -math.inf
        self._tiles_timer = self._single_shot(self._refresh_tiles_if_shown)
        self._eval_timer = self._single_shot(self._refresh_evaluation_if_shown)

        self._build()
        self.retranslate()
        self._apply_fonts()
        controller.progress.connect(self._on_progress)
        controller.runFinished.connect(self._on_run_finished)
        controller.networkReset.connect(self._on_network_reset)

    def _single_shot(self, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # -- construction -----------------------------------------------------------------
    def _label(self, name: str, tip: str = "", wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if tip:
            label.setToolTip(tip)
        return label

    def _build(self) -> None:
        self.waiting = self._label("insideWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.caption = self._label("insideCaption")

        # The first layer's weights as images.
        self.tiles_heading = self._label("weightTilesHeading")
        self.tiles_view = pg.GraphicsLayoutWidget()
        self.tiles_view.setObjectName("weightTiles")
        self.tiles_view.setMinimumSize(200, 150)
        self.tiles_view.ci.layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_box = self.tiles_view.addViewBox(lockAspect=True, enableMouse=False, enableMenu=False)
        self.tiles_box.invertY(True)  # row 0 of the image at the top, as in the digits
        self.tiles_back = QGraphicsPathItem()  # grey behind the used tiles: the NaN gaps show it
        self.tiles_back.setBrush(QBrush(GAP_GREY))
        self.tiles_back.setPen(pg.mkPen(None))
        self.tiles_box.addItem(self.tiles_back)
        self.tiles_image = pg.ImageItem(axisOrder="row-major")
        self.tiles_image.setColorMap(pg.colormap.get("CET-D1"))
        self.tiles_box.addItem(self.tiles_image)
        self.tiles_caption = self._label("weightTilesCaption")

        # The confusion matrix and the per-class accuracy, side by side, rows aligned.
        self.matrix_heading = self._label("confusionHeading")
        self.matrix_note = self._label("confusionNote")
        self.matrix = QTableWidget()
        self.matrix.setObjectName("confusionMatrix")
        self.accuracy = QTableWidget()
        self.accuracy.setObjectName("perClassAccuracy")
        for table in (self.matrix, self.accuracy):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.setCornerButtonEnabled(False)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setHighlightSections(False)
            table.verticalHeader().setHighlightSections(False)
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.accuracy.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.accuracy.verticalHeader().setVisible(False)
        self.accuracy.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.matrix.cellClicked.connect(self._on_cell_clicked)

        # The gallery of mistakes.
        self.gallery_heading = self._label("galleryHeading")
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("galleryShowAll")
        self.show_all_button.clicked.connect(self.clear_filter)
        self.gallery = _Gallery()
        self.gallery.setObjectName("misclassifiedGallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setWrapping(True)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWordWrap(True)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setIconSize(QSize(28 * THUMB, 28 * THUMB))
        self.gallery.chosen.connect(self.digitChosen)

        # Layout: caption; tiles | matrix + accuracy; gallery.
        tiles_panel = QWidget()
        tiles_column = QVBoxLayout(tiles_panel)
        tiles_column.setContentsMargins(0, 0, 0, 0)
        tiles_column.addWidget(self.tiles_heading)
        tiles_column.addWidget(self.tiles_view, 1)
        tiles_column.addWidget(self.tiles_caption)

        self.tables = _TablesArea(self.matrix, self.accuracy)
        matrix_panel = QWidget()
        matrix_column = QVBoxLayout(matrix_panel)
        matrix_column.setContentsMargins(0, 0, 0, 0)
        matrix_column.addWidget(self.matrix_heading)
        matrix_column.addWidget(self.matrix_note)
        matrix_column.addWidget(self.tables, 1)

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(tiles_panel, 2)
        top.addWidget(matrix_panel, 3)

        gallery_bar = QHBoxLayout()
        gallery_bar.addWidget(self.gallery_heading, 1)
        gallery_bar.addWidget(self.show_all_button, 0)

        self.content = _Content()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addLayout(top, 3)  # the matrix first: it is what a room reads from afar
        column.addLayout(gallery_bar)
        column.addWidget(self.gallery, 1)

        # Large fonts (presentation mode) in a small window: scroll rather than clip or squash.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("insideScroll")
        self.scroll.setWidget(self.content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.stack)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the current language; the read-outs are written again from the last evaluation."""
        self.waiting.setText(self.tr("Waiting for the data…"))
        self.caption.setToolTip(self.tr("Accuracy of the network on the 10,000 test images, which it never "
                                        "trains on"))
        self.tiles_heading.setText(self.tr("Hidden-unit weights W1"))
        self.tiles_view.setToolTip(self.tr("The first layer's weights: one tile per hidden unit (unit 1, 2, ... "
                                           "left to right, top to bottom). Red pixels: ink there excites the "
                                           "unit; blue pixels: ink there inhibits it."))
        self.matrix_heading.setText(self.tr("Confusion matrix on the test set"))
        self.matrix_note.setText(self.tr("Rows: true class ↓   Columns: the network's answer →"))
        self.matrix.setToolTip(self.tr("How many test images of each class (row) the network put in each class "
                                       "(column). Click a cell to see those mistakes in the gallery."))
        self.accuracy.setToolTip(self.tr("The share of each class's test images that the network gets right "
                                         "(the diagonal cell divided by its row)"))
        self.show_all_button.setText(self.tr("Show all mistakes"))
        self.show_all_button.setToolTip(self.tr("Show the mistakes of every class again, not just one cell of "
                                                "the confusion matrix"))
        self.gallery.setToolTip(self.tr("Test images the network gets wrong, the ones it is surest about first. "
                                        "Click one to open it in the Draw tab."))
        self.caption.setText(self._caption_text() if self._caption_text is not None else "")
        self.tiles_caption.setText(self._tiles_text() if self._tiles_text is not None else "")
        if self.confusion is not None:
            self._fill_tables()
        self._fill_gallery()  # and its heading

    # -- presentation -------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        """Scale fonts, table cells and thumbnails: 1.0 normal, up to 2.0 for a projector."""
        self._scale = min(max(float(scale), 0.5), 2.0)
        self._apply_fonts()
        if self._t is not None:
            self._fill_tables()
            self._fill_gallery()

    def _apply_fonts(self) -> None:
        s = self._scale
        _set_px(self.waiting, 24 * s, bold=True)
        _set_px(self.caption, 21 * s, bold=True)
        for heading in (self.tiles_heading, self.matrix_heading, self.gallery_heading):
            _set_px(heading, 17 * s, bold=True)
        for text in (self.tiles_caption, self.matrix_note):
            _set_px(text, 15 * min(s, 1.3))  # explanations: the teacher talks over them
        _set_px(self.show_all_button, 15 * s)
        self.show_all_button.setMinimumHeight(round(32 * s))
        self.tables.target_px = 16 * s
        self.tables.fit(force=True)
        _set_px(self.gallery, 15 * min(s, 1.3))
        self._size_gallery()

    def _size_gallery(self) -> None:
        """Thumbnail and grid sizes for the font scale and the class names."""
        thumb = round(28 * THUMB * min(self._scale, 1.25))
        self.gallery.setIconSize(QSize(thumb, thumb))
        fm = self.gallery.fontMetrics()
        longest = max(self._class_names() or ("8",), key=fm.horizontalAdvance)
        one_line = fm.horizontalAdvance(self.tr("true {0} → {1}").format(longest, longest))
        if one_line <= thumb + 36:  # MNIST's digits: one line under each thumbnail
            width, lines = max(thumb, one_line) + 20, 1
        else:  # long names wrap after the arrow
            width, lines = max(thumb, fm.horizontalAdvance(self.tr("true {0} →").format(longest))) + 20, 2
        self.gallery.setGridSize(QSize(width, thumb + lines * fm.height() + 14))
        self.gallery.setMinimumHeight(thumb + lines * fm.height() + 26)

    # -- public ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute everything now from a copy of the controller's network."""
        self._dirty = False
        self._tiles_timer.stop()
        self._eval_timer.stop()
        net = self._network()
        if net is None:
            return
        self._refresh_tiles(net)
        self._refresh_evaluation(net)

    def clear_filter(self) -> None:
        """Let the gallery show the mistakes of every class again."""
        self._filter = None
        self._fill_gallery()

    def set_filter(self, true_class: int, predicted: int) -> None:
        """Let the gallery show only images of ``true_class`` read as ``predicted``."""
        self._filter = (int(true_class), int(predicted))
        self._fill_gallery()

    # -- controller signals ----------------------------------------------------------------
    def _on_progress(self, reports) -> None:
        self._schedule(self._tiles_timer, self._last_tiles, TILES_S)
        if any(r.evaluated for r in reports):
            self._schedule(self._eval_timer, self._last_eval, EVAL_S)

    def _on_run_finished(self, _report) -> None:
        self._refresh_now_or_later()

    def _on_network_reset(self, _reason: str) -> None:
        self._filter = None
        self._refresh_now_or_later()

    def _refresh_now_or_later(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _schedule(self, timer: QTimer, last: float, interval: float) -> None:
        if not self.isVisible():
            self._dirty = True
        elif not timer.isActive():
            wait = last + interval - time.monotonic()
            timer.start(max(0, int(wait * 1000)))

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty or self.controller.dataset is None or self._t is None:
            QTimer.singleShot(0, self, self._refresh_if_shown)  # dropped if the view is gone

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.tiles is not None:
            self._tiles_timer.start(0)  # the caption's red and blue suit the new background
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _refresh_tiles_if_shown(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        net = self._network()
        if net is not None:
            self._refresh_tiles(net)

    def _refresh_evaluation_if_shown(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        net = self._network()
        if net is not None:
            self._refresh_evaluation(net)

    # -- computing ---------------------------------------------------------------------------
    def _network(self):
        """A copy of the controller's network, or None (and the waiting page) before the data."""
        net = self.controller.network_copy() if self.controller.dataset is not None else None
        self.stack.setCurrentWidget(self.scroll if net is not None else self.waiting)
        return net

    def _refresh_tiles(self, net) -> None:
        self._last_tiles = time.monotonic()
        W1 = net.params["W1"]
        side = int(round(math.sqrt(W1.shape[0])))
        if side * side != W1.shape[0]:  # not a square image: no pictures to show
            self.tiles = None
            self.tiles_image.clear()
            self._set_tiles_text(lambda: self.tr("The inputs are not square images, so the weights cannot be "
                                                 "shown as pictures."))
            return
        H = W1.shape[1]
        shown = min(H, MAX_TILES)
        self.tiles = weight_tiles(W1[:, :shown], side=side)
        self.tiles_image.setImage(self.tiles, levels=(-1.0, 1.0), autoLevels=False)
        rows, cols = self.tiles.shape
        self.tiles_back.setPath(self._gap_path(shown, side, rows, cols))
        self.tiles_box.setRange(xRange=(0, cols), yRange=(0, rows), padding=0.01)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        n_in, finite = W1.shape[0], bool(np.isfinite(W1).all())

        def text():
            red = '<b style="color:{0}">{1}</b>'.format("#ff7b72" if dark else WEIGHT_RED, self.tr("red"))
            blue = '<b style="color:{0}">{1}</b>'.format("#79a8ff" if dark else WEIGHT_BLUE, self.tr("blue"))
            out = self.tr("Each tile: the {0} weights into one hidden unit, shown as an image: {1} = positive, "
                          "{2} = negative (each tile scaled by its own largest |w|).").format(n_in, red, blue)
            if shown < H:
                out = sentences(out, self.tr("Showing the first {0} of {1} hidden units.").format(shown, H))
            if not finite:
                out = sentences(out, self.tr("Some weights are not finite (the run diverged): press Reset."))
            return out

        self._set_tiles_text(text)

    def _set_tiles_text(self, text) -> None:
        self._tiles_text = text
        self.tiles_caption.setText(text())

    def _set_caption(self, text) -> None:
        self._caption_text = text
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

    def _refresh_evaluation(self, net) -> None:
        self._last_eval = time.monotonic()
        ds = self.controller.dataset
        running = self.controller.state != IDLE
        step = self.controller.total_step
        scores = predict_scores(net, ds.x_test)
        n = scores.shape[0]
        if not np.isfinite(scores).all():
            self._t = self._y = self._scores = self._wrong = None
            self.confusion = None
            self.matrix.clearContents()
            self.accuracy.clearContents()
            self.gallery_indices = []
            self.gallery.clear()
            self._set_caption(lambda: self.tr("After step {0} the network's outputs are not finite (the run "
                                              "diverged): press Reset for new weights.").format(step))
            self._update_gallery_heading()
            return
        t = np.asarray(ds.t_test)
        y = np.argmax(scores, axis=1)
        self._t, self._y, self._scores = t, y, scores
        self.confusion = confusion_matrix(t, y, len(ds.class_names))
        self._wrong = confident_mistakes(t, scores)
        correct = int(np.trace(self.confusion))
        errors = n - correct
        accuracy = 100.0 * correct / n if n else float("nan")
        if step == 0:
            self._set_caption(lambda: self.tr("Test set with the initial random weights: accuracy {0:.1f}% "
                                              "({1} errors of {2})").format(accuracy, errors, n))
        elif running:
            self._set_caption(lambda: self.tr("Test set, network at step ≈{0} (training): accuracy {1:.1f}% "
                                              "({2} errors of {3})").format(step, accuracy, errors, n))
        else:
            self._set_caption(lambda: self.tr("Test set after step {0}: accuracy {1:.1f}% ({2} errors of {3})")
                              .format(step, accuracy, errors, n))
        self._fill_tables()
        self._fill_gallery()

    # -- showing -------------------------------------------------------------------------------
    def _class_names(self) -> tuple:
        return class_names(self.controller.dataset)

    def _fill_tables(self) -> None:
        cm = self.confusion
        if cm is None:
            return
        names = self._class_names()
        C = cm.shape[0]
        rows = cm.sum(axis=1)
        recall = per_class_accuracy(cm)
        self.matrix.setRowCount(C)
        self.matrix.setColumnCount(C)
        self.matrix.setVerticalHeaderLabels([" " + name + " " for name in names])
        self.matrix.setHorizontalHeaderLabels(list(names))
        for j, name in enumerate(names):
            self.matrix.horizontalHeaderItem(j).setToolTip(self.tr("Predicted: {0}").format(name))
            self.matrix.verticalHeaderItem(j).setToolTip(self.tr("True class: {0}").format(name))
        bold = self.matrix.font()
        bold.setBold(True)
        for i in range(C):
            for j in range(C):
                count = int(cm[i, j])
                share = count / rows[i] if rows[i] else 0.0
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i == j:
                    background = _blend(GREEN, 0.55 * share)
                    item.setFont(bold)
                    tip = self.tr("{0} of the {1} test images of {2} are read correctly ({3:.1f}%)")
                    item.setToolTip(tip.format(count, int(rows[i]), names[i], 100 * share))
                else:
                    # Full colour when 10% of the row goes to this wrong class; sqrt shows the small ones.
                    background = _blend(VERMILLION, 0.9 * min(1.0, math.sqrt(share / 0.10))) if count else \
                        QColor("#ffffff")
                    tip = self.tr("{0} test images of {1} read as {2} ({3:.1f}% of the {1}s). Click to see them.")
                    item.setToolTip(tip.format(count, names[i], names[j], 100 * share))
                item.setBackground(background)
                item.setForeground(_text_for(background) if count else QColor("#a0a0a0"))
                self.matrix.setItem(i, j, item)

        self.accuracy.setRowCount(C)
        self.accuracy.setColumnCount(1)
        self.accuracy.setHorizontalHeaderLabels([self.tr("correct")])
        for i in range(C):
            value = recall[i]
            if np.isnan(value):
                item = QTableWidgetItem("–")
                item.setToolTip(self.tr("No test images of {0}").format(names[i]))
                background = QColor("#ffffff")
            else:
                item = QTableWidgetItem(self.tr("{0:.1f} %").format(100 * value))
                tip = self.tr("{0}: {1} of {2} test images right ({3:.1f}%)")
                item.setToolTip(tip.format(names[i], int(cm[i, i]), int(rows[i]), 100 * value))
                # Full colour at 20% wrong: a fixed scale, so colours compare across runs.
                background = _blend(VERMILLION, 0.9 * min(1.0, (1.0 - value) / 0.20))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(background)
            item.setForeground(_text_for(background))
            item.setFont(bold)
            self.accuracy.setItem(i, 0, item)
        self.tables.widest = max(str(int(cm.max())), "000")
        self.tables.fit(force=True)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        if row == column or self._filter == (row, column):
            self.clear_filter()
        else:
            self.set_filter(row, column)

    def _fill_gallery(self) -> None:
        self._size_gallery()
        self.gallery.clear()
        self.gallery_indices = []
        if self._wrong is None:
            self._update_gallery_heading()
            return
        wrong = self._wrong
        if self._filter is not None:
            i, j = self._filter
            wrong = wrong[(self._t[wrong] == i) & (self._y[wrong] == j)]
        shown = wrong[:MAX_GALLERY]
        names = self._class_names()
        ds = self.controller.dataset
        side = int(round(math.sqrt(ds.x_test.shape[1])))
        probabilities = softmax(self._scores[shown].astype(np.float64)) if shown.size else None
        for k, index in enumerate(shown):
            index = int(index)
            true, said = int(self._t[index]), int(self._y[index])
            item = QListWidgetItem(_thumbnail(ds.x_test[index], side, self.gallery.iconSize().width()),
                                   self.tr("true {0} → {1}").format(names[true], names[said]))
            p = probabilities[k]
            tip = self.tr("Test image #{0}: labelled {1}. The network says {2} with probability {3:.1%}; "
                          "it gives {1} {4:.1%}. Click to open it in the Draw tab.")
            item.setToolTip(tip.format(index, names[true], names[said], p[said], p[true]))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.gallery.addItem(item)
            self.gallery_indices.append(index)
        self._update_gallery_heading(len(wrong))

    def _update_gallery_heading(self, total: int | None = None) -> None:
        self.show_all_button.setVisible(self._filter is not None)
        if self._wrong is None or total is None:
            self.gallery_heading.setText(self.tr("Mistakes on the test set"))
            return
        names = self._class_names()
        shown = len(self.gallery_indices)
        if self._filter is not None:
            i, j = self._filter
            text = self.tr("Mistakes: {0} read as {1} ({2} images)").format(names[i], names[j], total)
        elif total == 0:
            text = self.tr("Mistakes: none, every test image is read correctly")
        else:
            text = self.tr("Mistakes: {0} test images").format(total)
        if shown < total:
            text = sentences(text, self.tr("(the {0} the network is surest about)").format(shown))
        self.gallery_heading.setText(text)
