"""ProgressFeed: the first reports show at once, the rest at most PLOT_HZ times a second,
and the status line counts the steps of the current run."""
from types import SimpleNamespace

from gui.progress_feed import ProgressFeed


class Plots:
    def __init__(self):
        self.batches = []

    def add_reports(self, reports):
        self.batches.append([r.step for r in reports])


class Status:
    def __init__(self):
        self.shown = []

    def show_report(self, report, run_step, run_total):
        self.shown.append((report.step, run_step, run_total))


def report(step, total=1000):
    return SimpleNamespace(step=step, total_steps=total)


def test_first_reports_at_once_then_gathered_for_the_timer(qtbot):
    plots, status = Plots(), Status()
    feed = ProgressFeed(plots, status)
    feed.run_started(100)
    feed.add((report(101),))
    assert plots.batches == [[101]] and status.shown == [(101, 1, 900)]
    feed.add((report(102),))
    feed.add((report(103), report(104)))
    assert plots.batches == [[101]]  # drawn together, on the timer
    qtbot.waitUntil(lambda: len(plots.batches) == 2)
    assert plots.batches[1] == [102, 103, 104] and status.shown[-1] == (104, 4, 900)


def test_flush_draws_what_is_waiting_and_nothing_twice(qtbot):
    plots, status = Plots(), Status()
    feed = ProgressFeed(plots, status)
    feed.add((report(1),))
    feed.add((report(2),))
    feed.flush()
    assert plots.batches == [[1], [2]]
    feed.flush()
    qtbot.wait(500)  # more than a timer period: nothing more is drawn
    assert plots.batches == [[1], [2]]
