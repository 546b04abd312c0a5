"""DrawTab: draw a digit and watch the network read it, live.

The tab composes a ``DrawingCanvas``, its tools, and a ``PredictionPanel``.
Each change of the drawing schedules one prediction: a single-shot timer of
``PREDICT_DELAY_MS`` starts on the first change and is *not* restarted by
later ones, so while a stroke is being drawn the guess updates about 30 times
a second, and a burst of mouse moves costs one prediction. One prediction
(image -> preprocess -> predict -> softmax) takes about a millisecond
(``benchmarks/bench_predict.py``).

Which network predicts (the ``modelInUse`` label always says) is
``PredictingNetwork``'s choice (``model.py``): the bundled pre-trained model
until the learner's own network has something to show, then a copy of it,
refreshed as it trains.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from engine import EmptyDrawingError, classify, image_side

from ..common.available_width import AvailableWidth
from ..common.engine_text import class_names
from ..common.fonts import set_font_px
from ..common.palette import colours
from ..common.panel import Retranslating
from ..common.text import sentences
from .canvas import DEFAULT_PEN_WIDTH, DrawingCanvas, canvas_pixels
from .familiar import FamiliarityCheck
from .model import PredictingNetwork
from .source_switch import SourceSwitch
from .prediction import PredictionPanel

__all__ = ["DrawTab", "PREDICT_DELAY_MS"]

PREDICT_DELAY_MS = 33  # at most ~30 predictions a second while drawing
MISCLASSIFIED_TRIES = 50  # candidates checked through the canvas before giving up


_GAP = {"wide": 24, "stacked": 12, "column": 12}  # between the canvas and the guess, per arrangement


class DrawTab(Retranslating, QWidget):
    """Canvas, tools, and the live prediction of the controller's (or the pre-trained) network."""

    def __init__(self, controller, parent: QWidget | None = None, *, seed: int = 0, pretrained=...):
        """``pretrained``: a network to use instead of the bundled one, or None for none (tests)."""
        super().__init__(parent)
        self.setObjectName("drawTab")
        self.controller = controller
        self._rng = np.random.default_rng(seed)
        self.model = PredictingNetwork(controller, pretrained, self)
        self.familiar = FamiliarityCheck(self)  # is the drawing like the training digits?
        self.familiar.ready.connect(self.predict_now)
        self._net = None  # the model's network as of its last change
        self._test_pred = None  # (model version, predictions on the test set)
        self._loaded_index = None  # test image on the canvas, untouched since it was loaded
        self._setting_image = False
        self._true_text = None  # (() -> text, colour role) of the true-label line
        self._pending = None  # () -> text: the controls describe another network than "my network"

        self._build()
        self._predict_timer = QTimer(self)
        self._predict_timer.setSingleShot(True)
        self._predict_timer.setInterval(PREDICT_DELAY_MS)
        self._predict_timer.timeout.connect(self.predict_now)

        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.undoAvailable.connect(self.undo_button.setEnabled)
        self.model.changed.connect(self._on_model_changed)
        self.retranslate()
        self.refresh_model()

    # -- construction -----------------------------------------------------------------
    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setMinimumHeight(36)
        set_font_px(button, 15)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.model_label = QLabel()
        self.model_label.setObjectName("modelInUse")
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_font_px(self.model_label, 16)

        self.canvas = DrawingCanvas()
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setObjectName("penWidth")
        self.pen_slider.setRange(6, 40)
        self.pen_slider.setValue(int(DEFAULT_PEN_WIDTH))
        self.pen_slider.valueChanged.connect(self._on_pen_width)
        self.pen_label = QLabel()
        self.pen_label.setObjectName("penWidthLabel")
        set_font_px(self.pen_label, 15)
        self.pen_fit = QCheckBox(objectName="penFitsDrawing")
        self.pen_fit.setChecked(self.canvas.fits_pen())
        set_font_px(self.pen_fit, 15)
        self.pen_fit.toggled.connect(self.canvas.set_fit_pen)
        self._on_pen_width(self.pen_slider.value())
        self.undo_button = self._button("undoButton", self.canvas.undo)
        self.undo_button.setEnabled(False)
        self.clear_button = self._button("clearButton", self.canvas.clear)
        self.load_test_button = self._button("loadTestButton", self.load_test_image)
        self.load_wrong_button = self._button("loadMisclassifiedButton", self.load_misclassified)
        self.true_label = QLabel()
        self.true_label.setObjectName("trueLabel")
        self.true_label.setWordWrap(True)
        set_font_px(self.true_label, 18, bold=True)

        tools = QHBoxLayout()
        self.pen_title = pen_title = QLabel()
        set_font_px(pen_title, 15)
        tools.addWidget(pen_title)
        tools.addWidget(self.pen_slider, 1)
        tools.addWidget(self.pen_label)
        tools.addSpacing(8)
        tools.addWidget(self.pen_fit)
        self.pen_slider.setMinimumWidth(90)
        self.pen_label.setMinimumWidth(self.pen_label.fontMetrics().horizontalAdvance("40 → 40 px"))
        edits = QHBoxLayout()
        edits.addWidget(self.undo_button)
        edits.addWidget(self.clear_button)
        self._loads = loads = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one over the other when narrow
        loads.addWidget(self.load_test_button)
        loads.addWidget(self.load_wrong_button)
        self._left = left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addLayout(tools)
        left.addLayout(edits)
        left.addLayout(loads)
        left.addWidget(self.true_label)
        left.addStretch(0)  # takes the spare height once the columns stack (see _arrange)

        self.panel = PredictionPanel()
        self.source_switch = SourceSwitch(self.model)
        self._header = header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addWidget(self.source_switch)
        header.addWidget(self.model_label, 1)
        grid = QGridLayout(self)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.setColumnStretch(0, 5)
        self.arrangement = None
        self._place("wide")
        self._available = AvailableWidth(self, self._arrange)

        # Shortcuts anywhere in the tab (the canvas handles them itself when focused).
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.canvas.undo),
                           (QKeySequence(Qt.Key.Key_C), self.canvas.clear),
                           (QKeySequence(Qt.Key.Key_Delete), self.canvas.clear)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_true_label("")

    def retranslate(self) -> None:
        """Every text in the current language; the prediction and the verdict are made again."""
        self.model_label.setToolTip(self.tr("Which network is reading the drawing"))
        self.pen_slider.setToolTip(self.tr("Pen width for the next stroke, in pixels of the {0} × {0} canvas")
                                   .format(self.canvas.resolution))
        self.pen_title.setText(self.tr("Pen"))
        self.pen_fit.setText(self.tr("Fit to size"))
        self.pen_fit.setToolTip(self.tr("Draw a small digit with a thinner pen, in proportion to its size,\n"
                                        "so it does not become a blob when it is enlarged to 20 × 20 pixels\n"
                                        "as MNIST digits were. The width used now is shown beside the slider."))
        self.pen_label.setToolTip(self.tr("Pen width as set → the width used now for this drawing's size"))
        for button, text, tip in (
            (self.undo_button, self.tr("Undo"), self.tr("Take back the last stroke (Ctrl+Z)")),
            (self.clear_button, self.tr("Clear"), self.tr("Erase the drawing (C or Delete)")),
            (self.load_test_button, self.tr("Load a test image"),
             self.tr("Put a random test image on the canvas, with its true label")),
            (self.load_wrong_button, self.tr("Load a misclassified one"),
             self.tr("Put a random test image that the network predicting now gets wrong on the canvas")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.true_label.setToolTip(self.tr("The true label of the test image on the canvas"))
        if self._true_text is not None:
            self._set_true_label(*self._true_text)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)  # Retranslating: retranslate() on a language change
        if not hasattr(self, "_predict_timer"):
            return
        if event.type() == QEvent.Type.LanguageChange:
            self.predict_now()  # the prompt or the class names, in the new language
            self._update_model_label()
        elif event.type() == QEvent.Type.PaletteChange and self._true_text is not None:
            self._set_true_label(*self._true_text)  # its colour, for the new background

    def _arrange(self, width: int) -> None:
        """Fit the tab to the width it is given (a projector's 1024 px, presentation mode):
        'wide': canvas | guess | what the network sees; 'stacked': canvas | the guess over what
        it sees; 'column': everything under the canvas. Never a sideways scroll bar."""
        # Room for the widest pen read-out in the type of now (presentation mode scales it later).
        self.pen_label.setMinimumWidth(self.pen_label.fontMetrics().horizontalAdvance("40 → 40 px"))
        margins = self.layout().contentsMargins()
        side = margins.left() + margins.right()
        # The model's name beside the switch only while it keeps ~45% of the width: squeezed
        # narrower it wrapped into a tall column of words above the canvas.
        beside = width - side - self.source_switch.minimumSizeHint().width() - 12
        self._header.setDirection(QBoxLayout.Direction.LeftToRight if beside >= 0.45 * width
                                  else QBoxLayout.Direction.TopToBottom)
        # The canvas column's least width with the two Load buttons side by side, and one over the other.
        buttons = [b.minimumSizeHint().width() for b in (self.load_test_button, self.load_wrong_button)]
        rest = max(self._left.itemAt(i).minimumSize().width() for i in range(self._left.count())
                   if self._left.itemAt(i).layout() is not self._loads)
        in_a_row = side + max(rest, sum(buttons) + self._loads.spacing())
        one_over_other = side + max(rest, *buttons)
        if width >= in_a_row + _GAP["wide"] + self.panel.side_by_side_width():
            self._place("wide")
        elif width >= one_over_other + _GAP["stacked"] + self.panel.stacked_width():
            self._place("stacked")
        else:
            self._place("column")

    def _place(self, arrangement: str) -> None:
        if arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        grid = self.layout()
        grid.removeWidget(self.panel)
        if arrangement == "column":
            grid.addWidget(self.panel, 2, 0)
        else:
            grid.addWidget(self.panel, 1, 1)
        grid.setColumnStretch(1, 0 if arrangement == "column" else 6)
        grid.setHorizontalSpacing(_GAP[arrangement])
        grid.setRowStretch(1, 1 if arrangement == "wide" else 0)
        grid.setRowStretch(2, 1 if arrangement == "column" else 0)
        # Side by side the canvas takes the row's height (the largest square that fits);
        # stacked, the row is as tall as the guess and what it sees, and the canvas stays on top.
        self._left.setStretch(0, 1 if arrangement == "wide" else 0)
        self._left.setStretch(self._left.count() - 1, 0 if arrangement == "wide" else 1)
        self.panel.set_stacked(arrangement != "wide")
        self._loads.setDirection(QBoxLayout.Direction.LeftToRight if arrangement == "wide"
                                 else QBoxLayout.Direction.TopToBottom)

    # -- the predicting network ---------------------------------------------------------
    def refresh_model(self) -> None:
        """Choose the predicting network and copy fresh parameters; predict again."""
        self.model.refresh()

    def _on_model_changed(self) -> None:
        self._net = self.model.network()
        self._update_model_label()
        self._update_buttons()
        self.predict_now()

    def set_pending_note(self, text) -> None:
        """``text``: a callable saying the controls describe another network than this one (None: they do not)."""
        self._pending = text
        self._update_model_label()

    def _update_model_label(self) -> None:
        text = self.model.describe()
        if self._pending is not None and self.model.source() == "own":
            text = sentences(text, self._pending())
        self.model_label.setText(text)
        self.source_switch.update_state()

    def model_source(self) -> str | None:
        """'pretrained', 'own', or None (no network to predict with)."""
        return self.model.source()

    def network(self):
        """The tab's predicting network (its own object; not the controller's)."""
        return self.model.network()

    # -- prediction ----------------------------------------------------------------------
    def _on_canvas_changed(self) -> None:
        self._show_pen_width()
        if not self._setting_image and self._loaded_index is not None:
            self._loaded_index = None  # drawn on, undone or cleared: no longer the test image
            self._set_true_label("")
        if not self._predict_timer.isActive():
            self._predict_timer.start()

    def _class_names(self) -> tuple:
        ds = self.controller.dataset
        if ds is not None:
            return class_names(ds)
        n = self._net.sizes[-1] if self._net is not None else 10
        return tuple(str(i) for i in range(n))

    def predict_now(self) -> None:
        """Classify the canvas now (the timer calls this)."""
        self._predict_timer.stop()
        if self._net is None:
            self.panel.show_prompt(self.tr("No network yet"), self.tr("The data set is still loading."))
            return
        try:
            probs, stages = classify(self._net, self.canvas.image())
        except EmptyDrawingError:
            digits = self._class_names()[0] == "0"
            self.panel.show_prompt(self.tr("Draw a digit") if digits else self.tr("Draw something"),
                                   self.panel.default_detail())
            return
        self.panel.show_prediction(probs, stages, self._class_names())
        self.familiar.follow(self.controller.dataset)
        names = self._class_names()
        self.panel.note.show_verdict(self.familiar.verdict(stages.centred), len(names), names[0] == "0")
        if self._loaded_index is not None:
            self._show_verdict()

    # -- test images -----------------------------------------------------------------------
    def show_test_digit(self, index: int) -> None:
        """Put test image ``index`` of the controller's data set on the canvas, with its label.

        For a "misclassified" gallery elsewhere: ``draw_tab.show_test_digit(i)``.
        """
        ds = self.controller.dataset
        if ds is None:
            self._set_true_label(lambda: self.tr("The data set is still loading."))
            return
        index = int(index)
        if not 0 <= index < len(ds.t_test):
            raise IndexError(f"test image {index} out of range 0..{len(ds.t_test) - 1}")
        side = image_side(ds.x_test.shape[1])
        self._setting_image = True
        try:
            self.canvas.set_image(ds.x_test[index].reshape(side, side))
        finally:
            self._setting_image = False
        self._loaded_index = index
        self.predict_now()
        if self._net is None:
            self._show_verdict()

    def loaded_index(self) -> int | None:
        """The test image on the canvas (None once drawn on, cleared or undone)."""
        return self._loaded_index

    def load_test_image(self) -> None:
        ds = self.controller.dataset
        if ds is None:
            return
        self.show_test_digit(int(self._rng.integers(len(ds.t_test))))

    def _test_predictions(self) -> np.ndarray:
        """Predicted classes of the whole test set under the predicting network (cached)."""
        if self._test_pred is None or self._test_pred[0] != self.model.version:
            x = self.controller.dataset.x_test
            pred = np.concatenate([np.argmax(self._net.predict(x[i:i + 2000]), axis=1)
                                   for i in range(0, len(x), 2000)])
            self._test_pred = (self.model.version, pred)
        return self._test_pred[1]

    def load_misclassified(self) -> None:
        """A random test image the predicting network gets wrong, as drawn on the canvas."""
        ds = self.controller.dataset
        if ds is None or self._net is None:
            return
        wrong = np.flatnonzero(self._test_predictions() != ds.t_test)
        if wrong.size == 0:
            n = len(ds.t_test)
            self._set_true_label(lambda: self.tr("This network gets all {0:,} test images right: "
                                                 "none misclassified to show.").format(n))
            return
        # The canvas shows the image after a round trip (upscale, then MNIST
        # preprocessing again); pick one the network also gets wrong that way.
        side = image_side(ds.x_test.shape[1])
        candidates = self._rng.permutation(wrong)
        for index in candidates[:MISCLASSIFIED_TRIES]:
            pixels = canvas_pixels(ds.x_test[index].reshape(side, side), self.canvas.resolution)
            try:
                probs, _ = classify(self._net, pixels)
            except EmptyDrawingError:
                continue
            if int(np.argmax(probs)) != int(ds.t_test[index]):
                self.show_test_digit(int(index))
                return
        self.show_test_digit(int(candidates[0]))
        verdict, colour = self._true_text
        self._set_true_label(lambda: sentences(verdict(), self.tr("(It misreads the original {0} × {0} image, "
                                                                  "not this copy: the canvas prepares it again.)")
                                               .format(side)), colour)

    def _show_verdict(self) -> None:
        ds = self.controller.dataset
        index = self._loaded_index
        if ds is None or index is None:
            return
        truth = int(ds.t_test[index])
        guess = self.panel.predicted_index()

        def text():
            names = self._class_names()
            head = self.tr("Test image #{0:,}: true label {1}").format(index, names[truth])
            if guess is None:
                return head
            if guess == truth:
                return self.tr("{0}. The network is right.").format(head)
            return self.tr("{0}. The network says {1}: wrong.").format(head, names[guess])

        colour = "text" if guess is None else "good" if guess == truth else "bad"
        self._set_true_label(text, colour)

    def _set_true_label(self, text, colour: str = "text") -> None:
        """``text``: a string or a callable making it (made again after a language change);
        ``colour``: the palette's role for it ('text', 'good', 'bad'), taken again on a theme change."""
        make = text if callable(text) else (lambda: text)
        self._true_text = (make, colour)
        self.true_label.setText(make())
        self.true_label.setStyleSheet(f"color: {getattr(colours(self), colour)};")

    # -- tools -----------------------------------------------------------------------------
    def _on_pen_width(self, value: int) -> None:
        self.canvas.set_pen_width(value)
        self._show_pen_width()

    def _show_pen_width(self) -> None:
        """'18 px', or '18 → 6 px' while a small drawing is drawn with a thinner pen."""
        value, used = self.pen_slider.value(), self.canvas.pen_width_used()
        self.pen_label.setText(f"{value} px" if round(used) == value else f"{value} → {used:.0f} px")

    def _update_buttons(self) -> None:
        ready = self.controller.dataset is not None
        self.load_test_button.setEnabled(ready)
        self.load_wrong_button.setEnabled(ready and self._net is not None)
