"""The window's memory and start-up: resident memory after start and after a 10-epoch run.

Launches ``main.py --autostart --epochs 10 --exit-after-training --json`` in
a subprocess (QT_QPA_PLATFORM=offscreen, one BLAS thread, a fresh settings
folder) several times and prints, per launch and best/median:

* imported, built: seconds from launch to the app's modules imported (Qt,
  pyqtgraph, the engine, the window's own), and to the window constructed;
* responsive: seconds from launch to the first turn of the event loop after
  the window is shown (it then answers input); CPU: the process's CPU time
  (user + system) by then, the work start-up does, which other programs on a
  busy machine slow down less than the wall-clock seconds;
* stall: the longest gap of a 10 ms timer in the GUI thread from then until
  the data is loaded (the loading runs on a worker thread);
* ready: seconds from launch to the data set loaded (training starts);
* RSS ready / RSS trained: resident memory (VmRSS) when the data set is
  loaded and when the 10-epoch run (784-50-10) has ended; peak (VmHWM).

The child is this script with ``--probe``: it replaces ``gui.app.MainWindow``
by a subclass that records those moments, then runs ``main.py`` as
``__main__``. ``--root DIR`` measures another checkout (e.g. an older commit
unpacked with ``git archive``), for before/after figures.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--runs 3] [--root DIR]

One warm-up launch first fills the data cache, so every measured launch
reads the cached arrays, as a user's second start does.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ARGS = ["--autostart", "--epochs", "10", "--exit-after-training", "--json"]


def _memory():
    """(VmRSS, VmHWM) of this process in MB."""
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def probe(root: Path, argv: list[str], out_path: str) -> None:
    """Run main.py in this process, recording the moments the benchmark reports."""
    launched = float(os.environ["BENCH_LAUNCHED"])
    sys.path.insert(0, str(root))
    os.chdir(root)
    from PySide6.QtCore import QTimer

    marks = {"stall": 0.0}

    def mark(name):
        if name not in marks:
            rss, hwm = _memory()
            cpu = os.times()
            marks[name] = {"seconds": time.monotonic() - launched, "cpu": cpu.user + cpu.system,
                           "rss_mb": rss, "peak_mb": hwm}

    import gui.app as app_module

    mark("imported")

    class Probed(app_module.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            mark("built")

        def show(self):
            super().show()
            mark("shown")
            QTimer.singleShot(0, lambda: mark("responsive"))
            self._bench_last = time.monotonic()
            self._bench_timer = QTimer(self)
            self._bench_timer.setInterval(10)
            self._bench_timer.timeout.connect(self._bench_tick)
            self._bench_timer.start()
            self.datasetReady.connect(self._bench_ready)
            self.runEnded.connect(lambda _report: mark("trained"))

        def _bench_tick(self):
            now = time.monotonic()
            marks["stall"] = max(marks["stall"], now - self._bench_last)
            self._bench_last = now

        def _bench_ready(self):
            mark("ready")
            self._bench_timer.stop()

    app_module.MainWindow = Probed
    sys.argv = [str(root / "main.py")] + argv
    import runpy

    code = 0
    try:
        runpy.run_path(str(root / "main.py"), run_name="__main__")
    except SystemExit as exc:
        code = exc.code or 0
    marks["exit_code"] = code
    Path(out_path).write_text(json.dumps(marks))


def launch(root: Path, home: str) -> dict:
    """One launch of the window; the probe's marks plus the app's own JSON summary."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out_path = f.name
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1",
               XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_CACHE_HOME=os.path.join(home, "cache"))
    env["BENCH_LAUNCHED"] = repr(time.monotonic())  # CLOCK_MONOTONIC: the same clock in the child
    proc = subprocess.run([sys.executable, __file__, "--probe", "--root", str(root), "--out", out_path, "--"]
                          + APP_ARGS, env=env, capture_output=True, text=True, timeout=600)
    try:
        marks = json.loads(Path(out_path).read_text() or "{}")
    finally:
        os.unlink(out_path)
    if proc.returncode != 0 or "trained" not in marks:
        raise SystemExit(f"the window did not finish a run (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    start = proc.stdout.find("{")
    marks["summary"] = json.loads(proc.stdout[start:]) if start >= 0 else {}
    return marks


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--root", default=str(ROOT), help="the checkout to measure (default: this one)")
    p.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    p.add_argument("app_args", nargs="*", help=argparse.SUPPRESS)
    args = p.parse_args()
    root = Path(args.root).resolve()
    if args.probe:
        probe(root, args.app_args, args.out)
        return
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as home:
        print(f"{root}: main.py {' '.join(APP_ARGS)} (offscreen), {args.runs} launches after a warm-up")
        launch(root, home)  # fills the data cache
        rows = []
        print(f"{'launch':<8}{'imported':>10}{'built':>9}{'responsive':>12}{'CPU':>9}{'stall':>9}{'ready':>9}"
              f"{'RSS ready':>12}{'RSS trained':>13}{'peak':>9}{'train s':>9}{'test acc':>10}")

        def line(label, cols):
            return (f"{label:<8}{cols[0]:>8.2f} s{cols[1]:>7.2f} s{cols[2]:>10.2f} s{cols[3]:>7.2f} s"
                    f"{cols[4] * 1e3:>6.0f} ms{cols[5]:>7.2f} s{cols[6]:>9.0f} MB{cols[7]:>10.0f} MB{cols[8]:>6.0f} MB")

        for i in range(args.runs):
            m = launch(root, home)
            row = (m["imported"]["seconds"], m["built"]["seconds"], m["responsive"]["seconds"], m["responsive"]["cpu"],
                   m["stall"], m["ready"]["seconds"], m["ready"]["rss_mb"], m["trained"]["rss_mb"], m["trained"]["peak_mb"])
            rows.append(row)
            s = m["summary"]
            print(line(str(i + 1), row) + f"{s.get('train_seconds', float('nan')):>9.2f}{s.get('test_accuracy') or 0:>10.4f}")
        for label, pick in (("best", min), ("median", statistics.median)):
            print(line(label, [pick(col) for col in zip(*rows)]))


if __name__ == "__main__":
    main()
