"""The main window: composition and wiring of the panels, menus and actions.

Logic lives elsewhere: the run state machine in ``train.run_controller``, the
run bar and the Run menu in ``run_actions``, the reports' way to the plots in
``progress_feed``, the banner and status line in ``messages``, the File menu's
actions in ``file_actions`` and the View menu's in ``view_actions``. This
module puts them on screen, connects their signals, loads the data set and
closes the window cleanly. The tabs not on screen at start are built when first
shown or read (``window_pages``): the window shows sooner.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from .architecture_sync import ArchitectureSync
from .classroom.comparison import RunsTable
from .classroom.lessons import LessonRunner, LessonsPanel
from .common.engine_text import activation_name, reason_text
from .common.panel import Retranslating
from .common.run_state import IDLE
from .common.tasks import TaskRunner, TaskWorker
from .file_actions import FileActions
from .help import GettingStarted, app_version
from .menus import WindowMenus
from .messages import Banner, StatusMessage, message_box
from .progress_feed import ProgressFeed
from .run_actions import RunActions, RunBar
from .settings import Settings
from .theme import THEMES, apply_theme
from .train.controls import ControlsPanel
from .train.plots import TrainingPlots
from .train.run_controller import RunController
from .train.status import RunStatus
from .view_actions import ViewActions, saved_theme
from .window_layout import ElidedLabel, PageTabs, SideColumn, fit_to_screen
from .window_pages import TAB_TITLES, PageAttribute, make_lazy_pages

__all__ = ["MainWindow"]

MNIST_ATTRIBUTION = (
    "MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges, "
    "Creative Commons Attribution-Share Alike 3.0."
)
CLOSE_WAIT_MS = 500  # how long closing waits for each worker thread before leaving it to end alone
class MainWindow(Retranslating, QMainWindow):
    """Backprop Lab's main window.

    It is the host the File and View menus' actions work through: the public
    members named by ``file_actions.FileHost`` and ``view_actions.ViewHost``.
    """

    datasetReady = Signal()
    dataFailed = Signal(str)  # the data set did not load: why (the window keeps the one it had, if any)
    runEnded = Signal(object)  # the last Report of a run (None: it failed)
    # The tabs not on screen at start: built when first shown or read (window_pages).
    gradcheck, draw_tab, inside, graph = PageAttribute(), PageAttribute(), PageAttribute(), PageAttribute()
    one_step, health, exercises = PageAttribute(), PageAttribute(), PageAttribute()

    def __init__(self, settings: Settings | None = None, config=None, data_dir=None, *, one_run: bool = False):
        """``config``: the controls' settings (None: last time's); ``one_run``: ``config`` came from
        command-line flags for this run only, so the saved settings are kept for later starts."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Backprop Lab")
        self.settings = settings or Settings()
        # The saved theme before any widget exists: set afterwards, it restyled every widget again.
        apply_theme(QApplication.instance(), THEMES[saved_theme(self.settings)])
        self.data_dir = data_dir  # the folder of the loaded data set (None: the bundled MNIST)
        self.controller = c = RunController(self)
        self.last_message = None  # the last message box shown
        self._loader = TaskRunner(self, "DataLoader")
        self._loading_dir = data_dir  # the folder being loaded
        self._reason = None  # why the network was last replaced (for the model label)

        self.controls = ControlsPanel()
        self.controls.set_config(config if config is not None else self.settings.config())
        self.settings.hold_config(one_run)
        self.controls.seed_row.set_fixed(self.settings.value("train/seedFixed", "false") == "true")
        self._start_note = self._note_for_start(config, one_run)  # said once, when the data has loaded
        self._note_shown = None
        self.plots = TrainingPlots()
        self.status = RunStatus()
        self.lazy_pages = make_lazy_pages(self)
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
        self.architecture = ArchitectureSync(c, self.controls, parent=self)  # item 9 of issue 15
        self.view_actions = ViewActions(self, parent=self)
        self.language_actions = self.view_actions.language_actions
        self.menus = WindowMenus(self)
        for name in ("file", "data", "export", "run", "view", "language", "settings", "help"):
            setattr(self, f"{name}_menu", getattr(self.menus, f"{name}_menu"))
        self.side_column = SideColumn(self.controls_scroll, self)  # as wide as the controls need
        self.retranslate()
        self._connect()
        self._restore_geometry()
        self.view_actions.restore_theme(applied=True)
        self.update_buttons()

    # -- construction ---------------------------------------------------------
    def _build_layout(self):
        self.tabs = PageTabs()
        self.tabs.setObjectName("mainTabs")
        for attribute, _title in TAB_TITLES:
            self.tabs.addTab(self.lazy_pages.get(attribute) or getattr(self, attribute), "")

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
        self.menus.retranslate()
        self.status_line.retranslate()
        self._update_model_label()
        # The controls column is as wide as this language's longest label needs; the panel
        # retranslates after the window (Qt sends LanguageChange to parents first).
        QTimer.singleShot(0, self, self.side_column.fit)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        # Not event(): a Python event() sees every event of the window, its repaints too, and
        # the whole window then painted holding the GIL the training thread needs. Qt sends
        # the window its FontChange once its children have their new type.
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "side_column"):
            self.side_column.font_changed()  # presentation mode's type in or out

    def _connect(self):
        c = self.controller
        self.run_actions.runEnded.connect(self.runEnded)
        self.controls.validityChanged.connect(self.update_buttons)
        c.stateChanged.connect(self.update_buttons)
        c.networkReset.connect(self._on_network_reset)
        self.datasetReady.connect(self.architecture.check)
        self.lessons.configChosen.connect(self.run_actions.set_up_variant)
        self.lessons.runAllRequested.connect(self._run_lesson)
        self.lessons.viewRequested.connect(self.show_page_named)
        c.stateChanged.connect(lambda s: self.lessons.set_training(s != IDLE))
        self.runs_table.cleared.connect(self.plots.clear_ghosts)
        self.runs_table.restored.connect(self.plots.restore_ghosts)
        self.run_actions.runEnded.connect(self._update_model_label)  # "trained N steps"
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
        # The first network is the one the controls show (restored from last time), not the defaults.
        self.controller.set_dataset(dataset, self.controls.config() if self.controls.is_valid() else None)
        self.controls.set_dataset_shape(len(dataset.x_train), dataset.x_train.shape[1], len(dataset.class_names))
        self.banner.clear()
        self.show_status(lambda: self.tr("{0}: {1:,} training and {2:,} test images").format(
            dataset.name, len(dataset.x_train), len(dataset.x_test)), 5000)
        note, self._start_note = self._start_note, None
        if note is not None:  # said once, where the loading banner was: nothing moves
            self.banner.say(note, "info")
            self._note_shown = note
        self.update_buttons()
        self.file_actions.data_loaded()  # new weights for a new folder, or a session that waited for it
        self.datasetReady.emit()

    def _on_data_failed(self, text):
        self.file_actions.data_failed()
        self.banner.say(lambda: self.tr("Could not load the training data. {0}").format(text), "error")
        self.update_buttons()
        self.dataFailed.emit(text)

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

    def _run_lesson(self, variants):
        """'Run all variants': on the Training tab, where the curves are, without earlier ghosts."""
        if self.lesson_runner.running or self.controller.state != IDLE:
            return
        self.run_actions.begin_lesson()
        self.tabs.setCurrentWidget(self.plots)
        self.lesson_runner.run_all(variants)

    def _start_lesson_run(self, config) -> bool:
        """LessonRunner's callback: new weights for ``config``, then Start, under the lesson's label."""
        return self.run_actions.reset_and_start(config, self.lesson_runner.current_label)

    def _note_for_start(self, config, one_run: bool):
        """What to say once about where the controls' settings came from (None: nothing)."""
        if one_run:
            return lambda: self.tr("The controls hold the command line's settings for this run; "
                                   "your saved settings are kept for later starts.")
        if config is None and self.settings.has_config() and self.settings.config() != TrainConfig():
            return lambda: self.tr("Settings restored from last time: Settings › Restore default settings "
                                   "goes back.")
        return None

    def restore_defaults(self):
        self.settings.hold_config(False)  # the user's own choice: it is saved
        self._start_note = None
        if self._note_shown is not None and self.banner.isVisible() and self.banner.text() == self._note_shown():
            self.banner.clear()
        self.controls.set_config(TrainConfig())
        self.settings.set_config(TrainConfig())

    def show_page_named(self, object_name: str):
        """Show the tab whose page has this objectName (a lesson's view); only that page is built."""
        for attribute, _title in TAB_TITLES:
            host = self.lazy_pages.get(attribute)
            if (host.page_object_name if host else getattr(self, attribute).objectName()) == object_name:
                self.tabs.setCurrentWidget(getattr(self, attribute))
                return

    def show_digit_in_draw_tab(self, index):
        self.draw_tab.show_test_digit(index)
        self.tabs.setCurrentWidget(self.draw_tab)

    def show_stage_in_one_step(self, layer, direction, indices):
        if self.one_step.show_layer(layer, direction, indices):
            self.tabs.setCurrentWidget(self.one_step)

    def show_stage_in_graph(self, layer, direction, indices):
        if self.graph.show_stage(layer, direction, indices):
            self.tabs.setCurrentWidget(self.graph)

    def _on_network_reset(self, reason):
        self._reason = reason
        self._update_model_label()

    def _update_model_label(self, *_):
        net = self.controller.net
        if net is None or self._reason is None:
            self.model_label.setText("")
            return
        sizes = "-".join(str(s) for s in net.sizes)
        text = self.tr("Model: {0} {1} ({2})").format(sizes, activation_name(net.activation),
                                                      reason_text(self._reason))
        if self.controller.total_step:  # not "(new weights)" alone after 20,000 steps
            text += self.tr(", trained {0:,} steps").format(self.controller.total_step)
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
        """Stop the workers, wait a moment for their threads, then save settings.

        The window closes within about CLOSE_WAIT_MS even while the largest network trains or
        evaluates: a thread not done by then is retired and ends on its own (``run_app`` waits
        for it before the process exits).
        """
        self.lesson_runner.cancel()
        gradcheck, exercises = (self.lazy_pages[name].built_page() for name in ("gradcheck", "exercises"))
        if gradcheck is not None:  # a page never built has nothing running
            gradcheck.shutdown(CLOSE_WAIT_MS)
        if exercises is not None:
            exercises.shutdown()
        self.controller.shutdown(CLOSE_WAIT_MS)
        self._loader.stop(wait=True, retire=True, timeout_ms=CLOSE_WAIT_MS)
        try:
            self.settings.set_config(self.controls.config())
            self.settings.set_value("train/seedFixed", "true" if self.controls.seed_row.is_fixed() else "false")
        except ValueError:
            pass  # an invalid form is not worth keeping
        if self.view_actions.presenting:
            self.set_presentation(False)  # remember the normal geometry, not full screen
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
        super().closeEvent(event)
