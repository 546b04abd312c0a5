"""GradCheckPanel with the real worker thread on real MNIST: verdicts, planted
bugs, cancelling, responsiveness, the heat map, and the widgets' names."""
import math
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSlider,
    QTableWidget,
)

import engine
from engine import BUGS, TrainConfig
from gui.gradcheck.panel import GradCheckPanel
from gui.gradcheck.report import fmt_seconds, race_text, summarize
from gui.gradcheck.views import HEAT_RANGE, TILE, W1Heatmap, tile_grid
from gui.train.run_controller import RunController

CHECK_TIMEOUT = 20_000
BIG = TrainConfig(hidden_sizes=(400, 400))  # a full check takes about a minute: long enough to cancel


@pytest.fixture(autouse=True)
def _pg_options():
    pg.setConfigOptions(background="w", foreground="k", antialias=True)


@pytest.fixture
def panel(qtbot, controller):
    widget = GradCheckPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    widget.shutdown()


def run(qtbot, panel, timeout=CHECK_TIMEOUT):
    with qtbot.waitSignal(panel.checkFinished, timeout=timeout) as blocker:
        assert panel.run_check()
    return blocker.args[0]


def pick_bug(qtbot, panel, name):
    index = panel.options.bug_combo.findData(name) if name else 0
    with qtbot.waitSignal(panel.bugChanged) as blocker:
        panel.options.bug_combo.setCurrentIndex(index)
    assert blocker.args == [name]


def elapsed(panel) -> float:
    """Seconds the running check has taken, as its summary line counts them ('Checking… 1.2 s'); else 0."""
    match = re.fullmatch(r"Checking… ([0-9.]+) s", panel.readout.summary.text())
    return float(match.group(1)) if match else 0.0


def table_column(panel, header_start):
    t = panel.table
    col = next(c for c in range(t.columnCount()) if t.horizontalHeaderItem(c).text().startswith(header_start))
    return [t.item(r, col).text() for r in range(t.rowCount())]


def test_correct_backprop_agrees_on_every_parameter(qtbot, panel):
    result = run(qtbot, panel)
    assert panel.result is result
    assert result.passed and all(row.passed for row in result.rows)
    assert result.n_samples == 3 and result.h == 1e-4 and not result.sampled and result.bug is None
    assert panel.table.rowCount() == 4
    assert table_column(panel, "Parameter") == ["W1", "b1", "W2", "b2"]
    assert all("excellent" in text and text.startswith("✓") for text in table_column(panel, "verdict"))
    assert table_column(panel, "Shape") == ["784×50", "50", "50×10", "10"]
    assert "agrees" in panel.readout.summary.text() and panel.readout.summary.text().startswith("✓")
    race = panel.readout.race.text()
    assert "backprop" in race and "numerical gradient" in race and "faster" in race
    assert f"{result.speedup:,.0f}×" in race
    assert not panel.is_running and panel.options.run_button.isEnabled() and not panel.options.cancel_button.isEnabled()
    assert len(panel.chart.heights) == 4 and np.all(panel.chart.heights < -7)


def test_numbers_in_the_table_are_the_results(qtbot, panel):
    result = run(qtbot, panel)
    rel = table_column(panel, "relative error")
    mean = table_column(panel, "mean |diff|")
    for row, rel_text, mean_text in zip(result.rows, rel, mean):
        assert rel_text == f"{row.rel_error:.2e}"
        assert mean_text == f"{row.mean_abs_diff:.2e}"
    headers = [panel.table.horizontalHeaderItem(c) for c in range(panel.table.columnCount())]
    assert "book" in headers[2].text()
    assert all(h.toolTip() for h in headers)
    assert "(|a|" in headers[4].toolTip().replace("‖", "|") or "‖a‖ + ‖n‖" in headers[4].toolTip()
    assert "both sides of 0" in headers[5].toolTip()


@pytest.mark.parametrize("name", list(BUGS))
def test_each_planted_bug_fails_exactly_the_parameters_it_affects(qtbot, panel, controller, name):
    bug = BUGS[name]
    if bug.needs_activation == "sigmoid":
        controller.reset(TrainConfig(activation="sigmoid"))
    pick_bug(qtbot, panel, name)
    assert panel.options.banner.isVisible()
    assert bug.title in panel.options.banner.text() and "PLANTED BUG" in panel.options.banner.text()
    assert not panel.options.bug_hint.isVisible()
    result = run(qtbot, panel)
    assert result.bug == name
    failing = {row.name for row in result.rows if not row.passed}
    assert failing == set(bug.affects)
    verdicts = dict(zip(table_column(panel, "Parameter"), table_column(panel, "verdict")))
    for param, text in verdicts.items():
        assert ("wrong" in text) == (param in bug.affects), (param, text)
    assert panel.readout.summary.text().startswith("✗")
    assert bug.title in panel.readout.details.text() and "caught" in panel.readout.details.text()
    assert controller.net.bug is None  # the live network is never touched


def test_summary_points_at_the_broken_layer(qtbot, panel):
    pick_bug(qtbot, panel, "relu-no-mask")
    run(qtbot, panel)
    assert "W1 and b1 disagree" in panel.readout.summary.text() and "Relu1" in panel.readout.summary.text()
    pick_bug(qtbot, panel, "affine-double-db")
    run(qtbot, panel)
    assert "b1 and b2 disagree" in panel.readout.summary.text() and "db" in panel.readout.summary.text()
    pick_bug(qtbot, panel, "softmax-no-batch-divide")
    run(qtbot, panel)
    assert "SoftmaxWithLoss" in panel.readout.summary.text()


def test_one_sample_hides_the_missing_batch_divide(qtbot, panel):
    # The book's lesson: with N = 1, dividing by N changes nothing.
    panel.options.samples.setValue(1)
    pick_bug(qtbot, panel, "softmax-no-batch-divide")
    result = run(qtbot, panel)
    assert result.n_samples == 1 and result.passed
    assert panel.readout.summary.text().startswith("✓")
    assert "did not catch" in panel.readout.details.text()


def test_set_bug_selects_without_a_signal(qtbot, panel):
    with qtbot.assertNotEmitted(panel.bugChanged):
        panel.set_bug("affine-double-db")
    assert panel.bug() == "affine-double-db" and panel.options.banner.isVisible()
    assert BUGS["affine-double-db"].explanation in panel.options.bug_combo.toolTip()
    with qtbot.assertNotEmitted(panel.bugChanged):
        panel.set_bug(None)
    assert panel.bug() is None and not panel.options.banner.isVisible()
    with pytest.raises(ValueError):
        panel.set_bug("no-such-bug")


def test_a_bug_for_another_activation_says_so(qtbot, panel, controller):
    pick_bug(qtbot, panel, "sigmoid-uses-input")  # the default net uses ReLU
    assert panel.options.bug_hint.isVisible()
    assert "Sigmoid" in panel.options.bug_hint.text() and "switch the activation" in panel.options.bug_hint.text()
    result = run(qtbot, panel)
    assert result.passed
    assert "nothing to catch" in panel.readout.details.text()
    controller.reset(TrainConfig(activation="sigmoid"))
    assert not panel.options.bug_hint.isVisible()
    assert "changed since" in panel.readout.context.text()


def test_cancel_stops_a_long_check(qtbot, panel, controller):
    controller.reset(BIG)
    assert panel.run_check()
    assert panel.is_running and not panel.options.run_button.isEnabled() and panel.options.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: elapsed(panel) >= 0.4)  # well into the numerical gradient
    with qtbot.waitSignal(panel.checkFailed, timeout=5000) as blocker:
        panel.cancel_check()
    assert blocker.args == ["Cancelled"]
    assert panel.readout.summary.text() == "Cancelled"
    assert not panel.is_running and panel.options.run_button.isEnabled() and not panel.options.cancel_button.isEnabled()
    assert panel.result is None and panel.table.rowCount() == 0


def test_window_stays_responsive_during_a_check(qtbot, panel, controller):
    controller.reset(BIG)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    assert panel.run_check()
    qtbot.waitUntil(lambda: len(ticks) >= 5 and elapsed(panel) >= 0.5)  # the GUI thread runs its timers ...
    timer.stop()
    assert panel.is_running  # ... while the check goes on
    with qtbot.waitSignal(panel.checkFailed, timeout=5000):
        panel.cancel_check()


def test_stale_results_are_dropped(qtbot, panel, controller):
    controller.reset(BIG)
    assert panel.run_check()
    runner = panel._runner
    with qtbot.assertNotEmitted(panel.checkFinished):
        runner.worker.done.emit(runner.run_id - 1, object())  # a result from an earlier task
    assert panel.result is None and panel.is_running
    panel.shutdown()  # drops the running task: its late 'failed' is stale too
    assert not panel.is_running
    with qtbot.assertNotEmitted(panel.checkFailed, wait=300):
        pass


def test_heat_map_tiles_match_the_hidden_layer(qtbot, panel):
    result = run(qtbot, panel)
    heat = panel.heatmap
    rows, cols = heat.grid
    assert (rows, cols) == (7, 8)  # 50 units: ceil(sqrt(50)) = 8 columns
    assert heat.image.shape == (rows * (TILE + 1) - 1, cols * (TILE + 1) - 1, 4)
    assert heat.image.dtype == np.uint8 and heat.isVisible()
    w1 = result.row("W1").abs_diff
    i, j = 28 * 14 + 9, 17  # pixel (14, 9) of hidden unit 17
    r, c = divmod(j, cols)
    assert heat.values[r * (TILE + 1) + 14, c * (TILE + 1) + 9] == w1[i, j]
    assert heat.entry_at(r * (TILE + 1) + 14, c * (TILE + 1) + 9) == (i, j)
    assert heat.entry_at(TILE, 0) is None  # a gap between tiles
    assert (heat.image[TILE, :, :3] == 255).all()  # gaps are background


def test_tile_grid_layout():
    d = np.arange(784 * 3, dtype=float).reshape(784, 3)
    image, rows, cols = tile_grid(d)
    assert (rows, cols) == (2, 2) and image.shape == (57, 57)
    np.testing.assert_array_equal(image[:28, :28], d[:, 0].reshape(28, 28))
    np.testing.assert_array_equal(image[:28, 29:], d[:, 1].reshape(28, 28))
    np.testing.assert_array_equal(image[29:, :28], d[:, 2].reshape(28, 28))
    assert np.isnan(image[28]).all() and np.isnan(image[:, 28]).all() and np.isnan(image[29:, 29:]).all()


def test_heat_map_colours_zero_and_skipped_entries(qtbot):
    heat = W1Heatmap()
    qtbot.addWidget(heat)
    d = np.full((784, 1), np.nan)
    d[0, 0] = 0.0  # exact agreement: the bottom colour
    d[1, 0] = 10 ** HEAT_RANGE[1]  # the top colour
    heat.set_abs_diff(d)
    assert heat.grid == (1, 1) and heat.image.shape == (28, 28, 4)
    assert tuple(heat.image[0, 2]) == W1Heatmap.BACKGROUND  # not checked
    assert tuple(heat.image[0, 0]) != tuple(heat.image[0, 1])
    assert tuple(heat.image[0, 0]) != W1Heatmap.BACKGROUND


def test_sampled_check_covers_only_some_entries(qtbot, panel):
    panel.options.mode.setCurrentIndex(panel.options.mode.findData("sampled"))
    assert panel.options.max_entries.isEnabled()
    panel.options.max_entries.setValue(100)
    result = run(qtbot, panel)
    assert result.sampled
    counts = {row.name: row.n_checked for row in result.rows}
    assert counts == {"W1": 100, "b1": 50, "W2": 100, "b2": 10}
    assert np.isnan(result.row("W1").abs_diff).sum() == 784 * 50 - 100
    assert "of 39,760 entries" in panel.readout.race.text()
    assert (panel.heatmap.image == 255).all(axis=2).sum() > 784 * 50 - 100  # unchecked = background


def test_deeper_nets_get_a_row_per_parameter(qtbot, panel, controller):
    controller.reset(TrainConfig(hidden_sizes=(30, 20), weight_init="he"))
    result = run(qtbot, panel)
    assert table_column(panel, "Parameter") == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert len(panel.chart.heights) == 6
    assert panel.heatmap.grid == (5, 6)  # 30 units
    assert result.passed


def test_kinks_in_a_small_weight_deep_net_are_explained(qtbot, panel, controller):
    # std 0.01 in a 3-layer net: layer-2 inputs are so small that +-h flips ReLUs.
    controller.reset(TrainConfig(hidden_sizes=(30, 20)))
    result = run(qtbot, panel)
    kinked = [row for row in result.rows if row.kinks]
    assert kinked and not result.passed
    assert all(row.verdict != "wrong" for row in result.rows)
    assert panel.readout.summary.text().startswith("!") and "suspicious" in panel.readout.summary.text()
    assert "crossed a ReLU kink" in panel.readout.details.text() and "smaller step h" in panel.readout.details.text()
    assert "suspicious" in " ".join(table_column(panel, "verdict"))


def test_step_and_samples_reach_the_engine(qtbot, panel):
    panel.options.step.setCurrentIndex(panel.options.step.findData(1e-6))
    panel.options.samples.setValue(5)
    result = run(qtbot, panel)
    assert result.h == 1e-6 and result.n_samples == 5
    assert "h = 1e-6" in panel.readout.context.text() and "first 5 test images" in panel.readout.context.text()


def test_without_data_run_waits(qtbot, dataset):
    c = RunController()
    panel = GradCheckPanel(c)
    qtbot.addWidget(panel)
    assert not panel.options.run_button.isEnabled()
    assert panel.options.run_button.toolTip() == "waiting for the data"
    assert panel.run_check() is False
    c.set_dataset(dataset)
    assert panel.options.run_button.isEnabled()
    assert panel.options.run_button.toolTip() != "waiting for the data"


def test_summary_is_larger_and_bold(panel):
    assert panel.readout.summary.font().bold()
    assert panel.readout.summary.font().pointSizeF() > panel.font().pointSizeF() * 1.3
    assert panel.readout.race.font().pointSizeF() >= panel.font().pointSizeF()
    assert panel.help.wordWrap() and "1e-7" in panel.help.text() and "CS231n" in panel.help.text()
    panel.help_toggle.setChecked(False)
    assert not panel.help.isVisible()


def test_summarize_counts_kinks():
    row = engine.GradCheckRow("W1", (784, 50), 39200, 1e-9, 1e-8, 3e-6, 12,
                              engine.verdict_for(3e-6, 12), np.zeros((784, 50)))
    b1 = engine.GradCheckRow("b1", (50,), 50, 1e-10, 1e-9, 1e-9, 0, "excellent", np.zeros(50))
    result = engine.GradCheckResult((row, b1), 1e-3, 0.1, 1e-4, 3, False, None)
    kind, headline, details = summarize(result, "relu")
    assert kind == "pass" and row.verdict == "acceptable"
    assert "12 of 39,200 W1 entries crossed a ReLU kink" in " ".join(details)


INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider, QTableWidget)


def test_every_interactive_child_has_a_name_and_a_tooltip(panel):
    seen = []
    for cls in INTERACTIVE:
        for w in panel.findChildren(cls):
            if isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox):
                continue  # a spin box's inner editor is part of the spin box
            if isinstance(w, QAbstractButton) and isinstance(w.parent(), QTableWidget):
                continue  # the table's (disabled) corner button
            seen.append(w)
    names = {w.objectName() for w in seen}
    assert {"gcSamples", "gcStep", "gcMode", "gcMaxEntries", "gcBug", "runCheckButton",
            "cancelCheckButton", "gcTable"} <= names
    for w in seen:
        assert w.objectName(), w
        assert w.toolTip(), w.objectName()
    for name in ("gcBarChart", "gcHeatmap", "gcSummary", "gcRace", "gcHelp", "gcBugBanner"):
        assert panel.findChild(QObject, name) is not None, name


def test_chart_heights_are_log10_of_the_relative_errors(qtbot, panel):
    pick_bug(qtbot, panel, "relu-no-mask")
    result = run(qtbot, panel)
    expected = [max(math.log10(r.rel_error), -12) for r in result.rows]
    np.testing.assert_allclose(panel.chart.heights, expected)


def test_race_and_number_formats():
    assert fmt_seconds(0.00045) == "0.45 ms" and fmt_seconds(0.11) == "110 ms" and fmt_seconds(2.34) == "2.3 s"
    row = engine.GradCheckRow("b1", (50,), 50, 1e-10, 1e-9, 2.5e-10, 0, "excellent", np.zeros(50))
    result = engine.GradCheckResult((row,), 0.00045, 0.11, 1e-4, 3, False, None)
    assert race_text(result) == ("The race: backprop 0.45 ms vs numerical gradient 110 ms: "
                                 "backprop was 244× faster")
    kind, headline, _ = summarize(result, "relu")
    assert headline == "✓ Backprop agrees with the numerical gradient (worst relative error 2.50e-10)"


def test_checks_a_snapshot_while_training_runs(qtbot, panel, controller):
    assert controller.start(TrainConfig(steps=1_000_000, eval_every=100_000))
    qtbot.waitUntil(lambda: controller.total_step >= 20, timeout=20_000)
    result = run(qtbot, panel)
    assert controller.state != "idle"  # training went on meanwhile
    assert result.passed
    assert "running training" in panel.readout.context.text()
    controller.stop(wait=True)


def test_colours_follow_the_theme(qtbot, panel):
    from PySide6.QtWidgets import QApplication

    from gui.common.palette import DARK, LIGHT, VERDICT_FILLS
    from gui.theme import THEMES, apply_theme

    run(qtbot, panel)
    summary, context = panel.readout.summary, panel.readout.context
    assert LIGHT.good in summary.styleSheet() and LIGHT.muted in context.styleSheet()
    panel.set_bug("relu-no-mask")
    assert VERDICT_FILLS["wrong"][1] in panel.options.banner.styleSheet()  # the same fill on either theme
    apply_theme(QApplication.instance(), THEMES["dark"])
    try:  # the new palette reaches the widgets from the event loop
        qtbot.waitUntil(lambda: DARK.good in summary.styleSheet() and DARK.muted in context.styleSheet())
        assert DARK.warn in panel.options.bug_hint.styleSheet()
    finally:
        apply_theme(QApplication.instance(), THEMES["light"])
    qtbot.waitUntil(lambda: LIGHT.good in summary.styleSheet())
