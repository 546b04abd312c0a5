"""The Exercises tab with the real grader in a real child process."""
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from gui.exercises.catalogue import EXERCISES, SOLVED_AFTER_TRIES
from gui.exercises.store import ExerciseStore
from gui.exercises.tab import ExercisesTab


@pytest.fixture
def tab(qtbot, tmp_path):
    t = ExercisesTab(store=ExerciseStore(tmp_path / "exercises"))
    qtbot.addWidget(t)
    t.resize(1280, 760)
    t.show()
    yield t
    t.shutdown()


def check(qtbot, tab, timeout=30_000):
    with qtbot.waitSignal(tab.checked, timeout=timeout) as blocker:
        assert tab.check()
    return blocker.args[0]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.key)
def test_every_solution_passes_and_every_starting_file_does_not(qtbot, tab, exercise):
    tab.select(exercise.key)
    assert tab.editor.toPlainText() == exercise.starter
    assert not check(qtbot, tab).passed
    tab.editor.setPlainText(exercise.solution)
    report = check(qtbot, tab)
    assert report.passed and {g.name for g in report.layers} >= set(exercise.classes)
    assert tab.store.progress(exercise.key)["solved"]
    assert tab.list.currentItem().text().startswith("✓")


def test_a_known_mistake_is_diagnosed_and_shown(qtbot, tab):
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.solution.replace("        dout[self.mask] = 0\n        dx = dout",
                                                          "        dx = dout"))
    report = check(qtbot, tab)
    assert [g.diagnosis for g in report.layers] == ["relu-no-mask"]
    text = tab.results.text()
    assert "Diagnosis" in text and "W1, b1" in text and "W2, b2 stay right" in text


def test_a_syntax_error_marks_its_line(qtbot, tab):
    tab.select("sigmoid")
    tab.editor.setPlainText(tab.exercise.solution.replace("def backward(self, dout):", "def backward(self, dout)"))
    report = check(qtbot, tab)
    line = report.error["line"]
    assert report.error["kind"] == "syntax" and tab.editor.marked_line == line
    assert "line {0}".format(line) in tab.results.text()
    tab.editor.insertPlainText(" ")
    assert tab.editor.marked_line is None  # editing clears the mark


def test_an_endless_loop_is_stopped_while_the_window_keeps_running(qtbot, tab):
    tab.timeout = 1.5
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.solution.replace("        dx = dout\n", "        while True:\n            pass\n"))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    start = time.monotonic()
    report = check(qtbot, tab)
    timer.stop()
    assert report.error["kind"] == "timeout"
    assert "loop forever" in tab.results.text()
    assert len(ticks) >= 0.5 * (time.monotonic() - start) / 0.02  # the GUI timer kept firing
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 0.5


def test_hints_unlock_one_at_a_time_and_the_solution_after_tries(qtbot, tab, monkeypatch):
    tab.select("affine")
    assert tab.hints.text() == ""
    tab.next_hint()
    assert "Hint 1" in tab.hints.text() and "Hint 2" not in tab.hints.text()
    for _ in range(len(tab.exercise.hints)):
        tab.next_hint()
    assert not tab.hint_button.isEnabled()
    assert not tab.solution_button.isEnabled()
    for _ in range(SOLVED_AFTER_TRIES):
        check(qtbot, tab)
    assert tab.solution_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.show_solution()
    assert tab.editor.toPlainText() == tab.exercise.solution
    tab.editor.undo()
    assert tab.editor.toPlainText() != tab.exercise.solution  # the student's code comes back


def test_reset_asks_first_and_code_survives_a_new_session(qtbot, tab, monkeypatch, tmp_path):
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.starter + "\n# my work\n")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.reset_to_start()
    assert "# my work" in tab.editor.toPlainText()
    tab.select("sigmoid")  # switching saves
    again = ExercisesTab(store=ExerciseStore(tmp_path / "exercises"))
    qtbot.addWidget(again)
    again.select("relu")
    assert "# my work" in again.editor.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.reset_to_start()
    assert again.editor.toPlainText() == again.exercise.starter


def test_every_interactive_widget_has_a_name_and_a_tooltip(tab):
    missing = [(w.objectName(), w.text()) for w in tab.findChildren(QAbstractButton)
               if w.isVisibleTo(tab) and (not w.objectName() or not w.toolTip())]
    assert missing == []
    for w in (tab.editor, tab.list):
        assert w.objectName() and w.toolTip()
