"""Ghost curves: finished runs kept faintly on the loss and accuracy plots.

A ghost shows a run's smoothed loss (it follows the smoothing slider) and its
test accuracy, so the next run can be compared with it. It keeps its slot in
the palette's ghost colours for life, whatever older ghosts are dropped; at
most ``MAX_GHOSTS`` are kept, the oldest goes first. Ghosts are faint by a pale
opaque colour, not by transparency: the lines are drawn in segments, and
transparent segments would darken where they meet.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from .plot_items import round_pen, tune_downsampling

__all__ = ["Ghost", "GhostRuns", "MAX_GHOSTS"]

MAX_GHOSTS = 8
_PALE = 0.45  # how far a ghost's colour is mixed towards the background


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


class GhostRuns:
    """The ghosts on a loss plot and an accuracy plot, with their legend entries.

    Iterating gives the ghosts, oldest first.
    """

    def __init__(self, loss_plot: pg.PlotWidget, accuracy_plot: pg.PlotWidget, loss_legend, accuracy_legend):
        self._pairs = ((loss_plot, loss_legend), (accuracy_plot, accuracy_legend))
        self._ghosts: list[Ghost] = []
        self.visible = True
        self.kept = 0  # runs kept so far, dropped ones included: numbers and colour slots

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
                      np.array(test_acc), pg.PlotDataItem(), pg.PlotDataItem())
        for item, (plot, legend) in zip((ghost.loss_item, ghost.acc_item), self._pairs):
            item.setZValue(1)
            plot.addItem(item)  # not named here: legend entries follow visibility
            tune_downsampling(item, smooth=True)
            item.setVisible(self.visible)
            if self.visible:
                legend.addItem(item, label)
        self._ghosts.append(ghost)
        while len(self._ghosts) > MAX_GHOSTS:
            self._remove(self._ghosts.pop(0))
        ghost.acc_item.setData(ghost.eval_steps, ghost.test_acc)
        return ghost

    def clear(self) -> None:
        for ghost in self._ghosts:
            self._remove(ghost)
        self._ghosts.clear()

    def set_visible(self, visible: bool) -> None:
        visible = bool(visible)
        if visible == self.visible:
            return
        self.visible = visible
        for ghost in self._ghosts:
            for item, (_plot, legend) in zip((ghost.loss_item, ghost.acc_item), self._pairs):
                item.setVisible(visible)
                if visible:
                    legend.addItem(item, ghost.label)
                else:
                    legend.removeItem(item)

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
