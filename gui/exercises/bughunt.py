"""Bug hunt: find the mystery bug that a class code plants, with the per-parameter gradient check.

Every student who types the same class code gets the same bug
(``engine.mystery_bug``). The panel runs the gradient check on the mystery net
(the lab's own code, on a worker thread) and shows which parameters are wrong;
the student guesses the layer and the mistake, and the panel says right or
wrong and counts the tries.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine import HUNT_LAYERS, bugs_of_layer, gradient_check, judge, load_dataset, mystery_net

from ..common.engine_text import activation_name, bug_explanation, bug_title
from ..common.palette import colours
from ..common.panel import Retranslating
from ..common.tasks import TaskRunner, TaskWorker

__all__ = ["BugHuntPanel", "hunt_check"]


def hunt_check(code: str, draw: int, should_stop=None):
    """The gradient check of ``code``'s mystery net on 3 test digits (draw ``draw``): [(name, rel_error, passed)]."""
    dataset = load_dataset()
    net = mystery_net(code, seed=draw)
    idx = np.random.default_rng(draw).choice(len(dataset.t_test), 3, replace=False)
    result = gradient_check(net, dataset.x_test[idx], dataset.t_test[idx], should_stop=should_stop)
    return [(name, float(result[name].rel_error), bool(result[name].passed)) for name in result.keys()]


class BugHuntPanel(Retranslating, QWidget):
    guessed = Signal(str)  # 'right', 'right-layer' or 'wrong'
    checkFinished = Signal(object)  # [(parameter, relative error, passed)]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bugHunt")
        self.code = None  # the class code of the hunt under way
        self.tries = 0
        self.found = False
        self.rows = None  # the last gradient check's rows
        self.last_guess = None
        self._draws = 0
        self._runner = TaskRunner(self, "BugHunt")

        self.title, self.intro = QLabel(), QLabel()
        self.intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("bugHuntCode")
        self.code_edit.returnPressed.connect(self.start_hunt)
        self.start_button = QPushButton()
        self.start_button.setObjectName("bugHuntStart")
        self.start_button.clicked.connect(self.start_hunt)
        self.net_label = QLabel()
        self.net_label.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.setObjectName("bugHuntCheck")
        self.check_button.clicked.connect(self.run_check)
        self.evidence = QLabel()
        self.evidence.setObjectName("bugHuntEvidence")
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.layer_box, self.mistake_box = QComboBox(), QComboBox()
        self.layer_box.setObjectName("bugHuntLayer")
        self.mistake_box.setObjectName("bugHuntMistake")
        for layer in HUNT_LAYERS:
            self.layer_box.addItem(layer, layer)
        self.layer_box.currentIndexChanged.connect(self._fill_mistakes)
        self.guess_button = QPushButton()
        self.guess_button.setObjectName("bugHuntGuess")
        self.guess_button.clicked.connect(self.submit)
        self.verdict = QLabel()
        self.verdict.setObjectName("bugHuntVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.start_button)
        self.guess_form = QFormLayout()
        self.layer_label, self.mistake_label = QLabel(), QLabel()
        self.guess_form.addRow(self.layer_label, self.layer_box)
        self.guess_form.addRow(self.mistake_label, self.mistake_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.intro):
            layout.addWidget(w)
        layout.addLayout(code_row)
        layout.addWidget(self.net_label)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.evidence)
        layout.addLayout(self.guess_form)
        layout.addWidget(self.guess_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self._fill_mistakes()
        self.retranslate()

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText("<b>" + html.escape(self.tr("Bug hunt: a mystery bug")) + "</b>")
        self.intro.setText(self.tr("Type the class code your teacher gives: everyone with the same code gets the "
                                   "same planted bug. Find it with the gradient check (the Gradient check and "
                                   "One step tabs help too), then say which layer is wrong and how."))
        self.code_edit.setPlaceholderText(self.tr("class code, e.g. 3B-2026"))
        self.code_edit.setToolTip(self.tr("The same code gives the same bug on every computer"))
        self.start_button.setText(self.tr("Start the hunt"))
        self.start_button.setToolTip(self.tr("Plant the mystery bug of this class code"))
        self.check_button.setText(self.tr("Gradient check of the mystery net"))
        self.check_button.setToolTip(self.tr("Compare backprop with numerical gradients, parameter by parameter, "
                                             "on 3 test digits (new digits each time)"))
        self.layer_label.setText(self.tr("Which layer:"))
        self.mistake_label.setText(self.tr("What is wrong:"))
        self.layer_box.setToolTip(self.tr("The layer whose backward you think is wrong"))
        self.mistake_box.setToolTip(self.tr("The mistake you think it makes"))
        self.guess_button.setText(self.tr("Submit my guess"))
        self.guess_button.setToolTip(self.tr("The lab says whether you found it and counts your tries"))
        for i in range(self.mistake_box.count()):
            self.mistake_box.setItemText(i, bug_title(self.mistake_box.itemData(i)))
        self._update()

    def set_font_scale(self, scale: float) -> None:
        """Nothing to do: every text here follows the application's font, which presentation mode scales."""

    def _fill_mistakes(self) -> None:
        self.mistake_box.clear()
        for name in bugs_of_layer(self.layer_box.currentData()):
            self.mistake_box.addItem(bug_title(name), name)

    # -- the hunt ----------------------------------------------------------------
    def start_hunt(self) -> bool:
        code = self.code_edit.text()
        if not code.strip():
            self.verdict.setText(html.escape(self.tr("Type a class code first.")))
            return False
        self._runner.stop(wait=True, retire=True)
        self.code, self.tries, self.found, self.rows, self.last_guess = code, 0, False, None, None
        self._update()
        return True

    def run_check(self) -> bool:
        if self.code is None or self._runner.busy:
            return False
        self._draws += 1
        code, draw = self.code, self._draws
        self._runner.start(lambda run_id: TaskWorker(run_id, lambda should_stop: hunt_check(code, draw, should_stop)),
                           on={"done": self._on_rows, "failed": self._on_failed}, ends=("done", "failed"))
        self._update()
        return True

    def _on_rows(self, rows) -> None:
        self.rows = rows
        self._update()
        self.checkFinished.emit(rows)

    def _on_failed(self, text: str) -> None:
        self.rows = None
        self._update()
        self.evidence.setText(html.escape(self.tr("The check could not run: {0}").format(text)))

    def submit(self) -> str | None:
        if self.code is None or self.found:
            return None
        self.tries += 1
        self.last_guess = judge(self.code, self.layer_box.currentData(), self.mistake_box.currentData())
        self.found = self.last_guess == "right"
        self._update()
        self.guessed.emit(self.last_guess)
        return self.last_guess

    def shutdown(self) -> None:
        self._runner.stop(wait=True, retire=True)

    def _update(self) -> None:
        hunting = self.code is not None
        for w in (self.check_button, self.evidence, self.layer_box, self.mistake_box, self.guess_button,
                  self.layer_label, self.mistake_label, self.net_label):
            w.setVisible(hunting)
        self.check_button.setEnabled(hunting and not self._runner.busy)
        self.guess_button.setEnabled(hunting and not self.found)
        if not hunting:
            self.verdict.setText("")
            return
        net = mystery_net(self.code)
        self.net_label.setText(self.tr("Class code {0}: a 784-50-10 {1} net with one planted bug.").format(
            self.code.strip(), activation_name(net.activation)))
        c = colours(self)
        if self._runner.busy:
            self.evidence.setText(html.escape(self.tr("Checking…")))
        elif self.rows is not None:
            right, wrong = html.escape(self.tr("right")), html.escape(self.tr("wrong"))
            heads = (self.tr("parameter"), self.tr("relative error"), self.tr("backprop's gradient"))
            cells = "".join(
                f'<tr><td>{name}&nbsp;&nbsp;</td><td>{rel:.1e}&nbsp;&nbsp;</td>'
                f'<td style="color:{c.good if ok else c.bad}">{right if ok else wrong}</td></tr>'
                for name, rel, ok in self.rows)
            self.evidence.setText("<table><tr>" + "".join(f"<th align=left>{html.escape(h)}&nbsp;&nbsp;</th>"
                                                          for h in heads) + f"</tr>{cells}</table>")
        else:
            self.evidence.setText("")
        tries = self.tr("Tries: {0}").format(self.tries)
        if self.last_guess == "right":
            text = (f'<b style="color:{c.good}">' + html.escape(self.tr("Found it!")) + "</b> " +
                    html.escape(bug_explanation(self.mistake_box.currentData())) + "<br>" + html.escape(tries))
        elif self.last_guess == "right-layer":
            text = (f'<b style="color:{c.warn}">' + html.escape(self.tr("Right layer, but not that mistake.")) +
                    "</b> " + html.escape(tries))
        elif self.last_guess == "wrong":
            text = (f'<b style="color:{c.bad}">' + html.escape(self.tr("Not that layer.")) + "</b> " +
                    html.escape(tries))
        else:
            text = ""
        self.verdict.setText(text)
