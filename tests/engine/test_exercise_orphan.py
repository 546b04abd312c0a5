"""A child running a student's code ends when the app that started it is killed (exit_with_parent).

The app kills its children when it stops them; an app killed with SIGKILL or
crashed cannot, and a student's ``while True`` would run on for ever. The
test kills a stand-in for the app and waits for the real child to end.
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def ended(pid: int) -> bool:
    """True once ``pid`` has exited (gone, or a zombie no one has reaped yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
@pytest.mark.parametrize("module", ["engine.exercise_child", "engine.exercise_train"])
def test_the_child_ends_when_the_app_is_killed(tmp_path, module):
    student = tmp_path / "layers.py"
    student.write_text("while True:\n    pass\n")  # runs for ever at import
    app = subprocess.Popen(
        [sys.executable, "-c",
         "import subprocess, sys, time\n"
         f"child = subprocess.Popen([sys.executable, '-m', {module!r}, {str(student)!r}], cwd={str(ROOT)!r},\n"
         "                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
         "print(child.pid, flush=True)\n"
         "time.sleep(600)\n"],
        stdout=subprocess.PIPE, text=True)
    child = int(app.stdout.readline())
    try:
        time.sleep(1.0)  # the child is in the student's loop by now (or still starting: the same for the test)
        assert not ended(child)
        app.kill()  # SIGKILL: the app gets no chance to kill its child
        app.wait()
        deadline = time.monotonic() + 30  # a bound for a loaded machine, not a measurement
        while not ended(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ended(child), "the child outlived the app"
    finally:
        app.stdout.close()
        if not ended(child):
            os.kill(child, signal.SIGKILL)
