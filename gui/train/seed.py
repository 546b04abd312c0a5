"""SeedRow: the seed box and its "Fixed" switch.

Reset gives *new* random weights each time: unless "Fixed" is ticked, Reset
first draws a new seed and shows it in the box, so the seed of the weights on
screen is always the one in the box (and in the run's recorded config). Tick
"Fixed" (or type a seed by hand, which ticks it) and every Reset gives the
same weights again: a run can be repeated exactly. Lessons set their own
seeds and are not touched.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from ..common.number_box import NumberBox
from ..common.panel import Retranslating

__all__ = ["SeedRow", "DRAWN_SEEDS"]

DRAWN_SEEDS = 100_000  # a drawn seed is below this: short enough to read out to a class


class SeedRow(Retranslating, QWidget):
    """``box`` (objectName 'seed') holds the seed; ``fixed`` (objectName 'seedFixed') keeps it on Reset."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None, *, rng=None):
        super().__init__(parent)
        self._rng = rng if rng is not None else np.random.default_rng()
        self._high = int(high)
        self._drawing = False
        self.box = NumberBox(low, high, integer=True, objectName="seed")
        self.fixed = QCheckBox(objectName="seedFixed")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.fixed)
        self.box.valueChanged.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.fixed.setText(self.tr("Fixed"))
        self.fixed.setToolTip(self.tr("Ticked: every Reset gives the same initial weights (this seed).\n"
                                      "Not ticked: every Reset draws a new seed, shown in the box."))

    def is_fixed(self) -> bool:
        return self.fixed.isChecked()

    def set_fixed(self, fixed: bool) -> None:
        self.fixed.setChecked(bool(fixed))

    def renew(self) -> int:
        """Before a Reset: a new seed in the box unless it is fixed. Returns the seed to use."""
        if not self.is_fixed():
            current = int(self.box.value())
            seed = current
            while seed == current:
                seed = int(self._rng.integers(min(DRAWN_SEEDS, self._high + 1)))
            self._drawing = True
            try:
                self.box.setValue(seed)
            finally:
                self._drawing = False
        return int(self.box.value())

    def _typed(self, _value) -> None:
        # A seed the user chose is one to keep; set_config blocks this signal.
        if not self._drawing:
            self.fixed.setChecked(True)
