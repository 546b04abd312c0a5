"""Issue 15 item 9: an architecture change is applied at once to an untrained network, and shown as
pending (with what Start or Reset will do) for a trained or loaded one, also on the Draw tab."""
from importlib import resources

from PySide6.QtWidgets import QLabel

from engine import TrainConfig


def _set_activation(window, name):
    combo = window.controls.activation
    combo.setCurrentIndex(combo.findData(name))


def _note(window):
    return window.controls.findChild(QLabel, "pendingArchitecture")


def test_an_untrained_network_follows_the_controls_at_once(qtbot, make_window):
    window = make_window()
    c = window.controller
    assert c.net.activation == "relu"
    _set_activation(window, "sigmoid")
    qtbot.waitUntil(lambda: c.net.activation == "sigmoid", timeout=5000)
    window.controls.hidden.setText("100, 20")
    qtbot.waitUntil(lambda: c.net.sizes == [784, 100, 20, 10], timeout=5000)
    assert not _note(window).isVisible()
    # the gradient check and the Draw tab get this network from the controller
    assert c.network_copy().activation == "sigmoid"
    window.draw_tab.source_switch.own_button.click()
    assert window.draw_tab.network().activation == "sigmoid"
    assert window.draw_tab.network().sizes == [784, 100, 20, 10]


def test_a_trained_network_is_kept_and_the_change_shown_as_pending(qtbot, make_window):
    window = make_window(TrainConfig(steps=20))
    c = window.controller
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start()
    weights = c.net.params["W1"].copy()
    _set_activation(window, "sigmoid")
    note = _note(window)
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert c.net.activation == "relu" and (c.net.params["W1"] == weights).all()
    text = note.text()
    assert "still 784-50-10 ReLU (trained 20 steps)" in text and "784-50-10 Sigmoid" in text
    assert "Start or Reset" in text
    assert window.architecture.pending() == text
    label = window.draw_tab.findChild(QLabel, "modelInUse")
    assert "still 784-50-10 ReLU" in label.text()  # "my network" reads the drawing: say it there too
    # going back hides the note; Reset applies the change and hides it
    _set_activation(window, "relu")
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=5000)
    _set_activation(window, "sigmoid")
    qtbot.waitUntil(note.isVisible, timeout=5000)
    window.reset()
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=5000)
    assert c.net.activation == "sigmoid"
    assert "still" not in label.text()


def test_a_loaded_model_is_not_replaced(qtbot, make_window):
    window = make_window(TrainConfig(hidden_sizes=(30,)))
    path = str(resources.files("resources").joinpath("pretrained.npz"))
    assert window.file_actions.load_model_from(path)
    loaded = window.controller.net
    qtbot.waitUntil(lambda: not window.architecture._timer.isActive(), timeout=5000)
    assert window.controller.net is loaded
    assert not _note(window).isVisible()
    _set_activation(window, "sigmoid" if loaded.activation == "relu" else "relu")
    qtbot.waitUntil(_note(window).isVisible, timeout=5000)
    assert "loaded from pretrained.npz" in _note(window).text()
    assert window.controller.net is loaded


def test_restored_controls_build_the_first_network(qtbot, make_window):
    window = make_window(TrainConfig(hidden_sizes=(64,), activation="sigmoid"))
    qtbot.waitUntil(lambda: window.controller.net.sizes == [784, 64, 10], timeout=5000)
    assert window.controller.net.activation == "sigmoid"


def test_the_note_takes_the_colour_of_the_theme(qtbot, make_window):
    from gui.common.palette import DARK, LIGHT

    window = make_window(TrainConfig(steps=5))
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start()
    _set_activation(window, "sigmoid")
    note = _note(window)
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert LIGHT.warn.lower() in note.styleSheet().lower()
    window.view_actions.set_theme("dark")
    try:  # the new palette reaches the widgets through the event queue
        qtbot.waitUntil(lambda: DARK.warn.lower() in note.styleSheet().lower(), timeout=5000)
    finally:
        window.view_actions.set_theme("light")
