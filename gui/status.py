"""The status bar's run read-out: step, epoch, speed, time, progress."""
from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

__all__ = ["RunStatus", "format_duration"]


def format_duration(seconds: float | None) -> str:
    """'42 s', '3:07', '1:02:03' or '-'."""
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return "-"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


class RunStatus(QWidget):
    """Step, epoch, steps per second, elapsed and remaining time, a progress bar.

    Speed is measured over the last second or so of reports (training time
    only), so pauses do not drag it down.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_label = QLabel("step -")
        self.epoch_label = QLabel("epoch -")
        self.speed_label = QLabel("- steps/s")
        self.time_label = QLabel("elapsed - / remaining -")
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setToolTip("How much of this run is done")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        self.progress.setMaximumWidth(220)
        for name, label, tip in (
            ("statusStep", self.step_label, "Mini-batch updates made so far"),
            ("statusEpoch", self.epoch_label, "Passes over the training set so far"),
            ("statusSpeed", self.speed_label, "Training speed, mini-batches per second"),
            ("statusTime", self.time_label, "Training time so far, and the estimated time left"),
        ):
            label.setObjectName(name)
            label.setToolTip(tip)
            layout.addWidget(label)
        layout.addWidget(self.progress)
        self._window = []  # (elapsed, step) pairs over the last second
        self._wall_start = None

    def reset(self) -> None:
        self.step_label.setText("step -")
        self.epoch_label.setText("epoch -")
        self.speed_label.setText("- steps/s")
        self.time_label.setText("elapsed - / remaining -")
        self.progress.setValue(0)
        self._window = []

    def run_started(self) -> None:
        self._window = []
        self._wall_start = time.monotonic()

    def show_report(self, report, run_step: int | None = None, run_total: int | None = None) -> None:
        """Update from the latest Report. ``run_step``/``run_total``: progress within this run."""
        self.step_label.setText(f"step {report.step:,}")
        self.epoch_label.setText(f"epoch {report.epoch:.2f}")
        self._window.append((report.elapsed, report.step))
        while len(self._window) > 2 and self._window[-1][0] - self._window[0][0] > 1.0:
            self._window.pop(0)
        (t0, s0), (t1, s1) = self._window[0], self._window[-1]
        rate = (s1 - s0) / (t1 - t0) if t1 > t0 else None
        self.speed_label.setText(f"{rate:,.0f} steps/s" if rate else "- steps/s")
        done, total = (run_step, run_total) if run_total else (report.step, report.total_steps)
        remaining = (total - done) / rate if rate else None
        self.time_label.setText(f"elapsed {format_duration(report.elapsed)} / remaining {format_duration(remaining)}")
        self.progress.setValue(int(1000 * done / max(total, 1)))
