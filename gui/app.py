"""QApplication set-up, pyqtgraph options, and the command-line window options.

``run_app`` is what ``python main.py`` (without --headless) calls. Besides
opening the window it serves docs and checks: --autostart trains at once with
the hyperparameter flags, --exit-after-training quits when the run ends,
--json prints the same summary as the headless CLI, and --screenshot saves a
PNG of the window (when ready, or after training with --autostart).

The interface language is chosen before the window is built: ``--lang``, else
the one last chosen in the View menu (setting "view/language"), else English.
"""
from __future__ import annotations

import json
import sys
import time

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from engine import TrainConfig

from .common.tasks import wait_for_lingering
from .help import ToolTipWrapper
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, SETTING_KEY, install_language
from .last_resort import LastResort
from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION, Settings

__all__ = ["make_app", "run_app", "summary", "choose_language"]


def make_app() -> QApplication:
    """The QApplication (created once) with the app's names and plot options."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    if app.findChild(ToolTipWrapper) is None:
        app.installEventFilter(ToolTipWrapper(app))  # long tooltips wrapped, in every window
    return app


def choose_language(requested: str | None, settings: Settings) -> str:
    """The language to start in: ``requested`` (--lang), else the saved one, else English."""
    for code in (requested, settings.value(SETTING_KEY, None)):
        if code:
            return str(code)
    return DEFAULT_LANGUAGE


def summary(window: MainWindow, wall_seconds: float | None = None) -> dict:
    """The headless CLI's JSON summary, for the run the window made."""
    report = window.controller.last_report
    if report is None:
        try:
            config = window.controls.config().to_dict()
        except ValueError:
            config = None
        return {"status": "not run", "config": config}
    out = {
        "status": report.kind,
        "steps": report.step,
        "epochs": report.epoch,
        "train_seconds": report.elapsed,
        "test_accuracy": report.test_acc,
        "train_accuracy": report.train_acc,
        "loss": report.loss,
        "config": window.controller.config.to_dict(),
    }
    if wall_seconds is not None:
        out["wall_seconds"] = wall_seconds
    return out


def run_app(args, config_from_args) -> int:
    """Open the window; honour --autostart, --exit-after-training, --json, --screenshot."""
    try:
        # Hyperparameter flags win over the saved settings when they say anything
        # (always with --autostart), for this run only: the saved settings stay for
        # later starts. Otherwise the window opens as it was left.
        config = config_from_args(args)
        if not args.autostart and config == TrainConfig():
            config = None
    except ValueError as exc:
        print(f"backprop-lab: error: {exc}", file=sys.stderr)
        return 2
    app = make_app()
    settings = Settings()
    language = choose_language(getattr(args, "lang", None), settings)
    if not install_language(app, language):
        print(f"backprop-lab: no translation for {language!r}; using English "
              f"(available: {', '.join(LANGUAGES)})", file=sys.stderr)
    window = MainWindow(settings=settings, config=config, data_dir=args.data_dir, one_run=config is not None)
    window.show()
    timing = {}

    def shoot():
        if args.screenshot:
            window.grab().save(args.screenshot)

    def on_ready():
        if args.autostart:
            timing["start"] = time.perf_counter()
            window.start()
        elif args.screenshot:
            QTimer.singleShot(500, lambda: (shoot(), window.close()))

    def on_run_ended(_report):
        timing["end"] = time.perf_counter()
        if args.screenshot:
            QTimer.singleShot(300, lambda: (shoot(), window.close()))
        elif args.exit_after_training:
            QTimer.singleShot(0, window.close)

    failure = {}

    def on_data_failed(text):
        # A scripted run (it quits by itself) cannot go on without data: say why and exit 2, not hang.
        # Interactively the window stays open with the reason in its banner.
        if (args.exit_after_training or args.screenshot) and "code" not in failure:
            failure.update(code=2, error=text)
            print(f"backprop-lab: cannot load the data: {text}", file=sys.stderr)
            QTimer.singleShot(0, window.close)

    window.dataFailed.connect(on_data_failed)
    window.datasetReady.connect(on_ready)
    window.runEnded.connect(on_run_ended)
    QTimer.singleShot(0, window.load_data)
    last_resort = LastResort(window)  # an exception escaping a slot: a message box and a log line
    last_resort.install()
    try:
        code = app.exec()
    finally:
        last_resort.uninstall()
        wait_for_lingering()  # a worker the closed window did not wait for ends before the process does
    if args.json:
        wall = timing["end"] - timing["start"] if "end" in timing and "start" in timing else None
        out = summary(window, wall)
        if "error" in failure:
            out["error"] = f"cannot load the data: {failure['error']}"
        print(json.dumps(out, indent=2))
    return failure.get("code", code)
