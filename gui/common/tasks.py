"""One way to run long work on a QThread: a worker, a run id, a runner.

A worker is a QObject moved to its own QThread. It never touches a widget:
it talks to the window only through signals whose first argument is its run
id and whose payloads are immutable (engine ``Report`` objects in tuples) or
copies (parameter snapshots, results).

``TaskRunner`` owns the life cycle the window needs for every such job
(training, data loading, a gradient check): it gives each run an id, starts
the thread, passes on only the messages of the current run, and quits and
waits for the thread when the run ends or is abandoned. ``retire()`` makes
everything still queued from the current run stale, so a Reset or a close
can never let an old run's late messages reach a new network.
"""
from __future__ import annotations

import functools
import inspect
import threading
import weakref

from PySide6.QtCore import QObject, QThread, Signal, Slot

__all__ = ["TaskWorker", "TaskRunner", "start_in_thread", "wait_for_lingering"]

# Every thread a runner started and has not yet waited for: a QThread destroyed while it runs aborts
# the process, so none may depend on its runner for its life. A runner can go mid-run (the widget
# that owns it deleted without a shutdown), or wait for it only up to a time limit; its thread stays
# here until it has ended. Only the GUI thread touches this set.
_LINGERING: set = set()


def _forget_finished() -> None:
    for thread in list(_LINGERING):
        if thread.isFinished():
            _LINGERING.discard(thread)  # ended: destroying it now, on the GUI thread, is safe


def wait_for_lingering(timeout_ms: int = -1) -> bool:
    """Wait for the threads no runner waited for (at exit: a running QThread must not be destroyed).
    True if none is left."""
    for thread in list(_LINGERING):
        if not (thread.wait() if timeout_ms < 0 else thread.wait(timeout_ms)):
            return False
        _LINGERING.discard(thread)
    return True


def _stop_orphan(stop, *_args) -> None:
    """A runner was destroyed while its worker ran: ask the worker to stop (its thread then ends alone)."""
    stop()


class TaskWorker(QObject):
    """Runs ``fn(should_stop)`` once: data loading, a gradient check, ...

    ``done`` gets the return value, ``failed`` an error text (a ValueError's
    message as it is; anything else with its type). ``stop()`` makes
    ``should_stop()`` return True; the task decides when to look.
    """

    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, run_id: int, fn):
        super().__init__()
        self.run_id = run_id
        self._fn = fn
        self._stop = threading.Event()

    def stop(self):
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @Slot()
    def run(self):
        try:
            result = self._fn(self._stop.is_set)
        except ValueError as exc:
            self.failed.emit(self.run_id, str(exc))
        except Exception as exc:
            self.failed.emit(self.run_id, f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(self.run_id, result)


def start_in_thread(worker: QObject, finished_signals, parent=None) -> QThread:
    """Move ``worker`` to a new QThread, run ``worker.run`` there, and tear
    both down when any of ``finished_signals`` fires. Returns the thread."""
    thread = QThread(parent)
    thread.setObjectName(type(worker).__name__ + "Thread")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in finished_signals:
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread


class _Relay(QObject):
    """Lives on the GUI thread, so a worker's signal reaches it queued; passes on current messages only.

    It holds a bound-method handler weakly: a strong reference would tie the
    handler's owner (a window, a controller) into a reference cycle, and
    Python's cycle collector may then free that QObject on whichever thread
    happens to run it, such as a worker's.
    """

    def __init__(self, runner: "TaskRunner", handler, ends: bool):
        super().__init__(runner)
        self._handler = weakref.WeakMethod(handler) if inspect.ismethod(handler) else (lambda: handler)
        self._ends = ends

    def deliver(self, run_id, *args):
        runner, handler = self.parent(), self._handler()
        if runner is None or handler is None or run_id != runner.run_id:
            return  # a message from a run that was retired or replaced, or for a view that is gone
        if self._ends:
            runner.finish()
        handler(*args)


class TaskRunner(QObject):
    """Runs one worker at a time on its own thread, and drops stale messages.

    ``start(make_worker, on={signal name: handler}, ends=(names))``: the worker
    is built by ``make_worker(run_id)``; each handler gets the signal's
    arguments after the run id, and only while that run is current. When one
    of the ``ends`` signals arrives, the thread is quit and waited for before
    the handler runs, so the handler may start the next run at once.
    """

    def __init__(self, parent=None, name: str = "Task"):
        super().__init__(parent)
        self.setObjectName(name + "Runner")
        self._run_id = 0
        self.worker = None
        self._thread = None
        self._relays = []
        self._on_destroyed = None  # stops the current worker if this runner is destroyed mid-run

    @property
    def run_id(self) -> int:
        return self._run_id

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, make_worker, on: dict, ends=()):
        self.stop(wait=True, retire=True)
        self._run_id += 1
        worker = make_worker(self._run_id)
        for name, handler in on.items():
            relay = _Relay(self, handler, name in ends)
            getattr(worker, name).connect(relay.deliver)
            self._relays.append(relay)
        self.worker = worker
        _forget_finished()
        self._thread = start_in_thread(worker, [getattr(worker, name) for name in ends])
        _LINGERING.add(self._thread)
        # A plain function, not a method of this runner or of the worker: it must still run from
        # this runner's destructor, and at once on this thread, not queued to the busy worker's.
        self._on_destroyed = functools.partial(_stop_orphan, worker.stop)
        self.destroyed.connect(self._on_destroyed)
        return worker

    def retire(self) -> None:
        """Everything the current run sends from now on, or has queued, is dropped."""
        self._run_id += 1

    def stop(self, wait: bool = False, retire: bool = False, timeout_ms: int = -1) -> bool:
        """Ask the worker to stop; with ``wait``, wait for its thread (False if it timed out)."""
        if retire:
            self.retire()
        if self.worker is not None:
            self.worker.stop()
        if wait:
            return self.finish(timeout_ms)
        return True

    def finish(self, timeout_ms: int = -1) -> bool:
        """Quit the thread and wait for it (without limit, or ``timeout_ms``)."""
        done = True
        thread = self._thread
        if thread is not None:
            thread.quit()
            done = thread.wait() if timeout_ms < 0 else thread.wait(timeout_ms)
            if done:
                _LINGERING.discard(thread)
            # else still busy: it stays in _LINGERING until it ends (a dropped running QThread aborts)
        if self._on_destroyed is not None:
            self.destroyed.disconnect(self._on_destroyed)
            self._on_destroyed = None
        self._thread = self.worker = None
        for relay in self._relays:
            relay.deleteLater()
        self._relays = []
        return done
