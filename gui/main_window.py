"""The main window: composition and wiring of the panels, menus and actions.

Logic lives elsewhere: the run state machine in ``train.run_controller``, the
run bar and the Run menu in ``run_actions``, the reports' way to the plots in
``progress_feed``, the banner and status line in ``messages``, the File menu's
actions in ``file_actions`` and the View menu's in ``view_actions``. This
module puts them on screen, connects their signals, loads the data set and
closes the window cleanly.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine import TrainConfig, load_dataset

from .actions import make_action, set_action_text
from .classroom.comparison import RunsTable
from .classroom.lessons import LessonRunner, LessonsPanel
from .common.engine_text import activation_name, reason_text
from .common.panel import Retranslating
from .common.run_state import IDLE
from .common.tasks import TaskRunner, TaskWorker
from .draw.tab import DrawTab
from .file_actions import FileActions
from .gradcheck.panel import GradCheckPanel
from .graph.tab import GraphTab
from .help import GettingStarted, app_version
from .inside.view import InsideView
from .messages import Banner, StatusMessage, message_box
from .one_step.view import OneStepView
from .progress_feed import ProgressFeed
from .run_actions import RunActions, RunBar
from .settings import Settings
from .train.controls import ControlsPanel
from .train.plots import TrainingPlots
from .train.run_controller import RunController
from .train.status import RunStatus
from .view_actions import ViewActions
from .window_layout import ElidedLabel, PageTabs, SideColumn, fit_to_screen

__all__ = ["MainWindow"]

MNIST_ATTRIBUTION = (
    "MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, "
    "Creative Commons Attribution-Share Alike 3.0."
)
TAB_TITLES = (  # (objectName of the page, title); translated in retranslate()
    ("plots", QT_TRANSLATE_NOOP("MainWindow", "Training")),
    ("gradcheck", QT_TRANSLATE_NOOP("MainWindow", "Gradient check")),
    ("draw_tab", QT_TRANSLATE_NOOP("MainWindow", "Draw")),
    ("inside", QT_TRANSLATE_NOOP("MainWindow", "Inside the network")),
    ("graph", QT_TRANSLATE_NOOP("MainWindow", "Computational graph")),
    ("one_step", QT_TRANSLATE_NOOP("MainWindow", "One step, explained")),
    ("lessons", QT_TRANSLATE_NOOP("MainWindow", "Lessons")),
    ("runs_table", QT_TRANSLATE_NOOP("MainWindow", "Compare runs")),
)


class MainWindow(Retranslating, QMainWindow):
    """Backprop Lab's main window.

    It is the host the File and View menus' actions work through: the public
    members named by ``file_actions.FileHost`` and ``view_actions.ViewHost``.
    """

    datasetReady = Signal()
    runEnded = Signal(object)  # the last Report of a run (None: it failed)

    def __init__(self, settings: Settings | None = None, config=None, data_dir=None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Backprop Lab")
        self.settings = settings or Settings()
        self.data_dir = data_dir  # the folder of the loaded data set (None: the bundled MNIST)
        self.controller = c = RunController(self)
        self.last_message = None  # the last message box shown
        self._loader = TaskRunner(self, "DataLoader")
        self._loading_dir = data_dir  # the folder being loaded
        self._reason = None  # why the network was last replaced (for the model label)

        self.controls = ControlsPanel()
        self.controls.set_config(config if config is not None else self.settings.config())
        self.plots = TrainingPlots()
        self.status = RunStatus()
        self.gradcheck = GradCheckPanel(self.controller)
        self.gradcheck.set_bug(self.controls.bug.currentData())
        self.draw_tab = DrawTab(self.controller)
        self.inside = InsideView(self.controller)
        self.graph = GraphTab(self.controller)
        self.one_step = OneStepView(self.controller)
        self.lessons = LessonsPanel()
        self.runs_table = RunsTable()
        self.run_bar = bar = RunBar()
        self.start_button, self.pause_button, self.step_button = bar.start_button, bar.pause_button, bar.step_button
        self.stop_button, self.reset_button = bar.stop_button, bar.reset_button
        self.banner = Banner()
        self._build_layout()

        self.status_line = StatusMessage(self.statusBar())
        self.feed = ProgressFeed(self.plots, self.status, self)
        self.run_actions = RunActions(self, bar=bar, controller=c, controls=self.controls, plots=self.plots,
                                      status=self.status, feed=self.feed, settings=self.settings, banner=self.banner,
                                      status_line=self.status_line, runs_table=self.runs_table)
        self.lesson_runner = LessonRunner(self.controls.set_config, self._start_lesson_run,
                                          c.runFinished, c.runFailed, parent=self)
        self.lessons.attach_runner(self.lesson_runner)
        self.quit_action = make_action(self, "actionQuit", self.close, QKeySequence.StandardKey.Quit)
        self.defaults_action = make_action(self, "actionRestoreDefaults", self.restore_defaults)
        self.about_action = make_action(self, "actionAbout", self.about)
        self.guide_action = make_action(self, "actionGettingStarted", self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.guide = None  # Help › Getting started, made when first asked for
        self.file_actions = FileActions(self, parent=self)
        self.view_actions = ViewActions(self, parent=self)
        self.language_actions = self.view_actions.language_actions
        self._build_menus()
        self.side_column = SideColumn(self.controls_scroll, self)  # as wide as the controls need
        self.retranslate()
        self._connect()
        self._restore_geometry()
        self.view_actions.restore_theme()
        self.update_buttons()

    # -- construction ---------------------------------------------------------
    def _build_layout(self):
        self.tabs = PageTabs()
        self.tabs.setObjectName("mainTabs")
        for attribute, _title in TAB_TITLES:
            self.tabs.addTab(getattr(self, attribute), "")

        scroll = QScrollArea()
        scroll.setObjectName("controlsScroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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

        self.model_label = ElidedLabel()  # shortened with "…" when the status bar is crowded (a projector)
        self.model_label.setObjectName("modelLabel")
        # Permanent widgets stay visible while the status bar shows a message.
        self.statusBar().addPermanentWidget(self.status)
        self.statusBar().addPermanentWidget(self.model_label, 1)

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
        self.export_menu.addSeparator()
        self.export_menu.addAction(f.light_export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.run_menu = menu.addMenu("")
        self.run_menu.setObjectName("menuRun")
        self.run_menu.addActions(list(self.run_actions.actions))
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
        self.help_menu.addActions([self.guide_action, self.about_action])

    def retranslate(self):
        """Set every text of the window in the current language (at start and on a LanguageChange)."""
        for i, (_attribute, title) in enumerate(TAB_TITLES):
            self.tabs.setTabText(i, self.tr(title))
        self.model_label.setToolTip(self.tr("Which network the window is showing and training"))
        a = set_action_text
        a(self.quit_action, self.tr("Quit"), self.tr("Close the window (training stops first)"))
        a(self.defaults_action, self.tr("Restore default settings"),
          self.tr("Hyperparameters back to the book's chapter 5 run"))
        a(self.about_action, self.tr("About Backprop Lab"), self.tr("What this app is, and where MNIST comes from"))
        a(self.guide_action, self.tr("Getting started"),
          self.tr("A short guide: the tabs, the keyboard shortcuts, a first lesson through chapter 5"))
        self.run_actions.retranslate()
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
        self.status_line.retranslate()
        self._update_model_label()
        # The controls column is as wide as this language's longest label needs; the panel
        # retranslates after the window (Qt sends LanguageChange to parents first).
        QTimer.singleShot(0, self, self.side_column.fit)

    def event(self, event):
        handled = super().event(event)  # every widget takes the new type first
        if event.type() == QEvent.Type.ApplicationFontChange and hasattr(self, "side_column"):
            self.side_column.font_changed()  # presentation mode's type in or out
        return handled

    def _connect(self):
        c = self.controller
        self.run_actions.runEnded.connect(self.runEnded)
        self.controls.validityChanged.connect(self.update_buttons)
        c.stateChanged.connect(self.update_buttons)
        c.networkReset.connect(self._on_network_reset)
        self.datasetReady.connect(self.draw_tab.refresh_model)
        self.datasetReady.connect(self.one_step.refresh)
        self.datasetReady.connect(self.graph.refresh)
        c.networkReset.connect(lambda _reason: self.graph.refresh())
        # The network graph and One step, explained are two views of one pass: each links to the other.
        self.graph.stageRequested.connect(self._show_stage_in_one_step)
        self.one_step.graphRequested.connect(self._show_stage_in_graph)
        self.gradcheck.bugChanged.connect(
            lambda name: self.controls.bug.setCurrentIndex(self.controls.bug.findData(name) if name else 0))
        self.controls.configChanged.connect(lambda: self.gradcheck.set_bug(self.controls.bug.currentData()))
        self.inside.digitChosen.connect(self._show_digit_in_draw_tab)
        self.lessons.configChosen.connect(self.run_actions.set_up_variant)
        self.lessons.runAllRequested.connect(self.lesson_runner.run_all)
        c.stateChanged.connect(lambda s: self.lessons.set_training(s != IDLE))
        self.runs_table.cleared.connect(self.plots.clear_ghosts)
        self.runs_table.ghostsVisibilityChanged.connect(self.plots.set_ghosts_visible)
        self.lesson_runner.runningChanged.connect(lambda _running: self.view_actions.update_language_actions())

    def _restore_geometry(self):
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_to_screen(self)

    # -- data -----------------------------------------------------------------
    def load_data(self):
        """Load the data set of ``data_dir`` on a worker thread; the window stays usable."""
        self.load_data_from(self.data_dir)

    def load_data_from(self, folder):
        """Load the MNIST-format ``folder`` (None: the bundled MNIST); ``data_dir`` becomes it once loaded."""
        self._loading_dir = folder
        self.show_status(lambda: self.tr("Loading {0}…").format(folder or "MNIST"))
        self.banner.say(lambda: self.tr("Loading the training data…"), "info")
        self._loader.start(lambda run_id: TaskWorker(run_id, lambda should_stop: load_dataset(folder)),
                           on={"done": self._on_data, "failed": self._on_data_failed}, ends=("done", "failed"))

    def _on_data(self, dataset):
        self.data_dir = self._loading_dir
        self.controller.set_dataset(dataset)
        self.banner.clear()
        self.show_status(lambda: self.tr("{0}: {1:,} training and {2:,} test images").format(
            dataset.name, len(dataset.x_train), len(dataset.x_test)), 5000)
        self.update_buttons()
        self.file_actions.data_loaded()  # new weights for a new folder, or a session that waited for it
        self.datasetReady.emit()

    def _on_data_failed(self, text):
        self.file_actions.data_failed()
        self.banner.say(lambda: self.tr("Could not load the training data. {0}").format(text), "error")
        self.update_buttons()

    # -- runs (the handlers are RunActions') ---------------------------------------
    def start(self):
        """Start (or resume) training, as the Start button does."""
        self.run_actions.start()

    def stop(self):
        self.run_actions.stop()

    def reset(self):
        """New weights from the controls, as the Reset button does."""
        self.run_actions.reset()

    def flush_reports(self):
        """Draw the reports that arrived but are not plotted yet."""
        self.feed.flush()

    def cancel_lessons(self):
        self.lesson_runner.cancel()

    def _start_lesson_run(self, config) -> bool:
        """LessonRunner's callback: new weights for ``config``, then Start, under the lesson's label."""
        return self.run_actions.reset_and_start(config, self.lesson_runner.current_label)

    def restore_defaults(self):
        self.controls.set_config(TrainConfig())
        self.settings.set_config(TrainConfig())

    def _show_digit_in_draw_tab(self, index):
        self.draw_tab.show_test_digit(index)
        self.tabs.setCurrentWidget(self.draw_tab)

    def _show_stage_in_one_step(self, layer, direction, indices):
        if self.one_step.show_layer(layer, direction, indices):
            self.tabs.setCurrentWidget(self.one_step)

    def _show_stage_in_graph(self, layer, direction, indices):
        if self.graph.show_stage(layer, direction, indices):
            self.tabs.setCurrentWidget(self.graph)

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

    def update_buttons(self, *_):
        """Enable the buttons and actions the run state, the data set and the controls allow."""
        self.run_actions.update_buttons()
        self.file_actions.update_enabled(self.controller.state)
        self.view_actions.update_language_actions()

    # -- view (ViewActions') ---------------------------------------------------------
    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` ('en', 'ko', 'ja'); only while no run trains."""
        return self.view_actions.set_language(code)

    def set_presentation(self, on: bool):
        """Presentation mode: full screen, fonts and lines x1.6, high contrast."""
        self.view_actions.set_presentation(on)

    # -- messages -----------------------------------------------------------------------
    def show_status(self, text, timeout=0):
        """Show ``text()`` in the status bar; it is made again in a new language."""
        self.status_line.show(text, timeout)

    def hide_banner(self):
        self.banner.clear()

    def show_message(self, icon, title, text):
        """A window-modal message box that does not block the event loop."""
        self.last_message = message_box(self, icon, title, text)
        return self.last_message

    def about(self):
        self.show_message(QMessageBox.Icon.Information, self.tr("About Backprop Lab"),
                          self.tr("Backprop Lab {0}").format(app_version()) + "\n\n" +
                          self.tr("Backprop Lab: learn and teach error backpropagation, after chapter 5 of "
                                  "Deep Learning from Scratch (Saito Koki).") + "\n\n" + MNIST_ATTRIBUTION)

    def show_guide(self):
        """Help › Getting started (non-modal: it can stay open beside the window)."""
        if self.guide is None:
            self.guide = GettingStarted(
                lambda: [(name, self.tabs.tabText(i)) for i, (name, _title) in enumerate(TAB_TITLES)],
                lambda: [(a.text(), a.shortcut()) for a in self.actions() if not a.shortcut().isEmpty()],
                parent=self)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    # -- files (FileActions') -----------------------------------------------------------
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
        if self.view_actions.presenting:
            self.set_presentation(False)  # remember the normal geometry, not full screen
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
        super().closeEvent(event)
