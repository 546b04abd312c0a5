"""A tab that goes while its work runs: a check, a training and a bug-hunt check all in flight.

Shut down (the window's close) or deleted without a word (its parent gone), the tab must kill its
children, end its threads and never crash: a QThread destroyed while it runs aborts the process.
"""
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from gui.common import tasks
from gui.exercises.store import ExerciseStore
from gui.exercises.tab import ExercisesTab


@pytest.fixture
def busy_tab(qtbot, tmp_path, child_processes):
    """A shown tab with a looping check, a 20-epoch training and a bug-hunt check all running."""
    tab = ExercisesTab(store=ExerciseStore(tmp_path / "exercises"))  # not qtbot's: the tests delete it
    tab.show()
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.solution)
    with qtbot.waitSignal(tab.checked, timeout=60_000) as blocker:
        assert tab.check()
    assert blocker.args[0].passed  # now Train with my layers can start
    tab.training.epochs.setValue(tab.training.epochs.maximum())
    assert tab.training.start()
    tab.timeout = 60.0
    looping = tab.exercise.solution.replace("        dx = dout\n", "        while True:\n            pass\n")
    tab.editor.setPlainText(looping)
    assert tab.check()
    tab.hunt.code_edit.setText("LIFE-1")
    assert tab.hunt.start_hunt() and tab.hunt.run_check()
    qtbot.waitUntil(lambda: len(child_processes) == 3, timeout=60_000)  # the first check's, the training's, this one's
    assert tab.is_checking and tab.training.running and tab.hunt._runner.busy
    tab.threads = [runner._thread for runner in (tab._runner, tab.training._runner, tab.hunt._runner)]
    yield tab
    if shiboken6.isValid(tab):  # a test that failed half-way
        tab.shutdown()
        tab.close()
        tab.deleteLater()
    tasks.wait_for_lingering()


def running(threads):
    return [thread for thread in threads if not thread.isFinished()]


def test_a_tab_shut_down_with_everything_running_stops_everything(qtbot, busy_tab, child_processes):
    busy_tab.shutdown()
    assert not busy_tab.is_checking and not busy_tab.training.running and not busy_tab.hunt._runner.busy
    assert all(child.returncode is not None for child in child_processes)  # waited for: none left behind
    assert running(busy_tab.threads) == []
    busy_tab.close()
    busy_tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted now, not in a later test


def test_a_tab_deleted_with_everything_running_stops_everything(qtbot, busy_tab, child_processes):
    threads = busy_tab.threads
    busy_tab.close()
    busy_tab.deleteLater()  # no shutdown: as when a parent goes and takes the tab with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(busy_tab)
    # The runners went with the tab; their threads stay referenced, are told to stop, and end alone.
    assert all(thread in tasks._LINGERING for thread in threads)
    qtbot.waitUntil(lambda: running(threads) == [], timeout=60_000)
    assert all(child.poll() is not None for child in child_processes)
    assert child_processes[1].returncode != 0 and child_processes[2].returncode != 0  # killed, not finished
