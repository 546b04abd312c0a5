"""Which steps the plots show: the run's own steps, with room to grow.

A run's x axis used to be fixed at [0, its last step] from the start: a
200,000-step run then drew its first thousands of steps in the left 2% of the
plot, and a run that diverged at step 21 of 10,000 was a line one pixel wide.
Instead the axis spans from the run's first step to a round number (1, 1.5,
2, 3, 4, 5 or 7.5 times a power of ten) past its latest step, never past the
step where the run ends. The right end only moves when the run passes it, so
the tick labels are not re-rendered on every update, and the curve always
fills at least 60% of the plot's width (past ``MIN_SPAN`` steps).

A fast run is the exception: the book's network makes ~4,000 steps a
second, so a 6,000-step run passed seven round numbers in under two seconds,
and each pass rescaled both plots and redrew their step axes (a twitching
axis for the class, and GUI work that held the GIL the training thread
needs). So the right end also reaches ``LEAD_SECONDS`` of the run's pace
ahead (``Pace``: its training speed, or the speed control's cap if lower): a
fast run's axis moves about once a second at most, leaving at most that much
of the run's future empty; a slow run's lead is a few steps, and the 60% rule
holds. While a run goes on, its right end never comes back (a lead that
shrinks, the speed turned down mid-run, must not make the axis twitch).
"""
from __future__ import annotations

import math

__all__ = ["MIN_SPAN", "SLOW_WINDOW", "LEAD_SECONDS", "Pace", "round_up", "run_window", "data_window",
           "step_window"]

MIN_SPAN = 20  # steps: a run's first steps are drawn wide enough to see
SLOW_WINDOW = 50  # steps shown in slow motion: the latest ones, each loss a dot one can point at
LEAD_SECONDS = 2.0  # a run's axis reaches this many seconds of its pace past its latest step
PACE_AFTER = 0.2  # seconds of training before the pace counts: the first steps' timing is noise


class Pace:
    """A run's steps per second, from its reports' ``elapsed`` (training time only: the
    waits of a speed cap and evaluations left out), at most the speed control's ``cap``."""

    def __init__(self):
        self.cap = None  # the speed control's steps per second (None: full speed)
        self.reset()

    def reset(self) -> None:
        """A new run: no pace until it has trained ``PACE_AFTER`` seconds."""
        self._origin = None  # (elapsed, step) of the run's first report
        self._right = None  # the right end the run's axis has reached
        self.steps_per_second = 0.0

    def add(self, step: float, elapsed: float | None) -> None:
        """The run's latest report was at ``step`` after ``elapsed`` seconds of training."""
        if elapsed is None or not math.isfinite(elapsed):
            return
        if self._origin is None:
            self._origin = (elapsed, step)
            return
        seconds, steps = elapsed - self._origin[0], step - self._origin[1]
        if seconds >= PACE_AFTER and steps > 0:
            self.steps_per_second = steps / seconds

    def add_reports(self, reports) -> None:
        """A batch of engine Reports (their ``step`` and ``elapsed``): its first and last count."""
        for report in (reports[0], reports[-1]) if len(reports) else ():
            self.add(report.step, getattr(report, "elapsed", None))

    @property
    def lead(self) -> float:
        """Steps the run makes in ``LEAD_SECONDS`` (0 until its pace is known)."""
        pace = self.steps_per_second if self.cap is None else min(self.steps_per_second, self.cap)
        return pace * LEAD_SECONDS

    def window(self, step_columns, run, slow: bool) -> tuple[float, float] | None:
        """``step_window`` with this run's lead; while the run goes on (outside slow motion,
        where the window slides) the right end never comes back."""
        window = step_window(step_columns, run, slow, self.lead)
        if window is None or run is None or slow:
            self._right = None
            return window
        self._right = max(window[1], self._right or window[1])
        return window[0], self._right


def round_up(x: float) -> float:
    """The smallest 1, 1.5, 2, 3, 4, 5 or 7.5 times a power of ten that is >= ``x`` (> 0)."""
    if x <= 0:
        return 1.0
    p10 = 10.0 ** math.floor(math.log10(x))
    for m in (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.5, 10.0):
        if m * p10 >= x * (1 - 1e-12):
            return float(f"{m * p10:.12g}")  # 0.3, not 0.30000000000000004
    return 10.0 * p10


def run_window(first: float, latest: float | None, end: float | None, lead: float = 0.0) -> tuple[float, float]:
    """(left, right) steps to show while a run from ``first`` to ``end`` is at ``latest``.

    ``latest`` None: nothing drawn yet. ``end`` None: the run's length is unknown.
    ``lead``: steps past ``latest`` the axis must reach (``Pace.lead``).
    """
    done = max((latest if latest is not None else first) - first, 0.0)
    right = first + round_up(max(done * 1.05, done + lead, MIN_SPAN))
    if end is not None and end > first:
        right = min(right, end)
    return float(first), float(max(right, first + 1))


def data_window(lo: float, hi: float) -> tuple[float, float]:
    """(left, right) steps to show a finished run that spans ``lo`` .. ``hi`` whole."""
    return float(lo), float(max(hi, lo + 1))


def step_window(step_columns, run, slow: bool, lead: float = 0.0) -> tuple[float, float] | None:
    """(left, right) for the plots: ``step_columns`` are the run's increasing step arrays
    (loss points, evaluations); ``run`` (first, end) while a run goes on, else None;
    ``slow``: slow motion, the latest ``SLOW_WINDOW`` steps; ``lead``: see ``run_window``.
    None: nothing to show.
    """
    steps = [a for a in step_columns if a.shape[0]]
    if run is not None:
        first, end = run
        latest = max(float(a[-1]) for a in steps) if steps else None
        if slow and latest is not None:
            lo = max(first, latest - SLOW_WINDOW)
            return float(lo), float(lo + SLOW_WINDOW + 1)
        return run_window(first, latest, end, lead)
    if steps:
        return data_window(min(float(a[0]) for a in steps), max(float(a[-1]) for a in steps))
    return None
