"""NumberBox: a spin box for the hyperparameter panel that keeps floats exact.

It shows numbers in their shortest form (0.1, 16.67, 1e-06), holds seeds up to
2**32 - 1 (a QSpinBox stops at 2**31 - 1), and its arrows step through 1-2-5
values (..., 100, 200, 500, ...) where that suits the quantity.
"""
from __future__ import annotations

import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox

__all__ = ["NumberBox", "format_number", "one_two_five"]

def format_number(value: float) -> str:
    """Shortest text that reads back as exactly ``value`` ('0.1', '16.67', '1e-06', '3')."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def one_two_five(low: float, high: float) -> list[float]:
    """The 1-2-5 series (…, 0.01, 0.02, 0.05, 0.1, …) within [low, high]."""
    values = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        values += [float(f"{m}e{exponent}") for m in (1, 2, 5)]
    return [v for v in values if low <= v <= high]


class NumberBox(QDoubleSpinBox):
    """A spin box that holds any float (or whole number) exactly.

    QDoubleSpinBox rounds to ``decimals``; this one keeps the maximum precision
    and shows the shortest exact text instead, so a value read from a file comes
    back unchanged. With ``ladder`` the arrows walk the 1-2-5 series (100, 200,
    500, 1000 …) starting at ``ladder_from``, which suits sizes and rates that
    matter in ratios. With ``special`` the minimum reads as that text ('all').
    """

    def __init__(self, low, high, *, integer=False, ladder=False, ladder_from=None,
                 special="", step=1.0, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._integer = integer
        self.setDecimals(0 if integer else 323)  # 323 = Qt's maximum: rounding is a no-op
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setSpecialValueText(special)
        self.setAccelerated(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        start = ladder_from if ladder_from is not None else max(low, 1e-6)
        self._ladder = one_two_five(start, high) if ladder else None
        if self._ladder is not None and special:
            self._ladder.insert(0, low)

    def textFromValue(self, value):  # noqa: N802 (Qt override)
        return str(int(round(value))) if self._integer else format_number(value)

    def _parse(self, text):
        text = text.strip()
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        text = re.sub(r"[,_\s]", "", text)  # '60,000' and '10 000' read as numbers
        value = float(text)
        if self._integer and not value.is_integer():
            raise ValueError(text)
        return value

    def valueFromText(self, text):  # noqa: N802 (Qt override)
        try:
            return self._parse(text)
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        try:
            value = self._parse(text)
        except ValueError:
            return QValidator.State.Intermediate
        if self.minimum() <= value <= self.maximum() and math.isfinite(value):
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate

    def stepBy(self, steps):  # noqa: N802 (Qt override)
        if self._ladder is None:
            return super().stepBy(steps)
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in self._ladder if v > value * (1 + 1e-9)), self.maximum())
            else:
                value = next((v for v in reversed(self._ladder) if v < value * (1 - 1e-9)), self.minimum())
        self.setValue(value)
        self.selectAll()
