"""HealthView: the "Layer health" tab. Activations and gradients inside every hidden layer, live, with a verdict.

Per hidden layer a ``LayerColumn`` (the book's activation histogram, the
gradient histogram, the verdict badge and one sentence of why), and under
them ``TrendPlots``: each layer's gradient norm and update ratio over the
steps. The numbers are ``engine.layer_health`` of a copy of the controller's
network (``network_copy()``: the training network's layer caches belong to
the worker thread) on the first test images.

When it measures, and what it costs:

* at evaluation points of a run (reports with an accuracy), when a run ends,
  and when the network is replaced (new weights, a loaded model);
* throttled: after a measurement that took c seconds, the next waits at least
  ``max(MIN_INTERVAL_S, c / BUDGET)``, so the view never takes more than
  ``BUDGET`` of the wall-clock time, however often the run evaluates;
* idle while hidden: while another tab shows, nothing is computed (the
  signals only mark the view out of date); it measures once when shown again.
  The lines over time therefore have points only for the times the view was
  visible. ``measurements`` counts the measurements made (the tests read it).
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine import HEALTH_SAMPLES, layer_health

from ..common.fonts import scaled_font
from ..common.panel import Retranslating
from ..common.run_state import IDLE
from .layer_column import LayerColumn
from .trends import TrendPlots

__all__ = ["BUDGET", "MIN_INTERVAL_S", "HealthView", "health_samples"]

MIN_INTERVAL_S = 0.5  # measure at most twice a second
BUDGET = 0.05  # at most this fraction of the wall-clock time goes to measuring
_MACS_PER_MEASUREMENT = 300_000_000  # fewer test images for a very large network (~0.1 s at most)


def health_samples(net) -> int:
    """How many test images to measure ``net`` on: the book's 1,000, fewer (down to 100) for a huge net."""
    n_params = sum(p.size for p in net.params.values())
    return int(min(HEALTH_SAMPLES, max(100, _MACS_PER_MEASUREMENT // max(n_params, 1))))


class _Page(QWidget):
    """The view's page inside its scroll area: as tall as the viewport, scrolling only when it must.

    Word-wrapped labels give the layout a height-for-width, and QScrollArea
    would size the page to its preferred height (a scroll bar at any size);
    answering with the minimum height for the width lets the page fill the
    viewport. For the width: the caption and the layers' titles wrap in large
    type on a narrow window, and with the plain minimum the columns were
    squeezed under them, the histograms running into the labels below.
    """

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumSizeHint().height(), self.layout().minimumHeightForWidth(width))


class HealthView(Retranslating, QWidget):
    """Layer health of the controller's network: per layer histograms and verdicts, and lines over time."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthView")
        self.controller = controller
        self.report = None  # the latest engine.HealthReport
        self.measurements = 0
        self.last_cost = 0.0  # seconds the latest measurement took
        self._step = None  # the step of the latest measurement
        self._running = False  # whether a run was training then
        self._dirty = True
        self._not_before = 0.0  # time.monotonic() before which no measurement starts
        self._scale = 1.0
        self.columns: list[LayerColumn] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._measure_if_shown)
        self._build()
        self.retranslate()
        self.set_font_scale(1.0)
        controller.progress.connect(self._on_progress)
        controller.runFinished.connect(self._on_run_finished)
        controller.networkReset.connect(self._on_network_reset)

    def _build(self) -> None:
        self.waiting = QLabel(objectName="healthWaiting", alignment=Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(objectName="healthCaption", wordWrap=True)
        self.columns_box = QWidget(objectName="healthColumns")
        self._columns_row = QHBoxLayout(self.columns_box)
        self._columns_row.setContentsMargins(0, 0, 0, 0)
        self._columns_row.setSpacing(8)
        self.trends = TrendPlots()
        page = _Page(objectName="healthPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.columns_box, 3)
        column.addWidget(self.trends, 2)
        self.scroll = QScrollArea(objectName="healthScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(page)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.stack)

    # -- texts, theme, fonts -------------------------------------------------------------
    def retranslate(self) -> None:
        self.waiting.setText(self.tr("Waiting for the data…"))
        self.caption.setToolTip(self.tr("Measured on a copy of the network at evaluation points while training, and "
                                   "whenever the network changes; nothing is measured while this tab is hidden"))
        self._write_caption()
        self.trends.retranslate()
        for col in self.columns:
            col.retranslate()

    def _write_caption(self) -> None:
        if self.report is None:
            self.caption.setText("")
            return
        n = self.report.samples
        if self._step == 0:
            text = self.tr("Each hidden layer with the initial weights, on {0:,} test images").format(n)
        elif self._running:
            text = self.tr("Each hidden layer at step ≈{0:,} (training), on {1:,} test images").format(self._step, n)
        else:
            text = self.tr("Each hidden layer after step {0:,}, on {1:,} test images").format(self._step, n)
        self.caption.setText(text)

    def set_font_scale(self, scale: float) -> None:
        """1.0 normal; up to 2.0 for a projector."""
        self._scale = min(max(float(scale), 0.5), 2.0)
        self.caption.setFont(scaled_font(self.font(), 1.25 * self._scale, bold=True))
        self.waiting.setFont(scaled_font(self.font(), 1.6 * self._scale, bold=True))
        for col in self.columns:
            col.set_font_scale(self._scale)

    # -- when to measure -------------------------------------------------------------------
    def _on_progress(self, reports) -> None:
        if any(r.evaluated for r in reports):
            self._request()

    def _on_run_finished(self, _report) -> None:
        self._request()

    def _on_network_reset(self, _reason: str) -> None:
        self.trends.clear()
        self._not_before = 0.0  # a new network is worth showing at once
        self._request()

    def _request(self) -> None:
        """Measure soon (throttled) if shown; else remember that the view is out of date."""
        if not self.isVisible():
            self._dirty = True
        elif not self._timer.isActive():
            self._timer.start(max(0, int((self._not_before - time.monotonic()) * 1000)))

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty or self.report is None:
            self._request()

    def _measure_if_shown(self) -> None:
        if self.isVisible():
            self.measure()
        else:
            self._dirty = True

    # -- measuring -------------------------------------------------------------------------
    def measure(self) -> None:
        """Measure a copy of the controller's network now and show it."""
        c = self.controller
        net = c.network_copy() if c.dataset is not None else None
        self.stack.setCurrentWidget(self.scroll if net is not None else self.waiting)
        if net is None:
            return
        self._dirty = False
        start = time.monotonic()
        lr = float(c.config.lr)
        report = layer_health(net, c.dataset.x_test, c.dataset.t_test, lr=lr, samples=health_samples(net))
        self.last_cost = time.monotonic() - start
        self._not_before = time.monotonic() + max(MIN_INTERVAL_S, self.last_cost / BUDGET)
        self.measurements += 1
        self.report = report
        self._step = c.total_step
        self._running = c.state != IDLE
        self._show(report)

    def _show(self, report) -> None:
        n = len(report.layers)
        while len(self.columns) < n:
            col = LayerColumn(len(self.columns) + 1)
            col.set_font_scale(self._scale)
            self._columns_row.addWidget(col, 1)
            self.columns.append(col)
        for k, col in enumerate(self.columns):
            col.setVisible(k < n)
            if k < n:
                col.show_layer(report.layers[k])
        self.trends.add(self._step, report)
        self._write_caption()
