"""The run's reports on screen: into the plots and the status line, at most
``PLOT_HZ`` times a second.

A repaint holds the GIL (pyqtgraph paints in Python), so drawing every batch
of reports as it arrives would slow training itself. The first batch of a
burst (or a single step) shows at once; the rest are gathered and drawn on a
timer that stops when nothing is left.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

__all__ = ["ProgressFeed", "PLOT_HZ"]

# Three updates a second still look live, and each update (the plots' data,
# their repaint, the status line) costs the GUI thread work that holds the GIL
# the training thread needs: with four, a 10,000-step run through the window
# took 1.017x-1.064x its headless time, with three 1.029x-1.045x (benchmarks/
# bench_gui.py, four runs each, in turns, with this rate and the worker's set to each).
PLOT_HZ = 3


class ProgressFeed(QObject):
    """Gathers the controller's reports; ``flush()`` draws them now."""

    def __init__(self, plots, status, parent=None):
        super().__init__(parent)
        self._plots = plots
        self._status = status
        self._pending = []
        self._run_start_step = 0  # the step the current run started from (the status counts from it)
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / PLOT_HZ))
        self._timer.timeout.connect(self.flush)

    def run_started(self, step: int) -> None:
        """A run starts at network step ``step``: the status line counts this run's steps from there."""
        self._run_start_step = step

    def add(self, reports) -> None:
        """The controller's ``progress``: a tuple of Reports."""
        self._pending.extend(reports)
        if not self._timer.isActive():
            self.flush()
            self._timer.start()

    def flush(self) -> None:
        """Draw what has arrived (before anything reads the plots: an export, the end of a run)."""
        if not self._pending:
            self._timer.stop()
            return
        reports, self._pending = self._pending, []
        self._plots.add_reports(reports)
        last = reports[-1]
        start = self._run_start_step
        self._status.show_report(last, last.step - start, last.total_steps - start)
