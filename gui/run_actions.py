"""Run control: the run bar's buttons, the Run menu, and what follows a click.

``RunBar`` is the row of buttons over the tabs (Start, Pause/Resume, Step,
Stop, Reset) and the speed control. ``RunActions`` owns the Run menu's actions
and the handlers behind both: it checks the hyperparameters, drives the
``RunController``, says what happened (banner or status line) when a run
pauses, ends, diverges or fails, and names the plotted run, so that new
weights (Reset, a start after a divergence, a new architecture, a loaded
model) leave the old curves as a faint ghost and the runs table gets one row
per run under the same name.

Run names tell runs apart: a number ('#3'), then the lesson variant or the
hyperparameters (``classroom.comparison.run_label``), with the learning rate
the run ended with ('lr=0.1→3' when it was changed mid-run). A name is made
when the run starts and made again when it ends.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from engine import TrainConfig

from .actions import make_action, set_action_text
from .classroom.comparison import lr_text, run_label
from .common.engine_text import config_error_text, divergence_text
from .common.network_change import NEW_WEIGHTS
from .common.run_state import IDLE, PAUSED, RUNNING
from .run_bar import RunBar

__all__ = ["RunBar", "RunActions"]


class RunActions(QObject):
    """The Run menu and the run bar's handlers. ``runEnded`` carries a run's last Report (None: it failed)."""

    runEnded = Signal(object)

    def __init__(self, window, *, bar, controller, controls, plots, status, feed, settings, banner, status_line,
                 runs_table):
        super().__init__(window)
        self.bar, self.controller, self.controls, self.plots = bar, controller, controls, plots
        self._status, self._feed, self._settings = status, feed, settings
        self._banner, self._status_line, self._runs_table = banner, status_line, runs_table
        self.plotted_label = None  # name of the run whose curves are plotted (None: no curves)
        self.run_number = 0  # runs started so far: the '#n' of run names
        self._variant = None  # the lesson variant the next run trains (its label)
        self._run_variant = None  # ... and the one the plotted run trains
        self._first_lr = None  # the plotted run's learning rate at its start
        K = Qt.Key
        self.run_pause_action = make_action(window, "actionRunPause", self.toggle_run, K.Key_Space)
        self.step_action = make_action(window, "actionStep", self.step, K.Key_N)
        self.stop_action = make_action(window, "actionStop", self.stop, K.Key_Escape)
        self.reset_action = make_action(window, "actionReset", self.reset, K.Key_R)
        self.actions = (self.run_pause_action, self.step_action, self.stop_action, self.reset_action)

        bar.start_button.clicked.connect(self.start)
        bar.pause_button.clicked.connect(self.toggle_pause)
        bar.step_button.clicked.connect(self.step)
        bar.stop_button.clicked.connect(self.stop)
        bar.reset_button.clicked.connect(self.reset)
        controls.learningRateChanged.connect(controller.set_lr)
        controller.stateChanged.connect(self._on_state)
        controller.progress.connect(feed.add)
        controller.runFinished.connect(self._on_run_finished)
        controller.runFailed.connect(self._on_run_failed)
        controller.runFinished.connect(self._add_run_row)
        controller.networkReset.connect(self._on_network_reset)
        bar.speed.speedChanged.connect(self._on_speed)

    def retranslate(self) -> None:
        a = set_action_text
        a(self.run_pause_action, self.tr("Start / Pause"), self.tr("Start training, or pause and resume it"))
        a(self.step_action, self.tr("Step one mini-batch"), self.tr("Train exactly one mini-batch, then pause"))
        a(self.stop_action, self.tr("Stop"), self.tr("Stop training"))
        a(self.reset_action, self.tr("Reset weights"), self.tr("New random weights; the plots start afresh"))

    def update_buttons(self) -> None:
        c = self.controller
        self.bar.show_state(c.state, c.dataset is not None, self.controls.is_valid())

    # -- the buttons ------------------------------------------------------------------
    def start(self) -> None:
        """Train the current network (resume it when paused)."""
        c = self.controller
        if c.state == PAUSED:
            c.resume()
            return
        if c.state != IDLE or c.dataset is None:
            return
        config = self._config_or_complain()
        if config is None:
            return
        self._begin_run(config)
        c.start(config)  # (new weights, if any, ghost the plotted run)
        self._run_began()

    def _run_began(self) -> None:
        c = self.controller
        if c.state == IDLE:
            return
        self._feed.run_started(c.run_start_step)
        if self.plotted_label is None:  # new curves: a new run (a stopped run that goes on keeps its name)
            self.run_number += 1
            self._run_variant, self._variant = self._variant, None
            self._first_lr = c.config.lr
            self.plotted_label = self.run_name(c.config.lr)
        self.plots.set_x_span(c.run_end_step, c.run_start_step)

    def run_name(self, lr: float | None) -> str:
        """'#3 ReLU 784-50-10 SGD lr=0.1→3': the plotted run's name, had it ended at learning rate ``lr``."""
        c = self.controller
        lr = self._first_lr if lr is None else lr
        if self._run_variant:
            base = self._run_variant
            if lr != self._first_lr:
                base += " " + lr_text(self._first_lr, lr)
        else:
            base = run_label(c.config.replace(lr=self._first_lr), c.n_in, c.n_out, final_lr=lr)
        return f"#{self.run_number} {base}"

    def toggle_pause(self) -> None:
        c = self.controller
        if c.state == RUNNING:
            c.pause()
        elif c.state == PAUSED:
            c.resume()

    def toggle_run(self) -> None:
        """Space: Start when idle, else Pause or Resume."""
        if self.controller.state == IDLE:
            self.start()
        else:
            self.toggle_pause()

    def step(self) -> None:
        """Exactly one mini-batch (starting a run, paused, when idle)."""
        c = self.controller
        if c.dataset is None:
            return
        if c.state == IDLE:
            config = self._config_or_complain()
            if config is None:
                return
            self._begin_run(config)
            c.step(config)
            self._run_began()
        else:
            c.step(None)

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        """New weights from the controls; the plotted curves stay as a ghost."""
        if self.controller.dataset is None:
            return
        seed = self.controls.seed_row.renew()  # new weights each Reset, unless the seed is fixed
        config = self._config_or_complain()
        if config is not None:
            self._new_weights(config)
            self._banner.clear()
            self._status_line.show(lambda: self.tr("New random weights from seed {0}.").format(seed), 8000)

    def _config_or_complain(self) -> TrainConfig | None:
        try:
            return self.controls.config()
        except ValueError as exc:  # an engine.ConfigError: said from its facts in the current language
            refusal = exc  # the lambda outlives ``exc``; it says it again on a language change
            self._banner.say(lambda: self.tr("Cannot start: {0}").format(config_error_text(refusal)), "error")
            return None

    def _begin_run(self, config: TrainConfig) -> None:
        self._banner.clear()
        self._settings.set_config(config)
        self._status.run_started()

    def _new_weights(self, config: TrainConfig) -> None:
        self.controller.reset(config, reason=NEW_WEIGHTS)  # ghosts the plotted run

    def _on_network_reset(self, _reason) -> None:
        """Another network: the plotted run becomes a ghost, and the run's texts go."""
        self.ghost_plotted_run()
        self._status.reset()
        self._status_line.clear()

    # -- lessons and run comparison -------------------------------------------------------
    def ghost_plotted_run(self) -> None:
        """Keep the plotted run as a faint ghost curve; fresh curves start."""
        self._feed.flush()
        self.plots.finish_run(self.plotted_label or "")
        self.plotted_label = None

    def set_up_variant(self, config: TrainConfig) -> None:
        """A lesson's 'Set up': the controls take the variant, the network new weights; Start trains it."""
        self.controls.set_config(config)
        c = self.controller
        if c.state == IDLE and c.dataset is not None:
            self._new_weights(config)

    def reset_and_start(self, config: TrainConfig, label: str | None = None) -> bool:
        """New weights for ``config``, then Start; the run's curves are called ``label``. False if it did not start."""
        c = self.controller
        if c.state != IDLE or c.dataset is None:
            return False
        self._new_weights(config)
        self._variant = label
        self.start()
        self._variant = None
        return c.state != IDLE

    def begin_lesson(self) -> None:
        """A lesson's variants are to run: the plots start empty, without earlier ghosts (the runs table keeps them)."""
        self._feed.flush()
        self.plots.clear()
        self.plots.clear_ghosts()
        self.plotted_label = None

    def _add_run_row(self, report) -> None:
        c = self.controller
        label = self.plotted_label or run_label(c.config, c.n_in, c.n_out)
        self._runs_table.add_run(label, c.config, report, n_in=c.n_in, n_out=c.n_out)

    # -- the controller's signals ------------------------------------------------------
    def _on_speed(self, speed) -> None:
        self.controller.set_speed(speed)
        self._status.set_speed_cap(speed)
        self.plots.set_speed_cap(speed)
        self.plots.set_slow_motion(self.bar.speed.slow_motion)

    def _on_state(self, state: str) -> None:
        self.controls.set_running(state != IDLE)
        self._status.set_state({PAUSED: "paused", RUNNING: "running"}.get(state, "idle"))
        if state == PAUSED:
            self._status_line.show(lambda: self.tr("Paused: Space resumes, N trains one more mini-batch"))
        elif state == RUNNING:
            self._status_line.clear()

    def _on_run_finished(self, report) -> None:
        self._feed.flush()
        if self.plotted_label is not None:
            self.plotted_label = self.run_name(report.lr)  # with the rate it ended with
        self.plots.set_x_span(None)
        if report.kind == "diverged":
            self.plots.show_readout_at(report.step)  # the read-out gives the banner's smoothed value
            self._banner.say(lambda: self.tr("{0} Press Start to try again with new weights "
                                             "(the curves stay for comparison).").format(
                divergence_text(report.divergence)), "error")
        elif report.kind == "stopped" and report.test_acc is None:
            # The final evaluation was cut short (a large network, stopped at once).
            self._status_line.show(lambda: self.tr("Stopped at step {0:,}. "
                                                   "Start continues from here.").format(report.step), 10000)
        elif report.kind == "stopped":
            self._status_line.show(lambda: self.tr("Stopped at step {0:,}: test accuracy {1:.4f}. "
                                                   "Start continues from here.").format(report.step, report.test_acc),
                                   10000)
        else:
            self._status_line.show(lambda: self.tr("Done: {0:,} steps, test accuracy {1:.4f}, "
                                                   "train accuracy {2:.4f}.").format(
                report.step, report.test_acc, report.train_acc), 15000)
        self.runEnded.emit(report)

    def _on_run_failed(self, text: str) -> None:
        self._feed.flush()
        self.plots.set_x_span(None)
        self._banner.say(lambda: self.tr("Training stopped with an error: {0}").format(text), "error")
        self.runEnded.emit(None)
