"""OneStepView: one forward and one backward pass, walked through layer by layer.

The view asks the engine for a ``StepTrace`` (``engine.explain.trace_step``)
of the controller's network on a few test images and shows it one stage at a
time, in the order the computer does the work: Affine1 forward, Relu1
forward, ..., SoftmaxWithLoss forward and backward, ..., Affine1 backward.

* ``DiagramStrip`` across the top is the book's layer graph: forward arrows
  above (left to right), gradient arrows below (right to left, in red), the
  current stage filled in, and the name and shape of what it passes on.
* The detail panel gives the stage's formula in large type, a sentence or two
  of explanation, and every array of the stage by its book name and shape,
  with a few values and min/mean/max. The input digits appear as images; the
  softmax output as a table, one row per image, with the true label marked.

The trace runs on a float64 copy of ``controller.network_copy()`` (the latest
snapshot while training), so nothing here changes the network, and it works
while a run goes on. "Run one step" takes a fresh snapshot each time.

Colours follow the application palette (light, dark, high contrast), and
``set_font_scale`` enlarges every font for presentation mode.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engine import log_softmax, trace_step

from ..common.engine_text import class_names, formula_text, reason_text
from ..common.text import sentences
from .parts import (
    LABEL_CHARS,
    MONO,
    N_VALUES,
    TABLE_MAX,
    Colors,
    DiagramStrip,
    format_cells,
    colors_for,
    diverging_image,
    gray_image,
    number_format,
    set_font,
    shape_text,
)

__all__ = ["OneStepView", "DiagramStrip"]

class OneStepView(QWidget):
    """One forward and backward pass of the controller's network, stage by stage."""

    def __init__(self, controller, parent: QWidget | None = None, *, seed: int = 0):
        super().__init__(parent)
        self.setObjectName("oneStepView")
        self.controller = controller
        self._rng = np.random.default_rng(seed)
        self._scale = 1.0
        self._fonts = []  # (widget, px at scale 1, bold), for set_font_scale
        self._indices = None  # test-set rows of the batch
        self._trace = None
        self._stage = -1
        self._origin = ""  # reason of the controller's last networkReset ("new weights", "loaded ...")
        self._trace_origin = ""
        self._trace_step_count = 0  # controller.total_step when the trace was taken
        self._trace_changed = None  # why the network changed since, if it did
        self._image_serial = 0
        self._build()
        controller.networkReset.connect(self._on_network_reset)
        controller.runFinished.connect(lambda _report: self._update_source())
        self.refresh()

    # -- construction -----------------------------------------------------------------
    def _font(self, widget, px: int, bold: bool = False):
        self._fonts.append((widget, px, bold))
        set_font(widget, self._px(px), bold)
        return widget

    def _px(self, px: float) -> int:
        return int(round(px * self._scale))

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

        self.stage_list = self._font(QListWidget(), 18)
        self.stage_list.setObjectName("osStages")
        self.stage_list.setSpacing(2)
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.stage_list.currentRowChanged.connect(self._on_row_changed)

        self.detail = QWidget()
        self.detail.setObjectName("osDetail")
        self.title_label = self._label("osTitle", 24, bold=True)
        self.formula_label = self._label("osFormula", 30, bold=True)
        self.formula_label.setStyleSheet("QLabel { background: palette(base); border-radius: 6px; "
                                         "padding: 6px 12px; }")
        self.explain_label = self._label("osExplain", 17)
        self.arrays_view = QTextBrowser()
        self.arrays_view.setObjectName("osArrays")
        self.arrays_view.setOpenLinks(False)
        self.arrays_view.viewport().installEventFilter(self)  # re-lay the values out when its width changes
        self._fit = None
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.formula_label)
        column.addWidget(self.explain_label)
        column.addWidget(self.arrays_view, 1)

        body = QHBoxLayout()
        body.addWidget(self.stage_list)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.source_label)
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
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.waiting_label.setText(self.tr("Waiting for the data…"))
        self.source_label.setToolTip(self.tr("Which weights this step used"))
        self.stage_list.setToolTip(self.tr("The stages of one step, in the order the computer does them:\n"
                                           "forward through every layer, then backward. Click one to show it."))
        self.formula_label.setToolTip(self.tr("What this stage computes, in the book's notation "
                                              "(· is a matrix product, × is element-wise)"))
        self.arrays_view.setToolTip(self.tr("Every array of this stage: its book name, its shape, a few values "
                                            "and min / mean / max"))
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
            self._show_detail(self._trace.stages[index])
        self._update_nav()

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
        return "\n".join((self.title_label.text(), self.formula_label.text(), self.explain_label.text(),
                          self.arrays_view.toPlainText()))

    def set_font_scale(self, scale: float) -> None:
        """Scale every font (1.0 normal; presentation mode uses about 1.6)."""
        self._scale = min(max(float(scale), 0.5), 2.5)
        for widget, px, bold in self._fonts:
            set_font(widget, self._px(px), bold)
        self.diagram.set_font_scale(self._scale)
        self._fit_sizes()
        if self._trace is not None:
            self.show_stage(self._stage)

    # -- events -------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()
        if self._trace is None and self.controller.dataset is not None:
            self.run_step()  # something to look at from the start

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._trace is not None:
            self._fill_stage_list()  # the colours follow the theme
            self.show_stage(self._stage)
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Resize and watched is self.arrays_view.viewport()
                and self._trace is not None and self._values_that_fit(LABEL_CHARS) != self._fit):
            self.show_stage(self._stage)
        return super().eventFilter(watched, event)

    def _on_network_reset(self, reason: str) -> None:
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
        for button in (self.new_batch_button, self.run_button, self.prev_button, self.next_button):
            button.setMinimumHeight(self._px(36))
        self.batch_spin.setMinimumSize(self._px(64), self._px(36))
        self._fit_stage_list()

    def _fit_stage_list(self) -> None:
        texts = self.stage_list_texts() or [self.tr("{layer} backward").format(layer="SoftmaxWithLoss")]
        widest = max(self.stage_list.fontMetrics().horizontalAdvance(t) for t in texts)
        self.stage_list.setFixedWidth(int(widest + 40 * self._scale))

    def _update_nav(self) -> None:
        count = len(self._trace.stages) if self._trace is not None else 0
        self.prev_button.setEnabled(count > 0 and self._stage > 0)
        self.next_button.setEnabled(count > 0 and self._stage < count - 1)
        self.stage_list.setEnabled(count > 0)
        self.position_label.setText(self.tr("Stage {0} of {1}").format(self._stage + 1, count) if count else "")

    def _update_source(self) -> None:
        if self._trace is None:
            self.source_label.setText(self.tr("Press “Run one step” to trace a forward and backward pass."))
            return
        trace, steps = self._trace, self._trace_step_count
        if self._trace_origin.startswith("loaded"):
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

    def _neighbours(self, record):
        """(where the stage's input comes from, where its output goes), in the direction of flow."""
        nodes = self.diagram.nodes()
        i = nodes.index(record.layer)
        return (nodes[i - 1], nodes[i + 1]) if record.direction == "forward" else (nodes[i + 1], nodes[i - 1])

    def _explanation(self, record) -> str:
        """One or two sentences on the stage, then notes (unused dx, weight decay, a planted bug, the end)."""
        trace, kind = self._trace, record.kind
        if kind in ("Relu",):
            mask = record.arrays["mask"]
            k, n = int(mask.sum()), mask.size
        if record.direction == "forward":
            if kind == "Affine":
                text = self.tr("{layer} computes x·W + b for the whole batch at once: one row of out per sample, "
                               "one column per unit. It keeps x, because backward needs it for dW (§5.6).")
            elif kind == "Relu":
                text = self.tr("ReLU passes positive values through and sets the rest to 0. It remembers where "
                               "x ≤ 0 (mask) for backward: here {k} of {n} values (§5.5.1).")
            elif kind == "Sigmoid":
                text = self.tr("Sigmoid squashes every value into (0, 1). It keeps its output out: its derivative "
                               "out × (1 − out) needs nothing else (§5.5.2).")
            else:
                text = self.tr("Softmax turns the scores x into probabilities y (each row sums to 1); the loss L is "
                               "the mean over the batch of −log y at the true label t. Here L = {loss} (§5.6.3).")
        else:
            if kind == "Affine":
                text = self.tr("{layer} sends dout·Wᵀ down as dx and keeps its own gradients: dW = xᵀ·dout, "
                               "with the x it kept in forward, and db = dout summed over the batch. "
                               "dW has the shape of W, db that of b.")
            elif kind == "Relu":
                text = self.tr("ReLU lets the gradient through only where its input was positive in forward; "
                               "where mask is True (x ≤ 0), dx is 0. Here {k} of {n} entries are blocked.")
            elif kind == "Sigmoid":
                text = self.tr("dx = dout × out × (1 − out): the sigmoid needs only its forward output. "
                               "That factor is at most 0.25, so the gradient shrinks on its way down (§5.5.2).")
            else:
                text = self.tr("Backward starts at the end with dout = 1 (∂L/∂L). Softmax and cross-entropy "
                               "together give a clean gradient, (y − t) / N: how far each probability is from "
                               "the truth, averaged over the batch (§5.6.3).")
        values = {"layer": record.layer, "loss": "{:.4f}".format(trace.data_loss)}
        if kind == "Relu":
            values.update(k=k, n=n)
        text = text.format(**values)
        notes = []
        if "dx" in record.unused:
            notes.append(self.tr("The book computes dx here too, but nothing below {layer} uses it: the lab's "
                                 "training skips it. It is shown for completeness.").format(layer=record.layer))
        if record.direction == "backward" and kind == "Affine" and trace.weight_decay_lambda:
            notes.append(self.tr("With weight decay λ = {lam}, the optimizer gets grads['{W}'] = dW + λW.").format(
                lam="{:g}".format(trace.weight_decay_lambda), W=record.params["dW"]))
        if record.bug:
            notes.append(self.tr("Planted bug “{bug}”: this backward is deliberately wrong in this network; "
                                 "the formula above is the correct one.").format(bug=record.bug))
        if self._stage == len(trace.stages) - 1:
            notes.append(self.tr("Every gradient is known now. An optimizer such as SGD would use them "
                                 "(W ← W − lr · dW); this view only looks: the network is not changed."))
        return "\n".join([text, *notes])

    def _role(self, record, name: str) -> str:
        """What an array is, in a few words: 'from Relu1', "params['W2']", "→ grads['W2']", ..."""
        src, dst = self._neighbours(record)
        if name in record.params:
            key = record.params[name]
            return ("params['{}']".format(key) if record.direction == "forward"
                    else self.tr("→ grads['{key}']").format(key=key))
        if name in record.unused:
            return self.tr("not used: nothing lies below {layer}").format(layer=record.layer)
        if name == "L":
            return self.tr("the loss: the mean of −log y[t] over the batch")
        if name == record.input_name:
            if src == "L":
                return self.tr("∂L/∂L, where backward starts")
            if src == "x":
                return self.tr("the input images")
            return self.tr("from {src}").format(src=src)
        if name == record.output_name:
            return self.tr("to {dst}").format(dst=dst)
        roles = {"mask": self.tr("True where x ≤ 0, kept from forward"),
                 "out": self.tr("kept from forward")}
        return roles.get(name, "")

    # -- the arrays -----------------------------------------------------------------------
    def _show_detail(self, record) -> None:
        c = colors_for(self)
        self.title_label.setText(self._stage_name(record))
        self.title_label.setStyleSheet(f"QLabel {{ color: {c.blue if record.direction == 'forward' else c.red}; }}")
        self.formula_label.setText(formula_text(record.kind, record.direction))
        self.explain_label.setText(self._explanation(record))

        self._fit = self._values_that_fit(LABEL_CHARS)
        doc = self.arrays_view.document()
        doc.clear()  # drops the last stage's images too
        doc.setDefaultStyleSheet(f".mono {{ font-family: {MONO}; }}")
        trace, parts = self._trace, []
        if record.layer == trace.layer_names[0] and record.direction == "forward":
            parts.append(self._digits(doc, trace.x, "x", signed=False, c=c))
        for name, array in record.arrays.items():
            if record.layer == "SoftmaxWithLoss" and name in ("y", "t", "dx"):
                # one table, a row per image: y forward, dx backward, the true class t marked
                if name == ("y" if record.direction == "forward" else "dx"):
                    parts.append(self._class_table(record, doc, c))
                continue
            parts.append(self._array_block(record, name, array, c))
            if name in record.unused and array.ndim == 2 and array.shape[1] == 784:
                parts.append(self._digits(doc, array, name, signed=True, c=c))
        doc.setHtml(f"<body style='font-size:{self._px(17)}px'>" + "".join(parts) + "</body>")

    def _array_block(self, record, name: str, array, c: Colors) -> str:
        """Name, shape and role; the values (all of a small array, else a few); min, mean, max."""
        color = c.red if name.startswith("d") else c.blue
        shape = self.tr("scalar") if array.ndim == 0 else shape_text(array)
        head = (f"<p style='margin:{self._px(10)}px 0 2px 0; font-size:{self._px(19)}px'>"
                f"<b style='color:{color}'>{html.escape(name)}</b>&nbsp;&nbsp;<b>{shape}</b>&nbsp;&nbsp;"
                f"<span style='color:{c.faint}'>{html.escape(self._role(record, name))}</span></p>")
        if array.ndim == 0:
            value = "{:.4f}".format(float(array)).replace("-", "−")
            return head + (f"<p class='mono' style='margin:0 0 0 24px; font-size:{self._px(20)}px'>"
                           f"<b>{html.escape(name)} = {value}</b></p>")
        fmt = number_format(array)
        if array.ndim == 2 and array.shape[0] <= TABLE_MAX[0] and array.shape[1] <= TABLE_MAX[1]:
            body = self._matrix(array, fmt, self._true_columns(record, array), c)
        elif array.ndim == 1 and array.shape[0] <= TABLE_MAX[1]:
            body = self._matrix(array[None, :], fmt, None, c, row_numbers=False)
        else:
            body = self._excerpt(name, array, fmt, record.arrays[record.input_name], c)
        return head + body + self._stats(array, fmt, c)

    def _excerpt(self, name, array, fmt, stage_input, c: Colors) -> str:
        """A few values of one row, with their indices: 'x[0, 152:158] = 0.0118 …'."""
        row, count = 0, self._values_that_fit(LABEL_CHARS)
        if array.ndim == 1:
            values, label = array[:count], f"{name}[:{count}]"
        else:
            # Rows and columns come from the stage's input when the shapes match, so that
            # x, out and mask (or dout, dx and mask) show the same entries one above the other.
            ref = stage_input if stage_input.shape == array.shape else array
            nonzero = ref != 0
            if not nonzero[0].any() and nonzero.any():
                row = int(np.argmax(nonzero.any(axis=1)))
            start = 0
            if not nonzero[row, :count].any() and nonzero[row].any():
                start = int(np.argmax(nonzero[row]))  # MNIST's borders are 0: show where the ink is
            start = min(start, max(0, array.shape[1] - count))
            values = array[row, start:start + count]
            label = f"{name}[{row}, {start}:{start + len(values)}]"
        more = " …" if array.size > len(values) else ""
        cells = "".join(" " + text.rjust(9) for text in format_cells(values, fmt))
        note = ""
        if row > 0:
            text = self.tr("Rows 0 to {last} are all 0, so row {row} is shown.").format(last=row - 1, row=row)
            note = (f"<p style='margin:0 0 0 24px; color:{c.faint}; font-size:{self._px(15)}px'>"
                    f"{html.escape(text)}</p>")
        return (f"<pre class='mono' style='margin:0 0 0 24px; font-size:{self._px(16)}px'>"
                f"{html.escape(label.ljust(LABEL_CHARS))} ={cells}{more}</pre>{note}")

    def _values_that_fit(self, label_chars: int) -> int:
        """How many 10-character values fit on a line of the arrays view (at most N_VALUES, at least 2)."""
        font = QFont()
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(self._px(16))
        char = QFontMetricsF(font).horizontalAdvance("0")
        width = self.arrays_view.viewport().width() - 24 - 2 * self._px(10)
        return int(min(N_VALUES, max(2, (width / char - label_chars - 2) // 10)))

    def _stats(self, array, fmt, c: Colors) -> str:
        if array.dtype == np.bool_:
            text = self.tr("{k} of {n} True").format(k=int(array.sum()), n=array.size)
        else:
            lo, mean, hi = (fmt.format(float(v)).replace("-", "−") for v in (array.min(), array.mean(), array.max()))
            text = self.tr("min {lo}  ·  mean {mean}  ·  max {hi}").format(lo=lo, mean=mean, hi=hi)
        return (f"<p style='margin:2px 0 0 24px; color:{c.faint}; font-size:{self._px(15)}px; white-space:pre'>"
                f"{html.escape(text)}</p>")

    def _true_columns(self, record, array):
        """The true class of each row, for (N, C) arrays next to the loss; else None."""
        trace = self._trace
        near_loss = record.layer in (trace.layer_names[-1], "SoftmaxWithLoss")
        return trace.labels if near_loss and array.shape == (trace.batch_size, trace.sizes[-1]) else None

    def _matrix(self, array, fmt, true_cols, c: Colors, row_numbers: bool = True) -> str:
        """A whole (small) 2-D array as a table: a column per index, the true class t marked."""
        rows = []
        for r, row in enumerate(array):
            cells = "".join(
                f"<td align='right'{self._bg(c) if true_cols is not None and j == true_cols[r] else ''}>{text}</td>"
                for j, text in enumerate(format_cells(row, fmt)))
            rows.append(f"<tr><td style='color:{c.faint}'>{r if row_numbers else ''}</td>{cells}</tr>")
        header = "".join(f"<th style='color:{c.faint}'>{j}</th>" for j in range(array.shape[1]))
        note = ""
        if true_cols is not None:
            green, meaning = html.escape(self.tr("green")), html.escape(self.tr("the true class t"))
            note = (f"<p style='margin:2px 0 0 24px; font-size:{self._px(15)}px'>"
                    f"<span style='background:{c.true_bg}'>&nbsp;{green}&nbsp;</span> {meaning}</p>")
        return (f"<table class='mono' cellspacing='0' cellpadding='3' "
                f"style='margin-left:24px; font-size:{self._px(16)}px'>"
                f"<tr><th></th>{header}</tr>{''.join(rows)}</table>{note}")

    @staticmethod
    def _bg(c: Colors) -> str:
        return f" bgcolor='{c.true_bg}'"

    def _add_image(self, doc, image: QImage) -> str:
        self._image_serial += 1
        url = f"osimg://{self._image_serial}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def _class_name(self, label: int) -> str | None:
        """The class's name when it says more than its number (Fashion-MNIST), else None."""
        names = class_names(self.controller.dataset)
        name = names[label] if label < len(names) else str(label)
        return None if name == str(label) else name

    def _digits(self, doc, array, name: str, signed: bool, c: Colors) -> str:
        """The rows of a (N, 784) array as 28 x 28 images, each with its label t."""
        peak = float(np.nanmax(np.abs(array))) if signed and np.isfinite(array).any() else 1.0
        scale = max(2, self._px(3))
        cells = []
        for n, row in enumerate(array):
            pixels = np.asarray(row, dtype=np.float64).reshape(28, 28)
            image = diverging_image(pixels, peak, scale) if signed else gray_image(pixels, scale)
            label = int(self._trace.labels[n])
            cls = self._class_name(label)
            caption = f"t = {label}" + (f"<br>{html.escape(cls)}" if cls else "")
            cells.append(f"<td align='center'><img src='{self._add_image(doc, image)}'><br>"
                         f"<span style='font-size:{self._px(15)}px'>{caption}</span></td>")
        if signed:
            title = self.tr("{name} as images: red where the loss grows with the pixel, blue where it falls")
        else:
            title = self.tr("{name}: the batch, one row per image (28 × 28 = 784 pixels)")
        return (f"<p style='margin:4px 0 2px 0; font-size:{self._px(16)}px; color:{c.faint}'>"
                f"{html.escape(title.format(name=name))}</p>"
                f"<table cellspacing='6'><tr>{''.join(cells)}</tr></table>")

    def _class_table(self, record, doc, c: Colors) -> str:
        """SoftmaxWithLoss: a row per image: the image, t, and y (forward) or dx (backward) per class."""
        trace = self._trace
        name = "y" if record.direction == "forward" else "dx"
        values, y = record.arrays[name], record.arrays["y"]
        fmt = "{:.3f}" if name == "y" else number_format(values)
        minus_log_y = -log_softmax(trace.stage("SoftmaxWithLoss", "forward").arrays["x"])  # no log(0)
        header = "".join(f"<th>{j}</th>" for j in range(values.shape[1]))
        extra = "<th>−log y[t]</th>" if name == "y" else ""
        rows = []
        for n in range(values.shape[0]):
            label, guess = int(trace.labels[n]), int(np.argmax(y[n]))
            img = ""
            if trace.x.shape[1] == 784:
                img = f"<img src='{self._add_image(doc, gray_image(trace.x[n].reshape(28, 28), self._px(2)))}'>"
            cells = []
            for j, text in enumerate(format_cells(values[n], fmt)):
                text = f"<b>{text}</b>" if j == guess else text
                cells.append(f"<td align='right'{self._bg(c) if j == label else ''}>{text}</td>")
            tail = f"<td align='right'>{minus_log_y[n, label]:.3f}</td>" if name == "y" else ""
            cls = self._class_name(label)
            rows.append(f"<tr valign='middle'><td>{img}</td><td align='center'><b>{label}</b>"
                        f"{'<br>' + html.escape(cls) if cls else ''}</td>{''.join(cells)}{tail}</tr>")
        if name == "y":
            title = self.tr("y, the probability of each class: (N, C) = {shape}")
        else:
            title = self.tr("dx = (y − t) / N for each class: (N, C) = {shape}")
        legend = self.tr("green: the true class t · bold: the network's guess (the largest y)")
        if name == "dx":
            legend += " · " + self.tr("at t, dx = (y − 1) / N < 0: backward pushes that score up")
        return (f"<p style='margin:4px 0 4px 0; font-size:{self._px(19)}px'>"
                f"<b style='color:{c.blue if name == 'y' else c.red}'>"
                f"{html.escape(title.format(shape=shape_text(values)))}</b></p>"
                f"<table class='mono' cellspacing='0' cellpadding='4' style='font-size:{self._px(16)}px'>"
                f"<tr><th></th><th>t</th>{header}{extra}</tr>{''.join(rows)}</table>"
                f"<p style='margin:2px 0 6px 0; font-size:{self._px(15)}px; color:{c.faint}'>"
                f"{html.escape(legend)}</p>")
