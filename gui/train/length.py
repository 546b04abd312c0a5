"""How long to train: a number and its unit, mini-batch steps or epochs.

The control keeps the length in both units, the one not shown included, so
that a TrainConfig shown and read back is the same config. Switching the unit
converts the number, so the run stays about as long: the conversion asks the
panel how many mini-batches make an epoch (it depends on the batch size, the
training images and the loaded data set).
"""
from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from engine import LIMITS, TrainConfig

from ..common.number_box import NumberBox, one_two_five

__all__ = ["TrainingLength"]


class TrainingLength(QWidget):
    """``box`` (the number, objectName 'length') and ``unit`` (objectName 'lengthUnit').

    ``edited`` when the length changes (typed, stepped, or converted by a
    switch of unit); ``unitShown(str)`` when the unit shown changes ('steps' or
    'epochs'), so the panel can say what the number means.
    """

    edited = Signal()
    unitShown = Signal(str)

    def __init__(self, steps_per_epoch: Callable[[], int], parent=None):
        super().__init__(parent)
        self._steps_per_epoch = steps_per_epoch
        self._steps = TrainConfig().steps  # length in the unit not shown ...
        self._epochs = TrainConfig().epochs  # ... so set_config/config round-trips
        self.unit = QComboBox(objectName="lengthUnit")
        self.unit.addItem("", "steps")
        self.unit.addItem("", "epochs")
        self.box = NumberBox(1, 1, integer=True, ladder=True, objectName="length")
        self._show_unit("steps")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.unit, 0)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.box.valueChanged.connect(self._box_edited)

    def value(self) -> tuple:
        """(steps, epochs): epochs is None when the length is counted in steps."""
        return self._steps, (self._epochs if self.unit.currentData() == "epochs" else None)

    def set_value(self, steps, epochs) -> None:
        """Show a TrainConfig's ``steps`` and ``epochs`` (epochs None: in steps), without emitting ``edited``."""
        self._steps, self._epochs = steps, epochs
        unit = "epochs" if epochs is not None else "steps"
        with QSignalBlocker(self.unit), QSignalBlocker(self.box):
            self.unit.setCurrentIndex(self.unit.findData(unit))
            self._show_unit(unit)
            self.box.setValue(epochs if unit == "epochs" else steps)

    def _box_edited(self, value):
        if self.unit.currentData() == "epochs":
            self._epochs = value
        else:
            self._steps = int(value)
        self.edited.emit()

    def _unit_changed(self, *_):
        """Switching unit converts the length, so the run stays about as long."""
        per_epoch = self._steps_per_epoch()
        if self.unit.currentData() == "epochs":
            lo, hi = LIMITS["epochs"]
            self._epochs = min(hi, max(lo, round(self.box.value() / per_epoch, 2)))
            value = self._epochs
        else:
            lo, hi = LIMITS["steps"]
            epochs = self.box.value()
            # Back and forth between units gives back the steps one started with.
            if self._steps is None or round(self._steps / per_epoch, 2) != epochs:
                self._steps = min(hi, max(lo, math.ceil(epochs * per_epoch)))
            value = self._steps
        with QSignalBlocker(self.box):
            self._show_unit(self.unit.currentData())
            self.box.setValue(value)
        self.edited.emit()

    def _show_unit(self, unit):
        lo, hi = LIMITS[unit]
        box = self.box
        box._integer = unit == "steps"
        box.setDecimals(0 if unit == "steps" else 323)
        box._ladder = one_two_five(lo, hi) if unit == "steps" else None
        box.setRange(lo, hi)
        self.unitShown.emit(unit)
