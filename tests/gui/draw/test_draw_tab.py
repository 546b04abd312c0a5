"""DrawTab with a real controller and real MNIST: live prediction, tools, test images, model choice."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QSlider, QWidget

import engine
from engine import TrainConfig
from gui.common.network_change import NEW_WEIGHTS, NetworkChange, Origin
from gui.draw.canvas import DrawingCanvas
from gui.draw.tab import DrawTab
from gui.draw.prediction import ProbabilityBars
from gui.train.run_controller import RunController

LEFT, NOMOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
SEVEN = [[(0.25, 0.22), (0.5, 0.22), (0.75, 0.22)], [(0.75, 0.22), (0.6, 0.5), (0.45, 0.85)]]
ONE = [[(0.5, 0.15), (0.5, 0.4), (0.5, 0.6), (0.5, 0.85)]]


@pytest.fixture
def tab(qtbot, controller):
    widget = DrawTab(controller)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reading_tab(qtbot, tab, controller):
    """The tab with a network that reads digits: the pre-trained one, else a briefly trained one."""
    if tab.model_source() != "pretrained":
        with qtbot.waitSignal(controller.runFinished, timeout=60_000):
            controller.start(TrainConfig(steps=800, optimizer="adam", lr=0.001))
    return tab


def find(tab, cls, name):
    widget = tab.findChild(cls, name)
    assert widget is not None, name
    return widget


def draw(tab, strokes):
    canvas = tab.canvas
    rect = canvas.image_rect()
    for points in strokes:
        pts = [QPoint(int(rect.x() + x * rect.width()), int(rect.y() + y * rect.height())) for x, y in points]
        QTest.mousePress(canvas, LEFT, NOMOD, pts[0])
        for p in pts[1:]:
            QTest.mouseMove(canvas, p)
        QTest.mouseRelease(canvas, LEFT, NOMOD, pts[-1])


def guess(tab):
    return find(tab, QLabel, "predictedDigit").text()


def showing_prompt(tab):
    return find(tab, QLabel, "drawPrompt").isVisible()


def assert_prompt(tab):
    assert showing_prompt(tab)
    assert guess(tab) == ""
    assert not find(tab, ProbabilityBars, "probabilityBars").isVisible()
    assert tab.panel.probabilities() is None


def test_blank_canvas_shows_prompt_and_no_guess(tab):
    assert_prompt(tab)
    assert find(tab, QLabel, "drawPrompt").text() == "Draw a digit"


@pytest.mark.parametrize("strokes, digit", [(ONE, "1"), (SEVEN, "7")])
def test_drawing_predicts_live(qtbot, reading_tab, strokes, digit):
    tab = reading_tab
    draw(tab, strokes)
    qtbot.waitUntil(lambda: guess(tab) != "", timeout=2000)
    assert guess(tab) == digit
    assert not showing_prompt(tab)
    assert find(tab, ProbabilityBars, "probabilityBars").isVisible()
    probs = tab.panel.probabilities()
    assert probs.shape == (10,) and abs(probs.sum() - 1) < 1e-5
    assert find(tab, QLabel, "predictedProbability").text().endswith("%")
    # what the network sees is the 28x28 MNIST-style input
    assert find(tab, QWidget, "networkInput").pixels().shape == (28, 28)


def test_stage_selector_shows_each_stage(qtbot, tab):
    draw(tab, SEVEN)
    tab.predict_now()
    selector = find(tab, QComboBox, "stageSelector")
    assert selector.count() == 4 and selector.currentIndex() == 3
    view = find(tab, QWidget, "networkInput")
    stages = tab.panel.stages()
    for index, key in enumerate(("cropped", "fitted", "boxed", "centred")):
        selector.setCurrentIndex(index)
        np.testing.assert_array_equal(view.pixels(), getattr(stages, key))
    assert max(stages.fitted.shape) == 20


def test_undo_removes_the_last_stroke(qtbot, tab):
    draw(tab, SEVEN[:1])
    first = tab.canvas.image()
    draw(tab, SEVEN[1:])
    qtbot.waitUntil(lambda: guess(tab) != "", timeout=2000)
    find(tab, QAbstractButton, "undoButton").click()
    np.testing.assert_array_equal(tab.canvas.image(), first)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.canvas.is_blank()
    qtbot.waitUntil(lambda: showing_prompt(tab), timeout=2000)
    assert_prompt(tab)
    assert not find(tab, QAbstractButton, "undoButton").isEnabled()


def test_clear_by_key_and_by_button(qtbot, tab):
    draw(tab, ONE)
    qtbot.waitUntil(lambda: guess(tab) != "", timeout=2000)
    tab.canvas.setFocus()
    QTest.keyClick(tab.canvas, Qt.Key.Key_C)
    assert tab.canvas.is_blank()
    qtbot.waitUntil(lambda: showing_prompt(tab), timeout=2000)
    draw(tab, ONE)
    qtbot.waitUntil(lambda: guess(tab) != "", timeout=2000)
    find(tab, QAbstractButton, "clearButton").click()
    qtbot.waitUntil(lambda: showing_prompt(tab), timeout=2000)
    assert_prompt(tab)


def test_a_stray_dot_is_not_a_digit(qtbot, tab):
    tab.pen_slider.setValue(6)
    draw(tab, [[(0.5, 0.5)]])
    assert not tab.canvas.is_blank()
    tab.predict_now()
    assert_prompt(tab)


def test_mnist_digits_on_the_canvas_are_read_right(reading_tab, dataset):
    """Through the canvas (upscale, then MNIST preprocessing again) a test digit reads as its label."""
    tab = reading_tab
    raw = np.argmax(tab.network().predict(dataset.x_test[:12]), axis=1)
    checked = 0
    for index in np.flatnonzero(raw == dataset.t_test[:12]):  # all 12 for the pre-trained model
        x = dataset.x_test[index].reshape(28, 28)
        tab.canvas.set_image(np.kron(x, np.ones((10, 10), np.float32)))  # upscaled by the caller
        tab.predict_now()
        assert guess(tab) == str(dataset.t_test[index]), index
        checked += 1
    assert checked >= (12 if tab.model_source() == "pretrained" else 9)


def test_load_test_image_shows_the_true_label(qtbot, tab, dataset):
    find(tab, QAbstractButton, "loadTestButton").click()
    index = tab.loaded_index()
    assert index is not None
    truth = dataset.class_names[dataset.t_test[index]]
    label = find(tab, QLabel, "trueLabel").text()
    assert f"true label {truth}" in label
    assert guess(tab) != ""  # predicted at once, no waiting for the timer
    draw(tab, ONE)  # drawn on: no longer the test image
    assert tab.loaded_index() is None and find(tab, QLabel, "trueLabel").text() == ""


def test_test_images_are_random_but_seeded(controller, qtbot):
    picks = []
    for _ in range(2):
        t = DrawTab(controller, seed=3)
        qtbot.addWidget(t)
        seq = []
        for _ in range(3):
            t.load_test_image()
            seq.append(t.loaded_index())
        picks.append(seq)
    assert picks[0] == picks[1] and len(set(picks[0])) == 3


def test_show_test_digit_for_other_panels(tab, dataset):
    tab.show_test_digit(0)
    assert tab.loaded_index() == 0 and "true label 7" in find(tab, QLabel, "trueLabel").text()
    with pytest.raises(IndexError):
        tab.show_test_digit(len(dataset.t_test))


def test_load_misclassified_shows_a_wrong_guess(reading_tab, dataset):
    tab = reading_tab
    find(tab, QAbstractButton, "loadMisclassifiedButton").click()
    index = tab.loaded_index()
    assert index is not None
    truth = int(dataset.t_test[index])
    assert tab.panel.predicted_index() != truth
    assert guess(tab) != dataset.class_names[truth]
    assert "wrong" in find(tab, QLabel, "trueLabel").text()


def test_verdict_and_guess_colours_follow_the_theme(qtbot, reading_tab, dataset):
    from PySide6.QtGui import QColor, QPalette

    from gui.common.palette import DARK, LIGHT

    tab = reading_tab
    find(tab, QAbstractButton, "loadMisclassifiedButton").click()
    label, digit = find(tab, QLabel, "trueLabel"), find(tab, QLabel, "predictedDigit")
    assert LIGHT.bad in label.styleSheet() and LIGHT.accent in digit.styleSheet()
    palette = QPalette(tab.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    tab.setPalette(palette)
    assert DARK.bad in label.styleSheet() and DARK.accent in digit.styleSheet()
    for index in range(20):  # one the network reads right through the canvas
        tab.show_test_digit(index)
        if tab.panel.predicted_index() == int(dataset.t_test[index]):
            break
    assert DARK.good in label.styleSheet() and "right" in label.text()


def test_model_label_pretrained_then_your_network(qtbot, tab, controller):
    if tab.model_source() != "pretrained":
        pytest.skip("the bundled pre-trained model is not available")
    label = find(tab, QLabel, "modelInUse")
    assert "pre-trained" in label.text() and "98." in label.text()
    with qtbot.waitSignal(controller.runFinished, timeout=30_000):
        assert controller.start(TrainConfig(steps=5))
    assert tab.model_source() == "own"
    assert "your network" in label.text() and "step 5" in label.text()
    # its own copy, never the controller's live network
    own = tab.network()
    assert own is not controller.net
    assert not any(np.shares_memory(own.params[k], controller.net.params[k]) for k in own.params)
    for k in own.params:
        np.testing.assert_array_equal(own.params[k], controller.net.params[k])
    # new random weights: the pre-trained model predicts again
    controller.reset(TrainConfig(), reason=NEW_WEIGHTS)
    assert tab.model_source() == "pretrained" and "pre-trained" in label.text()


def test_a_loaded_network_predicts_at_once(qtbot, tab, controller):
    net = controller.network_copy()
    controller.set_network(net, reason=NetworkChange(Origin.LOADED_MODEL, "mine.npz"))
    assert tab.model_source() == "own"
    assert "your network" in find(tab, QLabel, "modelInUse").text()


def test_a_diverged_network_gives_no_guess(qtbot, tab, controller):
    net = controller.network_copy()
    net.params["W1"][...] = np.nan
    controller.set_network(net, reason=NetworkChange(Origin.LOADED_MODEL, "broken.npz"))
    draw(tab, SEVEN)
    tab.predict_now()
    assert showing_prompt(tab) and guess(tab) == ""
    assert "not numbers" in find(tab, QLabel, "drawPrompt").text()
    find(tab, QAbstractButton, "loadMisclassifiedButton").click()  # NaN scores: must not crash


def test_parameters_follow_training(qtbot, tab, controller):
    with qtbot.waitSignal(controller.runFinished, timeout=60_000):
        controller.start(TrainConfig(steps=400, eval_every=200))
    assert tab.model_source() == "own"
    assert f"step {controller.total_step:,}" in find(tab, QLabel, "modelInUse").text()
    for k, v in tab.network().params.items():
        np.testing.assert_array_equal(v, controller.net.params[k])


def test_without_a_pretrained_model_the_controllers_network_predicts(qtbot, controller):
    tab = DrawTab(controller, pretrained=None)
    qtbot.addWidget(tab)
    assert tab.model_source() == "own" and tab.network() is not controller.net
    assert "unavailable" in find(tab, QLabel, "modelInUse").text()


def test_every_interactive_widget_has_a_name_and_tooltip(tab):
    widgets = [tab.canvas, *tab.findChildren(QAbstractButton), *tab.findChildren(QSlider),
               *tab.findChildren(QComboBox), *tab.findChildren(DrawingCanvas)]
    assert len(widgets) >= 7
    for w in widgets:
        assert w.objectName(), w
        assert w.toolTip(), w.objectName()
    for name in ("drawTab", "predictionPanel", "modelInUse", "trueLabel", "networkInput", "probabilityBars",
                 "predictedDigit", "drawPrompt", "penWidth", "stageSelector"):
        assert tab.objectName() == name or tab.findChild(QWidget, name) is not None, name


def test_a_burst_of_changes_costs_one_prediction(qtbot, tab, monkeypatch):
    import gui.draw.tab as draw_tab

    calls = []
    real = draw_tab.classify
    monkeypatch.setattr(draw_tab, "classify", lambda net, image: calls.append(1) or real(net, image))
    draw(tab, [[(0.2 + 0.01 * i, 0.2 + 0.012 * i) for i in range(50)]])  # 50 moves, no event loop between
    assert calls == []
    qtbot.waitUntil(lambda: guess(tab) != "", timeout=2000)
    assert len(calls) == 1


def test_before_the_data_is_loaded(qtbot):
    controller = RunController()
    try:
        tab = DrawTab(controller)
        qtbot.addWidget(tab)
        assert not find(tab, QAbstractButton, "loadTestButton").isEnabled()
        assert not find(tab, QAbstractButton, "loadMisclassifiedButton").isEnabled()
        if tab.model_source() == "pretrained":  # the pre-trained model needs no data set
            draw(tab, ONE)
            tab.predict_now()
            assert guess(tab) == "1"
        controller.set_dataset(engine.load_dataset())
        assert find(tab, QAbstractButton, "loadTestButton").isEnabled()
        bare = DrawTab(RunController(), pretrained=None)  # no data, no pre-trained model
        qtbot.addWidget(bare)
        bare.show()
        assert bare.model_source() is None and showing_prompt(bare)
        assert "No network" in find(bare, QLabel, "drawPrompt").text()
        assert "loading" in find(bare, QLabel, "modelInUse").text()
    finally:
        controller.shutdown()
