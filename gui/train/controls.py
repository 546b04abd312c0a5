"""The hyperparameter panel: every field of ``engine.TrainConfig`` as a control.

``ControlsPanel`` shows a TrainConfig as widgets and builds one back from them.
The engine's own validation is the only judge: on every edit the panel builds a
TrainConfig inside try/except; the engine's ConfigError names the field, so the
panel outlines that control and says in red what is wrong. Numbers round-trip
exactly (``set_config`` then ``config`` returns an equal TrainConfig): floats are
shown in Python's shortest exact form, never rounded to a fixed number of decimals.

While a run trains, only the learning rate stays live (``set_running``): the
running network cannot change shape, but the optimizer can take a new step size.

Texts: every label, item and tooltip is set in ``retranslate`` (at start and on
each LanguageChange), the long ones from ``controls_text.py``; a refusal is
written from its facts in the user's language (``engine_text.config_error_text``)
while ``error_text`` keeps the engine's English. The learning rate's slider and box
are ``learning_rate.LearningRateEdit``, the length in steps or epochs
``length.TrainingLength``. ``set_dataset_shape`` tells the panel the loaded
data set's sizes (an epoch's length, the tooltips).
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
    QVBoxLayout,
    QWidget,
)

from engine import (
    LIMITS,
    MNIST_CLASS_NAMES,
    MNIST_SIDE,
    ConfigError,
    ConfigPart,
    TrainConfig,
)

from ..common.engine_text import config_error_text
from ..common.number_box import NumberBox
from ..common.palette import colours
from ..common.panel import Retranslating
from .bug_choice import BugChoice
from .controls_text import (
    BOOK_STD,
    INIT_ITEMS,
    LENGTH_TIPS,
    LOCKED_NOTE,
    OPTIMIZER_LABELS,
    TIPS,
    TRAIN_SIZE_TIP_BEFORE_DATA,
    bug_tip,
    tip_args,
)
from .learning_rate import LearningRateEdit
from .length import TrainingLength
from .seed import SeedRow

__all__ = ["ControlsPanel"]

# The field of an engine ConfigError -> objectName of the control to outline.
FIELD_WIDGETS = {
    "hidden_sizes": "hiddenSizes", "activation": "activation", "weight_init": "weightInit",
    "optimizer": "optimizer", "lr": "learningRate", "batch_size": "batchSize", "steps": "length",
    "epochs": "length", "eval_every": "evalEvery", "seed": "seed", "weight_decay": "weightDecay",
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
        self._refusal = None  # the engine's ConfigError while the controls are invalid
        self._error_widget = None
        self._tooltips = {}  # widget -> its tooltip when enabled and valid
        self._dtype = TrainConfig().dtype  # not shown, but kept
        self._last_lr = TrainConfig().lr
        # Until set_dataset_shape: MNIST's image and classes, no training-set size (see _steps_per_epoch)
        self._n_train, self._n_in, self._n_out = None, MNIST_SIDE * MNIST_SIDE, len(MNIST_CLASS_NAMES)

        self._labels = []  # (QLabel or QGroupBox, source text) set by retranslate
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_network())
        layout.addWidget(self._build_training())
        layout.addWidget(self._build_advanced())
        self._error_label = QLabel(objectName="configError", wordWrap=True)
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

        self.lr = LearningRateEdit(self)
        self.lr_slider, self.lr_box = self.lr.slider, self.lr.box
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Learning rate"), self.lr_box)
        form.addRow(self.lr_slider)  # the whole width: fine steps (see learning_rate.py)

        lo, hi = LIMITS["batch_size"]
        self.batch = NumberBox(lo, hi, integer=True, ladder=True, objectName="batchSize")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Batch size"), self.batch)

        self.training_length = TrainingLength(self._steps_per_epoch)
        self.length, self.unit = self.training_length.box, self.training_length.unit
        self.training_length.unitShown.connect(self._length_tip)
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Train for"), self.training_length)

        lo, hi = LIMITS["eval_every"]
        self.eval_every = NumberBox(0, hi, integer=True, ladder=True, ladder_from=10,
                                    special="each epoch", objectName="evalEvery")
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Evaluate every"), self.eval_every)

        self.seed_row = SeedRow(*LIMITS["seed"])  # the box, and "Fixed": whether Reset draws a new seed
        self.seed = self.seed_row.box
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Seed"), self.seed_row)
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

        self.bug_choice = BugChoice()
        self.bug = self.bug_choice.combo
        self._add_row(form, QT_TRANSLATE_NOOP("ControlsPanel", "Planted bug"), self.bug)
        form.addRow(self.bug_choice.hint)
        return group

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        """Every label, item text and tooltip in the current language."""
        for widget, text in self._labels:
            if isinstance(widget, QGroupBox):
                widget.setTitle(self.tr(text))
            else:
                widget.setText(self.tr(text))
        self.hidden.setPlaceholderText(self.tr("e.g. 50 or 100, 100"))
        args = tip_args(self._n_in, self._n_out, self._n_train)
        for name, text in TIPS.items():
            if name == "trainSize" and self._n_train is None:
                text = TRAIN_SIZE_TIP_BEFORE_DATA
            self._tip(self.findChild(QWidget, name), self.tr(text).format(*args.get(name, ())))
        for i, (label, _value, tip) in enumerate(INIT_ITEMS):
            self.init.setItemText(i, self.tr(label))
            self.init.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        for i, (_label, tip) in enumerate(OPTIMIZER_LABELS.values()):
            self.optimizer.setItemData(i, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.unit.setItemText(0, self.tr("steps"))
        self.unit.setItemText(1, self.tr("epochs"))
        self._length_tip(self.unit.currentData())
        self.eval_every.setSpecialValueText(self.tr("each epoch"))
        self.train_size.setSpecialValueText(self.tr("all"))
        self.augment.setText(self.tr("Augment (shifts, rotations, thickness)"))
        self.bug_choice.retranslate()
        self._restore.setText(self.tr("Restore defaults"))
        self._update_bug_hint()
        self._show_error()
        self._update_enabled()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_error_label"):
            self._show_error()  # the error colour of the new theme
        super().changeEvent(event)

    def _connect_edits(self):
        for combo in (self.activation, self.init, self.optimizer, self.bug):
            combo.currentIndexChanged.connect(self._edited)
        self.hidden.textChanged.connect(self._edited)
        for box in (self.init_std, self.batch, self.eval_every, self.seed, self.decay, self.train_size):
            box.valueChanged.connect(self._edited)
        self.training_length.edited.connect(self._edited)
        self.augment.toggled.connect(self._edited)
        self.lr.edited.connect(self._edited)
        self.lr.committed.connect(self._commit_lr)

    # -- public API ----------------------------------------------------------
    def config(self) -> TrainConfig:
        """The TrainConfig the controls describe; ValueError (the engine's message) if invalid."""
        init = self.init.currentData()
        steps, epochs = self.training_length.value()
        return TrainConfig(
            hidden_sizes=self._hidden_sizes(),
            activation=self.activation.currentData(),
            weight_init=self.init_std.value() if init is None else init,
            optimizer=self.optimizer.currentData(),
            lr=self.lr.value(),
            batch_size=int(self.batch.value()),
            steps=steps,
            epochs=epochs,
            eval_every=int(self.eval_every.value()) or None,
            seed=int(self.seed.value()),
            weight_decay=self.decay.value(),
            train_size=int(self.train_size.value()) or None,
            augment=self.augment.isChecked(),
            dtype=self._dtype,
            bug=self.bug.currentData(),
        )

    def is_valid(self) -> bool:
        return self._refusal is None

    def error_text(self) -> str:
        """The engine's message for the current invalid value, or '' when all is valid."""
        return "" if self._refusal is None else str(self._refusal)

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
            self.lr.set_value(cfg.lr)
            self.batch.setValue(cfg.batch_size)
            self.training_length.set_value(cfg.steps, cfg.epochs)
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
        self.seed_row.fixed.setEnabled(not self._running)

    def set_dataset_shape(self, n_train: int, n_in: int, n_out: int) -> None:
        """The loaded data set: ``n_train`` training images of ``n_in`` values, ``n_out`` classes.

        An epoch is ``n_train`` images (or the first 'Training images'), so
        switching between steps and epochs converts with it; the tooltips
        name these sizes.
        """
        self._n_train, self._n_in, self._n_out = int(n_train), int(n_in), int(n_out)
        self.retranslate()

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
            self._refusal = None
        except ValueError as exc:
            self._refusal = exc
        self._show_error()
        self._update_bug_hint()
        self._update_enabled()
        self.configChanged.emit()
        if self.is_valid() != was_valid:
            self.validityChanged.emit(self.is_valid())

    def _steps_per_epoch(self) -> int:
        """Mini-batches in one epoch: over the first 'Training images' of the loaded set, or all of them."""
        batch = int(self.batch.value())
        # Before a data set is loaded, an epoch is as long as the largest training set the engine allows.
        n_train = self._n_train or LIMITS["train_size"][1]
        n = min(int(self.train_size.value()) or n_train, n_train)
        return max(1, math.ceil(n / min(batch, n)))

    def _length_tip(self, unit: str) -> None:
        self._tip(self.length, self.tr(LENGTH_TIPS[unit]).format(*LIMITS[unit]))

    def _commit_lr(self):
        try:
            lr = TrainConfig(lr=self.lr.value()).lr  # the engine says whether it is valid
        except ValueError:
            return
        if lr != self._last_lr:
            self._last_lr = lr
            self.learningRateChanged.emit(lr)

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

    def _show_error(self):
        refusal = self._refusal if isinstance(self._refusal, ConfigError) else None
        name = FIELD_WIDGETS.get(refusal.field) if refusal is not None else None
        if name == "weightInit" and refusal.part is ConfigPart.STD:
            name = "weightInitStd"
        widget = self.findChild(QWidget, name) if name else None
        if self._error_widget is not None and self._error_widget is not widget:
            self._error_widget.setStyleSheet("")
            self._error_widget.setProperty("invalid", False)
        if widget is not None:
            widget.setStyleSheet(f"#{name} {{ border: 2px solid {colours(self).bad}; border-radius: 3px; }}")
            widget.setProperty("invalid", True)
        self._error_widget = widget
        self._error_label.setStyleSheet(f"color: {colours(self).bad}; font-weight: bold;")
        self._error_label.setText("" if self._refusal is None else config_error_text(self._refusal))
        self._error_label.setVisible(self._refusal is not None)

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
            if widget is self._error_widget and self._refusal is not None:
                tip += "\n\n" + self.tr("Problem: {0}").format(config_error_text(self._refusal))
            widget.setToolTip(tip)

    def _update_bug_hint(self):
        self._tip(self.bug, bug_tip(self.tr, self.bug.currentData()))
        self.bug_choice.update(self.activation.currentData(), self.decay.value())
