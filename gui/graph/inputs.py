"""The graph's inputs: edit a value and watch it re-propagate; nudge it and compare.

Each input has a box (press Enter to apply), and each input that receives a
gradient has a "Nudge" button: it evaluates the graph at value ± h and shows
the central difference (f(x + h) − f(x − h)) / 2h next to backprop's
gradient, the numerical check of section 4.3 on one number.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from engine import GraphError, parse_value

from ..common.palette import colours
from ..common.panel import Retranslating
from .format import fmt_number, value_text_for_edit

__all__ = ["InputsPanel"]


class InputsPanel(Retranslating, QWidget):
    """One row per input of the graph: name, value box, Nudge, and the nudge's result."""

    changed = Signal()  # an input took a new value: the graph has re-run

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphInputs")
        self.graph = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict = {}  # name -> (label, box, button, result)
        self.error = QLabel()
        self.error.setObjectName("graphInputError")
        self.error.setWordWrap(True)
        self._error_text = None
        self._nudges: dict = {}
        self.retranslate()

    def retranslate(self) -> None:
        for name, (_label, box, button, _result) in self.rows.items():
            box.setToolTip(self.tr("The value of {0}: type a number (or a small list such as [[1, 2], [3, 4]]) "
                                   "and press Enter; every node re-computes.").format(name))
            button.setText(self.tr("Nudge"))
            button.setToolTip(self.tr("Move {0} by ±h and measure how the output changes: the numerical "
                                      "gradient, next to backprop's.").format(name))
        for name, nudge in self._nudges.items():
            self._show_nudge(name, nudge)
        self.error.setText(self._error_text() if self._error_text else "")

    def set_graph(self, graph) -> None:
        self.graph = graph
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.error:
                item.widget().deleteLater()
        self.rows, self._nudges, self._error_text = {}, {}, None
        if graph is None:
            return
        for i, name in enumerate(graph.inputs):
            node = graph.nodes[name]
            label = QLabel(name)
            box = QLineEdit()
            box.setObjectName(f"graphInput_{name}")
            text = value_text_for_edit(node.value)
            if text is None:
                box.setText("×".join(str(n) for n in node.shape))
                box.setReadOnly(True)
            else:
                box.setText(text)
            box.returnPressed.connect(lambda n=name: self._apply(n))
            button = QPushButton()
            button.setObjectName(f"graphNudge_{name}")
            button.clicked.connect(lambda _checked=False, n=name: self.nudge(n))
            button.setEnabled(node.differentiable and node.grad is not None)
            result = QLabel()
            result.setObjectName(f"graphNudgeResult_{name}")
            result.setWordWrap(True)
            result.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(label, 2 * i, 0)
            self.grid.addWidget(box, 2 * i, 1)
            self.grid.addWidget(button, 2 * i, 2)
            self.grid.addWidget(result, 2 * i + 1, 1, 1, 2)
            self.rows[name] = (label, box, button, result)
        self.grid.addWidget(self.error, 2 * len(graph.inputs), 0, 1, 3)
        self.error.clear()
        self.retranslate()

    def refresh_values(self) -> None:
        """Boxes show the graph's current values (after a tied input changed too)."""
        for name, (_label, box, button, _result) in self.rows.items():
            node = self.graph.nodes[name]
            text = value_text_for_edit(node.value)
            if text is not None and not box.hasFocus():
                box.setText(text)
            button.setEnabled(node.differentiable and node.grad is not None)

    def set_value(self, name: str, text: str) -> bool:
        """Type ``text`` into input ``name`` and apply it (as Enter does). False if refused."""
        self.rows[name][1].setText(text)
        return self._apply(name)

    def _apply(self, name: str) -> bool:
        box = self.rows[name][1]
        if box.isReadOnly():
            return False
        try:
            value = parse_value(box.text())
            self.graph.set_input(name, value)
        except GraphError:
            shape = self.graph.nodes[name].shape
            if shape:
                self._set_error(lambda: self.tr("{0} must be a list of shape {1}, such as {2}.").format(
                    name, "×".join(map(str, shape)), value_text_for_edit(self.graph.nodes[name].value)))
            else:
                self._set_error(lambda: self.tr("{0} must be a number, such as 1.5 or -2e-3.").format(name))
            return False
        self._set_error(None)
        for other in self._nudges:
            self.rows[other][3].clear()
        self._nudges = {}
        self.refresh_values()
        self.changed.emit()
        return True

    def _set_error(self, text) -> None:
        self._error_text = text
        self.error.setStyleSheet(f"color: {colours(self).bad}")
        self.error.setText(text() if text else "")

    def nudge(self, name: str):
        """The central difference for input ``name`` (shown in its row); returns the engine's Nudge."""
        result = self.graph.nudge(name)
        self._nudges[name] = result
        self._show_nudge(name, result)
        return result

    def _show_nudge(self, name: str, n) -> None:
        where = "" if not n.index else "[" + ", ".join(map(str, n.index)) + "]"
        self.rows[name][3].setText(self.tr("numerical (f(x+h) − f(x−h)) / 2h = {0}; backprop {1}; "
                                           "difference {2} (h = {3})").format(
            f"{n.numerical:.8g}", fmt_number(n.backprop), f"{n.abs_diff:.1e}", f"{n.h:g}") + (
            " " + self.tr("at entry {0}").format(where) if where else ""))
