"""TrainWorker's control protocol on a real QThread, with a fake trainer.

The fake trainer yields engine Reports as the real one does ('start', one
'step' per mini-batch, then 'done' or 'stopped' when the stop flag is set)
and records the learning rate each step was made with. The worker runs under
gui/common/tasks.TaskRunner, as the run controller runs it; the tests wait for
the worker's own signals, never for time to pass.
"""
import threading
from types import SimpleNamespace

import pytest

from engine import Report
from gui.common.tasks import TaskRunner
from gui.train.worker import TrainWorker
from tests.gui.inbox import Inbox


class FakeNet:
    def __init__(self):
        self.W = 0.0

    def state_dict(self):
        return {"W": self.W}


class FakeTrainer:
    """Counts steps; each 'step' report carries the lr it was made with."""

    def __init__(self, total_steps=10_000_000, gate=None):
        self.net = FakeNet()
        self.optimizer = SimpleNamespace(lr=0.1)
        self.step = 0
        self.total_steps = total_steps
        self.lrs = []  # the lr of every step made
        self._gate = gate  # an Event the run waits for before its first report

    def _report(self, kind):
        return Report(kind, self.step, self.step / 600, 2.3 if self.step else float("nan"),
                      self.total_steps, self.step * 1e-3, lr=self.optimizer.lr)

    def run(self, stop):
        if self._gate is not None:
            self._gate.wait()
        yield self._report("start")
        while self.step < self.total_steps:
            if stop.is_set():
                yield self._report("stopped")
                return
            self.step += 1
            self.net.W += self.optimizer.lr
            self.lrs.append(self.optimizer.lr)
            yield self._report("step")
        yield self._report("done")


@pytest.fixture
def runner(qtbot):
    r = TaskRunner(name="TestTrain")
    yield r
    r.stop(wait=True, retire=True, timeout_ms=5000)
    r.deleteLater()


def start(runner, trainer, **kwargs):
    """Run a TrainWorker on ``trainer``; returns (worker, events) where events collects
    ('progress', reports), ('finished', report), ('failed', text), ('paused', bool)."""
    events = []
    worker = runner.start(
        lambda run_id: TrainWorker(run_id, trainer, **kwargs),
        on={"progress": lambda reports: events.append(("progress", reports)),
            "finished": lambda report: events.append(("finished", report)),
            "failed": lambda text: events.append(("failed", text)),
            "pausedChanged": lambda paused: events.append(("paused", paused))},
        ends=("finished", "failed"))
    return worker, events


def reported(events):
    return [r for name, payload in events if name == "progress" for r in payload]


def holding_at(events, step):
    """The worker has reported ``step`` and said it is paused since (it then waits for the GUI)."""
    reports = reported(events)
    last = reports[-1].step if reports else None
    return bool(events) and events[-1] == ("paused", True) and last == step


def finished(events):
    return bool(events) and events[-1][0] == "finished"


def test_a_paused_start_holds_and_each_step_once_trains_exactly_one_batch(qtbot, runner):
    trainer = FakeTrainer()
    worker, events = start(runner, trainer, paused=True)
    qtbot.waitUntil(lambda: events == [("paused", True)], timeout=5000)
    assert trainer.step == 0 and reported(events) == []  # held before the first report
    assert worker.paused
    worker.step_once()
    qtbot.waitUntil(lambda: holding_at(events, 1), timeout=5000)
    # The accuracy before training ('start') costs no step; then exactly one mini-batch.
    assert [(r.kind, r.step) for r in reported(events)] == [("start", 0), ("step", 1)]
    assert trainer.step == 1
    worker.step_once()
    qtbot.waitUntil(lambda: holding_at(events, 2), timeout=5000)
    assert [r.step for r in reported(events)] == [0, 1, 2] and trainer.step == 2
    assert not any(name == "finished" for name, _ in events)


def test_pause_while_running_holds_after_flushing_every_report(qtbot, runner):
    trainer = FakeTrainer()
    worker, events = start(runner, trainer)
    qtbot.waitUntil(lambda: len(reported(events)) > 10, timeout=5000)
    worker.pause()
    qtbot.waitUntil(lambda: ("paused", True) in events, timeout=5000)
    held = trainer.step
    assert reported(events)[-1].step == held  # everything trained so far was reported first
    steps = [r.step for r in reported(events)]
    assert steps == list(range(held + 1))  # no step lost or repeated on the way
    worker.step_once()
    qtbot.waitUntil(lambda: holding_at(events, held + 1), timeout=5000)
    assert trainer.step == held + 1
    worker.resume()
    qtbot.waitUntil(lambda: ("paused", False) in events and trainer.step > held + 10, timeout=5000)
    assert not worker.paused


def test_a_new_learning_rate_is_applied_before_the_next_step(qtbot, runner):
    trainer = FakeTrainer()
    worker, events = start(runner, trainer, paused=True, steps=2)  # two single steps granted
    qtbot.waitUntil(lambda: holding_at(events, 2), timeout=5000)
    assert trainer.lrs == [0.1, 0.1]
    worker.set_lr(0.5)
    worker.step_once()
    qtbot.waitUntil(lambda: holding_at(events, 3), timeout=5000)
    assert trainer.lrs == [0.1, 0.1, 0.5] and trainer.optimizer.lr == 0.5
    assert reported(events)[-1].lr == 0.5


def test_stop_while_paused_ends_with_the_final_report(qtbot, runner):
    trainer = FakeTrainer()
    worker, events = start(runner, trainer, paused=True, steps=3)
    qtbot.waitUntil(lambda: holding_at(events, 3), timeout=5000)
    worker.stop()
    qtbot.waitUntil(lambda: finished(events), timeout=5000)
    final = events[-1][1]
    assert (final.kind, final.step) == ("stopped", 3) and trainer.step == 3
    assert not runner.busy  # the runner quit and waited for the thread before passing it on
    assert worker.snapshot() == (3, {"W": pytest.approx(0.3)})  # the parameters as they ended


def test_stop_while_running_ends_with_the_final_report(qtbot, runner):
    trainer = FakeTrainer()
    worker, events = start(runner, trainer)
    qtbot.waitUntil(lambda: len(reported(events)) > 10, timeout=5000)
    worker.stop()
    qtbot.waitUntil(lambda: finished(events), timeout=5000)
    final = events[-1][1]
    assert final.kind == "stopped" and final.step == trainer.step
    assert reported(events)[-1].step == final.step  # the batch before it was flushed


def test_a_run_to_its_end_finishes_done(qtbot, runner):
    trainer = FakeTrainer(total_steps=500)
    _worker, events = start(runner, trainer)
    qtbot.waitUntil(lambda: finished(events), timeout=5000)
    assert (events[-1][1].kind, events[-1][1].step) == ("done", 500)
    assert [r.step for r in reported(events) if r.kind == "step"] == list(range(1, 501))


def test_a_retired_run_reaches_no_handler(qtbot, runner):
    gate = threading.Event()
    worker, events = start(runner, FakeTrainer(total_steps=50, gate=gate))
    runner.retire()  # as a Reset does: whatever this run sends from now on is stale
    done = Inbox(worker.finished)  # the raw signal, queued after the relays'
    gate.set()
    done.wait(qtbot)
    assert events == []  # neither its progress nor its final report got through
    # The next run on the same runner is current again.
    _worker, events = start(runner, FakeTrainer(total_steps=5))
    qtbot.waitUntil(lambda: finished(events), timeout=5000)
    assert events[-1][1].kind == "done"
