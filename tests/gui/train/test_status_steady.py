"""The status bar's run read-out holds still during a run: its labels only widen."""
from PySide6.QtCore import QEvent, QObject

from engine import Report
from gui.train.status import RunStatus


def report(step, elapsed):
    return Report("step", step, step / 600, 0.5, 20_000, elapsed)


def widths(status):
    return [label.width() for label in (status.step_label, status.epoch_label, status.speed_label,
                                        status.time_label)]


def test_the_labels_only_widen_during_a_run_and_fit_again_at_the_next(qtbot):
    status = RunStatus()
    qtbot.addWidget(status)
    status.show()
    status.run_started()
    status.show_report(report(12_345, 10.0))  # "step 12,345", a speed, the time left
    qtbot.waitUntil(lambda: min(widths(status)) > 0)
    wide = widths(status)
    status.set_state("paused")  # "paused" and no time left: shorter texts
    status.show_report(report(12_346, 10.0))
    status.adjustSize()
    assert widths(status) >= wide and all(a >= b for a, b in zip(widths(status), wide))
    status.reset()  # a new network: the texts fit again
    status.adjustSize()
    assert status.step_label.minimumWidth() == 0
    assert status.step_label.width() < wide[0]


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.n = 0

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.n += 1
        return False


def test_the_progress_bar_is_painted_with_the_labels_not_at_once(qtbot):
    """QProgressBar.setValue repaints at once; the read-out's update paints it in the next pass instead."""
    status = RunStatus()
    qtbot.addWidget(status)
    status.show()
    qtbot.waitExposed(status)
    status.run_started()
    counter = PaintCounter()
    status.progress.installEventFilter(counter)
    for i in range(1, 6):
        status.show_report(report(4_000 * i, float(i)))  # 20% more each time: the bar moves
        assert counter.n == i - 1  # not painted inside show_report
        qtbot.waitUntil(lambda: counter.n == i)  # but at the next paint, with its new value
    assert status.progress.value() == 1000
