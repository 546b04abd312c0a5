"""File dialogs start in a sensible folder, remember it per kind of file, and take the theme (issue 15, item 3).

The dialogs are real Qt file dialogs; only their modal ``exec`` is replaced by
"the user pressed Save/Open" with whatever the dialog has selected then.
"""
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from engine import load_model


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Every dialog the app shows, answered with ``choose[0]`` (a path to select) or its own selection."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    shown, choose = [], []

    def exec_(dialog):
        shown.append(dialog)
        if choose:
            dialog.selectFile(str(choose.pop(0)))
        return QDialog.DialogCode.Accepted

    def static(*_args, **_kwargs):
        raise AssertionError("a static QFileDialog (it starts at 'Computer' and forgets the folder)")

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, static)
    return home, shown, choose


def test_save_model_with_the_suggested_name_saves_into_documents(qtbot, make_window, dialogs):
    home, shown, _choose = dialogs
    window = make_window()
    window.file_actions.save_action.trigger()
    assert window.last_message is None or window.last_message.icon() != QMessageBox.Icon.Warning
    saved = home / "Documents" / "model.npz"
    assert saved.is_file() and load_model(saved).sizes == window.controller.net.sizes
    assert Path(shown[0].directory().absolutePath()) == home / "Documents"


def test_each_kind_of_file_remembers_its_last_folder(qtbot, make_window, dialogs, tmp_path):
    home, shown, choose = dialogs
    window = make_window()
    models, sessions = tmp_path / "models", tmp_path / "sessions"
    models.mkdir()
    sessions.mkdir()
    choose.append(models / "mine.npz")
    window.file_actions.save_action.trigger()
    assert (models / "mine.npz").is_file()
    choose.append(sessions / "lesson.npz")
    window.file_actions.save_session_action.trigger()
    assert (sessions / "lesson.npz").is_file()

    shown.clear()
    choose.append(models / "mine.npz")
    window.file_actions.load_action.trigger()  # opens where the model was saved, not where the session was
    window.file_actions.open_session_action.trigger()
    assert [Path(d.directory().absolutePath()) for d in shown] == [models, sessions]
    # ... also after a restart: the folders are in the settings.
    from gui.file_dialogs import start_folder
    assert Path(start_folder(window.settings, "model")) == models
    assert Path(start_folder(window.settings, "plot")) == home / "Documents"  # never used: Documents


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(make_window, dialogs, tmp_path):
    from gui.file_dialogs import start_folder

    home, _shown, _choose = dialogs
    window = make_window()
    window.settings.set_value("files/model_dir", str(tmp_path / "deleted"))
    assert Path(start_folder(window.settings, "model")) == home / "Documents"


def test_file_dialogs_take_the_dark_theme(qtbot, make_window, dialogs):
    _home, shown, _choose = dialogs
    window = make_window()
    window.view_actions.set_theme("dark")
    try:
        window.file_actions.export_csv_action.trigger()
        dialog = shown[-1]
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the desktop's own stays light
        assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 128
    finally:
        window.view_actions.set_theme("light")
