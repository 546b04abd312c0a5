"""Helpers of the gradient-check panel's tests: run a check, pick a planted bug."""

CHECK_TIMEOUT = 20_000


def run(qtbot, panel, timeout=CHECK_TIMEOUT):
    with qtbot.waitSignal(panel.checkFinished, timeout=timeout) as blocker:
        assert panel.run_check()
    return blocker.args[0]


def pick_bug(qtbot, panel, name):
    index = panel.options.bug_combo.findData(name) if name else 0
    with qtbot.waitSignal(panel.bugChanged) as blocker:
        panel.options.bug_combo.setCurrentIndex(index)
    assert blocker.args == [name]
