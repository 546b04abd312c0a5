"""Where a student's work lives between sessions: one file per exercise, and the progress.

In the user's data folder (QStandardPaths.AppDataLocation)/exercises:
``<key>.py`` holds the code as last checked or edited, ``progress.json`` the
tries, hints shown and whether it was solved.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["ExerciseStore"]


class ExerciseStore:
    def __init__(self, folder: str | os.PathLike | None = None):
        if folder is None:
            folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "exercises"
        self.folder = Path(folder)
        self._progress = self._read_progress()

    def _read_progress(self) -> dict:
        try:
            data = json.loads((self.folder / "progress.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # none yet, or unreadable: start afresh rather than fail

    def code(self, key: str) -> str | None:
        try:
            return (self.folder / f"{key}.py").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.py"

    def save_code(self, key: str, text: str) -> Path:
        """Write the code (atomically: a crash never leaves half a file). Returns its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(key)
        tmp = path.with_suffix(".py.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        return path

    def progress(self, key: str) -> dict:
        p = self._progress.get(key)
        p = p if isinstance(p, dict) else {}
        return {"tries": int(p.get("tries", 0) or 0), "hints": int(p.get("hints", 0) or 0),
                "solved": bool(p.get("solved", False))}

    def set_progress(self, key: str, **values) -> None:
        self._progress[key] = {**self.progress(key), **values}
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / "progress.json.tmp"
        tmp.write_text(json.dumps(self._progress, indent=1), encoding="utf-8")
        os.replace(tmp, self.folder / "progress.json")
