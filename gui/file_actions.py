"""The File menu's actions: model files, sessions, exports and data sets, with their dialogs.

``FileActions`` is a child of the main window and reaches it through a narrow
interface: its ``controller``, ``plots``, ``controls``, ``status``,
``lesson_runner`` and ``data_dir``; ``load_data()`` and ``reset()``; and its
helpers ``_action``, ``_set_action_text``, ``_message``, ``_show_status``,
``_hide_banner``, ``_update_buttons`` and ``_flush_reports``. The window loads
data sets; this object decides what follows a load (fresh weights, a session).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import ModelFileError, SessionFileError, load_model, load_session, save_model, save_session

from .export import (
    apply_session,
    choose_data_dir,
    export_curves_csv,
    export_plot,
    fashion_mnist_dir,
    session_data_loaded,
    session_from_window_state,
)
from .common.run_state import IDLE

__all__ = ["FileActions"]


class FileActions(QObject):
    """Save and load models and sessions, export plots and curves, switch data sets."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._pending_session = None  # (session, path, previous data_dir) while its data set loads
        self._restore_data_dir = None  # data_dir to go back to if a new data folder fails
        self._reset_after_data = False
        self.fashion_dir = fashion_mnist_dir()

        action = window._action
        self.save_action = action("actionSaveModel", self.save_model_dialog, QKeySequence.StandardKey.Save)
        self.load_action = action("actionLoadModel", self.load_model_dialog, QKeySequence.StandardKey.Open)
        self.export_loss_action = action(
            "actionExportLossPlot", lambda *_: self.export_plot_dialog(window.plots.loss_plot, "loss"))
        self.export_accuracy_action = action(
            "actionExportAccuracyPlot", lambda *_: self.export_plot_dialog(window.plots.accuracy_plot, "accuracy"))
        self.export_csv_action = action("actionExportCsv", self.export_csv_dialog)
        self.save_session_action = action("actionSaveSession", self.save_session_dialog)
        self.open_session_action = action("actionOpenSession", self.open_session_dialog)
        self.open_data_action = action("actionOpenDataFolder", self.open_data_folder_dialog)
        self.mnist_action = action("actionMnist", lambda *_: self.open_data_folder(None, bundled=True))
        self.fashion_action = action("actionFashionMnist", lambda *_: self.open_data_folder(self.fashion_dir))

    def retranslate(self):
        a = self._window._set_action_text
        a(self.save_action, self.tr("Save model…"), self.tr("Save the network's weights to a .npz file"))
        a(self.load_action, self.tr("Load model…"), self.tr("Load a network from a .npz model file"))
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
          self.tr("Train on Fashion-MNIST") if self.fashion_dir else
          self.tr("Fashion-MNIST: install the Debian package dataset-fashion-mnist to use it"))

    def update_enabled(self, state):
        """Enable what the run ``state`` and the loaded network allow."""
        w = self._window
        idle = state == IDLE
        has_net = w.controller.net is not None
        self.load_action.setEnabled(idle)
        self.save_action.setEnabled(has_net)
        self.save_session_action.setEnabled(idle and has_net)
        self.open_session_action.setEnabled(idle)
        self.open_data_action.setEnabled(idle)
        self.mnist_action.setEnabled(idle and w.data_dir is not None)
        self.fashion_action.setEnabled(idle and self.fashion_dir is not None)

    # -- model files ----------------------------------------------------------------
    def save_model_to(self, path) -> bool:
        w = self._window
        net = w.controller.network_copy()
        if net is None:
            return False
        report = w.controller.last_report
        info = {"steps": w.controller.total_step}
        if report is not None and report.test_acc is not None:
            info.update(test_accuracy=report.test_acc, train_accuracy=report.train_acc)
        if w.controller.dataset is not None:
            info["dataset"] = w.controller.dataset.name
        try:
            save_model(net, path, config=w.controller.config, info=info)
        except OSError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not save the model"),
                       f"{path}: {exc.strerror or exc}")
            return False
        w._show_status(lambda: self.tr("Saved the model to {0}").format(path), 8000)
        return True

    def load_model_from(self, path) -> bool:
        w = self._window
        if w.controller.state != IDLE:
            w._message(QMessageBox.Icon.Information, self.tr("Training is running"),
                       self.tr("Stop training before loading a model."))
            return False
        w.lesson_runner.cancel()
        try:
            net = load_model(path)
        except ModelFileError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                       self.tr("{0}\n\nThe current model is unchanged.").format(exc))
            return False
        if net.sizes[-1] != w.controller.n_out or net.sizes[0] != w.controller.n_in:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not load the model"),
                       self.tr("{0}: this model expects {1} inputs and {2} classes; the data set has "
                               "{3} and {4}.\n\nThe current model is unchanged.").format(
                           path, net.sizes[0], net.sizes[-1], w.controller.n_in, w.controller.n_out))
            return False
        if net.config is not None:
            w.controls.set_config(net.config.replace(bug=None))
        w.controller.set_network(net, reason=f"loaded from {Path(path).name}")
        w.plots.clear()
        w.status.reset()
        w._show_status(lambda: self.tr("Loaded {0}").format(path), 8000)
        return True

    def save_model_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save model"), "model.npz",
                                              self.tr("Model files (*.npz)"))
        if path:
            if not path.endswith(".npz"):
                path += ".npz"
            self.save_model_to(path)

    def load_model_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Load model"), "",
                                              self.tr("Model files (*.npz);;All files (*)"))
        if path:
            self.load_model_from(path)

    # -- exports --------------------------------------------------------------------
    def export_plot_dialog(self, plot, name):
        w = self._window
        path, chosen = QFileDialog.getSaveFileName(w, self.tr("Export plot"), f"{name}.png",
                                                   self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        w._flush_reports()
        try:
            export_plot(plot, path)
        except (OSError, ValueError) as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not export the plot"),
                       f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return
        w._show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    def export_csv_dialog(self):
        w = self._window
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Export curves"), "curves.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        w._flush_reports()
        try:
            export_curves_csv(w.plots, path)
        except OSError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not export the curves"),
                       f"{path}: {exc.strerror or exc}")
            return
        w._show_status(lambda: self.tr("Saved {0}").format(path), 8000)

    # -- sessions -------------------------------------------------------------------
    def save_session_to(self, path) -> bool:
        w = self._window
        w._flush_reports()
        try:
            save_session(path, **session_from_window_state(w.controller, w.plots, data_dir=w.data_dir))
        except ValueError as exc:  # no network, training running, NaN weights of a diverged run
            w._message(QMessageBox.Icon.Warning, self.tr("Could not save the session"), str(exc))
            return False
        except OSError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not save the session"),
                       f"{path}: {exc.strerror or exc}")
            return False
        w._show_status(lambda: self.tr("Saved the session to {0}").format(path), 8000)
        return True

    def open_session_from(self, path) -> bool:
        w = self._window
        if w.controller.state != IDLE:
            w._message(QMessageBox.Icon.Information, self.tr("Training is running"),
                       self.tr("Stop training before opening a session."))
            return False
        try:
            session = load_session(path)
        except SessionFileError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                       self.tr("{0}\n\nThe current session is unchanged.").format(exc))
            return False
        if session_data_loaded(session, w.controller, w.data_dir):
            return self._apply_session(session, path)
        if session.data_dir is not None and not Path(session.data_dir).is_dir():
            w._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"),
                       self.tr("{0}: its data set ({1}) was in {2}, which is not there any more.")
                       .format(path, session.dataset_name, session.data_dir))
            return False
        self._pending_session = (session, path, w.data_dir)
        w.data_dir = session.data_dir
        w.load_data()  # data_loaded() applies the session once its data set is loaded
        return True

    def _apply_session(self, session, path) -> bool:
        w = self._window
        try:
            apply_session(session, w.controller, w.plots, w.controls,
                          reason="session {0}".format(Path(path).name))  # translated when shown
        except ValueError as exc:
            w._message(QMessageBox.Icon.Warning, self.tr("Could not open the session"), f"{path}: {exc}")
            return False
        w.status.reset()
        w._hide_banner()
        w._update_buttons()
        w._show_status(lambda: self.tr("Opened {0}: {1:,} steps on {2}")
                       .format(path, session.total_step, session.dataset_name), 8000)
        return True

    def save_session_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save session"), "session.npz",
                                              self.tr("Session files (*.npz)"))
        if path:
            self.save_session_to(path if path.endswith(".npz") else path + ".npz")

    def open_session_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open session"), "",
                                              self.tr("Session files (*.npz);;All files (*)"))
        if path:
            self.open_session_from(path)

    # -- data sets ------------------------------------------------------------------
    def open_data_folder(self, path, bundled: bool = False) -> None:
        """Train on another MNIST-format folder (None + bundled: the bundled MNIST):
        new weights and fresh plots once it has loaded."""
        w = self._window
        if (not path and not bundled) or w.controller.state != IDLE:
            return
        self._restore_data_dir, w.data_dir = w.data_dir, (None if bundled else path)
        self._reset_after_data = True
        w.load_data()

    def open_data_folder_dialog(self):
        path = choose_data_dir(self._window, self._window.data_dir)
        if path:
            self.open_data_folder(path)

    def data_loaded(self):
        """The window's data set has loaded: new weights for a new folder, or the waiting session."""
        if self._reset_after_data:
            self._reset_after_data = False
            self._window.reset()  # new data set: new weights, fresh plots
        if self._pending_session is not None:
            session, path, _ = self._pending_session
            self._pending_session = None
            self._apply_session(session, path)

    def data_failed(self):
        """The data set did not load: go back to the folder that was loaded before."""
        if self._pending_session is not None:
            self._window.data_dir = self._pending_session[2]
            self._pending_session = None
        elif self._reset_after_data:
            self._window.data_dir, self._reset_after_data = self._restore_data_dir, False
