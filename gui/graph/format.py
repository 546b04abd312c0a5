"""Numbers on a graph, compact: a scalar as the book prints it, an array as its shape.

A projector shows a handful of characters per edge, so an array node shows
its shape and, when it is tiny (at most four entries), its values; never a
wall of numbers.
"""
from __future__ import annotations

import numpy as np

__all__ = ["fmt_number", "fmt_value", "value_text_for_edit", "MAX_EDIT_ENTRIES"]

MAX_EDIT_ENTRIES = 12  # arrays up to this size can be typed into an input box


def fmt_number(v) -> str:
    """'220', '2.2', '0.19661', '-1.2e-05': at most five significant digits, no trailing zeros."""
    v = float(v)
    if v == 0:
        return "0"
    if not np.isfinite(v):
        return str(v)
    text = f"{v:.5g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        text = f"{mantissa}e{int(exp):+03d}"
    return text


def fmt_value(value) -> str:
    """A scalar as a number; a tiny array as its values; otherwise its shape ('100×784')."""
    if value is None:
        return ""
    if np.ndim(value) == 0:
        return fmt_number(value)
    a = np.asarray(value)
    if a.size <= 4:
        return "[" + ", ".join(fmt_number(v) for v in a.ravel()) + "]"
    return "×".join(str(n) for n in a.shape)


def value_text_for_edit(value) -> str | None:
    """What an input box shows for ``value`` (None: too big to type)."""
    if np.ndim(value) == 0:
        return fmt_number(value)
    a = np.asarray(value)
    if a.size > MAX_EDIT_ENTRIES:
        return None

    def nested(x):
        return "[" + ", ".join(nested(y) if np.ndim(y) else fmt_number(y) for y in x) + "]"

    return nested(a)
