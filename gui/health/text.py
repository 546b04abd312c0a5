"""The words of the Layer health view: each verdict's name, colour role and one sentence of why.

The engine names a verdict (``engine.HEALTH_VERDICTS``); this module says it
in the user's language, with the layer's own numbers. Which rule fired is
worked out again from the statistics and the engine's thresholds, so the
sentence gives the number that decided.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine import EXPLODING_RATIO, EXPLODING_UPDATE, HEALTH_VERDICTS

__all__ = ["layer_title", "tr", "verdict_name", "verdict_role", "verdict_symbol", "verdict_why"]

_CONTEXT = "LayerHealth"

_NAMES = {
    "healthy": QT_TRANSLATE_NOOP("LayerHealth", "healthy"),
    "saturated": QT_TRANSLATE_NOOP("LayerHealth", "saturated"),
    "collapsed": QT_TRANSLATE_NOOP("LayerHealth", "collapsed"),
    "dead": QT_TRANSLATE_NOOP("LayerHealth", "dead"),
    "vanishing": QT_TRANSLATE_NOOP("LayerHealth", "vanishing"),
    "exploding": QT_TRANSLATE_NOOP("LayerHealth", "exploding"),
}
# The palette colour (gui.common.palette.Colours field) and symbol of each verdict's badge:
# green for healthy, amber for a layer that learns badly, red for one that cannot learn at all.
_ROLES = {"healthy": ("good", "✓"), "saturated": ("warn", "!"), "collapsed": ("warn", "!"),
          "vanishing": ("warn", "!"), "dead": ("bad", "✗"), "exploding": ("bad", "✗")}
if set(_NAMES) != set(HEALTH_VERDICTS) or set(_ROLES) != set(HEALTH_VERDICTS):
    raise ValueError("every verdict of engine.HEALTH_VERDICTS needs a name and a colour here")


def tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("LayerHealth", ...), in the user's language."""
    return QCoreApplication.translate(_CONTEXT, text)


def verdict_name(verdict: str) -> str:
    return tr(_NAMES[verdict])


def verdict_role(verdict: str) -> str:
    """'good', 'warn' or 'bad': the palette colour of the badge."""
    return _ROLES[verdict][0]


def verdict_symbol(verdict: str) -> str:
    return _ROLES[verdict][1]


def layer_title(layer) -> str:
    """'Layer 2 · Sigmoid, 100 units'."""
    kind = "Sigmoid" if layer.activation == "sigmoid" else "ReLU"
    return QCoreApplication.translate("LayerHealth", "Layer {0} · {1}, {2} units").format(layer.index, kind, layer.units)


def verdict_why(layer) -> str:
    """One sentence: why ``layer`` (an engine LayerHealth) got its verdict, with the number that decided."""
    v = layer.verdict
    if v == "healthy":
        return QCoreApplication.translate("LayerHealth", "Its outputs differ from image to image (spread {0:.2f}) and the gradient passes "
                  "through.").format(layer.spread)
    if v == "saturated":
        return QCoreApplication.translate("LayerHealth", "{0:.0f}% of its outputs are below 0.05 or above 0.95, where the sigmoid is flat: "
                  "almost no gradient passes back.").format(100 * layer.saturated)
    if v == "collapsed":
        return QCoreApplication.translate("LayerHealth", "Every unit gives nearly the same output for every image (spread {0:.3f}): the layer "
                  "hardly tells the images apart.").format(layer.spread)
    if v == "dead":
        return QCoreApplication.translate("LayerHealth", "{0:.0f}% of its units are 0 for every image: they pass no gradient back and never "
                  "learn.").format(100 * layer.dead)
    if v == "vanishing":
        return QCoreApplication.translate("LayerHealth", "The gradient reaching it is only {0:.2g} times the one reaching the layer above: "
                  "learning fades on the way back.").format(layer.grad_ratio)
    # exploding: say which of its three rules fired
    if not (math.isfinite(layer.spread) and math.isfinite(layer.grad_norm)):
        return QCoreApplication.translate("LayerHealth", "Its outputs or gradients are no longer finite numbers: the network has blown up.")
    if layer.grad_ratio is not None and layer.grad_ratio > EXPLODING_RATIO:
        return QCoreApplication.translate("LayerHealth", "The gradient reaching it is {0:.1f} times the one reaching the layer above: it grows "
                  "layer after layer.").format(layer.grad_ratio)
    if layer.update_ratio > EXPLODING_UPDATE:
        return QCoreApplication.translate("LayerHealth", "One SGD step would change its weights by 10^{0:.1f} of their size; about 10^-3 is "
                  "healthy.").format(layer.update_ratio)
    return QCoreApplication.translate("LayerHealth", "Its outputs or gradients are no longer finite numbers: the network has blown up.")
