"""The engine's words and facts, in the user's language.

The engine is pure NumPy. Where it has text (planted bugs' titles and
explanations, the one wordy formula, Fashion-MNIST's class names) the
translatable copies live here (``QT_TRANSLATE_NOOP``, context "EngineText"),
and a test holds them to the engine's text. Where it has facts (a refused
config: ``engine.ConfigError``; a diverged run: ``engine.Divergence``; why the
network changed: ``network_change.NetworkChange``) this module writes the
sentence from the facts, naming a field by its control's label ("Hidden
layers", the ControlsPanel's own translation). Nothing English is parsed back.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine import (
    BUGS,
    FORMULAS,
    ConfigError,
    ConfigPart,
    ConfigProblem,
    Divergence,
    DivergenceCause,
    network_name,
    sci_apart,
)

from .network_change import NetworkChange, Origin

__all__ = [
    "BUG_TEXTS",
    "FASHION_NAMES",
    "FIELD_LABELS",
    "activation_name",
    "bug_explanation",
    "bug_title",
    "class_names",
    "config_error_text",
    "divergence_text",
    "field_label",
    "formula_text",
    "number_text",
    "reason_text",
    "tr",
]

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

# Why the network changed (network_change.Origin) -> what the status bar says.
_ORIGINS = {
    Origin.NEW_WEIGHTS: QT_TRANSLATE_NOOP("EngineText", "new weights"),
    Origin.AFTER_DIVERGENCE: QT_TRANSLATE_NOOP("EngineText", "new weights: the last run diverged"),
    Origin.NEW_ARCHITECTURE: QT_TRANSLATE_NOOP("EngineText", "new weights for the new architecture"),
    Origin.LOADED_MODEL: QT_TRANSLATE_NOOP("EngineText", "loaded from {0}"),
    Origin.OPENED_SESSION: QT_TRANSLATE_NOOP("EngineText", "session {0}"),
}
_SESSION_WITHOUT_NAME = QT_TRANSLATE_NOOP("EngineText", "opened a session")

# TrainConfig field -> the label of its control (translated in the controls' own context).
LABEL_CONTEXT = "ControlsPanel"
FIELD_LABELS = {
    "hidden_sizes": QT_TRANSLATE_NOOP("ControlsPanel", "Hidden layers"),
    "activation": QT_TRANSLATE_NOOP("ControlsPanel", "Activation"),
    "weight_init": QT_TRANSLATE_NOOP("ControlsPanel", "Initial weights"),
    "optimizer": QT_TRANSLATE_NOOP("ControlsPanel", "Optimizer"),
    "lr": QT_TRANSLATE_NOOP("ControlsPanel", "Learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("ControlsPanel", "Batch size"),
    "steps": QT_TRANSLATE_NOOP("ControlsPanel", "Train for"),
    "epochs": QT_TRANSLATE_NOOP("ControlsPanel", "Train for"),
    "eval_every": QT_TRANSLATE_NOOP("ControlsPanel", "Evaluate every"),
    "seed": QT_TRANSLATE_NOOP("ControlsPanel", "Seed"),
    "weight_decay": QT_TRANSLATE_NOOP("ControlsPanel", "Weight decay λ"),
    "train_size": QT_TRANSLATE_NOOP("ControlsPanel", "Training images"),
    "augment": QT_TRANSLATE_NOOP("ControlsPanel", "Augment (shifts, rotations, thickness)"),
    "bug": QT_TRANSLATE_NOOP("ControlsPanel", "Planted bug"),
}
_DTYPE_LABEL = QT_TRANSLATE_NOOP("EngineText", "Number type (dtype)")  # no control: kept from files
# The engine's names of choices as the window shows them (the book's spelling).
_CHOICE_NAMES = {"relu": "ReLU", "sigmoid": "Sigmoid", "he": "He", "xavier": "Xavier", "sgd": "SGD",
                 "momentum": "Momentum", "adagrad": "AdaGrad", "adam": "Adam"}

_RANGE_TEXTS = {  # (part, whole number?) -> sentence: {0} label, {1} low, {2} high, {3} value
    (None, False): QT_TRANSLATE_NOOP("EngineText", "“{0}” must be a number from {1} to {2}, not {3}."),
    (None, True): QT_TRANSLATE_NOOP("EngineText", "“{0}” must be a whole number from {1} to {2}, not {3}."),
    (ConfigPart.WIDTH, True): QT_TRANSLATE_NOOP("EngineText", "Each width in “{0}” must be a whole number from {1} to {2}, "
                                                   "not {3}."),
    (ConfigPart.STD, False): QT_TRANSLATE_NOOP("EngineText", "The std in “{0}” must be a number from {1} to {2}, not {3}."),
}
_PROBLEM_TEXTS = {
    ConfigProblem.LAYER_COUNT: QT_TRANSLATE_NOOP("EngineText", "“{0}” must have {1} to {2} layers, not {3}."),
    ConfigProblem.NOT_A_LIST: QT_TRANSLATE_NOOP("EngineText", "“{0}” must be layer widths separated by commas "
                                                              "(such as 100, 100), not {1}."),
    ConfigProblem.NOT_A_CHOICE_OR_NUMBER: QT_TRANSLATE_NOOP("EngineText", "“{0}” must be He, Xavier or a std from "
                                                                          "{1} to {2}, not {3}."),
    ConfigProblem.NOT_A_CHOICE: QT_TRANSLATE_NOOP("EngineText", "“{0}” must be one of {1}, not {2}."),
    ConfigProblem.NO_LENGTH: QT_TRANSLATE_NOOP("EngineText", "“{0}” needs a number of steps or epochs."),
    ConfigProblem.NOT_TRUE_OR_FALSE: QT_TRANSLATE_NOOP("EngineText", "“{0}” must be on or off, not {1}."),
    ConfigProblem.NOT_A_DICT: QT_TRANSLATE_NOOP("EngineText", "The settings must be named values, not a {0}."),
    # {0} label, {1} network (784-100-10), {2} its parameters, {3} the most allowed
    ConfigProblem.TOO_MANY_PARAMS: QT_TRANSLATE_NOOP("EngineText", "“{0}”: a {1} network has {2} parameters "
                                                                   "(weights and biases); at most {3} are allowed, "
                                                                   "so that Stop and Reset answer within a second. "
                                                                   "Use fewer or narrower hidden layers."),
    # {0} label, {1} batch size, {2} network, {3} multiply-adds, {4} the most allowed, {5} the largest batch
    ConfigProblem.BATCH_TOO_HEAVY: QT_TRANSLATE_NOOP("EngineText", "“{0}”: a mini-batch of {1} through {2} is {3} "
                                                                   "multiply-adds; at most {4} are allowed, so that "
                                                                   "Stop answers within a second. Use a batch of at "
                                                                   "most {5}."),
}
_TOO_LONG = QT_TRANSLATE_NOOP("EngineText", "a number of more than {0} digits")

_DIVERGED = QT_TRANSLATE_NOOP("EngineText", "The run diverged at step {0}: {1}. Try a smaller learning rate "
                                            "(now {2}).")
_CAUSES = {
    DivergenceCause.NON_FINITE: QT_TRANSLATE_NOOP("EngineText", "the loss became {0}"),
    DivergenceCause.CLIMBED: QT_TRANSLATE_NOOP("EngineText", "the loss climbed to {0} (smoothed), more than {1} "
                                                             "times its starting value {2}"),
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


def reason_text(change: NetworkChange) -> str:
    """Why the network was replaced ('new weights', 'loaded from model.npz', ...), translated."""
    if change.origin is Origin.OPENED_SESSION and not change.file:
        return tr(_SESSION_WITHOUT_NAME)
    return tr(_ORIGINS[change.origin]).format(change.file)


def field_label(field: str) -> str:
    """The label of the control that sets TrainConfig ``field``, translated."""
    if field in FIELD_LABELS:
        return QCoreApplication.translate(LABEL_CONTEXT, FIELD_LABELS[field])
    return tr(_DTYPE_LABEL) if field == "dtype" else field


def number_text(number) -> str:
    """A limit as people write it: 60,000 and 4,294,967,295 in full; 1e-06 and 0.01 as they are."""
    if isinstance(number, int) or (isinstance(number, float) and number.is_integer() and abs(number) < 1e15):
        return f"{int(number):,}"
    return f"{number:g}"


def _value_text(error: ConfigError) -> str:
    shown = error.shown
    return shown if shown is not None else tr(_TOO_LONG).format(30)


def _choice_text(field: str, name: str) -> str:
    if field == "bug":
        return bug_title(name)
    return _CHOICE_NAMES.get(name, name)


def config_error_text(error) -> str:
    """A refused config (``engine.ConfigError``) in the user's language, naming the control.

    Anything else (a plain ValueError, a text) is shown as it is.
    """
    if not isinstance(error, ConfigError):
        return str(error)
    p, label = error.problem, field_label(error.field)
    if p in (ConfigProblem.NOT_A_NUMBER, ConfigProblem.NOT_WHOLE, ConfigProblem.OUT_OF_RANGE):
        text = _RANGE_TEXTS.get((error.part, error.whole), _RANGE_TEXTS[(None, error.whole)])
        return tr(text).format(label, number_text(error.low), number_text(error.high), _value_text(error))
    text = tr(_PROBLEM_TEXTS[p])
    if p is ConfigProblem.LAYER_COUNT:
        return text.format(label, error.low, error.high, error.value)
    if p is ConfigProblem.NOT_A_CHOICE_OR_NUMBER:
        return text.format(label, number_text(error.low), number_text(error.high), _value_text(error))
    if p is ConfigProblem.NOT_A_CHOICE:
        choices = [_choice_text(error.field, c) for c in error.choices]
        if error.field == "bug":
            choices.insert(0, QCoreApplication.translate(LABEL_CONTEXT, "none"))
        return text.format(label, ", ".join(choices), _value_text(error))
    if p is ConfigProblem.NO_LENGTH:
        return text.format(label)
    if p is ConfigProblem.NOT_A_DICT:
        return text.format(type(error.value).__name__)
    if p is ConfigProblem.TOO_MANY_PARAMS:
        return text.format(label, network_name(error.network), number_text(error.amount), number_text(error.limit))
    if p is ConfigProblem.BATCH_TOO_HEAVY:
        amount, limit = sci_apart(error.amount, error.limit)
        return text.format(label, number_text(error.value), network_name(error.network), amount, limit,
                           number_text(error.high))
    return text.format(label, _value_text(error))  # NOT_A_LIST, NOT_TRUE_OR_FALSE


def divergence_text(divergence: Divergence) -> str:
    """How a run diverged (``Report.divergence``), in the user's language."""
    d = divergence
    if d.why is DivergenceCause.NON_FINITE:
        cause = tr(_CAUSES[d.why]).format("NaN" if d.loss != d.loss else ("∞" if d.loss > 0 else "-∞"))
    else:
        cause = tr(_CAUSES[d.why]).format(f"{d.smoothed:.4g}", f"{d.factor:g}", f"{d.baseline:.3g}")
    return tr(_DIVERGED).format(f"{d.step:,}", cause, f"{d.lr:g}")


def class_names(dataset) -> tuple[str, ...]:
    """The data set's class names as shown: MNIST's digits, Fashion-MNIST's names translated."""
    if dataset is None:
        return ()
    names = tuple(str(n) for n in dataset.class_names)
    fashion = {source: source for source in FASHION_NAMES}
    return tuple(tr(fashion[n]) if n in fashion else n for n in names)
