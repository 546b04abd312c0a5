"""The gradient-check lab: backprop against the numerical gradient, live.

``GradCheckPanel`` runs ``engine.gradient_check`` on a copy of the current
network (the latest snapshot while training) on a worker thread, then shows:

* a table with one row per parameter (W1, b1, W2, b2, ...): the book's mean
  |diff|, the max |diff|, the relative error, the kinks and a verdict;
* a bar chart of the relative errors on a log scale with the thresholds;
* a heat map of W1's per-entry |diff|, one 28x28 tile per hidden unit;
* a one-line verdict in large type, the kink sentence, and "the race":
  how much faster backprop was than the numerical gradient.

A learner can *break the backprop* on purpose: the 'Break the backprop'
combo plants one of ``engine.BUGS`` in the checked copy, and a red banner
says so while it is selected. ``bugChanged`` and ``set_bug`` let the main
window keep this choice in step with the hyperparameter panel's, so the same
bug can be trained with and its effect seen on the loss curve.

Every run has a task id; a result from an older task is dropped. Cancel sets
the worker's flag, which the engine polls between chunks.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QSplitter, QToolButton, QVBoxLayout, QWidget

from engine import gradient_check

from ..common.available_width import AvailableWidth
from ..common.panel import Retranslating
from ..common.run_state import IDLE
from ..common.tasks import TaskRunner, TaskWorker
from .options import CheckOptions
from .readout import CheckReadout
from .report import act_name, exp_text, fmt_seconds, help_html, race_text, summarize
from .views import RelErrorChart, VerdictTable, W1Heatmap

__all__ = ["GradCheckPanel"]

SETTLE_SECONDS = 0.15


class _FillWidget(QWidget):
    """Scroll-area content that fills the viewport and scrolls only below its minimum size.

    Word-wrapped labels give a layout a height-for-width, and QScrollArea then sizes
    the content to its *preferred* height, which scrolls a window that had room.
    """

    results = None  # the splitter with the table and the plots

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if self.results is None:
            return super().heightForWidth(width)
        # The labels' heights for this width, but the plots' minimum height. Summed item by item:
        # the results' size hint follows their current size, and a height derived from it made the
        # chart and the heat map resize each other without end (after leaving presentation mode).
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.isEmpty():
                continue
            if item.widget() is self.results:
                heights.append(self.results.minimumSizeHint().height())
            elif item.hasHeightForWidth():
                heights.append(item.heightForWidth(inner))
            else:
                heights.append(item.sizeHint().height())
        return margins.top() + margins.bottom() + sum(heights) + max(0, len(heights) - 1) * layout.spacing()


class GradCheckPanel(Retranslating, QWidget):
    """The gradient-check lab. See the module docstring."""

    bugChanged = Signal(object)  # a BUGS name, or None for the correct backprop
    checkFinished = Signal(object)  # GradCheckResult
    checkFailed = Signal(str)  # 'Cancelled' or an error text

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("gradcheckPanel")
        self.controller = controller
        self.result = None
        self._runner = TaskRunner(self, "GradCheck")
        self._cancelling = False
        self._started = 0.0
        self._context = None  # () -> what the last check was run on, for the gcContext line
        self._took = None  # seconds the last check took in all
        self._stale = False  # the network changed after the last check started
        self._activation = "relu"
        self._input_size = 784
        self._tick = QTimer(self, interval=100)
        self._tick.timeout.connect(self._show_elapsed)

        outer = QVBoxLayout(self)
        self.options = CheckOptions()
        outer.addWidget(self.options)
        # The results scroll when the window is short, rather than squash the chart.
        content = _FillWidget(objectName="gcContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.readout = CheckReadout()
        layout.addWidget(self.readout)
        content.results = self._build_results()
        layout.addWidget(content.results, 1)
        layout.addWidget(self.help_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.help)
        scroll = QScrollArea(objectName="gcScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        # The options give up their two-to-a-row layout on a narrow tab (a projector, large type).
        self._available = AvailableWidth(self, lambda width: self.options.arrange(
            width - sum(outer.getContentsMargins()[::2])))
        self.options.bugChanged.connect(self._bug_picked)
        self.options.mode.currentIndexChanged.connect(self._update_controls)
        self.options.run_button.clicked.connect(self.run_check)
        self.options.cancel_button.clicked.connect(self.cancel_check)
        self.help_toggle.toggled.connect(self._toggle_help)
        controller.networkReset.connect(self._on_network_reset)
        self.set_font_scale(1.0)
        self.readout.show_summary(
            lambda: self.tr("Run a gradient check to compare backprop with the numerical gradient."), "info")
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """The texts the panel itself sets (the options and the read-out set their own)."""
        self.help_toggle.setText(self.tr("How to read the verdicts"))
        self.help_toggle.setToolTip(self.tr("Show or hide the explanation of the thresholds"))
        self.help.setText(help_html())
        if self.result is not None and not self.is_running and self._input_size != 784:
            self._show_heatmap_note()
        self._update_controls()

    def _build_results(self):
        self.table = VerdictTable()
        self.chart = RelErrorChart()
        self.chart.setMinimumHeight(240)
        self.heatmap = W1Heatmap()
        self.heatmap_note = QLabel(objectName="gcHeatmapNote", wordWrap=True)
        self.heatmap_note.hide()
        self.help_toggle = QToolButton(objectName="gcHelpToggle", checkable=True, checked=True)
        self.help_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.help = QLabel(objectName="gcHelp", wordWrap=True)
        self.help.setTextFormat(Qt.TextFormat.RichText)

        # The table spans the width (ten columns need it); the chart and the heat map share the row below.
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heatmap, 1)
        column.addWidget(self.heatmap_note)
        below = QSplitter(Qt.Orientation.Horizontal, objectName="gcSplitter")
        below.addWidget(self.chart)
        below.addWidget(right)
        below.setChildrenCollapsible(False)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, objectName="gcLeftSplitter")
        split.addWidget(self.table)
        split.addWidget(below)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return split

    # -- public API -------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._runner.busy

    def bug(self) -> str | None:
        """The planted bug picked in the combo (None: correct backprop)."""
        return self.options.bug()

    def set_bug(self, name: str | None) -> None:
        """Select ``name`` (a BUGS key, or None) without emitting bugChanged."""
        changed = name != self.options.bug()
        self.options.set_bug(name)
        if changed:
            self._discard_result()

    def _bug_picked(self, name) -> None:
        self._discard_result()
        self.bugChanged.emit(name)

    def _discard_result(self) -> None:
        """The planted bug changed: the result on screen was for another backprop, so it goes."""
        if self.result is None or self.is_running:
            return
        self.result = None
        self._context = None
        self._clear_results()
        self.readout.show_context(None)
        self.readout.show_summary(lambda: self.tr("The planted bug changed: run the check again."), "info")

    def run_check(self) -> bool:
        """Start a check on a copy of the current network. False if it cannot start now."""
        c = self.controller
        if self.is_running or c.dataset is None or c.net is None:
            return False
        bug = self.bug()
        refusal = self.options.bug_refusal()
        if refusal is not None:  # a bug needs its layer: checking without it would show a false "pass"
            self._clear_results()
            self.result = None
            self.readout.show_summary(lambda: self.tr("The planted bug cannot be planted in this network. {0}")
                                      .format(self.options.bug_refusal()), "wrong")
            return False
        net = c.network_copy().copy(bug=bug)
        n = min(self.options.n_samples(), len(c.dataset.t_test))
        x = np.asarray(c.dataset.x_test[:n], dtype=np.float64)
        t = np.asarray(c.dataset.t_test[:n])
        h = self.options.h()
        max_entries = self.options.max_entries_per_parameter()

        def check(should_stop):
            # Backprop takes about a millisecond: let the window finish repainting
            # (pyqtgraph paints in Python, holding the GIL) before the race is timed.
            time.sleep(SETTLE_SECONDS)
            return gradient_check(net, x, t, h=h, max_entries=max_entries, should_stop=should_stop)

        total = sum(p.size for p in net.params.values())
        steps = c.total_step
        running = c.state != IDLE
        sizes, activation = "-".join(map(str, net.sizes)), act_name(net.activation)

        def context():
            if max_entries:
                entries = self.tr("at most {0:,} entries per parameter").format(max_entries)
            else:
                entries = self.tr("all {0:,} entries").format(total)
            if running:
                weights = self.tr("weights from the running training (about step {0:,})").format(steps)
            elif steps == 0:
                weights = self.tr("untrained weights")
            else:
                weights = self.tr("weights after {0:,} training steps").format(steps)
            images = self.tr("first {0} test images").format(n) if n > 1 else self.tr("first test image")
            text = self.tr("Checked: {0} {1} net, {2}").format(sizes, activation, weights)
            text += " · " + images + " · h = " + exp_text(h) + " · " + entries
            if bug:
                text += " · " + self.tr("planted bug: {0}").format(bug)
            return text

        self._context = context
        self._took = None
        self._activation = net.activation
        self._input_size = net.sizes[0]
        self._stale = False

        self._clear_results()
        self.readout.show_summary(lambda: self.tr("Checking…"), "info")
        self._show_context()
        self._cancelling = False
        self._runner.start(lambda run_id: TaskWorker(run_id, check),
                           on={"done": self._on_done, "failed": self._on_failed}, ends=("done", "failed"))
        self._started = time.perf_counter()
        self._tick.start()
        self._update_controls()
        return True

    def cancel_check(self) -> None:
        """Ask the running check to stop; checkFailed('Cancelled') follows shortly."""
        if self._runner.busy:
            self._cancelling = True
            self._runner.worker.stop()
            self.readout.show_summary(lambda: self.tr("Cancelling…"), "info")
            self._update_controls()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """For the window's closeEvent: cancel, wait for the thread, drop late results."""
        self._tick.stop()
        self._runner.stop(wait=True, retire=True, timeout_ms=timeout_ms)
        self._update_controls()

    def refresh(self) -> None:
        """Re-read the controller (data ready? which activation?) and update the controls."""
        self._update_controls()
        net = self.controller.net
        if net is None:
            self.options.set_network(None)
        else:
            self.options.set_network(net.activation, net.weight_decay_lambda)

    def set_font_scale(self, scale: float) -> None:
        """Presentation size: 1.0 is the app's font; the summary is always larger and bold."""
        self.readout.set_font_scale(scale)
        self.chart.set_font_scale(scale)
        self.heatmap.set_font_scale(scale)

    # -- worker signals ----------------------------------------------------------------
    def _on_done(self, result) -> None:
        seconds = time.perf_counter() - self._started
        self._tick.stop()
        self.result = result
        self._took = seconds
        self._show_result(result)
        self._update_controls()
        self._show_context()
        self.checkFinished.emit(result)

    def _on_failed(self, text) -> None:
        cancelled = self._cancelling
        self._tick.stop()
        self._update_controls()
        if cancelled:
            self.readout.show_summary(lambda: self.tr("Cancelled"), "info")
            self.readout.show_details(lambda: self.tr("The check was cancelled; nothing was compared. "
                                                      "Press Run to start again."))
            self.checkFailed.emit("Cancelled")
        else:
            self.readout.show_summary(lambda: self.tr("The check failed: {0}").format(text), "wrong")
            self.checkFailed.emit(text)

    def _show_elapsed(self) -> None:
        if self._runner.busy and not self._cancelling:
            seconds = time.perf_counter() - self._started
            self.readout.show_summary(lambda: self.tr("Checking… {0:.1f} s").format(seconds), "info")

    # -- display ---------------------------------------------------------------------------
    def _clear_results(self) -> None:
        self.table.clear_rows()
        self.chart.clear_rows()
        self.heatmap.clear()
        self.readout.show_details(None)
        self.readout.show_race(None)

    def _show_context(self) -> None:
        self.readout.show_context(None if self._context is None else self._context_text)

    def _context_text(self) -> str:
        text = self._context()
        if self._took is not None:
            text += " · " + self.tr("took {0} in all").format(fmt_seconds(self._took))
        if self.result is not None and not self.is_running and self._stale:
            text += " · " + self.tr("the network has changed since: run the check again")
        return text

    def _show_result(self, result) -> None:
        activation = self._activation
        kind = summarize(result, activation)[0]
        self.readout.show_summary(lambda: summarize(result, activation)[1], kind)
        self.readout.show_details(lambda: "\n".join(summarize(result, activation)[2]))
        self.readout.show_race(lambda: race_text(result))
        self.table.set_rows(result.rows)
        self.chart.set_rows(result.rows)
        w1 = result.row("W1")
        if self._input_size == 784:
            self.heatmap.set_abs_diff(w1.abs_diff)
            self.heatmap.show()
            self.heatmap_note.hide()
        else:
            self.heatmap.clear()
            self.heatmap.hide()
            self._show_heatmap_note()
            self.heatmap_note.show()

    def _show_heatmap_note(self) -> None:
        self.heatmap_note.setText(self.tr("The W1 heat map needs 28×28 inputs (784); this network has "
                                          "{0} inputs.").format(self._input_size))

    def _update_controls(self) -> None:
        ready = self.controller.dataset is not None and self.controller.net is not None
        self.options.set_running(ready, self.is_running, self._cancelling)

    def _on_network_reset(self, _reason) -> None:
        self.refresh()
        self._stale = True
        if self.result is not None and not self.is_running:
            self._show_context()

    def _toggle_help(self, shown: bool) -> None:
        self.help.setVisible(shown)
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
