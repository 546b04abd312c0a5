"""TrainingPlots: buffers, EMA, log scale, ghosts, exports, crosshair, large runs."""
import csv
import math
import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QPalette

from engine import Report
from gui.common.palette import DARK, LIGHT
from gui.train.curve_data import ema
from gui.train.ghosts import MAX_GHOSTS


def make_reports(n, start=1, eval_every=100, seed=0, total=None):
    """A synthetic run: loss decaying from 2.3 with noise, accuracy rising."""
    rng = np.random.default_rng(seed)
    total = total or start + n - 1
    out = []
    for step in range(start, start + n):
        loss = (0.1 + 2.2 * math.exp(-step / 300)) * math.exp(rng.normal(0, 0.2))
        evaluated = step % eval_every == 0
        acc = 0.97 - 0.87 * math.exp(-step / 400) if evaluated else None
        out.append(Report("step", step, step / 600, loss, total, step * 1e-3,
                          acc, acc - 0.01 if evaluated else None, 0.1))
    return out


def ema_reference(x, a):
    """The debiased EMA by the plain loop: m = a m + (1-a) x, divided by 1 - a^(i+1)."""
    out, m = [], 0.0
    for i, v in enumerate(x):
        m = a * m + (1 - a) * v
        out.append(m / (1 - a ** (i + 1)) if a > 0 else m)
    return np.array(out)


def curve_len(curve):
    x, y = curve.getOriginalDataset()
    return 0 if x is None else len(x)


def test_batch_of_1000_gives_1000_points(plots):
    reports = make_reports(1000)
    plots.add_reports(reports)
    assert plots.n_points == 1000
    for curve in (plots.raw_curve, plots.smoothed_curve):
        x, y = curve.getOriginalDataset()
        assert len(x) == len(y) == 1000
    np.testing.assert_array_equal(plots.raw_curve.getOriginalDataset()[0], np.arange(1, 1001))
    np.testing.assert_array_equal(plots.raw_curve.getOriginalDataset()[1], [r.loss for r in reports])


def test_accuracy_points_only_at_evaluations(plots):
    first = Report("step", 0, 0.0, float("nan"), 1000, 0.0, 0.1, 0.09)  # evaluated, no loss yet
    plots.add_reports([first] + make_reports(1000, eval_every=250))
    assert plots.n_points == 1000
    assert plots.n_evals == 5
    x, y = plots.test_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, [0, 250, 500, 750, 1000])
    assert y[0] == pytest.approx(0.09)
    assert curve_len(plots.train_curve) == 5


@pytest.mark.parametrize("a", [0.0, 0.01, 0.3, 0.6, 0.9, 0.99, 0.999])
def test_ema_matches_reference_loop(a):
    x = np.random.default_rng(1).lognormal(0.0, 1.0, 9000)  # many blocks for every a
    np.testing.assert_allclose(ema(x, a), ema_reference(x, a), rtol=1e-9, atol=0)


@pytest.mark.parametrize("a", [0.5, 0.9, 0.999])
def test_incremental_and_recomputed_ema_agree_with_reference(plots, a):
    plots.set_smoothing(a)
    reports = make_reports(3000)
    for i in range(0, 3000, 337):  # odd batch sizes straddle the EMA blocks
        plots.add_reports(reports[i:i + 337])
    losses = np.array([r.loss for r in reports])
    np.testing.assert_allclose(plots.smoothed_curve.getOriginalDataset()[1], ema_reference(losses, a), rtol=1e-9)
    plots.set_smoothing(0.95)  # a change recomputes everything; later appends continue it
    plots.add_reports(make_reports(500, start=3001, seed=2))
    losses = np.concatenate([losses, [r.loss for r in make_reports(500, start=3001, seed=2)]])
    np.testing.assert_allclose(plots.smoothed_curve.getOriginalDataset()[1], ema_reference(losses, 0.95), rtol=1e-9)


def test_ema_rejects_smoothing_of_one():
    with pytest.raises(ValueError):
        ema([1.0, 2.0], 1.0)


def test_smoothing_zero_shows_raw_losses(plots):
    plots.set_smoothing(0.0)
    plots.add_reports(make_reports(100))
    np.testing.assert_array_equal(plots.smoothed_curve.getOriginalDataset()[1], plots.raw_curve.getOriginalDataset()[1])


def test_log_y_toggle_sets_log_mode(plots):
    plots.add_reports(make_reports(200))
    log_check = plots.findChild(type(plots.log_check), "logY")
    log_check.setChecked(True)
    assert plots.loss_plot.getAxis("left").logMode
    assert plots.loss_plot.plotItem.ctrl.logYCheck.isChecked()
    assert not plots.accuracy_plot.getAxis("left").logMode
    log_check.setChecked(False)
    assert not plots.loss_plot.getAxis("left").logMode


def test_nonfinite_loss_is_ignored_and_history_kept(plots, qtbot):
    plots.add_reports(make_reports(100))
    diverged = [Report("step", 101, 0.2, float("inf"), 200, 0.1),
                Report("diverged", 102, 0.2, float("nan"), 200, 0.1)]
    plots.add_reports(diverged)
    assert plots.n_points == 100
    assert plots.n_nonfinite == 2
    y = plots.raw_curve.getOriginalDataset()[1]
    assert np.isfinite(y).all() and len(y) == 100
    plots.show()
    qtbot.waitExposed(plots)
    plots.loss_plot.getViewBox().autoRange()
    (x0, x1), (y0, y1) = plots.loss_plot.getViewBox().viewRange()
    assert all(math.isfinite(v) for v in (x0, x1, y0, y1))
    assert y1 < 10


def test_zero_loss_on_log_scale_draws_without_warnings(plots, qtbot):
    reports = make_reports(50)
    reports[10] = Report("step", 11, 0.0, 0.0, 50, 0.0)
    plots.add_reports(reports)
    plots.log_check.setChecked(True)
    plots.show()
    qtbot.waitExposed(plots)
    plots.grab()  # paints: a warning here would fail the test


def test_stopped_report_at_same_step_adds_no_duplicate(plots):
    plots.add_reports(make_reports(100))
    stopped = Report("stopped", 100, 0.2, plots.raw_curve.getOriginalDataset()[1][-1], 200, 0.1, 0.5, 0.45)
    plots.add_reports([stopped])
    assert plots.n_points == 100
    assert plots.n_evals == 1  # step 100 was evaluated already: replaced, not repeated
    assert plots.test_curve.getOriginalDataset()[1][-1] == pytest.approx(0.45)


def test_clear_empties_everything(plots):
    plots.add_reports(make_reports(300))
    plots.clear()
    assert plots.n_points == 0 and plots.n_evals == 0
    for curve in (plots.raw_curve, plots.smoothed_curve, plots.train_curve, plots.test_curve):
        assert curve_len(curve) == 0
    plots.add_reports(make_reports(10))  # and starts again cleanly
    np.testing.assert_allclose(plots.smoothed_curve.getOriginalDataset()[1],
                               ema_reference([r.loss for r in make_reports(10)], plots.smoothing))


def test_finish_run_keeps_a_ghost_and_starts_fresh(plots):
    curves = (plots.raw_curve, plots.smoothed_curve, plots.train_curve, plots.test_curve)
    plots.add_reports(make_reports(500))
    assert plots.finish_run("lr 0.1")
    assert plots.ghost_labels == ["lr 0.1"]
    assert plots.n_points == 0 and plots.n_evals == 0
    assert (plots.raw_curve, plots.smoothed_curve, plots.train_curve, plots.test_curve) == curves
    ghost_items = [item for item in plots.loss_plot.listDataItems() if item not in curves]
    assert len(ghost_items) == 1 and curve_len(ghost_items[0]) == 500
    assert "lr 0.1" in [label.text for _, label in plots.loss_legend.items]
    # The accuracy legend names the current run only: ghosts there covered the accuracy curves.
    assert "lr 0.1" not in [label.text for _, label in plots.accuracy_legend.items]
    plots.add_reports(make_reports(20))
    assert plots.n_points == 20
    assert plots.finish_run("")  # an empty label gets a default name
    assert plots.ghost_labels == ["lr 0.1", "run 2"]
    assert plots.finish_run("nothing") is False  # nothing to keep right after a finish
    assert plots.ghost_labels == ["lr 0.1", "run 2"]


def test_ghosts_are_capped_hidden_and_cleared(plots):
    for k in range(MAX_GHOSTS + 3):
        plots.add_reports(make_reports(50, seed=k))
        plots.finish_run(f"run {k}")
    assert plots.ghost_labels == [f"run {k}" for k in range(3, MAX_GHOSTS + 3)]
    assert len(plots.loss_plot.listDataItems()) == 2 + MAX_GHOSTS
    assert len(plots.accuracy_plot.listDataItems()) == 2 + MAX_GHOSTS
    plots.set_ghosts_visible(False)
    assert len(plots.loss_legend.items) == 2
    ghosts = plots.loss_plot.listDataItems()[2:]
    assert not any(item.isVisible() for item in ghosts)
    plots.set_ghosts_visible(True)
    assert len(plots.loss_legend.items) == 2 + MAX_GHOSTS
    assert all(item.isVisible() for item in ghosts)
    colours = [g.colour for g in plots._ghosts]
    plots.add_reports(make_reports(50))
    plots.finish_run("one more")  # dropping the oldest does not recolour the others
    assert [g.colour for g in plots._ghosts][:-1] == colours[1:]
    plots.clear_ghosts()
    assert plots.ghost_labels == []
    assert len(plots.loss_plot.listDataItems()) == 2
    assert len(plots.accuracy_legend.items) == 2


def test_curves_are_created_once(plots):
    before = (plots.raw_curve, plots.smoothed_curve, plots.train_curve, plots.test_curve)
    items_before = plots.loss_plot.listDataItems() + plots.accuracy_plot.listDataItems()
    reports = make_reports(5000)
    for i in range(0, 5000, 100):
        plots.add_reports(reports[i:i + 100])
    plots.set_smoothing(0.5)
    plots.log_check.setChecked(True)
    assert (plots.raw_curve, plots.smoothed_curve, plots.train_curve, plots.test_curve) == before
    assert plots.loss_plot.listDataItems() + plots.accuracy_plot.listDataItems() == items_before


def test_buffers_grow_past_initial_capacity(plots):
    capacity = plots._loss.capacity
    reports = make_reports(capacity * 5 + 7, eval_every=7)
    for i in range(0, len(reports), 333):
        plots.add_reports(reports[i:i + 333])
    assert plots._loss.capacity >= len(reports) > capacity
    x, y = plots.raw_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, [r.step for r in reports])
    np.testing.assert_array_equal(y, [r.loss for r in reports])
    evaluated = [r for r in reports if r.evaluated]
    assert plots.n_evals == len(evaluated) > 64
    np.testing.assert_array_equal(plots.train_curve.getOriginalDataset()[1], [r.train_acc for r in evaluated])


def test_export_csv_rows(plots, tmp_path):
    reports = [Report("step", 0, 0.0, float("nan"), 4, 0.0, 0.1, 0.2)]
    reports += [Report("step", s, s / 2, 2.0 / s, 4, 0.0,
                       0.5 + s / 10 if s % 2 == 0 else None, 0.4 + s / 10 if s % 2 == 0 else None)
                for s in range(1, 5)]
    plots.set_smoothing(0.5)
    plots.add_reports(reports)
    path = tmp_path / "run.csv"
    plots.export_csv(path)
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["step", "loss", "smoothed", "train_acc", "test_acc"]
    assert [row[0] for row in rows[1:]] == ["0", "1", "2", "3", "4"]
    assert rows[1][1:3] == ["", ""] and float(rows[1][3]) == 0.1 and float(rows[1][4]) == 0.2
    assert rows[2][3:] == ["", ""] and rows[4][3:] == ["", ""]
    assert float(rows[3][3]) == pytest.approx(0.7) and float(rows[5][4]) == pytest.approx(0.8)
    losses = [2.0 / s for s in range(1, 5)]
    assert [float(row[1]) for row in rows[2:]] == losses
    np.testing.assert_allclose([float(row[2]) for row in rows[2:]], ema_reference(losses, 0.5))


def test_crosshair_readout_follows_the_mouse(plots, qtbot):
    plots.add_reports(make_reports(1000, eval_every=200))
    plots.show()
    qtbot.waitExposed(plots)
    text = plots.show_readout_at(401.3)
    assert text.startswith("step 401: loss ")
    assert "(smoothed " in text and "step 400: train acc" in text and "test acc" in text
    assert plots.findChild(type(plots.readout), "plotReadout").text() == text
    # Through the mouse handler, as the SignalProxy delivers it.
    view = plots.accuracy_plot.getViewBox()
    qtbot.waitUntil(lambda: view.viewRange()[0][1] > 1000)  # the linked x range follows the loss plot
    scene_pos = view.mapViewToScene(QPointF(650.2, 0.5))
    plots._on_mouse_moved(plots.accuracy_plot, (scene_pos,))
    assert plots.readout.text().startswith("step 650: loss")
    assert "step 600: train acc" in plots.readout.text()
    assert all(line.isVisible() and line.value() == 650 for line in plots._crosshairs)


def test_font_scale_grows_fonts_and_lines(plots):
    axis = plots.loss_plot.getAxis("bottom")
    size = axis.style["tickFont"].pointSizeF()
    assert size >= 11
    width = plots.smoothed_curve.opts["pen"].widthF()
    plots.set_font_scale(2.0)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(2 * size)
    assert plots.smoothed_curve.opts["pen"].widthF() == pytest.approx(2 * width)
    plots.set_font_scale(10)  # clamped
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(2 * size)


def test_widgets_have_names_tooltips_and_labels(plots):
    for name in ("smoothing", "logY", "lossPlot", "accuracyPlot"):
        widget = plots.findChild(pg.QtWidgets.QWidget, name)
        assert widget is not None and widget.toolTip(), name
    assert plots.findChild(pg.QtWidgets.QWidget, "plotReadout") is not None
    assert "EMA" in plots.findChild(pg.QtWidgets.QWidget, "smoothing").toolTip() or \
        "moving average" in plots.findChild(pg.QtWidgets.QWidget, "smoothing").toolTip()
    assert plots.loss_plot.getAxis("bottom").labelText == "step"
    assert plots.loss_plot.getAxis("left").labelText == "loss"
    assert plots.accuracy_plot.getAxis("left").labelText == "accuracy"
    assert plots.loss_plot.plotItem.titleLabel.text and plots.accuracy_plot.plotItem.titleLabel.text
    assert plots.accuracy_plot.getViewBox().viewRange()[1] == pytest.approx([-0.06, 1.06])


def test_100k_points_in_batches_of_500(plots, qtbot):
    plots.show()
    qtbot.waitExposed(plots)
    reports = make_reports(100_000, eval_every=600)
    start = time.perf_counter()
    for i in range(0, len(reports), 500):
        plots.add_reports(reports[i:i + 500])
        if i % 10_000 == 0:
            QCoreApplication.processEvents()  # let it paint now and then, as the app would
    plots.set_smoothing(0.99)
    plots.grab()
    elapsed = time.perf_counter() - start
    assert plots.n_points == 100_000 and curve_len(plots.smoothed_curve) == 100_000
    print(f"100k points in batches of 500: {elapsed:.2f} s")  # informative only, not asserted


def test_curves_take_the_theme_colours(plots):
    plots.add_reports(make_reports(50))
    plots.finish_run("light")
    ghost = next(iter(plots._ghosts))
    assert plots.smoothed_curve.opts["pen"].color().name() == LIGHT.accent.lower()
    assert plots.test_curve.opts["pen"].color().name() == LIGHT.second.lower()
    light_ghost = ghost.loss_item.opts["pen"].color()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1b1d20"))
    plots.setPalette(dark)  # what a theme switch does
    assert plots.smoothed_curve.opts["pen"].color().name() == DARK.accent.lower()
    assert plots.raw_curve.opts["pen"].color().name() == DARK.faint.lower()
    assert ghost.colour == DARK.ghost[0]
    # paled towards the dark background, not towards white
    assert ghost.loss_item.opts["pen"].color().lightness() < light_ghost.lightness()
