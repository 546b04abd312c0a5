"""PredictionPanel: the network's guess, its probabilities, and what it sees.

Three parts, sized to be read from the back of a room:

* the guess: the top class in large type with its softmax probability;
* ``ProbabilityBars``: one horizontal bar per class, labelled with the class
  name and its percentage, the top one highlighted (blue and bold, so it
  stands out without relying on colour alone);
* ``PixelView``: the network's actual input, 28x28 pixels (``MNIST_SIDE``) enlarged with
  nearest-neighbour scaling so every pixel is a crisp square, with a selector
  for the preprocessing stages (crop, fit, box, centre) that made it.

With nothing to classify, the panel shows a prompt instead of a guess: no
stale digit, no bars. The probabilities come from ``engine.classify``, the
whole path from a drawing to probabilities (the tab and the benchmark time
the same code).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine import MNIST_SIDE, PreprocessStages

from ..common.fonts import font_px
from ..common.palette import colours
from ..common.panel import Retranslating
from .familiar import FamiliarityNote

__all__ = ["PredictionPanel", "ProbabilityBars", "PixelView", "STAGES"]

DIGIT_PX = 112  # the guess, for a one-character class name
NAME_PX = 40  # the guess, for longer class names (Fashion-MNIST)

# (attribute of PreprocessStages, selector text, caption); the last is the network's input.
# (English sources, translated when shown)
STAGES = (
    ("cropped", QT_TRANSLATE_NOOP("PredictionPanel", "1 · Crop to the ink"),
     QT_TRANSLATE_NOOP("PredictionPanel", "cropped to the ink: {h} × {w} canvas pixels")),
    ("fitted", QT_TRANSLATE_NOOP("PredictionPanel", "2 · Fit into 20 × 20"),
     QT_TRANSLATE_NOOP("PredictionPanel", "longer side fitted to 20 pixels: {h} × {w}")),
    ("boxed", QT_TRANSLATE_NOOP("PredictionPanel", "3 · Place in {side} × {side}"),
     QT_TRANSLATE_NOOP("PredictionPanel", "placed in the middle of a {side} × {side} field")),
    ("centred", QT_TRANSLATE_NOOP("PredictionPanel", "4 · Centre by mass = input"),
     QT_TRANSLATE_NOOP("PredictionPanel", "centred by mass (moved {dy:+d}, {dx:+d} px): "
                                          "these {n} pixels are the input")),
)


class ProbabilityBars(Retranslating, QWidget):
    """One horizontal bar per class: name, bar, percentage; the top one highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("probabilityBars")
        self.retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._probs = np.zeros(0)
        self._names: tuple = ()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The network's probability for each class (softmax of its scores).\n"
                                "The highest, its guess, is blue and bold."))

    def set_probabilities(self, probs, names) -> None:
        self._probs = np.asarray(probs, dtype=np.float64).copy()
        self._names = tuple(str(n) for n in names)
        self.setAccessibleDescription(", ".join(
            f"{n}: {p:.0%}" for n, p in zip(self._names, self._probs)))
        self.update()

    def clear(self) -> None:
        self.set_probabilities(np.zeros(0), ())

    def sizeHint(self) -> QSize:
        return QSize(360, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 220)

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        n = len(self._probs)
        if n == 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        row = self.height() / n
        px = int(min(30, max(12, row * 0.55)))
        plain, bold = font_px(px), font_px(px, bold=True)
        metrics = QFontMetrics(bold)
        gap = px * 0.5
        name_w = max(metrics.horizontalAdvance(name) for name in self._names) + gap
        pct_w = metrics.horizontalAdvance("100%") + gap
        bar_x = name_w
        bar_w = max(10.0, self.width() - name_w - pct_w)
        top = int(np.argmax(self._probs))
        c = colours(self)
        accent, text, faint = QColor(c.accent), QColor(c.text), QColor(c.faint)
        track_fill, track_line = QColor(c.track), QColor(c.track).darker(125)
        for i, (name, p) in enumerate(zip(self._names, self._probs)):
            y = i * row
            is_top = i == top
            painter.setFont(bold if is_top else plain)
            painter.setPen(accent if is_top else text)
            painter.drawText(QRectF(0, y, name_w - gap, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            # the track shows where 100 % would end
            track = QRectF(bar_x, y + row * 0.18, bar_w, row * 0.64)
            painter.fillRect(track, track_fill)
            p = float(p) if np.isfinite(p) else 0.0
            painter.fillRect(QRectF(track.x(), track.y(), bar_w * min(max(p, 0.0), 1.0), track.height()),
                             accent if is_top else faint)
            painter.setPen(QPen(track_line, 1.0))
            painter.drawRect(track)
            # below 1 % the number is noise to the back row: keep it, but grey
            painter.setPen(accent if is_top else (text if p >= 0.005 else faint))
            painter.drawText(QRectF(bar_x + bar_w + gap * 0.5, y, pct_w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _percent(p))


def _percent(p: float) -> str:
    """'87%', '<1%' (not a misleading '0%') and '>99%' (not a misleading '100%')."""
    if p <= 0.0:
        return "0%"
    if p < 0.005:
        return "<1%"
    if p > 0.995 and p < 1.0:
        return ">99%"
    return f"{p:.0%}"


class PixelView(Retranslating, QWidget):
    """A small grayscale image shown large with crisp (nearest-neighbour) pixels."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkInput")
        self.retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pixels: np.ndarray | None = None
        self._qimage: QImage | None = None

    def retranslate(self) -> None:
        self.setToolTip(self.tr("What the network sees: its input image, one square per pixel,\n"
                                "white = 1 (ink), black = 0"))

    def pixels(self) -> np.ndarray | None:
        return None if self._pixels is None else self._pixels.copy()

    def set_pixels(self, image) -> None:
        """Show ``image`` (H, W) floats in [0, 1]; None shows an empty black square."""
        if image is None:
            self._pixels = self._qimage = None
        else:
            x = np.asarray(image, dtype=np.float32)
            self._pixels = x.copy()
            data = np.ascontiguousarray(np.clip(np.rint(x * 255.0), 0, 255).astype(np.uint8))
            h, w = data.shape
            self._qimage = QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(224, 224)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 140)  # 5 screen pixels per input pixel

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            side = float(min(self.width(), self.height()))
            square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
            painter.fillRect(square, Qt.GlobalColor.black)
            if self._qimage is None:
                return
            h, w = self._qimage.height(), self._qimage.width()
            cell = side / max(h, w)
            target = QRectF(square.x() + (side - w * cell) / 2, square.y() + (side - h * cell) / 2,
                            w * cell, h * cell)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp pixels
            painter.drawImage(target, self._qimage)
            if cell >= 6:  # a faint grid: each square is one input
                painter.setPen(QPen(QColor(70, 70, 70), 1.0))
                for i in range(1, w):
                    x = target.x() + i * cell
                    painter.drawLine(int(round(x)), int(target.top()), int(round(x)), int(target.bottom()))
                for i in range(1, h):
                    y = target.y() + i * cell
                    painter.drawLine(int(target.left()), int(round(y)), int(target.right()), int(round(y)))
        finally:
            painter.end()


class PredictionPanel(Retranslating, QWidget):
    """The guess in large type, all probabilities as bars, and the network's input."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictionPanel")
        self._stages: PreprocessStages | None = None
        self._probs: np.ndarray | None = None

        # left: the prompt, or the guess over the bars
        self.prompt = QLabel()
        self.prompt.setObjectName("drawPrompt")
        self.prompt.setFont(font_px(44, bold=True))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.prompt_detail = QLabel()
        self.prompt_detail.setObjectName("drawPromptDetail")
        self.prompt_detail.setFont(font_px(18))
        self.prompt_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_detail.setWordWrap(True)
        prompt_page = QWidget()
        prompt_column = QVBoxLayout(prompt_page)
        prompt_column.addStretch(1)
        prompt_column.addWidget(self.prompt)
        prompt_column.addWidget(self.prompt_detail)
        prompt_column.addStretch(2)

        self.caption = caption = QLabel()
        caption.setFont(font_px(18))
        self.digit = QLabel()
        self.digit.setObjectName("predictedDigit")
        self.digit.setFont(font_px(DIGIT_PX, bold=True))
        self.probability = QLabel()
        self.probability.setObjectName("predictedProbability")
        self.probability.setFont(font_px(40, bold=True))
        self.bars = ProbabilityBars()
        guess_page = QWidget()
        grid = QGridLayout(guess_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(caption, 0, 0, 1, 2)
        grid.addWidget(self.digit, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.probability, 1, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.bars, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)

        self.results = QStackedWidget()
        self.results.setObjectName("predictionResults")
        self.results.addWidget(prompt_page)
        self.results.addWidget(guess_page)

        # right: what the network sees
        self.seen_title = seen_title = QLabel(wordWrap=True)  # wraps rather than widen the panel in large type
        seen_title.setFont(font_px(18, bold=True))
        self.stage_selector = QComboBox()
        self.stage_selector.setObjectName("stageSelector")
        for key, text, _ in STAGES:
            self.stage_selector.addItem(text, key)
        self.stage_selector.setCurrentIndex(len(STAGES) - 1)
        self.stage_selector.setFont(font_px(15))
        # Its longest stage name made the panel too wide for the guess beside the canvas on a
        # projector: the box may be narrower than a name (the list shows them whole).
        self.stage_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_selector.setMinimumContentsLength(14)
        self.stage_selector.currentIndexChanged.connect(self._show_stage)
        self.input_view = PixelView()
        self.stage_caption = QLabel()
        self.stage_caption.setObjectName("stageCaption")
        self.stage_caption.setWordWrap(True)
        self.stage_caption.setFont(font_px(16))
        self.seen = seen = QWidget()
        seen_column = QVBoxLayout(seen)
        seen_column.setContentsMargins(0, 0, 0, 0)
        seen_column.addWidget(seen_title)
        seen_column.addWidget(self.stage_selector)
        seen_column.addWidget(self.input_view, 0)
        seen_column.addWidget(self.stage_caption)
        seen_column.addStretch(1)

        self._row = row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setHorizontalSpacing(18)
        self.note = FamiliarityNote()  # "it must pick one of ten", or: unlike the training digits
        self.stacked = None
        self.set_stacked(False)
        self._prompt = None  # (text, detail) as given to show_prompt; None: the defaults
        self._restyle()
        self.retranslate()
        self.show_prompt()

    def set_stacked(self, stacked: bool) -> None:
        """Put what the network sees beside the guess (False) or under it (True), for a narrow window."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        row = self._row
        for widget in (self.results, self.seen, self.note):
            row.removeWidget(widget)
        row.addWidget(self.results, 0, 0)
        row.addWidget(self.seen, *((1, 0) if stacked else (0, 1)))
        row.addWidget(self.note, *((2, 0, 1, 1) if stacked else (1, 0, 1, 2)))
        row.setColumnStretch(0, 3)
        row.setColumnStretch(1, 0 if stacked else 2)
        row.setRowStretch(0, 1 if stacked else 0)

    def side_by_side_width(self) -> int:
        """The least width that shows the guess and what the network sees side by side."""
        return (self.results.minimumSizeHint().width() + self._row.horizontalSpacing()
                + self.seen.minimumSizeHint().width())

    def stacked_width(self) -> int:
        """The least width that shows the guess over what the network sees."""
        return max(self.results.minimumSizeHint().width(), self.seen.minimumSizeHint().width())

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)  # Retranslating: retranslate() on a language change
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        """The guess in the accent colour, the hint in the muted one, for the current theme."""
        c = colours(self)
        self.digit.setStyleSheet(f"color: {c.accent};")
        self.prompt_detail.setStyleSheet(f"color: {c.muted};")
        self.note.retranslate()

    def retranslate(self) -> None:
        """Static texts in the current language; a default prompt and the stage caption follow."""
        self.caption.setText(self.tr("The network's guess"))
        self.digit.setToolTip(self.tr("The class with the highest probability"))
        self.probability.setToolTip(self.tr("Its probability: the softmax of the network's scores.\n"
                                            "A confident network can still be wrong."))
        self.seen_title.setText(self.tr("What the network sees"))
        self.stage_selector.setToolTip(self.tr("Show a step of the preprocessing that turns the drawing into\n"
                                               "an MNIST-style {0} × {0} input (step 4 is what the network reads)")
                                       .format(MNIST_SIDE))
        for i, (_key, text, _caption) in enumerate(STAGES):
            self.stage_selector.setItemText(i, self.tr(text).format(side=MNIST_SIDE))
        if self._prompt is None or self.results.currentIndex() == 1:  # a caller's prompt is the caller's to renew
            self._prompt = None
            self.prompt.setText(self.tr("Draw a digit"))
            self.prompt_detail.setText(self.default_detail())
        self._show_stage()

    def default_detail(self) -> str:
        return self.tr("The network's guess appears here as you draw.")

    # -- public API -------------------------------------------------------------
    def show_prediction(self, probs, stages: PreprocessStages, class_names) -> None:
        """Show the guess for ``probs`` (C,) and the input from ``stages``."""
        probs = np.asarray(probs, dtype=np.float64)
        if probs.size == 0 or not np.all(np.isfinite(probs)):
            self.show_prompt(self.tr("No guess: the network's outputs are not numbers"),
                             self.tr("This network has diverged. Reset it, or lower the learning rate."))
            self._set_stages(stages)
            return
        top = int(np.argmax(probs))
        name = str(class_names[top])
        self._probs = probs.copy()
        self.digit.setFont(font_px(DIGIT_PX if len(name) <= 2 else NAME_PX, bold=True))
        self.digit.setText(name)
        self.probability.setText(_percent(float(probs[top])))
        self.bars.set_probabilities(probs, class_names)
        self.results.setCurrentIndex(1)
        self._set_stages(stages)

    def show_prompt(self, text: str | None = None, detail: str | None = None) -> None:
        """No guess: show ``text`` and clear the digit, bars and input (None: 'Draw a digit' and its hint)."""
        self._prompt = None if text is None and detail is None else (text, detail)
        if text is None:
            text = self.tr("Draw a digit")
        if detail is None:
            detail = self.default_detail()
        self._probs = None
        self.note.clear_verdict()
        self.prompt.setText(text)
        self.prompt_detail.setText(detail)
        self.prompt_detail.setVisible(bool(detail))
        self.digit.clear()
        self.probability.clear()
        self.bars.clear()
        self.results.setCurrentIndex(0)
        self._set_stages(None)

    def probabilities(self) -> np.ndarray | None:
        """The probabilities shown, or None while the prompt is shown."""
        return None if self._probs is None else self._probs.copy()

    def predicted_index(self) -> int | None:
        return None if self._probs is None else int(np.argmax(self._probs))

    def stages(self) -> PreprocessStages | None:
        return self._stages

    # -- internals -------------------------------------------------------------------
    def _set_stages(self, stages: PreprocessStages | None) -> None:
        self._stages = stages
        self._show_stage()

    def _show_stage(self, *_):
        stages = self._stages
        if stages is None:
            self.input_view.set_pixels(None)
            self.stage_caption.setText(self.tr("Nothing to see yet."))
            return
        key, _, caption = STAGES[max(0, self.stage_selector.currentIndex())]
        image = getattr(stages, key)
        dy, dx = stages.shift
        self.input_view.set_pixels(image)
        self.stage_caption.setText(self.tr(caption).format(h=image.shape[0], w=image.shape[1], dy=dy, dx=dx,
                                                           side=MNIST_SIDE, n=image.size))
