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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import BUGS, gradient_check

from ..common.engine_text import bug_explanation, bug_title
from .report import act_name, exp_text, fmt_seconds, help_html, race_text, summarize
from .views import RelErrorChart, VerdictTable, W1Heatmap
from ..common.run_state import IDLE
from ..common.tasks import TaskRunner, TaskWorker
from ..common.panel import Retranslating

__all__ = ["GradCheckPanel"]

STEPS = (1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7)
SETTLE_SECONDS = 0.15
NO_BUG = QT_TRANSLATE_NOOP("GradCheckPanel", "none (correct backprop)")
SUMMARY_COLOURS = {"pass": "#1E7A3E", "suspicious": "#8A5A00", "wrong": "#B0281A", "info": "#333333"}
class _FillWidget(QWidget):
    """Scroll-area content that fills the viewport and scrolls only below its minimum size.

    Word-wrapped labels give a layout a height-for-width, and QScrollArea then sizes
    the content to its *preferred* height, which scrolls a window that had room.
    """

    results = None  # the splitter with the table and the plots

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if self.results is None:
            return super().heightForWidth(width)
        # The labels' heights for this width, but the plots' minimum rather than preferred height.
        slack = self.results.sizeHint().height() - self.results.minimumSizeHint().height()
        return self.layout().totalHeightForWidth(width) - max(0, slack)


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
        self._summary = None  # (() -> text, kind) of the summary line
        self._details = None  # () -> the details under it
        self._stale = False  # the network changed after the last check started
        self._activation = "relu"
        self._input_size = 784
        self._tick = QTimer(self, interval=100)
        self._tick.timeout.connect(self._show_elapsed)

        outer = QVBoxLayout(self)
        self.banner = QLabel(objectName="gcBugBanner", wordWrap=True)
        self.banner.setStyleSheet("QLabel#gcBugBanner { background: #B0281A; color: white; font-weight: bold;"
                                  " padding: 6px 10px; border-radius: 4px; }")
        self.banner.hide()
        outer.addWidget(self.banner)
        outer.addLayout(self._build_controls())
        # The results scroll when the window is short, rather than squash the chart.
        content = _FillWidget(objectName="gcContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_read_out())
        content.results = self._build_results()
        layout.addWidget(content.results, 1)
        layout.addWidget(self.help_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.help)
        scroll = QScrollArea(objectName="gcScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.bug_combo.currentIndexChanged.connect(self._bug_picked)
        self.mode.currentIndexChanged.connect(self._update_controls)
        self.run_button.clicked.connect(self.run_check)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.help_toggle.toggled.connect(self._toggle_help)
        controller.networkReset.connect(self._on_network_reset)
        self.set_font_scale(1.0)
        self._set_summary(lambda: self.tr("Run a gradient check to compare backprop with the numerical gradient."),
                          "info")
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Every text in the current language, the last result's read-out included."""
        self.samples.setToolTip(self.tr("How many test images the loss averages over: the first N of the test "
                                        "set (the book uses 3). The numerical gradient's time grows with N."))
        for i, h in enumerate(STEPS):
            self.step.setItemText(i, exp_text(h) + ("  " + self.tr("(the book)") if h == 1e-4 else ""))
        self.step.setToolTip(self.tr("The finite-difference step h: numerical gradient = (L(w+h) − L(w−h)) / 2h. "
                                     "Larger h: truncation error and more ReLU kinks crossed; "
                                     "smaller h: round-off error."))
        self.mode.setItemText(0, self.tr("all"))
        self.mode.setItemText(1, self.tr("sampled:"))
        self.mode.setToolTip(self.tr("Check every entry of every parameter, or only a random sample of entries "
                                     "per parameter (much faster for big networks)."))
        self.max_entries.setSuffix(self.tr(" per parameter"))
        self.max_entries.setToolTip(self.tr("With 'sampled': how many randomly chosen entries of each parameter "
                                            "to check (parameters with fewer entries are checked whole)."))
        self.bug_combo.setItemText(0, self.tr(NO_BUG))
        self.bug_combo.setItemData(0, self.tr("Every layer's backward is correct."), Qt.ItemDataRole.ToolTipRole)
        for i in range(1, self.bug_combo.count()):
            name = self.bug_combo.itemData(i)
            self.bug_combo.setItemText(i, bug_title(name))
            self.bug_combo.setItemData(i, bug_explanation(name), Qt.ItemDataRole.ToolTipRole)
        self.bug_combo.view().setMinimumWidth(self.bug_combo.view().sizeHintForColumn(0) + 24)
        self.run_button.setText(self.tr("Run gradient check"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running check (it stops between chunks, within a moment)."))
        self.busy.setToolTip(self.tr("A check is running"))
        for label, text in self._control_labels:
            label.setText(self.tr(text))
        self.help_toggle.setText(self.tr("How to read the verdicts"))
        self.help_toggle.setToolTip(self.tr("Show or hide the explanation of the thresholds"))
        self.help.setText(help_html())
        self._set_summary(*self._summary)
        self.details.setText(self._details() if self._details is not None else "")
        if self.result is not None and not self.is_running:
            self.race.setText(race_text(self.result))
            if self._input_size != 784:
                self._show_heatmap_note()
        self._show_context()
        self._update_controls()
        self._update_bug_display()

    # -- building --------------------------------------------------------------
    def _build_controls(self):
        self.samples = QSpinBox(objectName="gcSamples", minimum=1, maximum=100, value=3)
        self.step = QComboBox(objectName="gcStep")
        for h in STEPS:
            self.step.addItem(exp_text(h), h)
        self.step.setCurrentIndex(STEPS.index(1e-4))
        self.mode = QComboBox(objectName="gcMode")
        self.mode.addItem("", None)
        self.mode.addItem("", "sampled")
        self.max_entries = QSpinBox(objectName="gcMaxEntries", minimum=1, maximum=1_000_000, value=500)
        self.bug_combo = QComboBox(objectName="gcBug")
        self.bug_combo.addItem("", None)
        for name in BUGS:
            self.bug_combo.addItem("", name)
        # Long titles may elide in the box; the popup shows them whole.
        self.bug_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bug_combo.setMinimumContentsLength(26)
        self.bug_hint = QLabel(objectName="gcBugHint", wordWrap=True)
        self.bug_hint.setStyleSheet("color: #8A5A00; font-weight: bold;")
        self.run_button = QPushButton(objectName="runCheckButton")
        self.run_button.setMinimumHeight(34)
        bold = self.run_button.font()
        bold.setBold(True)
        self.run_button.setFont(bold)
        self.cancel_button = QPushButton(objectName="cancelCheckButton")
        self.cancel_button.setMinimumHeight(34)
        self.busy = QProgressBar(objectName="gcBusy", minimum=0, maximum=0, textVisible=False)
        self.busy.setFixedWidth(90)
        self.busy.hide()

        top = QHBoxLayout()
        self._control_labels = []  # (QLabel, English source)
        for text, widget in ((QT_TRANSLATE_NOOP("GradCheckPanel", "Test images"), self.samples),
                             (QT_TRANSLATE_NOOP("GradCheckPanel", "Step h"), self.step),
                             (QT_TRANSLATE_NOOP("GradCheckPanel", "Entries"), self.mode)):
            label = QLabel()
            label.setBuddy(widget)
            self._control_labels.append((label, text))
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(8)
        top.addWidget(self.max_entries)
        top.addStretch(1)
        second = QHBoxLayout()
        label = QLabel()
        label.setBuddy(self.bug_combo)
        self._control_labels.append((label, QT_TRANSLATE_NOOP("GradCheckPanel", "Break the backprop")))
        second.addWidget(label)
        second.addWidget(self.bug_combo)
        second.addStretch(1)
        second.addWidget(self.busy)
        second.addWidget(self.run_button)
        second.addWidget(self.cancel_button)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.bug_hint)
        return column

    def _build_read_out(self):
        self.summary = QLabel(objectName="gcSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="gcDetails", wordWrap=True)
        self.race = QLabel(objectName="gcRace", wordWrap=True)
        self.context = QLabel(objectName="gcContext", wordWrap=True)
        self.context.setStyleSheet("color: #555555;")
        column = QVBoxLayout()
        column.setSpacing(2)
        for label in (self.summary, self.details, self.race, self.context):
            column.addWidget(label)
        return column

    def _build_results(self):
        self.table = VerdictTable()
        self.chart = RelErrorChart()
        self.chart.setMinimumHeight(180)
        self.heatmap = W1Heatmap()
        self.heatmap_note = QLabel(objectName="gcHeatmapNote", wordWrap=True)
        self.heatmap_note.hide()
        self.help_toggle = QToolButton(objectName="gcHelpToggle", checkable=True, checked=True)
        self.help_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.help = QLabel(objectName="gcHelp", wordWrap=True)
        self.help.setTextFormat(Qt.TextFormat.RichText)

        left = QSplitter(Qt.Orientation.Vertical, objectName="gcLeftSplitter")
        left.addWidget(self.table)
        left.addWidget(self.chart)
        left.setChildrenCollapsible(False)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heatmap, 1)
        column.addWidget(self.heatmap_note)
        split = QSplitter(Qt.Orientation.Horizontal, objectName="gcSplitter")
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return split

    # -- public API -------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._runner.busy

    def bug(self) -> str | None:
        """The planted bug picked in the combo (None: correct backprop)."""
        return self.bug_combo.currentData()

    def set_bug(self, name: str | None) -> None:
        """Select ``name`` (a BUGS key, or None) without emitting bugChanged."""
        if name is not None and name not in BUGS:
            raise ValueError(f"unknown bug {name!r}; choose one of: {', '.join(BUGS)}")
        with QSignalBlocker(self.bug_combo):
            self.bug_combo.setCurrentIndex(self.bug_combo.findData(name) if name else 0)
        self._update_bug_display()

    def run_check(self) -> bool:
        """Start a check on a copy of the current network. False if it cannot start now."""
        c = self.controller
        if self.is_running or c.dataset is None or c.net is None:
            return False
        bug = self.bug()
        net = c.network_copy().copy(bug=bug)
        n = min(self.samples.value(), len(c.dataset.t_test))
        x = np.asarray(c.dataset.x_test[:n], dtype=np.float64)
        t = np.asarray(c.dataset.t_test[:n])
        h = self.step.currentData()
        max_entries = self.max_entries.value() if self.mode.currentData() else None

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
        self._set_summary(lambda: self.tr("Checking…"), "info")
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
            self._set_summary(lambda: self.tr("Cancelling…"), "info")
            self._update_controls()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """For the window's closeEvent: cancel, wait for the thread, drop late results."""
        self._tick.stop()
        self._runner.stop(wait=True, retire=True, timeout_ms=timeout_ms)
        self._update_controls()

    def refresh(self) -> None:
        """Re-read the controller (data ready? which activation?) and update the controls."""
        self._update_controls()
        self._update_bug_display()

    def set_font_scale(self, scale: float) -> None:
        """Presentation size: 1.0 is the app's font; the summary is always larger and bold."""
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.45 * scale)
        font.setBold(True)
        self.summary.setFont(font)
        race = QFont(self.font())
        race.setPointSizeF(max(race.pointSizeF(), 9.0) * 1.15 * scale)
        self.race.setFont(race)
        self.details.setFont(race)
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
            self._set_summary(lambda: self.tr("Cancelled"), "info")
            self._set_details(lambda: self.tr("The check was cancelled; nothing was compared. "
                                              "Press Run to start again."))
            self.checkFailed.emit("Cancelled")
        else:
            self._set_summary(lambda: self.tr("The check failed: {0}").format(text), "wrong")
            self.checkFailed.emit(text)

    def _show_elapsed(self) -> None:
        if self._runner.busy and not self._cancelling:
            seconds = time.perf_counter() - self._started
            self._set_summary(lambda: self.tr("Checking… {0:.1f} s").format(seconds), "info")

    # -- display ---------------------------------------------------------------------------
    def _set_summary(self, text, kind) -> None:
        """``text``: a callable making the summary (made again after a language change)."""
        self._summary = (text, kind)
        self.summary.setText(text())
        self.summary.setStyleSheet(f"color: {SUMMARY_COLOURS[kind]};")
        self.summary.setProperty("kind", kind)

    def _clear_results(self) -> None:
        self.table.clear_rows()
        self.chart.clear_rows()
        self.heatmap.clear()
        self._set_details(None)
        self.race.setText("")

    def _set_details(self, text) -> None:
        self._details = text
        self.details.setText(text() if text is not None else "")

    def _show_context(self) -> None:
        if self._context is None:
            self.context.setText("")
            return
        text = self._context()
        if self._took is not None:
            text += " · " + self.tr("took {0} in all").format(fmt_seconds(self._took))
        if self.result is not None and not self.is_running:
            text += self._stale_note()
        self.context.setText(text)

    def _show_result(self, result) -> None:
        activation = self._activation
        self._set_summary(lambda: summarize(result, activation)[1], summarize(result, activation)[0])
        self._set_details(lambda: "\n".join(summarize(result, activation)[2]))
        self.table.set_rows(result.rows)
        self.chart.set_rows(result.rows)
        self.race.setText(race_text(result))
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
        running = self.is_running
        self.run_button.setEnabled(ready and not running)
        if not ready:
            self.run_button.setToolTip(self.tr("waiting for the data"))
        elif running:
            self.run_button.setToolTip(self.tr("A check is running: Cancel stops it."))
        else:
            self.run_button.setToolTip(self.tr("Compare backprop's gradient with the numerical gradient on a copy "
                                               "of the current network (training, if running, is not disturbed)."))
        self.cancel_button.setEnabled(running and not self._cancelling)
        self.busy.setVisible(running)
        for widget in (self.samples, self.step, self.mode, self.bug_combo):
            widget.setEnabled(not running)
        self.max_entries.setEnabled(not running and self.mode.currentData() is not None)

    def _bug_picked(self, _index) -> None:
        self._update_bug_display()
        self.bugChanged.emit(self.bug())

    def _update_bug_display(self) -> None:
        name = self.bug()
        bug = BUGS.get(name) if name else None
        if bug is None:
            self.banner.hide()
            self.bug_combo.setToolTip(self.tr("Plant a classic backprop mistake in the checked copy and watch the "
                                              "check catch it. 'none' keeps every layer's backward correct."))
        else:
            self.banner.setText(self.tr("PLANTED BUG: {0} — backprop is deliberately wrong").format(bug_title(name)))
            self.banner.show()
            self.bug_combo.setToolTip("{0}: {1}".format(bug_title(name), bug_explanation(name)))
        net = self.controller.net
        need = bug.needs_activation if bug else None
        if need is not None and net is not None and net.activation != need:
            self.bug_hint.setText(self.tr("this bug only affects {0} layers; switch the activation to see it")
                                  .format(act_name(need)))
            self.bug_hint.show()
        else:
            self.bug_hint.hide()

    def _stale_note(self) -> str:
        return " · " + self.tr("the network has changed since: run the check again") if self._stale else ""

    def _on_network_reset(self, _reason) -> None:
        self.refresh()
        self._stale = True
        if self.result is not None and not self.is_running:
            self._show_context()

    def _toggle_help(self, shown: bool) -> None:
        self.help.setVisible(shown)
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
