"""DetailPanel: one stage of a traced step, as the learner reads it.

The stage's name (blue forward, red backward), its formula in large type in
the book's notation, a sentence or two on what it does and keeps (with the
book's section), notes where they apply (a dx nothing uses, weight decay, a
planted bug, the last stage), and every array of the stage (``ArraysView``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..common.engine_text import formula_text
from ..common.panel import Retranslating
from .arrays import ArraysView
from .parts import Colors, FontScale

__all__ = ["DetailPanel"]


class DetailPanel(Retranslating, QWidget):
    """Title, formula, explanation and arrays of the stage shown."""

    def __init__(self, fonts: FontScale, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("osDetail")
        self.title_label = fonts.add(self._label("osTitle"), 24, bold=True)
        self.formula_label = fonts.add(self._label("osFormula"), 30, bold=True)
        self._style_formula()
        self.explain_label = fonts.add(self._label("osExplain"), 17)
        self.arrays_view = ArraysView(fonts)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.formula_label)
        column.addWidget(self.explain_label)
        column.addWidget(self.arrays_view, 1)
        self.retranslate()

    def _style_formula(self) -> None:
        """The formula's box in the theme's base colour, written out: a style sheet's palette(base)
        is read once, so the box stayed black after going from the dark theme back to light."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base).name(), palette.color(QPalette.ColorRole.Text).name()
        self.formula_label.setStyleSheet(f"QLabel {{ background: {base}; color: {text}; border-radius: 6px; "
                                         "padding: 6px 12px; }")

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_formula()
        super().changeEvent(event)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def retranslate(self) -> None:
        self.formula_label.setToolTip(self.tr("What this stage computes, in the book's notation "
                                              "(· is a matrix product, × is element-wise)"))

    def show_stage(self, trace, index: int, title: str, c: Colors, names) -> None:
        """Show stage ``index`` of ``trace`` under ``title``; ``names``: the data set's class names."""
        record = trace.stages[index]
        self.title_label.setText(title)
        self.title_label.setStyleSheet(f"QLabel {{ color: {c.blue if record.direction == 'forward' else c.red}; }}")
        self.formula_label.setText(formula_text(record.kind, record.direction))
        self.explain_label.setText(self._explanation(trace, record, last=index == len(trace.stages) - 1))
        self.arrays_view.show_record(trace, record, c, names)

    def text(self) -> str:
        """The panel as plain text: title, formula, explanation, arrays."""
        return "\n".join((self.title_label.text(), self.formula_label.text(), self.explain_label.text(),
                          self.arrays_view.toPlainText()))

    def _explanation(self, trace, record, last: bool) -> str:
        """One or two sentences on the stage, then notes (unused dx, weight decay, a planted bug, the end)."""
        kind = record.kind
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
        if last:
            notes.append(self.tr("Every gradient is known now. An optimizer such as SGD would use them "
                                 "(W ← W − lr · dW); this view only looks: the network is not changed."))
        return "\n".join([text, *notes])
