"""The Computational graph tab in the window, and its link with One step, explained:
two views of the same pass on the same test images, each a click from the other."""
import numpy as np

from gui.graph.tab import NETWORK


def test_the_graph_tab_is_in_the_window_and_follows_a_new_network(qtbot, make_window):
    window = make_window()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Computational graph" in titles
    window.graph.load(NETWORK)
    before = window.graph.graph.grad("W1").copy()
    window.controls.seed.setValue(window.controls.seed.value() + 1)
    window.reset()  # new weights: the network graph is rebuilt from them
    assert not np.array_equal(window.graph.graph.grad("W1"), before)
    assert np.array_equal(window.graph.graph.nodes["W1"].value, window.controller.net.params["W1"])


def test_from_the_graph_to_the_same_stage_of_one_step(qtbot, make_window):
    window = make_window()
    graph = window.graph
    assert graph.show_stage("Affine2", "backward")
    graph.one_step_button.click()
    assert window.tabs.currentWidget() is window.one_step
    record = window.one_step.current_record
    assert (record.layer, record.direction) == ("Affine2", "backward")
    assert np.array_equal(window.one_step._indices, graph.test_indices)
    # The same pass: the graph's dW2 is the stage's dW.
    np.testing.assert_allclose(graph.graph.grad("W2"), record.arrays["dW"], rtol=1e-12, atol=1e-15)


def test_from_one_step_to_the_same_stage_of_the_graph(qtbot, make_window):
    window = make_window()
    one_step = window.one_step
    one_step.batch_spin.setValue(5)
    one_step.run_step()
    assert one_step.show_layer("Relu1", "forward")
    one_step.graph_button.click()
    assert window.tabs.currentWidget() is window.graph
    graph = window.graph
    assert graph.preset.currentData() == NETWORK
    assert graph.graph.nodes[graph.canvas.selected].group == "Relu1"
    assert np.array_equal(graph.test_indices, one_step._indices) and len(graph.test_indices) == 5
    assert "5 test images" in graph.title.text()
    # The same activations: the graph's ReLU output is the stage's out.
    np.testing.assert_allclose(graph.graph.nodes[graph.canvas.selected].value,
                               one_step.current_record.arrays["out"], rtol=1e-12, atol=1e-15)


def test_one_step_without_data_does_not_link(qtbot, controller):
    from gui.one_step.view import OneStepView
    from gui.train.run_controller import RunController
    view = OneStepView(RunController())
    qtbot.addWidget(view)
    assert not view.show_layer("Affine1", "forward")
    assert not view.graph_button.isEnabled()
