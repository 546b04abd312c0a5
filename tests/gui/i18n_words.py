"""What the language tests share: the words that may stay English, and the app and language fixtures.

Import the fixtures into a test module (``from tests.gui.i18n_words import app, language``) to use them.
"""
import html
import re

import pytest

import engine
from gui.app import make_app
from gui.i18n import flush_language_change, install_language

TRANSLATED = ("ko", "ja")

# Words that stay as they are in every language: the book's names and notation,
# units, formats, key caps, and names of things.
ALLOWED = {
    # the book's layers, functions, optimizers, initialisations, arrays and data sets
    "Affine", "Relu", "ReLU", "Sigmoid", "Softmax", "SoftmaxWithLoss", "WithLoss", "TwoLayerNet",
    "SGD", "Momentum", "AdaGrad", "Adam", "Xavier", "MNIST", "Fashion", "EMA",
    "dout", "params", "grads", "mask", "out", "std", "softmax", "log", "exp", "max", "diff",
    "True", "False", "float", "NaN",
    # the classes and methods an exercise asks the student to write, named as in their code
    "MulLayer", "AddLayer", "forward", "backward", "gradient", "Python",
    # files, formats, references, keys
    "PNG", "SVG", "CSV", "npz", "IDX", "Okabe", "Ito", "Debian",
    "Space", "Esc", "Ctrl", "Delete", "Page", "Enter",
    # languages named in themselves (View > Language)
    "English",
}
# The book's variable names in the computational graphs stay as printed (buy_apple.py's
# apple, apple_num, tax; the network's W1, dot1, ...): they are code, shown as in the book.
ALLOWED |= {word for name in engine.GRAPH_PRESETS if name != "two-layer-net"
            for node in engine.build_graph(name).nodes for word in re.findall(r"[A-Za-z]{3,}", node)}
ALLOWED |= {"dot"}
PHRASES = ("Backprop Lab", "Softmax-with-Loss", "CS231n", "Fashion-MNIST", "dataset-fashion-mnist", "Page Up", "Page Down")
# ... and hyperparameters written as the command line's settings in run names (lr=0.1, seed=7)
CODE = re.compile(r"\b\w+\.\w+\b|\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b|\b[a-z]+=\S+")  # Affine.backward, gradient_check.py, x_train
TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def app():
    return make_app()


@pytest.fixture
def language(app):
    """language(code): install ``code`` for this test; English again afterwards."""
    def use(code):
        assert install_language(app, code)
        flush_language_change()
    yield use
    install_language(app, "en")
    flush_language_change()


def english_words(text):
    """The runs of three or more ASCII letters in ``text`` that are not allowed to stay English."""
    text = html.unescape(TAG.sub(" ", text))
    for phrase in PHRASES:
        text = text.replace(phrase, " ")
    text = CODE.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED]
