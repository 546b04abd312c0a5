"""A plot view whose autoranged y axis holds still while the curve stays in it.

pyqtgraph fits an autoranged axis to the data exactly, at every update. A
falling loss lowers its minimum a little at each of the plot's several
updates a second, so the loss axis rescaled and its tick labels were redrawn
at each: a twitching axis for the back row, and GUI work that holds the GIL
the training thread needs. Here the y range is kept while it still
holds the data (give or take ``TOLERANCE`` of its height, less than the
padding pyqtgraph adds around the data) and the data fills at least
``1 - SLACK`` of it. When it must change it takes ``SLACK`` more room on
the side the data left by, so a creeping minimum does not refit it at once
again; on a linear axis that room stops at zero, where a loss ends.
"""
from __future__ import annotations

import pyqtgraph as pg

__all__ = ["SteadyViewBox", "steady_range", "SLACK", "TOLERANCE"]

SLACK = 0.15  # fraction of the data's height: the room a refit leaves, and the emptiness that forces one
TOLERANCE = 0.01  # fraction of the shown height the padded data may overshoot without a refit


def steady_range(shown: tuple[float, float], wanted: tuple[float, float], log: bool) -> tuple[float, float]:
    """The y range to show: ``shown`` kept if it still suits ``wanted`` (pyqtgraph's fit), else a roomier fit."""
    (s0, s1), (w0, w1) = shown, wanted
    tol = TOLERANCE * (s1 - s0)
    if s0 - tol <= w0 and w1 <= s1 + tol and (w1 - w0) >= (1 - SLACK) * (s1 - s0):
        return s0, s1
    room = SLACK * (w1 - w0)
    lo, hi = w0, w1
    if w0 < s0:
        lo = w0 - room if log else min(w0, max(w0 - room, 0.0))
    if w1 > s1:
        hi = w1 + room
    return lo, hi


class SteadyViewBox(pg.ViewBox):
    """A ``pg.ViewBox`` whose y autorange goes through ``steady_range``; set by hand, ranges are as asked."""

    def __init__(self, *args, **kwargs):
        self._autoranging = False
        super().__init__(*args, **kwargs)

    def updateAutoRange(self):  # noqa: N802 (pyqtgraph override)
        self._autoranging = True
        try:
            super().updateAutoRange()
        finally:
            self._autoranging = False

    def setRange(self, rect=None, xRange=None, yRange=None, padding=None, update=True,  # noqa: N802, N803
                 disableAutoRange=True):
        if self._autoranging and yRange is not None:
            shown = self.state["targetRange"][1]
            yRange = steady_range((shown[0], shown[1]), (yRange[0], yRange[1]), bool(self.state["logMode"][1]))
        super().setRange(rect, xRange, yRange, padding, update, disableAutoRange)
