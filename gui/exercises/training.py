"""Train with my layers: the book's net built from the student's passing classes learns MNIST.

The training runs in a child process (``engine.train_isolated``): the
student's code never runs in the window's process. Its messages come back on
a worker thread and are drawn here: the loss per mini-batch and the test
accuracy per epoch, and which classes are the student's own.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import DEFAULT_TIMEOUT, train_isolated

from ..common.fonts import font_pt
from ..common.palette import colours
from ..common.panel import Retranslating
from ..common.tasks import TaskRunner, TaskWorker

__all__ = ["TrainPanel", "TrainWorker"]


class TrainWorker(TaskWorker):
    """A TaskWorker whose job also reports progress: ``fn(should_stop, report)``."""

    progress = Signal(int, object)

    def __init__(self, run_id: int, fn):
        super().__init__(run_id, lambda should_stop: fn(should_stop, lambda m: self.progress.emit(run_id, m)))


class TrainPanel(Retranslating, QWidget):
    """'Train with my layers', the epochs, the loss and accuracy curves, and what the net is made of.

    ``paths()`` gives the student's exercise files to take classes from (those solved).
    """

    finished = Signal(object)  # the child's last message: {'kind': 'done', 'test_acc': ...}, 'timeout', ...

    def __init__(self, paths, parent: QWidget | None = None, *, timeout: float = DEFAULT_TIMEOUT):
        super().__init__(parent)
        self.setObjectName("exerciseTrainPanel")
        self.paths = paths
        self.timeout = timeout
        self.steps = None  # mini-batches per epoch (None: whole epochs; tests use a few)
        self.uses = None  # the child's 'uses' message
        self.result = None
        self.losses, self.accuracy = [], []  # (step, loss), (epoch, test accuracy)
        self._stop_asked = False  # Stop was pressed during the current run
        self._runner = TaskRunner(self, "ExerciseTraining")

        self.train_button, self.stop_button = QPushButton(), QPushButton()
        self.train_button.setObjectName("exerciseTrain")
        self.stop_button.setObjectName("exerciseTrainStop")
        self.train_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.epochs = QSpinBox()
        self.epochs.setObjectName("exerciseTrainEpochs")
        self.epochs.setRange(1, 20)
        self.epochs_label = QLabel()
        self.epochs_label.setBuddy(self.epochs)
        self.status = QLabel()
        self.status.setObjectName("exerciseTrainStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the student's error message
        self.loss_plot, self.acc_plot = pg.PlotWidget(), pg.PlotWidget()
        for plot, name in ((self.loss_plot, "exerciseLossPlot"), (self.acc_plot, "exerciseAccuracyPlot")):
            plot.setObjectName(name)
            plot.setMinimumHeight(140)
            plot.setMaximumHeight(220)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMouseEnabled(x=False, y=False)
        self.acc_plot.setYRange(0, 1)
        self.loss_curve = self.loss_plot.plot([], [])
        self.acc_curve = self.acc_plot.plot([], [], symbol="o")
        self.loss_plot.setVisible(False)
        self.acc_plot.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.train_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.epochs_label)
        row.addWidget(self.epochs)
        row.addStretch(1)
        plots = QVBoxLayout()
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.acc_plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(plots)
        self.retranslate()

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.train_button.setText(self.tr("Train with my layers"))
        self.train_button.setToolTip(self.tr("Train the book's two-layer net on MNIST with your passing classes "
                                             "(the book's for the rest), in a separate process"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the training"))
        self.epochs_label.setText(self.tr("Epochs:"))
        self.epochs.setToolTip(self.tr("How many passes over the 60,000 training images"))
        c = colours(self)
        self._titles()
        self.loss_curve.setPen(pg.mkPen(c.accent, width=2))
        self.acc_curve.setPen(pg.mkPen(c.good, width=2))
        self.acc_curve.setSymbolBrush(pg.mkBrush(c.good))
        self.update_state()

    def set_font_scale(self, scale: float) -> None:
        """The plots' titles and ticks (pyqtgraph does not follow the application's font); labels follow it."""
        self._scale = scale
        for plot in (self.loss_plot, self.acc_plot):
            for side in ("left", "bottom"):
                plot.getAxis(side).setTickFont(font_pt(9 * scale))
        self._titles()

    def _titles(self) -> None:
        size = f"{11 * getattr(self, '_scale', 1.0):.0f}pt"
        self.loss_plot.setTitle(self.tr("Loss per mini-batch"), size=size)
        self.acc_plot.setTitle(self.tr("Test accuracy per epoch"), size=size)

    # -- running -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._runner.busy

    def start(self) -> bool:
        paths = list(self.paths())
        if self._runner.busy or not paths:
            return False
        self.losses, self.accuracy, self.uses, self.result = [], [], None, None
        self._stop_asked = False
        self._draw()
        epochs, steps, timeout = self.epochs.value(), self.steps, self.timeout
        self.acc_plot.setXRange(0.5, epochs + 0.5)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setVisible(True)  # hidden until the first training: empty axes say nothing
        self._runner.start(
            lambda run_id: TrainWorker(run_id, lambda should_stop, report: train_isolated(
                paths, report, epochs=epochs, steps=steps, timeout=timeout, should_stop=should_stop)),
            on={"progress": self._on_progress, "done": self._on_done, "failed": self._on_failed},
            ends=("done", "failed"))
        self.update_state()
        return True

    def stop(self) -> None:
        if self._runner.busy:
            self._stop_asked = True
            self._runner.stop()

    def shutdown(self) -> None:
        self._runner.stop(wait=True, retire=True)

    def _on_progress(self, message: dict) -> None:
        kind = message.get("kind")
        if kind == "uses":
            self.uses = message
        elif kind == "loss":
            self.losses.append((message["step"], message["loss"]))
        elif kind == "epoch":
            self.accuracy.append((message["epoch"], message["test_acc"]))
        self._draw()
        self.update_state()

    def _on_done(self, result: dict) -> None:
        if self._stop_asked:  # the child's last word was already on its way when Stop came: Stop wins
            result = {"kind": "cancelled"}
        self.result = result
        self.update_state()
        self.finished.emit(result)

    def _on_failed(self, text: str) -> None:
        self.result = {"kind": "crash", "message": text}
        self.update_state()
        self.finished.emit(self.result)

    def _draw(self) -> None:
        self.loss_curve.setData([s for s, _ in self.losses], [v for _, v in self.losses])
        self.acc_curve.setData([e for e, _ in self.accuracy], [a for _, a in self.accuracy])

    def update_state(self) -> None:
        running = self._runner.busy
        self.train_button.setEnabled(not running and bool(list(self.paths())))
        self.stop_button.setVisible(running)
        self.epochs.setEnabled(not running)
        self.status.setText(self._status_text(running))

    def _status_text(self, running: bool) -> str:
        parts = []
        if self.uses is not None:
            yours = ", ".join(self.uses.get("yours", [])) or self.tr("none")
            book = ", ".join(self.uses.get("book", []))
            parts.append(self.tr("Your classes: {0}.").format(yours) +
                         (" " + self.tr("The book's: {0}.").format(book) if book else ""))
        r = self.result or {}
        kind = r.get("kind")
        if running:
            parts.append(self.tr("Training… step {0}").format(self.losses[-1][0] if self.losses else 0))
        elif kind == "done":
            parts.append(self.tr("Done: {0:.1%} of the test digits recognised by your code.").format(r["test_acc"]))
        elif kind == "error":
            where = self.tr(" (line {0})").format(r["line"]) if r.get("line") else ""
            parts.append(self.tr("Your code raised {0}{1} while training.").format(r.get("message", ""), where))
        elif kind == "timeout":
            parts.append(self.tr("Stopped: no progress for {0:g} s. Does your code loop forever?").format(
                r.get("seconds", self.timeout)))
        elif kind == "cancelled":
            parts.append(self.tr("Stopped."))
        elif kind in ("memory", "crash"):
            parts.append(self.tr("The training process ended: {0}").format(r.get("message", kind)))
        elif not list(self.paths()):
            parts.append(self.tr("Solve Relu, Affine, SoftmaxWithLoss or TwoLayerNet's gradient first: then "
                                 "your code can learn MNIST."))
        epochs = "; ".join(self.tr("epoch {0}: {1:.1%}").format(epoch, acc) for epoch, acc in self.accuracy)
        return "\n".join(parts + ([self.tr("Test accuracy: {0}").format(epochs)] if epochs else []))
