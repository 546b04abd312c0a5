"""The last resort: an exception that escapes a slot becomes a message and a log line.

Every file error, data error and training failure has its own message
(``ModelFileError``, ``SessionFileError``, ``DataFileError``, a failed run's
banner). Anything else that escapes a slot (a bug) would otherwise only print
a traceback on stderr: the user clicks and nothing visible happens. PySide
hands such an exception to ``sys.excepthook``; while the window runs,
``LastResort`` is that hook. It writes the traceback to the log (logger
``backprop_lab``, on stderr by default) and shows one message box saying what
failed; the event loop goes on, so the window keeps working.

The hook may be called on a worker's thread (an exception in a worker's
slot): the message box is shown on the GUI thread, through a queued signal.
``KeyboardInterrupt`` and ``SystemExit`` go to the previous hook unchanged.
"""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

__all__ = ["LastResort", "LOGGER_NAME"]

LOGGER_NAME = "backprop_lab"
log = logging.getLogger(LOGGER_NAME)


class LastResort(QObject):
    """``sys.excepthook`` while installed: log the traceback, tell the user in a message box.

    window : has ``show_message(icon, title, text)`` (the MainWindow).
    While a box of ours is still open, further errors are only logged (a
    failing paint would otherwise open a box per repaint).
    """

    _caught = Signal(str)  # the error as one line, to the GUI thread

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._previous = None
        self._box = None
        self.count = 0  # exceptions caught since install()
        self._caught.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    @property
    def installed(self) -> bool:
        return sys.excepthook == self._hook

    def install(self) -> None:
        if not self.installed:
            self._previous = sys.excepthook
            sys.excepthook = self._hook

    def uninstall(self) -> None:
        if self.installed:
            sys.excepthook = self._previous or sys.__excepthook__
        self._previous = None

    def _hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        try:
            log.error("Unexpected error in the window (the window keeps running): %s",
                      "".join(traceback.format_exception_only(exc_type, exc)).strip(),
                      exc_info=(exc_type, exc, tb))
            self.count += 1
            self._caught.emit(f"{exc_type.__name__}: {exc}"[:500])
        except Exception:  # noqa: BLE001 (never raise from the hook itself: fall back to the plain traceback)
            sys.__excepthook__(exc_type, exc, tb)

    def _tell(self, what: str) -> None:
        if self._box is not None and self._box.isVisible():
            return
        self._box = self._window.show_message(
            QMessageBox.Icon.Critical, self.tr("Something went wrong"),
            self.tr("Backprop Lab ran into an unexpected error:\n{0}\n\n"
                    "What you asked for may not have happened. The window keeps working; "
                    "File › Save session keeps your network and its curves. "
                    "The details were written to the log.").format(what))
