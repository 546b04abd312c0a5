"""File dialogs that start where the user expects and remember where they were.

Each kind of file (models, sessions, plot images, CSV tables, data folders)
remembers the folder it was last saved to or opened from (setting
``files/<kind>_dir``); the first time, a dialog opens in the user's Documents
folder, else their home. A suggested name is an absolute path in that folder:
a bare "model.npz" made Qt's dialog start at "Computer" and answer Save with
"./model.npz: No such file or directory".

The dialogs are Qt's own, not the desktop's: they take the app's palette (the
dark theme), its font (presentation mode) and its language.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["start_folder", "make_dialog", "ask", "save_path", "open_path", "folder_path"]


def _key(kind: str) -> str:
    return f"files/{kind}_dir"


def start_folder(settings: Settings, kind: str) -> str:
    """The folder a ``kind`` dialog opens in: the last one used, else Documents, else home."""
    last = settings.value(_key(kind), "")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, documents):
        if folder and os.path.isdir(str(folder)):
            return str(folder)
    return str(Path.home())


def remember(settings: Settings, kind: str, path: str) -> None:
    """Remember the folder of ``path`` (a file, or a folder itself) for the next ``kind`` dialog."""
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    settings.set_value(_key(kind), folder)


def make_dialog(parent: QWidget | None, settings: Settings, kind: str, title: str, filters: str,
                *, save_name: str | None = None, folder: bool = False) -> QFileDialog:
    """A Qt file dialog for ``kind``, in its start folder; ``save_name``: a Save dialog suggesting it."""
    start = start_folder(settings, kind)
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName(f"{kind}FileDialog")
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif save_name is not None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(os.path.join(start, save_name))
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def ask(dialog: QFileDialog) -> tuple[str, str]:
    """Show ``dialog`` (modal); (absolute path, chosen filter), or ("", "") if the user cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return os.path.abspath(dialog.selectedFiles()[0]), dialog.selectedNameFilter()


def _run(parent, settings, kind, title, filters, **options) -> tuple[str, str]:
    path, chosen = ask(make_dialog(parent, settings, kind, title, filters, **options))
    if path:
        remember(settings, kind, path)
    return path, chosen


def save_path(parent, settings: Settings, kind: str, title: str, name: str, filters: str) -> tuple[str, str]:
    """Ask where to save a ``kind`` file suggested as ``name``; (path, chosen filter), "" if cancelled."""
    return _run(parent, settings, kind, title, filters, save_name=name)


def open_path(parent, settings: Settings, kind: str, title: str, filters: str) -> str:
    """Ask for an existing ``kind`` file; its path, "" if cancelled."""
    return _run(parent, settings, kind, title, filters)[0]


def folder_path(parent, settings: Settings, kind: str, title: str) -> str:
    """Ask for a folder; its path, "" if cancelled."""
    return _run(parent, settings, kind, title, "", folder=True)[0]
