"""Bug hunt: a mystery planted bug chosen by a class code.

The teacher writes a class code on the board; every student who types it gets
the same planted bug (the code is hashed, not drawn at random), in a net with
the activation the bug needs. The student looks for it with the lab's tools
(the per-parameter gradient check) and guesses which layer is wrong and how;
``judge`` says whether the guess is right. The bugs come from
``engine.faults.BUGS``: a bug added there joins the hunt.
"""
from __future__ import annotations

import hashlib

import numpy as np

from .faults import BUGS
from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

__all__ = ["HUNT_LAYERS", "normalise_code", "mystery_bug", "bug_layer", "bugs_of_layer", "mystery_net", "judge"]

HUNT_LAYERS = ("Relu", "Sigmoid", "Affine", "SoftmaxWithLoss")
_BOOK = {"Relu": Relu, "Sigmoid": Sigmoid, "Affine": Affine, "SoftmaxWithLoss": SoftmaxWithLoss}


def normalise_code(code: str) -> str:
    """' math-3b ' and 'MATH-3B' are the same class: spaces around and case do not count."""
    return " ".join(str(code).split()).upper()


def bug_layer(name: str) -> str | None:
    """The book's layer a planted bug breaks ('Relu', 'Affine', ...), or None if it is no layer's."""
    faulty = BUGS[name].layer
    for layer, book in _BOOK.items():
        if faulty is not None and issubclass(faulty, book):
            return layer
    return None


def _huntable() -> list:
    """The bugs a hunt can plant: those in a layer, in a stable order."""
    return sorted(name for name in BUGS if bug_layer(name) is not None)


def bugs_of_layer(layer: str) -> list:
    """The huntable bugs of ``layer``, in a stable order (the choices of a guess)."""
    return [name for name in _huntable() if bug_layer(name) == layer]


def mystery_bug(code: str) -> str:
    """The bug of class code ``code``: the same for everyone who types it. ValueError for an empty code."""
    code = normalise_code(code)
    if not code:
        raise ValueError("a class code needs at least one letter or digit")
    names = _huntable()
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return names[int.from_bytes(digest[:8], "big") % len(names)]


def mystery_net(code: str, seed: int = 0):
    """A float64 784-50-10 net with the code's bug planted (Sigmoid when the bug needs one)."""
    from .network import MultiLayerNet

    name = mystery_bug(code)
    activation = BUGS[name].needs_activation or "relu"
    return MultiLayerNet(784, [50], 10, activation=activation, weight_init="xavier" if activation == "sigmoid"
                         else "he", seed=seed, dtype=np.float64, bug=name)


def judge(code: str, layer: str, bug: str | None) -> str:
    """'right' (layer and mistake), 'right-layer' (the layer only) or 'wrong'."""
    name = mystery_bug(code)
    if layer != bug_layer(name):
        return "wrong"
    return "right" if bug == name else "right-layer"
