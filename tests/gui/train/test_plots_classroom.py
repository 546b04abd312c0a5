"""Issue 15 (classroom-ready): the training plots, status and speed pieces on their own.

Geometry and state: view ranges, marker sizes, labels; no sleeps, no timings.
"""
import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication

from engine import Report
from gui.train.plot_items import TEST_MARKER, TRAIN_MARKER
from gui.train.speed import SPEEDS, SpeedControl
from gui.train.status import RunStatus
from gui.train.step_axis import MIN_SPAN, round_up, run_window
from gui.train.worker import step_delay


def reports(steps, loss=lambda s: 2.3 * math.exp(-s / 300) + 0.1, lr=lambda s: 0.1, total=None, eval_every=100):
    return [Report("step", s, s / 600, loss(s), total or steps[-1], s * 1e-3,
                   0.9 if s % eval_every == 0 else None, 0.88 if s % eval_every == 0 else None, lr(s))
            for s in steps]


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


def x_range(plots):
    return plots.loss_plot.getViewBox().viewRange()[0]


def test_item1_a_short_diverged_run_fills_the_plot_and_its_spike_is_on_the_axis(plots):
    plots.set_x_span(10_000, 0)
    spike = {3: 8882.0, 4: 162749.0}
    plots.add_reports(reports(range(1, 22), loss=lambda s: spike.get(s, 15.0), total=10_000))
    plots.set_x_span(None)
    settle()
    lo, hi = x_range(plots)
    assert 20 / (hi - lo) > 0.5  # 21 steps of 10,000 were a one-pixel line at the left edge
    assert plots.loss_plot.getViewBox().viewRange()[1][1] >= 162749.0


@pytest.mark.parametrize("log", [False, True])
def test_item1_a_spike_mid_run_is_on_the_axis(plots, log):
    plots.log_check.setChecked(log)
    plots.set_x_span(3000, 0)
    plots.add_reports(reports(range(1, 1500), total=3000))
    plots.add_reports(reports(range(1500, 1503), loss=lambda s: 131.6, total=3000))
    settle()
    top = plots.loss_plot.getViewBox().viewRange()[1][1]
    assert top >= (math.log10(131.6) if log else 131.6)


def test_item2_a_diverged_ghost_does_not_flatten_the_other_curves(plots):
    plots.add_reports(reports(range(1, 22), loss=lambda s: 2.3 if s == 1 else 10_000.0))
    plots.finish_run("#1 diverged")
    plots.set_x_span(300, 0)
    plots.add_reports(reports(range(1, 301), total=300))
    plots.set_x_span(None)
    settle()
    assert plots.loss_plot.getViewBox().viewRange()[1][1] < 10  # not 10,000
    plots.log_check.setChecked(True)
    settle()
    assert plots.loss_plot.getViewBox().viewRange()[1][1] < 1.5  # log10: under 30, not 10,000


def test_item2_the_step_axis_starts_at_the_new_run(plots):
    plots.add_reports(reports(range(1, 4001)))
    plots.finish_run("old")
    plots.set_x_span(200, 0)
    plots.add_reports(reports(range(1, 11), total=200))
    settle()
    lo, hi = x_range(plots)
    assert -10 <= lo <= 0 and hi <= 220  # not -4000 .. 5000


def test_item12_the_readout_describes_ghosts_when_the_run_has_no_point(plots):
    plots.add_reports(reports(range(1, 301)))
    plots.finish_run("#1 ReLU 784-50-10 SGD lr=0.1")
    text = plots.show_readout_at(120)
    assert text != "No data yet." and "#1 ReLU" in text and "step 120" in text
    plots.set_ghosts_visible(False)
    assert plots.show_readout_at(120) == "No data yet."


def test_item16_train_and_test_markers_both_show(plots):
    plots.add_reports(reports(range(1, 201)))
    train, test = plots.train_curve.opts, plots.test_curve.opts
    assert train["symbolSize"] == TRAIN_MARKER and test["symbolSize"] == TEST_MARKER
    # A ring around a square: the square's corners stay inside the ring's hole.
    ring_hole = TRAIN_MARKER - 2 * train["symbolPen"].widthF()
    assert TEST_MARKER * math.sqrt(2) < ring_hole
    assert train["symbolBrush"].style().name == "NoBrush"
    plots.set_font_scale(1.6)
    assert plots.train_curve.opts["symbolSize"] > plots.test_curve.opts["symbolSize"] * math.sqrt(2)


def test_item16_a_200000_step_run_is_not_squashed(plots):
    plots.set_x_span(200_000, 0)
    plots.add_reports(reports(range(1, 4001), total=200_000))
    settle()
    lo, hi = x_range(plots)
    assert 4000 / (hi - lo) > 0.4  # it was 2%
    assert hi <= 200_000 * 1.02
    plots.add_reports(reports(range(4001, 4101), total=200_000))
    assert x_range(plots) == [lo, hi]  # the axis moves in round steps, not on every update


def test_item16_the_step_window_is_round_and_stays_in_the_run():
    assert [round_up(x) for x in (0.3, 1, 1.6, 3, 7, 20, 21, 4200)] == [0.3, 1, 2, 3, 7.5, 20, 30, 5000]
    assert run_window(0, None, 10_000) == (0, MIN_SPAN)
    assert run_window(1000, 1100, 10_000) == (1000, 1150)
    assert run_window(0, 9500, 10_000) == (0, 10_000)
    for latest in range(0, 5000, 37):
        lo, hi = run_window(0, latest, 200_000)
        assert latest <= hi and (latest < MIN_SPAN or latest / hi > 0.6)


def test_item16_paused_status_has_no_speed_or_time_left(qtbot):
    status = RunStatus()
    qtbot.addWidget(status)
    status.run_started()
    for k in range(1, 30):
        status.show_report(Report("step", k * 100, 0.1, 0.5, 10_000, k * 0.1), k * 100, 10_000)
    assert status.speed_label.text() == "1,000 steps/s" and "remaining -" not in status.time_label.text()
    status.set_state("paused")
    assert status.speed_label.text() == "paused" and status.time_label.text().endswith("remaining -")
    status.set_state("running")
    status.show_report(Report("step", 3000, 0.1, 0.5, 10_000, 3.0), 3000, 10_000)
    assert status.speed_label.text() != "paused"
    status.set_speed_cap(2)
    status.show_report(Report("step", 3100, 0.1, 0.5, 10_000, 3.1), 3100, 10_000)
    assert status.speed_label.text() == "2 steps/s"


def test_item22_the_speed_control_and_the_pacing():
    assert step_delay(None, 10.0, 10.0) == 0.0
    assert step_delay(2, None, 10.0) == 0.0
    assert step_delay(2, 10.0, 10.1) == pytest.approx(0.4)
    assert step_delay(2, 10.0, 11.0) == 0.0


def test_item22_speed_control_notches(qtbot):
    control = SpeedControl()
    qtbot.addWidget(control)
    assert control.speed is None and control.value_label.text() == "full speed"
    with qtbot.waitSignal(control.speedChanged) as changed:
        control.set_speed(1)
    assert changed.args == [1] and control.slow_motion
    assert control.value_label.text() == "1 steps/s" and control.value_label.font().bold()
    control.set_speed(480)
    assert control.speed == 500 and not control.slow_motion and not control.value_label.font().bold()
    assert control.minimumSizeHint().width() <= 240  # the run bar fits a 1024-pixel screen
    assert control.slider.maximum() == len(SPEEDS) - 1
    assert control.slider.toolTip() and control.slider.objectName()


def test_item23_learning_rate_changes_are_marked(plots):
    plots.add_reports(reports(range(1, 301), lr=lambda s: 0.1 if s < 120 else (3.0 if s < 250 else 0.01)))
    assert plots.lr_marks.steps == [120, 250] and plots.lr_marks.labels == ["lr=3", "lr=0.01"]
    plots.add_reports(reports(range(301, 320), lr=lambda s: 0.01))
    assert len(plots.lr_marks.lines) == 2
    # The marks go with the run.
    plots.finish_run("#1")
    assert plots.lr_marks.lines == [] and not any(isinstance(i, pg.InfiniteLine) and i.label is not None
                                                 for i in plots.loss_plot.getViewBox().addedItems)


def test_item23_marks_follow_the_theme_and_font_scale(plots):
    plots.add_reports(reports(range(1, 50), lr=lambda s: 0.1 if s < 20 else 1.0))
    line = plots.lr_marks.lines[0]
    size = line.label.textItem.font().pointSizeF()
    plots.set_font_scale(2.0)
    assert line.label.textItem.font().pointSizeF() > size and line.pen.widthF() >= 3.0
    assert np.isclose(line.value(), 20)


def test_item28_run_labels_name_the_bug_the_seed_and_the_final_rate():
    from engine import TrainConfig
    from gui.classroom.comparison import run_label

    assert run_label(TrainConfig()) == "ReLU 784-50-10 SGD lr=0.1"
    assert run_label(TrainConfig(), final_lr=3.0) == "ReLU 784-50-10 SGD lr=0.1→3"
    assert run_label(TrainConfig(), final_lr=0.1) == "ReLU 784-50-10 SGD lr=0.1"
    assert run_label(TrainConfig(seed=7)).endswith("seed=7")
    bug = next(iter(__import__("engine").BUGS))
    assert f"bug:{bug}" in run_label(TrainConfig(bug=bug))


@pytest.mark.parametrize("log", [False, True])
@pytest.mark.parametrize("n", [1511, 1512, 2999])
def test_item1_a_last_step_spike_is_on_the_axis_however_the_curve_is_downsampled(plots, log, n):
    """The spike of a run that diverges is its last point: downsampling in bins dropped it."""
    plots.log_check.setChecked(log)
    plots.add_reports(reports(range(1, n), total=n))
    plots.add_reports(reports([n], loss=lambda s: 123.86, total=n))
    settle()
    top = plots.loss_plot.getViewBox().viewRange()[1][1]
    assert top >= (math.log10(123.86) if log else 123.86)
