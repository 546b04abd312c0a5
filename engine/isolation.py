"""Run a student's code in a child process, with a time and a memory limit.

The window and the CLI never run a student's file themselves: a child Python
process grades it (``engine.exercise_child``) and answers with one JSON
object on its standard output. An endless loop is killed at the time limit,
a huge allocation fails inside the child (its address space is capped), and a
crash ends only the child. This is fault isolation for the student's own
code on their own machine, not a security sandbox: the child can do whatever
the user can.
"""
from __future__ import annotations

import collections
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from .exercise import ExerciseReport

__all__ = ["grade_file_isolated", "train_isolated", "exit_with_parent", "DEFAULT_TIMEOUT", "DEFAULT_MEMORY_MB"]

DEFAULT_TIMEOUT = 10.0  # seconds
DEFAULT_MEMORY_MB = 2048  # address space: numpy and the data need ~0.6 GB
_ROOT = Path(__file__).resolve().parents[1]


def exit_with_parent(poll_seconds: float = 0.5) -> None:
    """In a child: end this process as soon as the app that started it is gone.

    The app kills its children when it stops them, but an app that is killed
    or crashes cannot: a student's endless loop would then run on, unseen,
    for ever. A daemon thread notices the parent's end (the child is handed
    to another parent) and ends the child at once, whatever its code does.
    """
    parent = os.getppid()

    def watch():
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _limit_memory(megabytes: int):
    def apply():  # runs in the child, before Python starts
        try:
            import resource

            limit = int(megabytes) * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass  # no limit where the OS offers none (the time limit still holds)
    return apply


def _start_child(cmd, memory_mb: int):
    env = {**os.environ, "PYTHONPATH": str(_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "OPENBLAS_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=env, cwd=str(_ROOT), preexec_fn=_limit_memory(memory_mb)
                            if os.name == "posix" else None)


def grade_file_isolated(path, *, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                        network: bool = True, should_stop=None) -> ExerciseReport:
    """Grade the file at ``path`` in a child process. Never raises for the student's faults:
    a timeout, a crash or running out of memory come back as ``ExerciseReport.error``.

    should_stop : optional callable polled every 50 ms; True kills the child ('cancelled').
    """
    cmd = [sys.executable, "-m", "engine.exercise_child", str(path)]
    if not network:
        cmd.append("--no-network")
    start = time.monotonic()
    child = _start_child(cmd, memory_mb)
    while True:
        try:
            out, err = child.communicate(timeout=0.05)
            break
        except subprocess.TimeoutExpired:
            cancelled = should_stop is not None and should_stop()
            if cancelled or time.monotonic() - start > timeout:
                child.kill()
                child.communicate()
                kind = "cancelled" if cancelled else "timeout"
                return ExerciseReport((), {"kind": kind, "line": None, "seconds": float(timeout),
                                           "message": f"stopped after {timeout:g} s" if kind == "timeout"
                                           else "cancelled"})
    text = out.decode("utf-8", "replace").strip().splitlines()
    if child.returncode == 0 and text:
        try:
            return ExerciseReport.from_dict(json.loads(text[-1]))
        except (ValueError, KeyError, TypeError):
            pass
    tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
    memory = any("MemoryError" in line for line in tail)
    return ExerciseReport((), {"kind": "memory" if memory else "crash", "line": None,
                               "message": " ".join(tail) or f"exit code {child.returncode}"})


def train_isolated(paths, on_message, *, epochs: int = 1, seed: int = 0, steps: int | None = None,
                   timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB, should_stop=None) -> dict:
    """Train a net of the student's passing layers in a child process (``engine.exercise_train``).

    on_message(dict) gets each progress message as it comes ('uses', 'loss', 'epoch'). Returns the
    last message: {'kind': 'done', 'test_acc'}, or 'error' (the student's code raised), or
    'timeout' (no message for ``timeout`` seconds; three times that before the first), 'cancelled',
    'memory' or 'crash'. Never raises for the student's faults.

    should_stop : optional callable, looked at before each message and every 50 ms of silence; once it
    returns True the child is killed and the result is 'cancelled', whatever the child said last.
    """
    def stopped() -> bool:
        return should_stop is not None and bool(should_stop())

    if stopped():
        return {"kind": "cancelled"}
    cmd = [sys.executable, "-m", "engine.exercise_train", "--epochs", str(int(epochs)), "--seed", str(int(seed)),
           *(["--steps", str(int(steps))] if steps else []), *[str(p) for p in paths]]
    child = _start_child(cmd, memory_mb)
    lines, tail = queue.Queue(), collections.deque(maxlen=5)

    def pump(stream, into):  # the pipes are read as they fill: a chatty child never blocks
        for raw in stream:
            into(raw.decode("utf-8", "replace").strip())
        if into is lines.put:
            lines.put(None)

    pumps = [threading.Thread(target=pump, args=(stream, into), daemon=True)
             for stream, into in ((child.stdout, lines.put), (child.stderr, tail.append))]
    for thread in pumps:
        thread.start()

    def end(result: dict, kill: bool = False) -> dict:
        if kill:
            child.kill()
        child.wait()
        for thread in pumps:
            thread.join(timeout=1.0)
        child.stdout.close()
        child.stderr.close()
        return result

    last, heard, limit = None, time.monotonic(), 3 * timeout
    while True:
        # Stop is looked at before every message, not only in a silence: a child that talks
        # more often than the 50 ms wait (a loss every ~30 ms) would otherwise never hear it.
        if stopped():
            return end({"kind": "cancelled"}, kill=True)
        try:
            line = lines.get(timeout=0.05)
        except queue.Empty:
            if time.monotonic() - heard > limit:
                return end({"kind": "timeout", "seconds": float(timeout)}, kill=True)
            continue
        if line is None:
            break
        try:
            message = json.loads(line)
        except ValueError:
            continue
        heard, limit, last = time.monotonic(), timeout, message
        if message.get("kind") in ("done", "error"):
            break
        on_message(message)
    if stopped():  # Stop came while the last message was on its way: the learner asked to stop, so it stopped
        return end({"kind": "cancelled"}, kill=True)
    end({})
    if last is not None and last.get("kind") in ("done", "error"):
        return last
    memory = any("MemoryError" in line for line in tail)
    return {"kind": "memory" if memory else "crash", "message": " ".join(tail) or f"exit code {child.returncode}"}
