"""Live loss and accuracy plots for a training run.

``TrainingPlots`` shows two pyqtgraph plots in a vertical splitter that share
their step axis: the loss of every mini-batch (thin grey) and its moving
average (EMA, thick blue), with a smoothing slider and a log scale; train and
test accuracy at each evaluation. A crosshair follows the mouse over either
plot; the read-out under them gives the values at the nearest point
(``readout.py``). The step axis follows the run (``step_axis.py``); learning
rates changed mid-run are marked (``lr_marks.py``); ``finish_run`` keeps the
run as a faint ghost for comparison with the next ones (``ghosts.py``).

Performance: the curves are created once; data lives in preallocated NumPy
buffers (``curve_data.py``), and ``add_reports`` calls ``setData`` once per
curve per batch. The plots clip to the view and downsample (peak mode for the
raw losses, mean for the smooth lines; ``plot_items.py``), so a 100,000-step
run stays responsive. The EMA of appended points is computed incrementally.
"""
from __future__ import annotations

from functools import partial
from typing import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QSplitter, QVBoxLayout, QWidget

from .curve_data import RunCurves, ema, write_csv
from .ghosts import GhostRuns
from .lr_marks import LearningRateMarks
from .plot_items import (LABEL_PT, LEGEND_PT, WholeCurve, aims_at_x, make_plot, settle_view, style_plot,
                         style_run_curves, tune_downsampling)
from .readout import describe
from .step_axis import Pace
from ..common.palette import colours
from ..common.panel import Retranslating

__all__ = ["TrainingPlots"]

_SLIDER_MAX = 999  # smoothing = slider value / 1000, so 0 .. 0.999


# ------------------------------------------------------------- widget ----

class TrainingPlots(Retranslating, QWidget):
    """Loss and accuracy of the current run (plus ghosts of earlier runs).

    Feed it ``engine.Report`` batches with ``add_reports``. Reports whose loss
    is not finite (a diverged run's last one) add no loss point; their
    accuracy, if evaluated, is still plotted. A report at the same step as
    the previous loss point (the 'stopped' report) adds no duplicate.
    Steps must increase within a run: call ``clear`` or ``finish_run``
    before a new run starts again from step 0.
    """

    def __init__(self, parent: QWidget | None = None, smoothing: float = 0.9):
        super().__init__(parent)
        self._font_scale = 1.0
        self._log_y = False

        self._plot_texts: dict[str, tuple[str, str]] = {}  # objectName -> (title, y label), English sources
        self._readout_x = None  # the step the read-out describes (None: the hint is shown)
        self._build_controls(smoothing)
        self.run = RunCurves(self.smoothing)  # the current run's points
        self._loss, self._evals = self.run.loss, self.run.evals  # (the same Columns for life)
        self.loss_plot = self._make_plot("lossPlot", QT_TRANSLATE_NOOP("TrainingPlots", "Loss per mini-batch"),
                                         QT_TRANSLATE_NOOP("TrainingPlots", "loss"))
        self.accuracy_plot = self._make_plot("accuracyPlot",
                                             QT_TRANSLATE_NOOP("TrainingPlots", "Accuracy at each evaluation"),
                                             QT_TRANSLATE_NOOP("TrainingPlots", "accuracy"))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.06)  # room for the 0 and 1 tick labels
        self.accuracy_plot.setLimits(yMin=-0.1, yMax=1.1)
        # The step axis is set from the data (``_update_x_range``), never by autorange:
        # the accuracy plot's autorange, fed a single point, threw it to -4000 .. 5000.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getViewBox().disableAutoRange(axis=pg.ViewBox.XAxis)
            plot.getViewBox().sigRangeChangedManually.connect(self._on_range_changed_by_hand)
            # The link maps one view's range onto the other by pixels, mid-resize too: set it again.
            plot.getViewBox().sigResized.connect(self._update_x_range)
        self._x_run, self._x_by_hand = None, False  # (first, last step) of the run going on; panned by hand
        self._pace = Pace()  # the run's steps per second: how far ahead its step axis reaches
        self._slow = False

        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10), **self._legend_style())
        self.accuracy_legend = self.accuracy_plot.addLegend(offset=(-10, -10), **self._legend_style())
        self.accuracy_legend.setColumnCount(2)  # train and test side by side: one low row in its corner
        self._ghosts = GhostRuns(self.loss_plot, self.accuracy_plot, self.loss_legend, self.accuracy_legend)
        self.lr_marks = LearningRateMarks(self.loss_plot)
        # The curves of the current run: created here, once; later only setData.
        self.raw_curve, self.smoothed_curve = WholeCurve(name="mini-batch loss"), WholeCurve(name="smoothed (EMA)")
        for curve in (self.raw_curve, self.smoothed_curve):
            self.loss_plot.addItem(curve)
        self.train_curve = self.accuracy_plot.plot(name="train", symbol="o")
        self.test_curve = self.accuracy_plot.plot(name="test", symbol="s")
        self._curve_names = {  # curve -> its legend name (English source)
            self.raw_curve: QT_TRANSLATE_NOOP("TrainingPlots", "mini-batch loss"),
            self.smoothed_curve: QT_TRANSLATE_NOOP("TrainingPlots", "smoothed (EMA)"),
            self.train_curve: QT_TRANSLATE_NOOP("TrainingPlots", "train"),
            self.test_curve: QT_TRANSLATE_NOOP("TrainingPlots", "test"),
        }
        for curve in (self.raw_curve, self.smoothed_curve):
            curve.setZValue(10)
        self.smoothed_curve.setZValue(11)
        tune_downsampling(self.raw_curve, smooth=False)
        tune_downsampling(self.smoothed_curve, smooth=True)

        self._crosshairs = []
        for plot in (self.loss_plot, self.accuracy_plot):
            line = pg.InfiniteLine(angle=90, movable=False)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self._crosshairs.append(line)
        # Rate-limited: the read-out does a search per move, not per pixel.
        self._mouse_proxies = [
            pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30, slot=partial(self._on_mouse_moved, plot))
            for plot in (self.loss_plot, self.accuracy_plot)
        ]

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("plotSplitter")
        self.splitter.addWidget(self.loss_plot)
        self.splitter.addWidget(self.accuracy_plot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.readout = QLabel(self)
        self.readout.setObjectName("plotReadout")
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._controls)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.readout)
        self.readout.setContentsMargins(8, 2, 8, 4)

        self.retranslate()
        self._set_all_data()

    # ----------------------------------------------------------- texts ----

    def retranslate(self) -> None:
        """Every text in the current language: controls, titles, axes, legends, read-out."""
        self.smoothing_slider.setToolTip(self.tr(
            "Smoothing of the blue loss line: an exponential moving average (EMA). "
            "Each point is a·(previous average) + (1−a)·(new loss). "
            "0 shows the raw losses; near 1 the line is smoother but reacts later."))
        self.smoothing_title.setText(self.tr("Smoothing"))
        self.log_check.setText(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis: "
                                          "small late improvements become visible."))
        self.loss_plot.setToolTip(self.tr("Loss of every mini-batch (grey) and its moving average (blue). "
                                          "Drag to pan, wheel to zoom, right-click for more."))
        self.accuracy_plot.setToolTip(self.tr("Train and test accuracy at each evaluation. "
                                              "Drag to pan, wheel to zoom, right-click for more."))
        self.readout.setToolTip(self.tr("Values at the point nearest the mouse (the dashed line on the plots)."))
        for curve, name in self._curve_names.items():
            curve.opts["name"] = self.tr(name)
        self._apply_style()  # titles, axis labels and legend entries
        if self._readout_x is None:
            self.readout.setText(self.tr("Point at a plot to read its values."))
        else:
            self.show_readout_at(self._readout_x)

    # -------------------------------------------------------- building ----

    def _build_controls(self, smoothing: float) -> None:
        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.smoothing_slider.setObjectName("smoothing")
        self.smoothing_slider.setRange(0, _SLIDER_MAX)
        self.smoothing_slider.setValue(round(min(max(smoothing, 0.0), 0.999) * 1000))
        self.smoothing_slider.setMinimumWidth(160)
        self.smoothing_slider.setPageStep(50)
        self.smoothing_value = QLabel(self)
        self.log_check = QCheckBox(self)
        self.log_check.setObjectName("logY")
        self.smoothing_title = QLabel(self)
        self._controls = QHBoxLayout()
        self._controls.setContentsMargins(8, 4, 8, 0)
        self._controls.addWidget(self.smoothing_title)
        self._controls.addWidget(self.smoothing_slider)
        self._controls.addWidget(self.smoothing_value)
        self._controls.addSpacing(16)
        self._controls.addWidget(self.log_check)
        self._controls.addStretch(1)
        self._update_smoothing_label()
        self.smoothing_slider.valueChanged.connect(self._on_smoothing_changed)
        self.log_check.toggled.connect(self._on_log_toggled)

    def _make_plot(self, name: str, title: str, y_label: str) -> pg.PlotWidget:
        self._plot_texts[name] = (title, y_label)
        return make_plot(self, name)

    def _legend_style(self) -> dict:
        background, text = pg.mkColor(self._background()), pg.mkColor(colours(self).text)
        background.setAlpha(210)
        text.setAlpha(60)
        return dict(brush=pg.mkBrush(background), pen=pg.mkPen(text),
                    labelTextColor=colours(self).text, labelTextSize=f"{LEGEND_PT}pt")

    def _background(self) -> str:
        """The colour behind the curves (the theme gives plots the palette's base colour)."""
        return self.palette().color(QPalette.ColorRole.Base).name()

    def _apply_style(self) -> None:
        """Fonts, line widths and colours for the current font scale and theme."""
        s = self._font_scale
        c = colours(self)
        for plot in (self.loss_plot, self.accuracy_plot):
            title, y_label = (self.tr(text) for text in self._plot_texts[plot.objectName()])
            style_plot(plot.plotItem, title, y_label, self.tr("step"), s)
        for legend in (self.loss_legend, self.accuracy_legend):
            legend.setLabelTextSize(f"{LEGEND_PT * (1 + s) / 2:g}pt")  # legends, like titles, grow slower
            for sample, label in legend.items:  # setLabelTextSize alone does not re-render
                name = self._curve_names.get(sample.item)
                label.setText(self.tr(name) if name is not None else label.text)
            legend.updateSize()
        style_run_curves(self.raw_curve, self.smoothed_curve, self.train_curve, self.test_curve,
                         c, self._background(), s)
        self.lr_marks.style(c.muted, 1.5 * s, LEGEND_PT * (1 + s) / 2)
        for line in self._crosshairs:
            line.setPen(pg.mkPen(c.muted, width=1.0 * s, style=Qt.PenStyle.DashLine))
        for ghost in self._ghosts:
            self._style_ghost(ghost)
        font = self.readout.font()
        font.setPointSizeF(LABEL_PT * s)
        self.readout.setFont(font)

    def _style_ghost(self, ghost) -> None:
        # In presentation mode (a larger scale) ghosts keep their full colour: a projector washes pale lines out.
        GhostRuns.style(ghost, colours(self).ghost, self._background(), 1.5 * self._font_scale,
                        **({"paling": 0.0} if self._font_scale > 1.0 else {}))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:  # another theme: its curve colours
            self._apply_style()
        super().changeEvent(event)

    # ------------------------------------------------------------- data ----

    @property
    def n_points(self) -> int:
        """Loss points of the current run."""
        return self._loss.n

    @property
    def n_evals(self) -> int:
        """Evaluation points (accuracy) of the current run."""
        return self._evals.n

    @property
    def smoothing(self) -> float:
        return self.smoothing_slider.value() / 1000.0

    def set_smoothing(self, value: float) -> None:
        self.smoothing_slider.setValue(round(min(max(value, 0.0), 0.999) * 1000))

    def add_reports(self, reports: Sequence) -> None:
        """Append a batch of ``Report``s; one ``setData`` per curve for the batch."""
        loss_changed, evals_changed = self.run.add(reports)
        self._pace.add_reports(reports)
        if loss_changed:
            self._set_loss_data()
        if evals_changed:
            self._set_eval_data()
        if len(self.lr_marks.lines) != len(self.run.lr_changes):
            self.lr_marks.sync(self.run.lr_changes)
        if loss_changed or evals_changed:
            moved = self._update_x_range(only_if_moved=True)
            # Only a plot whose points or step axis changed needs a fit (at full speed: not the accuracy plot)
            for plot, changed in ((self.loss_plot, loss_changed), (self.accuracy_plot, evals_changed)):
                if changed or moved:
                    settle_view(plot.getViewBox())

    @property
    def n_nonfinite(self) -> int:
        """Reports of the current run whose loss was inf or NaN (not plotted)."""
        return self.run.n_nonfinite

    @n_nonfinite.setter
    def n_nonfinite(self, value: int) -> None:
        self.run.n_nonfinite = int(value)

    def set_x_span(self, last_step: int | None, first_step: int = 0) -> None:
        """A run from ``first_step`` to ``last_step`` begins (None: the run ended): the step axis
        follows the run with room to grow (``step_axis``), then shows it whole. Panning or
        zooming by hand turns this off until the next run."""
        self._x_run = (first_step, last_step) if last_step else None
        if last_step:
            self._x_by_hand = False
            self._pace.reset()
        self._update_x_range()

    def _update_x_range(self, *_, only_if_moved: bool = False) -> bool:
        if self._x_by_hand or not hasattr(self, "_ghosts"):
            return False
        window = self._pace.window((self._loss["step"], self._evals["step"]), self._x_run, self._slow)
        if window is None:
            return False
        lo, hi = window
        if only_if_moved and all(aims_at_x(p.getViewBox(), lo, hi, 0.02) for p in (self.loss_plot, self.accuracy_plot)):
            return False  # most updates: the axis's right end moves only when the run passes it
        for plot in (self.loss_plot, self.accuracy_plot):  # both: the link alone lagged an update behind
            view = plot.getViewBox()
            view.setXRange(lo, hi, padding=0.02)
            view.disableAutoRange(axis=pg.ViewBox.XAxis)
        return True

    def _on_range_changed_by_hand(self, *_):  # panned or zoomed: the step axis is the user's now
        self._x_by_hand = True

    def set_speed_cap(self, steps_per_second: float | None) -> None:
        """The speed control's cap (None: full speed): the step axis reaches ahead at the capped pace."""
        self._pace.cap = steps_per_second

    def set_slow_motion(self, slow: bool) -> None:
        """Slow motion: the step axis follows the latest steps (``step_axis.SLOW_WINDOW``), each loss a dot."""
        self._slow = bool(slow)
        self.raw_curve.setSymbol("o" if self._slow else None)
        # The y axis fits the steps in view: the last few dozen losses, not the whole run.
        self.loss_plot.getViewBox().setAutoVisible(y=self._slow)
        self._update_x_range()

    def clear(self) -> None:
        """Empty the current run's curves (Reset). Ghosts stay: see ``clear_ghosts``."""
        self.run.clear()
        self.lr_marks.clear()
        for line in self._crosshairs:
            line.setVisible(False)
        self._readout_x = None
        self.readout.setText(self.tr("Point at a plot to read its values."))
        self._set_all_data()

    def _finite_kwargs(self) -> dict:
        # Loss data is finite by construction; only log scale can map a zero loss to -inf.
        return dict(connect="finite" if self._log_y else "all", skipFiniteCheck=not self._log_y)

    def _set_loss_data(self) -> None:
        kw = self._finite_kwargs()
        steps = self._loss["step"]
        self.raw_curve.setData(steps, self._loss["loss"], **kw)
        self.smoothed_curve.setData(steps, self._loss["smoothed"], **kw)

    def _set_eval_data(self) -> None:
        steps = self._evals["step"]
        self.train_curve.setData(steps, self._evals["train"])
        self.test_curve.setData(steps, self._evals["test"])

    def _set_all_data(self) -> None:
        self._set_loss_data()
        self._set_eval_data()

    def _on_smoothing_changed(self, _value: int) -> None:
        self._update_smoothing_label()
        self.run.set_smoothing(self.smoothing)
        self._set_loss_data()
        for ghost in self._ghosts:
            self._set_ghost_loss(ghost)

    def _update_smoothing_label(self) -> None:
        self.smoothing_value.setText(f"{self.smoothing:.3f}")

    def _on_log_toggled(self, checked: bool) -> None:
        self._log_y = bool(checked)
        self.loss_plot.setLogMode(x=False, y=self._log_y)
        self._set_loss_data()
        for ghost in self._ghosts:
            self._set_ghost_loss(ghost)

    # ----------------------------------------------------------- ghosts ----

    def finish_run(self, label: str = "") -> bool:
        """Keep the current run as a faint ghost named ``label`` and start empty curves.

        The ghost shows the smoothed loss (it follows the smoothing slider) and
        the test accuracy. At most MAX_GHOSTS are kept; the oldest goes first.
        Returns False (and keeps nothing) if the run has no data.
        """
        if self._loss.n == 0 and self._evals.n == 0:
            return False
        label = label or self.tr("run {0}").format(self._ghosts.kept + 1)
        ghost = self._ghosts.add(label, self._loss["step"], self._loss["loss"],
                                 self._evals["step"], self._evals["test"])
        self._style_ghost(ghost)
        self._set_ghost_loss(ghost)
        self.clear()
        return True

    @property
    def ghost_labels(self) -> list[str]:
        return self._ghosts.labels

    def clear_ghosts(self) -> None:
        self._ghosts.clear()

    def set_ghosts_visible(self, visible: bool) -> None:
        self._ghosts.set_visible(visible)

    def restore_ghosts(self) -> int:
        """Bring back the ghosts ``clear_ghosts`` removed (undo); how many came back."""
        n = self._ghosts.restore()
        for ghost in self._ghosts:
            self._style_ghost(ghost)
            self._set_ghost_loss(ghost)
        return n

    def _set_ghost_loss(self, ghost) -> None:
        ghost.smoothed = ema(ghost.loss, self.smoothing)
        ghost.loss_item.setData(ghost.steps, ghost.smoothed, **self._finite_kwargs())

    # ------------------------------------------------------- crosshair ----

    def _on_mouse_moved(self, plot: pg.PlotWidget, args) -> None:
        pos = args[0]
        view = plot.getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            return
        self.show_readout_at(view.mapSceneToView(pos).x())

    def show_readout_at(self, x: float) -> str:
        """Move the crosshair to the point nearest step ``x`` and describe it.

        The current run's points are described; with none, the ghosts' (a
        plot that shows curves never says 'No data yet.').
        """
        self._readout_x = x
        text, line_x = describe(self.run, self._ghosts, x)
        self.readout.setText(text)
        for line in self._crosshairs:
            if line_x is not None:
                line.setValue(float(line_x))
            line.setVisible(line_x is not None)
        return text

    # ------------------------------------------------------ presentation ----

    def set_font_scale(self, scale: float) -> None:
        """Scale fonts and line widths: 1.0 normal, up to 2.0 for a projector."""
        self._font_scale = min(max(float(scale), 0.5), 2.0)
        self._apply_style()

    # ----------------------------------------------------------- export ----

    def export_csv(self, path) -> None:
        """Write the current run as CSV: step, loss, smoothed, train_acc, test_acc (see ``curve_data.write_csv``)."""
        write_csv(path, self._loss, self._evals)
