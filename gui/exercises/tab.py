"""The "Exercises" tab: write a layer's backward yourself and have the lab grade it.

Pick an exercise, read the task and the book's formula, write the marked part
in the editor, press Check. The file is saved to the user's data folder and
graded in a separate process (``engine.grade_file_isolated``: a time and a
memory limit, so an endless loop or a crash never touches the window); the
result says which step failed and, when the gradients match a known mistake,
names it. Hints unlock one at a time; the book's solution after a few tries.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine import DEFAULT_TIMEOUT, grade_file_isolated

from ..common.panel import Retranslating
from ..common.tasks import TaskRunner, TaskWorker
from .bughunt import BugHuntPanel
from .catalogue import EXERCISES, SOLVED_AFTER_TRIES
from .editor import CodeEditor
from .results import ResultsView
from .store import ExerciseStore
from .training import TrainPanel

__all__ = ["ExercisesTab"]

TRAINABLE = ("relu", "affine", "softmax", "softmax-full", "two-layer-net")  # exercises a net is built from


def _t(text: str) -> str:
    return QCoreApplication.translate("Exercises", text)


class ExercisesTab(Retranslating, QWidget):
    """List of exercises, the task, the editor, Check / hints / solution, and the grade."""

    checked = Signal(object)  # the ExerciseReport of the last check

    def __init__(self, parent: QWidget | None = None, *, store: ExerciseStore | None = None,
                 timeout: float = DEFAULT_TIMEOUT):
        super().__init__(parent)
        self.setObjectName("exercisesTab")
        self.store = store or ExerciseStore()
        self.timeout = timeout
        self.exercise = EXERCISES[0]
        self.report = None
        self._missing = []  # classes the exercise asks for that the last checked file lacks
        self._checking = None  # the key of the exercise being checked
        self._runner = TaskRunner(self, "Exercise")

        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        for ex in EXERCISES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, ex.key)
            self.list.addItem(item)
        self.list.addItem(QListWidgetItem())  # the bug hunt, last
        self.hunt = BugHuntPanel()
        self.list.currentRowChanged.connect(self._on_row)
        self.list.setMinimumWidth(160)

        self.title = QLabel()
        self.title.setObjectName("exerciseTitle")
        self.task = QLabel()
        self.task.setObjectName("exerciseTask")
        self.task.setWordWrap(True)
        self.formula = QLabel()
        self.formula.setObjectName("exerciseFormula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = CodeEditor()
        self.editor.setObjectName("exerciseEditor")
        self.editor.textChanged.connect(lambda: self.editor.mark_line(None) if self.editor.marked_line else None)

        self.check_button, self.cancel_button = QPushButton(), QPushButton()
        self.hint_button, self.solution_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        for button, name, slot in ((self.check_button, "exerciseCheck", self.check),
                                   (self.cancel_button, "exerciseCancel", self.cancel),
                                   (self.hint_button, "exerciseHint", self.next_hint),
                                   (self.solution_button, "exerciseSolution", self.show_solution),
                                   (self.reset_button, "exerciseReset", self.reset_to_start)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        self.check_button.setShortcut("Ctrl+Return")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("exerciseStatus")
        self.hints = QLabel()
        self.hints.setObjectName("exerciseHints")
        self.hints.setWordWrap(True)
        self.results = ResultsView()
        self.training = TrainPanel(self.trainable_paths, timeout=timeout)

        buttons = QHBoxLayout()  # two rows: the tab fits beside the controls column on a small screen
        for w in (self.check_button, self.cancel_button, self.hint_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        more = QHBoxLayout()
        more.addWidget(self.solution_button)
        more.addWidget(self.reset_button)
        more.addStretch(1)
        middle = QWidget()
        m = QVBoxLayout(middle)
        m.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.task, self.formula):
            m.addWidget(w)
        m.addWidget(self.editor, 1)
        m.addLayout(buttons)
        m.addLayout(more)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.results)
        r.addWidget(self.hints)
        r.addStretch(1)
        r.addWidget(self.training)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        scroll.setWidget(right)
        scroll.setMinimumWidth(250)
        self.pages = QStackedWidget()  # an exercise's editor, or the bug hunt
        self.pages.addWidget(middle)
        self.pages.addWidget(self.hunt)
        self.right = scroll
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.pages)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([170, 560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self.list.setCurrentRow(0)

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, ex in enumerate(EXERCISES):
            solved = self.store.progress(ex.key)["solved"]
            self.list.item(i).setText(("✓ " if solved else "    ") + _t(ex.title))
        self.list.item(len(EXERCISES)).setText("    " + self.tr("Bug hunt: a mystery bug"))
        self.list.setToolTip(self.tr("The exercises, in the book's order. ✓ marks the ones you solved."))
        ex = self.exercise
        self.title.setText("<b>" + _t(ex.title) + "</b>")
        self.task.setText(_t(ex.task))
        self.formula.setText("<tt>" + ex.formula + "</tt>")
        self.editor.setToolTip(self.tr("Your code (Python, the book's interface). It is saved when you check."))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Grade your code (Ctrl+Enter): it runs in a separate process, "
                                             "stopped after {0:g} s.").format(self.timeout))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running check."))
        self.hint_button.setText(self.tr("Next hint"))
        self.hint_button.setToolTip(self.tr("Show one more hint."))
        self.solution_button.setText(self.tr("Show the book's solution"))
        self.reset_button.setText(self.tr("Reset to the starting file"))
        self.reset_button.setToolTip(self.tr("Replace your code with the starting file (asks first)."))
        self.results.setToolTip(self.tr("What the check found, step by step."))
        self._update()

    def set_font_scale(self, scale: float) -> None:
        """The editor's fixed-width font and the plots scale here; the labels follow the application's font."""
        self.editor.set_font_scale(scale)
        self.training.set_font_scale(scale)
        self.hunt.set_font_scale(scale)

    def trainable_paths(self) -> list:
        """The saved files of the solved exercises a network is built from (for Train with my layers)."""
        return [self.store.path(key) for key in TRAINABLE
                if self.store.progress(key)["solved"] and self.store.path(key).is_file()]

    # -- exercises -------------------------------------------------------------
    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        self._save_current()
        hunt = row == len(EXERCISES)
        self.pages.setCurrentIndex(1 if hunt else 0)
        self.right.setVisible(not hunt)
        if hunt:
            return
        self.cancel()
        self.exercise = EXERCISES[row]
        code = self.store.code(self.exercise.key)
        self.editor.setPlainText(code if code is not None else self.exercise.starter)
        self.editor.mark_line(None)
        self.report, self._missing = None, []
        self.results.show_report(None, self.timeout)
        self.retranslate()

    def select(self, key: str) -> None:
        """Show exercise ``key`` ('relu', ...), or the bug hunt ('bug-hunt')."""
        keys = [ex.key for ex in EXERCISES] + ["bug-hunt"]
        self.list.setCurrentRow(keys.index(key))

    def _save_current(self) -> None:
        if getattr(self, "exercise", None) is not None and self.editor.toPlainText():
            if self.editor.toPlainText() != self.store.code(self.exercise.key):
                self.store.save_code(self.exercise.key, self.editor.toPlainText())

    @property
    def progress(self) -> dict:
        return self.store.progress(self.exercise.key)

    def next_hint(self) -> None:
        shown = min(self.progress["hints"] + 1, len(self.exercise.hints))
        self.store.set_progress(self.exercise.key, hints=shown)
        self._update()

    def show_solution(self) -> None:
        answer = QMessageBox.question(self, self.tr("Show the book's solution"),
                                      self.tr("Replace your code with the book's solution? Your code is kept in "
                                              "the editor's undo history (Ctrl+Z)."))
        if answer == QMessageBox.StandardButton.Yes:
            self._replace_text(self.exercise.solution)

    def reset_to_start(self) -> None:
        answer = QMessageBox.question(self, self.tr("Reset to the starting file"),
                                      self.tr("Replace your code with the starting file? Your code is kept in "
                                              "the editor's undo history (Ctrl+Z)."))
        if answer == QMessageBox.StandardButton.Yes:
            self._replace_text(self.exercise.starter)

    def _replace_text(self, text: str) -> None:
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)  # one undoable edit, unlike setPlainText
        self.store.save_code(self.exercise.key, text)

    # -- checking ----------------------------------------------------------------
    @property
    def is_checking(self) -> bool:
        return self._runner.busy

    def check(self) -> bool:
        """Save and grade the editor's code in a child process. False if a check is running."""
        if self._runner.busy:
            return False
        path = self.store.save_code(self.exercise.key, self.editor.toPlainText())
        self.store.set_progress(self.exercise.key, tries=self.progress["tries"] + 1)
        timeout, self._checking = self.timeout, self.exercise.key
        # Bound methods, not lambdas: the runner holds them weakly, so no run keeps this tab alive.
        self._runner.start(
            lambda run_id: TaskWorker(run_id, lambda should_stop: grade_file_isolated(
                path, timeout=timeout, should_stop=should_stop)),
            on={"done": self._on_checked, "failed": self._on_failed}, ends=("done", "failed"))
        self._update()
        return True

    def cancel(self) -> None:
        if self._runner.busy:
            self._runner.stop()

    def shutdown(self) -> None:
        """For the window's closeEvent: stop a check (the child is killed) and save the code."""
        self._runner.stop(wait=True, retire=True)
        self.training.shutdown()
        self.hunt.shutdown()
        self._save_current()

    def _on_checked(self, report) -> None:
        self._on_report(self._checking, report)

    def _on_report(self, key: str, report) -> None:
        self.report = report
        wanted = set(EXERCISES[[e.key for e in EXERCISES].index(key)].classes)
        graded = {g.name for g in report.layers}
        solved = report.passed and wanted <= graded
        if solved:
            self.store.set_progress(key, solved=True)
        line = (report.error or {}).get("line")
        if line is None:
            line = next((c.facts.get("line") for g in report.layers for c in g.checks
                         if c.status == "fail" and c.facts.get("line")), None)
        self.editor.mark_line(line)
        self.results.show_report(report, self.timeout)
        self._missing = sorted(wanted - graded) if report.error is None else []
        self.retranslate()
        self.training.update_state()
        self.checked.emit(report)

    def _on_failed(self, text: str) -> None:
        self.status.setText(self.tr("The check could not run: {0}").format(text))
        self._update()

    def _update(self) -> None:
        p = self.progress
        running = self._runner.busy
        self.check_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.hint_button.setEnabled(p["hints"] < len(self.exercise.hints))
        tries_left = max(0, SOLVED_AFTER_TRIES - p["tries"])
        self.solution_button.setEnabled(tries_left == 0 or p["solved"])
        self.solution_button.setToolTip(
            self.tr("Put the book's code in the editor.") if not tries_left or p["solved"] else
            self.tr("Unlocks after {0} more checks: try first!").format(tries_left))
        hints = self.exercise.hints[:p["hints"]]
        self.hints.setText("<br>".join(f"<b>{self.tr('Hint {0}:').format(i + 1)}</b> {_t(h)}"
                                       for i, h in enumerate(hints)))
        if running:
            self.status.setText(self.tr("Checking… (a separate process; stopped after {0:g} s)").format(self.timeout))
        elif self.report is None:
            self.status.setText(self.tr("Tries: {0}").format(p["tries"]) if p["tries"] else "")
        elif self._missing:
            self.status.setText(self.tr("The file must define: {0}").format(", ".join(self._missing)))
        elif self.report.passed:
            self.status.setText(self.tr("Passed."))
        else:
            self.status.setText(self.tr("Not yet: see what the check found."))
