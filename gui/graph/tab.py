"""The "Computational graph" tab: chapter 5's first half, from two apples to the TwoLayerNet.

Pick a graph of the chapter (buy_apple, buy_apple_orange, the chain rule,
ReLU, Sigmoid as four nodes, Affine, Softmax-with-Loss, the live network),
edit its inputs, click a node for upstream × local = downstream, and step or
play the forward pass and then the backward pass one node at a time.

The ``two-layer-net`` graph is built from a float64 copy of the current
network on a few test images, so its numbers are the ones "One step,
explained" shows; ``stageRequested(group, direction)`` and ``show_stage``
link the two views through the shell.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine import GRAPH_PRESETS, GraphError, build_graph

from ..common.available_width import AvailableWidth
from ..common.fonts import scaled_font
from ..common.panel import Retranslating
from .canvas import GraphCanvas
from .explain_view import NodeExplanation
from .inputs import InputsPanel

__all__ = ["GraphTab", "TITLES"]

# What each preset shows, in the user's language (the engine's titles are the CLI's English).
TITLES = {
    "apple": QT_TRANSLATE_NOOP("GraphTitles", "Buying 2 apples at 100 each with a 1.1 tax: 220 (5.4.1, buy_apple.py)"),
    "apple-orange": QT_TRANSLATE_NOOP("GraphTitles", "2 apples at 100 and 3 oranges at 150, tax 1.1: 715 "
                                                     "(5.4.2, buy_apple_orange.py)"),
    "chain-rule": QT_TRANSLATE_NOOP("GraphTitles", "The chain rule: z = (x + y)² as an add node and a square "
                                                   "node (figure 5-7)"),
    "relu": QT_TRANSLATE_NOOP("GraphTitles", "ReLU: the gradient passes only where x > 0 (5.5.1)"),
    "sigmoid": QT_TRANSLATE_NOOP("GraphTitles", "Sigmoid as ×−1, exp, +1 and / nodes, next to one sigmoid "
                                                "node: backward collapses to dout · y(1 − y) (5.5.2)"),
    "affine": QT_TRANSLATE_NOOP("GraphTitles", "Affine: Y = X·W + B with matrix shapes; dB sums dY over the "
                                               "batch (5.6.2)"),
    "softmax-loss": QT_TRANSLATE_NOOP("GraphTitles", "Softmax-with-Loss as a graph: its backward is y − t "
                                                     "(appendix A)"),
    "two-layer-net": QT_TRANSLATE_NOOP("GraphTitles", "The current network on {0} test images: its forward and "
                                                      "backward pass, equal to net.gradient (5.7)"),
}
# The presets' short names in the chooser (the CLI's ``--graph`` names are the engine's keys).
NAMES = {
    "apple": QT_TRANSLATE_NOOP("GraphTitles", "Apples"),
    "apple-orange": QT_TRANSLATE_NOOP("GraphTitles", "Apples and oranges"),
    "chain-rule": QT_TRANSLATE_NOOP("GraphTitles", "The chain rule"),
    "relu": "ReLU",
    "sigmoid": "Sigmoid",
    "affine": "Affine",
    "softmax-loss": "Softmax-with-Loss",
    "two-layer-net": QT_TRANSLATE_NOOP("GraphTitles", "The network (TwoLayerNet)"),
}
NETWORK = "two-layer-net"
SAMPLES = 3


class GraphTab(Retranslating, QWidget):
    """Preset chooser, the drawn graph, the chosen node's explanation, inputs and stepping."""

    # (layer group such as 'Affine1', 'forward' or 'backward', the network graph's test-set rows (N,) int64)
    stageRequested = Signal(str, str, object)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphTab")
        self.controller = controller
        self.graph = None
        self.step_index = None  # None: everything shown; else steps taken so far
        self.test_indices = np.arange(SAMPLES)  # the test images (N,) the network graph is built on
        self._linked_direction = None  # the pass One step asked for, while every value is shown
        self._error = None

        self.preset = QComboBox()
        self.preset.setObjectName("graphPreset")
        for name in GRAPH_PRESETS:
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(lambda _i: self.load(self.preset.currentData()))
        self.title = QLabel()
        self.title.setObjectName("graphTitle")
        self.title.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("graphRefresh")
        self.refresh_button.clicked.connect(lambda: self.load(NETWORK))

        self.canvas = GraphCanvas()
        self.canvas.nodeClicked.connect(self._on_node)
        self.explanation = NodeExplanation()
        self.inputs = InputsPanel()
        self.inputs.changed.connect(self._on_inputs_changed)
        self.one_step_button = QPushButton()
        self.one_step_button.setObjectName("graphToOneStep")
        self.one_step_button.clicked.connect(self._to_one_step)

        self.first_button, self.back_button = QPushButton(), QPushButton()
        self.step_button, self.play_button, self.all_button = QPushButton(), QPushButton(), QPushButton()
        for button, name, slot in ((self.first_button, "graphFirst", self.first),
                                   (self.back_button, "graphBack", self.back),
                                   (self.step_button, "graphStep", self.step),
                                   (self.play_button, "graphPlay", self.toggle_play),
                                   (self.all_button, "graphShowAll", self.show_all)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("graphSpeed")
        self.speed.setRange(1, 10)  # steps per second x2: 0.5 .. 5
        self.speed.setValue(2)
        self.speed.valueChanged.connect(self._set_speed)
        self.speed_label = QLabel()
        self.step_label = QLabel()
        self.step_label.setObjectName("graphStepLabel")
        self.step_label.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._set_speed(self.speed.value())

        top = QHBoxLayout()
        self.preset_label = QLabel()
        top.addWidget(self.preset_label)
        top.addWidget(self.preset)
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        buttons, pace = QHBoxLayout(), QHBoxLayout()
        for w in (self.first_button, self.back_button, self.step_button, self.play_button, self.all_button):
            buttons.addWidget(w)
        pace.addWidget(self.speed_label)
        pace.addWidget(self.speed)
        pace.addWidget(self.step_label, 1)
        # One row on a wide tab; the speed under the buttons on a narrow one (large type beside
        # the settings on a projector's 1024 px), rather than a sideways scroll bar.
        self._steps = steps = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        steps.addLayout(buttons)
        steps.addLayout(pace, 1)
        self._available = AvailableWidth(self, lambda width: steps.setDirection(
            QBoxLayout.Direction.LeftToRight
            if width >= buttons.minimumSize().width() + pace.minimumSize().width() + 40
            else QBoxLayout.Direction.TopToBottom))

        # The graph gets the tab's whole width (a chain of five nodes needs it for its numbers);
        # the chosen node's explanation and the inputs sit under it, side by side.
        node_box, inputs_box = QWidget(), QWidget()
        self.node_heading, self.inputs_heading = QLabel(), QLabel()
        node_layout = QVBoxLayout(node_box)
        node_layout.addWidget(self.node_heading)
        node_layout.addWidget(self.explanation)
        node_layout.addWidget(self.one_step_button)
        node_layout.addStretch(1)
        inputs_layout = QVBoxLayout(inputs_box)
        inputs_layout.addWidget(self.inputs_heading)
        inputs_layout.addWidget(self.inputs)
        inputs_layout.addStretch(1)
        below = QWidget()
        below_layout = QHBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(node_box, 3)
        below_layout.addWidget(inputs_box, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(below)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.canvas)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        scroll.setMinimumHeight(120)
        split.setSizes([460, 180])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(steps)
        self.retranslate()
        self.load(self.preset.currentData())

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Graph:"))
        for i in range(self.preset.count()):
            key = self.preset.itemData(i)
            self.preset.setItemText(i, QCoreApplication.translate("GraphTitles", NAMES.get(key, key)))
        self.preset.setToolTip(self.tr("The graphs of chapter 5, in the book's order."))
        name = self.preset.currentData()
        text = QCoreApplication.translate("GraphTitles", TITLES.get(name, "")).format(len(self.test_indices))
        self.title.setText(self._error() if self._error else text)
        self.refresh_button.setText(self.tr("Use the current weights"))
        self.refresh_button.setToolTip(self.tr("Rebuild the network graph from the network as it is now."))
        self.one_step_button.setText(self.tr("Show this stage in One step, explained"))
        self.one_step_button.setToolTip(self.tr("The same pass, layer by layer, with the book's names."))
        self.first_button.setText(self.tr("Start over"))
        self.first_button.setToolTip(self.tr("Hide every computed value: only the inputs are known."))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Undo the last step."))
        self.step_button.setText(self.tr("Step ▶"))
        self.step_button.setToolTip(self.tr("One node: forward first, then backward."))
        self.all_button.setText(self.tr("Show all"))
        self.all_button.setToolTip(self.tr("Every value and every gradient at once."))
        self.speed_label.setText(self.tr("Speed:"))
        self.speed.setToolTip(self.tr("Steps per second while playing: {0:g}").format(self.speed.value() / 2))
        self.node_heading.setText("<b>" + self.tr("The chosen node") + "</b>")
        self.inputs_heading.setText("<b>" + self.tr("Inputs") + "</b>")
        self._update_play_button()
        self._update_step_label()

    def set_font_scale(self, scale: float) -> None:
        self.canvas.set_font_scale(scale)
        for w in (self.explanation, self.inputs, self.title, self.step_label):
            w.setFont(scaled_font(self.font(), scale))

    # -- graphs ---------------------------------------------------------------
    def load(self, name: str) -> bool:
        """Build preset ``name`` (the network one from the current weights). False if it cannot be built."""
        self.pause()
        index = self.preset.findData(name)
        if index != self.preset.currentIndex():
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(index)
            self.preset.blockSignals(False)
        self._error = None
        try:
            graph = build_graph(name, **self._network_options()) if name == NETWORK else build_graph(name)
        except (GraphError, ValueError) as exc:
            graph = None
            self._error = self._explain_failure(name, exc)
        self.graph = graph
        self.step_index = None
        self._linked_direction = None
        self.canvas.set_graph(graph)
        self.inputs.set_graph(graph)
        self.explanation.show_explanation(None)
        self.refresh_button.setVisible(name == NETWORK)
        self.one_step_button.setVisible(False)
        self.retranslate()
        return graph is not None

    def _network_options(self) -> dict:
        net = self.controller.network_copy() if self.controller is not None else None
        dataset = self.controller.dataset if self.controller is not None else None
        if net is None or dataset is None:
            raise ValueError("no data")
        net = net.copy(dtype=np.float64)
        x = np.asarray(dataset.x_test[self.test_indices], dtype=np.float64)
        return {"net": net, "x": x, "t": dataset.t_test[self.test_indices]}

    def _explain_failure(self, name, exc):
        if name == NETWORK and str(exc) == "no data":
            return lambda: self.tr("The network graph needs the training data: it is still loading.")
        if name == NETWORK and "weight decay" in str(exc):
            return lambda: self.tr("The network graph shows the book's loss without weight decay: set weight "
                                   "decay to 0 and press Reset to draw it.")
        return lambda: self.tr("This graph cannot be drawn: {0}").format(str(exc))

    def refresh(self) -> None:
        """The network changed (new weights, new data): redraw the network graph if it is shown."""
        if self.preset.currentData() == NETWORK and not self.timer.isActive():
            self.load(NETWORK)

    # -- nodes ----------------------------------------------------------------
    def _on_node(self, name: str) -> None:
        self.explanation.show_explanation(self.graph.explain(name))
        self.one_step_button.setVisible(self.graph.nodes[name].group is not None)

    def select_node(self, name: str) -> None:
        self.canvas.select(name)
        self._on_node(name)

    def _on_inputs_changed(self) -> None:
        self.canvas.update()
        if self.canvas.selected is not None:
            self.explanation.show_explanation(self.graph.explain(self.canvas.selected))

    def _to_one_step(self) -> None:
        name = self.canvas.selected
        if name is None or self.graph is None:
            return
        if self.step_index is None:  # everything shown: the pass One step linked here, else forward
            direction = self._linked_direction or "forward"
        else:
            direction = "forward" if self.step_index < len(self.graph.forward_order) else "backward"
        self.stageRequested.emit(self.graph.nodes[name].group, direction, self.test_indices.copy())

    def show_stage(self, group: str, direction: str = "forward", indices=None) -> bool:
        """Show the network graph with the last node of layer ``group`` chosen (from One step, explained).

        indices : the test-set rows (N,) to build it on (One step's batch), or None for the current ones.
        """
        new_batch = indices is not None and not np.array_equal(indices, self.test_indices)
        if new_batch:
            self.test_indices = np.asarray(indices, dtype=np.int64)
        if self.preset.currentData() != NETWORK or self.graph is None or new_batch:
            if not self.load(NETWORK):
                return False
        names = [n for n, node in self.graph.nodes.items() if node.group == group and not node.is_input]
        if not names:
            return False
        order = self.graph.forward_order
        self.step_index = None if direction == "backward" else order.index(names[-1]) + 1
        self._linked_direction = direction
        self._show_steps()
        self.select_node(names[-1])
        return True

    # -- stepping -------------------------------------------------------------
    @property
    def n_steps(self) -> int:
        return len(self.graph.steps()) if self.graph is not None else 0

    def first(self) -> None:
        self.pause()
        self._go(0)

    def back(self) -> None:
        self.pause()
        k = self.n_steps if self.step_index is None else self.step_index
        self._go(max(0, k - 1))

    def step(self) -> None:
        self.pause()
        self._advance()

    def show_all(self) -> None:
        self.pause()
        self._go(None)

    def _advance(self) -> bool:
        if self.graph is None:
            return False
        k = 0 if self.step_index is None else self.step_index + 1
        self._go(None if k >= self.n_steps else k)
        return self.step_index is not None

    def _go(self, k) -> None:
        if self.graph is None:
            return
        self.step_index = k
        self._show_steps()

    def _show_steps(self) -> None:
        if self.step_index is None:
            self.canvas.set_revealed(None)
        else:
            steps = self.graph.steps()
            current = steps[self.step_index - 1].node if self.step_index > 0 else None
            self.canvas.set_revealed(self.graph.revealed(self.step_index), current)
        self._update_step_label()

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.pause()
        else:
            if self.step_index is None:
                self._go(0)
            self.timer.start()
            self._update_play_button()

    def pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        self._update_play_button()

    def _tick(self) -> None:
        if not self._advance():
            self.pause()

    def _set_speed(self, value: int) -> None:
        self.timer.setInterval(int(1000 / (value / 2)))
        self.speed.setToolTip(self.tr("Steps per second while playing: {0:g}").format(value / 2))

    def _update_play_button(self) -> None:
        playing = self.timer.isActive()
        self.play_button.setText(self.tr("Pause") if playing else self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Stop the animation here.") if playing else
                                    self.tr("Animate the forward pass, then the backward pass, node by node."))

    def _update_step_label(self) -> None:
        if self.graph is None:
            self.step_label.clear()
            return
        if self.step_index is None:
            self.step_label.setText(self.tr("All values (above the arrows) and gradients (below) are shown."))
            return
        n = self.n_steps
        if self.step_index == 0:
            self.step_label.setText(self.tr("Step 0 of {0}: only the inputs are known.").format(n))
            return
        step = self.graph.steps()[self.step_index - 1]
        label = self.graph.nodes[step.node].label or step.node
        if step.direction == "forward":
            text = self.tr("Step {0} of {1}: forward through {2} ({3}).")
        else:
            text = self.tr("Step {0} of {1}: backward through {2} ({3}).")
        self.step_label.setText(text.format(self.step_index, n, step.node, label))
