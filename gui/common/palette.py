"""The lab's colours, in one place, for the light and the dark theme.

Hues come from the Okabe-Ito palette (safe for colour-blind viewers); the
text variants are darkened on light backgrounds and lightened on dark ones so
that every label keeps at least 4.5:1 contrast. A view asks ``colours(widget)``
when it paints or re-styles (on a palette change), never caches hex strings.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette

__all__ = ["OKABE_ITO", "Colours", "LIGHT", "DARK", "colours", "is_dark", "VERDICT_FILLS"]

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class Colours:
    """Semantic colours of one theme (hex strings)."""

    text: str  # body text
    muted: str  # secondary text: 4.5:1 on the background
    faint: str  # hints, frames, tracks
    track: str  # the empty part of a bar
    accent: str  # the lab's blue: the current curve, the chosen class
    second: str  # the lab's orange: the other curve
    good: str  # text that says "right", "pass"
    warn: str  # text that says "careful"
    bad: str  # text that says "wrong", an error
    info_bg: str  # banners
    info_fg: str
    error_bg: str
    error_fg: str
    ghost: tuple  # earlier runs' curves: saturated enough for a projector
    weight_neg: str  # W < 0 in weight images: blue, the low end of colorcet's CET-D1 (light theme)
    weight_pos: str  # W > 0: red, its high end


LIGHT = Colours(
    text="#1A1A1A", muted="#595959", faint="#8C8C8C", track="#EBEBEB",
    accent="#0072B2", second="#E69F00", good="#1E7A3E", warn="#8A5A00", bad="#B0281A",
    info_bg="#E8F1FB", info_fg="#0B3C6E", error_bg="#FDECEA", error_fg="#8A1C12",
    ghost=("#CC79A7", "#009E73", "#555555", "#D55E00", "#56B4E9", "#999933", "#882255", "#44AA99"),
    weight_neg="#2151db", weight_pos="#c00206",
)
DARK = Colours(
    text="#EEEEEE", muted="#B8B8B8", faint="#8A8A8A", track="#3A3F44",
    accent="#56B4E9", second="#F0B73F", good="#6FD39A", warn="#F2C14E", bad="#FF8A7A",
    info_bg="#17324D", info_fg="#D6E9FB", error_bg="#4A1D18", error_fg="#FFD9D3",
    ghost=("#E59CC8", "#33C79A", "#BBBBBB", "#FF8A4C", "#7CC8F2", "#CFCF5A", "#D46A9F", "#6FCFC2"),
    weight_neg="#79a8ff", weight_pos="#ff7b72",
)

# Verdict badges: (symbol, fill, text on the fill, bar colour). Fills carry dark or
# white text at >= 4.5:1, so they read the same on either theme.
VERDICT_FILLS = {
    "excellent": ("✓", "#1E8449", "#FFFFFF", "#1E8449"),
    "acceptable": ("~", "#8FD8C6", "#0B3B30", "#3FAE96"),
    "suspicious": ("!", "#F5B82E", "#3D2A00", "#E69F00"),
    "wrong": ("✗", "#C0392B", "#FFFFFF", "#C0392B"),
    # The verdicts of the kink-aware check: round-off hides the answer, the point sits on
    # a kink (nothing to judge), nothing could be computed (NaN, infinity: never a pass).
    "below resolution": ("≈", "#CFE6F5", "#0B3C6E", "#56B4E9"),
    "on a kink": ("∧", "#DDDDDD", "#262626", "#8C8C8C"),
    "failed": ("⊘", "#7B2D5B", "#FFFFFF", "#CC79A7"),
}


def is_dark(widget) -> bool:
    """True when ``widget`` is drawn on a dark background (the dark theme)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours(widget) -> Colours:
    """The colours for ``widget``'s current theme."""
    return DARK if is_dark(widget) else LIGHT
