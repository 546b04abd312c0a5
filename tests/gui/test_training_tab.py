"""Issue 15 (classroom-ready), the Training tab's items, on a real window training real MNIST.

Each test names the item it covers. Geometry and state only: view ranges,
legend sizes, label texts, run names; no sleeps, no timed assertions.
"""
import re

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine import TrainConfig
from gui.common.run_state import IDLE, PAUSED
from gui.train.learning_rate import LR_SLIDER_RANGE, MIN_PX_PER_DECADE

DIVERGES = TrainConfig(lr=50.0, steps=3000, eval_every=100_000)


def run_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.runEnded, timeout=timeout) as blocker:
        window.start_button.click()
    return blocker.args[0]


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


def x_range(window):
    return window.plots.loss_plot.getViewBox().viewRange()[0]


def y_range(window):
    return window.plots.loss_plot.getViewBox().viewRange()[1]


def raise_rate_at(window, step, lr):
    """Set the learning rate in the controls (as a teacher does) once the run passes ``step``."""
    def on_progress(_reports):
        if window.controller.total_step >= step and window.controls.lr.value() != lr:
            window.controls.lr_box.setText(f"{lr:g}")
            window.controls.lr_box.editingFinished.emit()
    window.controller.progress.connect(on_progress)
    return on_progress


# ------------------------------------------------------------------ item 1 ----

def test_item1_a_diverging_run_is_drawn_and_the_banner_gives_the_readouts_value(qtbot, make_window):
    window = make_window(DIVERGES)
    report = run_to_end(qtbot, window)
    settle()
    assert report.kind == "diverged"
    steps, loss = window.plots.run.loss["step"], window.plots.run.loss["loss"]
    assert steps.shape[0] == report.step
    # The run fills the plot's width (it was a one-pixel line at the left of 0 .. 10,000).
    lo, hi = x_range(window)
    assert (steps[-1] - steps[0]) / (hi - lo) > 0.5 and lo <= steps[0] and hi >= steps[-1]
    assert y_range(window)[1] >= loss.max()  # the spike is on the axis
    # The banner's smoothed value is the one the read-out gives at the diverged step.
    value = float(re.search(r"climbed to (\S+) \(smoothed\)", window.banner.text()).group(1))
    smoothed = window.plots.run.loss["smoothed"][-1]
    assert abs(value - smoothed) <= 5e-4 * abs(smoothed)
    readout = window.plots.readout.text()
    assert f"step {report.step}:" in readout and f"{smoothed:.4f}" in readout


def test_item1_a_spike_after_raising_the_rate_is_on_the_axis(qtbot, make_window):
    window = make_window(TrainConfig(lr=0.1, steps=6000, eval_every=100_000))  # progress comes 4 times a second
    raise_rate_at(window, 1500, 3.0)  # the case: 0.1 -> 3 mid-run; it diverges a few steps later
    run_to_end(qtbot, window)
    settle()
    loss = window.plots.run.loss["loss"]
    assert loss[1500:].max() > 3 * loss[1400:1500].max()  # the rate made a spike
    assert y_range(window)[1] >= loss.max()
    window.plots.log_check.setChecked(True)
    settle()
    assert y_range(window)[1] >= np.log10(loss.max())


# ------------------------------------------------------------------ item 2 ----

def test_item2_start_after_a_divergence_keeps_a_ghost_and_draws_the_new_run_alone(qtbot, make_window):
    window = make_window(DIVERGES)
    assert run_to_end(qtbot, window).kind == "diverged"
    window.controls.set_config(TrainConfig(lr=0.1, steps=300, eval_every=100))
    assert run_to_end(qtbot, window).kind == "done"
    settle()
    plots = window.plots
    # The diverged run is a ghost, as the banner promised.
    assert len(plots.ghost_labels) == 1 and plots.ghost_labels[0].startswith("#1 ")
    # The new run alone, from step 1 (no line back to the old run, no accuracy triangle).
    steps = plots.run.loss["step"]
    assert steps[0] == 1 and np.all(np.diff(steps) > 0) and steps.shape[0] == 300
    eval_steps = plots.run.evals["step"]
    assert eval_steps[0] == 0 and np.all(np.diff(eval_steps) > 0)
    lo, hi = x_range(window)
    assert -20 <= lo <= 0 and 300 <= hi <= 330
    # The diverged ghost (losses in the thousands) does not flatten the new run.
    ghost = next(iter(plots._ghosts))
    assert ghost.smoothed.max() > 1000
    assert y_range(window)[1] < 10


# ----------------------------------------------------------------- item 12 ----

def test_item12_status_texts_are_current(qtbot, make_window):
    window = make_window(TrainConfig(steps=100_000, eval_every=100_000))
    window.start_button.click()
    qtbot.waitUntil(lambda: window.controller.total_step >= 30, timeout=20_000)
    with qtbot.waitSignal(window.runEnded, timeout=20_000):
        window.stop_button.click()
    assert "Start continues from here" in window.statusBar().currentMessage()
    steps = window.controller.total_step
    assert f"trained {steps:,} steps" in window.model_label.text()  # not "(new weights)" alone
    window.reset_button.click()
    assert "Start continues" not in window.statusBar().currentMessage()  # Reset: nothing to continue
    assert "trained" not in window.model_label.text()
    # The stopped run is a ghost now: the read-out describes it, not "No data yet."
    text = window.plots.show_readout_at(10)
    assert "No data yet." not in text and window.plots.ghost_labels[0] in text


def test_item12_after_a_relaunch_the_model_is_the_controls_architecture(qtbot, make_window):
    window = make_window(TrainConfig(hidden_sizes=(100, 30), activation="sigmoid"))
    assert window.controller.net.sizes == [784, 100, 30, 10]
    assert "784-100-30-10 Sigmoid" in window.model_label.text()


# ----------------------------------------------------------------- item 13 ----

def test_item13_run_all_variants_shows_the_training_tab_with_the_lessons_runs_alone(qtbot, make_window):
    window = make_window(TrainConfig(steps=20, eval_every=10))
    for _ in range(3):  # earlier runs, kept as ghosts
        run_to_end(qtbot, window)
        window.reset_button.click()
    assert len(window.plots.ghost_labels) == 3
    window.tabs.setCurrentWidget(window.lessons)
    variants = tuple((name, TrainConfig(steps=30, eval_every=10, lr=lr)) for name, lr in (("A", 0.1), ("A", 0.1),
                                                                                         ("B", 0.3)))
    with qtbot.waitSignal(window.lesson_runner.allFinished, timeout=60_000):
        window.lessons.runAllRequested.emit(variants)
        assert window.tabs.currentWidget() is window.plots  # where the curves are
        assert window.plots.ghost_labels == []  # earlier ghosts do not bury the lesson
    qtbot.waitUntil(lambda: window.plots.n_points == 30, timeout=10_000)
    window.run_actions.ghost_plotted_run()
    labels = [label.text for _, label in window.plots.loss_legend.items]
    assert len(labels) == len(set(labels)) == 5  # two run curves + three distinct ghosts
    # The accuracy legend names the current run only: it stays a small box in its corner.
    plots = window.plots
    assert len(plots.accuracy_legend.items) == 2
    legend = plots.accuracy_legend.sceneBoundingRect()
    view = plots.accuracy_plot.getViewBox().sceneBoundingRect()
    assert legend.height() < 0.35 * view.height()


# ----------------------------------------------------------------- item 14 ----

def test_item14_runs_have_names_that_tell_them_apart_and_clear_can_be_undone(qtbot, make_window):
    window = make_window(TrainConfig(steps=20, eval_every=10))
    run_to_end(qtbot, window)
    window.controls.set_config(TrainConfig(steps=40, eval_every=10, seed=3))
    window.controls.seed_row.fixed.setChecked(True)  # Reset keeps seed 3 (else it draws a new one)
    window.reset_button.click()
    run_to_end(qtbot, window)
    window.controls.set_config(TrainConfig(steps=400, eval_every=100))
    window.reset_button.click()
    raise_rate_at(window, 100, 3.0)
    run_to_end(qtbot, window)
    table = window.runs_table
    names = [row["label"] for row in table.rows]
    assert len(set(names)) == 3 and [n.split()[0] for n in names] == ["#1", "#2", "#3"]
    assert "seed=3" in names[1]
    # The rate it ended with, in the name as in the lr column.
    assert "lr=0.1→3" in names[2] and table.rows[2]["lr"] == 3.0
    window.reset_button.click()
    assert window.plots.ghost_labels == names
    # Clear runs asks nothing, but can be undone: rows and ghosts come back.
    table.clear_button.click()
    assert table.rows == [] and window.plots.ghost_labels == []
    assert table.undo_button.isVisibleTo(table)
    table.undo_button.click()
    assert [row["label"] for row in table.rows] == names and window.plots.ghost_labels == names
    assert not table.undo_button.isVisibleTo(table)


# ----------------------------------------------------------------- item 16 ----

def test_item16_paused_shows_no_stale_speed_and_the_progress_never_goes_back(qtbot, make_window):
    window = make_window(TrainConfig(steps=300, eval_every=100_000))
    status = window.status
    window.start_button.click()
    qtbot.waitUntil(lambda: window.controller.total_step >= 30, timeout=20_000)
    window.pause_button.click()
    qtbot.waitUntil(lambda: window.controller.state == PAUSED)
    window.flush_reports()
    assert status.speed_label.text() == "paused" and "remaining -" in status.time_label.text()
    with qtbot.waitSignal(window.runEnded, timeout=20_000):
        window.stop_button.click()
    window.flush_reports()
    before = status.progress.value()
    assert before >= 100  # 30 of 300
    window.start_button.click()
    start = window.controller.total_step
    qtbot.waitUntil(lambda: window.plots.n_points >= start + 3, timeout=20_000)
    window.flush_reports()
    assert status.progress.value() >= before  # it went back, 11% -> 7%
    window.stop_button.click()
    qtbot.waitUntil(lambda: window.controller.state == IDLE, timeout=20_000)


def test_item16_the_learning_rate_slider_is_fine_enough(qtbot, make_window):
    window = make_window()
    window.resize(1280, 800)
    settle()
    slider = window.controls.lr_slider
    decades = LR_SLIDER_RANGE[1] - LR_SLIDER_RANGE[0]
    assert slider.isVisible() and slider.width() / decades >= MIN_PX_PER_DECADE
    assert slider.width() >= window.controls.lr_box.width()


# ------------------------------------------------------------- items 22, 23 ----

def test_item22_slow_motion_set_during_a_run_sends_every_step_as_it_is_made(qtbot, make_window):
    window = make_window(TrainConfig(steps=100_000, eval_every=100_000))
    batches = []
    window.start_button.click()
    qtbot.waitUntil(lambda: window.controller.total_step >= 5, timeout=20_000)
    window.run_bar.speed.set_speed(10)  # while it runs
    assert window.controller.speed == 10 and window.controller._runner.worker.speed == 10
    assert window.plots.raw_curve.opts["symbol"] == "o"  # a dot per mini-batch
    assert window.run_bar.speed.value_label.text() == "10 steps/s" and window.run_bar.speed.value_label.font().bold()
    window.controller.progress.connect(lambda reports: batches.append(len(reports)))
    qtbot.waitUntil(lambda: len(batches) >= 8, timeout=20_000)
    assert batches[-5:] == [1] * 5  # each step's loss on its own (the first may hold steps made before)
    # The step axis follows the latest steps, a few dozen wide: each dot can be told apart.
    window.flush_reports()
    lo, hi = x_range(window)
    latest = window.plots.run.loss["step"][-1]
    assert lo < latest <= hi and hi - lo <= 60
    with qtbot.waitSignal(window.runEnded, timeout=5_000):
        window.stop_button.click()
    window.run_bar.speed.set_speed(None)
    assert window.controller.speed is None and window.plots.raw_curve.opts["symbol"] is None


def test_item23_a_changed_learning_rate_is_marked_on_the_loss_curve(qtbot, make_window):
    # Long enough for progress to come before the end: the worker sends it four times a second.
    window = make_window(TrainConfig(lr=0.1, steps=6000, eval_every=100_000))
    raise_rate_at(window, 200, 0.5)
    run_to_end(qtbot, window)
    marks = window.plots.lr_marks
    # The mark sits at the first step trained with the new rate (how soon after step 200 depends on the machine).
    assert marks.labels == ["lr=0.5"] and 200 <= marks.steps[0] < 6000
    assert marks.lines[0].isVisible()
    window.reset_button.click()
    assert marks.lines == []
