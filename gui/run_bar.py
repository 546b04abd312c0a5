"""The run bar: Start, Pause (Resume while paused), Step, Stop and Reset, and the training speed.

On a narrow window (a 1024x768 projector) the speed control moves to a row of
its own, so the bar never makes the window wider than the screen.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .common.panel import Retranslating
from .common.run_state import IDLE, PAUSED, RUNNING
from .train.speed import SpeedControl

__all__ = ["RunBar"]


class RunBar(Retranslating, QWidget):
    """Start, Pause (Resume while paused), Step, Stop and Reset."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("runBar")
        SP = QStyle.StandardPixmap
        self.start_button = self._button("startButton", SP.SP_MediaPlay)
        self.pause_button = self._button("pauseButton", SP.SP_MediaPause)
        self.step_button = self._button("stepButton", SP.SP_MediaSeekForward)
        self.stop_button = self._button("stopButton", SP.SP_MediaStop)
        self.reset_button = self._button("resetButton", SP.SP_BrowserReload)
        self.speed = SpeedControl()
        self.buttons = (self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # The bar's minimum width is its widest row (see minimumSizeHint), not the sum of both.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._row, self._second_row = QHBoxLayout(), QHBoxLayout()
        column.addLayout(self._row)
        column.addLayout(self._second_row)
        for button in self.buttons:
            self._row.addWidget(button)
        self._row.addSpacing(8)
        self._row.addWidget(self.speed, 1)
        self._wrapped = False
        self._state = IDLE
        self.retranslate()

    def _buttons_width(self) -> int:
        return sum(b.minimumSizeHint().width() for b in self.buttons) + 8 + 6 * self._row.spacing()

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        """As narrow as the buttons: on a small screen the speed control goes to a second row."""
        hint = super().minimumSizeHint()
        return QSize(max(self._buttons_width(), self.speed.minimumSizeHint().width()), hint.height())

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wrap = event.size().width() < self._buttons_width() + self.speed.minimumSizeHint().width()
        if wrap != self._wrapped:
            self._wrapped = wrap
            (self._second_row if wrap else self._row).addWidget(self.speed, 1)
            self.updateGeometry()

    @property
    def wrapped(self) -> bool:
        """True while the speed control sits on a row of its own (a narrow window)."""
        return self._wrapped

    def _button(self, name, icon):
        button = QPushButton(self.style().standardIcon(icon), "")
        button.setObjectName(name)
        button.setMinimumHeight(34)
        return button

    def retranslate(self) -> None:
        tips = (
            (self.start_button, self.tr("Train the current network (Space)")),
            (self.pause_button, self.tr("Pause or resume training (Space)")),
            (self.step_button, self.tr("Train exactly one mini-batch, then pause (N)")),
            (self.stop_button, self.tr("Stop training after this mini-batch (Esc)")),
            (self.reset_button, self.tr("New random weights; the plots start afresh (R)")),
        )
        for button, tip in tips:
            button.setToolTip(tip)
        self.start_button.setText(self.tr("Start"))
        self.pause_button.setText(self.tr("Resume") if self._state == PAUSED else self.tr("Pause"))
        self.step_button.setText(self.tr("Step"))
        self.stop_button.setText(self.tr("Stop"))
        self.reset_button.setText(self.tr("Reset"))

    def show_state(self, state: str, ready: bool, valid: bool) -> None:
        """Enable what run ``state`` allows; ``ready``: the data set is loaded; ``valid``: so are the controls."""
        self._state = state
        # While paused, the Pause button reads "Resume"; Start waits for the run to end.
        self.start_button.setEnabled(ready and valid and state == IDLE)
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.step_button.setEnabled(ready and (valid or state != IDLE))
        self.stop_button.setEnabled(state != IDLE)
        self.reset_button.setEnabled(ready and valid)
