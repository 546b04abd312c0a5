"""The bundled pre-trained model: a network that reads drawn digits at once.

``resources/pretrained.npz`` is an ordinary model file (see ``engine.persist``)
so that a learner can try the canvas before training anything. It is a
784-256-128-10 ReLU network, float32 (under 1 MB), trained with Adam on MNIST
with ``augment`` on (see ``engine.augment``): the random tilts, slants, pen
widths and shifts make it read digits drawn on the canvas, not only MNIST's.

It is not a black box: ``PRETRAINED_COMMAND`` is the exact command that
rebuilds the file, bit for bit, in a few minutes on a laptop, with the same
engine the learner uses. The file also keeps its TrainConfig and test accuracy
(``net.config``, ``net.info``). ``benchmarks/bench_pretrained.py`` prints its
accuracy on clean and on augmented MNIST test digits.
"""
from __future__ import annotations

from importlib import resources

from .network import LayerNet
from .persist import ModelFileError, load_model

__all__ = ["PRETRAINED_COMMAND", "PRETRAINED_NAME", "load_pretrained"]

# Run from the project root. Keep in step with resources/pretrained.npz.
PRETRAINED_COMMAND = (
    "python main.py --headless --hidden 256,128 --weight-init he --optimizer adam "
    "--lr 0.001 --epochs 20 --augment --seed 1 --save resources/pretrained.npz"
)
PRETRAINED_NAME = "bundled pre-trained model"

PACKAGE = "resources"        # where the file lives (importlib.resources)
RESOURCE = "pretrained.npz"


def load_pretrained() -> LayerNet:
    """The bundled pre-trained network, a fresh copy on every call.

    Returns
    -------
    LayerNet
        784-256-128-10, ReLU, float32 parameters. ``net.config`` is the
        TrainConfig that trained it; ``net.info`` holds its test accuracy and
        ``'name'`` (``PRETRAINED_NAME``) and ``'rebuild'`` (``PRETRAINED_COMMAND``).

    Raises
    ------
    ModelFileError
        The file is missing (e.g. an install without package data) or corrupt.
    """
    try:
        ref = resources.files(PACKAGE).joinpath(RESOURCE)
        # as_file: a real path even when the package is zipped.
        with resources.as_file(ref) as path:
            net = load_model(path)
    except ModelFileError:
        raise
    except (ImportError, OSError) as exc:
        raise ModelFileError(f"{PACKAGE}/{RESOURCE}: the bundled pre-trained model cannot be read: {exc}") from exc
    net.info = {**(net.info or {}), "name": PRETRAINED_NAME, "rebuild": PRETRAINED_COMMAND}
    return net
