"""What opening each tab costs the first time, now that the tabs not on screen at start are built then.

The window builds only the Training tab (and Lessons, Compare runs) at start;
every other page is built the first time its tab is shown (``gui/lazy_page.py``).
This prints, per tab, the seconds from asking for the tab to the event loop
being free again (the page built, shown and, for Inside the network and One
step, its first computation done), the first time and a second time; and the
window's construction, for comparison.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_tabs.py [--runs 3]

Each run is a new window in the same process (the modules are imported by the
first run, so runs after it show the building alone); best of the runs.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402


def settle(app: QApplication, idle_turns: int = 3) -> None:
    """Run the event loop until it has had nothing to do a few turns in a row (timers of 0 ms included)."""
    quiet = 0
    while quiet < idle_turns:
        start = time.perf_counter()
        app.processEvents()
        quiet = quiet + 1 if time.perf_counter() - start < 0.002 else 0


def one_run(app: QApplication, folder: str) -> dict[str, tuple[float, float]]:
    """{tab title: (first open s, second open s)}, plus 'construction' (s, 0)."""
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    start = time.perf_counter()
    window = MainWindow(settings=settings)
    built = time.perf_counter() - start
    window.resize(1280, 800)
    window.show()
    ready = []
    window.datasetReady.connect(lambda: ready.append(True))
    window.load_data()
    while not ready:
        app.processEvents()
        time.sleep(0.005)
    settle(app)
    out = {"construction": (built, 0.0)}
    for i in range(1, window.tabs.count()):
        title = window.tabs.tabText(i)
        times = []
        for index in (i, i):
            window.tabs.setCurrentIndex(0)
            settle(app)
            start = time.perf_counter()
            window.tabs.setCurrentIndex(index)
            settle(app)
            times.append(time.perf_counter() - start)
        out[title] = (times[0], times[1])
    window.close()
    window.deleteLater()
    settle(app)
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    app = make_app()
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-tabs-") as folder:
        for _ in range(args.runs):
            runs.append(one_run(app, folder))
    print(f"{'tab':<24}{'first open':>12}{'again':>9}   (best of {args.runs} windows; the first run imports too)")
    for title in runs[0]:
        first = min(r[title][0] for r in runs)
        again = min(r[title][1] for r in runs)
        label = "window construction" if title == "construction" else title
        print(f"{label:<24}{first * 1e3:>9.0f} ms" + (f"{again * 1e3:>6.0f} ms" if title != "construction" else ""))


if __name__ == "__main__":
    main()
