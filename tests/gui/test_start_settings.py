"""Issue 15 items 17 and 29: command-line flags are for one run; restored settings are announced once."""
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from engine import TrainConfig
from gui.main_window import MainWindow
from gui.settings import APPLICATION, ORGANIZATION, Settings

ROOT = Path(__file__).resolve().parents[2]
SAVED = TrainConfig(hidden_sizes=(64,), activation="sigmoid", lr=0.05, seed=3)


def _open(qtbot, settings, **kwargs):
    window = MainWindow(settings=settings, **kwargs)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.datasetReady, timeout=60_000):
        window.load_data()
    return window


def _close(window):
    window.gradcheck.shutdown()
    window.controller.shutdown()
    window.close()


def test_flags_for_one_run_keep_the_saved_settings(qtbot, settings):
    settings.set_config(SAVED)
    window = _open(qtbot, settings, config=TrainConfig(steps=40), one_run=True)
    assert window.controls.config() == TrainConfig(steps=40)
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start()
    _close(window)
    assert settings.config() == SAVED


def test_a_window_without_flags_saves_its_controls(qtbot, settings):
    settings.set_config(SAVED)
    window = _open(qtbot, settings, config=None)
    assert window.controls.config() == SAVED
    window.controls.set_config(SAVED.replace(lr=0.2))
    _close(window)
    assert settings.config() == SAVED.replace(lr=0.2)


def test_restore_defaults_in_a_one_run_window_is_saved(qtbot, settings):
    settings.set_config(SAVED)
    window = _open(qtbot, settings, config=TrainConfig(steps=40), one_run=True)
    window.defaults_action.trigger()
    _close(window)
    assert settings.config() == TrainConfig()


def test_the_command_line_does_not_overwrite_saved_settings(tmp_path):
    """The real program: `main.py --autostart --steps 30 --exit-after-training` with saved settings."""
    ini = tmp_path / ORGANIZATION / f"{APPLICATION}.conf"
    ini.parent.mkdir(parents=True)
    Settings(QSettings(str(ini), QSettings.Format.IniFormat)).set_config(SAVED)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--autostart", "--steps", "30",
                           "--exit-after-training"], check=False, capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    again = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.config() == SAVED
    assert again.geometry() is not None  # the window's own state is still saved


def test_restored_settings_are_announced_once(qtbot, settings):
    settings.set_config(SAVED)
    window = _open(qtbot, settings, config=None)
    banner = window.banner
    assert banner.isVisible() and banner.kind == "info"
    assert "Settings restored from last time" in banner.text() and "Restore default settings" in banner.text()
    with qtbot.waitSignal(window.datasetReady, timeout=60_000):
        window.load_data()  # the data again: no second announcement
    assert not banner.isVisible()
    _close(window)


def test_the_announcement_goes_with_restore_defaults_or_a_run(qtbot, settings):
    settings.set_config(SAVED.replace(steps=20))
    window = _open(qtbot, settings, config=None)
    assert window.banner.isVisible()
    window.defaults_action.trigger()
    assert not window.banner.isVisible()
    _close(window)
    settings.set_config(SAVED.replace(steps=20))
    window = _open(qtbot, settings, config=None)
    assert window.banner.isVisible()
    with qtbot.waitSignal(window.runEnded, timeout=60_000):
        window.start()
    assert "restored" not in window.banner.text()
    _close(window)


def test_default_or_first_start_says_nothing_about_restoring(qtbot, settings):
    window = _open(qtbot, settings, config=None)  # nothing saved yet
    assert not window.banner.isVisible()
    _close(window)
    settings.set_config(TrainConfig())
    window = _open(qtbot, settings, config=None)  # saved, but the defaults
    assert not window.banner.isVisible()
    _close(window)


def test_one_run_window_says_its_settings_are_not_saved(qtbot, settings):
    settings.set_config(SAVED)
    window = _open(qtbot, settings, config=TrainConfig(steps=40), one_run=True)
    assert "saved settings are kept" in window.banner.text() and window.banner.isVisible()
    _close(window)
