"""A table of finished runs, to compare their hyperparameters and final numbers.

``RunsTable`` keeps one row per finished run: its label, the hyperparameters
that describe it (network, activation, initial weights, optimizer, learning
rate, batch size, weight decay, training set size), and how it ended (steps,
last mini-batch loss, train and test accuracy, training time, status).

Two things help a class read it from the back of the room:

* the best test accuracy is in bold;
* once there are two runs or more, hyperparameter cells that are the same in
  every row are greyed, so the one thing a lesson varies stands out.

``run_label`` makes the short legend label of a run ('ReLU 784-50-10 SGD
lr=0.1') that the plots use for ghost curves.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import TrainConfig

from ..common.fonts import scaled_font
from ..common.palette import colours
from ..common.panel import Retranslating
from ..common.text import format_duration

__all__ = ["RunsTable", "run_label", "lr_text", "architecture_text", "init_text", "optimizer_text"]

_DEFAULT = TrainConfig()
_OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "adagrad": "AdaGrad", "adam": "Adam"}
_ACTIVATION_NAMES = {"relu": "ReLU", "sigmoid": "Sigmoid"}


# (key in a row dict, header, header tooltip, kind): results come first, so the
# numbers a class compares are on screen even when the window is narrow;
# 'config' columns are greyed when every run shares their value.
_COLUMNS = (
    ("label", QT_TRANSLATE_NOOP("RunsTable", "Run"),
     QT_TRANSLATE_NOOP("RunsTable", "The run's name: the lesson variant, or its hyperparameters"), "text"),
    ("test_acc", QT_TRANSLATE_NOOP("RunsTable", "Test acc"),
     QT_TRANSLATE_NOOP("RunsTable", "Accuracy on the test images at the end (bold: the best)"), "number"),
    ("train_acc", QT_TRANSLATE_NOOP("RunsTable", "Train acc"),
     QT_TRANSLATE_NOOP("RunsTable", "Accuracy on the training images at the end"), "number"),
    ("loss", QT_TRANSLATE_NOOP("RunsTable", "Loss"),
     QT_TRANSLATE_NOOP("RunsTable", "Loss of the last mini-batch (with weight decay, plus the penalty)"),
     "number"),
    ("steps", QT_TRANSLATE_NOOP("RunsTable", "Steps"),
     QT_TRANSLATE_NOOP("RunsTable", "Mini-batch updates this network had made when the run ended"), "number"),
    ("elapsed", QT_TRANSLATE_NOOP("RunsTable", "Time"),
     QT_TRANSLATE_NOOP("RunsTable", "Training time, evaluation excluded"), "number"),
    ("status", QT_TRANSLATE_NOOP("RunsTable", "Status"),
     QT_TRANSLATE_NOOP("RunsTable", "done, stopped by the user, or diverged"), "text"),
    ("architecture", QT_TRANSLATE_NOOP("RunsTable", "Network"),
     QT_TRANSLATE_NOOP("RunsTable", "Layer sizes from input to output"), "config"),
    ("activation", QT_TRANSLATE_NOOP("RunsTable", "Activation"),
     QT_TRANSLATE_NOOP("RunsTable", "The activation after each hidden layer"), "config"),
    ("init", QT_TRANSLATE_NOOP("RunsTable", "Init"),
     QT_TRANSLATE_NOOP("RunsTable", "How the initial weights were drawn"), "config"),
    ("optimizer", QT_TRANSLATE_NOOP("RunsTable", "Optimizer"),
     QT_TRANSLATE_NOOP("RunsTable", "The update rule"), "config"),
    ("lr", QT_TRANSLATE_NOOP("RunsTable", "lr"),
     QT_TRANSLATE_NOOP("RunsTable", "Learning rate at the end of the run"), "config"),
    ("batch_size", QT_TRANSLATE_NOOP("RunsTable", "Batch"),
     QT_TRANSLATE_NOOP("RunsTable", "Mini-batch size"), "config"),
    ("weight_decay", QT_TRANSLATE_NOOP("RunsTable", "Decay λ"),
     QT_TRANSLATE_NOOP("RunsTable", "Weight decay λ (none: 0)"), "config"),
    ("train_size", QT_TRANSLATE_NOOP("RunsTable", "Train size"),
     QT_TRANSLATE_NOOP("RunsTable", "Training images used (all: the whole training set)"), "config"),
)
_NUMERIC = {"test_acc", "train_acc", "loss", "steps", "elapsed", "lr", "batch_size", "weight_decay", "train_size"}
_KEYS = tuple(c[0] for c in _COLUMNS)


# ------------------------------------------------------------ summaries ----

def _compress(sizes) -> list[str]:
    """Layer sizes with runs of three or more equal widths written '100×5'."""
    out, i = [], 0
    sizes = list(sizes)
    while i < len(sizes):
        j = i
        while j < len(sizes) and sizes[j] == sizes[i]:
            j += 1
        n = j - i
        out.extend([f"{sizes[i]}×{n}"] if n >= 3 else [str(sizes[i])] * n)
        i = j
    return out


def architecture_text(config: TrainConfig, n_in: int = 784, n_out: int = 10, *, compact: bool = False) -> str:
    """'784-100-100-10'; ``compact`` writes repeated hidden widths as '784-100×5-10'."""
    hidden = _compress(config.hidden_sizes) if compact else [str(s) for s in config.hidden_sizes]
    return "-".join([str(n_in), *hidden, str(n_out)])


def init_text(config: TrainConfig) -> str:
    """'He', 'Xavier' or 'std 0.01'."""
    if isinstance(config.weight_init, str):
        return {"he": "He", "xavier": "Xavier"}[config.weight_init]
    return f"std {config.weight_init:g}"


def optimizer_text(config: TrainConfig) -> str:
    return _OPTIMIZER_NAMES.get(config.optimizer, config.optimizer)


def lr_text(first: float, last: float | None = None) -> str:
    """'lr=0.1', or 'lr=0.1→3' for a run whose rate was changed from 0.1 to 3 on the way."""
    if last is None or last == first:
        return f"lr={first:g}"
    return f"lr={first:g}→{last:g}"


def run_label(config: TrainConfig, n_in: int = 784, n_out: int = 10, final_lr: float | None = None) -> str:
    """A short legend label such as 'ReLU 784-50-10 SGD lr=0.1'.

    Activation, network, optimizer and learning rate are always named (with
    ``final_lr``, the rate the run ended with, if it was changed on the way:
    'lr=0.1→3'); the initial weights, batch size, weight decay, training set
    size, augmentation, seed and a planted bug only when they differ from the
    book's chapter 5 run (std 0.01, batch 100, no weight decay, every training
    image, seed 0), so that two runs that differ in one of them get different
    labels.
    """
    parts = [_ACTIVATION_NAMES.get(config.activation, config.activation),
             architecture_text(config, n_in, n_out, compact=True)]
    if config.weight_init != _DEFAULT.weight_init:
        parts.append(init_text(config))
    parts += [optimizer_text(config), lr_text(config.lr, final_lr)]
    if config.batch_size != _DEFAULT.batch_size:
        parts.append(QCoreApplication.translate("RunsTable", "batch={0}").format(config.batch_size))
    if config.weight_decay:
        parts.append(f"λ={config.weight_decay:g}")
    if config.train_size is not None:
        parts.append(f"N={config.train_size}")
    if config.augment:
        parts.append(QCoreApplication.translate("RunsTable", "augmented"))
    if config.seed != _DEFAULT.seed:
        parts.append(QCoreApplication.translate("RunsTable", "seed={0}").format(config.seed))
    if config.bug:
        parts.append(f"bug:{config.bug}")
    return " ".join(parts)


def _accuracy_text(value) -> str:
    return "—" if value is None else f"{100.0 * value:.2f}%"


def _loss_text(value) -> str:
    if value is None or math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞"
    return f"{value:.4g}"


def _time_text(seconds) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "—"
    return f"{seconds:.1f} s" if seconds < 60 else format_duration(seconds)


class _Item(QTableWidgetItem):
    """A cell that sorts by a number (or text) key rather than by its display text."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.sort_key = key
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other):  # noqa: D105 (Qt sorting)
        a, b = self.sort_key, getattr(other, "sort_key", None)
        if a is None or b is None:  # missing values sort first
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


# ---------------------------------------------------------------- table ----

class RunsTable(Retranslating, QWidget):
    """Finished runs side by side.

    ``add_run(label, config, report)`` appends a row; ``clear()`` removes them
    all. The 'Clear runs' button clears and emits ``cleared`` (the window also
    removes the ghost curves); it asks nothing (a class is waiting) but offers
    'Undo clear' until the next clear: that puts the rows back before any
    added since and emits ``restored`` (the ghosts come back). The 'Show ghost curves' box emits
    ``ghostsVisibilityChanged(bool)``. ``rows`` gives the table as a list of
    dicts, in the order the runs were added.
    """

    cleared = Signal()
    restored = Signal()
    ghostsVisibilityChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("runsTable")
        self._rows: list[dict] = []
        self._cleared_rows: list[dict] = []  # what 'Clear runs' removed, for 'Undo clear'

        self.hint = QLabel(objectName="runsTableHint", wordWrap=True)
        self.table = QTableWidget(0, len(_COLUMNS), objectName="runsTableView")
        for i in range(len(_COLUMNS)):
            self.table.setHorizontalHeaderItem(i, QTableWidgetItem())
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # oldest first until a header is clicked
        self.table.setSortingEnabled(True)

        self.clear_button = QPushButton(objectName="clearRunsButton")
        self.clear_button.clicked.connect(self._clear_clicked)
        self.undo_button = QPushButton(objectName="undoClearRunsButton")
        self.undo_button.clicked.connect(self.undo_clear)
        self.undo_button.hide()
        self.show_ghosts = QCheckBox(objectName="showGhosts")
        self.show_ghosts.setChecked(True)
        self.show_ghosts.toggled.connect(self.ghostsVisibilityChanged)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.show_ghosts)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language, the cells included."""
        self.table.setToolTip(self.tr(
            "Finished runs, one per row. Bold: the best test accuracy. Grey: settings every run shares. "
            "Click a column header to sort."))
        for i, (_key, header, tip, _kind) in enumerate(_COLUMNS):
            item = self.table.horizontalHeaderItem(i)
            item.setText(self.tr(header))
            item.setToolTip(self.tr(tip))
        self.clear_button.setText(self.tr("Clear runs"))
        self.clear_button.setToolTip(self.tr("Remove every run from this table and its ghost curve from the plots "
                                             "('Undo clear' brings them back)"))
        self.undo_button.setText(self.tr("Undo clear ({0})").format(len(self._cleared_rows)))
        self.undo_button.setToolTip(self.tr("Put back the runs and ghost curves 'Clear runs' removed"))
        self.show_ghosts.setText(self.tr("Show ghost curves"))
        self.show_ghosts.setToolTip(self.tr(
            "Show or hide the faint curves that finished runs leave on the loss and accuracy plots"))
        self._refresh()

    # -- API ---------------------------------------------------------------------
    @property
    def rows(self) -> list[dict]:
        """One dict per run, oldest first: the keys of the columns plus 'config',
        'report' and 'bold' (True where the test accuracy is the best)."""
        best = self._best_test_acc()
        return [dict(row, bold=best is not None and row["test_acc"] == best) for row in self._rows]

    @property
    def ghosts_visible(self) -> bool:
        return self.show_ghosts.isChecked()

    def add_run(self, label: str, config: TrainConfig, report, *, n_in: int = 784, n_out: int = 10) -> None:
        """Add a finished run: its label, its TrainConfig and its last Report."""
        self._rows.append({
            "label": str(label),
            "architecture": architecture_text(config, n_in, n_out, compact=True),
            "activation": _ACTIVATION_NAMES.get(config.activation, config.activation),
            "init": init_text(config),
            "optimizer": optimizer_text(config),
            "lr": float(report.lr if getattr(report, "lr", None) is not None else config.lr),
            "batch_size": config.batch_size,
            "weight_decay": float(config.weight_decay),
            "train_size": config.train_size,
            "steps": int(report.step),
            "loss": float(report.loss),
            "train_acc": report.train_acc,
            "test_acc": report.test_acc,
            "elapsed": float(report.elapsed),
            "status": report.kind if report.kind != "step" else "stopped",
            "config": config,
            "report": report,
        })
        self._refresh()
        self.table.scrollToBottom()

    def clear(self) -> None:
        """Remove every row (does not emit ``cleared``)."""
        self._rows.clear()
        self._refresh()

    def set_font_scale(self, scale: float) -> None:
        """1.0 normal; up to 2.0 for a projector (as the plots' font scale)."""
        font = scaled_font(self.font(), min(max(float(scale), 0.5), 2.0))
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self._refresh()

    # -- display -------------------------------------------------------------------
    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "table"):
            self._refresh()  # grey and red of the new theme
        super().changeEvent(event)

    def _clear_clicked(self) -> None:
        if not self._rows:
            return
        self._cleared_rows = list(self._rows)
        self.clear()
        self.undo_button.setText(self.tr("Undo clear ({0})").format(len(self._cleared_rows)))
        self.undo_button.show()
        self.cleared.emit()

    def undo_clear(self) -> None:
        """Put back the rows the last 'Clear runs' removed, before the runs added since; emits ``restored``."""
        if not self._cleared_rows:
            return
        self._rows[:0] = self._cleared_rows
        self._cleared_rows = []
        self.undo_button.hide()
        self._refresh()
        self.restored.emit()

    def _best_test_acc(self):
        accs = [r["test_acc"] for r in self._rows if r["test_acc"] is not None and r["status"] != "diverged"]
        return max(accs) if accs else None

    def _cell_text(self, key, row) -> str:
        value = row[key]
        if key == "lr":
            return f"{value:g}"
        if key == "weight_decay":
            return f"{value:g}" if value else self.tr("none")
        if key == "train_size":
            return self.tr("all") if value is None else f"{value:,}"
        if key == "steps":
            return f"{value:,}"
        if key == "loss":
            return _loss_text(value)
        if key in ("train_acc", "test_acc"):
            return _accuracy_text(value)
        if key == "elapsed":
            return _time_text(value)
        if key == "status":
            return {"done": self.tr("done"), "stopped": self.tr("stopped"),
                    "diverged": self.tr("diverged")}.get(value, value)
        return str(value)

    def _refresh(self) -> None:
        table = self.table
        sorting = table.isSortingEnabled()
        table.setSortingEnabled(False)  # rows must not move while they are filled
        table.setRowCount(len(self._rows))
        best = self._best_test_acc()
        shared = {key for key, _h, _t, kind in _COLUMNS
                  if kind == "config" and len(self._rows) >= 2 and len({r[key] for r in self._rows}) == 1}
        bold = QFont(table.font())
        bold.setBold(True)
        palette = colours(self)
        grey, bad = QBrush(QColor(palette.muted)), QBrush(QColor(palette.bad))
        for r, row in enumerate(self._rows):
            for c, key in enumerate(_KEYS):
                sort_key = row[key]
                if key == "loss" and sort_key is not None and math.isnan(sort_key):
                    sort_key = None
                item = _Item(self._cell_text(key, row), sort_key)
                if key in _NUMERIC:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row["status"] == "diverged" and key in ("status", "loss"):
                    item.setForeground(bad)
                if key in shared:
                    item.setForeground(grey)
                if key == "test_acc" and best is not None and row["test_acc"] == best:
                    item.setFont(bold)
                    item.setToolTip(self.tr("The best test accuracy in the table"))
                if key == "label":
                    item.setToolTip(row["label"])
                table.setItem(r, c, item)
        table.setSortingEnabled(sorting)
        self._update_hint()

    def _update_hint(self) -> None:
        if not self._rows:
            self.hint.setText(self.tr("Finished runs will appear here, one row each, to compare their "
                                      "settings and final accuracy."))
        else:
            self.hint.setText(self.tr("Bold: the best test accuracy. Grey: settings every run shares, "
                                      "so what differs stands out."))
