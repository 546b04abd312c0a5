"""InsideView: what the network has learned, and where it still goes wrong.

Four read-outs of the controller's network, kept up to date during training,
in three panels of their own that this view composes and feeds:

* ``WeightTilesPanel`` (``tiles.py``): the first layer's weights as images
  ("templates"), one tile per hidden unit;
* ``ConfusionPanel`` (``confusion.py``): the confusion matrix on the test set
  and the accuracy of each class; clicking a cell filters the gallery to that
  mix-up;
* ``MistakesGallery`` (``gallery.py``): the misclassified test images, the
  most confidently wrong first; clicking one emits ``digitChosen(index)`` (the
  main window opens it in the Draw tab).

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
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from engine import confident_mistakes, confusion_matrix, predict_scores

from ..common.engine_text import class_names
from ..common.fonts import set_font_px
from ..common.panel import Retranslating
from ..common.run_state import IDLE
from .confusion import ConfusionPanel
from .gallery import MAX_GALLERY, MistakesGallery
from .tiles import MAX_TILES, WeightTilesPanel

__all__ = ["InsideView", "MAX_TILES", "MAX_GALLERY", "TILES_S", "EVAL_S"]

TILES_S = 1.0  # redraw the weight tiles at most this often during training
EVAL_S = 0.5  # recompute the test-set read-outs at most this often


class _Content(QWidget):
    """The view's page inside its scroll area.

    Its word-wrapped labels give the layout a height-for-width, and
    QScrollArea then sizes the page to its *preferred* height for the width,
    which shows a scroll bar at any window size. Answering with the minimum
    height for the width instead lets the page fill the viewport and scroll
    only when the window is smaller than that (large presentation fonts in a
    small window). For the width: the captions wrap in large type, and with
    the plain minimum the tiles and the matrix were squeezed under them.
    """

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumSizeHint().height(), self.layout().minimumHeightForWidth(width))


class InsideView(Retranslating, QWidget):
    """Weight templates, confusion matrix, per-class accuracy and mistakes of the controller's network."""

    digitChosen = Signal(int)  # a test index, from a click on the gallery

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("insideView")
        self.controller = controller
        self.confusion: np.ndarray | None = None  # (C, C) int64, the last confusion matrix
        self._scale = 1.0
        self._t = None  # the true classes of the last test-set evaluation, or None
        self._caption_text = None  # () -> the caption over the read-outs
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
    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build(self) -> None:
        self.waiting = self._label("insideWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = self._label("insideCaption")

        self.weights = WeightTilesPanel()
        self.confusion_panel = ConfusionPanel()
        self.confusion_panel.cellChosen.connect(self._on_cell_clicked)
        self.mistakes = MistakesGallery()
        self.mistakes.digitChosen.connect(self.digitChosen)
        # The parts by the names the tests and the screenshots use.
        self.tiles_image, self.tiles_caption = self.weights.image, self.weights.caption
        self.matrix, self.accuracy, self.tables = (self.confusion_panel.matrix, self.confusion_panel.accuracy,
                                                   self.confusion_panel.tables)
        self.gallery, self.gallery_heading = self.mistakes.grid, self.mistakes.heading
        self.show_all_button = self.mistakes.show_all_button

        # Layout: caption; tiles | matrix + accuracy; gallery.
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.weights, 2)
        top.addWidget(self.confusion_panel, 3)

        self.content = _Content()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addLayout(top, 3)  # the matrix first: it is what a room reads from afar
        column.addWidget(self.mistakes, 1)

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
        """The view's own texts; each panel writes its read-outs again itself."""
        self.waiting.setText(self.tr("Waiting for the data…"))
        self.caption.setToolTip(self.tr("Accuracy of the network on the 10,000 test images, which it never "
                                        "trains on"))
        self.caption.setText(self._caption_text() if self._caption_text is not None else "")

    # -- presentation -------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        """Scale fonts, table cells and thumbnails: 1.0 normal, up to 2.0 for a projector."""
        self._scale = min(max(float(scale), 0.5), 2.0)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        s = self._scale
        set_font_px(self.waiting, 24 * s, bold=True)
        set_font_px(self.caption, 21 * s, bold=True)
        for panel in (self.weights, self.confusion_panel, self.mistakes):
            panel.set_font_scale(s)

    # -- public ---------------------------------------------------------------------------
    @property
    def tiles(self) -> np.ndarray | None:
        """The last weight_tiles image, (rows_px, cols_px), or None."""
        return self.weights.tiles

    @property
    def gallery_indices(self) -> list[int]:
        """Test indices shown in the gallery, in order."""
        return self.mistakes.indices

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
        self.mistakes.clear_filter()

    def set_filter(self, true_class: int, predicted: int) -> None:
        """Let the gallery show only images of ``true_class`` read as ``predicted``."""
        self.mistakes.set_filter(true_class, predicted)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        if row == column or self.mistakes.filter == (row, column):
            self.clear_filter()
        else:
            self.set_filter(row, column)

    # -- controller signals ----------------------------------------------------------------
    def _on_progress(self, reports) -> None:
        self._schedule(self._tiles_timer, self._last_tiles, TILES_S)
        if any(r.evaluated for r in reports):
            self._schedule(self._eval_timer, self._last_eval, EVAL_S)

    def _on_run_finished(self, _report) -> None:
        self._refresh_now_or_later()

    def _on_network_reset(self, _reason) -> None:
        self.mistakes.filter = None
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
        self.weights.show_weights(net.params["W1"])

    def _set_caption(self, text) -> None:
        self._caption_text = text
        self.caption.setText(text())

    def _refresh_evaluation(self, net) -> None:
        self._last_eval = time.monotonic()
        ds = self.controller.dataset
        names = class_names(ds)
        running = self.controller.state != IDLE
        step = self.controller.total_step
        scores = predict_scores(net, ds.x_test)
        n = scores.shape[0]
        if not np.isfinite(scores).all():
            self._t = None
            self.confusion = None
            self.confusion_panel.clear()
            self.mistakes.clear_mistakes(names)
            self._set_caption(lambda: self.tr("After step {0} the network's outputs are not finite (the run "
                                              "diverged): press Reset for new weights.").format(step))
            return
        t = np.asarray(ds.t_test)
        y = np.argmax(scores, axis=1)
        self._t = t
        self.confusion = confusion_matrix(t, y, len(ds.class_names))
        correct = int(np.trace(self.confusion))
        errors = n - correct
        accuracy = 100.0 * correct / n if n else float("nan")
        loaded = self.controller.loaded_from()
        if step == 0 and loaded is not None:
            self._set_caption(lambda: self.tr("Test set with the weights loaded from {3}: accuracy {0:.1f}% "
                                              "({1} errors of {2})").format(accuracy, errors, n, loaded))
        elif step == 0 and not self.controller.has_new_weights():
            self._set_caption(lambda: self.tr("Test set with the weights of the opened session: accuracy {0:.1f}% "
                                              "({1} errors of {2})").format(accuracy, errors, n))
        elif step == 0:
            self._set_caption(lambda: self.tr("Test set with the initial random weights: accuracy {0:.1f}% "
                                              "({1} errors of {2})").format(accuracy, errors, n))
        elif loaded is not None and not running:
            self._set_caption(lambda: self.tr("Test set after {0} steps of training on the weights loaded from {4}: "
                                              "accuracy {1:.1f}% ({2} errors of {3})")
                              .format(step, accuracy, errors, n, loaded))
        elif running:
            self._set_caption(lambda: self.tr("Test set, network at step ≈{0} (training): accuracy {1:.1f}% "
                                              "({2} errors of {3})").format(step, accuracy, errors, n))
        else:
            self._set_caption(lambda: self.tr("Test set after step {0}: accuracy {1:.1f}% ({2} errors of {3})")
                              .format(step, accuracy, errors, n))
        self.confusion_panel.show_confusion(self.confusion, names)
        self.mistakes.set_mistakes(confident_mistakes(t, scores), t, y, scores, ds.x_test, names)
