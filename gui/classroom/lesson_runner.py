"""A queue that trains a lesson's variants one after another.

``LessonRunner`` knows nothing of the window: it is given callbacks that set
the controls and start a run, and the signals that say a run has finished or
failed (the run controller's).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from engine import TrainConfig

from .lesson_data import translate

__all__ = ["LessonRunner"]


class LessonRunner(QObject):
    """Trains a queue of (label, TrainConfig) variants one after another.

    set_config(config) : puts the config into the controls.
    reset_and_start(config) -> bool : ghosts the plotted run, gives the network
        new weights and starts training; False if it could not start.
    run_finished : a signal carrying the last Report of a run (RunController.runFinished).
    run_failed : optional signal of a run that failed with an error (RunController.runFailed).
    gap_ms : pause between one variant's end and the next one's start, so the
        finished curves can be seen before they turn into a ghost.

    A run that ends 'done' or 'diverged' moves the queue on (divergence can be
    the lesson); a run the user stopped, or one that failed or could not
    start, cancels the rest. While the finished run's ``run_finished`` is being
    delivered, ``running`` and ``current_label`` still describe it: the next
    variant starts from the event loop, after every slot has seen the report.
    """

    variantStarting = Signal(str, object)  # label, TrainConfig
    variantFinished = Signal(str, object, object)  # label, TrainConfig, Report
    allFinished = Signal()
    cancelled = Signal(str)  # why, for the user
    runningChanged = Signal(bool)

    def __init__(self, set_config, reset_and_start, run_finished, run_failed=None, parent=None, gap_ms: int = 500):
        super().__init__(parent)
        self._set_config = set_config
        self._reset_and_start = reset_and_start
        self._variants: tuple[tuple[str, TrainConfig], ...] = ()
        self._index = -1
        self._waiting = False  # a variant of ours is training
        self._running = False
        self._last_report = None
        self._why = None  # () -> why the last queue was cancelled, in the current language
        self.results: list[tuple[str, TrainConfig, object]] = []  # finished variants of the latest queue
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, int(gap_ms)))
        self._timer.timeout.connect(self._after_run)
        run_finished.connect(self._on_run_finished)
        if run_failed is not None:
            run_failed.connect(self._on_run_failed)

    # -- state ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def index(self) -> int:
        """Position of the current variant in the queue (-1 before the first)."""
        return self._index

    @property
    def count(self) -> int:
        return len(self._variants)

    @property
    def current_label(self) -> str | None:
        """Label of the variant being trained (or just finished), None when not running."""
        if self._running and 0 <= self._index < len(self._variants):
            return self._variants[self._index][0]
        return None

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    # -- queue -----------------------------------------------------------------------
    def run_all(self, variants) -> bool:
        """Train every (label, TrainConfig) in turn. False if already running or empty."""
        if self._running:
            return False
        variants = tuple((str(label), config) for label, config in variants)
        if not variants:
            return False
        for label, config in variants:
            if not isinstance(config, TrainConfig):
                raise TypeError(f"variant {label!r}: expected a TrainConfig, not {type(config).__name__}")
        self._variants = variants
        self._index = -1
        self.results = []
        self._set_running(True)
        self._start_next()
        return True

    def cancel(self) -> None:
        """Start no further variant. A run in progress goes on; stop it separately."""
        if not self._running:
            return
        self._abort(lambda: self.tr("cancelled"))

    def cancel_reason(self) -> str:
        """Why the last queue was cancelled, in the current language ('' if it was not)."""
        return self._why() if self._why is not None else ""

    def _abort(self, why) -> None:
        """``why``: a callable making the reason (so it can be made again in another language)."""
        self._timer.stop()
        self._waiting = False
        self._why = why
        self._set_running(False)
        self.cancelled.emit(why())

    def _start_next(self) -> None:
        self._index += 1
        if self._index >= len(self._variants):
            self._set_running(False)
            self.allFinished.emit()
            return
        label, config = self._variants[self._index]
        self.variantStarting.emit(label, config)
        if not self._running:  # a slot of variantStarting cancelled
            return
        self._set_config(config)
        self._waiting = True
        if not self._reset_and_start(config):
            if self._running:
                self._abort(lambda: self.tr("could not start {label}").format(label=translate(label)))

    def _on_run_finished(self, report) -> None:
        if not (self._running and self._waiting):
            return  # not a run of ours
        self._waiting = False
        label, config = self._variants[self._index]
        self.results.append((label, config, report))
        self._last_report = report
        self.variantFinished.emit(label, config, report)
        if self._running:
            self._timer.start()  # decide from the event loop, after every other slot ran

    def _on_run_failed(self, text) -> None:
        if self._running and self._waiting:
            self._abort(lambda: self.tr("the run failed: {text}").format(text=text))

    def _after_run(self) -> None:
        if not self._running:
            return
        if self._last_report is not None and self._last_report.kind == "stopped":
            self._abort(lambda: self.tr("stopped"))
        else:
            self._start_next()
