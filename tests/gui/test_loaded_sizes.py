"""The window tells the controls the loaded data set's sizes, and says a divergence from its facts."""
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from engine import TrainConfig
from tests.engine.idx_files import make_folder


def test_the_controls_take_the_loaded_data_sets_size(qtbot, make_window, tmp_path):
    window = make_window(TrainConfig(steps=100))
    train_size = window.controls.findChild(QAbstractSpinBox, "trainSize")
    assert "all 60000" in train_size.toolTip()  # the bundled MNIST
    make_folder(tmp_path / "small", n_train=500, n_test=100)
    with qtbot.waitSignal(window.datasetReady, timeout=60_000):
        window.load_data_from(tmp_path / "small")
    assert "all 500" in train_size.toolTip()
    unit = window.controls.findChild(QComboBox, "lengthUnit")
    unit.setCurrentIndex(unit.findData("epochs"))  # 100 steps of 100 on 500 images: 20 epochs
    assert window.controls.config().epochs == 20


def test_a_divergence_is_said_from_its_facts(qtbot, make_window):
    window = make_window(TrainConfig(lr=50.0, steps=2000, eval_every=500))
    with qtbot.waitSignal(window.runEnded, timeout=60_000) as blocker:
        window.start_button.click()
    report = blocker.args[0]
    assert report.kind == "diverged" and report.divergence.step == report.step
    text = window.banner.text()
    assert f"The run diverged at step {report.step:,}: the loss " in text
    assert "Try a smaller learning rate (now 50)." in text


def test_a_refused_start_names_the_control_and_says_it_again_in_another_language(qtbot, make_window):
    from gui.app import make_app
    from gui.i18n import flush_language_change, install_language

    window = make_window(TrainConfig(steps=100))
    window.controls.hidden.setText(", ".join(["100"] * 11))
    window.start()
    assert window.banner.isVisible()
    assert window.banner.text() == "Cannot start: “Hidden layers” must have 1 to 10 layers, not 11."
    try:
        assert install_language(make_app(), "ko")
        flush_language_change()
        assert "“은닉층”" in window.banner.text() and "11" in window.banner.text()
    finally:
        install_language(make_app(), "en")
        flush_language_change()
