"""Train with my layers in the Exercises tab: real child processes, real MNIST."""
import signal
import threading

import pytest

from gui.exercises import training
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


def solve(qtbot, tab, key, text=None):
    tab.select(key)
    tab.editor.setPlainText(text if text is not None else tab.exercise.solution)
    with qtbot.waitSignal(tab.checked, timeout=60_000) as blocker:
        assert tab.check()
    return blocker.args[0]


def test_training_needs_a_solved_layer_then_learns_with_it(qtbot, tab):
    panel = tab.training
    assert not panel.train_button.isEnabled() and "Solve" in panel.status.text()
    assert solve(qtbot, tab, "relu").passed
    assert panel.train_button.isEnabled()
    panel.steps = 60  # a short epoch: the test needs the curve to fall, not 600 steps
    with qtbot.waitSignal(panel.finished, timeout=120_000) as blocker:
        assert panel.start()
        assert panel.stop_button.isVisibleTo(tab) and not panel.train_button.isEnabled()
    result = blocker.args[0]
    assert result["kind"] == "done", result
    assert panel.uses["yours"] == ["Relu"]
    assert len(panel.losses) == 6 and panel.losses[-1][1] < panel.losses[0][1]
    assert panel.loss_curve.getData()[0] is not None and len(panel.loss_curve.getData()[0]) == 6
    assert "Your classes: Relu" in panel.status.text() and "%" in panel.status.text()
    assert panel.train_button.isEnabled() and not panel.stop_button.isVisibleTo(tab)


def test_a_layer_broken_after_it_was_solved_is_not_used(qtbot, tab):
    assert solve(qtbot, tab, "relu").passed
    assert not solve(qtbot, tab, "relu", tab.exercise.solution.replace("dout[self.mask] = 0", "pass")).passed
    panel = tab.training
    panel.steps = 10
    with qtbot.waitSignal(panel.finished, timeout=120_000):
        assert panel.start()
    assert panel.uses["yours"] == [] and "Relu" in panel.uses["book"]


def test_stopping_a_training_kills_its_process(qtbot, tab, request):
    assert solve(qtbot, tab, "affine").passed
    children = request.getfixturevalue("child_processes")  # from here on: not the check's
    panel = tab.training
    panel.epochs.setValue(panel.epochs.maximum())  # long enough that Stop always comes before the end
    with qtbot.waitSignal(panel.finished, timeout=120_000) as blocker:
        assert panel.start()
        # The child sends a loss about every 30 ms: Stop must be heard while it talks, not only in a silence.
        qtbot.waitUntil(lambda: len(panel.losses) > 0, timeout=120_000)
        panel.stop()
    assert blocker.args[0]["kind"] == "cancelled" and "Stopped" in panel.status.text()
    assert len(children) == 1 and children[0].returncode == -signal.SIGKILL  # killed, not finished
    assert not panel.running and not panel._runner.busy


def test_stop_after_the_child_finished_but_before_the_window_heard_still_stops(qtbot, tab, monkeypatch, request):
    assert solve(qtbot, tab, "relu").passed
    children = request.getfixturevalue("child_processes")  # from here on: not the check's
    returned, train_isolated = threading.Event(), training.train_isolated

    def train_then_say(*args, **kw):  # the real training; says when it has returned
        try:
            return train_isolated(*args, **kw)
        finally:
            returned.set()

    monkeypatch.setattr(training, "train_isolated", train_then_say)
    panel = tab.training
    panel.steps = 10
    with qtbot.waitSignal(panel.finished, timeout=120_000) as blocker:
        assert panel.start()
        assert returned.wait(120)  # no events processed meanwhile: 'done' is sent, not yet shown
        assert panel.running
        panel.stop()
    assert blocker.args[0]["kind"] == "cancelled" and "Stopped" in panel.status.text()
    assert children[0].returncode == 0  # the child had finished: only what the learner sees changes
