"""The controls refuse a network or a mini-batch beyond the work limits, saying the numbers in the user's language."""
import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit

from engine import MAX_PARAMS, TrainConfig, largest_batch
from gui.train.controls import ControlsPanel
from tests.gui.i18n_words import app, english_words, language  # noqa: F401 (fixtures)


@pytest.fixture
def panel(qtbot):
    widget = ControlsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def child(panel, cls, name):
    widget = panel.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_a_network_over_the_parameter_cap_is_refused_with_its_numbers(panel, qtbot):
    edit, label = child(panel, QLineEdit, "hiddenSizes"), child(panel, QLabel, "configError")
    edit.setText(", ".join(["1024"] * 10))  # 10.3 million parameters: allowed
    assert panel.is_valid() and panel.config().hidden_sizes == (1024,) * 10
    with qtbot.waitSignal(panel.validityChanged) as blocker:
        edit.setText("4096, 4096")
    assert blocker.args == [False]
    assert label.isVisible() and label.text() == (
        "“Hidden layers”: a 784-4096-4096-10 network has 20,037,642 parameters (weights and biases); at most "
        "10,500,000 are allowed, so that Stop and Reset answer within a second. Use fewer or narrower hidden layers.")
    assert "border" in edit.styleSheet() and label.text() in edit.toolTip()
    assert panel.error_text().startswith("hidden_sizes: a 784-4096-4096-10 network has 20,037,642 parameters")
    edit.setText("4096, 1000")
    assert panel.is_valid() and not label.isVisible()


def test_a_mini_batch_too_heavy_for_the_network_is_refused_with_the_largest_that_fits(panel, qtbot):
    batch, label = child(panel, QAbstractSpinBox, "batchSize"), child(panel, QLabel, "configError")
    batch.setValue(60_000)
    assert panel.is_valid()  # the book's 784-50-10 takes the whole training set at once
    child(panel, QLineEdit, "hiddenSizes").setText("1000")
    assert not panel.is_valid()
    assert label.text() == ("“Batch size”: a mini-batch of 60,000 through 784-1000-10 is 4.76e10 multiply-adds; "
                            "at most 2.5e9 are allowed, so that Stop answers within a second. Use a batch of at "
                            "most 3,148.")
    assert "border" in batch.styleSheet()
    batch.setValue(largest_batch((1000,)))
    assert panel.is_valid() and panel.config().batch_size == 3148
    batch.setValue(3149)
    assert not panel.is_valid()


@pytest.mark.parametrize("code, words", [("ko", ("은닉층", "매개변수")), ("ja", ("隠れ層", "パラメータ"))])
def test_the_refusals_in_korean_and_japanese(panel, language, code, words):  # noqa: F811
    language(code)
    child(panel, QLineEdit, "hiddenSizes").setText("4096, 4096")
    text = child(panel, QLabel, "configError").text()
    for word in words + ("784-4096-4096-10", "20,037,642", f"{MAX_PARAMS:,}"):
        assert word in text, text
    assert english_words(text) == []
    child(panel, QLineEdit, "hiddenSizes").setText("1000")
    child(panel, QAbstractSpinBox, "batchSize").setValue(60_000)
    text = child(panel, QLabel, "configError").text()
    for word in ("784-1000-10", "60,000", "4.76e10", "2.5e9", "3,148"):
        assert word in text, text
    assert english_words(text) == []


def test_the_tooltips_say_the_caps(panel):
    assert "at most 10,500,000 parameters" in child(panel, QLineEdit, "hiddenSizes").toolTip()
    assert "at most 2.5e9 multiply-adds per mini-batch" in child(panel, QAbstractSpinBox, "batchSize").toolTip()
    panel.set_config(TrainConfig(hidden_sizes=(100,) * 10, batch_size=100))
    assert panel.is_valid()
