"""ControlsPanel: TrainConfig round trips, validation display, lr slider, locking."""
import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

from engine import BUGS, LIMITS, TrainConfig
from gui.common.number_box import NumberBox, format_number
from gui.common.palette import DARK, LIGHT
from gui.train.controls import ControlsPanel

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider, QCheckBox)
LR_NAMES = {"learningRate", "learningRateSlider"}


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


def interactive_children(panel):
    seen = []
    for cls in INTERACTIVE:
        for w in panel.findChildren(cls):
            # The spin boxes' inner QLineEdit is part of the spin box, not a control of its own.
            if isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox):
                continue
            if w not in seen:
                seen.append(w)
    return seen


def test_defaults_equal_trainconfig(panel):
    assert panel.config() == TrainConfig()
    assert panel.is_valid() and panel.error_text() == ""
    assert not child(panel, QLabel, "configError").isVisible()


ROUND_TRIPS = [
    TrainConfig(),
    TrainConfig(hidden_sizes=(100, 100), activation="sigmoid", weight_init="xavier", optimizer="adam",
                lr=0.001, batch_size=128, steps=None, epochs=2.5, eval_every=250, seed=42),
    TrainConfig(epochs=5),  # epochs wins, steps keeps its default 10000
    TrainConfig(weight_init=0.123456789, lr=0.0123456789012345, epochs=0.01, steps=7),
    TrainConfig(weight_init="he", optimizer="momentum", lr=100.0, batch_size=1, steps=1,
                seed=LIMITS["seed"][1], weight_decay=0.1, train_size=300, augment=True),
    TrainConfig(hidden_sizes=(4096, 1, 7, 8, 9), optimizer="adagrad", lr=1e-6, batch_size=777,  # the most it takes
                steps=10_000_000, eval_every=1, weight_decay=1e-5, train_size=60000,
                weight_init=1e-6, bug="softmax-no-batch-divide"),
    TrainConfig(weight_init=10, epochs=1000.0, steps=None, eval_every=1_000_000, weight_decay=10.0,
                train_size=1, bug="sigmoid-uses-input", activation="sigmoid"),
    TrainConfig(dtype="float64", bug="relu-no-mask", lr=3.3333333333333335),
] + [TrainConfig(bug=name) for name in BUGS]


@pytest.mark.parametrize("cfg", ROUND_TRIPS, ids=lambda c: repr(c)[12:60])
def test_set_config_round_trips(panel, qtbot, cfg):
    with qtbot.waitSignal(panel.configChanged):
        panel.set_config(cfg)
    assert panel.config() == cfg
    assert panel.is_valid()


def test_set_config_emits_config_changed_once(panel):
    calls = []
    panel.configChanged.connect(lambda: calls.append(1))
    panel.set_config(ROUND_TRIPS[1])
    assert calls == [1]


WIDTH_REFUSAL = "Each width in “Hidden layers” must be a whole number from 1 to 4,096, "


@pytest.mark.parametrize("name, text, field, label_text", [
    ("hiddenSizes", "50, x", "hidden_sizes", WIDTH_REFUSAL + "not 'x'."),
    ("hiddenSizes", "0", "hidden_sizes", WIDTH_REFUSAL + "not 0."),
    ("hiddenSizes", "", "hidden_sizes", "“Hidden layers” must have 1 to 10 layers, not 0."),
    ("hiddenSizes", ", ".join(["100"] * 11), "hidden_sizes", "“Hidden layers” must have 1 to 10 layers, not 11."),
    ("learningRate", "500", "lr", "“Learning rate” must be a number from 1e-06 to 100, not 500.0."),
    ("learningRate", "abc", "lr", None),
    ("learningRate", "0", "lr", "“Learning rate” must be a number from 1e-06 to 100, not 0.0."),
])
def test_invalid_text_shows_error_and_fixing_clears_it(panel, qtbot, name, text, field, label_text):
    edit = child(panel, QLineEdit, name)
    good = edit.text()
    label = child(panel, QLabel, "configError")
    with qtbot.waitSignal(panel.validityChanged) as blocker:
        edit.setText(text)
    assert blocker.args == [False]
    assert not panel.is_valid()
    assert panel.error_text().startswith(field + " ")  # the engine's English, as the command line says it
    assert label.isVisible() and label.text().startswith(
        ("“Hidden layers”", "Each width in “Hidden layers”") if field == "hidden_sizes" else "“Learning rate”")
    assert label_text is None or label.text() == label_text  # the control's label, not the engine's field name
    assert field not in label.text()
    assert "border" in edit.styleSheet()
    assert label.text() in edit.toolTip()
    with pytest.raises(ValueError, match=field):
        panel.config()

    with qtbot.waitSignal(panel.validityChanged) as blocker:
        edit.setText(good)
    assert blocker.args == [True]
    assert panel.is_valid() and panel.error_text() == ""
    assert not label.isVisible()
    assert edit.styleSheet() == ""
    assert panel.config() == TrainConfig()


def test_typing_keys_validates_as_you_type(panel, qtbot):
    edit = child(panel, QLineEdit, "hiddenSizes")
    edit.clear()
    qtbot.keyClicks(edit, "100, 1")
    assert panel.config().hidden_sizes == (100, 1)
    qtbot.keyClicks(edit, "x")
    assert "hidden_size" in panel.error_text()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert panel.is_valid()


def test_slider_sets_box_to_ten_to_the_x(panel, qtbot):
    slider = child(panel, QSlider, "learningRateSlider")
    box = panel.findChild(QWidget, "learningRate")
    assert isinstance(box, QLineEdit)
    for notch in (slider.minimum(), -27, -20, 0, 13, slider.maximum()):
        with qtbot.waitSignal(panel.learningRateChanged) as blocker:
            slider.setValue(notch)
        x = notch / 20
        assert float(box.text()) == pytest.approx(10 ** x, rel=5e-3)
        assert blocker.args == [float(box.text())]
        assert panel.config().lr == float(box.text())
    slider.setValue(-20)
    assert box.text() == "0.1"
    assert 10 ** (slider.minimum() / 20) == pytest.approx(1e-4)
    assert 10 ** (slider.maximum() / 20) == pytest.approx(LIMITS["lr"][1])


def test_box_moves_slider_and_commits_on_enter(panel, qtbot):
    slider = child(panel, QSlider, "learningRateSlider")
    box = child(panel, QLineEdit, "learningRate")
    emitted = []
    panel.learningRateChanged.connect(emitted.append)
    box.selectAll()
    qtbot.keyClicks(box, "0.05")
    assert slider.value() / 20 == pytest.approx(math.log10(0.05), abs=0.026)
    assert panel.config().lr == 0.05
    assert emitted == []  # half-typed values never reach a running training
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert emitted == [0.05]
    box.editingFinished.emit()  # leaving the box again: no duplicate
    assert emitted == [0.05]


def test_invalid_lr_is_not_emitted(panel, qtbot):
    box = child(panel, QLineEdit, "learningRate")
    emitted = []
    panel.learningRateChanged.connect(emitted.append)
    box.setText("1000")
    box.editingFinished.emit()
    assert emitted == [] and not panel.is_valid()


def test_arrow_keys_in_lr_box_step_the_slider(panel, qtbot):
    slider = child(panel, QSlider, "learningRateSlider")
    box = child(panel, QLineEdit, "learningRate")
    start = slider.value()
    with qtbot.waitSignal(panel.learningRateChanged):
        qtbot.keyClick(box, Qt.Key.Key_Up)
    assert slider.value() == start + 1
    qtbot.keyClick(box, Qt.Key.Key_PageDown)
    assert slider.value() == start + 1 - 20


def test_set_running_locks_all_but_learning_rate(panel):
    panel.set_running(True)
    for w in interactive_children(panel):
        assert w.isEnabled() == (w.objectName() in LR_NAMES), w.objectName()
        assert w.toolTip()
    panel.set_running(False)
    for w in interactive_children(panel):
        expected = w.objectName() != "weightInitStd"  # only live for 'custom std'
        assert w.isEnabled() == expected, w.objectName()


def test_custom_std_box_follows_init_choice(panel):
    init = child(panel, QComboBox, "weightInit")
    std = child(panel, QAbstractSpinBox, "weightInitStd")
    init.setCurrentIndex(init.count() - 1)
    assert std.isEnabled()
    std.setValue(0.5)
    assert panel.config().weight_init == 0.5
    init.setCurrentIndex(init.findData("he"))
    assert not std.isEnabled() and panel.config().weight_init == "he"


def test_restore_defaults(panel, qtbot):
    panel.set_config(ROUND_TRIPS[4])
    child(panel, QLineEdit, "hiddenSizes").setText("oops")
    assert not panel.is_valid()
    with qtbot.waitSignal(panel.validityChanged, check_params_cb=lambda ok: ok):
        qtbot.mouseClick(child(panel, QAbstractButton, "restoreDefaults"), Qt.MouseButton.LeftButton)
    assert panel.config() == TrainConfig()
    panel.set_config(ROUND_TRIPS[1])
    panel.restore_defaults()
    assert panel.config() == TrainConfig()


def test_length_unit_switch_converts_and_returns(panel):
    unit = child(panel, QComboBox, "lengthUnit")
    length = child(panel, QAbstractSpinBox, "length")
    unit.setCurrentIndex(unit.findData("epochs"))
    assert panel.config().epochs == pytest.approx(10000 * 100 / 60000, abs=0.01)
    length.setValue(3)
    assert panel.config().epochs == 3
    unit.setCurrentIndex(unit.findData("steps"))
    cfg = panel.config()
    assert cfg.epochs is None and cfg.steps == 1800
    unit.setCurrentIndex(unit.findData("epochs"))
    unit.setCurrentIndex(unit.findData("steps"))
    assert panel.config().steps == 1800


def test_an_epoch_is_the_loaded_data_sets_size(panel):
    """Another IDX folder has another training-set size: the steps <-> epochs switch uses it."""
    panel.set_dataset_shape(12_000, 784, 10)
    unit = child(panel, QComboBox, "lengthUnit")
    unit.setCurrentIndex(unit.findData("epochs"))
    assert panel.config().epochs == pytest.approx(10000 * 100 / 12_000, abs=0.01)
    unit.setCurrentIndex(unit.findData("steps"))
    child(panel, QAbstractSpinBox, "trainSize").setValue(50_000)  # more than the set holds: an epoch is the set
    unit.setCurrentIndex(unit.findData("epochs"))
    assert panel.config().epochs == pytest.approx(10000 * 100 / 12_000, abs=0.01)
    assert "all 12000" in child(panel, QAbstractSpinBox, "trainSize").toolTip()


def test_the_training_set_size_is_the_loaded_sets_not_a_number_written_in(panel):
    tip = child(panel, QAbstractSpinBox, "trainSize").toolTip()
    assert "whole training set" in tip and "60000" not in tip  # nothing loaded yet
    panel.set_dataset_shape(60_000, 784, 10)
    assert "all 60000" in child(panel, QAbstractSpinBox, "trainSize").toolTip()


def test_the_books_chapter6_networks_fit_the_controls(panel, qtbot):
    edit = child(panel, QLineEdit, "hiddenSizes")
    for widths in ([100] * 5, [100] * 6, [100] * 10):  # the book's ch06: 5 and 6 hidden layers of 100
        edit.setText(", ".join(map(str, widths)))
        assert panel.is_valid() and panel.config().hidden_sizes == tuple(widths)
        assert "1 to 10 layers" in edit.toolTip()
    edit.setText(", ".join(["100"] * 11))
    assert not panel.is_valid()
    assert child(panel, QLabel, "configError").text() == "“Hidden layers” must have 1 to 10 layers, not 11."


def test_tooltips_name_the_loaded_input_size(panel):
    assert "(784 → 50 → 10)" in child(panel, QLineEdit, "hiddenSizes").toolTip()
    panel.set_dataset_shape(5000, 64, 3)
    assert "(64 → 50 → 3)" in child(panel, QLineEdit, "hiddenSizes").toolTip()


def test_the_error_takes_the_theme_colour(panel):
    child(panel, QLineEdit, "hiddenSizes").setText("oops")
    label = child(panel, QLabel, "configError")
    assert LIGHT.bad in label.styleSheet()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    panel.setPalette(dark)  # what a theme switch does
    assert DARK.bad in label.styleSheet()
    assert DARK.bad in child(panel, QLineEdit, "hiddenSizes").styleSheet()


def test_special_values_mean_none(panel):
    child(panel, QAbstractSpinBox, "evalEvery").setValue(500)
    child(panel, QAbstractSpinBox, "trainSize").setValue(300)
    cfg = panel.config()
    assert (cfg.eval_every, cfg.train_size) == (500, 300)
    eval_every = child(panel, QAbstractSpinBox, "evalEvery")
    eval_every.setValue(0)
    assert eval_every.text() == "each epoch"
    child(panel, QAbstractSpinBox, "trainSize").setValue(0)
    assert child(panel, QAbstractSpinBox, "trainSize").text() == "all"
    cfg = panel.config()
    assert (cfg.eval_every, cfg.train_size) == (None, None)


def test_planted_bug_combo_titles_and_tooltips(panel):
    combo = child(panel, QComboBox, "plantedBug")
    assert combo.itemText(0) == "none"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [b.title for b in BUGS.values()]
    name = "affine-double-db"
    combo.setCurrentIndex(combo.findData(name))
    assert panel.config().bug == name
    assert BUGS[name].explanation in combo.toolTip()
    hint = child(panel, QLabel, "bugHint")
    combo.setCurrentIndex(combo.findData("sigmoid-uses-input"))
    assert hint.isVisible() and "Sigmoid" in hint.text()  # the net is ReLU: the bug cannot show
    child(panel, QComboBox, "activation").setCurrentIndex(1)
    assert not hint.isVisible()


def test_bugs_that_need_a_missing_layer_are_greyed_out_with_the_reason(panel):
    # Issue 9: a bug needs its layer. Only the bugs the chosen net can hold are offered.
    from PySide6.QtCore import Qt

    combo = child(panel, QComboBox, "plantedBug")
    activation = child(panel, QComboBox, "activation")
    decay = child(panel, QAbstractSpinBox, "weightDecay")

    def offered():
        return {combo.itemData(i) for i in range(1, combo.count()) if combo.model().item(i).isEnabled()}

    def tip(name):
        return combo.itemData(combo.findData(name), Qt.ItemDataRole.ToolTipRole)

    for act, need in (("relu", "relu"), ("sigmoid", "sigmoid")):
        activation.setCurrentIndex(activation.findData(act))
        assert offered() == {n for n, b in BUGS.items() if b.needs in (None, need)}
        for name, bug in BUGS.items():
            assert tip(name).startswith("Needs") == (name not in offered()), name
    assert "ReLU" in tip("relu-no-mask").split("\n")[0]  # Sigmoid chosen: why ReLU bugs are grey
    assert "weight decay" in tip("weight-decay-missing").split("\n")[0].lower()
    decay.setValue(0.01)
    assert {"weight-decay-missing", "weight-decay-doubled"} <= offered()


def test_number_box_keeps_floats_exact_and_steps_1_2_5(qtbot):
    box = NumberBox(1e-6, 10, ladder=True)
    qtbot.addWidget(box)
    for v in (0.1, 0.123456789012345, 1e-6, 3.3333333333333335):
        box.setValue(v)
        assert box.value() == v and float(box.text()) == v
    box.setValue(0.01)
    box.stepBy(1)
    assert box.value() == 0.02
    box.stepBy(-2)
    assert box.value() == 0.005
    assert format_number(10000.0) == "10000" and format_number(1e-6) == "1e-06"


def test_advanced_group_can_be_hidden(panel):
    group = panel.findChild(QWidget, "advancedGroup")
    panel.set_advanced_visible(False)
    assert not group.isVisible()
    panel.set_advanced_visible(True)
    assert group.isVisible()


def test_every_interactive_widget_has_name_and_tooltip(panel):
    widgets = interactive_children(panel)
    assert len(widgets) >= 17
    for w in widgets:
        assert w.objectName(), w
        assert w.toolTip().strip(), w.objectName()
    names = [w.objectName() for w in widgets]
    assert len(names) == len(set(names))
    for name in ("hiddenSizes", "activation", "weightInit", "weightInitStd", "optimizer", "learningRate",
                 "learningRateSlider", "batchSize", "lengthUnit", "length", "evalEvery", "seed",
                 "weightDecay", "trainSize", "augment", "plantedBug", "restoreDefaults"):
        assert name in names


def test_a_long_bug_title_is_elided_not_cut(panel):
    # Issue 15, item 20: the box showed "…x insteac".
    combo = child(panel, QComboBox, "plantedBug")
    panel.show()
    combo.setCurrentIndex(combo.findData("sigmoid-derivative-y"))
    shown = combo.shown_text()
    full = combo.currentText()
    assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    assert combo.fontMetrics().horizontalAdvance(shown) <= field.width()
