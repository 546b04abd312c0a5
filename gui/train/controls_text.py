"""The hyperparameter panel's texts: items and tooltips, as English source text.

Every text is marked for translation in the context "ControlsPanel" and
translated when shown (``ControlsPanel.retranslate``). The numbers in the
tooltips (ranges, the input size, the training-set size) come from the
engine's ``LIMITS`` and from the loaded data set: ``tip_args``.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine import BUGS, LIMITS, MAX_BATCH_MACS, MAX_PARAMS, sci

from ..common.engine_text import bug_explanation, bug_title
from .learning_rate import LR_SLIDER_RANGE

__all__ = ["BOOK_STD", "OPTIMIZER_LABELS", "INIT_ITEMS", "LOCKED_NOTE", "TIPS", "LENGTH_TIPS", "bug_tip", "tip_args", "bug_refusal",
           "enable_bugs"]

BOOK_STD = 0.01
LOCKED_NOTE = QT_TRANSLATE_NOOP("ControlsPanel", "Locked while a training runs: stop it to change this.")

# The optimizers keep the book's names.
OPTIMIZER_LABELS = {
    "sgd": ("SGD", QT_TRANSLATE_NOOP("ControlsPanel",
                                     "Plain gradient descent, W ← W − lr·dW (the book's chapter 5).")),
    "momentum": ("Momentum", QT_TRANSLATE_NOOP("ControlsPanel",
                                               "Gradient descent with a velocity that keeps rolling downhill.")),
    "adagrad": ("AdaGrad", QT_TRANSLATE_NOOP("ControlsPanel",
                                             "Shrinks each parameter's step as its squared gradients add up.")),
    "adam": ("Adam", QT_TRANSLATE_NOOP("ControlsPanel",
                                       "Momentum plus per-parameter step sizes; forgiving about the learning rate.")),
}
INIT_ITEMS = (  # (label, value, item tooltip); value None = the custom std box
    (QT_TRANSLATE_NOOP("ControlsPanel", "std 0.01 (the book)"), BOOK_STD,
     QT_TRANSLATE_NOOP("ControlsPanel", "Gaussian weights with std 0.01, as in the book's TwoLayerNet.")),
    ("He (√(2/n))", "he",
     QT_TRANSLATE_NOOP("ControlsPanel",
                       "Std √(2/n) for n inputs: keeps ReLU activations from dying out with depth.")),
    ("Xavier (√(1/n))", "xavier",
     QT_TRANSLATE_NOOP("ControlsPanel", "Std √(1/n) for n inputs: suits Sigmoid layers.")),
    (QT_TRANSLATE_NOOP("ControlsPanel", "custom std"), None,
     QT_TRANSLATE_NOOP("ControlsPanel", "Gaussian weights with the std typed in the box at the right.")),
)

# objectName of a control -> its tooltip; ``tip_args`` fills the placeholders.
TIPS = {
    "hiddenSizes": QT_TRANSLATE_NOOP(
        "ControlsPanel",
        "Widths of the hidden layers, separated by commas: '50' is the book's two-layer net "
        "({4} → 50 → {5}), '100, 100' adds a second hidden layer. {0} to {1} layers of {2} to {3} units, "
        "at most {6:,} parameters in all."),
    "activation": QT_TRANSLATE_NOOP("ControlsPanel", "The activation after each hidden Affine layer: ReLU "
                                                     "(the book's chapter 5 net) or Sigmoid."),
    "weightInit": QT_TRANSLATE_NOOP("ControlsPanel", "How the initial weights are drawn: std 0.01 as in the book, He "
                                                     "(suits ReLU), Xavier (suits Sigmoid), or a std of your own."),
    "weightInitStd": QT_TRANSLATE_NOOP("ControlsPanel",
                                       "The std of the initial weights for 'custom std' ({0:g} to {1:g}); "
                                       "the arrows step 0.01, 0.02, 0.05, 0.1 … Try 1 with Sigmoid "
                                       "to watch the units saturate."),
    "optimizer": QT_TRANSLATE_NOOP("ControlsPanel", "How gradients update the parameters: SGD (the book's chapter 5), "
                                                    "Momentum, AdaGrad or Adam."),
    "learningRateSlider": QT_TRANSLATE_NOOP("ControlsPanel",
                                            "The learning rate on a log scale, one tick per power of ten from "
                                            "{0:g} to {1:g}. Far right makes training diverge. A running training "
                                            "takes the new value at once."),
    "learningRate": QT_TRANSLATE_NOOP("ControlsPanel",
                                      "The learning rate: the size of each update step ({0:g} to {1:g}). "
                                      "Type an exact value and press Enter, or use ↑/↓ to step like the "
                                      "slider. A running training takes the new value at once."),
    "batchSize": QT_TRANSLATE_NOOP("ControlsPanel", "Training images per mini-batch: each update averages the gradient "
                                                    "over this many ({0} to {1}; the book uses 100). A wider network "
                                                    "takes fewer at once: at most {2} multiply-adds per mini-batch, "
                                                    "so that Stop answers within a second."),
    "lengthUnit": QT_TRANSLATE_NOOP("ControlsPanel",
                                    "Count the training length in steps (mini-batch updates) or in epochs "
                                    "(passes over the training set); switching converts the number."),
    "evalEvery": QT_TRANSLATE_NOOP("ControlsPanel",
                                   "How often to measure train and test accuracy, in steps; "
                                   "'each epoch' measures once per pass over the data, as in the book."),
    "seed": QT_TRANSLATE_NOOP("ControlsPanel", "Random seed for the initial weights and the mini-batch order "
                                               "({0} to {1}): the same seed repeats a run exactly."),
    "weightDecay": QT_TRANSLATE_NOOP("ControlsPanel", "L2 weight decay λ ({0:g} to {1:g}; 0 is off): adds λ/2·ΣW² to "
                                                      "the loss, which shrinks the weights and fights overfitting."),
    "trainSize": QT_TRANSLATE_NOOP("ControlsPanel", "Train on the first N images only ('all' uses all {0}); "
                                                    "a few hundred images and a big net show overfitting."),
    "augment": QT_TRANSLATE_NOOP("ControlsPanel", "Randomly shift, rotate and thicken each training image, so the "
                                                  "net learns digits the way people draw them."),
    "restoreDefaults": QT_TRANSLATE_NOOP("ControlsPanel", "Reset every control to the book's chapter 5 run "
                                                          "(two-layer ReLU net, SGD, lr 0.1, batch 100, 10000 steps)."),
}
TRAIN_SIZE_TIP_BEFORE_DATA = QT_TRANSLATE_NOOP(
    "ControlsPanel", "Train on the first N images only ('all' uses the whole training set); "
                     "a few hundred images and a big net show overfitting.")
LENGTH_TIPS = {
    "steps": QT_TRANSLATE_NOOP("ControlsPanel",
                               "How long to train: {0:g} to {1:g} mini-batch updates (steps); the book trains 10000."),
    "epochs": QT_TRANSLATE_NOOP("ControlsPanel", "How long to train: {0:g} to {1:g} passes over the training set "
                                                 "(epochs); fractions such as 0.5 are fine."),
}


def tip_args(n_in: int, n_out: int, n_train: int) -> dict:
    """objectName -> the values for its tooltip's placeholders ({0}, {1}, ...)."""
    return {
        "hiddenSizes": (*LIMITS["hidden_layers"], *LIMITS["hidden_size"], n_in, n_out, MAX_PARAMS),
        "weightInitStd": LIMITS["weight_init_std"],
        "learningRateSlider": tuple(10 ** x for x in LR_SLIDER_RANGE),
        "learningRate": LIMITS["lr"],
        "batchSize": (*LIMITS["batch_size"], sci(MAX_BATCH_MACS)),
        "seed": LIMITS["seed"],
        "weightDecay": LIMITS["weight_decay"],
        "trainSize": (n_train,),
    }


def bug_tip(tr, name: str | None) -> str:
    """The tooltip of the planted bug ``name`` (None: no bug), translated by ``tr``."""
    if name is None:
        return tr(QT_TRANSLATE_NOOP("ControlsPanel", "Plant a classic backprop mistake for the gradient-check lab; "
                                                     "'none' keeps every layer correct."))
    bug = BUGS[name]
    tip = tr(QT_TRANSLATE_NOOP("ControlsPanel", "Planted bug: {0}.\n{1}\nCorrupts: {2}.")).format(
        bug_title(name), bug_explanation(name), ", ".join(bug.affects))
    if bug.needs_activation:
        tip += "\n" + tr(QT_TRANSLATE_NOOP("ControlsPanel", "Only shows in a net with {0} activation.")).format(
            "ReLU" if bug.needs_activation == "relu" else "Sigmoid")
    elif bug.needs == "weight decay":
        tip += "\n" + tr(QT_TRANSLATE_NOOP("ControlsPanel", "Only shows in a net with weight decay."))
    return tip


def bug_refusal(tr, name: str | None, activation: str, weight_decay: float) -> str | None:
    """Why the bug ``name`` cannot be planted in a net with ``activation`` and ``weight_decay``
    (translated by ``tr``), or None when it can: a bug needs its layer."""
    bug = BUGS.get(name) if name else None
    if bug is None or bug.needs is None:
        return None
    if bug.needs == "weight decay":
        return None if weight_decay else tr(QT_TRANSLATE_NOOP(
            "ControlsPanel", "Needs weight decay: set Weight decay λ above 0 to plant it."))
    if bug.needs == activation:
        return None
    return tr(QT_TRANSLATE_NOOP("ControlsPanel", "Needs a {0} layer: switch Activation to {0} to plant it.")).format(
        "ReLU" if bug.needs == "relu" else "Sigmoid")


def enable_bugs(combo, tr, activation: str, weight_decay: float) -> None:
    """Grey out the combo's bugs that the chosen net cannot hold; their tooltip says why."""
    from PySide6.QtCore import Qt

    model = combo.model()
    for i in range(combo.count()):
        name = combo.itemData(i)
        why = bug_refusal(tr, name, activation, weight_decay)
        model.item(i).setEnabled(why is None)
        tip = bug_tip(tr, name)
        combo.setItemData(i, tip if why is None else why + "\n\n" + tip, Qt.ItemDataRole.ToolTipRole)
