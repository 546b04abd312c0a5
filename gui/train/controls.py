"""The hyperparameter panel: every field of ``engine.TrainConfig`` as a control.

``ControlsPanel`` shows a TrainConfig as widgets and builds one back from them.
The engine's own validation is the only judge: on every edit the panel builds a
TrainConfig inside try/except, shows the engine's ValueError message in red and
outlines the control it names. Numbers round-trip exactly (``set_config`` then
``config`` returns an equal TrainConfig): floats are shown in Python's shortest
exact form, never rounded to a fixed number of decimals.

While a run trains, only the learning rate stays live (``set_running``): the
running network cannot change shape, but the optimizer can take a new step size.

Texts: every label, item and tooltip is set in ``retranslate`` (at start and on
each LanguageChange); the engine's validation message is shown translated
(``engine_text.config_error_text``) while ``error_text`` keeps the engine's own.
"""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from engine import BUGS, LIMITS, TrainConfig

from ..common.engine_text import bug_explanation, bug_title, config_error_text
from ..common.number_box import NumberBox, format_number, one_two_five
from ..common.panel import Retranslating

__all__ = ["ControlsPanel"]

ERROR_COLOR = "#d32f2f"  # red that reads on light and dark palettes alike
LR_STEPS_PER_DECADE = 20  # slider notches of 0.05 in log10(lr)
LR_SLIDER_RANGE = (-4.0, math.log10(LIMITS["lr"][1]))  # 1e-4 .. 100: far right diverges
FULL_TRAIN_SET = 60000  # MNIST and Fashion-MNIST; converts steps <-> epochs
BOOK_STD = 0.01
LOCKED_NOTE = QT_TRANSLATE_NOOP("ControlsPanel", "Locked while a training runs: stop it to change this.")

# Source texts (English); shown through self.tr. The optimizers keep the book's names.
OPTIMIZER_LABELS = {
    "sgd": ("SGD", QT_TRANSLATE_NOOP("ControlsPanel",
                                     "Plain gradient descent, W ← W − lr·dW (the book's chapter 5).")),
    "momentum": ("Momentum", QT_TRANSLATE_NOOP("ControlsPanel",
                                               "Gradient descent with a velocity that keeps rolling downhill.")),
    "adagrad": ("AdaGrad", QT_TRANSLATE_NOOP("ControlsPanel",
                                             "Shrinks each parameter's step as its squared gradients add up.")),
    "adam": ("Adam", QT_TRANSLATE_NOOP("ControlsPanel",
                                       "Momentum plus per-parameter step sizes; forgiving about the learning rate.")),
}
INIT_ITEMS = (  # (label, value, item tooltip); value None = the custom std box
    (QT_TRANSLATE_NOOP("ControlsPanel", "std 0.01 (the book)"), BOOK_STD,
     QT_TRANSLATE_NOOP("ControlsPanel", "Gaussian weights with std 0.01, as in the book's TwoLayerNet.")),
    ("He (√(2/n))", "he",
     QT_TRANSLATE_NOOP("ControlsPanel",
                       "Std √(2/n) for n inputs: keeps ReLU activations from dying out with depth.")),
    ("Xavier (√(1/n))", "xavier",
     QT_TRANSLATE_NOOP("ControlsPanel", "Std √(1/n) for n inputs: suits Sigmoid layers.")),
    (QT_TRANSLATE_NOOP("ControlsPanel", "custom std"), None,
     QT_TRANSLATE_NOOP("ControlsPanel", "Gaussian weights with the std typed in the box at the right.")),
)
# First word of an engine ValueError -> objectName of the control to outline.
FIELD_WIDGETS = {
    "hidden_sizes": "hiddenSizes", "hidden_size": "hiddenSizes", "activation": "activation",
    "weight_init": "weightInit", "weight_init_std": "weightInitStd", "optimizer": "optimizer",
    "lr": "learningRate", "batch_size": "batchSize", "steps": "length", "epochs": "length",
    "give": "length", "eval_every": "evalEvery", "seed": "seed", "weight_decay": "weightDecay",
    "train_size": "trainSize", "augment": "augment", "bug": "plantedBug",
}


class ControlsPanel(Retranslating, QWidget):
    """Hyperparameter controls <-> ``engine.TrainConfig``.

    Signals: ``configChanged`` on any edit; ``validityChanged(bool)`` when the
    controls turn valid or invalid; ``learningRateChanged(float)`` when the
    learning rate is committed to a new valid value (slider moved, or Enter /
    leaving the box), so a running training can adopt it.
    """

    configChanged = Signal()
    validityChanged = Signal(bool)
    learningRateChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controlsPanel")
        self._updating = False  # set_config in progress: no per-widget signals
        self._running = False
        self._error = ""
        self._error_widget = None
        self._tooltips = {}  # widget -> its tooltip when enabled and valid
        self._steps = TrainConfig().steps  # length in the unit not shown ...
        self._epochs = TrainConfig().epochs  # ... so set_config/config round-trips
        self._dtype = TrainConfig().dtype  # not shown, but kept
        self._last_lr = TrainConfig().lr

        self._labels = []  # (QLabel or QGroupBox, source text) set by retranslate
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_network())
        layout.addWidget(self._build_training())
        layout.addWidget(self._build_advanced())
        self._error_label = QLabel(objectName="configError", wordWrap=True)
        self._error_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self._error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error_label.hide()
        layout.addWidget(self._error_label)
        restore = QPushButton(objectName="restoreDefaults")
        restore.clicked.connect(self.restore_defaults)
        layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._restore = restore

        self.retranslate()
        self.set_config(TrainConfig())
        self._connect_edits()

    # -- building ------------------------------------------------------------
    def _tip(self, widget, text):
        self._tooltips[widget] = text
        widget.setToolTip(text)

    def _form(self, group):
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _add_row(self, form, text, field):
        """A form row whose label says ``text`` (an English source, translated in retranslate)."""
        label = QLabel()
        label.setBuddy(field)
        self._labels.append((label, text))
        form.addRow(label, field)

    def _group(self, name, text):
        group = QGroupBox(objectName=name)
        self._labels.append((group, text))
        return group

    @staticmethod
    def _row(*widgets, stretch=None):
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for i, w in enumerate(widgets):
            box.addWidget(w, 1 if i == stretch else 0)
        return row

    def _build_network(self):
        group = self._group("networkGroup", QT_TRANSLATE_NOOP("ControlsPanel", "Network"))
        form = self._form(group)
        self.hidden = QLineEdit(objectName="hiddenSizes")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Hidden layers"), self.hidden)

        self.activation = QComboBox(objectName="activation")
        self.activation.addItem("ReLU", "relu")
        self.activation.addItem("Sigmoid", "sigmoid")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Activation"), self.activation)

        self.init = QComboBox(objectName="weightInit")
        for label, value, _tip in INIT_ITEMS:
            self.init.addItem(label, value)
        lo, hi = LIMITS["weight_init_std"]
        self.init_std = NumberBox(lo, hi, ladder=True, objectName="weightInitStd")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Initial weights"),
                      self._row(self.init, self.init_std, stretch=0))
        return group

    def _build_training(self):
        group = self._group("trainingGroup", QT_TRANSLATE_NOOP("ControlsPanel", "Training"))
        form = self._form(group)
        self.optimizer = QComboBox(objectName="optimizer")
        for name, (label, _tip) in OPTIMIZER_LABELS.items():
            self.optimizer.addItem(label, name)
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Optimizer"), self.optimizer)

        smin, smax = (round(x * LR_STEPS_PER_DECADE) for x in LR_SLIDER_RANGE)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="learningRateSlider")
        self.lr_slider.setRange(smin, smax)
        self.lr_slider.setPageStep(LR_STEPS_PER_DECADE)
        self.lr_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.lr_slider.setTickInterval(LR_STEPS_PER_DECADE)  # a tick per power of ten
        self.lr_slider.setMinimumWidth(120)
        self.lr_box = QLineEdit(objectName="learningRate")
        self.lr_box.setMaxLength(24)
        self.lr_box.setMinimumWidth(self.lr_box.fontMetrics().horizontalAdvance("0.00000") + 16)
        self.lr_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.lr_box.installEventFilter(self)
        row = QWidget(objectName="learningRateRow")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lr_slider, 2)  # the slider gets most of the width
        box.addWidget(self.lr_box, 1)
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Learning rate"), row)

        lo, hi = LIMITS["batch_size"]
        self.batch = NumberBox(lo, hi, integer=True, ladder=True, objectName="batchSize")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Batch size"), self.batch)

        self.unit = QComboBox(objectName="lengthUnit")
        self.unit.addItem("", "steps")
        self.unit.addItem("", "epochs")
        self.length = NumberBox(1, 1, integer=True, ladder=True, objectName="length")
        self._set_length_unit("steps")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Train for"),
                      self._row(self.length, self.unit, stretch=0))

        lo, hi = LIMITS["eval_every"]
        self.eval_every = NumberBox(0, hi, integer=True, ladder=True, ladder_from=10,
                                    special="each epoch", objectName="evalEvery")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Evaluate every"), self.eval_every)

        lo, hi = LIMITS["seed"]
        self.seed = NumberBox(lo, hi, integer=True, objectName="seed")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Seed"), self.seed)
        return group

    def _build_advanced(self):
        group = self._group("advancedGroup", QT_TRANSLATE_NOOP("ControlsPanel", "Advanced"))
        form = self._form(group)
        lo, hi = LIMITS["weight_decay"]
        self.decay = NumberBox(lo, hi, ladder=True, ladder_from=1e-4, objectName="weightDecay")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Weight decay λ"), self.decay)

        lo, hi = LIMITS["train_size"]
        self.train_size = NumberBox(0, hi, integer=True, ladder=True, ladder_from=100,
                                    special="all", objectName="trainSize")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Training images"), self.train_size)

        self.augment = QCheckBox(objectName="augment")
        form.addRow(self.augment)

        self.bug = QComboBox(objectName="plantedBug")
        self.bug.addItem("", None)
        for name in BUGS:
            self.bug.addItem("", name)
        self.bug.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bug.setMinimumContentsLength(16)  # long titles elide here; the popup shows them whole
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Planted bug"), self.bug)
        self._bug_hint = QLabel(objectName="bugHint", wordWrap=True)
        self._bug_hint.hide()
        form.addRow(self._bug_hint)
        return group

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        """Every label, item text and tooltip in the current language."""
        for widget, text in self._labels:
            if isinstance(widget, QGroupBox):
                widget.setTitle(self.tr(text))
            else:
                widget.setText(self.tr(text))
        lo, hi = LIMITS["hidden_size"]
        nlo, nhi = LIMITS["hidden_layers"]
        self.hidden.setPlaceholderText(self.tr("e.g. 50 or 100, 100"))
        self._tip(self.hidden, self.tr(
            "Widths of the hidden layers, separated by commas: '50' is the book's two-layer net "
            "(784 → 50 → 10), '100, 100' adds a second hidden layer. {0} to {1} layers of {2} to {3} units.")
            .format(nlo, nhi, lo, hi))
        self._tip(self.activation, self.tr("The activation after each hidden Affine layer: ReLU "
                                           "(the book's chapter 5 net) or Sigmoid."))
        for i, (label, _value, tip) in enumerate(INIT_ITEMS):
            self.init.setItemText(i, self.tr(label))
            self.init.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self._tip(self.init, self.tr("How the initial weights are drawn: std 0.01 as in the book, He "
                                     "(suits ReLU), Xavier (suits Sigmoid), or a std of your own."))
        lo, hi = LIMITS["weight_init_std"]
        self._tip(self.init_std, self.tr("The std of the initial weights for 'custom std' ({0:g} to {1:g}); "
                                         "the arrows step 0.01, 0.02, 0.05, 0.1 … Try 1 with Sigmoid "
                                         "to watch the units saturate.").format(lo, hi))
        for i, (_label, tip) in enumerate(OPTIMIZER_LABELS.values()):
            self.optimizer.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self._tip(self.optimizer, self.tr("How gradients update the parameters: SGD (the book's chapter 5), "
                                          "Momentum, AdaGrad or Adam."))
        lo, hi = LIMITS["lr"]
        self._tip(self.lr_slider, self.tr("The learning rate on a log scale, one tick per power of ten from "
                                          "{0:g} to {1:g}. Far right makes training diverge. A running training "
                                          "takes the new value at once.").format(10 ** LR_SLIDER_RANGE[0],
                                                                                 10 ** LR_SLIDER_RANGE[1]))
        self._tip(self.lr_box, self.tr("The learning rate: the size of each update step ({0:g} to {1:g}). "
                                       "Type an exact value and press Enter, or use ↑/↓ to step like the "
                                       "slider. A running training takes the new value at once.").format(lo, hi))
        lo, hi = LIMITS["batch_size"]
        self._tip(self.batch, self.tr("Training images per mini-batch: each update averages the gradient "
                                      "over this many ({0} to {1}; the book uses 100).").format(lo, hi))
        self.unit.setItemText(0, self.tr("steps"))
        self.unit.setItemText(1, self.tr("epochs"))
        self._tip(self.unit, self.tr("Count the training length in steps (mini-batch updates) or in epochs "
                                     "(passes over the training set); switching converts the number."))
        self._set_length_unit(self.unit.currentData())
        self.eval_every.setSpecialValueText(self.tr("each epoch"))
        self._tip(self.eval_every, self.tr("How often to measure train and test accuracy, in steps; "
                                           "'each epoch' measures once per pass over the data, as in the book."))
        lo, hi = LIMITS["seed"]
        self._tip(self.seed, self.tr("Random seed for the initial weights and the mini-batch order "
                                     "({0} to {1}): the same seed repeats a run exactly.").format(lo, hi))
        lo, hi = LIMITS["weight_decay"]
        self._tip(self.decay, self.tr("L2 weight decay λ ({0:g} to {1:g}; 0 is off): adds λ/2·ΣW² to the "
                                      "loss, which shrinks the weights and fights overfitting.").format(lo, hi))
        lo, hi = LIMITS["train_size"]
        self.train_size.setSpecialValueText(self.tr("all"))
        self._tip(self.train_size, self.tr("Train on the first N images only ('all' uses all {0}); "
                                           "a few hundred images and a big net show overfitting.").format(hi))
        self.augment.setText(self.tr("Augment (shifts, rotations, thickness)"))
        self._tip(self.augment, self.tr("Randomly shift, rotate and thicken each training image, so the "
                                        "net learns digits the way people draw them."))
        self.bug.setItemText(0, self.tr("none"))
        for i in range(self.bug.count()):
            name = self.bug.itemData(i)
            if name is not None:
                self.bug.setItemText(i, bug_title(name))
            self.bug.setItemData(i, self._bug_tip(name), Qt.ItemDataRole.ToolTipRole)
        self.bug.view().setMinimumWidth(self.bug.view().sizeHintForColumn(0) + 24)
        self._restore.setText(self.tr("Restore defaults"))
        self._tip(self._restore, self.tr("Reset every control to the book's chapter 5 run "
                                         "(two-layer ReLU net, SGD, lr 0.1, batch 100, 10000 steps)."))
        self._update_bug_hint()
        self._show_error()
        self._update_enabled()

    def _bug_tip(self, name):
        if name is None:
            return self.tr("Plant a classic backprop mistake for the gradient-check lab; "
                           "'none' keeps every layer correct.")
        bug = BUGS[name]
        tip = self.tr("Planted bug: {0}.\n{1}\nCorrupts: {2}.").format(
            bug_title(name), bug_explanation(name), ", ".join(bug.affects))
        if bug.needs_activation:
            tip += "\n" + self.tr("Only shows in a net with {0} activation.").format(
                "ReLU" if bug.needs_activation == "relu" else "Sigmoid")
        return tip

    def _connect_edits(self):
        for combo in (self.activation, self.init, self.optimizer, self.bug):
            combo.currentIndexChanged.connect(self._edited)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.hidden.textChanged.connect(self._edited)
        for box in (self.init_std, self.batch, self.eval_every, self.seed, self.decay, self.train_size):
            box.valueChanged.connect(self._edited)
        self.length.valueChanged.connect(self._length_edited)
        self.augment.toggled.connect(self._edited)
        self.lr_box.textChanged.connect(self._lr_typed)
        self.lr_box.editingFinished.connect(self._commit_lr)
        self.lr_slider.valueChanged.connect(self._lr_slid)

    # -- public API ----------------------------------------------------------
    def config(self) -> TrainConfig:
        """The TrainConfig the controls describe; ValueError (the engine's message) if invalid."""
        init = self.init.currentData()
        on_epochs = self.unit.currentData() == "epochs"
        return TrainConfig(
            hidden_sizes=self._hidden_sizes(),
            activation=self.activation.currentData(),
            weight_init=self.init_std.value() if init is None else init,
            optimizer=self.optimizer.currentData(),
            lr=self._lr_value(),
            batch_size=int(self.batch.value()),
            steps=self._steps,
            epochs=self._epochs if on_epochs else None,
            eval_every=int(self.eval_every.value()) or None,
            seed=int(self.seed.value()),
            weight_decay=self.decay.value(),
            train_size=int(self.train_size.value()) or None,
            augment=self.augment.isChecked(),
            dtype=self._dtype,
            bug=self.bug.currentData(),
        )

    def is_valid(self) -> bool:
        return not self._error

    def error_text(self) -> str:
        """The engine's message for the current invalid value, or '' when all is valid."""
        return self._error

    def set_config(self, cfg: TrainConfig) -> None:
        """Show ``cfg`` in every control; emits configChanged once."""
        self._updating = True
        blockers = [QSignalBlocker(w) for w in self._tooltips]
        try:
            self.hidden.setText(", ".join(str(s) for s in cfg.hidden_sizes))
            self.activation.setCurrentIndex(self.activation.findData(cfg.activation))
            if isinstance(cfg.weight_init, str):
                self.init.setCurrentIndex(self.init.findData(cfg.weight_init))
            else:
                custom = cfg.weight_init != BOOK_STD
                self.init.setCurrentIndex(len(INIT_ITEMS) - 1 if custom else 0)
                self.init_std.setValue(cfg.weight_init)
            self.optimizer.setCurrentIndex(self.optimizer.findData(cfg.optimizer))
            self.lr_box.setText(format_number(cfg.lr))
            self._sync_slider(cfg.lr)
            self.batch.setValue(cfg.batch_size)
            self._steps, self._epochs = cfg.steps, cfg.epochs
            unit = "epochs" if cfg.epochs is not None else "steps"
            self.unit.setCurrentIndex(self.unit.findData(unit))
            self._set_length_unit(unit)
            self.length.setValue(cfg.epochs if unit == "epochs" else cfg.steps)
            self.eval_every.setValue(cfg.eval_every or 0)
            self.seed.setValue(cfg.seed)
            self.decay.setValue(cfg.weight_decay)
            self.train_size.setValue(cfg.train_size or 0)
            self.augment.setChecked(cfg.augment)
            self.bug.setCurrentIndex(self.bug.findData(cfg.bug) if cfg.bug else 0)
            self._dtype = cfg.dtype
            self._last_lr = cfg.lr
        finally:
            for blocker in blockers:
                blocker.unblock()
            self._updating = False
        self._edited()

    def restore_defaults(self) -> None:
        """Back to ``TrainConfig()``: the book's chapter 5 run."""
        self.set_config(TrainConfig())

    def set_running(self, running: bool) -> None:
        """Lock every control but the learning rate while a training runs."""
        self._running = bool(running)
        self._update_enabled()

    def set_advanced_visible(self, visible: bool) -> None:
        """Show or hide the Advanced group (a presentation mode hides it)."""
        self.findChild(QGroupBox, "advancedGroup").setVisible(visible)

    # -- reactions -----------------------------------------------------------
    def _edited(self, *_):
        if self._updating:
            return
        was_valid = self.is_valid()
        try:
            self.config()
            self._error = ""
        except ValueError as exc:
            self._error = str(exc)
        self._show_error()
        self._update_bug_hint()
        self._update_enabled()
        self.configChanged.emit()
        if self.is_valid() != was_valid:
            self.validityChanged.emit(self.is_valid())

    def _length_edited(self, value):
        if self.unit.currentData() == "epochs":
            self._epochs = value
        else:
            self._steps = int(value)
        self._edited()

    def _unit_changed(self, *_):
        """Switching unit converts the length, so the run stays about as long."""
        if self._updating:
            return
        batch = int(self.batch.value())
        n = int(self.train_size.value()) or FULL_TRAIN_SET
        per_epoch = max(1, math.ceil(n / min(batch, n)))
        if self.unit.currentData() == "epochs":
            lo, hi = LIMITS["epochs"]
            self._epochs = min(hi, max(lo, round(self.length.value() / per_epoch, 2)))
            value = self._epochs
        else:
            lo, hi = LIMITS["steps"]
            epochs = self.length.value()
            # Back and forth between units gives back the steps one started with.
            if self._steps is None or round(self._steps / per_epoch, 2) != epochs:
                self._steps = min(hi, max(lo, math.ceil(epochs * per_epoch)))
            value = self._steps
        with QSignalBlocker(self.length):
            self._set_length_unit(self.unit.currentData())
            self.length.setValue(value)
        self._edited()

    def _set_length_unit(self, unit):
        lo, hi = LIMITS[unit]
        box = self.length
        box._integer = unit == "steps"
        box.setDecimals(0 if unit == "steps" else 323)
        box._ladder = one_two_five(lo, hi) if unit == "steps" else None
        box.setRange(lo, hi)
        if unit == "steps":
            tip = self.tr("How long to train: {0:g} to {1:g} mini-batch updates (steps); the book trains 10000.")
        else:
            tip = self.tr("How long to train: {0:g} to {1:g} passes over the training set (epochs); "
                          "fractions such as 0.5 are fine.")
        self._tip(box, tip.format(lo, hi))

    def _lr_typed(self, text):
        try:
            self._sync_slider(float(text))
        except ValueError:
            pass
        self._edited()

    def _lr_slid(self, notch):
        lr = float(f"{10 ** (notch / LR_STEPS_PER_DECADE):.3g}")  # 3 digits: readable, within 0.5%
        with QSignalBlocker(self.lr_box):
            self.lr_box.setText(format_number(lr))
        self._edited()
        self._commit_lr()

    def _sync_slider(self, lr):
        if lr > 0 and math.isfinite(lr):
            with QSignalBlocker(self.lr_slider):
                self.lr_slider.setValue(round(math.log10(lr) * LR_STEPS_PER_DECADE))

    def _commit_lr(self):
        try:
            lr = TrainConfig(lr=self._lr_value()).lr  # the engine says whether it is valid
        except ValueError:
            return
        if lr != self._last_lr:
            self._last_lr = lr
            self.learningRateChanged.emit(lr)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if obj is self.lr_box and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                     Qt.Key.Key_PageUp: LR_STEPS_PER_DECADE, Qt.Key.Key_PageDown: -LR_STEPS_PER_DECADE}
            if event.key() in steps:
                self.lr_slider.setValue(self.lr_slider.value() + steps[event.key()])
                return True
        return super().eventFilter(obj, event)

    # -- parsing and display ---------------------------------------------------
    def _hidden_sizes(self):
        """'100, 100' -> (100, 100); a token that is no number goes to the engine as text."""
        sizes = []
        for token in (t for t in re.split(r"[,;\s]+", self.hidden.text()) if t):
            for parse in (int, float, str):
                try:
                    sizes.append(parse(token))
                    break
                except ValueError:
                    continue
        return tuple(sizes)

    def _lr_value(self):
        text = self.lr_box.text().strip()
        try:
            return float(text)
        except ValueError:
            return text  # the engine names it: "lr must be a number ..., not 'abc'"

    def _show_error(self):
        name = FIELD_WIDGETS.get(self._error.split(" ", 1)[0]) if self._error else None
        widget = self.findChild(QWidget, name) if name else None
        if self._error_widget is not None and self._error_widget is not widget:
            self._error_widget.setStyleSheet("")
            self._error_widget.setProperty("invalid", False)
        if widget is not None:
            widget.setStyleSheet(f"#{name} {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}")
            widget.setProperty("invalid", True)
        self._error_widget = widget
        self._error_label.setText(config_error_text(self._error) if self._error else "")
        self._error_label.setVisible(bool(self._error))

    def _update_enabled(self):
        lr_widgets = (self.lr_box, self.lr_slider)
        for widget, tip in self._tooltips.items():
            enabled = widget in lr_widgets or not self._running
            if widget is self.init_std:
                enabled = enabled and self.init.currentData() is None
            widget.setEnabled(enabled)
            locked = self._running and widget not in lr_widgets
            if locked:
                tip += "\n\n" + self.tr(LOCKED_NOTE)
            if widget is self._error_widget and self._error:
                tip += "\n\n" + self.tr("Problem: {0}").format(config_error_text(self._error))
            widget.setToolTip(tip)

    def _update_bug_hint(self):
        name = self.bug.currentData()
        bug = BUGS.get(name) if name else None
        self._tip(self.bug, self._bug_tip(name))
        need = bug.needs_activation if bug else None
        mismatch = need is not None and need != self.activation.currentData()
        if mismatch:
            self._bug_hint.setText(self.tr("This bug only shows with {0} activation: the gradient check will "
                                           "pass with {1}.").format("ReLU" if need == "relu" else "Sigmoid",
                                                                     self.activation.currentText()))
        self._bug_hint.setVisible(mismatch)
