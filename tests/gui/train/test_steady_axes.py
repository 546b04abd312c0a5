"""The plots' axes hold still during a run: the loss axis (steady_view.py) and
the step axis of a fast run (step_axis.Pace). Both ways: the axes move far less
often than pyqtgraph's exact fit, and never leave a point of the run out of view."""
import math

import numpy as np
import pyqtgraph as pg
import pytest

from engine import Report
from gui.train.plot_items import ReadableAxis
from gui.train.steady_view import SLACK, TOLERANCE, SteadyViewBox, steady_range
from gui.train.step_axis import LEAD_SECONDS, MIN_SPAN, PACE_AFTER, Pace, run_window


def falling_losses(n, rng, start=1):
    """A loss curve like the book's network's: 2.3 falling to ~0.1, noisy per mini-batch."""
    s = np.arange(start, start + n)
    return (0.1 + 2.2 * np.exp(-s / 300)) * np.exp(rng.normal(0, 0.3, n))


def reports(steps, losses, steps_per_second, total):
    return [Report("step", int(s), s / 600, float(loss), total, s / steps_per_second, lr=0.1)
            for s, loss in zip(steps, losses)]


def y_range(plots):
    return tuple(plots.loss_plot.getViewBox().viewRange()[1])


def x_range(plots):
    return tuple(plots.loss_plot.getViewBox().viewRange()[0])


# ---------------------------------------------------------------- loss axis ----

@pytest.mark.parametrize("log", [False, True])
def test_steady_range_never_cuts_the_data_and_never_leaves_it_small(log):
    rng = np.random.default_rng(0)
    for _ in range(5000):
        s0, w0 = rng.normal(0, 2, 2)
        s1, w1 = s0 + rng.exponential(2), w0 + rng.exponential(2)
        if rng.random() < 0.3:  # often the data is nearly what is shown: the case that must not refit
            w0, w1 = s0 + rng.normal(0, 0.02) * (s1 - s0), s1 + rng.normal(0, 0.02) * (s1 - s0)
            w0, w1 = min(w0, w1), max(w0, w1)
        lo, hi = steady_range((s0, s1), (w0, w1), log)
        tol = TOLERANCE * (s1 - s0) + 1e-12
        assert lo <= w0 + tol and hi >= w1 - tol  # the padded data is in view (within less than its padding)
        assert (w1 - w0) / (hi - lo) >= 1 / (1 + 2 * SLACK) - 1e-9  # and fills most of the height
        if (lo, hi) != (s0, s1) and not log and w0 >= 0:
            assert lo >= 0  # a refit linear loss axis shows no negative losses the data does not reach


def test_steady_range_keeps_what_still_suits_and_refits_what_does_not():
    assert steady_range((0.0, 2.5), (0.02, 2.45), False) == (0.0, 2.5)  # a creeping minimum: kept
    assert steady_range((0.0, 2.5), (0.0, 9.0), False) == (0.0, 9.0 + SLACK * 9.0)  # a spike: grown at once
    lo, hi = steady_range((0.0, 2.5), (0.0, 1.0), False)  # the curve fills 40%: refit
    assert (lo, hi) == (0.0, 1.0)
    lo, hi = steady_range((1.0, 2.5), (0.5, 2.4), False)  # below the axis: room under it, down to zero only
    assert lo == max(0.5 - SLACK * 1.9, 0.0) and hi == 2.4
    assert steady_range((0.5, 2.5), (0.1, 2.4), False)[0] == 0.0
    assert steady_range((-1.0, 0.5), (-1.6, 0.4), True)[0] == pytest.approx(-1.6 - SLACK * 2.0)  # log: no floor


def test_a_range_set_by_hand_is_exactly_what_was_asked(qtbot):
    view = SteadyViewBox()
    view.setYRange(0.0, 2.5, padding=0)
    view.setYRange(0.02, 2.45, padding=0)
    assert view.viewRange()[1] == pytest.approx([0.02, 2.45])


def test_a_falling_loss_moves_the_loss_axis_rarely_and_always_shows_every_point(plots):
    rng = np.random.default_rng(1)
    total, batch = 10_000, 500
    losses = falling_losses(total, rng)
    plots.set_x_span(total, 0)
    ranges = []
    for start in range(0, total, batch):
        steps = np.arange(start + 1, start + batch + 1)
        plots.add_reports(reports(steps, losses[start:start + batch], 4000, total))
        lo, hi = y_range(plots)
        seen = losses[:start + batch]
        assert lo <= seen.min() and seen.max() <= hi  # no point of the run is off the axis
        ranges.append((lo, hi))
    changes = sum(a != b for a, b in zip(ranges, ranges[1:]))
    assert changes <= 4  # pyqtgraph's exact fit moved at almost every one of these 19 updates


def test_a_spike_is_on_the_loss_axis_at_once(plots):
    rng = np.random.default_rng(2)
    plots.set_x_span(2000, 0)
    plots.add_reports(reports(range(1, 1001), falling_losses(1000, rng), 4000, 2000))
    plots.add_reports(reports(range(1001, 1011), [40.0] * 10, 4000, 2000))
    assert y_range(plots)[1] >= 40.0


def test_an_update_that_moves_no_axis_paints_the_curves_but_not_the_axes(plots, qtbot, monkeypatch):
    """The ticks reach into the plot, so each repaint of the curves used to repaint both axes
    in Python; cached, they are painted again only when they change."""
    painted = []
    for cls, name in ((ReadableAxis, "axis"), (pg.PlotCurveItem, "curve")):
        def counting(self, *args, _paint=cls.paint, _name=name):
            painted.append(_name)
            return _paint(self, *args)
        monkeypatch.setattr(cls, "paint", counting)
    rng = np.random.default_rng(3)
    total = 10_000
    losses = falling_losses(total, rng)
    plots.set_x_span(total, 0)
    plots.add_reports(reports(range(1, 2001), losses[:2000], 4000, total))
    qtbot.waitUntil(lambda: "curve" in painted)
    qtbot.wait(50)
    before = y_range(plots), x_range(plots)
    for start in range(2000, 4000, 500):  # lower losses, further steps: inside both ranges
        painted.clear()
        plots.add_reports(reports(range(start + 1, start + 501), losses[start:start + 500], 4000, total))
        qtbot.waitUntil(lambda: "curve" in painted)
        qtbot.wait(20)
        assert (y_range(plots), x_range(plots)) == before
        assert "axis" not in painted
    painted.clear()
    plots.add_reports(reports(range(4001, 4011), [40.0] * 10, 4000, total))  # a spike: the loss axis grows
    qtbot.waitUntil(lambda: "axis" in painted)


def test_an_update_with_losses_alone_leaves_the_accuracy_plot_unfitted(plots, qtbot, monkeypatch):
    """A fit passes over every curve of a plot, ghosts too: only a plot whose points or step axis
    changed is fitted. An evaluation fits the accuracy plot."""
    fitted = []

    def counting(self, _fit=SteadyViewBox.updateAutoRange):
        fitted.append(self)
        return _fit(self)
    monkeypatch.setattr(SteadyViewBox, "updateAutoRange", counting)
    loss_view, accuracy_view = plots.loss_plot.getViewBox(), plots.accuracy_plot.getViewBox()
    total = 10_000
    losses = falling_losses(total, np.random.default_rng(4))
    plots.set_x_span(total, 0)
    plots.add_reports(reports(range(1, 2001), losses[:2000], 4000, total))  # the step axis takes the whole run
    qtbot.wait(20)
    x_before = x_range(plots)
    for start in range(2000, 4000, 500):
        fitted.clear()
        plots.add_reports(reports(range(start + 1, start + 501), losses[start:start + 500], 4000, total))
        qtbot.wait(20)
        assert x_range(plots) == x_before
        assert loss_view in fitted and accuracy_view not in fitted
    fitted.clear()
    evaluated = Report("step", 4001, 4001 / 600, 0.3, total, 1.0, train_acc=0.9, test_acc=0.91, lr=0.1)
    plots.add_reports([evaluated])
    assert accuracy_view in fitted
    assert accuracy_view.viewRange()[1][0] <= 0.9 <= accuracy_view.viewRange()[1][1]


# ---------------------------------------------------------------- step axis ----

def test_pace_is_measured_after_a_fifth_of_a_second_of_training():
    pace = Pace()
    pace.add(0, 0.0)
    pace.add(100, 0.05)
    assert pace.lead == 0  # 50 ms: too short to trust
    pace.add(1000, 0.25)
    assert pace.steps_per_second == pytest.approx(4000) and pace.lead == pytest.approx(4000 * LEAD_SECONDS)
    pace.add(2000, None)  # a report without timing changes nothing
    assert pace.steps_per_second == pytest.approx(4000)
    pace.reset()
    assert pace.lead == 0
    assert PACE_AFTER <= 0.25


def test_the_lead_reaches_past_the_latest_step_and_stays_in_the_run():
    rng = np.random.default_rng(3)
    for _ in range(2000):
        end = int(rng.integers(100, 10**6))
        latest, lead = float(rng.integers(0, end)), float(rng.exponential(5000))
        lo, hi = run_window(0, latest, end, lead)
        assert hi <= end
        assert hi >= min(latest + lead, end) - 1e-9 and hi >= min(MIN_SPAN, end)
        assert run_window(0, latest, end, 0.0) <= (lo, hi)  # a lead only ever widens the window


@pytest.mark.parametrize("steps_per_second", [4000, 10])
def test_a_fast_run_moves_the_step_axis_rarely_a_slow_one_keeps_its_curve_wide(plots, steps_per_second):
    rng = np.random.default_rng(4)
    total = 6000
    batch = max(steps_per_second // 4, 50)  # one plot update's worth of steps (four a second), or 50
    losses = falling_losses(total, rng)
    plots.set_x_span(total, 0)
    ranges = []
    for start in range(0, total, batch):
        steps = np.arange(start + 1, min(start + batch, total) + 1)
        plots.add_reports(reports(steps, losses[start:start + len(steps)], steps_per_second, total))
        lo, hi = x_range(plots)
        assert lo <= 0 and hi >= steps[-1]  # the run so far is in view
        if steps_per_second == 10 and steps[-1] > MIN_SPAN:
            assert steps[-1] / hi > 0.55  # a slow run's curve fills most of the width (padding aside)
        ranges.append((lo, hi))
    moves = sum(a != b for a, b in zip(ranges, ranges[1:]))
    if steps_per_second == 4000:
        assert moves <= 1  # without the lead it moved at four of its six updates
        assert math.isclose(ranges[0][1], total + total * 0.02)  # the whole run, from its first update


def test_a_capped_run_reaches_ahead_at_the_capped_pace_not_its_training_speed(plots):
    # At 20 steps/s on the speed control, a mini-batch still trains at full speed (elapsed counts
    # training time only): reaching 2 s of *that* ahead would leave the curve creeping at the left.
    rng = np.random.default_rng(5)
    total = 100_000
    plots.set_speed_cap(20)
    plots.set_x_span(total, 0)
    for start in range(0, 1000, 5):  # four updates a second at 20 steps/s
        steps = np.arange(start + 1, start + 6)
        plots.add_reports(reports(steps, falling_losses(5, rng, start + 1), 4000, total))
        lo, hi = x_range(plots)
        assert hi >= steps[-1]
        if steps[-1] >= 200:
            assert steps[-1] / hi > 0.5  # the curve keeps most of the width


def test_the_right_end_never_comes_back_while_the_run_goes_on():
    pace = Pace()
    run = (0, 1_000_000)
    steps = [np.arange(1.0, 2001.0)]
    pace.add(0, 0.0)
    pace.add(2000, 0.5)  # 4,000 steps/s: the axis reaches 8,000 steps ahead
    _, right = pace.window(steps, run, slow=False)
    assert right >= 2000 + 8000
    pace.cap = 20  # the teacher turns the speed down mid-run: the lead shrinks to 40 steps
    steps = [np.arange(1.0, 2101.0)]
    assert pace.window(steps, run, slow=False)[1] == right  # the axis stays; the curve grows into it
    lo, hi = pace.window(steps, run, slow=True)  # slow motion slides with the latest steps
    assert hi - lo <= 60
    pace.reset()
    assert pace.window(steps, run, slow=False)[1] < right  # a new run starts afresh
