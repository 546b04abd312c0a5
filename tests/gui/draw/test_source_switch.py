"""Issue 15 item 24: a switch on the Draw tab between the bundled pre-trained model and "my network"."""
import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from engine import TrainConfig, load_pretrained
from gui.draw.tab import DrawTab

from .test_draw_tab import SEVEN, draw


@pytest.fixture
def tab(qtbot, controller):
    widget = DrawTab(controller, pretrained=load_pretrained())
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _buttons(tab):
    return tab.findChild(QPushButton, "drawUsePretrained"), tab.findChild(QPushButton, "drawUseOwn")


def test_the_switch_shows_which_network_predicts(qtbot, tab):
    pretrained, own = _buttons(tab)
    assert pretrained.isVisible() and own.isVisible()
    assert pretrained.isChecked() and not own.isChecked()
    assert pretrained.text().startswith("●") and own.text().startswith("○") and pretrained.font().bold()
    assert pretrained.toolTip() and own.toolTip()


def test_my_network_before_it_has_trained(qtbot, tab, controller):
    pretrained, own = _buttons(tab)
    own.click()
    assert tab.model_source() == "own" and own.isChecked() and not pretrained.isChecked()
    label = tab.findChild(QLabel, "modelInUse").text()
    assert "your network" in label and "not trained yet" in label
    for k, v in tab.network().params.items():
        np.testing.assert_array_equal(v, controller.net.params[k])
    draw(tab, SEVEN)
    tab.predict_now()
    assert tab.panel.predicted_index() is not None


def test_the_pretrained_model_while_my_network_trains(qtbot, tab, controller):
    pretrained, own = _buttons(tab)
    with qtbot.waitSignal(controller.runFinished, timeout=60_000):
        controller.start(TrainConfig(steps=5))
    assert tab.model_source() == "own" and own.isChecked()  # automatic: your network takes over
    pretrained.click()
    assert tab.model_source() == "pretrained" and pretrained.isChecked()
    with qtbot.waitSignal(controller.runFinished, timeout=60_000):
        controller.start(TrainConfig(steps=5))
    assert tab.model_source() == "pretrained"  # the user's choice stays
    label = tab.findChild(QLabel, "modelInUse").text()
    assert "pre-trained" in label and "takes over" not in label
    own.click()
    assert tab.model_source() == "own"
    assert f"step {controller.total_step:,}" in tab.findChild(QLabel, "modelInUse").text()


def test_no_pretrained_model_greys_its_button(qtbot, controller):
    widget = DrawTab(controller, pretrained=None)
    qtbot.addWidget(widget)
    pretrained, own = _buttons(widget)
    assert not pretrained.isEnabled() and own.isEnabled() and own.isChecked()
