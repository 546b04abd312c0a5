"""OneStepView with a real controller and real MNIST: stages, walking, shapes, batches, waiting, names."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QSpinBox, QWidget

from engine import TrainConfig
from gui.common.network_change import NEW_WEIGHTS
from gui.one_step.view import DiagramStrip, OneStepView
from gui.train.run_controller import RunController

TWO_LAYER_STAGES = [
    "Affine1 forward", "Relu1 forward", "Affine2 forward",
    "SoftmaxWithLoss forward", "SoftmaxWithLoss backward",
    "Affine2 backward", "Relu1 backward", "Affine1 backward",
]
# A shape each stage's detail must show, for a batch of N and the default 784-50-10 net.
SHAPES = ["(N, 784)", "(N, 50)", "(N, 50)", "(N, 10)", "(N, 10)", "(N, 10)", "(N, 50)", "(N, 784)"]


def make_view(qtbot, controller, **kwargs):
    view = OneStepView(controller, **kwargs)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, controller):
    return make_view(qtbot, controller)


def find(view, cls, name):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, view, name):
    qtbot.mouseClick(find(view, QAbstractButton, name), Qt.MouseButton.LeftButton)


def test_run_step_fills_the_stage_list(view):
    assert view.run_step()
    stages = find(view, QListWidget, "osStages")
    assert [stages.item(i).text() for i in range(stages.count())] == TWO_LAYER_STAGES
    assert view.stage_list_texts() == TWO_LAYER_STAGES
    assert view.trace.stage_titles == TWO_LAYER_STAGES
    assert view.trace.batch_size == 2 and view.current_stage == 0
    assert stages.currentRow() == 0


def test_next_and_previous_walk_the_stages(qtbot, view):
    view.run_step()
    view.show_stage(0)
    for i, title in enumerate(TWO_LAYER_STAGES):
        assert view.current_stage == i
        assert find(view, QListWidget, "osStages").currentRow() == i
        text = view.detail_text()
        record = view.trace.stages[i]
        assert record.layer in text and title in text
        assert record.formula in text
        assert SHAPES[i].replace("N", "2") in text, (title, text)
        assert find(view, QAbstractButton, "osPrev").isEnabled() == (i > 0)
        assert find(view, QAbstractButton, "osNext").isEnabled() == (i < len(TWO_LAYER_STAGES) - 1)
        if i < len(TWO_LAYER_STAGES) - 1:
            click(qtbot, view, "osNext")
    click(qtbot, view, "osNext")  # disabled at the end: nothing happens
    assert view.current_stage == len(TWO_LAYER_STAGES) - 1
    for i in reversed(range(len(TWO_LAYER_STAGES) - 1)):
        click(qtbot, view, "osPrev")
        assert view.current_stage == i
        assert view.trace.stages[i].layer in view.detail_text()


def test_details_name_the_book_arrays(view):
    view.run_step()
    view.show_stage(TWO_LAYER_STAGES.index("Affine2 backward"))
    text = view.detail_text()
    for piece in ("dout", "dx", "dW", "db", "(50, 10)", "(10,)", "grads['W2']", "dx = dout·Wᵀ",
                  "min", "mean", "max"):
        assert piece in text, piece
    view.show_stage(0)
    text = view.detail_text()
    assert "params['W1']" in text and "(784, 50)" in text and "t = " in text
    view.show_stage(TWO_LAYER_STAGES.index("SoftmaxWithLoss forward"))
    text = view.detail_text()
    assert "−log y[t]" in text and "L = {:.4f}".format(view.trace.data_loss) in text
    view.show_stage(TWO_LAYER_STAGES.index("Affine1 backward"))
    assert "not used" in view.detail_text()


def test_selecting_a_stage_in_the_list_shows_it(view):
    view.run_step()
    find(view, QListWidget, "osStages").setCurrentRow(5)
    assert view.current_stage == 5
    assert view.current_record.title == "Affine2 backward"
    assert find(view, QLabel, "osTitle").text() == "Affine2 backward"


def test_page_down_and_up_step_through(qtbot, view):
    view.run_step()
    find(view, QAbstractButton, "osNext").setFocus()
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_PageDown)
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_PageDown)
    assert view.current_stage == 2
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_PageUp)
    assert view.current_stage == 1


def test_batch_size_changes_the_shapes_and_keeps_the_stage(view, dataset):
    view.run_step()
    first = view.trace.labels[:2].copy()
    view.show_stage(3)
    find(view, QSpinBox, "osBatch").setValue(5)
    assert view.trace.batch_size == 5 and view.current_stage == 3
    np.testing.assert_array_equal(view.trace.labels[:2], first)  # the first images stay
    assert "(5, 10)" in view.detail_text()
    view.show_stage(0)
    assert "(5, 784)" in view.detail_text() and "(2, 784)" not in view.detail_text()
    rows = [int(np.flatnonzero((dataset.x_test == row).all(axis=1))[0]) for row in view.trace.x.astype(np.float32)]
    np.testing.assert_array_equal(dataset.t_test[rows], view.trace.labels)


def test_new_batch_is_seeded_and_new(qtbot, controller):
    a, b = make_view(qtbot, controller, seed=3), make_view(qtbot, controller, seed=3)
    a.run_step(), b.run_step()
    np.testing.assert_array_equal(a.trace.x, b.trace.x)
    before = a.trace.x.copy()
    click(qtbot, a, "osNewBatch")
    assert a.trace.x.shape == before.shape and not np.array_equal(a.trace.x, before)


def test_the_step_is_the_networks_and_leaves_it_alone(view, controller):
    params = {k: v.copy() for k, v in controller.net.params.items()}
    view.run_step()
    for key, value in controller.net.params.items():
        assert value.tobytes() == params[key].tobytes(), key
    trace = view.trace
    reference = controller.network_copy().copy(dtype=np.float64)
    expected = reference.gradient(trace.x, trace.t)
    for key in expected:
        np.testing.assert_allclose(trace.gradients[key], expected[key], rtol=1e-12)


def test_waiting_for_the_data(qtbot, dataset):
    c = RunController()
    try:
        view = make_view(qtbot, c)
        assert find(view, QLabel, "osWaiting").isVisible()
        for name in ("osRun", "osNewBatch", "osPrev", "osNext"):
            assert not find(view, QAbstractButton, name).isEnabled(), name
        assert not find(view, QSpinBox, "osBatch").isEnabled()
        assert not view.run_step() and view.trace is None
        c.set_dataset(dataset)
        assert not find(view, QLabel, "osWaiting").isVisible()
        assert find(view, QAbstractButton, "osRun").isEnabled()
        assert view.run_step() and view.stage_list_texts() == TWO_LAYER_STAGES
    finally:
        c.shutdown()


def test_a_new_network_marks_the_step_out_of_date(view, controller):
    view.run_step()
    assert "has changed since" not in find(view, QLabel, "osSource").text()
    controller.reset(TrainConfig(seed=9), reason=NEW_WEIGHTS)
    assert "has changed since" in find(view, QLabel, "osSource").text()
    view.run_step()
    assert "has changed since" not in find(view, QLabel, "osSource").text()


def test_deep_sigmoid_net(qtbot, view, controller):
    controller.reset(TrainConfig(hidden_sizes=(30, 20, 10), activation="sigmoid"))
    view.run_step()
    names = view.stage_list_texts()
    assert names[:7] == ["Affine1 forward", "Sigmoid1 forward", "Affine2 forward", "Sigmoid2 forward",
                         "Affine3 forward", "Sigmoid3 forward", "Affine4 forward"]
    assert names[-1] == "Affine1 backward" and len(names) == 16
    view.show_stage(names.index("Sigmoid2 backward"))
    assert "(2, 20)" in view.detail_text() and "dx = dout × out × (1 − out)" in view.detail_text()
    assert not find(view, DiagramStrip, "osDiagram").grab().isNull()


def test_works_during_training(qtbot, view, controller):
    assert controller.start(TrainConfig(steps=100_000))
    try:
        qtbot.waitUntil(lambda: controller.total_step > 0, timeout=20_000)
        assert view.run_step()
        assert view.trace.stage_titles == TWO_LAYER_STAGES
    finally:
        controller.stop(wait=True)


def test_a_diverged_network_shows_nan_without_failing(view, controller):
    controller.net.params["W1"][...] = np.inf  # 0 * inf = nan: every value downstream is nan
    view.run_step()
    for i in range(len(TWO_LAYER_STAGES)):
        view.show_stage(i)
        view.diagram.grab()
    assert "nan" in view.detail_text()


def test_every_interactive_widget_has_a_name_and_tooltip(view):
    view.run_step()
    widgets = [*view.findChildren(QAbstractButton), *view.findChildren(QSpinBox),
               *view.findChildren(QListWidget), find(view, DiagramStrip, "osDiagram"),
               find(view, QWidget, "osArrays")]
    assert len(widgets) >= 8
    for w in widgets:
        assert w.objectName(), w
        assert w.toolTip(), w.objectName()
    for name in ("osBatch", "osNewBatch", "osRun", "osPrev", "osNext", "osStages", "osDiagram", "osDetail",
                 "osWaiting", "osSource", "osTitle", "osFormula", "osExplain"):
        assert view.findChild(QWidget, name) is not None, name
    assert view.objectName() == "oneStepView"


def test_presentation_font_scale(view):
    view.run_step()
    formula = find(view, QLabel, "osFormula")
    assert formula.font().pixelSize() == 30
    height = find(view, DiagramStrip, "osDiagram").height()
    view.set_font_scale(1.6)
    assert formula.font().pixelSize() == 48
    assert find(view, DiagramStrip, "osDiagram").height() > height
    assert "font-size:27px" in view.arrays_view.toHtml()
    view.set_font_scale(1.0)
    assert formula.font().pixelSize() == 30


def test_colours_follow_a_dark_palette(view):
    from PySide6.QtGui import QColor, QPalette

    view.run_step()
    assert "#0072b2" in find(view, QLabel, "osTitle").styleSheet().lower()
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1d20"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    assert "#56b4e9" in find(view, QLabel, "osTitle").styleSheet().lower()
    assert view.stage_list.item(0).foreground().color().name().lower() == "#56b4e9"


def test_gradient_colours_and_signed_images_come_from_the_palette(view):
    from PySide6.QtGui import QColor

    from gui.common.palette import LIGHT
    from gui.one_step.parts import diverging_image

    view.run_step()
    view.show_stage(4)  # SoftmaxWithLoss backward
    assert LIGHT.bad.lower() in find(view, QLabel, "osTitle").styleSheet().lower()
    image = diverging_image(np.array([[1.0, 0.0, -1.0]]), 1.0, 1)
    assert [QColor(image.pixel(x, 0)).name() for x in range(3)] == [
        LIGHT.weight_pos.lower(), "#ffffff", LIGHT.weight_neg.lower()]
