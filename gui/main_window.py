"""The main window: composition and wiring of the panels, menus and actions.

Logic lives elsewhere: the run state machine in ``run_controller``, the
hyperparameter form in ``controls``, the plots in ``plots``, threads in
``worker``, the File menu's actions in ``file_actions`` and the View menu's in
``view_actions``. This module puts them on screen and connects their signals.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine import load_dataset

from .train.controls import ControlsPanel
from .classroom.comparison import RunsTable, run_label
from .draw.tab import DrawTab
from .common.engine_text import activation_name, config_error_text, divergence_text, reason_text
from .file_actions import FileActions
from .gradcheck.panel import GradCheckPanel
from .inside.view import InsideView
from .classroom.lessons import LessonRunner, LessonsPanel
from .one_step.view import OneStepView
from .train.plots import TrainingPlots
from .common.run_state import IDLE, PAUSED, RUNNING
from .train.run_controller import RunController
from .settings import Settings
from .train.status import RunStatus
from .view_actions import ViewActions
from .common.tasks import TaskRunner, TaskWorker
from .common.panel import Retranslating

__all__ = ["MainWindow"]

PLOT_HZ = 5

MNIST_ATTRIBUTION = (
    "MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, "
    "Creative Commons Attribution-Share Alike 3.0."
)
TAB_TITLES = (  # (objectName of the page, title); translated in retranslate()
    ("plots", QT_TRANSLATE_NOOP("MainWindow", "Training")),
    ("gradcheck", QT_TRANSLATE_NOOP("MainWindow", "Gradient check")),
    ("draw_tab", QT_TRANSLATE_NOOP("MainWindow", "Draw")),
    ("inside", QT_TRANSLATE_NOOP("MainWindow", "Inside the network")),
    ("one_step", QT_TRANSLATE_NOOP("MainWindow", "One step, explained")),
    ("lessons", QT_TRANSLATE_NOOP("MainWindow", "Lessons")),
    ("runs_table", QT_TRANSLATE_NOOP("MainWindow", "Compare runs")),
)


class MainWindow(Retranslating, QMainWindow):
    """Backprop Lab's main window."""

    datasetReady = Signal()
    runEnded = Signal(object)  # the last Report of a run

    def __init__(self, settings: Settings | None = None, config=None, data_dir=None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Backprop Lab")
        self.settings = settings or Settings()
        self.data_dir = data_dir
        self.controller = RunController(self)
        self._dialog = None  # the last message box, kept so tests can read it
        self._loader = TaskRunner(self, "DataLoader")
        self._run_start_step = 0
        self._banner_text = None  # () -> the banner's text in the current language
        self._status_text = None  # (() -> text, timeout ms) of the status bar's message
        self._reason = None  # why the network was last replaced (for the model label)
        # Reports are drawn at most PLOT_HZ times a second: a repaint holds the
        # GIL, so drawing every signal would slow training itself.
        self._pending = []
        self._plot_timer = QTimer(self)
        self._plot_timer.setInterval(int(1000 / PLOT_HZ))
        self._plot_timer.timeout.connect(self._flush_reports)

        self.controls = ControlsPanel()
        self.controls.set_config(config if config is not None else self.settings.config())
        self.plots = TrainingPlots()
        self.status = RunStatus()
        self.gradcheck = GradCheckPanel(self.controller)
        self.gradcheck.set_bug(self.controls.bug.currentData())
        self._plotted_label = None  # legend label of the run whose curves are plotted
        self.lessons = LessonsPanel()
        self.runs_table = RunsTable()
        self.lesson_runner = LessonRunner(self.controls.set_config, self._reset_and_start,
                                          self.controller.runFinished, self.controller.runFailed, parent=self)
        self.lessons.attach_runner(self.lesson_runner)

        self._build_run_bar()
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self._fit_controls_column()
        self._connect()
        self._restore_geometry()
        self.view_actions.restore_theme()
        self._update_buttons()

    # -- construction ---------------------------------------------------------
    def _button(self, name, icon):
        button = QPushButton(self.style().standardIcon(icon), "")
        button.setObjectName(name)
        button.setMinimumHeight(34)
        return button

    def _build_run_bar(self):
        SP = QStyle.StandardPixmap
        self.start_button = self._button("startButton", SP.SP_MediaPlay)
        self.pause_button = self._button("pauseButton", SP.SP_MediaPause)
        self.step_button = self._button("stepButton", SP.SP_MediaSeekForward)
        self.stop_button = self._button("stopButton", SP.SP_MediaStop)
        self.reset_button = self._button("resetButton", SP.SP_BrowserReload)
        self.run_bar = QWidget()
        bar = QHBoxLayout(self.run_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)

    def _build_layout(self):
        self.banner = QLabel()
        self.banner.setObjectName("runBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.draw_tab = DrawTab(self.controller)
        self.inside = InsideView(self.controller)
        self.one_step = OneStepView(self.controller)
        for attribute, _title in TAB_TITLES:
            self.tabs.addTab(getattr(self, attribute), "")

        scroll = QScrollArea()
        scroll.setObjectName("controlsScroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.controls_scroll = scroll

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.run_bar)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(scroll, 0)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        # Permanent widgets stay visible while the status bar shows a message.
        self.statusBar().addPermanentWidget(self.status)
        self.statusBar().addPermanentWidget(self.model_label)

    def _action(self, name, slot, shortcut=None):
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work with the menu bar hidden too
        return action

    def _build_actions(self):
        K = Qt.Key
        self.run_pause_action = self._action("actionRunPause", self.toggle_run, K.Key_Space)
        self.step_action = self._action("actionStep", self.step, K.Key_N)
        self.stop_action = self._action("actionStop", self.stop, K.Key_Escape)
        self.reset_action = self._action("actionReset", self.reset, K.Key_R)
        self.quit_action = self._action("actionQuit", self.close, QKeySequence.StandardKey.Quit)
        self.defaults_action = self._action("actionRestoreDefaults", self.restore_defaults)
        self.about_action = self._action("actionAbout", self.about)
        self.file_actions = FileActions(self)
        self.view_actions = ViewActions(self)
        self.language_actions = self.view_actions.language_actions

    def _build_menus(self):
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu("")
        file_menu.setObjectName("menuFile")
        f = self.file_actions
        file_menu.addActions([f.save_action, f.load_action])
        file_menu.addSeparator()
        file_menu.addActions([f.save_session_action, f.open_session_action])
        file_menu.addSeparator()
        self.data_menu = file_menu.addMenu("")
        self.data_menu.setObjectName("menuDataSet")
        self.data_menu.addActions([f.mnist_action, f.fashion_action, f.open_data_action])
        self.export_menu = file_menu.addMenu("")
        self.export_menu.setObjectName("menuExport")
        self.export_menu.addActions([f.export_loss_action, f.export_accuracy_action, f.export_csv_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.run_menu = menu.addMenu("")
        self.run_menu.setObjectName("menuRun")
        self.run_menu.addActions([self.run_pause_action, self.step_action, self.stop_action, self.reset_action])
        self.view_menu = menu.addMenu("")
        self.view_menu.setObjectName("menuView")
        v = self.view_actions
        self.view_menu.addAction(v.presentation_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(list(v.theme_actions.values()))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("menuLanguage")
        self.language_menu.addActions(list(v.language_actions.values()))
        self.settings_menu = menu.addMenu("")
        self.settings_menu.setObjectName("menuSettings")
        self.settings_menu.addAction(self.defaults_action)
        self.help_menu = menu.addMenu("")
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.about_action)

    # -- texts ------------------------------------------------------------------
    @staticmethod
    def _set_action_text(action, text, tip=None):
        action.setText(text)
        action.setToolTip(tip or text.replace("&", ""))
        action.setStatusTip(tip or text.replace("&", ""))

    def retranslate(self):
        """Set every text of the window in the current language (at start and on a LanguageChange)."""
        tips = (
            (self.start_button, self.tr("Train the current network (Space)")),
            (self.pause_button, self.tr("Pause or resume training (Space)")),
            (self.step_button, self.tr("Train exactly one mini-batch, then pause (N)")),
            (self.stop_button, self.tr("Stop training after this mini-batch (Esc)")),
            (self.reset_button, self.tr("New random weights; the plots start afresh (R)")),
        )
        for button, tip in tips:
            button.setToolTip(tip)
        self.step_button.setText(self.tr("Step"))
        self.stop_button.setText(self.tr("Stop"))
        self.reset_button.setText(self.tr("Reset"))
        for i, (_attribute, title) in enumerate(TAB_TITLES):
            self.tabs.setTabText(i, self.tr(title))
        self.model_label.setToolTip(self.tr("Which network the window is showing and training"))

        a = self._set_action_text
        a(self.run_pause_action, self.tr("Start / Pause"), self.tr("Start training, or pause and resume it"))
        a(self.step_action, self.tr("Step one mini-batch"), self.tr("Train exactly one mini-batch, then pause"))
        a(self.stop_action, self.tr("Stop"), self.tr("Stop training"))
        a(self.reset_action, self.tr("Reset weights"), self.tr("New random weights; the plots start afresh"))
        a(self.quit_action, self.tr("Quit"), self.tr("Close the window (training stops first)"))
        a(self.defaults_action, self.tr("Restore default settings"),
          self.tr("Hyperparameters back to the book's chapter 5 run"))
        a(self.about_action, self.tr("About Backprop Lab"), self.tr("What this app is, and where MNIST comes from"))
        self.file_actions.retranslate()
        self.view_actions.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.data_menu.setTitle(self.tr("&Data set"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.run_menu.setTitle(self.tr("&Run"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self._banner_text is not None:
            self.banner.setText(self._banner_text())
        if self._status_text is not None and self.statusBar().currentMessage():
            self.statusBar().showMessage(self._status_text[0](), self._status_text[1])
        self._update_model_label()
        self._update_buttons()
        # The controls column is as wide as this language's longest label needs; the panel
        # retranslates after the window (Qt sends LanguageChange to parents first).
        QTimer.singleShot(0, self, self._fit_controls_column)

    def _fit_controls_column(self):
        self.controls_scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)

    def _connect(self):
        c = self.controller
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button.clicked.connect(self.step)
        self.stop_button.clicked.connect(self.stop)
        self.reset_button.clicked.connect(self.reset)
        self.controls.validityChanged.connect(lambda _: self._update_buttons())
        self.controls.learningRateChanged.connect(c.set_lr)
        c.stateChanged.connect(self._on_state)
        c.progress.connect(self._on_progress)
        c.runFinished.connect(self._on_run_finished)
        c.runFailed.connect(self._on_run_failed)
        c.networkReset.connect(self._on_network_reset)
        self.datasetReady.connect(self.draw_tab.refresh_model)
        self.gradcheck.bugChanged.connect(
            lambda name: self.controls.bug.setCurrentIndex(self.controls.bug.findData(name) if name else 0))
        self.controls.configChanged.connect(lambda: self.gradcheck.set_bug(self.controls.bug.currentData()))
        self.inside.digitChosen.connect(self._show_digit_in_draw_tab)
        self.lessons.configChosen.connect(self._set_up_lesson_variant)
        self.lessons.runAllRequested.connect(self.lesson_runner.run_all)
        c.stateChanged.connect(lambda s: self.lessons.set_training(s != IDLE))
        c.runFinished.connect(self._add_run_row)
        self.runs_table.cleared.connect(self.plots.clear_ghosts)
        self.runs_table.ghostsVisibilityChanged.connect(self.plots.set_ghosts_visible)
        self.datasetReady.connect(self.one_step.refresh)
        self.lesson_runner.runningChanged.connect(lambda _running: self.view_actions.update_language_actions())

    def _restore_geometry(self):
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- data -----------------------------------------------------------------
    def load_data(self):
        """Load the data set on a worker thread; the window stays usable."""
        data_dir = self.data_dir
        self._show_status(lambda: self.tr("Loading {0}…").format(data_dir or "MNIST"))
        self._show_banner(lambda: self.tr("Loading the training data…"), "info")
        self._loader.start(lambda run_id: TaskWorker(run_id, lambda should_stop: load_dataset(data_dir)),
                           on={"done": self._on_data, "failed": self._on_data_failed}, ends=("done", "failed"))

    def _on_data(self, dataset):
        self.controller.set_dataset(dataset)
        self._hide_banner()
        self._show_status(lambda: self.tr("{0}: {1:,} training and {2:,} test images").format(
            dataset.name, len(dataset.x_train), len(dataset.x_test)), 5000)
        self._update_buttons()
        self.file_actions.data_loaded()  # new weights for a new folder, or a session that waited for it
        self.datasetReady.emit()

    def _on_data_failed(self, text):
        self.file_actions.data_failed()  # back to the folder loaded before
        self._show_banner(lambda: self.tr("Could not load the training data. {0}").format(text), "error")
        self._update_buttons()

    # -- run control ----------------------------------------------------------
    def _config_or_complain(self):
        try:
            return self.controls.config()
        except ValueError as exc:
            message = str(exc)
            self._show_banner(lambda: self.tr("Cannot start: {0}").format(config_error_text(message)), "error")
            return None

    def start(self):
        c = self.controller
        if c.state == PAUSED:
            c.resume()
            return
        if c.state != IDLE or c.dataset is None:
            return
        config = self._config_or_complain()
        if config is None:
            return
        self._begin_run()
        c.start(config)
        self._run_start_step = c.total_step
        if self._plotted_label is None and c.state != IDLE:
            self._plotted_label = run_label(c.config, c.n_in, c.n_out)
        if c.trainer is not None:
            self.plots.set_x_span(c.trainer.total_steps + c.total_step - c.trainer.step)

    def _begin_run(self):
        self._hide_banner()
        self.settings.set_config(self.controls.config())
        self.status.run_started()

    def toggle_pause(self):
        c = self.controller
        if c.state == RUNNING:
            c.pause()
        elif c.state == PAUSED:
            c.resume()

    def toggle_run(self):
        if self.controller.state == IDLE:
            self.start()
        else:
            self.toggle_pause()

    def step(self):
        c = self.controller
        if c.dataset is None:
            return
        if c.state == IDLE:
            config = self._config_or_complain()
            if config is None:
                return
            self._begin_run()
            c.step(config)
            self._run_start_step = c.total_step
        else:
            c.step(None)

    def stop(self):
        self.controller.stop()

    def reset(self):
        c = self.controller
        if c.dataset is None:
            return
        config = self._config_or_complain()
        if config is None:
            return
        c.reset(config, reason="new weights")
        self._ghost_plotted_run()  # the old curves stay, faint, for comparison
        self.status.reset()
        self._hide_banner()

    def restore_defaults(self):
        from engine import TrainConfig

        self.controls.set_config(TrainConfig())
        self.settings.set_config(TrainConfig())

    # -- lessons and run comparison -------------------------------------------------
    def _ghost_plotted_run(self):
        """Keep the plotted run as a faint ghost curve; fresh curves start."""
        self._flush_reports()
        self.plots.finish_run(self._plotted_label or "")
        self._plotted_label = None

    def _set_up_lesson_variant(self, config):
        """'Set up': the controls take the variant, the network new weights; Start trains it."""
        self.controls.set_config(config)
        c = self.controller
        if c.state == IDLE and c.dataset is not None:
            self._ghost_plotted_run()
            c.reset(config, reason="new weights")
            self.status.reset()

    def _reset_and_start(self, config) -> bool:
        """LessonRunner's callback: new weights for ``config``, then Start."""
        c = self.controller
        if c.state != IDLE or c.dataset is None:
            return False
        self._ghost_plotted_run()
        c.reset(config, reason="new weights")
        self.status.reset()
        self.start()
        if c.state == IDLE:
            return False
        self._plotted_label = self.lesson_runner.current_label
        return True

    def _add_run_row(self, report):
        c = self.controller
        label = self._plotted_label or run_label(c.config, c.n_in, c.n_out)
        self.runs_table.add_run(label, c.config, report, n_in=c.n_in, n_out=c.n_out)

    def _show_digit_in_draw_tab(self, index):
        self.draw_tab.show_test_digit(index)
        self.tabs.setCurrentWidget(self.draw_tab)

    # -- controller signals -------------------------------------------------------
    def _on_state(self, state):
        self.controls.set_running(state != IDLE)
        self._update_buttons()
        if state == PAUSED:
            self._show_status(lambda: self.tr("Paused: Space resumes, N trains one more mini-batch"))
        elif state == RUNNING:
            self.statusBar().clearMessage()

    def _on_progress(self, reports):
        self._pending.extend(reports)
        if not self._plot_timer.isActive():
            self._flush_reports()  # the first batch (or a single step) shows at once
            self._plot_timer.start()

    def _flush_reports(self):
        if not self._pending:
            self._plot_timer.stop()
            return
        reports, self._pending = self._pending, []
        self.plots.add_reports(reports)
        last = reports[-1]
        start = self._run_start_step
        self.status.show_report(last, last.step - start, last.total_steps - start)

    def _on_run_finished(self, report):
        self._flush_reports()
        self.plots.set_x_span(None)
        self._update_buttons()
        if report.kind == "diverged":
            self._show_banner(lambda: self.tr("{0} Press Start to try again with new weights "
                                              "(the curves stay for comparison).").format(
                divergence_text(report.message)), "error")
        elif report.kind == "stopped":
            self._show_status(lambda: self.tr("Stopped at step {0:,}: test accuracy {1:.4f}. "
                                              "Start continues from here.").format(report.step, report.test_acc),
                              10000)
        else:
            self._show_status(lambda: self.tr("Done: {0:,} steps, test accuracy {1:.4f}, "
                                              "train accuracy {2:.4f}.").format(
                report.step, report.test_acc, report.train_acc), 15000)
        self.runEnded.emit(report)

    def _on_run_failed(self, text):
        self._flush_reports()
        self.plots.set_x_span(None)
        self._update_buttons()
        self._show_banner(lambda: self.tr("Training stopped with an error: {0}").format(text), "error")
        self.runEnded.emit(None)

    def _on_network_reset(self, reason):
        self._reason = reason
        self._update_model_label()

    def _update_model_label(self):
        net = self.controller.net
        if net is None or self._reason is None:
            self.model_label.setText("")
            return
        sizes = "-".join(str(s) for s in net.sizes)
        text = self.tr("Model: {0} {1} ({2})").format(sizes, activation_name(net.activation),
                                                      reason_text(self._reason))
        if net.bug:
            text += self.tr(", PLANTED BUG: {0}").format(net.bug)
        self.model_label.setText(text)

    def _update_buttons(self):
        state = self.controller.state
        ready = self.controller.dataset is not None
        valid = self.controls.is_valid()
        # While paused, the Pause button reads "Resume"; Start waits for the run to end.
        self.start_button.setEnabled(ready and valid and state == IDLE)
        self.start_button.setText(self.tr("Start"))
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.step_button.setEnabled(ready and (valid or state != IDLE))
        self.stop_button.setEnabled(state != IDLE)
        self.reset_button.setEnabled(ready and valid)
        self.file_actions.update_enabled(state)
        self.view_actions.update_language_actions()

    # -- view (delegates to ViewActions) ----------------------------------------
    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` ('en', 'ko', 'ja'); only while no run trains."""
        return self.view_actions.set_language(code)

    @property
    def presenting(self) -> bool:
        return self.view_actions.presenting

    def set_theme(self, key: str):
        self.view_actions.set_theme(key)

    def set_presentation(self, on: bool):
        """Presentation mode: full screen, fonts and lines x1.6, high contrast."""
        self.view_actions.set_presentation(on)

    # -- banner and dialogs -------------------------------------------------------
    def _show_status(self, text, timeout=0):
        """Show ``text()`` in the status bar; it is made again in a new language."""
        self._status_text = (text, timeout)
        self.statusBar().showMessage(text(), timeout)

    def _show_banner(self, text, kind="info"):
        """``text``: a string, or a callable that makes it (and makes it again in a new language)."""
        self._banner_text = text if callable(text) else (lambda: text)
        text = self._banner_text()
        colours = {"info": ("#E8F1FB", "#0B3C6E"), "error": ("#FDECEA", "#8A1C12")}
        bg, fg = colours.get(kind, colours["info"])
        self.banner.setStyleSheet(f"QLabel#runBanner {{ background: {bg}; color: {fg}; padding: 8px;"
                                  f" border-radius: 4px; font-weight: bold; }}")
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.setVisible(True)

    def _hide_banner(self):
        self.banner.setVisible(False)
        self.banner.setText("")
        self._banner_text = None

    def _message(self, icon, title, text):
        """A window-modal message box that does not block the event loop."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self._dialog = box
        return box

    # -- files (delegate to FileActions) -------------------------------------------
    def save_model_to(self, path) -> bool:
        return self.file_actions.save_model_to(path)

    def load_model_from(self, path) -> bool:
        return self.file_actions.load_model_from(path)

    def save_session_to(self, path) -> bool:
        return self.file_actions.save_session_to(path)

    def open_session_from(self, path) -> bool:
        return self.file_actions.open_session_from(path)

    def open_data_folder(self, path, bundled: bool = False) -> None:
        """Train on another MNIST-format folder (None + bundled: the bundled MNIST)."""
        self.file_actions.open_data_folder(path, bundled=bundled)

    def about(self):
        self._message(QMessageBox.Icon.Information, self.tr("About Backprop Lab"),
                      self.tr("Backprop Lab: learn and teach error backpropagation, after chapter 5 of "
                              "Deep Learning from Scratch (Saito Koki).") + "\n\n" + MNIST_ATTRIBUTION)

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event):
        """Stop the worker, wait for its thread, then save settings."""
        self.lesson_runner.cancel()
        self.gradcheck.shutdown()
        self.controller.shutdown()
        self._loader.stop(wait=True, retire=True)
        try:
            self.settings.set_config(self.controls.config())
        except ValueError:
            pass  # an invalid form is not worth keeping
        if self.presenting:
            self.set_presentation(False)  # remember the normal geometry, not full screen
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
        super().closeEvent(event)

