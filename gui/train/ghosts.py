"""Ghost curves: finished runs kept faintly on the loss and accuracy plots.

A ghost shows a run's smoothed loss (it follows the smoothing slider) and its
test accuracy, so the next run can be compared with it. It keeps its slot in
the palette's ghost colours for life, whatever older ghosts are dropped; at
most ``MAX_GHOSTS`` are kept, the oldest goes first. Ghosts are faint by a pale
opaque colour, not by transparency: the lines are drawn in segments, and
transparent segments would darken where they meet.

Ghosts are named in the loss plot's legend only (the accuracy plot's legend
names the current run's train and test markers; the colours match), so a
lesson's ghosts do not cover the accuracy curves. A ghost claims room on the
loss axis only up to ``CEILING`` times its first loss: a diverged run kept as
a ghost (losses of 10,000) must not flatten every other curve; it runs off
the top instead. ``clear`` keeps the cleared ghosts for ``restore`` (undo).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg

from .plot_items import round_pen, tune_downsampling

__all__ = ["Ghost", "GhostRuns", "MAX_GHOSTS"]

MAX_GHOSTS = 8
_PALE = 0.45  # how far a ghost's colour is mixed towards the background
CEILING = 2.0  # a ghost's loss line claims axis room up to this times its first loss


class GhostCurve(pg.PlotDataItem):
    """A ghost's line: its claim on the y axis stops at ``y_ceiling`` (None: no limit)."""

    y_ceiling: float | None = None

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802, N803 (pyqtgraph override)
        lo, hi = super().dataBounds(ax, frac, orthoRange)
        ceiling = self.y_ceiling
        if ax == 1 and hi is not None and ceiling is not None and ceiling > 0:
            if self.opts["logMode"][1]:
                ceiling = math.log10(ceiling)
            hi = max(lo, min(hi, ceiling))
        return lo, hi


@dataclass(eq=False)
class Ghost:
    """A finished run kept faintly on the plots (its arrays are copies)."""

    label: str
    slot: int  # index into the palette's ghost colours
    steps: np.ndarray
    loss: np.ndarray
    eval_steps: np.ndarray
    test_acc: np.ndarray
    loss_item: pg.PlotDataItem
    acc_item: pg.PlotDataItem
    colour: str = ""  # the colour it is drawn in now (before paling), set by ``GhostRuns.style``
    smoothed: np.ndarray = field(default_factory=lambda: np.empty(0))  # the loss line as drawn, shape (N,)


class GhostRuns:
    """The ghosts on a loss plot and an accuracy plot, with their legend entries.

    Iterating gives the ghosts, oldest first.
    """

    def __init__(self, loss_plot: pg.PlotWidget, accuracy_plot: pg.PlotWidget, loss_legend, accuracy_legend):
        self._pairs = ((loss_plot, loss_legend), (accuracy_plot, accuracy_legend))
        self._ghosts: list[Ghost] = []
        self.visible = True
        self.kept = 0  # runs kept so far, dropped ones included: numbers and colour slots
        self._cleared: list[Ghost] = []  # the ghosts the last ``clear`` removed (for ``restore``)

    def __iter__(self):
        return iter(list(self._ghosts))

    def __len__(self) -> int:
        return len(self._ghosts)

    @property
    def labels(self) -> list[str]:
        return [g.label for g in self._ghosts]

    def add(self, label: str, steps, loss, eval_steps, test_acc) -> Ghost:
        """Keep a run (the arrays are copied); the caller styles it and sets its loss line."""
        self.kept += 1
        ghost = Ghost(label, self.kept - 1, np.array(steps), np.array(loss), np.array(eval_steps),
                      np.array(test_acc), GhostCurve(), pg.PlotDataItem())
        if ghost.loss.size and math.isfinite(ghost.loss[0]) and ghost.loss[0] > 0:
            ghost.loss_item.y_ceiling = CEILING * float(ghost.loss[0])
        for item in (ghost.loss_item, ghost.acc_item):
            tune_downsampling(item, smooth=True)
        self._show(ghost)
        ghost.acc_item.setData(ghost.eval_steps, ghost.test_acc)
        return ghost

    def _show(self, ghost: Ghost, first: bool = False) -> None:
        """Put ``ghost`` on the plots (``first``: as the oldest), dropping the oldest beyond MAX_GHOSTS."""
        for item, (plot, _legend) in zip((ghost.loss_item, ghost.acc_item), self._pairs):
            item.setZValue(1)
            plot.addItem(item)  # not named here: legend entries follow visibility
            item.setVisible(self.visible)
        if self.visible:
            self._legend.addItem(ghost.loss_item, ghost.label)
        if first:
            self._ghosts.insert(0, ghost)
        else:
            self._ghosts.append(ghost)
        while len(self._ghosts) > MAX_GHOSTS:
            self._remove(self._ghosts.pop(0))

    @property
    def _legend(self):
        return self._pairs[0][1]

    def nearest(self, x: float) -> list[tuple[Ghost, int]]:
        """(ghost, index of its loss point nearest step ``x``) for each visible ghost with loss points."""
        if not self.visible:
            return []
        out = []
        for ghost in self._ghosts:
            if ghost.steps.size and ghost.smoothed.size == ghost.steps.size:
                i = int(np.clip(np.searchsorted(ghost.steps, x), 0, ghost.steps.size - 1))
                if i > 0 and x - ghost.steps[i - 1] <= ghost.steps[i] - x:
                    i -= 1
                out.append((ghost, i))
        return out

    def clear(self) -> None:
        """Remove every ghost; ``restore`` brings them back."""
        for ghost in self._ghosts:
            self._remove(ghost)
        self._cleared = self._ghosts
        self._ghosts = []

    def restore(self) -> int:
        """Bring back the ghosts the last ``clear`` removed, as the oldest ones; how many came back."""
        cleared, self._cleared = self._cleared, []
        for ghost in reversed(cleared):
            # New items: pyqtgraph does not take back an item once removed from a plot.
            ceiling = ghost.loss_item.y_ceiling
            ghost.loss_item, ghost.acc_item = GhostCurve(), pg.PlotDataItem()
            ghost.loss_item.y_ceiling = ceiling
            for item in (ghost.loss_item, ghost.acc_item):
                tune_downsampling(item, smooth=True)
            self._show(ghost, first=True)
            ghost.acc_item.setData(ghost.eval_steps, ghost.test_acc)
        return len(cleared)

    def set_visible(self, visible: bool) -> None:
        visible = bool(visible)
        if visible == self.visible:
            return
        self.visible = visible
        for ghost in self._ghosts:
            for item in (ghost.loss_item, ghost.acc_item):
                item.setVisible(visible)
            if visible:
                self._legend.addItem(ghost.loss_item, ghost.label)
            else:
                self._legend.removeItem(ghost.loss_item)

    @staticmethod
    def style(ghost: Ghost, palette_ghosts, background, width: float, paling: float = _PALE) -> None:
        """Draw ``ghost`` in its palette colour, paled towards ``background`` by ``paling`` (0: not at
        all, for a projector, which washes pale lines out), ``width`` px wide."""
        ghost.colour = palette_ghosts[ghost.slot % len(palette_ghosts)]
        colour, bg = pg.mkColor(ghost.colour), pg.mkColor(background)
        pale = [round(c + (b - c) * paling) for c, b in zip(colour.getRgb()[:3], bg.getRgb()[:3])]
        pen = round_pen(pg.mkColor(*pale), width)
        ghost.loss_item.setPen(pen)
        ghost.acc_item.setPen(pen)

    def _remove(self, ghost: Ghost) -> None:
        for item, (plot, _legend) in zip((ghost.loss_item, ghost.acc_item), self._pairs):
            plot.removeItem(item)  # also drops the legend entry
