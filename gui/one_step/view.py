"""OneStepView: one forward and one backward pass, walked through layer by layer.

The view asks the engine for a ``StepTrace`` (``engine.explain.trace_step``)
of the controller's network on a few test images and shows it one stage at a
time, in the order the computer does the work: Affine1 forward, Relu1
forward, ..., SoftmaxWithLoss forward and backward, ..., Affine1 backward.

* ``DiagramStrip`` (``diagram.py``) across the top is the book's layer graph:
  forward arrows above (left to right), gradient arrows below (right to left,
  in red), the current stage filled in, and the name and shape of what it
  passes on.
* ``DetailPanel`` (``detail.py``) gives the stage's formula in large type, a
  sentence or two of explanation, and (``ArraysView``, ``arrays.py``) every
  array of the stage by its book name and shape, with a few values and
  min/mean/max. The input digits appear as images; the softmax output as a
  table, one row per image, with the true label marked.

The trace runs on a float64 copy of ``controller.network_copy()`` (the latest
snapshot while training), so nothing here changes the network, and it works
while a run goes on. "Run one step" takes a fresh snapshot each time.

Colours follow the application palette (light, dark, high contrast), and
``set_font_scale`` enlarges every font for presentation mode.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import trace_step

from ..common.engine_text import class_names, reason_text
from ..common.panel import Retranslating
from ..common.text import sentences
from .detail import DetailPanel
from .diagram import DiagramStrip
from .parts import FontScale, colors_for

__all__ = ["OneStepView", "DiagramStrip"]


class OneStepView(Retranslating, QWidget):
    """One forward and backward pass of the controller's network, stage by stage."""

    # (layer such as 'Affine1', 'forward' or 'backward', the batch's test-set rows (N,) int64):
    # "Show in the computational graph" asks the shell for the same stage of the same pass there.
    graphRequested = Signal(str, str, object)

    def __init__(self, controller, parent: QWidget | None = None, *, seed: int = 0):
        super().__init__(parent)
        self.setObjectName("oneStepView")
        self.controller = controller
        self._rng = np.random.default_rng(seed)
        self.fonts = FontScale()  # every font of the view, for set_font_scale
        self._indices = None  # test-set rows of the batch
        self._trace = None
        self._stage = -1
        # The controller's last networkReset (a NetworkChange), also when this view is made after it (a tab
        # built when first opened, after a model was loaded).
        self._origin = getattr(controller, "origin", None)
        self._trace_origin = None
        self._trace_step_count = 0  # controller.total_step when the trace was taken
        self._trace_changed = None  # why the network changed since, if it did
        self._build()
        controller.networkReset.connect(self._on_network_reset)
        controller.runFinished.connect(lambda _report: self._update_source())
        self.refresh()

    # -- construction -----------------------------------------------------------------
    def _font(self, widget, px: int, bold: bool = False):
        return self.fonts.add(widget, px, bold)

    def _px(self, px: float) -> int:
        return self.fonts.px(px)

    def _button(self, name, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return self._font(button, 15)

    def _label(self, name, px, bold=False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self._font(label, px, bold)

    def _build(self) -> None:
        self.batch_label = batch_label = self._font(QLabel(), 15)
        self.batch_spin = self._font(QSpinBox(), 15)
        self.batch_spin.setObjectName("osBatch")
        self.batch_spin.setRange(1, 8)
        self.batch_spin.setValue(2)
        self.batch_spin.valueChanged.connect(self._on_batch_size)
        batch_label.setBuddy(self.batch_spin)
        self.new_batch_button = self._button("osNewBatch", self.new_batch)
        self.run_button = self._button("osRun", self.run_step)
        self.prev_button = self._button("osPrev", self.previous_stage)
        self.next_button = self._button("osNext", self.next_stage)
        self.position_label = self._label("osPosition", 15)
        self.position_label.setWordWrap(False)
        self.graph_button = self._button("osToGraph", self._to_graph)

        bar = QHBoxLayout()
        bar.addWidget(batch_label)
        bar.addWidget(self.batch_spin)
        bar.addWidget(self.new_batch_button)
        bar.addWidget(self.run_button)
        bar.addSpacing(24)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.position_label)
        bar.addStretch(1)

        self.waiting_label = self._label("osWaiting", 17)
        self.source_label = self._label("osSource", 14)
        self.diagram = DiagramStrip()

        self.stage_list = self._font(QListWidget(), 14)  # narrow enough to leave the tables room
        self.stage_list.setObjectName("osStages")
        self.stage_list.setSpacing(2)
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.stage_list.currentRowChanged.connect(self._on_row_changed)

        self.detail = DetailPanel(self.fonts)
        self.arrays_view = self.detail.arrays_view

        body = QHBoxLayout()
        body.addWidget(self.stage_list)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.waiting_label)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label, 1)
        source_row.addWidget(self.graph_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(source_row)
        layout.addWidget(self.diagram)
        layout.addLayout(body, 1)
        self.retranslate()

        # Presentation remotes send Page Up / Page Down.
        for key, slot in ((Qt.Key.Key_PageDown, self.next_stage), (Qt.Key.Key_PageUp, self.previous_stage)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the current language; the stage shown is written again."""
        self.batch_label.setText(self.tr("Batch size"))
        self.batch_spin.setToolTip(self.tr("N, the number of test images in the batch (1 to 8): "
                                           "the first dimension of x, out, dout and dx"))
        for button, text, tip in (
            (self.new_batch_button, self.tr("New batch"),
             self.tr("Pick other random test images and run the step on them")),
            (self.run_button, self.tr("Run one step"),
             self.tr("One forward and backward pass on the latest weights of the network\n"
                     "(computed on a copy: the network is not changed)")),
            (self.prev_button, self.tr("◀ Previous"), self.tr("Show the previous stage (Page Up)")),
            (self.next_button, self.tr("Next ▶"), self.tr("Show the next stage (Page Down)")),
            (self.graph_button, self.tr("Show in the computational graph"),
             self.tr("The same pass on the same images, drawn as a computational graph of\n"
                     "matrix products, bias additions and activations, at this stage")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.waiting_label.setText(self.tr("Waiting for the data…"))
        self.source_label.setToolTip(self.tr("Which weights this step used"))
        self.stage_list.setToolTip(self.tr("The stages of one step, in the order the computer does them:\n"
                                           "forward through every layer, then backward. Click one to show it."))
        self._fit_sizes()
        if self._trace is not None:
            self._fill_stage_list()
            self.show_stage(self._stage)
        self._update_nav()
        self._update_source()

    # -- public -------------------------------------------------------------------------
    @property
    def trace(self):
        """The last StepTrace, or None."""
        return self._trace

    @property
    def current_stage(self) -> int:
        """Index in ``trace.stages`` of the stage shown; -1 if none."""
        return self._stage

    @property
    def current_record(self):
        """The StageRecord shown, or None."""
        return self._trace.stages[self._stage] if self._trace is not None and self._stage >= 0 else None

    def refresh(self) -> None:
        """Enable the controls once there is data (connect to the window's datasetReady)."""
        ready = self.controller.dataset is not None and self.controller.net is not None
        self.waiting_label.setVisible(not ready)
        for widget in (self.batch_spin, self.new_batch_button, self.run_button):
            widget.setEnabled(ready)
        if self._trace is None and self.controller.net is not None:
            self.diagram.set_layers(self.controller.net.layers)
        self._update_nav()
        self._update_source()

    def run_step(self) -> bool:
        """Trace one forward and backward pass on the batch, with the network's latest weights.

        Returns False (and does nothing) while there is no data or network yet.
        The stage shown stays the same if the new trace has the same stages.
        """
        dataset, net = self.controller.dataset, self.controller.network_copy()
        if dataset is None or net is None:
            self.refresh()
            return False
        if self._indices is None or len(self._indices) != self.batch_spin.value():
            self._pick(self.batch_spin.value())
        x, t = dataset.x_test[self._indices], dataset.t_test[self._indices]
        old_titles = self._trace.stage_titles if self._trace is not None else None
        with np.errstate(all="ignore"):  # a diverged network shows its inf and nan; it does not warn
            self._trace = trace_step(net, x, t)
        self._trace_step_count = self.controller.total_step
        self._trace_origin = self._origin
        self._trace_changed = None
        self._fill_stage_list()
        keep = old_titles == self._trace.stage_titles and self._stage >= 0
        self.show_stage(self._stage if keep else 0)
        self.refresh()
        return True

    def new_batch(self) -> None:
        """Other random test images; runs the step on them."""
        if self.controller.dataset is None:
            return
        self._pick(self.batch_spin.value(), keep=0)
        self.run_step()

    def show_stage(self, index: int) -> None:
        """Show stage ``index`` of the trace (clamped to the stages there are)."""
        if self._trace is None:
            return
        index = max(0, min(int(index), len(self._trace.stages) - 1))
        self._stage = index
        if self.stage_list.currentRow() != index:
            self.stage_list.blockSignals(True)
            self.stage_list.setCurrentRow(index)
            self.stage_list.blockSignals(False)
        self.diagram.set_stage(self._trace, index)
        with np.errstate(all="ignore"):
            self.detail.show_stage(self._trace, index, self._stage_name(self._trace.stages[index]),
                                   colors_for(self), class_names(self.controller.dataset))
        self._update_nav()

    def show_layer(self, layer: str, direction: str, indices=None) -> bool:
        """Show ``layer``'s forward or backward stage, on the test rows ``indices`` (N,) if given.

        A new batch is traced when ``indices`` differ from the current one (or nothing is
        traced yet). False while there is no data, or when the trace has no such stage.
        """
        if self.controller.dataset is None or self.controller.net is None:
            return False
        if indices is not None and (self._indices is None or not np.array_equal(indices, self._indices)):
            self._indices = np.asarray(indices, dtype=np.int64)
            self.batch_spin.blockSignals(True)
            self.batch_spin.setValue(len(self._indices))
            self.batch_spin.blockSignals(False)
            self.run_step()
        elif self._trace is None:
            self.run_step()
        for i, record in enumerate(self._trace.stages):
            if record.layer == layer and record.direction == direction:
                self.show_stage(i)
                return True
        return False

    def _to_graph(self) -> None:
        record = self.current_record
        if record is not None:
            self.graphRequested.emit(record.layer, record.direction, self._indices.copy())

    def next_stage(self) -> None:
        if self._trace is not None:
            self.show_stage(self._stage + 1)

    def previous_stage(self) -> None:
        if self._trace is not None:
            self.show_stage(self._stage - 1)

    def stage_list_texts(self) -> list[str]:
        """The names in the stage list: 'Affine1 forward', ..."""
        return [self.stage_list.item(i).text() for i in range(self.stage_list.count())]

    def detail_text(self) -> str:
        """The detail panel as plain text: title, formula, explanation, arrays."""
        return self.detail.text()

    def set_font_scale(self, scale: float) -> None:
        """Scale every font (1.0 normal; presentation mode uses about 1.6)."""
        self.fonts.set_scale(min(max(float(scale), 0.5), 2.5))
        self.diagram.set_font_scale(self.fonts.scale)
        self._fit_sizes()
        if self._trace is not None:
            self.show_stage(self._stage)

    # -- events -------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()
        if self._trace is None and self.controller.dataset is not None:
            self.run_step()  # something to look at from the start

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)  # Retranslating: retranslate() on a language change
        if event.type() == QEvent.Type.PaletteChange and self._trace is not None:
            self._fill_stage_list()  # the colours follow the theme
            self.show_stage(self._stage)

    def _on_network_reset(self, reason) -> None:
        self._origin = reason
        if self._trace is not None:
            self._trace_changed = reason
        self.refresh()

    def _on_batch_size(self, n: int) -> None:
        if self.controller.dataset is None:
            return
        self._pick(n)
        if self._trace is not None:
            self.run_step()

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_stage(row)

    # -- helpers ------------------------------------------------------------------------
    def _pick(self, n: int, keep: int | None = None) -> None:
        """n test rows: the first ``keep`` of the current batch (as many as fit by default), the rest random."""
        size = len(self.controller.dataset.t_test)
        old = [] if self._indices is None else [int(i) for i in self._indices]
        old = old[:n if keep is None else keep]
        fresh = [int(i) for i in self._rng.choice(size, size=n + len(old), replace=False) if i not in old]
        self._indices = np.array(old + fresh[:n - len(old)], dtype=np.int64)

    def _fill_stage_list(self) -> None:
        c = colors_for(self)
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for record in self._trace.stages:
            self.stage_list.addItem(self._stage_name(record))
            item = self.stage_list.item(self.stage_list.count() - 1)
            item.setForeground(QColor(c.blue if record.direction == "forward" else c.red))
        self.stage_list.setCurrentRow(self._stage)
        self.stage_list.blockSignals(False)
        self._fit_stage_list()

    def _fit_sizes(self) -> None:
        for button in (self.new_batch_button, self.run_button, self.prev_button, self.next_button,
                       self.graph_button):
            button.setMinimumHeight(self._px(36))
        self.batch_spin.setMinimumSize(self._px(64), self._px(36))
        self._fit_stage_list()

    def _fit_stage_list(self) -> None:
        texts = self.stage_list_texts() or [self.tr("{layer} backward").format(layer="SoftmaxWithLoss")]
        widest = max(self.stage_list.fontMetrics().horizontalAdvance(t) for t in texts)
        self.stage_list.setFixedWidth(int(widest + 28 * self.fonts.scale))  # room for the frame and a scroll bar

    def _update_nav(self) -> None:
        count = len(self._trace.stages) if self._trace is not None else 0
        self.prev_button.setEnabled(count > 0 and self._stage > 0)
        self.next_button.setEnabled(count > 0 and self._stage < count - 1)
        self.stage_list.setEnabled(count > 0)
        self.graph_button.setEnabled(count > 0)
        self.position_label.setText(self.tr("Stage {0} of {1}").format(self._stage + 1, count) if count else "")

    def _update_source(self) -> None:
        if self._trace is None:
            self.source_label.setText(self.tr("Press “Run one step” to trace a forward and backward pass."))
            return
        trace, steps = self._trace, self._trace_step_count
        if self._trace_origin is not None and self._trace_origin.from_file:
            weights = (self.tr("Weights loaded from a file") if not steps else
                       self.tr("Weights loaded from a file, then trained {steps} steps").format(steps=f"{steps:,}"))
        elif steps:
            weights = self.tr("Weights after {steps} training steps").format(steps=f"{steps:,}")
        else:
            weights = self.tr("Random initial weights, not trained yet")
        text = self.tr("{weights} · {arch} · {act} · a batch of {n} test images "
                       "· computed in float64 on a copy: the network is not changed.").format(
            weights=weights, arch=" → ".join(str(s) for s in trace.sizes),
            act="ReLU" if trace.activation == "relu" else "Sigmoid", n=trace.batch_size)
        if self._trace_changed is not None:
            text = sentences(text, self.tr("The network has changed since ({why}): run the step again.").format(
                why=reason_text(self._trace_changed)))
        elif self.controller.total_step != steps:
            text = sentences(text, self.tr("It has trained on since (step {now}): run the step again "
                                           "for the latest weights.").format(now=f"{self.controller.total_step:,}"))
        self.source_label.setText(text)

    # -- the words ------------------------------------------------------------------------
    def _stage_name(self, record) -> str:
        if record.direction == "forward":
            return self.tr("{layer} forward").format(layer=record.layer)
        return self.tr("{layer} backward").format(layer=record.layer)
