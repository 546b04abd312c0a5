"""The Computational graph tab on real graphs, a real controller and real MNIST."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSlider

from engine import GRAPH_PRESETS
from gui.graph.tab import NAMES, TITLES, GraphTab


@pytest.fixture
def tab(qtbot, controller):
    t = GraphTab(controller)
    qtbot.addWidget(t)
    t.resize(1200, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def click_node(qtbot, tab, name):
    centre = tab.canvas.node_centre(name)
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_every_preset_has_a_translatable_title_and_loads(tab):
    assert set(TITLES) == set(GRAPH_PRESETS) == set(NAMES)
    for name in GRAPH_PRESETS:
        assert tab.load(name), name
        assert tab.graph is not None and tab.title.text()


def test_apple_orange_shows_the_books_numbers(tab):
    tab.load("apple-orange")
    g = tab.graph
    assert g.value("price") == pytest.approx(715)
    grads = {n: g.grad(n) for n in ("apple", "apple_num", "orange", "orange_num", "tax")}
    assert grads == pytest.approx({"apple": 2.2, "apple_num": 110, "orange": 3.3, "orange_num": 165, "tax": 650})


def test_clicking_a_node_explains_upstream_times_local(qtbot, tab):
    tab.load("apple-orange")
    click_node(qtbot, tab, "price")
    text = tab.explanation.text()
    assert "price" in text and "715" in text
    click_node(qtbot, tab, "apple_price")
    text = tab.explanation.text()
    # d(apple) = dout × apple_num = 1.1 × 2 = 2.2
    assert "1.1" in text and "2.2" in text and "upstream × local" in text


def test_editing_an_input_re_propagates_and_a_bad_value_changes_nothing(qtbot, tab):
    tab.load("apple-orange")
    assert tab.inputs.set_value("apple", "200")
    assert tab.graph.value("price") == pytest.approx(1.1 * (400 + 450))
    assert tab.graph.grad("tax") == pytest.approx(850)
    assert not tab.inputs.set_value("apple", "two hundred")
    assert tab.graph.value("price") == pytest.approx(935)
    assert "apple" in tab.inputs.error.text() and tab.inputs.error.isVisible()
    assert tab.inputs.set_value("apple", "100")
    assert tab.inputs.error.text() == ""


def test_nudge_agrees_with_backprop(tab):
    tab.load("sigmoid")
    nudge = tab.inputs.nudge("x")
    assert nudge.numerical == pytest.approx(nudge.backprop, abs=1e-7)
    assert "0.19661" in tab.inputs.rows["x"][3].text()


def test_sigmoid_graph_and_single_node_give_the_same_gradient(tab):
    tab.load("sigmoid")
    y = 1 / (1 + np.exp(-1.0))
    assert tab.graph.grad("x") == pytest.approx(y * (1 - y), abs=1e-12)
    assert tab.graph.grad("x") == pytest.approx(tab.graph.grad("x_single"), abs=1e-12)


def test_stepping_reveals_forward_then_backward(tab):
    tab.load("apple-orange")
    tab.first()
    g = tab.graph
    assert tab.step_index == 0 and "price" not in tab.canvas.revealed.values
    for _ in range(len(g.forward_order)):
        tab.step()
    assert "price" in tab.canvas.revealed.values and not tab.canvas.revealed.grads
    tab.step()  # backward starts at the output
    assert tab.canvas.revealed.edge_grads
    tab.back()
    assert not tab.canvas.revealed.edge_grads
    tab.show_all()
    assert tab.canvas.revealed is None and "gradients" in tab.step_label.text()


def test_play_animates_to_the_end_and_stops(qtbot, tab):
    tab.load("apple")
    tab.speed.setValue(10)  # 5 steps a second
    tab.toggle_play()
    assert tab.timer.isActive()
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=10_000)
    assert tab.step_index is None  # everything shown at the end
    assert tab.play_button.text() == "▶ Play"


def test_network_graph_equals_the_networks_gradient(tab, controller):
    assert tab.load("two-layer-net")
    net = controller.network_copy().copy(dtype=np.float64)
    x = np.asarray(controller.dataset.x_test[:3], dtype=np.float64)
    grads = net.gradient(x, controller.dataset.t_test[:3])
    for name in ("W1", "b1", "W2", "b2"):
        assert np.array_equal(tab.graph.grad(name), grads[name]), name


def test_stage_link_both_ways(qtbot, tab):
    tab.load("two-layer-net")
    assert tab.show_stage("Relu1", "forward")
    assert tab.canvas.selected is not None and tab.graph.nodes[tab.canvas.selected].group == "Relu1"
    with qtbot.waitSignal(tab.stageRequested) as blocker:
        tab.one_step_button.click()
    assert blocker.args[0] == "Relu1"


def test_every_interactive_widget_has_a_name_and_a_tooltip(tab):
    tab.load("apple-orange")
    widgets = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QSlider) for w in tab.findChildren(kind)]
    assert widgets
    missing = [(type(w).__name__, w.objectName(), w.toolTip()) for w in widgets
               if w.isVisibleTo(tab) and (not w.objectName() or not w.toolTip())]
    assert missing == []


@pytest.mark.parametrize("size", [(1200, 700), (760, 520), (560, 480)])
def test_names_and_numbers_do_not_cover_each_other(tab, size):
    # At the window's size and at a 1024x768 projector's, every node's name is clear of the
    # numbers written on the edges (they are what the learner reads).
    from PySide6.QtGui import QFontMetricsF

    from gui.common.fonts import font_px
    tab.resize(*size)
    for name in ("apple", "apple-orange", "sigmoid", "affine"):
        tab.load(name)
        canvas = tab.canvas
        canvas.grab()  # paints: the number boxes are laid out
        metrics = QFontMetricsF(font_px(15 * canvas.scale))
        boxes = [b for e in canvas.graph.edges for b in canvas._edge_number_boxes(e, metrics)]
        for node in canvas.graph.nodes.values():
            if node.is_input:
                continue
            rect = canvas._name_rect(node, canvas.node_centre(node.name))
            assert not any(rect.intersects(b) for b in boxes), (name, node.name)
            assert 0 <= rect.left() and rect.right() <= canvas.width(), (name, node.name)


@pytest.mark.parametrize("scale", [1.0, 1.6])
@pytest.mark.parametrize("size", [(1200, 700), (1000, 600), (760, 520)])
def test_the_numbers_on_the_edges_never_cover_each_other(tab, size, scale):
    # Two edges meeting at one node (apple and apple_num at ×) ran their numbers into each other
    # in presentation mode's large type on a 1024x768 projector.
    from PySide6.QtGui import QFontMetricsF

    from engine.graph_presets import GRAPH_PRESETS
    from gui.common.fonts import font_px
    tab.resize(*size)
    tab.canvas.set_font_scale(scale)
    failed = []
    # Not softmax-loss and two-layer-net: their edges carry arrays whose text is longer than an
    # edge (left for a later change; the closing note says so). Before: apple-orange clashed
    # even at 1200x700, and apple, chain-rule, sigmoid and affine in large type.
    for name in [n for n in GRAPH_PRESETS if n not in ("softmax-loss", "two-layer-net")]:
        tab.load(name)
        canvas = tab.canvas
        canvas.grab()  # paints: the numbers are placed
        assert 1.0 <= canvas.scale <= scale
        metrics = QFontMetricsF(font_px(15 * canvas.scale))
        boxes = [(e.source, text, canvas._text_box(text, at, metrics))
                 for e in canvas.graph.edges for text, at, _ in canvas._edge_numbers(e, metrics)]
        clashes = [(a[:2], b[:2]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] != b[0] and a[2].intersects(b[2])]
        if clashes:
            failed.append(name)
    assert failed == [], failed
