"""The last resort: an exception escaping a slot is a message box and a log line, and the window goes on."""
import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import gui.file_actions
from engine import TrainConfig
from gui.last_resort import LOGGER_NAME, LastResort


@pytest.fixture
def guarded(make_window):
    window = make_window(TrainConfig(steps=60, eval_every=30))
    guard = LastResort(window)
    guard.install()
    yield window, guard
    guard.uninstall()


def test_an_exception_in_a_slot_is_a_message_box_and_a_log_line(qtbot, guarded, monkeypatch, caplog, tmp_path):
    window, guard = guarded
    net_before = window.controller.net

    def broken(path):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(gui.file_actions, "load_model", broken)
    with caplog.at_level(logging.ERROR, logger=LOGGER_NAME):
        # Through the event loop, as a click would: the exception leaves the slot.
        QTimer.singleShot(0, lambda: window.load_model_from(tmp_path / "m.npz"))
        qtbot.waitUntil(lambda: guard.count >= 1)
        qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    box = window.last_message
    assert box.icon() == QMessageBox.Icon.Critical
    assert "RecursionError: maximum recursion depth exceeded" in box.text()
    assert "keeps working" in box.text()
    records = [r for r in caplog.records if r.name == LOGGER_NAME]
    assert records and records[0].exc_info[0] is RecursionError
    assert window.controller.net is net_before
    # The window keeps working: a run trains to its end.
    box.close()
    with qtbot.waitSignal(window.runEnded, timeout=60_000) as blocker:
        window.start_button.click()
    assert blocker.args[0].kind == "done"


def test_while_its_box_is_open_further_errors_are_only_logged(qtbot, guarded, caplog):
    window, guard = guarded

    def fail():
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR, logger=LOGGER_NAME):
        QTimer.singleShot(0, fail)
        qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
        first = window.last_message
        QTimer.singleShot(0, fail)
        qtbot.waitUntil(lambda: guard.count == 2)
        qtbot.wait(50)
    assert window.last_message is first
    assert len([r for r in caplog.records if r.name == LOGGER_NAME]) == 2


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(qtbot, guarded):
    window, _guard = guarded

    def on_worker():
        try:
            raise KeyError("W9")
        except KeyError:
            sys.excepthook(*sys.exc_info())

    thread = threading.Thread(target=on_worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    assert "KeyError: 'W9'" in window.last_message.text()


def test_keyboard_interrupt_goes_to_the_previous_hook_and_uninstall_restores_it(make_window):
    window = make_window()
    seen = []
    previous = sys.excepthook
    sys.excepthook = lambda *args: seen.append(args[0])
    try:
        guard = LastResort(window)
        guard.install()
        assert guard.installed
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        assert seen == [KeyboardInterrupt] and guard.count == 0
        guard.uninstall()
        assert not guard.installed
        sys.excepthook(ValueError, ValueError("x"), None)
        assert seen == [KeyboardInterrupt, ValueError]
    finally:
        sys.excepthook = previous
