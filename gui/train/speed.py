"""The speed control: how many mini-batches a second, down to slow motion.

3,000 steps take about two seconds at full speed: too fast to watch in class.
A teacher sets the speed on a slider of round numbers of steps per second,
before a run or while it goes on. At ``SLOW_MOTION`` steps per second or
fewer, every mini-batch's loss is a dot on the loss plot, drawn as it comes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from ..common.panel import Retranslating

__all__ = ["SpeedControl", "SPEEDS", "SLOW_MOTION"]

SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, None)  # steps per second; None: as fast as it goes
SLOW_MOTION = 10  # steps per second or fewer: each step is seen


class SpeedControl(Retranslating, QWidget):
    """A slider over ``SPEEDS`` with its value in words; ``speedChanged(steps per second or None)``."""

    speedChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("speedControl")
        self.title = QLabel(objectName="speedTitle")
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="speedSlider")
        self.slider.setRange(0, len(SPEEDS) - 1)
        self.slider.setValue(len(SPEEDS) - 1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumWidth(64)  # the run bar must fit a 1024-pixel projector
        self.value_label = QLabel(objectName="speedValue")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        self.title.setBuddy(self.slider)
        self.slider.valueChanged.connect(self._moved)
        self.retranslate()

    @property
    def speed(self) -> float | None:
        """Steps per second at most; None: full speed."""
        return SPEEDS[self.slider.value()]

    @property
    def slow_motion(self) -> bool:
        return self.speed is not None and self.speed <= SLOW_MOTION

    def set_speed(self, steps_per_second: float | None) -> None:
        """Move to the notch nearest ``steps_per_second`` (None: full speed)."""
        if steps_per_second is None:
            self.slider.setValue(len(SPEEDS) - 1)
            return
        notches = [s for s in SPEEDS if s is not None]
        nearest = min(notches, key=lambda s: abs(s - steps_per_second))
        self.slider.setValue(SPEEDS.index(nearest))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Speed"))
        tip = self.tr("Mini-batches per second, also while a run goes on. At 10 or fewer (slow motion, in bold) "
                      "the loss plot follows the latest steps, each step's loss a dot.")
        self.slider.setToolTip(tip)
        self.value_label.setToolTip(tip)
        # As wide as its widest text: the slider must not move under the mouse.
        bold = self.value_label.font()
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(t) for t in (
            self.tr("full speed"), self.tr("{0} steps/s").format(500)))
        self.value_label.setMinimumWidth(widest + 4)
        self._show_value()

    def _show_value(self) -> None:
        speed = self.speed
        self.value_label.setText(self.tr("full speed") if speed is None else self.tr("{0} steps/s").format(speed))
        font = self.value_label.font()
        font.setBold(self.slow_motion)  # slow motion: the plot shows every step
        self.value_label.setFont(font)

    def _moved(self, _notch: int) -> None:
        self._show_value()
        self.speedChanged.emit(self.speed)
