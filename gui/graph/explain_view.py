"""What a clicked node does: its formula, and upstream × local = downstream, in numbers.

The engine's ``Graph.explain`` gives the facts (formula, upstream gradient,
each input's local derivative and the gradient sent back); this view writes
them as the book does in section 5.3: "the upstream value times the local
derivative goes downstream".
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..common.palette import colours
from ..common.panel import Retranslating
from .format import fmt_value

__all__ = ["NodeExplanation"]


def _shape_or_value(v) -> str:
    if v is None:
        return "-"
    if np.ndim(v) == 0:
        return fmt_value(v)
    return fmt_value(v) if np.size(v) <= 4 else "(" + "×".join(str(n) for n in np.shape(v)) + ")"


class NodeExplanation(Retranslating, QLabel):
    """Rich text about one node; empty (a hint) until a node is chosen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphExplanation")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.explanation = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The chosen node's forward formula and how its gradient is passed back."))
        self.show_explanation(self.explanation)

    def show_explanation(self, explanation) -> None:
        self.explanation = explanation
        if explanation is None:
            self.setText(self.tr("Click a node of the graph to see what it computes and how it passes the "
                                 "gradient back: upstream × local derivative = downstream."))
            return
        c = colours(self)
        e = explanation
        val = f'<span style="color:{c.accent}">{html.escape(_shape_or_value(e.value))}</span>'
        up = f'<span style="color:{c.bad}">{html.escape(_shape_or_value(e.upstream))}</span>'
        lines = [f"<b>{html.escape(e.node)}</b> ({html.escape(e.label or e.op)})"]
        if e.op == "input":
            lines.append(self.tr("An input. Its value {0}; the gradient that reaches it: {1}.").format(val, up))
            if len(e.branches) > 1:
                parts = " + ".join(html.escape(_shape_or_value(g)) for _edge, g in e.branches)
                lines.append(self.tr("It feeds {0} nodes, so their gradients add up: {1}.").format(
                    len(e.branches), parts))
            self.setText("<br>".join(lines))
            return
        lines.append(self.tr("Forward: {0} = {1}").format(html.escape(e.formula), val))
        if e.is_output:
            lines.append(self.tr("It is the output: backward starts here with dout = {0}.").format(up))
        else:
            lines.append(self.tr("Upstream gradient (dout) arriving from the right: {0}").format(up))
        for term in e.terms:
            lines.append(self._term_line(term, c))
        if len(e.branches) > 1:
            parts = " + ".join(html.escape(_shape_or_value(g)) for _edge, g in e.branches)
            lines.append(self.tr("Its output feeds {0} nodes, so dout is the sum of their gradients: {1}.").format(
                len(e.branches), parts))
        self.setText("<br>".join(lines))

    def _term_line(self, term, c) -> str:
        name = html.escape(term.input)
        formula = html.escape(term.formula)
        down = f'<span style="color:{c.bad}">{html.escape(_shape_or_value(term.downstream))}</span>'
        if term.rule == "none":
            return "• " + self.tr("{0}: no gradient (it is data, such as the labels t).").format(name)
        local = html.escape(_shape_or_value(term.local))
        if term.rule == "times":
            text = self.tr("{0}: {1}; local derivative {2}; upstream × local = {3}").format(name, formula, local, down)
        elif term.rule == "dot_right":
            text = self.tr("{0}: {1} (a matrix product: dout · Wᵀ) = {2}").format(name, formula, down)
        else:  # dot_left
            text = self.tr("{0}: {1} (a matrix product: Xᵀ · dout) = {2}").format(name, formula, down)
        if term.summed:
            text += " " + self.tr("(summed over the batch: the input was broadcast)")
        return "• " + text
