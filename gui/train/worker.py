"""The training worker: runs the trainer on a QThread and reports in batches.

Control flows in through thread-safe primitives, not queued slots: the
training loop runs inside the worker's thread, so a queued slot would not be
delivered until the run ended. ``stop()`` sets a ``threading.Event`` the
trainer checks between mini-batches; pause, single steps and learning-rate
changes go through a ``threading.Condition``. Every run carries an id so the
window can drop messages from an old run.

Speed: ``set_speed`` caps the steps per second (slow motion for a class). The
worker waits on its condition between mini-batches, so Stop, Pause and a new
speed are heard at once, and in slow motion it sends each step's report as
soon as it is made.

Cost: a mini-batch of the book's network takes well under a millisecond, so
the loop's own work per step counts. While nothing has been asked (no pause,
no single step, no new learning rate, no speed cap: ``_calm``) it skips the
condition altogether; every request clears ``_calm`` under the condition, and
the next step goes the slow way and hears it.
"""
from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from engine import FINAL_KINDS

__all__ = ["TrainWorker", "EMIT_INTERVAL"]

# At most three progress signals a second, as often as the plots draw
# (progress_feed.PLOT_HZ): each signal wakes the GUI thread and runs Python
# there, time the training thread waits for the GIL. With twenty a second the
# GUI thread took 4.3-4.7% of a 10,000-step run, with four 3.9-4.1%
# (benchmarks/bench_gui.py). Evaluations, single steps, pauses and the end
# are sent at once.
EMIT_INTERVAL = 1 / 3
# How often the worker refreshes its copy of the parameters for prediction.
SNAPSHOT_INTERVAL = 0.25


def step_delay(speed: float | None, last_step_at: float | None, now: float) -> float:
    """Seconds to wait before the next mini-batch at ``speed`` steps per second (None: none)."""
    if not speed or last_step_at is None:
        return 0.0
    return max(0.0, last_step_at + 1.0 / float(speed) - now)


class TrainWorker(QObject):
    """Runs ``trainer.run()`` and reports progress in batches.

    Signals carry the run id first. ``progress`` gets a tuple of Reports;
    ``finished`` gets the last Report (kind 'done', 'stopped' or 'diverged');
    ``failed`` gets an error text if the trainer raised.
    """

    progress = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, str)
    pausedChanged = Signal(int, bool)

    def __init__(self, run_id: int, trainer, *, paused: bool = False, steps: int = 0, speed: float | None = None):
        super().__init__()
        self.run_id = run_id
        self.trainer = trainer
        self._stop = threading.Event()
        self._cond = threading.Condition()
        self._paused = paused
        self._step_budget = steps  # single steps allowed while paused
        self._lr = None  # a learning rate to apply before the next step
        self._speed = speed  # steps per second at most (None: as fast as it goes)
        self._last_step_at = None  # time.monotonic() of the latest mini-batch
        self._calm = False  # True: nothing to do between mini-batches (see _settle); read without the lock
        self._snapshot_lock = threading.Lock()
        self._snapshot = trainer.net.state_dict()
        self._snapshot_step = trainer.step

    # -- called from the GUI thread -----------------------------------------
    def stop(self):
        self._stop.set()
        with self._cond:
            self._calm = False
            self._cond.notify_all()

    def pause(self):
        with self._cond:
            self._paused = True
            self._calm = False

    def resume(self):
        with self._cond:
            self._paused = False
            self._step_budget = 0
            self._cond.notify_all()

    def step_once(self):
        """While paused: train exactly one more mini-batch."""
        with self._cond:
            self._paused = True
            self._step_budget += 1
            self._calm = False
            self._cond.notify_all()

    def set_speed(self, steps_per_second: float | None):
        """At most ``steps_per_second`` from the next mini-batch on (None: full speed)."""
        with self._cond:
            self._speed = float(steps_per_second) if steps_per_second else None
            self._calm = False
            self._cond.notify_all()

    @property
    def speed(self) -> float | None:
        with self._cond:
            return self._speed

    def set_lr(self, lr: float):
        with self._cond:
            self._lr = float(lr)
            self._calm = False

    @property
    def paused(self) -> bool:
        with self._cond:
            return self._paused

    def snapshot(self) -> tuple[int, dict]:
        """(step, copy of the parameters) as of at most ~0.25 s ago."""
        with self._snapshot_lock:
            return self._snapshot_step, self._snapshot

    # -- runs in the worker thread -------------------------------------------
    def _take_snapshot(self):
        params = self.trainer.net.state_dict()
        with self._snapshot_lock:
            self._snapshot, self._snapshot_step = params, self.trainer.step

    def _wait_for_go(self, flush) -> bool:
        """Block while paused; return True if exactly one step was granted."""
        with self._cond:
            if self._paused and self._step_budget == 0 and not self._stop.is_set():
                flush()
                self._take_snapshot()
                self.pausedChanged.emit(self.run_id, True)
                while self._paused and self._step_budget == 0 and not self._stop.is_set():
                    self._cond.wait()
                self.pausedChanged.emit(self.run_id, self._paused)
            granted = self._paused and self._step_budget > 0
            if granted:
                self._step_budget -= 1
            if self._lr is not None:
                self.trainer.optimizer.lr = self._lr
                self._lr = None
            self._settle()
            return granted

    def _settle(self) -> None:
        """(Holding the condition.) Calm when no request waits: the next steps may skip the condition."""
        self._calm = not (self._paused or self._step_budget or self._lr is not None or self._speed
                          or self._stop.is_set())

    def _pace(self, flush) -> bool:
        """Wait until the speed allows the next mini-batch; True if a Pause came meanwhile.

        A new speed, Stop or Pause is heard at once.
        """
        with self._cond:
            flushed = False
            while not self._stop.is_set() and not self._paused:
                delay = step_delay(self._speed, self._last_step_at, time.monotonic())
                if delay <= 0:
                    break
                if not flushed:  # the step just made is on screen while we wait
                    flush()
                    flushed = True
                self._cond.wait(delay)
            if self._paused and not self._stop.is_set():
                return True
        self._last_step_at = time.monotonic()
        return False

    @Slot()
    def run(self):
        batch = []
        last_emit = last_snapshot = time.monotonic()

        def flush():
            nonlocal batch, last_emit
            if batch:
                self.progress.emit(self.run_id, tuple(batch))
                batch = []
            last_emit = time.monotonic()

        try:
            reports = self.trainer.run(stop=self._stop)
            while True:
                if self._calm:  # nothing asked since the last look: no lock, no clock
                    single = False
                else:
                    single = self._wait_for_go(flush)
                    if not single and self._pace(flush):
                        continue  # paused while waiting: wait for Resume or Step
                report = next(reports, None)
                if report is None:  # cannot happen: the trainer always ends with a final report
                    break
                batch.append(report)
                now = time.monotonic()
                if report.kind == "start":  # the accuracy before training: no mini-batch was used
                    flush()
                    if single:
                        with self._cond:
                            self._step_budget += 1
                    continue
                if report.kind in FINAL_KINDS:
                    flush()
                    self._take_snapshot()
                    self.finished.emit(self.run_id, report)
                    return
                if now - last_snapshot >= SNAPSHOT_INTERVAL or single:
                    self._take_snapshot()
                    last_snapshot = now
                if single or report.evaluated or now - last_emit >= EMIT_INTERVAL:
                    flush()
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread silently
            flush()
            self.failed.emit(self.run_id, f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
