"""The book's experiments as ready-made runs: lessons and their variants, as data.

Each ``Lesson`` is one experiment from chapters 5-6 of *Deep Learning from
Scratch*: a title, what to watch for, and its variants, each a label and a
``TrainConfig``. Every config is built (and so validated by the engine) when
this module is imported.

The names of the book's layers, optimizers and initialisations (ReLU,
Sigmoid, SGD, Momentum, AdaGrad, Adam, He, Xavier) stay as printed. Titles,
explanations and variant labels are English source text, translated when
shown with ``QCoreApplication.translate("Lessons", text)`` (``translate``).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine import TrainConfig

__all__ = ["Lesson", "LESSONS", "lesson", "steps_text", "translate"]


def translate(text: str) -> str:
    """Lesson text (a title, explanation or variant label) in the user's language."""
    return QCoreApplication.translate("Lessons", text)


@dataclass(frozen=True)
class Lesson:
    """One experiment: ``variants`` is a tuple of (label, TrainConfig).

    ``reference`` names the book's script or section the lesson follows (translated when shown).
    ``view`` is the objectName of the tab the lesson lands on when set up or run ('' for none).
    """

    key: str
    title: str
    explanation: str
    variants: tuple[tuple[str, TrainConfig], ...]
    reference: str = ""
    view: str = ""

    def __post_init__(self):
        if not self.variants:
            raise ValueError(f"lesson {self.key!r} has no variants")
        for label, config in self.variants:
            if not isinstance(config, TrainConfig):
                raise ValueError(f"lesson {self.key!r}, variant {label!r}: not a TrainConfig")
        if len({label for label, _ in self.variants}) != len(self.variants):
            raise ValueError(f"lesson {self.key!r}: variant labels must differ")


# -- the lessons ---------------------------------------------------------------
# Step counts keep each variant to roughly 5-30 s on a two-core laptop, with
# evaluation points often enough for the accuracy curves to take shape. All
# variants of a lesson share the seed, so they start from comparable weights
# and see the same mini-batches.

_TWO_HIDDEN = TrainConfig(hidden_sizes=(100, 100), lr=0.1, steps=3000, eval_every=300)
# The book's ch06 comparisons use four hidden layers of 100 (784-100x4-10).
_FOUR_HIDDEN = TrainConfig(hidden_sizes=(100,) * 4, weight_init="he", lr=0.01, steps=2000, eval_every=200)
# The book's activation histograms (ch06/weight_init_activation_histogram.py): five hidden layers of 100.
_HISTOGRAMS = TrainConfig(hidden_sizes=(100,) * 5, lr=0.1, steps=1000, eval_every=100)
# The book's overfitting net: six hidden layers of 100 (ch06/overfit_weight_decay.py).
_OVERFIT = TrainConfig(hidden_sizes=(100,) * 6, weight_init="he", optimizer="sgd", lr=0.01, batch_size=100,
                       steps=None, epochs=200, train_size=300, eval_every=15)

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        key="chapter5",
        title=QT_TRANSLATE_NOOP("Lessons", "Chapter 5 default"),
        reference="ch05/train_neuralnet.py",
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "The book's chapter 5 run: a 784-50-10 ReLU network, weights drawn with std 0.01, "
            "trained by SGD (learning rate 0.1) on mini-batches of 100 for 10,000 steps, with "
            "accuracy measured once per epoch. Watch the loss drop steeply in the first few hundred "
            "steps, then creep down. Train and test accuracy climb together and stay close: with "
            "60,000 training images this small network hardly overfits."
        ),
        variants=((QT_TRANSLATE_NOOP("Lessons", "The book's run (784-50-10)"), TrainConfig()),),
    ),
    Lesson(
        key="relu_vs_sigmoid",
        title=QT_TRANSLATE_NOOP("Lessons", "ReLU vs Sigmoid"),
        reference=QT_TRANSLATE_NOOP("Lessons", "section 6.2"),
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "The same 784-100-100-10 network trained the same way (SGD, learning rate 0.1), with ReLU "
            "or with Sigmoid after each hidden layer, each with the initial weights that suit it: He for "
            "ReLU, Xavier for Sigmoid. Watch Sigmoid learn more slowly: its loss stays higher "
            "and its accuracy trails. A sigmoid's derivative is at most 0.25, so the gradient shrinks "
            "at every layer it flows back through."
        ),
        variants=(
            (QT_TRANSLATE_NOOP("Lessons", "ReLU (He)"), _TWO_HIDDEN.replace(activation="relu", weight_init="he")),
            (QT_TRANSLATE_NOOP("Lessons", "Sigmoid (Xavier)"),
             _TWO_HIDDEN.replace(activation="sigmoid", weight_init="xavier")),
        ),
    ),
    Lesson(
        key="weight_init",
        title=QT_TRANSLATE_NOOP("Lessons", "Weight init: 0.01 vs Xavier vs He"),
        reference="ch06/weight_init_compare.py",
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "The book's experiment: a 784-100-100-100-100-10 ReLU network trained by SGD (learning rate "
            "0.01) from three kinds of initial weights. With std 0.01 the signal shrinks layer after "
            "layer, the gradients all but vanish, and the loss stays flat near 2.3: accuracy stays "
            "near 10%, no better than guessing. Xavier learns; He, made for ReLU, learns fastest."
        ),
        variants=(
            (QT_TRANSLATE_NOOP("Lessons", "std 0.01"), _FOUR_HIDDEN.replace(weight_init=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "Xavier"), _FOUR_HIDDEN.replace(weight_init="xavier")),
            (QT_TRANSLATE_NOOP("Lessons", "He"), _FOUR_HIDDEN.replace(weight_init="he")),
        ),
    ),
    Lesson(
        key="activation_histograms",
        title=QT_TRANSLATE_NOOP("Lessons", "Inside the layers: weight init and activations"),
        reference="ch06/weight_init_activation_histogram.py",
        view="healthView",
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "The book's experiment of section 6.2, in the Layer health tab: five hidden layers of 100, with "
            "Sigmoid from std 1, std 0.01 and Xavier weights, and with ReLU from std 0.01, Xavier and He. "
            "Look at each layer's histogram of outputs before training: Sigmoid with std 1 piles them up at "
            "0 and 1 (saturated: the gradient vanishes), std 0.01 bunches them at 0.5 (collapsed: every unit "
            "says the same), Xavier spreads them. With ReLU, std 0.01 shrinks the signal layer after layer, "
            "while He keeps every layer alive. Then watch the verdicts change as the network trains."
        ),
        variants=(
            (QT_TRANSLATE_NOOP("Lessons", "Sigmoid, std 1"),
             _HISTOGRAMS.replace(activation="sigmoid", weight_init=1.0)),
            (QT_TRANSLATE_NOOP("Lessons", "Sigmoid, std 0.01"),
             _HISTOGRAMS.replace(activation="sigmoid", weight_init=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "Sigmoid, Xavier"),
             _HISTOGRAMS.replace(activation="sigmoid", weight_init="xavier")),
            (QT_TRANSLATE_NOOP("Lessons", "ReLU, std 0.01"), _HISTOGRAMS.replace(weight_init=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "ReLU, Xavier"), _HISTOGRAMS.replace(weight_init="xavier")),
            (QT_TRANSLATE_NOOP("Lessons", "ReLU, He"), _HISTOGRAMS.replace(weight_init="he")),
        ),
    ),
    Lesson(
        key="optimizers",
        title=QT_TRANSLATE_NOOP("Lessons", "SGD vs Momentum vs AdaGrad vs Adam"),
        reference="ch06/optimizer_compare_mnist.py",
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "The book's comparison on MNIST: the same 784-100-100-100-100-10 ReLU network with He "
            "weights, trained by four update rules at the book's learning rates (SGD, Momentum and "
            "AdaGrad 0.01, Adam 0.001). Watch plain SGD's loss fall the slowest while the other three "
            "pull ahead within a few hundred steps. As the book says, which one is best depends on "
            "the problem and on the hyperparameters."
        ),
        variants=(
            (QT_TRANSLATE_NOOP("Lessons", "SGD"), _FOUR_HIDDEN.replace(optimizer="sgd", lr=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "Momentum"), _FOUR_HIDDEN.replace(optimizer="momentum", lr=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "AdaGrad"), _FOUR_HIDDEN.replace(optimizer="adagrad", lr=0.01)),
            (QT_TRANSLATE_NOOP("Lessons", "Adam"), _FOUR_HIDDEN.replace(optimizer="adam", lr=0.001)),
        ),
    ),
    Lesson(
        key="overfitting",
        title=QT_TRANSLATE_NOOP("Lessons", "Overfitting on 300 samples"),
        reference="ch06/overfit_weight_decay.py",
        explanation=QT_TRANSLATE_NOOP(
            "Lessons",
            "After the book's overfitting experiment: 200 epochs on only the first 300 training images, "
            "with the book's 784-100×6-10 network (six hidden layers of 100). "
            "Watch train accuracy reach 100% while test accuracy stalls far below: the network memorises "
            "its 300 images. With weight decay (λ\u00a0=\u00a00.1) train accuracy stays lower and the gap "
            "shrinks; compare the final numbers in the runs table. Its loss includes the penalty "
            "½λΣW², so that curve sits higher."
        ),
        variants=(
            (QT_TRANSLATE_NOOP("Lessons", "no weight decay"), _OVERFIT),
            (QT_TRANSLATE_NOOP("Lessons", "with weight decay λ=0.1"), _OVERFIT.replace(weight_decay=0.1)),
        ),
    ),
)

if len({lesson_.key for lesson_ in LESSONS}) != len(LESSONS):
    raise ValueError("lesson keys must differ")


def lesson(key: str) -> Lesson:
    """The lesson with this key."""
    for item in LESSONS:
        if item.key == key:
            return item
    raise KeyError(key)


def steps_text(config: TrainConfig) -> str:
    """'10,000 steps' or '200 epochs', in the user's language."""
    if config.epochs is not None:
        return QCoreApplication.translate("Lessons", "{n:g} epochs").format(n=config.epochs)
    return QCoreApplication.translate("Lessons", "{n:,} steps").format(n=config.steps)
