"""The main window: composition and wiring of the panels, menus and actions.

Logic lives elsewhere: the run state machine in ``run_controller``, the
hyperparameter form in ``controls``, the plots in ``plots``, threads in
``worker``. This module puts them on screen and connects their signals.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
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

from engine import ModelFileError, SessionFileError, load_dataset, load_model, load_session, save_model, save_session

from .controls import ControlsPanel
from .comparison import RunsTable, run_label
from .draw_tab import DrawTab
from .engine_text import activation_name, config_error_text, divergence_text, reason_text
from .gradcheck_panel import GradCheckPanel
from .i18n import LANGUAGES, SETTING_KEY, current_language, flush_language_change, install_language
from .inside import InsideView
from .lessons import LessonRunner, LessonsPanel
from .one_step import OneStepView
from .export import (
    apply_session,
    choose_data_dir,
    export_curves_csv,
    export_plot,
    fashion_mnist_dir,
    session_data_loaded,
    session_from_window_state,
)
from .plots import TrainingPlots
from .run_controller import IDLE, PAUSED, RUNNING, RunController
from .settings import Settings
from .status import RunStatus
from .theme import PRESENTATION_SCALE, THEMES, apply_plot_theme, apply_theme, scale_app_font
from .worker import TaskWorker, start_in_thread

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


class MainWindow(QMainWindow):
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
        self._loader = None
        self._loader_thread = None
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

        self._pending_session = None  # (session, path, previous data_dir) while its data set loads
        self._restore_data_dir = None  # data_dir to go back to if a new data folder fails
        self._reset_after_data = False
        self._fashion_dir = fashion_mnist_dir()

        self._build_run_bar()
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self._fit_controls_column()
        self._connect()
        self._restore_geometry()
        self._theme = self.settings.value("view/theme", "light")
        if self._theme not in self.theme_actions:
            self._theme = "light"
        self.theme_actions[self._theme].setChecked(True)
        self.set_theme(self._theme)
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
        self.save_action = self._action("actionSaveModel", self.save_model_dialog, QKeySequence.StandardKey.Save)
        self.load_action = self._action("actionLoadModel", self.load_model_dialog, QKeySequence.StandardKey.Open)
        self.quit_action = self._action("actionQuit", self.close, QKeySequence.StandardKey.Quit)
        self.defaults_action = self._action("actionRestoreDefaults", self.restore_defaults)
        self.about_action = self._action("actionAbout", self.about)
        self.export_loss_action = self._action(
            "actionExportLossPlot", lambda *_: self.export_plot_dialog(self.plots.loss_plot, "loss"))
        self.export_accuracy_action = self._action(
            "actionExportAccuracyPlot", lambda *_: self.export_plot_dialog(self.plots.accuracy_plot, "accuracy"))
        self.export_csv_action = self._action("actionExportCsv", self.export_csv_dialog)
        self.save_session_action = self._action("actionSaveSession", self.save_session_dialog)
        self.open_session_action = self._action("actionOpenSession", self.open_session_dialog)
        self.open_data_action = self._action("actionOpenDataFolder", self.open_data_folder_dialog)
        self.mnist_action = self._action("actionMnist", lambda *_: self.open_data_folder(None, bundled=True))
        self.fashion_action = self._action("actionFashionMnist",
                                           lambda *_: self.open_data_folder(self._fashion_dir))
        self.presentation_action = self._action("actionPresentation", self.set_presentation, Qt.Key.Key_F11)
        self.presentation_action.setCheckable(True)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for key in ("light", "dark"):
            action = self._action(f"actionTheme{key.title()}", lambda _=False, k=key: self.set_theme(k))
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_actions[key] = action
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            # Each language is named in itself, so a learner can find their own in any language.
            action = self._action(f"actionLanguage{code.title()}", lambda _=False, c=code: self.set_language(c))
            action.setText(name)
            action.setCheckable(True)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions.get(current_language(), self.language_actions["en"]).setChecked(True)

    def _build_menus(self):
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu("")
        file_menu.setObjectName("menuFile")
        file_menu.addActions([self.save_action, self.load_action])
        file_menu.addSeparator()
        file_menu.addActions([self.save_session_action, self.open_session_action])
        file_menu.addSeparator()
        self.data_menu = file_menu.addMenu("")
        self.data_menu.setObjectName("menuDataSet")
        self.data_menu.addActions([self.mnist_action, self.fashion_action, self.open_data_action])
        self.export_menu = file_menu.addMenu("")
        self.export_menu.setObjectName("menuExport")
        self.export_menu.addActions([self.export_loss_action, self.export_accuracy_action, self.export_csv_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.run_menu = menu.addMenu("")
        self.run_menu.setObjectName("menuRun")
        self.run_menu.addActions([self.run_pause_action, self.step_action, self.stop_action, self.reset_action])
        self.view_menu = menu.addMenu("")
        self.view_menu.setObjectName("menuView")
        self.view_menu.addAction(self.presentation_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(list(self.theme_actions.values()))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("menuLanguage")
        self.language_menu.addActions(list(self.language_actions.values()))
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
        a(self.save_action, self.tr("Save model…"), self.tr("Save the network's weights to a .npz file"))
        a(self.load_action, self.tr("Load model…"), self.tr("Load a network from a .npz model file"))
        a(self.quit_action, self.tr("Quit"), self.tr("Close the window (training stops first)"))
        a(self.defaults_action, self.tr("Restore default settings"),
          self.tr("Hyperparameters back to the book's chapter 5 run"))
        a(self.about_action, self.tr("About Backprop Lab"), self.tr("What this app is, and where MNIST comes from"))
        a(self.export_loss_action, self.tr("Export loss plot…"),
          self.tr("Save the loss plot as a PNG image (1600 px wide) or an SVG drawing"))
        a(self.export_accuracy_action, self.tr("Export accuracy plot…"),
          self.tr("Save the accuracy plot as a PNG image (1600 px wide) or an SVG drawing"))
        a(self.export_csv_action, self.tr("Export curves as CSV…"),
          self.tr("Save the current run's losses and accuracies as a CSV table"))
        a(self.save_session_action, self.tr("Save session…"),
          self.tr("Save the network, its settings and its curves, to reopen them exactly"))
        a(self.open_session_action, self.tr("Open session…"),
          self.tr("Reopen a saved session: network, settings, curves and data set"))
        a(self.open_data_action, self.tr("Open data folder…"),
          self.tr("Train on another folder of MNIST-format IDX files"))
        a(self.mnist_action, self.tr("MNIST (bundled)"), self.tr("Train on the bundled MNIST digits"))
        a(self.fashion_action, "Fashion-MNIST",
          self.tr("Train on Fashion-MNIST") if self._fashion_dir else
          self.tr("Fashion-MNIST: install the Debian package dataset-fashion-mnist to use it"))
        a(self.presentation_action, self.tr("Presentation mode"),
          self.tr("Full screen, large type and thick lines, high contrast, advanced controls hidden: "
                  "for a projector"))
        a(self.theme_actions["light"], self.tr("Light theme"), self.tr("Use the light colour theme"))
        a(self.theme_actions["dark"], self.tr("Dark theme"), self.tr("Use the dark colour theme"))
        self.file_menu.setTitle(self.tr("&File"))
        self.data_menu.setTitle(self.tr("&Data set"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.run_menu.setTitle(self.tr("&Run"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_language_actions()
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

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.lesson_runner.runningChanged.connect(lambda _running: self._update_language_actions())

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
        self._loader = TaskWorker(0, lambda should_stop: load_dataset(data_dir))
        self._loader.done.connect(self._on_data)
        self._loader.failed.connect(self._on_data_failed)
        self._loader_thread = start_in_thread(self._loader, (self._loader.done, self._loader.failed))

    def _end_loader(self):
        if self._loader_thread is not None:
            self._loader_thread.quit()
            self._loader_thread.wait()
        self._loader = self._loader_thread = None

    def _on_data(self, _task, dataset):
        self._end_loader()
        self.controller.set_dataset(dataset)
        self._hide_banner()
        self._show_status(lambda: self.tr("{0}: {1:,} training and {2:,} test images").format(
            dataset.name, len(dataset.x_train), len(dataset.x_test)), 5000)
        self._update_buttons()
        if self._reset_after_data:
            self._reset_after_data = False
            self.reset()  # new data set: new weights, fresh plots
        if self._pending_session is not None:
            session, path, _ = self._pending_session
            self._pending_session = None
            self._apply_session(session, path)
        self.datasetReady.emit()

    def _on_data_failed(self, _task, text):
        self._end_loader()
        if self._pending_session is not None:
            self.data_dir = self._pending_session[2]
            self._pending_session = None
        elif self._reset_after_data:
            self.data_dir, self._reset_after_data = self._restore_data_dir, False
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
        self.start_button.setEnabled(ready and valid and state != RUNNING)
        self.start_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Start"))
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.step_button.setEnabled(ready and (valid or state != IDLE))
        self.stop_button.setEnabled(state != IDLE)
        self.reset_button.setEnabled(ready and valid)
        self.load_action.setEnabled(state == IDLE)
        self.save_action.setEnabled(self.controller.net is not None)
        idle = state == IDLE
        self.save_session_action.setEnabled(idle and self.controller.net is not None)
        self.open_session_action.setEnabled(idle)
        self.open_data_action.setEnabled(idle)
        self.mnist_action.setEnabled(idle and self.data_dir is not None)
        self.fashion_action.setEnabled(idle and self._fashion_dir is not None)
        self._update_language_actions()

    # -- language -----------------------------------------------------------------
    def _language_switch_allowed(self) -> bool:
        return self.controller.state == IDLE and not self.lesson_runner.running

    def _update_language_actions(self):
        allowed = self._language_switch_allowed()
        for code, action in self.language_actions.items():
            action.setEnabled(allowed)
            if allowed:
                tip = self.tr("Show the interface in {0}").format(LANGUAGES[code])
            else:
                tip = self.tr("Stop training to switch the language")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` ('en', 'ko', 'ja') and remember it; only while no run trains.

        Every widget re-sets its texts on the LanguageChange that follows; the
        network, the curves and the rest of the window stay as they are.
        """
        if code not in LANGUAGES or not self._language_switch_allowed():
            self.language_actions[current_language()].setChecked(True)
            return False
        ok = install_language(QApplication.instance(), code)
        self.settings.set_value(SETTING_KEY, current_language())
        self.language_actions[current_language()].setChecked(True)
        flush_language_change()  # every widget retranslates now, not at the next event-loop turn
        return ok

    # -- view -----------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation_action.isChecked()

    def _restyle(self):
        """Apply the theme and scale that the view options ask for."""
        app = QApplication.instance()
        theme = THEMES["contrast"] if self.presenting else THEMES[self._theme]
        scale = PRESENTATION_SCALE if self.presenting else 1.0
        apply_theme(app, theme)
        scale_app_font(app, scale)
        for panel in [self.plots] + [self.tabs.widget(i) for i in range(self.tabs.count())]:
            if hasattr(panel, "set_font_scale"):
                panel.set_font_scale(scale)
        apply_plot_theme(self, theme)
        self.controls.set_advanced_visible(not self.presenting)
        # At projector size the status bar has no room for both a message and the model's name.
        self.model_label.setVisible(not self.presenting)

    def set_theme(self, key: str):
        self._theme = key
        self.theme_actions[key].setChecked(True)
        self.settings.set_value("view/theme", key)
        self._restyle()

    def set_presentation(self, on: bool):
        """Presentation mode: full screen, fonts and lines x1.6, high contrast."""
        self.presentation_action.setChecked(bool(on))
        self._restyle()
        if on:
            self._geometry_before = self.saveGeometry()
            self.showFullScreen()
        else:
            self.showNormal()
            if getattr(self, "_geometry_before", None) is not None:
                self.restoreGeometry(self._geometry_before)

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

    # -- model files ----------------------------------------------------------------
    def save_model_to(self, path) -> bool:
        net = self.controller.network_copy()
        if net is None:
            return False
        report = self.controller.last_report
        info = {"steps": self.controller.total_step}
        if report is not None and report.test_acc is not None:
            info.update(test_accuracy=report.test_acc, train_accuracy=report.train_acc)
        if self.controller.dataset is not None:
            info["dataset"] = self.controller.dataset.name
        try:
            save_model(net, path, config=self.controller.config, info=info)
        except OSError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not save the model"),
                          f"{path}: {exc.strerror or exc}")
            return False
        self._show_status(lambda: self.tr("Saved the model to {0}").format(path), 8000)
        return True

    def load_model_from(self, path) -> bool:
        if self.controller.state != IDLE:
            self._message(QMessageBox.Icon.Information, self.tr("Training is running"),
                          self.tr("Stop training before loading a model."))
            return False
        self.lesson_runner.cancel()
        try:
            net = load_model(path)
        except ModelFileError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                          self.tr("{0}\n\nThe current model is unchanged.").format(exc))
            return False
        if net.sizes[-1] != self.controller.n_out or net.sizes[0] != self.controller.n_in:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                          self.tr("{0}: this model expects {1} inputs and {2} classes; the data set has "
                                  "{3} and {4}.\n\nThe current model is unchanged.").format(
                              path, net.sizes[0], net.sizes[-1], self.controller.n_in, self.controller.n_out))
            return False
        if net.config is not None:
            self.controls.set_config(net.config.replace(bug=None))
        self.controller.set_network(net, reason=f"loaded from {Path(path).name}")
        self.plots.clear()
        self.status.reset()
        self._show_status(lambda: self.tr("Loaded {0}").format(path), 8000)
        return True

    def save_model_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save model"), "model.npz",
                                              self.tr("Model files (*.npz)"))
        if path:
            if not path.endswith(".npz"):
                path += ".npz"
            self.save_model_to(path)

    def load_model_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load model"), "",
                                              self.tr("Model files (*.npz);;All files (*)"))
        if path:
            self.load_model_from(path)

    # -- exports, sessions, data sets ----------------------------------------------
    def export_plot_dialog(self, plot, name):
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export plot"), f"{name}.png",
                                                   self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        self._flush_reports()
        try:
            export_plot(plot, path)
        except (OSError, ValueError) as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not export the plot"),
                          f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return
        self._show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    def export_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export curves"), "curves.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self._flush_reports()
        try:
            export_curves_csv(self.plots, path)
        except OSError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not export the curves"),
                          f"{path}: {exc.strerror or exc}")
            return
        self._show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    def save_session_to(self, path) -> bool:
        self._flush_reports()
        try:
            save_session(path, **session_from_window_state(self.controller, self.plots, data_dir=self.data_dir))
        except ValueError as exc:  # no network, training running, NaN weights of a diverged run
            self._message(QMessageBox.Icon.Warning, self.tr("Could not save the session"), str(exc))
            return False
        except OSError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not save the session"),
                          f"{path}: {exc.strerror or exc}")
            return False
        self._show_status(lambda: self.tr("Saved the session to {0}").format(path), 8000)
        return True

    def open_session_from(self, path) -> bool:
        if self.controller.state != IDLE:
            self._message(QMessageBox.Icon.Information, self.tr("Training is running"),
                          self.tr("Stop training before opening a session."))
            return False
        try:
            session = load_session(path)
        except SessionFileError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                          self.tr("{0}\n\nThe current session is unchanged.").format(exc))
            return False
        if session_data_loaded(session, self.controller, self.data_dir):
            return self._apply_session(session, path)
        if session.data_dir is not None and not Path(session.data_dir).is_dir():
            self._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                          self.tr("{0}: its data set ({1}) was in {2}, which is not there any more.")
                          .format(path, session.dataset_name, session.data_dir))
            return False
        self._pending_session = (session, path, self.data_dir)
        self.data_dir = session.data_dir
        self.load_data()  # _on_data applies the session once its data set is loaded
        return True

    def _apply_session(self, session, path) -> bool:
        try:
            apply_session(session, self.controller, self.plots, self.controls,
                          reason="session {0}".format(Path(path).name))  # translated when shown
        except ValueError as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"), f"{path}: {exc}")
            return False
        self.status.reset()
        self._hide_banner()
        self._update_buttons()
        self._show_status(lambda: self.tr("Opened {0}: {1:,} steps on {2}")
                          .format(path, session.total_step, session.dataset_name), 8000)
        return True

    def save_session_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), "session.npz",
                                              self.tr("Session files (*.npz)"))
        if path:
            self.save_session_to(path if path.endswith(".npz") else path + ".npz")

    def open_session_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), "",
                                              self.tr("Session files (*.npz);;All files (*)"))
        if path:
            self.open_session_from(path)

    def open_data_folder(self, path, bundled: bool = False) -> None:
        """Train on another MNIST-format folder (None + bundled: the bundled MNIST):
        new weights and fresh plots once it has loaded."""
        if (not path and not bundled) or self.controller.state != IDLE:
            return
        self._restore_data_dir, self.data_dir = self.data_dir, (None if bundled else path)
        self._reset_after_data = True
        self.load_data()

    def open_data_folder_dialog(self):
        path = choose_data_dir(self, self.data_dir)
        if path:
            self.open_data_folder(path)

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
        if self._loader is not None:
            self._loader.cancel()
            self._end_loader()
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

