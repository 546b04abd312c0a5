"""The engine's words, in the user's language.

The engine is pure NumPy and speaks English: planted bugs' titles and
explanations, the validation messages of ``TrainConfig``, the divergence
message of a run, the reasons a network was replaced, the one wordy formula,
and Fashion-MNIST's class names. The engine must not import Qt, so the
translatable copies live here (``QT_TRANSLATE_NOOP``, context "EngineText") and
are translated when shown; a test holds them to the engine's text. A message
this module does not know is shown as the engine wrote it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine import BUGS, FORMULAS

__all__ = ["tr", "bug_title", "bug_explanation", "formula_text", "reason_text", "config_error_text",
           "divergence_text", "class_names", "activation_name", "BUG_TEXTS", "FASHION_NAMES"]

CONTEXT = "EngineText"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Exactly the engine's strings (tests/gui/test_i18n.py compares them with engine.BUGS).
BUG_TEXTS = {
    "relu-no-mask": (
        QT_TRANSLATE_NOOP("EngineText", "ReLU backward ignores its mask"),
        QT_TRANSLATE_NOOP("EngineText",
                          "ReLU passes the gradient only where its input was positive. "
                          "Without the mask, gradient flows through units that were switched "
                          "off, so every parameter below the ReLU gets a wrong gradient."),
    ),
    "relu-mask-inverted": (
        QT_TRANSLATE_NOOP("EngineText", "ReLU backward applies its mask inverted"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The mask marks the inputs that were 0 or less. Multiplying dout by "
                          "the mask instead of by its opposite lets the gradient through "
                          "exactly the units that were switched off, and blocks the others."),
    ),
    "sigmoid-uses-input": (
        QT_TRANSLATE_NOOP("EngineText", "Sigmoid backward uses x instead of y"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The sigmoid's derivative is y(1 - y), written with its output y. "
                          "Using the input x looks almost the same on paper and is wrong "
                          "everywhere below the layer."),
    ),
    "sigmoid-no-dout": (
        QT_TRANSLATE_NOOP("EngineText", "Sigmoid backward forgets to multiply by dout"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The chain rule multiplies the local derivative y(1 - y) by the "
                          "gradient arriving from above, dout. Returning y(1 - y) alone "
                          "forgets everything above the layer."),
    ),
    "sigmoid-derivative-y": (
        QT_TRANSLATE_NOOP("EngineText", "Sigmoid's derivative written as y instead of y(1 - y)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The sigmoid's derivative is y(1 - y). Writing just y keeps the "
                          "right sign and shape but the wrong size, so every parameter below "
                          "the layer gets a wrong gradient."),
    ),
    "affine-double-db": (
        QT_TRANSLATE_NOOP("EngineText", "Affine counts db twice"),
        QT_TRANSLATE_NOOP("EngineText",
                          "db is the sum of dout over the batch. Doubling it corrupts every "
                          "bias and nothing else: dx and dW do not depend on db."),
    ),
    "affine-db-one-sample": (
        QT_TRANSLATE_NOOP("EngineText", "Affine takes db from the first sample only"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Every sample in the batch adds to the bias gradient, so db is dout "
                          "summed over the batch. Taking dout[0] keeps one sample's share and "
                          "drops the rest: every bias is wrong, nothing else."),
    ),
    "affine-db-averaged": (
        QT_TRANSLATE_NOOP("EngineText", "Affine averages db over the batch"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The 1/N of the mean loss is already in dout (SoftmaxWithLoss "
                          "divides by the batch size). Averaging db divides by N a second "
                          "time: every bias gradient is N times too small."),
    ),
    "softmax-no-batch-divide": (
        QT_TRANSLATE_NOOP("EngineText", "SoftmaxWithLoss forgets to divide by the batch size"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The loss is a mean over the batch, so its gradient is (y - t) / N. "
                          "Forgetting / N scales every gradient by N: all parameters fail, "
                          "and a check with a single sample would not notice."),
    ),
    "softmax-sign-flipped": (
        QT_TRANSLATE_NOOP("EngineText", "SoftmaxWithLoss backward has the sign flipped (t - y)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The gradient of the loss with respect to the scores is (y - t) / "
                          "N. Writing (t - y) points every gradient uphill: all parameters "
                          "fail, and training makes the loss grow."),
    ),
    "weight-decay-missing": (
        QT_TRANSLATE_NOOP("EngineText", "Weight decay's gradient is left out"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Weight decay adds 0.5 * lambda * W**2 to the loss, so each "
                          "weight's gradient needs + lambda * W. Leaving it out breaks every "
                          "weight (the biases carry no weight decay). Only in nets with "
                          "weight decay."),
    ),
    "weight-decay-doubled": (
        QT_TRANSLATE_NOOP("EngineText", "Weight decay's gradient is added twice"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The gradient of 0.5 * lambda * W**2 is lambda * W, once. Adding it "
                          "twice breaks every weight and no bias. Only in nets with weight "
                          "decay."),
    ),
}

# The formulas with words in them (the others are pure notation, the same everywhere).
_FORMULA_TEXTS = (QT_TRANSLATE_NOOP("EngineText", "dx = dout where x > 0, else 0"),)

FASHION_NAMES = (
    QT_TRANSLATE_NOOP("EngineText", "T-shirt/top"), QT_TRANSLATE_NOOP("EngineText", "Trouser"),
    QT_TRANSLATE_NOOP("EngineText", "Pullover"), QT_TRANSLATE_NOOP("EngineText", "Dress"),
    QT_TRANSLATE_NOOP("EngineText", "Coat"), QT_TRANSLATE_NOOP("EngineText", "Sandal"),
    QT_TRANSLATE_NOOP("EngineText", "Shirt"), QT_TRANSLATE_NOOP("EngineText", "Sneaker"),
    QT_TRANSLATE_NOOP("EngineText", "Bag"), QT_TRANSLATE_NOOP("EngineText", "Ankle boot"),
)

_REASONS = {
    "new weights": QT_TRANSLATE_NOOP("EngineText", "new weights"),
    "new weights: the last run diverged": QT_TRANSLATE_NOOP("EngineText", "new weights: the last run diverged"),
    "new weights for the new architecture": QT_TRANSLATE_NOOP("EngineText", "new weights for the new architecture"),
    "opened a session": QT_TRANSLATE_NOOP("EngineText", "opened a session"),
}

# TrainConfig field -> the name of its control, for the validation messages.
_FIELDS = {
    "hidden_sizes entries": QT_TRANSLATE_NOOP("EngineText", "Each hidden layer's width"),
    "hidden_size": QT_TRANSLATE_NOOP("EngineText", "Each hidden layer's width"),
    "weight_init_std": QT_TRANSLATE_NOOP("EngineText", "The std of the initial weights"),
    "lr": QT_TRANSLATE_NOOP("EngineText", "The learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("EngineText", "The batch size"),
    "steps": QT_TRANSLATE_NOOP("EngineText", "The number of steps"),
    "epochs": QT_TRANSLATE_NOOP("EngineText", "The number of epochs"),
    "eval_every": QT_TRANSLATE_NOOP("EngineText", "The evaluation interval"),
    "seed": QT_TRANSLATE_NOOP("EngineText", "The seed"),
    "weight_decay": QT_TRANSLATE_NOOP("EngineText", "The weight decay λ"),
    "train_size": QT_TRANSLATE_NOOP("EngineText", "The number of training images"),
}


def bug_title(name: str) -> str:
    """A planted bug's one-line title, translated (the engine's text if unknown)."""
    return tr(BUG_TEXTS[name][0]) if name in BUG_TEXTS else BUGS[name].title


def bug_explanation(name: str) -> str:
    return tr(BUG_TEXTS[name][1]) if name in BUG_TEXTS else BUGS[name].explanation


def formula_text(kind: str, direction: str) -> str:
    """The book-style formula of a stage (engine.FORMULAS), with any words translated."""
    return tr(FORMULAS[(kind, direction)])


def activation_name(activation: str) -> str:
    """'ReLU' or 'Sigmoid': the book's names, the same in every language."""
    return {"relu": "ReLU", "sigmoid": "Sigmoid"}.get(activation, activation)


def reason_text(reason: str) -> str:
    """Why the network was replaced ('new weights', 'loaded from model.npz', ...), translated."""
    reason = str(reason)
    if reason in _REASONS:
        return tr(_REASONS[reason])
    for prefix, text in (("loaded from ", QT_TRANSLATE_NOOP("EngineText", "loaded from {0}")),
                         ("session ", QT_TRANSLATE_NOOP("EngineText", "session {0}"))):
        if reason.startswith(prefix):
            return tr(text).format(reason[len(prefix):])
    return reason


_RANGE = re.compile(r"^(?P<field>[a-z_ ]+?) must be (?P<what>a whole number|a number) from (?P<low>\S+) "
                    r"to (?P<high>\S+), not (?P<value>.*)$")
_LAYERS = re.compile(r"^hidden_sizes must have (?P<low>\d+) to (?P<high>\d+) layers, not (?P<value>\d+)$")
_LIST = re.compile(r"^hidden_sizes must be a list of layer widths, not (?P<value>.*)$")
_INIT = re.compile(r"^weight_init must be 'he', 'xavier' or a std from (?P<low>\S+) to (?P<high>\S+), "
                   r"not (?P<value>.*)$")


def config_error_text(message: str) -> str:
    """A TrainConfig ValueError message in the user's language (in English: the engine's own words)."""
    message = str(message)
    probe = QT_TRANSLATE_NOOP("EngineText", "{0} must be a number from {1} to {2}, not {3}.")
    if tr(probe) == probe:  # no translation installed: the engine's message names the field exactly
        return message
    m = _RANGE.match(message)
    if m and m["field"] in _FIELDS:
        text = (QT_TRANSLATE_NOOP("EngineText", "{0} must be a whole number from {1} to {2}, not {3}.")
                if m["what"] == "a whole number" else
                QT_TRANSLATE_NOOP("EngineText", "{0} must be a number from {1} to {2}, not {3}."))
        return tr(text).format(tr(_FIELDS[m["field"]]), m["low"], m["high"], m["value"])
    m = _LAYERS.match(message)
    if m:
        return tr(QT_TRANSLATE_NOOP("EngineText", "Give {0} to {1} hidden layers, not {2}.")).format(
            m["low"], m["high"], m["value"])
    m = _LIST.match(message)
    if m:
        return tr(QT_TRANSLATE_NOOP("EngineText", "The hidden layers must be widths separated by commas, "
                                                  "not {0}.")).format(m["value"])
    m = _INIT.match(message)
    if m:
        return tr(QT_TRANSLATE_NOOP("EngineText", "The initial weights must be He, Xavier or a std from {0} "
                                                  "to {1}, not {2}.")).format(m["low"], m["high"], m["value"])
    if message == "give steps or epochs: how long to train":
        return tr(QT_TRANSLATE_NOOP("EngineText", "Give the number of steps or epochs: how long to train."))
    return message


_DIVERGED = re.compile(r"^The run diverged at step (?P<step>\d+): (?P<why>.*)\. "
                       r"Try a smaller learning rate \(now (?P<lr>[^)]*)\)\.$")
_BECAME = re.compile(r"^the loss became (?P<value>\S+)$")
_CLIMBED = re.compile(r"^the loss climbed to (?P<value>\S+) \(smoothed\), more than (?P<factor>\S+) times "
                      r"its starting value (?P<start>\S+)$")


def divergence_text(message: str) -> str:
    """The trainer's 'The run diverged at step N: ...' message, translated."""
    m = _DIVERGED.match(str(message))
    if not m:
        return str(message)
    why = m["why"]
    b, c = _BECAME.match(why), _CLIMBED.match(why)
    if b:
        why = tr(QT_TRANSLATE_NOOP("EngineText", "the loss became {0}")).format(b["value"])
    elif c:
        why = tr(QT_TRANSLATE_NOOP("EngineText", "the loss climbed to {0} (smoothed), more than {1} times its "
                                                 "starting value {2}")).format(c["value"], c["factor"], c["start"])
    return tr(QT_TRANSLATE_NOOP("EngineText", "The run diverged at step {0}: {1}. Try a smaller learning rate "
                                              "(now {2}).")).format(m["step"], why, m["lr"])


def class_names(dataset) -> tuple[str, ...]:
    """The data set's class names as shown: MNIST's digits, Fashion-MNIST's names translated."""
    if dataset is None:
        return ()
    names = tuple(str(n) for n in dataset.class_names)
    fashion = {source: source for source in FASHION_NAMES}
    return tuple(tr(fashion[n]) if n in fashion else n for n in names)
