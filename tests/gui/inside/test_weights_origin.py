"""Issue 15 item 8: Inside the network says where the weights it evaluates came from."""
from importlib import resources

from engine import TrainConfig
from gui.common.network_change import NEW_WEIGHTS
from gui.inside.view import InsideView


def _pretrained_path():
    return str(resources.files("resources").joinpath("pretrained.npz"))


def test_a_loaded_model_is_not_called_initial_random_weights(qtbot, make_window):
    window = make_window()
    assert window.file_actions.load_model_from(_pretrained_path())
    window.tabs.setCurrentWidget(window.inside)
    window.inside.refresh()
    caption = window.inside.caption.text()
    assert "initial random" not in caption
    assert "loaded from pretrained.npz" in caption
    # and the accuracy is the trained model's, not a random one
    assert "accuracy 9" in caption


def test_new_weights_are_called_initial_random_weights(qtbot, controller):
    controller.reset(TrainConfig(), reason=NEW_WEIGHTS)
    view = InsideView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.refresh()
    assert "initial random weights" in view.caption.text()


def test_training_a_loaded_model_says_both(qtbot, make_window):
    window = make_window()
    assert window.file_actions.load_model_from(_pretrained_path())
    c = window.controller
    with qtbot.waitSignal(c.runFinished, timeout=60_000):
        c.start(c.config.replace(steps=5, epochs=None, eval_every=None))
    window.tabs.setCurrentWidget(window.inside)
    window.inside.refresh()
    caption = window.inside.caption.text()
    assert "5 steps of training on the weights loaded from pretrained.npz" in caption
