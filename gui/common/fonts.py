"""Font helpers: sizes in pixels (for fixed layouts) or scaled from the app's font."""
from __future__ import annotations

from PySide6.QtGui import QFont

__all__ = ["font_px", "font_pt", "set_font_px", "scaled_font"]


def font_px(px: int, bold: bool = False) -> QFont:
    """The application's font at ``px`` pixels."""
    font = QFont()
    font.setPixelSize(max(1, int(round(px))))
    font.setBold(bold)
    return font


def font_pt(pt: float, bold: bool = False) -> QFont:
    """The application's font at ``pt`` points (plot ticks and titles, which do not follow the app's size)."""
    font = QFont()
    font.setPointSizeF(max(1.0, float(pt)))
    font.setBold(bold)
    return font


def set_font_px(widget, px: int, bold: bool = False) -> None:
    """Give ``widget`` its own font at ``px`` pixels (family and style kept)."""
    font = widget.font()
    font.setPixelSize(max(1, int(round(px))))
    font.setBold(bold)
    widget.setFont(font)


def scaled_font(base: QFont, factor: float, bold: bool | None = None) -> QFont:
    """``base`` scaled by ``factor`` (point size; at least 9 pt before scaling)."""
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    if bold is not None:
        font.setBold(bold)
    return font
