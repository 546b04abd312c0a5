"""The status bar's run read-out: step, epoch, speed, time, progress."""
from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ..common.text import format_duration
from ..common.panel import Retranslating

__all__ = ["RunStatus"]


class RunStatus(Retranslating, QWidget):
    """Step, epoch, steps per second, elapsed and remaining time, a progress bar.

    Speed is measured over the last second or so of reports (training time
    only), so pauses do not drag it down; a speed cap (slow motion) caps it.
    While paused, or after the run, there is no speed and no time left to show
    (``set_state``): stale figures would say the run is still going.

    During a run the labels only widen (``_hold_widths``): as the numbers grow
    and shrink ("step 999" to "step 1,000", "- steps/s" to "3,512 steps/s")
    the read-out and the model's name beside it would otherwise shift at
    every update, and each shift relaid the status bar out.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_label = QLabel()
        self.epoch_label = QLabel()
        self.speed_label = QLabel()
        self.time_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        self.progress.setMaximumWidth(220)
        for name, label in (("statusStep", self.step_label), ("statusEpoch", self.epoch_label),
                            ("statusSpeed", self.speed_label), ("statusTime", self.time_label)):
            label.setObjectName(name)
            layout.addWidget(label)
        layout.addWidget(self.progress)
        self._window = []  # (elapsed, step) pairs over the last second
        self._wall_start = None
        self._shown = None  # (report, rate, remaining) on show, None after a reset
        self._state = "running"  # 'running', 'paused' or 'idle'
        self._cap = None  # steps per second at most (the speed control), None: none
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.setToolTip(self.tr("How much of this run is done"))
        for label, tip in (
            (self.step_label, self.tr("Mini-batch updates made so far")),
            (self.epoch_label, self.tr("Passes over the training set so far")),
            (self.speed_label, self.tr("Training speed, mini-batches per second")),
            (self.time_label, self.tr("Training time so far, and the estimated time left")),
        ):
            label.setToolTip(tip)
        self._show_texts()

    def reset(self) -> None:
        self._shown = None
        self._release_widths()
        self._show_texts()
        self.progress.setValue(0)
        self._window = []

    def run_started(self) -> None:
        self._window = []
        self._release_widths()
        self._wall_start = time.monotonic()
        self.set_state("running")

    def set_state(self, state: str) -> None:
        """'running', 'paused' or 'idle': only a running run shows a speed and the time left."""
        self._state = state
        if state == "running":
            self._window = []  # the speed is measured afresh
        self._show_texts()

    def set_speed_cap(self, steps_per_second: float | None) -> None:
        """The speed control's cap (None: full speed): the speed and time left count with it."""
        self._cap = steps_per_second
        self._window = []

    def show_report(self, report, run_step: int | None = None, run_total: int | None = None) -> None:
        """Update from the latest Report. ``run_step``/``run_total``: progress within this run."""
        self._window.append((report.elapsed, report.step))
        while len(self._window) > 2 and self._window[-1][0] - self._window[0][0] > 1.0:
            self._window.pop(0)
        (t0, s0), (t1, s1) = self._window[0], self._window[-1]
        rate = (s1 - s0) / (t1 - t0) if t1 > t0 else None
        if self._cap is not None:
            rate = min(rate, self._cap) if rate else self._cap
        done, total = (run_step, run_total) if run_total else (report.step, report.total_steps)
        remaining = (total - done) / rate if rate else None
        self._shown = (report, rate, remaining)
        self._show_texts()
        value = int(1000 * done / max(total, 1))
        if value != self.progress.value():
            # QProgressBar.setValue repaints at once (not at the next paint) when the bar moves: a
            # second pass over the status bar at every update, holding the GIL. With updates off
            # for the call, the bar is painted with the labels, in the window's one pass.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(value)
            self.progress.setUpdatesEnabled(True)  # (schedules the bar's paint)

    def _show_texts(self) -> None:
        if self._shown is None:
            self.step_label.setText(self.tr("step -"))
            self.epoch_label.setText(self.tr("epoch -"))
            self.speed_label.setText(self.tr("- steps/s"))
            self.time_label.setText(self.tr("elapsed - / remaining -"))
            return
        report, rate, remaining = self._shown
        if self._state != "running":
            rate = remaining = None
        self.step_label.setText(self.tr("step {0:,}").format(report.step))
        self.epoch_label.setText(self.tr("epoch {0:.2f}").format(report.epoch))
        if self._state == "paused":
            self.speed_label.setText(self.tr("paused"))
        else:
            self.speed_label.setText(self.tr("{0:,.0f} steps/s").format(rate) if rate else self.tr("- steps/s"))
        self.time_label.setText(self.tr("elapsed {0} / remaining {1}").format(
            format_duration(report.elapsed), format_duration(remaining)))
        self._hold_widths()

    def _labels(self) -> tuple[QLabel, ...]:
        return self.step_label, self.epoch_label, self.speed_label, self.time_label

    def _hold_widths(self) -> None:
        """Each label keeps the widest its text has been since the run started."""
        for label in self._labels():
            width = label.sizeHint().width()
            if width > label.minimumWidth():
                label.setMinimumWidth(width)

    def _release_widths(self) -> None:
        """A new run (or a reset): the labels fit their texts again."""
        for label in self._labels():
            label.setMinimumWidth(0)
