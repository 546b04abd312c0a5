"""Font helpers: sizes in pixels (for fixed layouts) or scaled from the app's font.

Presentation mode scales the application font (``scale_app_font``) and asks
each panel for ``set_font_scale(scale)``. A panel sizes its own fonts from the
app's *unscaled* size (``base_point_size``), never from its current font:
a widget's font follows the app's font only when Qt delivers the posted font
change, so at the time a panel rescales it may still hold the old size, and
leaving presentation mode would keep the large type.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["font_px", "font_pt", "set_font_px", "scaled_font", "base_point_size", "scale_app_font", "scale_pixel_fonts"]

_BASE_POINT_SIZE: list[float] = []  # the app font's size before any scaling


def base_point_size() -> float:
    """The application font's point size before presentation mode scaled it (at least 9 pt)."""
    if not _BASE_POINT_SIZE:
        size = QApplication.font().pointSizeF()
        _BASE_POINT_SIZE.append(size if size > 0 else 10.0)
    return max(_BASE_POINT_SIZE[0], 9.0)


def scale_app_font(app: QApplication, scale: float) -> None:
    """Scale the application font (1.0 = the platform default)."""
    base_point_size()  # remember the unscaled size before the first change
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE[0] * scale)
    app.setFont(font)


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
    """``base``'s family and style at ``factor`` times the app's unscaled size (``base_point_size``).

    ``factor`` includes the presentation scale, so the result is the same
    whether or not ``base`` has already followed a scaled app font.
    """
    font = QFont(base)
    font.setPointSizeF(base_point_size() * factor)
    if bold is not None:
        font.setBold(bold)
    return font


_BASE_PX, _SET_PX = "_basePixelSize", "_scaledPixelSize"  # dynamic properties: the size before and after scaling


def scale_pixel_fonts(root, scale: float) -> None:
    """Presentation size for a panel that sizes its type in pixels and has no ``set_font_scale``.

    Every widget under ``root`` (and ``root``) whose own font is set in pixels gets its
    unscaled size times ``scale``; large type (24 px and up) grows half as fast, as the plots'
    titles do. The unscaled size is remembered on the widget, so 1.0 gives it back exactly;
    a size the panel set itself since (a new guess) counts as unscaled.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        font = widget.font()
        if font.pixelSize() <= 0 or not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        base = widget.property(_BASE_PX)
        if base is None or font.pixelSize() != widget.property(_SET_PX):
            base = font.pixelSize()
        px = max(1, round(base * (scale if base < 24 else (1 + scale) / 2)))
        widget.setProperty(_BASE_PX, base)
        widget.setProperty(_SET_PX, px)
        font.setPixelSize(px)
        widget.setFont(font)
