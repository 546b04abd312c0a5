"""Is the drawing like the digits the network was trained on? The check, and the line that says so.

A network trained on MNIST must answer one of its ten classes for anything,
a dash, an X, a filled box, often with a confident probability. The line under
the guess always says so plainly, and turns into a warning when the drawing
(as prepared for the network) looks unlike the training images, by
``engine.Familiarity``: farther from every training image than 99 % of real
digits are, or more ink than any of them. The check does not involve the
network: it answers the same for the pre-trained model and for "my network",
which both learned from the same training images.

``FamiliarityCheck`` builds the engine's ``Familiarity`` for the data set in
small steps between events (``benchmarks/bench_familiarity.py`` prints the
whole time and the longest step), so the window never freezes and no thread
is needed.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from engine import Familiarity

from ..common.fonts import font_px
from ..common.palette import colours
from ..common.panel import Retranslating

__all__ = ["FamiliarityCheck", "FamiliarityNote"]


class FamiliarityCheck(QObject):
    """``verdict(x)``: the engine's FamiliarityVerdict for a prepared input, or None while it is being built.

    Signals
    -------
    ready()
        The check for the current data set is built: ask again.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._dataset = None
        self._familiarity = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # one step whenever the event queue is empty
        self._timer.timeout.connect(self._advance)

    def follow(self, dataset) -> None:
        """Build the check for ``dataset`` (None: none) unless it is the one already built or building."""
        if dataset is self._dataset:
            return
        self._dataset = dataset
        self._familiarity = Familiarity(dataset.x_train) if dataset is not None else None
        if self._familiarity is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def is_ready(self) -> bool:
        return self._familiarity is not None and self._familiarity.ready

    def verdict(self, x):
        """FamiliarityVerdict for ``x`` (28, 28) as the network reads it, or None (not built, other shape)."""
        f = self._familiarity
        if f is None or not f.ready or x.size != self._dataset.x_train.shape[1]:
            return None
        return f.check(x)

    def _advance(self) -> None:
        if self._familiarity is None or self._familiarity.advance():
            self._timer.stop()
            if self._familiarity is not None:
                self.ready.emit()


class FamiliarityNote(Retranslating, QLabel):
    """Under the guess: 'it must pick one of the N', or the warning that the drawing is unlike the training digits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("familiarityNote")
        self.setWordWrap(True)
        self.setFont(font_px(16))
        self._state = (None, 10, True)  # (verdict, classes, digits)
        self.retranslate()
        # room for the warning's lines from the start: the bars above do not move when it shows
        self.setMinimumHeight(3 * self.fontMetrics().lineSpacing())

    def unlike(self) -> bool:
        """Whether the warning shows."""
        verdict = self._state[0]
        return verdict is not None and verdict.unlike

    def clear_verdict(self) -> None:
        """Nothing judged (no drawing): the plain sentence."""
        self.show_verdict(None, *self._state[1:])

    def show_verdict(self, verdict, n_classes: int, digits: bool) -> None:
        """``verdict``: an engine FamiliarityVerdict, or None (no check available)."""
        self._state = (verdict, int(n_classes), bool(digits))
        self.retranslate()

    def retranslate(self) -> None:
        """The text in the current language and its colour in the current theme (the panel calls it on both)."""
        verdict, n, digits = self._state
        self.setToolTip(self.tr("A classifier has no answer 'none of these': whatever is drawn, it picks one "
                                "class.\nThe warning compares the drawing, as the network sees it, with the "
                                "training images\n(not with the network): shown when no training image is as "
                                "close as for 99% of real ones,\nor when it holds more ink than any of them."))
        must = (self.tr("It must answer one of the {0} digits, even for a drawing that is no digit.").format(n)
                if digits else self.tr("It must answer one of the {0} classes, whatever is drawn.").format(n))
        c = colours(self.parentWidget() or self)  # a label with a style sheet keeps its old palette
        if verdict is not None and verdict.unlike:
            if verdict.ink_unlike and not verdict.shape_unlike:
                text = self.tr("⚠ More ink than any image it was trained on, but it must answer one of "
                               "the {0}: this guess means little.").format(n)
            elif digits:
                text = self.tr("⚠ This looks unlike the digits it was trained on, but it must answer one of "
                               "the {0}: this guess means little.").format(n)
            else:
                text = self.tr("⚠ This looks unlike the images it was trained on, but it must answer one of "
                               "the {0} classes: this guess means little.").format(n)
            self.setText(text)
            self.setStyleSheet(f"color: {c.bad}; font-weight: bold;")
        else:
            self.setText(must)
            self.setStyleSheet(f"color: {c.muted};")
