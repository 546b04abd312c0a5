"""The File menu's actions: model files, sessions, exports and data sets, with their dialogs.

``FileActions`` works through a small interface, ``FileHost`` (the main
window is one): the run controller, the plots, the controls and the status
panel; the data folder and a way to load another; and a few ways to tell the
user something. It decides what follows a data-set load (new weights for a
new folder, or the session that waited for it); the host loads.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from engine import (
    ModelFileError,
    SessionFileError,
    load_model,
    load_session,
    network_name,
    save_model,
    save_session,
)

from .actions import make_action, set_action_text
from .common.engine_text import field_label
from .common.network_change import NetworkChange, Origin
from .common.palette import is_dark
from .common.run_state import IDLE
from .export import (
    apply_session,
    export_curves_csv,
    export_plot,
    fashion_mnist_dir,
    session_data_loaded,
    session_from_window_state,
)
from .file_dialogs import folder_path, open_path, save_path
from .theme import THEMES, light_plots

if TYPE_CHECKING:
    from .settings import Settings
    from .train.controls import ControlsPanel
    from .train.plots import TrainingPlots
    from .train.run_controller import RunController
    from .train.status import RunStatus

__all__ = ["FileActions", "FileHost"]

LIGHT_EXPORTS_KEY = "export/light_background"


class FileHost(Protocol):
    """What the File menu's actions use of the window, and nothing else."""

    controller: RunController  # the network, its data set, the run state
    plots: TrainingPlots  # the curves: exported, saved in sessions, cleared for a loaded model
    controls: ControlsPanel  # show a loaded model's or session's config
    status: RunStatus  # the run's read-out, reset for a new network
    data_dir: str | None  # the folder of the loaded data set (None: the bundled MNIST)
    settings: Settings  # the folder each kind of file was last saved to or opened from

    def load_data_from(self, folder: str | None) -> None:
        """Load ``folder`` on a worker thread, then call ``data_loaded()`` or ``data_failed()``."""

    def reset(self) -> None:
        """New weights from the controls (Reset)."""

    def cancel_lessons(self) -> None:
        """Start no further variant of a lesson's series."""

    def flush_reports(self) -> None:
        """Plot every report that has arrived (before the curves are read)."""

    def update_buttons(self) -> None:
        """Enable what the run state and the network allow now."""

    def show_status(self, text: Callable[[], str], timeout: int = 0) -> None:
        """A status-bar message; ``text()`` is called again after a language change."""

    def hide_banner(self) -> None:
        """Take away the banner over the tabs (an earlier error is resolved)."""

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message box the user closes."""


class FileActions(QObject):
    """Save and load models and sessions, export plots and curves, switch data sets."""

    def __init__(self, host: FileHost, parent: QWidget):
        """``parent``: the window that owns the actions (their shortcuts) and the dialogs."""
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self._pending_session = None  # (session, path) while its data set loads
        self._reset_after_data = False
        self.fashion_dir = fashion_mnist_dir()

        def action(*args):
            return make_action(parent, *args)

        self.save_action = action("actionSaveModel", self.save_model_dialog, QKeySequence.StandardKey.Save)
        self.load_action = action("actionLoadModel", self.load_model_dialog, QKeySequence.StandardKey.Open)
        self.export_loss_action = action(
            "actionExportLossPlot", lambda *_: self.export_plot_dialog(host.plots.loss_plot, "loss"))
        self.export_accuracy_action = action(
            "actionExportAccuracyPlot", lambda *_: self.export_plot_dialog(host.plots.accuracy_plot, "accuracy"))
        self.export_csv_action = action("actionExportCsv", self.export_csv_dialog)
        self.light_export_action = action("actionLightExports", self._remember_light_exports)
        self.light_export_action.setCheckable(True)
        self.light_export_action.setChecked(str(host.settings.value(LIGHT_EXPORTS_KEY, "true")).lower() == "true")
        self.save_session_action = action("actionSaveSession", self.save_session_dialog)
        self.open_session_action = action("actionOpenSession", self.open_session_dialog)
        self.open_data_action = action("actionOpenDataFolder", self.open_data_folder_dialog)
        self.mnist_action = action("actionMnist", lambda *_: self.open_data_folder(None, bundled=True))
        self.fashion_action = action("actionFashionMnist", lambda *_: self.open_data_folder(self.fashion_dir))

    def retranslate(self):
        a = set_action_text
        a(self.save_action, self.tr("Save model…"), self.tr("Save the network's weights to a .npz file"))
        a(self.load_action, self.tr("Load model…"), self.tr("Load a network from a .npz model file"))
        a(self.export_loss_action, self.tr("Export loss plot…"),
          self.tr("Save the loss plot as a PNG image (1600 px wide) or an SVG drawing"))
        a(self.export_accuracy_action, self.tr("Export accuracy plot…"),
          self.tr("Save the accuracy plot as a PNG image (1600 px wide) or an SVG drawing"))
        a(self.light_export_action, self.tr("Light background for exported plots"),
          self.tr("In the dark theme, export plots black on white, for slides and print"))
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
          self.tr("Train on Fashion-MNIST") if self.fashion_dir else
          self.tr("Fashion-MNIST: install the Debian package dataset-fashion-mnist to use it"))

    def update_enabled(self, state):
        """Enable what the run ``state`` and the loaded network allow."""
        host = self._host
        idle = state == IDLE
        has_net = host.controller.net is not None
        self.load_action.setEnabled(idle)
        self.save_action.setEnabled(has_net)
        self.save_session_action.setEnabled(idle and has_net)
        self.open_session_action.setEnabled(idle)
        self.open_data_action.setEnabled(idle)
        self.mnist_action.setEnabled(idle and host.data_dir is not None)
        self.fashion_action.setEnabled(idle and self.fashion_dir is not None)

    # -- model files ----------------------------------------------------------------
    def save_model_to(self, path) -> bool:
        host = self._host
        net = host.controller.network_copy()
        if net is None:
            return False
        report = host.controller.last_report
        info = {"steps": host.controller.total_step}
        if report is not None and report.test_acc is not None:
            info.update(test_accuracy=report.test_acc, train_accuracy=report.train_acc)
        if host.controller.dataset is not None:
            info["dataset"] = host.controller.dataset.name
        try:
            save_model(net, path, config=host.controller.config, info=info)
        except (OSError, ValueError) as exc:  # a bad place, a full disk; NaN weights of a diverged run
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not save the model"),
                              self._save_failed_text(path, exc))
            return False
        host.show_status(lambda: self.tr("Saved the model to {0}").format(path), 8000)
        return True

    def _save_failed_text(self, path, exc) -> str:
        """Why a save failed, and where the work is: still in the window, nothing written."""
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if not why.startswith(str(path)):
            why = f"{path}: {why}"
        return self.tr("{0}\n\nNothing was written there; your network and its curves are still in the window, "
                       "as they were.").format(why)

    def load_model_from(self, path) -> bool:
        host = self._host
        if host.controller.state != IDLE:
            host.show_message(QMessageBox.Icon.Information, self.tr("Training is running"),
                       self.tr("Stop training before loading a model."))
            return False
        host.cancel_lessons()
        try:
            net = load_model(path)
        except ModelFileError as exc:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                       self.tr("{0}\n\nThe current model is unchanged.").format(exc))
            return False
        if net.sizes[-1] != host.controller.n_out or net.sizes[0] != host.controller.n_in:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                       self.tr("{0}: this model expects {1} inputs and {2} classes; the data set has "
                               "{3} and {4}.\n\nThe current model is unchanged.").format(
                           path, net.sizes[0], net.sizes[-1], host.controller.n_in, host.controller.n_out))
            return False
        if net.config is not None:
            host.controls.set_config(net.config.replace(bug=None))
        host.controller.set_network(net, reason=NetworkChange(Origin.LOADED_MODEL, Path(path).name))
        host.plots.clear()
        host.status.reset()
        derived = tuple(getattr(net, "config_derived", ()))
        # what was read from the weights rather than the file's settings stays on the status bar until replaced
        host.show_status(lambda: self._loaded_text(path, net, derived), 0 if derived else 8000)
        return True

    def _loaded_text(self, path, net, derived) -> str:
        """'Loaded PATH', and plainly what was taken from the weights instead of the file's own settings."""
        arch = network_name(net.sizes)
        if "config" in derived:
            text = self.tr("Loaded {0}: it had no training settings, so its architecture {1} was read from its "
                           "weights and the other settings are the defaults.").format(path, arch)
        elif set(derived) - {"batch_size"}:
            fields = ", ".join(field_label(name) for name in derived if name != "batch_size")
            text = self.tr("Loaded {0}: its training settings did not match its weights ({2}), so its architecture "
                           "{1} was read from its weights.").format(path, arch, fields)
        elif derived:
            return self.tr("Loaded {0}: its batch size was more than this network can take in one mini-batch, so "
                           "it is now {1:,}.").format(path, net.config.batch_size)
        else:
            return self.tr("Loaded {0}").format(path)
        if "batch_size" in derived:
            text += " " + self.tr("Its batch size was more than this network can take in one mini-batch, so it is "
                                  "now {0:,}.").format(net.config.batch_size)
        return text

    def save_model_dialog(self):
        path, _ = save_path(self._parent, self._host.settings, "model", self.tr("Save model"), "model.npz",
                            self.tr("Model files (*.npz)"))
        if path:
            if not path.endswith(".npz"):
                path += ".npz"
            self.save_model_to(path)

    def load_model_dialog(self):
        path = open_path(self._parent, self._host.settings, "model", self.tr("Load model"),
                         self.tr("Model files (*.npz);;All files (*)"))
        if path:
            self.load_model_from(path)

    # -- exports --------------------------------------------------------------------
    def export_plot_dialog(self, plot, name):
        host = self._host
        path, chosen = save_path(self._parent, host.settings, "plot", self.tr("Export plot"), f"{name}.png",
                                 self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        host.flush_reports()
        try:
            self.export_plot(plot, path)
        except (OSError, ValueError) as exc:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not export the plot"),
                       f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return
        host.show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    def export_plot(self, plot, path) -> None:
        """Export ``plot``; in the dark theme on a light background when the menu says so."""
        if not (self.light_export_action.isChecked() and is_dark(self._parent)):
            export_plot(plot, path)
            return
        with light_plots(self._host.plots, back_to=THEMES["dark"]):
            export_plot(plot, path)

    def _remember_light_exports(self, on: bool) -> None:
        self._host.settings.set_value(LIGHT_EXPORTS_KEY, "true" if on else "false")

    def export_csv_dialog(self):
        host = self._host
        path, _ = save_path(self._parent, host.settings, "csv", self.tr("Export curves"), "curves.csv",
                            self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        host.flush_reports()
        try:
            export_curves_csv(host.plots, path)
        except OSError as exc:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not export the curves"),
                       f"{path}: {exc.strerror or exc}")
            return
        host.show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    # -- sessions -------------------------------------------------------------------
    def save_session_to(self, path) -> bool:
        host = self._host
        host.flush_reports()
        try:
            save_session(path, **session_from_window_state(host.controller, host.plots, data_dir=host.data_dir))
        except (OSError, ValueError) as exc:  # no network, training running, NaN weights; a bad place, a full disk
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not save the session"),
                              self._save_failed_text(path, exc))
            return False
        host.show_status(lambda: self.tr("Saved the session to {0}").format(path), 8000)
        return True

    def open_session_from(self, path) -> bool:
        host = self._host
        if host.controller.state != IDLE:
            host.show_message(QMessageBox.Icon.Information, self.tr("Training is running"),
                       self.tr("Stop training before opening a session."))
            return False
        try:
            session = load_session(path)
        except SessionFileError as exc:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                       self.tr("{0}\n\nThe current session is unchanged.").format(exc))
            return False
        if session_data_loaded(session, host.controller, host.data_dir):
            return self._apply_session(session, path)
        if session.data_dir is not None and not Path(session.data_dir).is_dir():
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                       self.tr("{0}: its data set ({1}) was in {2}, which is not there any more.")
                       .format(path, session.dataset_name, session.data_dir))
            return False
        self._pending_session = (session, path)
        host.load_data_from(session.data_dir)  # data_loaded() applies the session once its data set is loaded
        return True

    def _apply_session(self, session, path) -> bool:
        host = self._host
        try:
            apply_session(session, host.controller, host.plots, host.controls,
                          reason=NetworkChange(Origin.OPENED_SESSION, Path(path).name))
        except ValueError as exc:
            host.show_message(QMessageBox.Icon.Warning, self.tr("Could not open the session"), f"{path}: {exc}")
            return False
        host.status.reset()
        host.hide_banner()
        host.update_buttons()
        derived = tuple(session.config_derived)

        def text():
            opened = self.tr("Opened {0}: {1:,} steps on {2}").format(path, session.total_step, session.dataset_name)
            return " ".join([opened, *self._derived_sentences(session.net, derived)])

        host.show_status(text, 0 if derived else 8000)
        return True

    def _derived_sentences(self, net, derived) -> list[str]:
        """What a session's settings gave way to: the architecture of its weights, a smaller batch."""
        said = []
        fields = [field_label(name) for name in derived if name not in ("config", "batch_size")]
        if fields:
            said.append(self.tr("Its training settings did not match its weights ({0}), so its architecture {1} "
                                "was read from its weights.").format(", ".join(fields), network_name(net.sizes)))
        if "batch_size" in derived:
            said.append(self.tr("Its batch size was more than this network can take in one mini-batch, so it is "
                                "now {0:,}.").format(net.config.batch_size))
        return said

    def save_session_dialog(self):
        path, _ = save_path(self._parent, self._host.settings, "session", self.tr("Save session"), "session.npz",
                            self.tr("Session files (*.npz)"))
        if path:
            self.save_session_to(path if path.endswith(".npz") else path + ".npz")

    def open_session_dialog(self):
        path = open_path(self._parent, self._host.settings, "session", self.tr("Open session"),
                         self.tr("Session files (*.npz);;All files (*)"))
        if path:
            self.open_session_from(path)

    # -- data sets ------------------------------------------------------------------
    def open_data_folder(self, path, bundled: bool = False) -> None:
        """Train on another MNIST-format folder (None + bundled: the bundled MNIST):
        new weights and fresh plots once it has loaded."""
        host = self._host
        if (not path and not bundled) or host.controller.state != IDLE:
            return
        self._reset_after_data = True
        host.load_data_from(None if bundled else path)

    def open_data_folder_dialog(self):
        path = folder_path(self._parent, self._host.settings, "data",
                           self.tr("Choose a folder of MNIST-format files"))
        if path:
            self.open_data_folder(path)

    def data_loaded(self):
        """The host's data set has loaded: new weights for a new folder, or the waiting session."""
        if self._reset_after_data:
            self._reset_after_data = False
            self._host.reset()  # new data set: new weights, fresh plots
        if self._pending_session is not None:
            session, path = self._pending_session
            self._pending_session = None
            self._apply_session(session, path)

    def data_failed(self):
        """The data set did not load (the host keeps the one it had): forget what was to follow."""
        self._pending_session = None
        self._reset_after_data = False
