"""The gradient-check lab's options: what to check, which bug to plant, Run and Cancel.

``CheckOptions`` holds the test-image count, the step h, all or sampled
entries, the 'Break the backprop' combo with its red banner and its hint,
and the Run and Cancel buttons. A bug needs its layer: the bugs the checked
network cannot hold (a Sigmoid bug in a ReLU net, a weight-decay bug without
weight decay) are greyed out in the combo, with a tooltip saying why. It knows nothing of threads: the panel says whether a check runs.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import BUGS

from ..common.engine_text import bug_explanation, bug_title
from ..common.palette import VERDICT_FILLS, colours
from ..common.panel import Retranslating
from .report import act_name, exp_text

__all__ = ["CheckOptions", "STEPS"]

STEPS = (1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7)
NO_BUG = QT_TRANSLATE_NOOP("CheckOptions", "none (correct backprop)")
LABELS = (QT_TRANSLATE_NOOP("CheckOptions", "Test images"), QT_TRANSLATE_NOOP("CheckOptions", "Step h"),
          QT_TRANSLATE_NOOP("CheckOptions", "Entries"), QT_TRANSLATE_NOOP("CheckOptions", "Break the backprop"))


def _group(*parts) -> QWidget:
    """A row of widgets (an int: spacing) in a widget of its own, to be placed as one."""
    group = QWidget()
    row = QBoxLayout(QBoxLayout.Direction.LeftToRight, group)
    row.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, int):
            row.addSpacing(part)
        else:
            row.addWidget(part, 0, Qt.AlignmentFlag.AlignLeft)
    return group


def _width_in_a_row(group: QWidget) -> int:
    """The width ``group`` needs with its parts side by side and none cut short, however it is laid out now."""
    row = group.layout()
    widths = [row.itemAt(i).widget().sizeHint().width() if row.itemAt(i).widget() is not None
              else row.itemAt(i).sizeHint().width() for i in range(row.count())]
    # The busy bar counts though hidden while idle: a check starting must not rearrange the row.
    return sum(widths) + row.spacing() * max(0, len(widths) - 1)


class CheckOptions(Retranslating, QWidget):
    """The options row of the gradient-check lab. ``bugChanged``: a BUGS name picked, or None."""

    bugChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gcOptions")
        self._activation = None  # the checked network's activation, for the bug hint
        self._weight_decay = 0.0  # and its weight decay
        self.banner = QLabel(objectName="gcBugBanner", wordWrap=True)
        self.banner.hide()
        self.samples = QSpinBox(objectName="gcSamples", minimum=1, maximum=100, value=3)
        self.step = QComboBox(objectName="gcStep")
        for h in STEPS:
            self.step.addItem(exp_text(h), h)
        self.step.setCurrentIndex(STEPS.index(1e-4))
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never "1e-4 (the bo"
        self.mode = QComboBox(objectName="gcMode")
        self.mode.addItem("", None)
        self.mode.addItem("", "sampled")
        self.max_entries = QSpinBox(objectName="gcMaxEntries", minimum=1, maximum=1_000_000, value=500)
        self.bug_combo = QComboBox(objectName="gcBug")
        self.bug_combo.addItem("", None)
        for name in BUGS:
            self.bug_combo.addItem("", name)
        # Wide enough for the longest title (issue 15, item 20: the box showed "…x insteac").
        self.bug_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.bug_hint = QLabel(objectName="gcBugHint", wordWrap=True)
        self.run_button = QPushButton(objectName="runCheckButton")
        self.run_button.setMinimumHeight(34)
        bold = self.run_button.font()
        bold.setBold(True)
        self.run_button.setFont(bold)
        self.cancel_button = QPushButton(objectName="cancelCheckButton")
        self.cancel_button.setMinimumHeight(34)
        self.busy = QProgressBar(objectName="gcBusy", minimum=0, maximum=0, textVisible=False)
        self.busy.setFixedWidth(90)
        self.busy.hide()

        self._labels = [QLabel() for _ in LABELS]  # in the order of LABELS
        for label, widget in zip(self._labels, (self.samples, self.step, self.mode, self.bug_combo)):
            label.setBuddy(widget)
        # Four groups that sit two to a row on a wide tab, one to a row on a narrow one (arrange()).
        self._groups = [_group(self._labels[0], self.samples, 8, self._labels[1], self.step),
                        _group(self._labels[2], self.mode, self.max_entries),
                        _group(self._labels[3], self.bug_combo),
                        _group(self.busy, self.run_button, self.cancel_button)]
        self._rows = [QHBoxLayout() for _ in self._groups]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # The banner and the hint sit below the buttons: showing them never moves Run under the mouse.
        for row in self._rows:
            column.addLayout(row)
        column.addWidget(self.banner)
        column.addWidget(self.bug_hint)
        self.narrow = None
        self.arrange(10_000)

        self.bug_combo.currentIndexChanged.connect(self._bug_picked)
        self._restyle()
        self.retranslate()

    def retranslate(self) -> None:
        self.samples.setToolTip(self.tr("How many test images the loss averages over: the first N of the test "
                                   "set (the book uses 3). The numerical gradient's time grows with N."))
        for i, h in enumerate(STEPS):
            self.step.setItemText(i, exp_text(h) + ("  " + self.tr("(the book)") if h == 1e-4 else ""))
        self.step.setToolTip(self.tr("The finite-difference step h: numerical gradient = (L(w+h) − L(w−h)) / 2h. "
                                "Larger h: truncation error and more ReLU kinks crossed; "
                                "smaller h: round-off error."))
        self.mode.setItemText(0, self.tr("all"))
        self.mode.setItemText(1, self.tr("sampled:"))
        self.mode.setToolTip(self.tr("Check every entry of every parameter, or only a random sample of entries "
                                "per parameter (much faster for big networks)."))
        self.max_entries.setSuffix(self.tr(" per parameter"))
        self.max_entries.setToolTip(self.tr("With 'sampled': how many randomly chosen entries of each parameter "
                                       "to check (parameters with fewer entries are checked whole)."))
        self.bug_combo.setItemText(0, self.tr(NO_BUG))
        self.bug_combo.setItemData(0, self.tr("Every layer's backward is correct."), Qt.ItemDataRole.ToolTipRole)
        for i in range(1, self.bug_combo.count()):
            self.bug_combo.setItemText(i, bug_title(self.bug_combo.itemData(i)))
        self._enable_bugs()
        self.bug_combo.view().setMinimumWidth(self.bug_combo.view().sizeHintForColumn(0) + 24)
        self.run_button.setText(self.tr("Run gradient check"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running check (it stops between chunks, within a moment)."))
        self.busy.setToolTip(self.tr("A check is running"))
        for label, text in zip(self._labels, LABELS):
            label.setText(self.tr(text))
        self.show_bug(self._activation)

    def wide_width(self) -> int:
        """The least width for two groups to a row (the layout as the book's lab shows it)."""
        spacing = self._rows[0].spacing()
        first, entries, bug, buttons = (_width_in_a_row(group) for group in self._groups)
        return max(first + entries, bug + buttons) + spacing

    def arrange(self, width: int) -> None:
        """Two groups to a row when ``width`` allows, else one to a row with the bug's label over its
        combo: a projector's 1024 px in large type otherwise hid Run and Cancel past the right edge."""
        narrow = width < self.wide_width()
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for row in self._rows:
            while row.count():
                row.takeAt(0)  # the groups stay children of this widget; only their places change
        first, entries, bug, buttons = self._groups
        bug.layout().setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        if narrow:
            for row, group in zip(self._rows, self._groups):
                row.addWidget(group)
                row.addStretch(1)
        else:
            self._rows[0].addWidget(first)
            self._rows[0].addWidget(entries)
            self._rows[0].addStretch(1)
            self._rows[1].addWidget(bug)
            self._rows[1].addStretch(1)
            self._rows[1].addWidget(buttons)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        _symbol, fill, text, _bar = VERDICT_FILLS["wrong"]  # reads the same on either theme
        self.banner.setStyleSheet(f"QLabel#gcBugBanner {{ background: {fill}; color: {text}; font-weight: bold;"
                                  " padding: 6px 10px; border-radius: 4px; }")
        self.bug_hint.setStyleSheet(f"color: {colours(self).warn}; font-weight: bold;")

    # -- the choices ----------------------------------------------------------------
    def bug(self) -> str | None:
        """The planted bug picked in the combo (None: correct backprop)."""
        return self.bug_combo.currentData()

    def set_bug(self, name: str | None) -> None:
        """Select ``name`` (a BUGS key, or None) without emitting bugChanged."""
        if name is not None and name not in BUGS:
            raise ValueError(f"unknown bug {name!r}; choose one of: {', '.join(BUGS)}")
        with QSignalBlocker(self.bug_combo):
            self.bug_combo.setCurrentIndex(self.bug_combo.findData(name) if name else 0)
        self.show_bug(self._activation)

    def n_samples(self) -> int:
        return self.samples.value()

    def h(self) -> float:
        return self.step.currentData()

    def max_entries_per_parameter(self) -> int | None:
        """None: check every entry."""
        return self.max_entries.value() if self.mode.currentData() else None

    # -- what the panel tells it ---------------------------------------------------------
    def set_running(self, ready: bool, running: bool, cancelling: bool) -> None:
        """``ready``: a network and data to check; ``running``: a check runs; ``cancelling``: asked to stop."""
        self.run_button.setEnabled(ready and not running)
        if not ready:
            self.run_button.setToolTip(self.tr("waiting for the data"))
        elif running:
            self.run_button.setToolTip(self.tr("A check is running: Cancel stops it."))
        else:
            self.run_button.setToolTip(self.tr("Compare backprop's gradient with the numerical gradient on a copy "
                                          "of the current network (training, if running, is not disturbed)."))
        self.cancel_button.setEnabled(running and not cancelling)
        self.busy.setVisible(running)
        for widget in (self.samples, self.step, self.mode, self.bug_combo):
            widget.setEnabled(not running)
        self.max_entries.setEnabled(not running and self.mode.currentData() is not None)

    def set_network(self, activation: str | None, weight_decay: float = 0.0) -> None:
        """The checked network's activation and weight decay: bugs that need a layer it lacks are disabled."""
        self._activation, self._weight_decay = activation, float(weight_decay or 0.0)
        self._enable_bugs()
        self.show_bug(activation)

    def bug_refusal(self, name: str | None = ...) -> str | None:
        """Why ``name`` (default: the picked bug) cannot be planted in the checked network, translated; or None."""
        name = self.bug() if name is ... else name
        bug = BUGS.get(name) if name else None
        if bug is None or bug.needs is None or self._activation is None:
            return None
        if bug.needs == "weight decay":
            if self._weight_decay:
                return None
            return self.tr("It needs weight decay, and this network has none (set Weight decay, then Reset).")
        if bug.needs == self._activation:
            return None
        return self.tr("It needs a {0} layer, and this network uses {1} (switch the activation, then Reset).").format(
            act_name(bug.needs), act_name(self._activation))

    def _enable_bugs(self) -> None:
        """Grey out the bugs the checked network cannot hold, with a tooltip saying why."""
        model = self.bug_combo.model()
        for i in range(1, self.bug_combo.count()):
            name = self.bug_combo.itemData(i)
            why = self.bug_refusal(name)
            model.item(i).setEnabled(why is None)
            tip = bug_explanation(name) if why is None else "{0}: {1}".format(bug_title(name), why)
            self.bug_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)

    def show_bug(self, activation: str | None) -> None:
        """The banner for a planted bug, and a hint when ``activation`` (the network's) hides it."""
        self._activation = activation
        name = self.bug()
        bug = BUGS.get(name) if name else None
        if bug is None:
            self.banner.hide()
            self.bug_combo.setToolTip(self.tr("Plant a classic backprop mistake in the checked copy and watch the "
                                         "check catch it. 'none' keeps every layer's backward correct."))
        else:
            self.banner.setText(self.tr("PLANTED BUG: {0} — backprop is deliberately wrong").format(bug_title(name)))
            self.banner.show()
            self.bug_combo.setToolTip("{0}: {1}".format(bug_title(name), bug_explanation(name)))
        why = self.bug_refusal()
        if why is not None:
            self.bug_hint.setText(self.tr("This bug cannot be planted here. {0}").format(why))
            self.bug_hint.show()
        else:
            self.bug_hint.hide()

    def _bug_picked(self, _index) -> None:
        self.show_bug(self._activation)
        self.bugChanged.emit(self.bug())
