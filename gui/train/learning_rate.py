"""The learning-rate control: a log-scale slider and a box for the exact value.

The slider moves in notches of 0.05 in log10(lr), one tick per power of ten,
and gives three significant digits (readable, within 0.5%); the box takes any
value the engine accepts. The two stay in step. The control does not judge a
value: the panel builds a TrainConfig and lets the engine say.

The panel puts the box on the 'Learning rate' row and the slider on a row of
its own, as wide as the panel: beside the box it was ~20 px a decade, so a
40 px drag took 0.1 to 7.94. ``MIN_PX_PER_DECADE`` is what it must keep.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QSlider

from engine import LIMITS

from ..common.number_box import format_number

__all__ = ["LearningRateEdit", "LR_STEPS_PER_DECADE", "LR_SLIDER_RANGE", "MIN_PX_PER_DECADE"]

LR_STEPS_PER_DECADE = 20  # slider notches of 0.05 in log10(lr)
LR_SLIDER_RANGE = (-4.0, math.log10(LIMITS["lr"][1]))  # 1e-4 .. 100: far right diverges
MIN_PX_PER_DECADE = 40  # a drag of a few pixels changes the rate by a few percent, not by half


class LearningRateEdit(QObject):
    """``slider`` and ``box`` for one learning rate (the panel lays them out).

    ``edited`` on every change of the value, typed or slid; ``committed`` when
    the user is done with a value: the slider moved, or Enter or leaving the
    box. In the box, ↑/↓ and PgUp/PgDn step the slider.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        smin, smax = (round(x * LR_STEPS_PER_DECADE) for x in LR_SLIDER_RANGE)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="learningRateSlider")
        self.slider.setRange(smin, smax)
        self.slider.setPageStep(LR_STEPS_PER_DECADE)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(LR_STEPS_PER_DECADE)  # a tick per power of ten
        decades = LR_SLIDER_RANGE[1] - LR_SLIDER_RANGE[0]
        self.slider.setMinimumWidth(int(MIN_PX_PER_DECADE * decades) + 16)
        self.box = QLineEdit(objectName="learningRate")
        self.box.setMaxLength(24)
        self.box.setMinimumWidth(self.box.fontMetrics().horizontalAdvance("0.00000") + 16)
        self.box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.box.installEventFilter(self)
        self.box.textChanged.connect(self._typed)
        self.box.editingFinished.connect(self.committed)
        self.slider.valueChanged.connect(self._slid)

    def value(self):
        """The number in the box, or its text when it is no number (the engine names the problem)."""
        text = self.box.text().strip()
        try:
            return float(text)
        except ValueError:
            return text

    def set_value(self, lr: float) -> None:
        """Show ``lr`` in the box and on the slider, without emitting."""
        with QSignalBlocker(self.box):
            self.box.setText(format_number(lr))
        self._sync_slider(lr)

    def _typed(self, text):
        try:
            self._sync_slider(float(text))
        except ValueError:
            pass
        self.edited.emit()

    def _slid(self, notch):
        lr = float(f"{10 ** (notch / LR_STEPS_PER_DECADE):.3g}")  # 3 digits: readable, within 0.5%
        with QSignalBlocker(self.box):
            self.box.setText(format_number(lr))
        self.edited.emit()
        self.committed.emit()

    def _sync_slider(self, lr):
        if lr > 0 and math.isfinite(lr):
            with QSignalBlocker(self.slider):
                self.slider.setValue(round(math.log10(lr) * LR_STEPS_PER_DECADE))

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if obj is self.box and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                     Qt.Key.Key_PageUp: LR_STEPS_PER_DECADE, Qt.Key.Key_PageDown: -LR_STEPS_PER_DECADE}
            if event.key() in steps:
                self.slider.setValue(self.slider.value() + steps[event.key()])
                return True
        return super().eventFilter(obj, event)
