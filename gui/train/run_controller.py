"""The run state machine: which network, which trainer, which worker thread.

The window's buttons talk to a RunController; it owns the data set, the
current network and trainer, and the training thread, and it reports back
with signals. Rules a user can rely on:

* Start trains the *current* network. Reset gives it new weights.
* If the architecture in the controls differs from the current network's
  (layer sizes, activation), Start builds the new network first.
* After a finished run, Start trains on for another run's length; after a
  stopped run it continues where it stopped, the same run, to the length in
  the controls counted from the run's start (or, if the run is already past
  that, for that many more steps); after a diverged run it starts again from
  new weights (the diverged weights are useless).
* ``set_speed`` caps the steps per second (slow motion for a class); it
  holds for the run going on and the ones after.
* Messages from an earlier run (an older run id) are dropped.

Steps are counted across runs on the same network: a trainer counts from its
own start, and the controller adds the steps of earlier trainers (``_shift``)
before a report leaves it. The views ask the controller for the rest of that
arithmetic: ``run_start_step``, ``run_end_step`` and ``steps_this_run``.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from engine import (
    MNIST_CLASS_NAMES,
    MNIST_SIDE,
    TrainConfig,
    Trainer,
    build_network,
    make_optimizer,
)

from ..common.network_change import (
    NEW_ARCHITECTURE,
    NEW_WEIGHTS,
    NEW_WEIGHTS_AFTER_DIVERGENCE,
    NetworkChange,
)
from ..common.run_state import IDLE, PAUSED, RUNNING
from ..common.tasks import TaskRunner
from .worker import TrainWorker

__all__ = ["IDLE", "PAUSED", "RUNNING", "RunController"]


RESET_WAIT_MS = 200  # how long Reset waits for the old run's thread before leaving it to end alone


def _architecture(config: TrainConfig, n_in: int, n_out: int):
    return [n_in, *config.hidden_sizes, n_out], config.activation


class RunController(QObject):
    """Owns the network, the trainer and the training thread."""

    stateChanged = Signal(str)  # IDLE, RUNNING or PAUSED
    progress = Signal(object)  # tuple of Reports, steps counted across runs
    runFinished = Signal(object)  # the last Report of a run
    runFailed = Signal(str)
    networkReset = Signal(object)  # why the network changed: a NetworkChange

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dataset = None
        self.net = None
        self.trainer = None
        self.config = TrainConfig()
        self.state = IDLE
        self.last_report = None
        self._runner = TaskRunner(self, "Train")
        self._step_offset = 0  # steps made by earlier trainers on this network
        self._run_span = (0, None)  # (first, last) step of the current or latest run, across runs
        self._needs_reset = False  # after divergence
        self._continuing = False  # the next start goes on with a stopped run
        self.speed = None  # steps per second at most (None: as fast as it goes)
        self.origin = NEW_WEIGHTS  # where the weights came from: the reason of the last networkReset

    # -- set-up -----------------------------------------------------------------
    def set_dataset(self, dataset, config: TrainConfig | None = None) -> None:
        """Train on ``dataset``; ``config``: the network to build if there is none yet (the controls')."""
        if config is not None and self.net is None:
            self.config = config
        if self.dataset is not None and dataset is not self.dataset:
            self.stop(wait=True)
            if self.trainer is not None:
                self._step_offset += self.trainer.step
            self.trainer = None  # a trainer holds the old data set's arrays
        self.dataset = dataset
        if self.net is None or (self.net.sizes[0], self.net.sizes[-1]) != (self.n_in, self.n_out):
            self.reset(self.config, reason=NEW_WEIGHTS)

    @property
    def n_in(self) -> int:
        return self.dataset.x_train.shape[1] if self.dataset is not None else MNIST_SIDE * MNIST_SIDE

    @property
    def n_out(self) -> int:
        return len(self.dataset.class_names) if self.dataset is not None else len(MNIST_CLASS_NAMES)

    @property
    def total_step(self) -> int:
        """Steps this network has been trained for, across runs."""
        return self._step_offset + (self.trainer.step if self.trainer is not None else 0)

    @property
    def run_start_step(self) -> int:
        """The step (counted across runs) the current or latest run started from."""
        return self._run_span[0]

    @property
    def run_end_step(self) -> int | None:
        """The step the current or latest run ends at when it runs its full length (None before any run)."""
        return self._run_span[1]

    def steps_this_run(self, report) -> tuple[int, int]:
        """(steps done, steps in all) within the run of ``report``, a report this controller sent."""
        start = self._run_span[0]
        return report.step - start, report.total_steps - start

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    # -- the network --------------------------------------------------------------
    def reset(self, config: TrainConfig, reason: NetworkChange = NEW_WEIGHTS) -> None:
        """New weights from ``config`` (stops a run first)."""
        # The old run trains the old network, which nothing uses any more: it is retired at once and
        # may finish its mini-batch alone, so Reset need not wait for a large network's step.
        self.stop(wait=True, timeout_ms=RESET_WAIT_MS)
        self.config = config
        self.net = build_network(config, self.n_in, self.n_out)
        self.trainer = None
        self._step_offset = 0
        self._run_span = (0, None)
        self._needs_reset = False
        self.last_report = None
        self.origin = reason
        self.networkReset.emit(reason)

    def set_network(self, net, reason: NetworkChange, total_step: int = 0) -> None:
        """Adopt a network (a loaded model or session); training goes on from its weights.

        total_step : steps it was already trained for (a session), so the step axis continues.
        """
        self.stop(wait=True)
        self.net = net
        if getattr(net, "config", None) is not None:
            self.config = net.config
        self.trainer = None
        self._step_offset = int(total_step)
        self._run_span = (self._step_offset, None)
        self._needs_reset = False
        self.last_report = None
        self.origin = reason
        self.networkReset.emit(reason)

    def loaded_from(self) -> str | None:
        """The model file the weights were loaded from (its name), or None: new weights or a session."""
        return self.origin.file if self.origin.from_file else None

    def has_new_weights(self) -> bool:
        """True while the network holds new random weights, not trained a single step."""
        return self.origin.random and self.total_step == 0

    def snapshot_params(self) -> dict | None:
        """A copy of the current parameters, safe to use on any thread."""
        if self._runner.worker is not None and self.state != IDLE:
            return self._runner.worker.snapshot()[1]
        return self.net.state_dict() if self.net is not None else None

    def network_copy(self):
        """An independent copy of the current network (latest snapshot while training)."""
        if self.net is None:
            return None
        net = self.net.copy()
        params = self.snapshot_params()
        if params is not None:
            net.load_state_dict(params)
        return net

    # -- runs -------------------------------------------------------------------
    def _prepare(self, config: TrainConfig) -> None:
        """Make ``self.trainer`` ready to train under ``config``."""
        arch = _architecture(config, self.n_in, self.n_out)
        if self._needs_reset:
            self.reset(config, reason=NEW_WEIGHTS_AFTER_DIVERGENCE)
        elif self.net is None or (self.net.sizes, self.net.activation) != arch:
            self.reset(config, reason=NEW_ARCHITECTURE)
        if self.net.bug != config.bug:
            self.net = self.net.copy(bug=config.bug)  # same weights, other layer classes
            self.trainer = None
        self.net.weight_decay_lambda = float(config.weight_decay)
        self.net.config = config
        same_data = self.trainer is not None and all(
            getattr(self.config, f) == getattr(config, f) for f in ("batch_size", "train_size", "augment", "seed"))
        self._continuing = False
        if same_data:
            if self.config.optimizer != config.optimizer:
                self.trainer.optimizer = make_optimizer(config.optimizer, config.lr)
            self.trainer.optimizer.lr = config.lr
            length = config.total_steps(self.trainer.x_train.shape[0])
            if self.trainer.finished:
                self.trainer.extend(length)
            elif self.trainer.step > 0:
                # A stopped run goes on: to its length in the controls (perhaps edited since).
                self._continuing = True
                first = self._run_span[0] - self._step_offset
                end = first + length
                self.trainer.total_steps = end if end > self.trainer.step else self.trainer.step + length
            self.trainer.config = config
        else:
            if self.trainer is not None:
                self._step_offset += self.trainer.step
            ds = self.dataset
            self.trainer = Trainer(self.net, ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
        self.config = config

    def start(self, config: TrainConfig, *, paused: bool = False, steps: int = 0) -> bool:
        """Start (or continue) training. Returns False if it cannot start now."""
        if self.dataset is None or self.state != IDLE:
            return False
        self._prepare(config)
        trainer = self.trainer
        # Read before the thread starts: from then on the worker moves trainer.step.
        # A stopped run that goes on keeps its first step: its progress does not go back.
        first = self._run_span[0] if self._continuing else self._step_offset + trainer.step
        self._run_span = (first, self._step_offset + trainer.total_steps)
        speed = self.speed
        self._runner.start(
            lambda run_id: TrainWorker(run_id, trainer, paused=paused, steps=steps, speed=speed),
            on={"progress": self._on_progress, "finished": self._on_finished,
                "failed": self._on_failed, "pausedChanged": self._on_paused},
            ends=("finished", "failed"))
        self._set_state(PAUSED if paused else RUNNING)
        return True

    def pause(self) -> None:
        if self._runner.worker is not None and self.state == RUNNING:
            self._runner.worker.pause()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self._runner.worker is not None and self.state == PAUSED:
            self._runner.worker.resume()
            self._set_state(RUNNING)

    def step(self, config: TrainConfig) -> None:
        """Exactly one mini-batch: pauses a running run, or starts one paused."""
        if self.state == IDLE:
            self.start(config, paused=True, steps=1)
        elif self._runner.worker is not None:
            self._runner.worker.step_once()
            self._set_state(PAUSED)

    def set_lr(self, lr: float) -> None:
        """Change the learning rate of the running (or next) run."""
        if self._runner.worker is not None and self.state != IDLE:
            self._runner.worker.set_lr(lr)

    def set_speed(self, steps_per_second: float | None) -> None:
        """At most ``steps_per_second`` (None: full speed), now and for later runs."""
        self.speed = steps_per_second
        if self._runner.worker is not None and self.state != IDLE:
            self._runner.worker.set_speed(steps_per_second)

    def stop(self, wait: bool = False, timeout_ms: int = 5000) -> None:
        """Ask the run to stop between mini-batches; with ``wait``, abandon it and wait for its thread.

        Waiting retires the run: its final report and anything still queued are
        dropped, so a Reset or a new network never receives the old run's results.
        """
        self._runner.stop(wait=wait, retire=wait, timeout_ms=timeout_ms)
        if wait:
            self._set_state(IDLE)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """For closeEvent: stop, wait for the thread (at most ``timeout_ms``), drop late messages.

        A thread still busy then (a large network's mini-batch) is left to end on its own; its
        run is retired, so nothing of it reaches the window.
        """
        self.stop(wait=True, timeout_ms=timeout_ms)

    # -- worker signals (GUI thread; the runner passes on the current run's only) -----
    def _shift(self, reports):
        """Steps counted across runs: the trainer counts from its own start."""
        if not self._step_offset:
            return reports
        off = self._step_offset
        return tuple(replace(r, step=r.step + off, total_steps=r.total_steps + off,
                             divergence=r.divergence and replace(r.divergence, step=r.divergence.step + off))
                     for r in reports)

    def _on_progress(self, reports) -> None:
        self.progress.emit(self._shift(reports))

    def _on_paused(self, paused) -> None:
        if self.state != IDLE:
            self._set_state(PAUSED if paused else RUNNING)

    def _on_finished(self, report) -> None:
        self._set_state(IDLE)
        report = self._shift((report,))[0]
        self.last_report = report
        if report.kind == "diverged":
            self._needs_reset = True
        self.runFinished.emit(report)

    def _on_failed(self, text) -> None:
        self._set_state(IDLE)
        self._needs_reset = True
        self.runFailed.emit(text)
