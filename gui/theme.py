"""Light, dark and high-contrast themes, and the presentation mode's scaling.

A theme sets the Qt palette (Fusion style, so it looks the same everywhere)
and the pyqtgraph plots' background, axes and text. Presentation mode is the
high-contrast theme with every font scaled up (x1.5 to x2) for a projector.
"""
from __future__ import annotations

import contextlib

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .common.fonts import scale_app_font

__all__ = ["Theme", "THEMES", "apply_theme", "apply_plot_theme", "light_plots", "scale_app_font", "PRESENTATION_SCALE"]

PRESENTATION_SCALE = 1.6


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    text: str
    button: str
    highlight: str
    disabled_text: str
    plot_background: str
    plot_foreground: str


THEMES = {
    "light": Theme("light", "#f2f2f2", "#ffffff", "#1a1a1a", "#e6e6e6", "#0072B2", "#8a8a8a", "#ffffff", "#1a1a1a"),
    "dark": Theme("dark", "#232629", "#1b1d20", "#eeeeee", "#31363b", "#56B4E9", "#7a7a7a", "#15171a", "#eeeeee"),
    # Presentation: pure black on pure white reads best through a projector.
    "contrast": Theme("contrast", "#ffffff", "#ffffff", "#000000", "#ececec", "#0050a0", "#555555",
                      "#ffffff", "#000000"),
}


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Palette for every widget; new plots take the colours from pg's config."""
    if app.style().name().lower() != "fusion":  # setting it again re-polishes every widget for nothing
        app.setStyle("Fusion")
    app.setPalette(_palette(theme))
    pg.setConfigOptions(background=theme.plot_background, foreground=theme.plot_foreground)


def _palette(theme: Theme) -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    p.setColor(R.Window, QColor(theme.window))
    p.setColor(R.WindowText, QColor(theme.text))
    p.setColor(R.Base, QColor(theme.base))
    p.setColor(R.AlternateBase, QColor(theme.window))
    p.setColor(R.Text, QColor(theme.text))
    p.setColor(R.Button, QColor(theme.button))
    p.setColor(R.ButtonText, QColor(theme.text))
    p.setColor(R.ToolTipBase, QColor(theme.base))
    p.setColor(R.ToolTipText, QColor(theme.text))
    p.setColor(R.Highlight, QColor(theme.highlight))
    p.setColor(R.HighlightedText, QColor("#ffffff"))
    p.setColor(R.PlaceholderText, QColor(theme.disabled_text))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return p


def apply_plot_theme(root: QWidget, theme: Theme) -> None:
    """Recolour every pyqtgraph plot below ``root`` (axes, titles, legends)."""
    fg = QColor(theme.plot_foreground)
    for plot in root.findChildren(pg.PlotWidget):
        plot.setBackground(theme.plot_background)
        item = plot.getPlotItem()
        for side in ("left", "bottom", "right", "top"):
            axis = item.getAxis(side)
            axis.setPen(fg)
            axis.setTextPen(fg)
            if axis.label is not None and axis.labelText:
                axis.setLabel(axis.labelText, units=axis.labelUnits, **{**axis.labelStyle, "color": theme.plot_foreground})
        title = item.titleLabel
        if title.text:
            title.setText(title.text, color=theme.plot_foreground)
        legend = item.legend
        if legend is not None:
            legend.setBrush(pg.mkBrush(theme.plot_background))
            legend.setPen(pg.mkPen(theme.disabled_text))
            legend.setLabelTextColor(fg)
            for _sample, label in legend.items:
                label.setText(label.text, color=theme.plot_foreground)
    for view in root.findChildren(pg.GraphicsLayoutWidget):
        view.setBackground(theme.plot_background)
    for view in root.findChildren(pg.ImageView):
        view.view.setBackgroundColor(theme.plot_background)


@contextlib.contextmanager
def light_plots(root: QWidget, back_to: Theme):
    """Inside the ``with``: the plots below ``root`` in the light theme (an export for slides or
    print from the dark theme); afterwards back in ``back_to``'s colours.

    ``root`` gets the light palette for a moment, so panels that pick their curve colours
    from the palette on a PaletteChange (the training plots) pick the light ones.
    """
    light = THEMES["light"]
    palette = _palette(light)
    root.setPalette(palette)
    apply_plot_theme(root, light)
    try:
        yield
    finally:
        root.setPalette(QPalette())  # follow the window's palette again
        apply_plot_theme(root, back_to)
