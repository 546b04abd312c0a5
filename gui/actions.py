"""The window's menu actions are made one way: named, with a window-wide shortcut,
and with a tooltip and status tip that say what they do."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

__all__ = ["make_action", "set_action_text"]


def make_action(window: QWidget, name: str, slot, shortcut=None) -> QAction:
    """A QAction of ``window`` called ``name`` that runs ``slot``; its shortcut works anywhere in the window."""
    action = QAction(window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work with the menu bar hidden too
    return action


def set_action_text(action: QAction, text: str, tip: str | None = None) -> None:
    """The menu text, and as tooltip and status tip ``tip`` (else the text without its accelerator)."""
    tip = tip or text.replace("&", "")
    action.setText(text)
    action.setToolTip(tip)
    action.setStatusTip(tip)
