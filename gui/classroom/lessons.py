"""Lessons: the book's experiments as ready-made runs, and a queue that trains them.

Each ``Lesson`` is one experiment from chapters 5-6 of *Deep Learning from
Scratch*: a title, what to watch for, and its variants, each a label and a
``TrainConfig``. Every config is built (and so validated by the engine) when
this module is imported.

``LessonsPanel`` lets a teacher pick a lesson, read what to watch for, set the
controls for one variant ('Set up: …') or train all of them in turn ('Run all
variants'). ``LessonRunner`` is that queue: it knows nothing of the window;
it is given callbacks that set the controls and start a run, and the signal
that says a run has finished.

The names of the book's layers, optimizers and initialisations (ReLU,
Sigmoid, SGD, Momentum, AdaGrad, Adam, He, Xavier) stay as printed. Titles,
explanations and variant labels are English source text, translated when
shown with ``QCoreApplication.translate("Lessons", text)``.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine import TrainConfig

from .comparison import run_label
from ..common.panel import Retranslating

__all__ = ["Lesson", "LESSONS", "LessonsPanel", "LessonRunner", "lesson", "translate"]


def translate(text: str) -> str:
    """Lesson text (a title, explanation or variant label) in the user's language."""
    return QCoreApplication.translate("Lessons", text)


@dataclass(frozen=True)
class Lesson:
    """One experiment: ``variants`` is a tuple of (label, TrainConfig).

    ``reference`` names the book's script or section the lesson follows (translated when shown).
    """

    key: str
    title: str
    explanation: str
    variants: tuple[tuple[str, TrainConfig], ...]
    reference: str = ""

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
# The book's overfitting net has six hidden layers of 100; the engine allows five.
_OVERFIT = TrainConfig(hidden_sizes=(100,) * 5, weight_init="he", optimizer="sgd", lr=0.01, batch_size=100,
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
            "with a 784-100×5-10 network (the book's has six hidden layers of 100; this app allows five). "
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


def _steps_text(config: TrainConfig) -> str:
    if config.epochs is not None:
        return QCoreApplication.translate("Lessons", "{n:g} epochs").format(n=config.epochs)
    return QCoreApplication.translate("Lessons", "{n:,} steps").format(n=config.steps)


# -- the runner -----------------------------------------------------------------

class LessonRunner(QObject):
    """Trains a queue of (label, TrainConfig) variants one after another.

    set_config(config) : puts the config into the controls.
    reset_and_start(config) -> bool : ghosts the plotted run, gives the network
        new weights and starts training; False if it could not start.
    run_finished : a signal carrying the last Report of a run (RunController.runFinished).
    run_failed : optional signal of a run that failed with an error (RunController.runFailed).
    gap_ms : pause between one variant's end and the next one's start, so the
        finished curves can be seen before they turn into a ghost.

    A run that ends 'done' or 'diverged' moves the queue on (divergence can be
    the lesson); a run the user stopped, or one that failed or could not
    start, cancels the rest. While the finished run's ``run_finished`` is being
    delivered, ``running`` and ``current_label`` still describe it: the next
    variant starts from the event loop, after every slot has seen the report.
    """

    variantStarting = Signal(str, object)  # label, TrainConfig
    variantFinished = Signal(str, object, object)  # label, TrainConfig, Report
    allFinished = Signal()
    cancelled = Signal(str)  # why, for the user
    runningChanged = Signal(bool)

    def __init__(self, set_config, reset_and_start, run_finished, run_failed=None, parent=None, gap_ms: int = 500):
        super().__init__(parent)
        self._set_config = set_config
        self._reset_and_start = reset_and_start
        self._variants: tuple[tuple[str, TrainConfig], ...] = ()
        self._index = -1
        self._waiting = False  # a variant of ours is training
        self._running = False
        self._last_report = None
        self._why = None  # () -> why the last queue was cancelled, in the current language
        self.results: list[tuple[str, TrainConfig, object]] = []  # finished variants of the latest queue
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, int(gap_ms)))
        self._timer.timeout.connect(self._after_run)
        run_finished.connect(self._on_run_finished)
        if run_failed is not None:
            run_failed.connect(self._on_run_failed)

    # -- state ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def index(self) -> int:
        """Position of the current variant in the queue (-1 before the first)."""
        return self._index

    @property
    def count(self) -> int:
        return len(self._variants)

    @property
    def current_label(self) -> str | None:
        """Label of the variant being trained (or just finished), None when not running."""
        if self._running and 0 <= self._index < len(self._variants):
            return self._variants[self._index][0]
        return None

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    # -- queue -----------------------------------------------------------------------
    def run_all(self, variants) -> bool:
        """Train every (label, TrainConfig) in turn. False if already running or empty."""
        if self._running:
            return False
        variants = tuple((str(label), config) for label, config in variants)
        if not variants:
            return False
        for label, config in variants:
            if not isinstance(config, TrainConfig):
                raise TypeError(f"variant {label!r}: expected a TrainConfig, not {type(config).__name__}")
        self._variants = variants
        self._index = -1
        self.results = []
        self._set_running(True)
        self._start_next()
        return True

    def cancel(self) -> None:
        """Start no further variant. A run in progress goes on; stop it separately."""
        if not self._running:
            return
        self._abort(lambda: self.tr("cancelled"))

    def cancel_reason(self) -> str:
        """Why the last queue was cancelled, in the current language ('' if it was not)."""
        return self._why() if self._why is not None else ""

    def _abort(self, why) -> None:
        """``why``: a callable making the reason (so it can be made again in another language)."""
        self._timer.stop()
        self._waiting = False
        self._why = why
        self._set_running(False)
        self.cancelled.emit(why())

    def _start_next(self) -> None:
        self._index += 1
        if self._index >= len(self._variants):
            self._set_running(False)
            self.allFinished.emit()
            return
        label, config = self._variants[self._index]
        self.variantStarting.emit(label, config)
        if not self._running:  # a slot of variantStarting cancelled
            return
        self._set_config(config)
        self._waiting = True
        if not self._reset_and_start(config):
            if self._running:
                self._abort(lambda: self.tr("could not start {label}").format(label=translate(label)))

    def _on_run_finished(self, report) -> None:
        if not (self._running and self._waiting):
            return  # not a run of ours
        self._waiting = False
        label, config = self._variants[self._index]
        self.results.append((label, config, report))
        self._last_report = report
        self.variantFinished.emit(label, config, report)
        if self._running:
            self._timer.start()  # decide from the event loop, after every other slot ran

    def _on_run_failed(self, text) -> None:
        if self._running and self._waiting:
            self._abort(lambda: self.tr("the run failed: {text}").format(text=text))

    def _after_run(self) -> None:
        if not self._running:
            return
        if self._last_report is not None and self._last_report.kind == "stopped":
            self._abort(lambda: self.tr("stopped"))
        else:
            self._start_next()


# -- the panel ------------------------------------------------------------------

class LessonsPanel(Retranslating, QWidget):
    """Pick a lesson, read what to watch for, set up or run its variants.

    Signals: ``configChosen(TrainConfig)`` when a 'Set up' button is clicked;
    ``runAllRequested(tuple of (label, TrainConfig))`` for 'Run all variants'
    (labels already translated, ready for legends and the runs table).
    ``attach_runner`` lets the panel show the queue's progress;
    ``set_training(bool)`` disables the buttons while any run trains.
    """

    configChosen = Signal(object)
    runAllRequested = Signal(object)

    EXPLANATION_SCALE = 1.25  # the text a class reads off the projector
    LINE_CHARS = 85  # at most about this many characters of explanation per line

    def __init__(self, parent=None, lessons: tuple[Lesson, ...] = LESSONS):
        super().__init__(parent)
        self.setObjectName("lessonsPanel")
        self.lessons = tuple(lessons)
        self._runner = None
        self._training = False
        self._font_scale = 1.0
        self.variant_buttons: list[QPushButton] = []

        self._progress_text = None  # () -> the progress line, in the current language
        self.chooser = QListWidget(objectName="lessonChooser")
        for _lesson in self.lessons:
            self.chooser.addItem(QListWidgetItem())
        self.chooser.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.chooser.currentRowChanged.connect(self._show_lesson)

        self.title = QLabel(objectName="lessonTitle", wordWrap=True)
        self.reference = QLabel(objectName="lessonReference", wordWrap=True)
        self.reference.setStyleSheet("color: #555555;")
        self.explanation = QLabel(objectName="lessonExplanation", wordWrap=True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.variant_heading = QLabel(objectName="lessonVariantsHeading", wordWrap=True)
        self.variant_box = QWidget(objectName="lessonVariants")
        self._variant_layout = QVBoxLayout(self.variant_box)
        self._variant_layout.setContentsMargins(0, 0, 0, 0)
        self.run_all_button = QPushButton(objectName="lessonRunAll")
        self.run_all_button.setMinimumHeight(34)
        self.run_all_button.clicked.connect(self._run_all_clicked)
        self.progress = QLabel(objectName="lessonProgress", wordWrap=True)

        # One column of readable width, however wide the window: long lines are hard
        # to follow, on a projector most of all.
        self.column = QWidget(objectName="lessonColumn")
        outer = QHBoxLayout(self)
        outer.addWidget(self.column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.title)
        layout.addWidget(self.reference)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.variant_heading)
        layout.addWidget(self.variant_box)
        layout.addWidget(self.run_all_button)
        layout.addWidget(self.progress)
        layout.addStretch(1)

        self._retranslate_static()
        self._apply_fonts()
        self.chooser.setCurrentRow(0)
        self._fit_chooser()

    def _retranslate_static(self) -> None:
        self.chooser.setToolTip(self.tr("Choose one of the book's experiments"))
        for row, item_lesson in enumerate(self.lessons):
            item = self.chooser.item(row)
            item.setText(translate(item_lesson.title))
            item.setToolTip(translate(item_lesson.title))
        self.variant_heading.setText(self.tr("Set up one variant and press Start, or run them all:"))
        self.run_all_button.setToolTip(self.tr(
            "Trains each variant in turn, each from new weights; finished runs stay on the plots as "
            "ghost curves and in the runs table. Stop ends the lesson."))

    def retranslate(self) -> None:
        """Every text in the current language; the lesson shown and the progress line are written again."""
        self._retranslate_static()
        progress = self._progress_text
        self._show_lesson(self.chooser.currentRow())  # (clears the progress line)
        self._set_progress(progress)
        self._fit_chooser()

    def _set_progress(self, text) -> None:
        self._progress_text = text
        self.progress.setText(text() if text is not None else "")

    # -- API -----------------------------------------------------------------------
    @property
    def current_lesson(self) -> Lesson:
        return self.lessons[max(0, self.chooser.currentRow())]

    def select_lesson(self, key: str) -> None:
        for row, item in enumerate(self.lessons):
            if item.key == key:
                self.chooser.setCurrentRow(row)
                return
        raise KeyError(key)

    def variants(self) -> tuple[tuple[str, TrainConfig], ...]:
        """The current lesson's variants with translated labels."""
        return tuple((translate(label), config) for label, config in self.current_lesson.variants)

    def set_training(self, training: bool) -> None:
        """Disable setting up and running lessons while a run trains."""
        self._training = bool(training)
        self._update_enabled()

    def attach_runner(self, runner: LessonRunner) -> None:
        """Show ``runner``'s progress under the buttons and lock them while it runs."""
        self._runner = runner
        runner.variantStarting.connect(self._on_variant_starting)
        runner.allFinished.connect(self._on_all_finished)
        runner.cancelled.connect(self._on_cancelled)
        runner.runningChanged.connect(lambda _running: self._update_enabled())
        self._update_enabled()

    def set_font_scale(self, scale: float) -> None:
        """1.0 normal; up to 2.0 for a projector (as the plots' font scale)."""
        self._font_scale = min(max(float(scale), 0.5), 2.0)
        self._apply_fonts()
        self._fit_chooser()

    # -- display ---------------------------------------------------------------------
    def _font(self, factor: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * factor * self._font_scale)
        font.setBold(bold)
        return font

    def _apply_fonts(self) -> None:
        self.title.setFont(self._font(1.4, bold=True))
        self.explanation.setFont(self._font(self.EXPLANATION_SCALE))
        self.reference.setFont(self._font(0.95))
        self.progress.setFont(self._font(1.1, bold=True))
        self.column.setMaximumWidth(self.LINE_CHARS * QFontMetrics(self.explanation.font()).averageCharWidth())
        self.variant_heading.setFont(self._font(1.1, bold=True))
        for widget in (self.chooser, self.run_all_button, *self.variant_buttons):
            widget.setFont(self._font(1.1))
        bold = self._font(1.1, bold=True)
        self.run_all_button.setFont(bold)

    def _fit_chooser(self) -> None:
        """Show every lesson without a scroll bar."""
        rows = self.chooser.count()
        height = sum(self.chooser.sizeHintForRow(r) for r in range(rows)) + 2 * self.chooser.frameWidth() + 4
        self.chooser.setFixedHeight(height)

    def _show_lesson(self, row: int) -> None:
        if row < 0:
            return
        item = self.lessons[row]
        self.title.setText(translate(item.title))
        self.reference.setText(self.tr("After the book's {ref}").format(ref=translate(item.reference))
                               if item.reference else "")
        self.reference.setVisible(bool(item.reference))
        self.explanation.setText(translate(item.explanation))
        for button in self.variant_buttons:
            self._variant_layout.removeWidget(button)
            button.hide()  # else it is painted (and found by name) until deleted
            button.setParent(None)
            button.deleteLater()
        self.variant_buttons = []
        for i, (label, config) in enumerate(item.variants):
            shown = translate(label)
            button = QPushButton(self.tr("Set up: {label}").format(label=shown), objectName=f"lessonVariant{i}")
            button.setToolTip(self.tr(
                "Set every control for {label} ({summary}, {length}) and give the network new weights; "
                "then press Start to train it.").format(label=shown, summary=run_label(config),
                                                       length=_steps_text(config)))
            button.setFont(self._font(1.1))
            button.setMinimumHeight(30)
            button.clicked.connect(lambda _checked=False, c=config: self.configChosen.emit(c))
            self._variant_layout.addWidget(button)
            button.setVisible(True)  # now, not when the layout's queued show arrives
            self.variant_buttons.append(button)
        n = len(item.variants)
        self.run_all_button.setText(self.tr("Run all variants ({n})").format(n=n) if n > 1
                                    else self.tr("Run this lesson"))
        self._set_progress(None)
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self._training or (self._runner is not None and self._runner.running)
        for button in (*self.variant_buttons, self.run_all_button):
            button.setEnabled(not busy)
        self.chooser.setEnabled(not (self._runner is not None and self._runner.running))

    def _run_all_clicked(self) -> None:
        self.runAllRequested.emit(self.variants())

    def _on_variant_starting(self, label: str, _config) -> None:
        runner = self._runner
        i, n = runner.index + 1, runner.count
        self._set_progress(lambda: self.tr("Training {i} of {n}: {label}. Stop ends the lesson.").format(
            i=i, n=n, label=translate(label)))

    def _on_all_finished(self) -> None:
        self._set_progress(lambda: self.tr("Lesson done. The finished runs are ghost curves on the plots "
                                           "and rows in the runs table."))

    def _on_cancelled(self, why: str) -> None:
        runner = self._runner
        self._set_progress(lambda: self.tr("Lesson ended ({why}).").format(
            why=runner.cancel_reason() if runner is not None else why))
