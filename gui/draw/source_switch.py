"""SourceSwitch: which network reads the drawing, chosen by hand.

Two buttons side by side, "Pre-trained model" and "My network", exactly one
of them down: the one predicting now. Until the user presses one, the choice
is automatic (``PredictingNetwork``: the pre-trained model until the learner's
network has trained a step); after, it is the user's. A button is greyed out
when its network cannot predict (no pre-trained model for this data set, or no
network of one's own before the data has loaded).
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ..common.fonts import set_font_px
from ..common.panel import Retranslating

__all__ = ["SourceSwitch"]


class SourceSwitch(Retranslating, QWidget):
    """Buttons 'drawUsePretrained' and 'drawUseOwn' over a ``PredictingNetwork``."""

    def __init__(self, model, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawSourceSwitch")
        self.model = model
        self.pretrained_button = self._button("drawUsePretrained")
        self.own_button = self._button("drawUseOwn")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for button in (self.pretrained_button, self.own_button):
            self._group.addButton(button)
            row.addWidget(button)
        self.pretrained_button.clicked.connect(lambda: self.model.set_choice("pretrained"))
        self.own_button.clicked.connect(lambda: self.model.set_choice("own"))
        self.retranslate()
        self.update_state()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setCheckable(True)
        button.setMinimumHeight(36)
        set_font_px(button, 15)
        return button

    def retranslate(self) -> None:
        self._names = {self.pretrained_button: self.tr("Pre-trained model"), self.own_button: self.tr("My network")}
        self._mark()
        self.pretrained_button.setToolTip(self.tr("Read the drawing with the bundled model, trained on all of "
                                                  "MNIST beforehand (it reads MNIST digits only)"))
        self.own_button.setToolTip(self.tr("Read the drawing with the network you are training (a copy, "
                                           "refreshed as it trains), even before it has learned anything"))

    def update_state(self) -> None:
        """The button of the network predicting now is down; one that cannot predict is greyed out."""
        source = self.model.source()
        with QSignalBlocker(self.pretrained_button), QSignalBlocker(self.own_button):
            self._group.setExclusive(False)  # so that neither may be down (no network yet)
            self.pretrained_button.setChecked(source == "pretrained")
            self.own_button.setChecked(source == "own")
            self._group.setExclusive(True)
        self.pretrained_button.setEnabled(self.model.can_use("pretrained"))
        self.own_button.setEnabled(self.model.can_use("own"))
        self._mark()

    def _mark(self) -> None:
        # The pressed look of a button differs little in some themes (dark): a filled dot and
        # bold type say which network reads, in any theme and without colour.
        for button, name in self._names.items():
            on = button.isChecked()
            button.setText(("● " if on else "○ ") + name)
            font = button.font()
            font.setBold(on)
            button.setFont(font)
