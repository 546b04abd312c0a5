"""A worker thread's signal, received on the GUI thread, for tests to wait on.

``qtbot.waitSignal`` connects a plain method: for a signal emitted by a
worker living on its own QThread that method runs in the worker's thread,
and when the signal came between waitSignal's check and the start of its
event loop, the loop's quit was lost and the test waited forever (seen about
once in five runs of tests/gui/train/test_worker.py). A QObject's method is
called on the QObject's thread: here, queued to the GUI thread, in order
with everything else the worker sent before.
"""
from PySide6.QtCore import QObject


class Inbox(QObject):
    """Collects the arguments of each emission of ``signal`` (accepted by ``accept``) on the GUI thread."""

    def __init__(self, signal, accept=lambda *args: True):
        super().__init__()
        self.received = []
        self._accept = accept
        signal.connect(self.receive)

    def receive(self, *args):
        if self._accept(*args):
            self.received.append(args)

    def wait(self, qtbot, timeout: int = 5000):
        """Process events until the signal has arrived (a failed wait raises qtbot's TimeoutError)."""
        qtbot.waitUntil(lambda: bool(self.received), timeout=timeout)
