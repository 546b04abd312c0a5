"""The window with the real worker thread: run controls, lr changes, closing,
divergence, settings and model files."""
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

from engine import TrainConfig, load_model
from gui.train.run_controller import IDLE, PAUSED, RUNNING
from tests.gui.inbox import Inbox

LONG = TrainConfig(steps=1_000_000, eval_every=100_000)


def run_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.runEnded, timeout=timeout) as blocker:
        window.start_button.click()
    return blocker.args[0]


def wait_for_steps(qtbot, window, n, timeout=20_000):
    qtbot.waitUntil(lambda: window.plots.n_points >= n, timeout=timeout)


def test_start_trains_to_the_end_and_plots_every_step(qtbot, make_window):
    window = make_window(TrainConfig(steps=300, eval_every=100))
    report = run_to_end(qtbot, window)
    assert report.kind == "done" and report.step == 300
    assert window.plots.n_points == 300
    assert window.plots.n_evals == 4  # the accuracy before training, then every 100 steps
    assert report.test_acc > 0.5
    assert window.controller.state == IDLE
    assert window.start_button.isEnabled() and not window.stop_button.isEnabled()
    assert "300" in window.status.step_label.text()


def test_start_again_trains_on_from_the_same_weights(qtbot, make_window):
    window = make_window(TrainConfig(steps=100, eval_every=50))
    run_to_end(qtbot, window)
    net = window.controller.net
    report = run_to_end(qtbot, window)
    assert window.controller.net is net
    assert report.step == 200
    assert window.plots.n_points == 200


def test_pause_holds_the_step_and_resume_goes_on(qtbot, make_window):
    window = make_window(LONG)
    window.start_button.click()
    wait_for_steps(qtbot, window, 50)
    # The worker says when it has stopped between mini-batches (after sending every report).
    worker = window.controller._runner.worker
    paused = Inbox(worker.pausedChanged, accept=lambda _run, paused: paused)
    window.pause_button.click()
    paused.wait(qtbot)
    assert window.controller.state == PAUSED
    held = window.controller.total_step
    qtbot.waitUntil(lambda: window.plots.n_points == held)  # every step made is plotted
    qtbot.wait(300)  # nothing more arrives while paused
    assert window.controller.total_step == held and window.plots.n_points == held
    assert window.pause_button.text() == "Resume"
    window.pause_button.click()
    assert window.controller.state == RUNNING
    qtbot.waitUntil(lambda: window.controller.total_step > held + 20, timeout=10_000)
    with qtbot.waitSignal(window.runEnded, timeout=10_000) as blocker:
        window.stop_button.click()
    assert blocker.args[0].kind == "stopped"


def test_step_trains_exactly_one_mini_batch(qtbot, make_window):
    window = make_window(LONG)
    window.step_button.click()
    qtbot.waitUntil(lambda: window.plots.n_points == 1)
    assert window.controller.state == PAUSED
    assert window.controller.total_step == 1
    window.step_button.click()
    qtbot.waitUntil(lambda: window.plots.n_points == 2)
    qtbot.wait(200)
    assert window.controller.total_step == 2
    with qtbot.waitSignal(window.runEnded, timeout=10_000):
        window.stop_button.click()


def test_stop_ends_the_run_promptly(qtbot, make_window):
    window = make_window(LONG)
    window.start_button.click()
    wait_for_steps(qtbot, window, 20)
    with qtbot.waitSignal(window.runEnded, timeout=3_000) as blocker:
        window.stop_button.click()
    assert blocker.args[0].kind == "stopped"
    assert window.controller.state == IDLE


def test_reset_gives_new_weights_and_clears_the_plots(qtbot, make_window):
    window = make_window(TrainConfig(steps=100, eval_every=50))
    run_to_end(qtbot, window)
    trained = window.controller.net.state_dict()
    window.reset_button.click()
    assert window.plots.n_points == 0
    assert window.controller.total_step == 0
    fresh = window.controller.net.state_dict()
    assert not np.array_equal(trained["W1"], fresh["W1"])
    assert window.status.step_label.text() == "step -"


def test_learning_rate_changes_while_training(qtbot, make_window):
    window = make_window(LONG)
    window.start_button.click()
    wait_for_steps(qtbot, window, 20)
    box = window.findChild(QWidget, "learningRate")
    assert box.isEnabled()  # the only control left enabled while running
    assert not window.findChild(QWidget, "hiddenSizes").isEnabled()
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "0.01")
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.trainer.optimizer.lr == pytest.approx(0.01), timeout=5_000)
    seen = []
    window.controller.progress.connect(lambda reports: seen.extend(r.lr for r in reports))
    # A batch queued before the change may still arrive; the reports after it carry the new rate.
    qtbot.waitUntil(lambda: len(seen) > 5 and seen[-1] == pytest.approx(0.01), timeout=5_000)
    assert 0.1 not in seen[seen.index(pytest.approx(0.01)):]
    with qtbot.waitSignal(window.runEnded, timeout=5_000):
        window.stop_button.click()


def test_closing_mid_run_exits_cleanly_within_a_second(qtbot, make_window, qtlog):
    window = make_window(LONG)
    window.start_button.click()
    wait_for_steps(qtbot, window, 20)
    thread = window.controller._runner._thread
    timer = QTimer()
    timer.start(1)
    window.close()
    assert thread.wait(1000)
    assert window.controller.state == IDLE
    qtbot.wait(100)  # any late signal from the old run would arrive now
    assert [m for m in qtlog.records if m.type.name in ("QtWarningMsg", "QtCriticalMsg")
            and "propagateSizeHints" not in m.message] == []


def test_a_diverging_run_says_so_keeps_the_curves_and_can_start_again(qtbot, make_window):
    window = make_window(TrainConfig(lr=50.0, steps=2000, eval_every=500))
    report = run_to_end(qtbot, window)
    assert report.kind == "diverged"
    assert window.banner.isVisible() and "diverged" in window.banner.text()
    history = window.plots.n_points
    assert history > 0
    window.controls.set_config(TrainConfig(lr=0.1, steps=100, eval_every=50))
    report = run_to_end(qtbot, window)
    assert report.kind == "done"
    assert not window.banner.isVisible()
    assert "diverged" in window.model_label.text()  # new weights, and it says why
    window.reset_button.click()
    assert run_to_end(qtbot, window).kind == "done"


def test_keyboard_shortcuts(qtbot, make_window):
    window = make_window(LONG)
    window.activateWindow()
    run = window.run_actions
    run.run_pause_action.trigger()  # Space
    assert window.controller.state == RUNNING
    wait_for_steps(qtbot, window, 5)
    run.run_pause_action.trigger()
    assert window.controller.state == PAUSED
    with qtbot.waitSignal(window.runEnded, timeout=5_000):
        run.stop_action.trigger()  # Esc
    run.step_action.trigger()  # N
    qtbot.waitUntil(lambda: window.controller.state == PAUSED)
    with qtbot.waitSignal(window.runEnded, timeout=5_000):
        run.stop_action.trigger()
    run.reset_action.trigger()  # R
    assert window.controller.total_step == 0
    shortcuts = {a.objectName(): a.shortcut().toString() for a in run.actions}
    assert shortcuts == {"actionRunPause": "Space", "actionStep": "N", "actionStop": "Esc", "actionReset": "R"}
    assert [a.objectName() for a in window.run_menu.actions()] == [a.objectName() for a in run.actions]


def test_settings_round_trip(qtbot, make_window, settings):
    config = TrainConfig(hidden_sizes=(64, 32), activation="sigmoid", weight_init="xavier",
                         optimizer="adam", lr=0.003, batch_size=50, epochs=3.0, seed=7)
    window = make_window(config)
    window.resize(1111, 777)
    window.close()
    again = make_window(TrainConfig(), settings_=settings)
    again.controls.set_config(settings.config())
    assert again.controls.config() == config
    assert settings.geometry() is not None


def test_restore_defaults(qtbot, make_window, settings):
    window = make_window(TrainConfig(lr=0.5, hidden_sizes=(10,)))
    window.defaults_action.trigger()
    assert window.controls.config() == TrainConfig()
    assert settings.config() == TrainConfig()


def test_model_save_and_load_round_trip(qtbot, make_window, tmp_path):
    window = make_window(TrainConfig(steps=200, eval_every=100))
    run_to_end(qtbot, window)
    saved = window.controller.net.state_dict()
    path = tmp_path / "model.npz"
    assert window.save_model_to(path)
    assert load_model(path).info["steps"] == 200
    window.reset_button.click()
    assert window.load_model_from(path)
    for key, value in saved.items():
        np.testing.assert_array_equal(window.controller.net.params[key], value)
    assert "loaded from model.npz" in window.model_label.text()
    # Training goes on from the loaded weights.
    assert run_to_end(qtbot, window).kind == "done"


@pytest.mark.parametrize("content", [b"not a model at all", b"PK\x03\x04 truncated zip", b""])
def test_a_corrupt_model_file_changes_nothing_and_says_why(qtbot, make_window, tmp_path, content):
    window = make_window(TrainConfig(steps=50, eval_every=50))
    run_to_end(qtbot, window)
    net = window.controller.net
    before = net.state_dict()
    path = tmp_path / "broken.npz"
    path.write_bytes(content)
    assert not window.load_model_from(path)
    box = window.last_message
    assert box is not None and box.isVisible()
    assert "broken.npz" in box.text() and "unchanged" in box.text()
    box.close()
    assert window.controller.net is net
    for key, value in before.items():
        np.testing.assert_array_equal(net.params[key], value)
    assert run_to_end(qtbot, window).kind == "done"  # the app keeps working


def test_invalid_hyperparameter_disables_start_and_says_why(qtbot, make_window):
    window = make_window()
    box = window.findChild(QLineEdit, "hiddenSizes")
    box.setText("50, x")
    assert not window.start_button.isEnabled()
    assert "hidden_sizes" in window.controls.error_text()
    box.setText("50")
    assert window.start_button.isEnabled()


def test_every_interactive_widget_is_named_and_explained(make_window):
    window = make_window()
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)
    missing = [w for w in window.findChildren(QWidget)
               if isinstance(w, kinds) and w.isVisibleTo(window) and w.parent() is not None
               and type(w).__name__ not in ("QTabBar", "QToolButton")
               and not w.objectName().startswith("qt_")  # Qt's own parts, e.g. a spin box's line edit
               and (not w.objectName() or not w.toolTip())]
    assert missing == [], [(type(w).__name__, w.objectName(), w.toolTip()) for w in missing]
    for name in ("startButton", "stopButton", "stepButton", "resetButton", "pauseButton",
                 "learningRate", "lossPlot", "accuracyPlot"):
        assert window.findChild(QWidget, name) is not None, name


def test_while_paused_only_the_pause_button_offers_resume(qtbot, make_window):
    window = make_window(LONG)
    window.start_button.click()
    wait_for_steps(qtbot, window, 5)
    window.pause_button.click()
    assert window.pause_button.text() == "Resume" and window.pause_button.isEnabled()
    assert window.start_button.text() == "Start" and not window.start_button.isEnabled()
    with qtbot.waitSignal(window.runEnded, timeout=5_000):
        window.stop_button.click()
    assert window.start_button.isEnabled()


def test_typing_a_space_or_n_in_a_text_box_does_not_trigger_the_shortcuts(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    box = window.findChild(QLineEdit, "hiddenSizes")
    box.setFocus()
    box.setText("100,")
    box.end(False)
    QTest.keyClick(box, Qt.Key.Key_Space)
    QTest.keyClicks(box, "100")
    QTest.keyClick(box, Qt.Key.Key_N)  # a letter: invalid, but typed, not a "step"
    qtbot.wait(100)
    assert box.text() == "100, 100n"
    assert window.controller.state == IDLE and window.controller.total_step == 0


def test_the_banner_takes_its_colours_from_the_theme(qtbot, make_window):
    from gui.common.palette import DARK, LIGHT

    window = make_window()
    window.findChild(QLineEdit, "hiddenSizes").setText("50, x")
    window.start()  # the button is disabled; the call still says why it cannot start
    assert window.banner.isVisible() and window.banner.property("kind") == "error"
    assert "Cannot start" in window.banner.text()
    assert window.banner.colours() == (LIGHT.error_bg.lower(), LIGHT.error_fg.lower())
    window.view_actions.set_theme("dark")
    try:  # the new palette reaches the widgets from the event loop
        qtbot.waitUntil(lambda: window.banner.colours() == (DARK.error_bg.lower(), DARK.error_fg.lower()))
        window.load_data()  # the "loading" banner is an info one
        assert window.banner.colours() == (DARK.info_bg.lower(), DARK.info_fg.lower())
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=60_000)
    finally:
        window.view_actions.set_theme("light")
    window.findChild(QLineEdit, "hiddenSizes").setText("50, y")
    window.start()
    qtbot.waitUntil(lambda: window.banner.colours() == (LIGHT.error_bg.lower(), LIGHT.error_fg.lower()))


@pytest.mark.parametrize("test_acc, says", [(None, "Stopped at step 1,234."),
                                            (0.9123, "test accuracy 0.9123")])
def test_a_stopped_run_reports_its_accuracy_only_when_it_has_one(qtbot, make_window, test_acc, says):
    # Stopping a large network at once abandons the final evaluation: the report has no accuracy.
    from engine.trainer import Report
    window = make_window()
    report = Report(kind="stopped", step=1234, epoch=2.0, loss=0.3, total_steps=5000, elapsed=1.0,
                    test_acc=test_acc, train_acc=test_acc)
    with qtbot.waitSignal(window.runEnded, timeout=2_000):
        window.controller.runFinished.emit(report)
    assert says in window.statusBar().currentMessage()
