"""The Lessons tab: pick one of the book's experiments, read what to watch for, run it.

``LessonsPanel`` lets a teacher pick a lesson (``lesson_data.LESSONS``), read
what to watch for, set the controls for one variant ('Set up: …') or train
all of them in turn ('Run all variants'), which the window hands to a
``lesson_runner.LessonRunner``; ``attach_runner`` shows that queue's progress.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from .lesson_data import LESSONS, Lesson, steps_text, translate
from .lesson_runner import LessonRunner
from ..common.fonts import scaled_font
from ..common.palette import colours
from ..common.panel import Retranslating

__all__ = ["LessonsPanel"]


class LessonsPanel(Retranslating, QWidget):
    """Pick a lesson, read what to watch for, set up or run its variants.

    Signals: ``configChosen(TrainConfig)`` when a 'Set up' button is clicked;
    ``runAllRequested(tuple of (label, TrainConfig))`` for 'Run all variants'
    (labels already translated, ready for legends and the runs table).
    ``attach_runner`` lets the panel show the queue's progress;
    ``set_training(bool)`` disables the buttons while any run trains.
    ``viewRequested(str)``: after either, the objectName of the tab the lesson lands on (if it has one).
    """

    configChosen = Signal(object)
    runAllRequested = Signal(object)
    viewRequested = Signal(str)

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
        return scaled_font(self.font(), factor * self._font_scale, bold)

    def _apply_fonts(self) -> None:
        self._colour_reference()
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

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "reference"):
            self._colour_reference()  # the new theme's grey
        super().changeEvent(event)

    def _colour_reference(self) -> None:
        self.reference.setStyleSheet(f"color: {colours(self).muted};")

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
                                                       length=steps_text(config)))
            button.setFont(self._font(1.1))
            button.setMinimumHeight(30)
            button.clicked.connect(lambda _checked=False, c=config: self._set_up(c))
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
        self._land()

    def _set_up(self, config: TrainConfig) -> None:
        self.configChosen.emit(config)
        self._land()

    def _land(self) -> None:
        if self.current_lesson.view:
            self.viewRequested.emit(self.current_lesson.view)

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
