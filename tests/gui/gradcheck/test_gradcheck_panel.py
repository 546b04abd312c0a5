"""GradCheckPanel with the real worker thread on real MNIST: verdicts, planted
bugs, cancelling, responsiveness, the heat map, and the widgets' names."""
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt, QTimer
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

BIG = TrainConfig(hidden_sizes=(400, 400))  # a full check takes about a minute: long enough to cancel


from tests.gui.gradcheck.helpers import pick_bug, run


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
    shapes = [panel.table.item(r, 0).toolTip() for r in range(4)]
    assert [t.split(":")[0] for t in shapes] == ["shape 784×50", "shape 50", "shape 50×10", "shape 10"]
    assert "agrees" in panel.readout.summary.text() and panel.readout.summary.text().startswith("✓")
    race = panel.readout.race.text()
    assert "backprop" in race and "numerical gradient" in race and "faster" in race
    assert f"{result.speedup:,.0f}×" in race
    assert not panel.is_running and panel.options.run_button.isEnabled() and not panel.options.cancel_button.isEnabled()
    assert len(panel.chart.heights) == 4 and np.all(panel.chart.heights < -7)


def test_numbers_in_the_table_are_the_results(qtbot, panel):
    result = run(qtbot, panel)
    columns = {name: table_column(panel, name) for name in
               ("mean |diff|", "rel error\nat h", "kinks", "re-checked", "on kink", "round-off", "after", "verdict")}
    for i, row in enumerate(result.rows):
        assert columns["mean |diff|"][i] == f"{row.mean_abs_diff:.2e}"
        assert columns["rel error\nat h"][i] == f"{row.rel_error:.2e}"
        assert columns["after"][i] == f"{row.rel_error_after:.2e}"
        assert columns["round-off"][i] == f"{row.roundoff:.2e}"
        assert columns["kinks"][i] == f"{row.kinks:,}" and columns["re-checked"][i] == f"{row.rechecked:,}"
        assert columns["on kink"][i] == f"{row.on_kink:,}"
    headers = [panel.table.horizontalHeaderItem(c) for c in range(panel.table.columnCount())]
    assert headers[1].text() == "verdict"  # beside the parameter: never off screen
    assert "book" in headers[2].text()
    assert all(h.toolTip() for h in headers)
    assert "‖a‖ + ‖n‖" in headers[4].toolTip()
    assert "other side of 0" in headers[5].toolTip()
    # The CLI prints the same column words (its table is English).
    from engine.gradcheck_text import COLUMNS as CLI_COLUMNS
    cli = " ".join(h for h, _ in CLI_COLUMNS)
    for h in headers[2:]:
        assert h.text().split("\n")[0] in cli, h.text()


@pytest.mark.parametrize("name", list(BUGS))
def test_each_planted_bug_fails_exactly_the_parameters_it_affects(qtbot, panel, controller, name):
    bug = BUGS[name]
    if bug.needs:
        controller.reset(TrainConfig(activation="sigmoid" if bug.needs == "sigmoid" else "relu",
                                     weight_decay=0.1 if bug.needs == "weight decay" else 0.0))
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
    # A planted bug the check missed is "not caught", never a pass.
    assert panel.readout.summary.text().startswith("!") and "Not caught" in panel.readout.summary.text()
    assert panel.readout.kind != "pass" and "agrees" not in panel.readout.summary.text()
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


def item_enabled(combo, name):
    return combo.model().item(combo.findData(name)).isEnabled()


def test_a_bug_needs_its_layer(qtbot, panel, controller):
    combo = panel.options.bug_combo
    for name, bug in BUGS.items():  # the default net: ReLU, no weight decay
        assert item_enabled(combo, name) == (bug.needs in (None, "relu")), name
        tip = combo.itemData(combo.findData(name), Qt.ItemDataRole.ToolTipRole)
        assert ("needs" in tip) == (bug.needs not in (None, "relu")), (name, tip)
    assert "Sigmoid" in combo.itemData(combo.findData("sigmoid-uses-input"), Qt.ItemDataRole.ToolTipRole)
    # Set from elsewhere anyway (the left panel's combo): said, and the check refuses to run.
    panel.set_bug("sigmoid-uses-input")
    assert panel.options.bug_hint.isVisible() and "Sigmoid" in panel.options.bug_hint.text()
    assert panel.run_check() is False
    assert "cannot be planted" in panel.readout.summary.text() and panel.table.rowCount() == 0
    assert "pass" not in panel.readout.kind
    controller.reset(TrainConfig(activation="sigmoid"))
    assert not panel.options.bug_hint.isVisible()
    assert item_enabled(combo, "sigmoid-no-dout") and not item_enabled(combo, "relu-no-mask")
    assert not item_enabled(combo, "weight-decay-missing")
    controller.reset(TrainConfig(weight_decay=0.1))
    assert item_enabled(combo, "weight-decay-missing") and item_enabled(combo, "relu-no-mask")


def test_planting_a_bug_clears_the_old_result(qtbot, panel):
    # Issue 15, item 10: the banner above the previous green "Backprop agrees".
    run(qtbot, panel)
    assert panel.table.rowCount() == 4
    y = panel.options.run_button.mapTo(panel, panel.options.run_button.rect().topLeft()).y()
    pick_bug(qtbot, panel, "relu-no-mask")
    assert panel.result is None and panel.table.rowCount() == 0 and len(panel.chart.heights) == 0
    assert "agrees" not in panel.readout.summary.text() and "run the check again" in panel.readout.summary.text()
    panel.layout().activate()
    assert panel.options.banner.isVisible()
    # The banner never pushes "Run gradient check" down under the mouse.
    assert panel.options.run_button.mapTo(panel, panel.options.run_button.rect().topLeft()).y() == y
    run(qtbot, panel)
    panel.set_bug(None)  # Restore defaults in the left panel
    assert panel.result is None and panel.table.rowCount() == 0


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
    assert kinked and result.passed  # issue 9: it used to say "suspicious" or "wrong"
    assert max(row.rel_error for row in kinked) > 1e-4  # the plain central difference is off ...
    assert all(row.rel_error_after <= 1e-7 for row in kinked)  # ... the re-check is not
    assert panel.readout.summary.text().startswith("✓")
    details = panel.readout.details.text()
    assert "crossed a ReLU kink" in details and "re-checked with a smaller step" in details
    assert sum(int(v.replace(",", "")) for v in table_column(panel, "re-checked")) == sum(r.rechecked for r in kinked)


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
    for word in ("Kinks", "re-checked", "on a kink", "floor", "below resolution", "failed"):
        assert word in panel.help.text(), word
    panel.help_toggle.setChecked(False)
    assert not panel.help.isVisible()


def make_row(name, rel, kinks=0, rechecked=0, on_kink=0, roundoff=1e-9, shape=(50,)):
    size = int(np.prod(shape))
    verdict = engine.verdict_for(rel, rechecked, roundoff, size - on_kink)
    return engine.GradCheckRow(name, shape, size, 1e-10, 1e-9, rel, kinks, rechecked, on_kink, rel, roundoff,
                               verdict, np.zeros(shape))


def test_summarize_counts_kinks():
    row = make_row("W1", 3e-6, 12, 10, 2, shape=(784, 50))
    b1 = make_row("b1", 1e-9)
    result = engine.GradCheckResult((row, b1), 1e-3, 0.1, 1e-4, 3, False, None)
    kind, headline, details = summarize(result, "relu")
    assert kind == "pass" and row.verdict == "acceptable"
    text = " ".join(details)
    assert "12 of 39,200 W1 entries crossed a ReLU kink" in text and "10 were re-checked" in text
    assert "2 sit on a kink" in text


@pytest.mark.parametrize("verdict", engine.VERDICTS)
def test_every_verdict_has_a_word_a_symbol_and_a_colour(verdict):
    from gui.common.palette import VERDICT_FILLS
    from gui.gradcheck.report import verdict_text

    assert verdict in VERDICT_FILLS
    assert verdict_text(verdict).split(" ", 1) == [VERDICT_FILLS[verdict][0], verdict]


def test_summaries_never_say_pass_with_a_planted_bug():
    rows = {v: make_row("W1", rel, roundoff=floor, on_kink=50 if v == "on a kink" else 0) for v, rel, floor in (
        ("excellent", 1e-9, 1e-9), ("below resolution", 1e-5, 1e-4), ("on a kink", 0.0, 1e-9),
        ("suspicious", 1e-3, 1e-9), ("wrong", 0.5, 1e-9), ("failed", math.nan, 1e-9))}
    for verdict, row in rows.items():
        assert row.verdict == verdict
        for bug in (None, "relu-no-mask"):
            result = engine.GradCheckResult((row,), 1e-3, 0.1, 1e-4, 3, False, bug)
            kind, headline, details = summarize(result, "relu")
            said = headline + " ".join(details)
            assert (kind == "pass") == (result.passed and bug is None), (verdict, bug)
            if bug:
                assert "Backprop agrees" not in headline
                assert ("Not caught" in headline) == result.passed
            if verdict == "failed":
                assert kind == "wrong" and "NaN" in headline
            if verdict == "below resolution":
                assert "round-off" in said


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
    expected = [max(math.log10(r.rel_error_after), -12) for r in result.rows]
    np.testing.assert_allclose(panel.chart.heights, expected)


def test_race_and_number_formats():
    assert fmt_seconds(0.00045) == "0.45 ms" and fmt_seconds(0.11) == "110 ms" and fmt_seconds(2.34) == "2.3 s"
    row = make_row("b1", 2.5e-10)
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
