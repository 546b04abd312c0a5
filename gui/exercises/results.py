"""An exercise's grade, step by step, in the user's language.

The engine's ``ExerciseReport`` carries facts (which step, pass or fail, the
shapes, the gradients that disagree, the planted bug matched); this view
writes them as sentences, with the diagnosis first when there is one.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from engine import BUGS

from ..common.engine_text import bug_explanation, bug_title
from ..common.palette import colours
from ..common.panel import Retranslating

__all__ = ["ResultsView"]

SYMBOLS = {"pass": "✓", "fail": "✗", "note": "•", "skip": "–"}


class ResultsView(Retranslating, QLabel):
    """Shows an ExerciseReport (or a hint to press Check)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exerciseResults")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.report = None
        self.timeout = 10.0
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("What the check found, step by step."))
        self.show_report(self.report, self.timeout)

    def show_report(self, report, timeout: float = 10.0) -> None:
        self.report, self.timeout = report, timeout
        if report is None:
            self.setText(self.tr("Write the missing part, then press Check: the lab runs your layer in a "
                                 "separate process and compares its backward with numerical gradients."))
            return
        c = colours(self)
        if report.error is not None:
            self.setText(f'<span style="color:{c.bad}"><b>{html.escape(self._error_text(report.error))}</b></span>')
            return
        parts = []
        if report.passed:
            parts.append(f'<span style="color:{c.good}"><b>' + html.escape(
                self.tr("Correct: your backward agrees with the numerical gradient.")) + "</b></span>")
        for grade in report.layers:
            parts.append(self._grade_html(grade, c))
        self.setText("<br>".join(parts))

    def _error_text(self, e: dict) -> str:
        kind, line = e.get("kind"), e.get("line")
        if kind == "syntax":
            return self.tr("Syntax error on line {0}: {1}").format(line, e.get("message", ""))
        if kind == "exception":
            return self.tr("The file stops with an error on line {0}: {1}").format(line, e.get("message", ""))
        if kind == "timeout":
            return self.tr("Stopped after {0:g} s: does your code loop forever?").format(self.timeout)
        if kind == "memory":
            return self.tr("Your code asked for more memory than the check allows and was stopped.")
        if kind == "no-layers":
            return self.tr("The file defines none of the classes this exercise asks for.")
        if kind == "cancelled":
            return self.tr("The check was cancelled.")
        return self.tr("The check could not run your file: {0}").format(e.get("message", ""))

    def _grade_html(self, grade, c) -> str:
        colour = c.good if grade.passed else c.bad
        head = f'<b style="color:{colour}">{SYMBOLS["pass" if grade.passed else "fail"]} {html.escape(grade.name)}</b>'
        lines = [head]
        if grade.diagnosis:
            bug = BUGS[grade.diagnosis]
            right = [p for p in ("W1", "b1", "W2", "b2") if p not in bug.affects]
            lines.append("<b>" + html.escape(self.tr("Diagnosis: {0}.").format(bug_title(grade.diagnosis)))
                         + "</b> " + html.escape(bug_explanation(grade.diagnosis)))
            lines.append(html.escape(self.tr("In a two-layer network this makes {0} wrong{1}.").format(
                ", ".join(bug.affects), self.tr("; {0} stay right").format(", ".join(right)) if right else "")))
        for check in grade.checks:
            text = self._check_text(check)
            if text:
                col = {"pass": c.good, "fail": c.bad}.get(check.status, c.muted)
                lines.append(f'<span style="color:{col}">{SYMBOLS.get(check.status, "")}</span> ' + html.escape(text))
        return "<br>".join(lines)

    def _check_text(self, check) -> str:
        f, ok = check.facts, check.status != "fail"
        if f.get("problem") == "exception":
            where = self.tr(" (line {0})").format(f["line"]) if f.get("line") else ""
            return self.tr("{0} raised {1}{2}").format(self._step(check.code), f.get("exception", ""), where)
        if f.get("problem") == "shape":
            return self.tr("{0}: {1} has shape {2}, expected {3}").format(
                self._step(check.code), f.get("gradient", "out"), f.get("got"), f.get("expected"))
        if check.code == "order":
            return self._order_text(f) if not ok else self.tr(
                "gradient(): a forward pass, then backward from the loss through the layers in reverse")
        if f.get("problem") == "params":
            return self.tr("params must hold W1, b1, W2 and b2 with the shapes {0}").format(
                ", ".join(f"{k} {tuple(v)}" for k, v in f.get("expected", {}).items()))
        if f.get("problem") == "grads" or f.get("sources"):
            crossed = "; ".join(self.tr("grads['{0}'] is {1}").format(k, v) for k, v in f.get("sources", {}).items())
            return self.tr("gradient() must return W1, b1, W2 and b2, each the dW or db of its own Affine "
                           "layer") + (f" ({crossed})" if crossed else "")
        if f.get("problem") == "not-a-pair":
            return self.tr("backward must return two gradients: dx, dy")
        if f.get("problem") == "values":
            return self.tr("forward gives other values than the book's layer (largest difference {0:.2g})").format(
                f["max_diff"])
        if check.code == "forward":
            return self.tr("forward: right shape and values")
        if check.code == "backward":
            return self.tr("backward: gradients of the right shapes")
        if check.code == "inputs":
            if check.status == "note" and f.get("dout_written"):
                return self.tr("backward writes into dout, as the book's own Relu does: harmless in the "
                               "book's network, since nothing reads dout afterwards")
            if check.status == "note":
                return self.tr("forward changes the array it was given; harmless here, but a copy is safer")
            return self.tr("leaves its inputs as they were")
        if check.code == "numerical":
            if ok:
                return self.tr("backward agrees with central differences of your forward")
            return self.tr("backward disagrees with central differences of your forward in: {0}").format(
                ", ".join(f.get("wrong", [])))
        if check.code == "network":
            if ok:
                return self.tr("a 784-50-10 network with your layer passes the gradient check on {0} MNIST "
                               "digits").format(f.get("samples", 3))
            return self.tr("a network with your layer gets wrong gradients for: {0}").format(
                ", ".join(f.get("wrong", [])))
        return ""

    def _order_text(self, f: dict) -> str:
        mistake = f.get("mistake")
        text = {
            "no-backward": self.tr("gradient() never calls a layer's backward"),
            "no-forward": self.tr("gradient() runs backward without a forward pass first: the layers still hold "
                                  "what an earlier forward kept. Call self.loss(x, t) first."),
            "last-layer-skipped": self.tr("gradient() never calls self.lastLayer.backward: the backward pass "
                                          "starts at the loss"),
            "forward-order": self.tr("gradient() runs backward through the layers in forward order: it must go "
                                     "in reverse (layers.reverse())"),
            "layer-skipped": self.tr("gradient() skips the backward of: {0}").format(", ".join(f.get("missing", []))),
            "not-chained": self.tr("{0}.backward does not get the gradient the layer above returned: write "
                                   "dout = layer.backward(dout)").format(f.get("layer", "")),
        }.get(mistake)
        order = " → ".join(f.get("order", []))
        return (text or self.tr("gradient() calls the layers' backward out of order")) + (
            self.tr(" (it called: {0})").format(order) if order else "")

    def _step(self, code: str) -> str:
        return {"forward": self.tr("forward"), "backward": self.tr("backward"),
                "numerical": self.tr("the numerical check"), "network": self.tr("the network check")}.get(code, code)
