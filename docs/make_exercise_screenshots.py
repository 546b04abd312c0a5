"""Re-make docs/exercises.png, docs/exercises-pass.png and docs/bughunt.png from real checks in the app.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_exercise_screenshots.py

exercises.png: the Exercises tab after checking a Relu backward that forgets its
mask (the grader's diagnosis names the planted bug). exercises-pass.png: the
TwoLayerNet gradient exercise passed, then "Train with my layers" for one epoch.
bughunt.png: a bug hunt with class code MATH-3B after the gradient check and a wrong guess.
The student's files go to a fresh data folder, not the user's.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # the exercises' saved code and progress
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402

DOCS = ROOT / "docs"


sys.path.insert(0, str(ROOT / "docs"))
from make_screenshots import settle, wait  # noqa: E402  (the same event-loop waits)


def check(tab):
    tab.check()
    wait(tab.checked)
    settle()


def main():
    app = make_app()
    folder = tempfile.mkdtemp()
    window = MainWindow(settings=Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)))
    window.resize(1400, 860)
    window.show()
    window.load_data()
    wait(window.datasetReady)
    tab = window.exercises
    window.tabs.setCurrentWidget(tab)
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.starter.replace("        dx = None\n", "        dx = dout\n"))
    check(tab)
    window.grab().save(str(DOCS / "exercises.png"))
    tab.editor.setPlainText(tab.exercise.solution)
    check(tab)
    tab.select("two-layer-net")
    tab.editor.setPlainText(tab.exercise.solution)
    check(tab)
    tab.training.start()
    wait(tab.training.finished)
    settle()
    window.grab().save(str(DOCS / "exercises-pass.png"))
    tab.select("bug-hunt")
    hunt = tab.hunt
    hunt.code_edit.setText("MATH-3B")
    hunt.start_hunt()
    hunt.run_check()
    wait(hunt.checkFinished)
    hunt.layer_box.setCurrentIndex(hunt.layer_box.findData("Affine"))
    hunt.submit()
    settle()
    window.grab().save(str(DOCS / "bughunt.png"))
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
