"""Pieces of the "One step, explained" view: colours that follow the palette,
presentation-scaled font sizes, book-style number formats, and small images
of the input digits and of signed arrays.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget

from ..common.fonts import set_font_px
from ..common.palette import DARK, LIGHT

__all__ = ["Colors", "FontScale", "colors_for", "gray_image", "diverging_image", "number_format", "format_cells",
           "shape_text", "MONO", "N_VALUES", "TABLE_MAX", "LABEL_CHARS"]


MONO = "'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace"
N_VALUES = 6  # values shown of a large array
TABLE_MAX = (8, 10)  # arrays up to this shape are shown whole
LABEL_CHARS = 16  # 'mask[0, 159:165]': labels are padded to this, so that rows line up


@dataclass(frozen=True)
class Colors:
    """The view's colours for the current theme: forward blue (the palette's accent), gradient red (its bad)."""

    text: str
    faint: str
    pale: str
    blue: str
    red: str
    pale_red: str
    on_accent: str  # text on a blue or red fill
    true_bg: str  # the true class t in tables
    base: str


def _mix(colour, base: QColor, f: float) -> str:
    """``colour`` moved towards ``base`` by ``f`` in [0, 1], as a hex string."""
    a = QColor(colour)
    return QColor.fromRgbF(*(x * (1 - f) + y * f for x, y in zip(a.getRgbF()[:3], base.getRgbF()[:3]))).name()


def colors_for(widget: QWidget) -> Colors:
    """The view's colours: hues from the lab's palette, greys mixed from the widget's text and base.

    The view draws on the Base colour (its text browser, the diagram), so that
    colour's lightness picks the palette's light or dark hues; the greys follow
    the Qt palette itself, so the high-contrast theme keeps its pure black.
    """
    palette = widget.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    lab = DARK if dark else LIGHT
    return Colors(text=text.name(), faint=_mix(text, base, 0.35 if dark else 0.45),
                  pale=_mix(text, base, 0.7 if dark else 0.75), blue=lab.accent, red=lab.bad,
                  pale_red=_mix(lab.bad, base, 0.6 if dark else 0.65), on_accent=base.name(),
                  true_bg=_mix(lab.good, base, 0.75 if dark else 0.8), base=base.name())


class FontScale:
    """Font sizes in pixels at the presentation scale: widgets registered once, resized on every change."""

    def __init__(self):
        self.scale = 1.0
        self._fonts = []  # (widget, px at scale 1, bold)

    def px(self, px: float) -> int:
        return int(round(px * self.scale))

    def add(self, widget, px: int, bold: bool = False):
        """Give ``widget`` a font of ``px`` pixels (scaled), now and after every ``set_scale``."""
        self._fonts.append((widget, px, bold))
        set_font_px(widget, self.px(px), bold)
        return widget

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        for widget, px, bold in self._fonts:
            set_font_px(widget, self.px(px), bold)


def shape_text(array) -> str:
    return str(tuple(np.shape(array)))


def number_format(array) -> str:
    """'%.4f', or scientific when every value is tiny (so 3e-05 does not read 0.0000)."""
    a = np.abs(np.asarray(array, dtype=np.float64))
    peak = float(a.max()) if a.size else 0.0
    return "{:.3e}" if 0 < peak < 1e-2 else "{:.4f}"


def format_cells(values, fmt: str) -> list[str]:
    if values.dtype == np.bool_:
        return ["True" if v else "False" for v in values]
    return [fmt.format(float(v)).replace("-", "−") for v in values]


def _scaled(image: QImage, scale: int) -> QImage:
    return image.scaled(image.width() * scale, image.height() * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)  # crisp pixels


def gray_image(pixels, scale: int) -> QImage:
    """(side, side) values in [0, 1] -> white ink on black (as the network reads it), enlarged."""
    data = np.ascontiguousarray(np.clip(np.rint(np.nan_to_num(pixels) * 255.0), 0, 255).astype(np.uint8))
    h, w = data.shape
    return _scaled(QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy(), scale)


def diverging_image(values, peak: float, scale: int) -> QImage:
    """(side, side) signed values -> red for > 0, blue for < 0, white for 0, enlarged.

    The ends are the palette's weight colours, as in the W1 tiles of the Inside
    view; the image is drawn on white, the same in every theme.
    """
    v = np.clip(np.nan_to_num(values) / peak, -1, 1) if peak > 0 else np.zeros_like(values)
    v = v[..., None]
    red, blue = (np.array(QColor(c).getRgb()[:3]) for c in (LIGHT.weight_pos, LIGHT.weight_neg))
    rgb = np.where(v >= 0, 255 + v * (red - 255), 255 - v * (blue - 255))
    rgb = np.ascontiguousarray(np.clip(np.rint(rgb), 0, 255).astype(np.uint8))
    h, w = values.shape
    return _scaled(QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy(), scale)
