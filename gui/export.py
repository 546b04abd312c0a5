"""What the File menu saves and opens, apart from the window itself.

* ``export_plot``: one pyqtgraph plot as PNG (1600 px wide by default, crisp
  on a projector slide) or SVG (vector, for print), chosen by the extension.
* ``export_curves_csv``: the current run's numbers (``TrainingPlots.export_csv``).
* Sessions: ``session_from_window_state`` gathers what ``engine.session``
  saves from a RunController and a TrainingPlots; ``apply_session`` puts a
  loaded Session back. ``plot_curves`` / ``restore_curves`` move the curves
  out of and into a TrainingPlots exactly (bit for bit), the way back going
  through the plots' public ``add_reports`` with synthetic engine Reports.
* Data sets: ``choose_data_dir`` (a folder dialog) and ``fashion_mnist_dir``
  (Debian's dataset-fashion-mnist, if installed).

None of these needs the MainWindow; messages meant for the user go through
Qt's translation (context "Export").
"""
from __future__ import annotations

import contextlib
import math
import os
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 (registers ImageExporter and SVGExporter)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from engine import CURVE_KEYS, Report, atomic_path

from .common.network_change import NetworkChange, Origin
from .common.run_state import IDLE

__all__ = [
    "PLOT_EXPORT_WIDTH", "FASHION_MNIST_DIR",
    "export_plot", "export_curves_csv",
    "plot_curves", "restore_curves",
    "session_from_window_state", "apply_session", "session_data_loaded",
    "choose_data_dir", "fashion_mnist_dir",
]

# 1600 px: sharp on a 1080p projector slide, and about twice the on-screen
# size, so lines and fonts scale up together.
PLOT_EXPORT_WIDTH = 1600
FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist"  # Debian's dataset-fashion-mnist
_IDX_STEMS = (("train-images", 3), ("train-labels", 1), ("t10k-images", 3), ("t10k-labels", 1))
_RESTORE_CHUNK = 50_000  # reports per add_reports call: bounded memory for long runs


# ------------------------------------------------------------------ files ----

def _atomic_write(path: Path, write) -> None:
    """``write(tmp_path)`` into a temporary file beside ``path``, then rename it into place.

    A failed export leaves no half-written file behind (nor replaces a good one).
    """
    with atomic_path(path) as tmp:
        write(str(tmp))


# ----------------------------------------------------------------- plots ----

def export_plot(plot_widget: pg.PlotWidget, path, *, width: int = PLOT_EXPORT_WIDTH) -> Path:
    """Save one plot (axes, title, legend and curves) as ``.png`` or ``.svg``.

    PNG: ``width`` pixels wide, the height keeping the plot's shape; fonts and
    lines scale with it. SVG: vector paths, as large as the plot on screen.
    The crosshair (any visible InfiniteLine) is left out. Raises ValueError
    for any other extension, OSError if the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(QCoreApplication.translate(
            "Export", "Cannot export a plot as '{0}': use .png (image) or .svg (vector graphics).")
                         .format(suffix or path.name))
    item = plot_widget.getPlotItem()
    rect = item.sceneBoundingRect()
    if rect.width() < 1 or rect.height() < 1:
        raise ValueError(QCoreApplication.translate("Export",
                                                    "The plot has no size yet; show it before exporting it."))
    cursors = [i for i in item.items if isinstance(i, pg.InfiniteLine) and i.isVisible()]
    for line in cursors:
        line.setVisible(False)
    try:
        if suffix == ".png":
            exporter = pg.exporters.ImageExporter(item)
            exporter.parameters()["width"] = int(width)  # the height follows the aspect ratio
            image = exporter.export(toBytes=True)

            def write(tmp):
                if not image.save(tmp, "PNG"):
                    raise OSError(QCoreApplication.translate("Export", "Could not write the image {0}").format(path))
        else:
            with _svg_closed_paths_workaround():
                data = pg.exporters.SVGExporter(item).export(toBytes=True)

            def write(tmp):
                with open(tmp, "wb") as f:
                    f.write(data)
    finally:
        for line in cursors:
            line.setVisible(True)
    _atomic_write(path, write)
    return path


def _close_paths_explicitly(node) -> None:
    """Replace each 'Z' (close path) in the <path>s under ``node`` by a line back to the subpath's start.

    Recent Qt 6 (6.11 here) ends closed paths (the view box's frame, the
    legend's box) with ' Z', which pyqtgraph 0.14's SVGExporter cannot parse:
    every plot export fails (pyqtgraph issue #3495, a fix proposed in PR
    #3458). A line to the start draws the same outline, and a fill closes the
    path anyway; an exporter that understands 'Z' is not bothered by this.
    """
    for path in node.getElementsByTagName("path"):
        d = path.getAttribute("d")
        if "Z" not in d and "z" not in d:
            continue
        tokens, start = [], None
        for token in d.split():
            if token[:1] in ("M", "m"):
                start = token[1:]
            if token in ("Z", "z"):
                if start is not None:
                    tokens.append("L" + start)
                continue
            tokens.append(token)
        path.setAttribute("d", " ".join(tokens))


@contextlib.contextmanager
def _svg_closed_paths_workaround():
    """While exporting: let pyqtgraph's SVG exporter see closed paths it can parse."""
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        _close_paths_explicitly(node)
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def export_curves_csv(plots, path) -> Path:
    """The current run's curves as CSV (see ``TrainingPlots.export_csv``)."""
    plots.export_csv(path)
    return Path(path)


def plot_curves(plots) -> dict:
    """Copies of the current run's curves: {'loss_step', 'loss', 'eval_step', 'train_acc', 'test_acc'}.

    float64 arrays, as the plots hold them (a train accuracy that was not
    measured is NaN). The smoothed loss is not included: it follows the
    smoothing slider and is recomputed by ``restore_curves``.
    """
    # TrainingPlots has no public read-out of its buffers (yet): read them here, copying.
    loss, evals = plots._loss, plots._evals
    return {
        "loss_step": loss["step"].copy(),
        "loss": loss["loss"].copy(),
        "eval_step": evals["step"].copy(),
        "train_acc": evals["train"].copy(),
        "test_acc": evals["test"].copy(),
    }


def restore_curves(plots, curves: dict) -> None:
    """Replace the current run on ``plots`` with ``curves`` (as from ``plot_curves``).

    Goes through ``plots.add_reports`` with one synthetic Report per step, so
    ``plot_curves(plots)`` then gives back exactly ``curves``. Ghosts stay.
    Raises ValueError for curves of unequal lengths or steps that do not increase.
    """
    arrays = {key: np.asarray(curves[key], dtype=np.float64) for key in CURVE_KEYS}
    loss_step, loss = arrays["loss_step"], arrays["loss"]
    eval_step, train, test = arrays["eval_step"], arrays["train_acc"], arrays["test_acc"]
    if loss_step.shape != loss.shape or not eval_step.shape == train.shape == test.shape:
        raise ValueError(QCoreApplication.translate("Export", "The curves have mismatched lengths."))
    if np.any(np.diff(loss_step) <= 0) or np.any(np.diff(eval_step) <= 0):
        raise ValueError(QCoreApplication.translate("Export", "The steps of the curves must increase."))
    plots.clear()
    if loss_step.size == 0 and eval_step.size == 0:
        return
    # One report per step that has a loss point, an evaluation, or both.
    steps = np.union1d(loss_step, eval_step)
    has_loss = np.isin(steps, loss_step)
    has_eval = np.isin(steps, eval_step)
    loss_at = np.full(steps.shape, math.nan)
    loss_at[has_loss] = loss
    train_at = np.full(steps.shape, math.nan)
    train_at[has_eval] = train
    test_at = np.full(steps.shape, math.nan)
    test_at[has_eval] = test
    total = int(steps[-1])
    nonfinite = plots.n_nonfinite
    rows = zip(steps.tolist(), loss_at.tolist(), has_eval.tolist(), train_at.tolist(), test_at.tolist())
    batch = []
    for step, loss_value, evaluated, train_value, test_value in rows:
        if evaluated:
            batch.append(Report("step", int(step), 0.0, loss_value, total, 0.0,
                                None if math.isnan(train_value) else train_value, test_value))
        else:
            batch.append(Report("step", int(step), 0.0, loss_value, total, 0.0))
        if len(batch) >= _RESTORE_CHUNK:
            plots.add_reports(batch)
            batch = []
    if batch:
        plots.add_reports(batch)
    # An evaluation without a loss point came in as a NaN loss; that is not a diverged step.
    plots.n_nonfinite = nonfinite


# --------------------------------------------------------------- sessions ----

def session_from_window_state(controller, plots, *, data_dir=None, info: dict | None = None) -> dict:
    """The keyword arguments of ``engine.session.save_session`` for the window as it is.

    controller : RunController (idle: a stopped, finished or not yet started run)
    plots : TrainingPlots showing the network's run
    data_dir : the folder the data set was loaded from (None: bundled MNIST)
    info : extra facts to keep; the plots' smoothing and log scale are added

    Raises ValueError (a message for the user) when there is no network or a
    run is going on: the weights, the step count and the curves must be of
    one moment. Use: ``save_session(path, **session_from_window_state(...))``.
    """
    if controller.net is None:
        raise ValueError(QCoreApplication.translate("Export", "There is no network to save yet."))
    if controller.state != IDLE:
        raise ValueError(QCoreApplication.translate("Export", "Stop training before saving the session."))
    dataset = controller.dataset
    if dataset is not None:
        name = dataset.name
    else:
        name = "MNIST" if data_dir is None else Path(data_dir).name
    info = dict(info or {})
    info["plots"] = {"smoothing": plots.smoothing, "log_y": plots.log_check.isChecked()}
    return dict(
        net=controller.network_copy(),
        config=controller.config,
        curves=plot_curves(plots),
        total_step=int(controller.total_step),
        dataset_name=name,
        data_dir=None if data_dir is None else os.path.abspath(os.fspath(data_dir)),
        info=info,
    )


def _same_dir(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return os.path.realpath(os.fspath(a)) == os.path.realpath(os.fspath(b))


def session_data_loaded(session, controller, data_dir) -> bool:
    """True if the controller's data set (loaded from ``data_dir``) is the session's.

    If not, the window loads ``session.data_dir`` first, then applies the session.
    """
    dataset = controller.dataset
    return dataset is not None and dataset.name == session.dataset_name and _same_dir(data_dir, session.data_dir)


def apply_session(session, controller, plots, controls=None, *, reason: NetworkChange | None = None) -> None:
    """Put a loaded Session back: network, step count, config, curves, plot view.

    The controller adopts ``session.net`` (its weights and planted bug) and
    counts steps on from ``session.total_step``; the plots show the session's
    curves (ghosts stay); ``controls`` (a ControlsPanel, optional) shows its
    config. Start then trains on from the saved weights: a new run with fresh
    optimizer state, as after loading a model.

    Raises ValueError (a message for the user; nothing changed) while a run
    is going on, or if the network does not fit the loaded data set.
    """
    if controller.state != IDLE:
        raise ValueError(QCoreApplication.translate("Export", "Stop training before opening a session."))
    net = session.net
    if controller.dataset is not None and (net.sizes[0], net.sizes[-1]) != (controller.n_in, controller.n_out):
        raise ValueError(
            QCoreApplication.translate("Export", "This session's network expects {0} inputs and {1} classes; "
                                                 "the data set has {2} and {3}.")
            .format(net.sizes[0], net.sizes[-1], controller.n_in, controller.n_out))
    view = session.info.get("plots") if isinstance(session.info, dict) else None
    if isinstance(view, dict):
        smoothing = view.get("smoothing")
        if isinstance(smoothing, (int, float)) and not isinstance(smoothing, bool) and 0 <= smoothing < 1:
            plots.set_smoothing(float(smoothing))
        if isinstance(view.get("log_y"), bool):
            plots.log_check.setChecked(view["log_y"])
    controller.set_network(net, reason or NetworkChange(Origin.OPENED_SESSION), total_step=session.total_step)
    restore_curves(plots, session.curves)
    plots.set_x_span(None)
    if controls is not None:
        # The net's own bug (normally the config's): what the next Start will train.
        controls.set_config(session.config.replace(bug=net.bug))


# -------------------------------------------------------------- data sets ----

def fashion_mnist_dir(root=FASHION_MNIST_DIR) -> str | None:
    """``root`` if it holds the four Fashion-MNIST IDX files (Debian's dataset-fashion-mnist), else None.

    Accepts the names ``load_dataset`` accepts: 'train-images-idx3-ubyte' or
    'train-images.idx3-ubyte', gzip-compressed ('.gz') or not.
    """
    folder = Path(root)
    if not folder.is_dir():
        return None
    for stem, rank in _IDX_STEMS:
        names = [f"{stem}{sep}idx{rank}-ubyte{ext}" for sep in "-." for ext in ("", ".gz")]
        if not any((folder / name).is_file() for name in names):
            return None
    return str(folder)


def choose_data_dir(parent=None, start: str | None = None) -> str | None:
    """Ask for a folder of MNIST-format IDX files; None if the user cancels."""
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Export", "Choose a folder of MNIST-format files"), start or "")
    return path or None
