"""The left panel's planted-bug row: the combo of gui-named bugs and the hint under it.

A bug needs its layer: the bugs that do not apply to the chosen activation and
weight decay are disabled (their tooltip says why), and a chosen bug that no
longer applies is explained in the hint. Texts are the ``ControlsPanel``'s.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from engine import BUGS

from ..common.elided_combo import ElidedComboBox
from ..common.engine_text import bug_title
from .controls_text import bug_refusal, enable_bugs

__all__ = ["BugChoice"]


def _tr(text: str) -> str:  # for the texts controls_text passes (literals are translated where written)
    return QCoreApplication.translate("ControlsPanel", text)


class BugChoice:
    """``combo`` (item data: a name of ``engine.BUGS`` or None) and ``hint`` (shown when the bug cannot be planted)."""

    def __init__(self):
        self.combo = ElidedComboBox(objectName="plantedBug")  # "…" rather than a title cut mid-letter
        self.combo.addItem("", None)
        for name in BUGS:
            self.combo.addItem("", name)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)  # long titles elide here; the popup shows them whole
        self.hint = QLabel(objectName="bugHint", wordWrap=True)
        self.hint.hide()

    def retranslate(self) -> None:
        self.combo.setItemText(0, QCoreApplication.translate("ControlsPanel", "none"))
        for i in range(1, self.combo.count()):
            self.combo.setItemText(i, bug_title(self.combo.itemData(i)))
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 24)

    def update(self, activation: str, decay: float) -> None:
        """Enable the bugs that apply to a net of ``activation`` with weight decay ``decay``; explain a misfit."""
        name = self.combo.currentData()
        enable_bugs(self.combo, _tr, activation, decay)  # a bug needs its layer
        why = bug_refusal(_tr, name, activation, decay) if name in BUGS else None
        if why:
            self.hint.setText(QCoreApplication.translate(
                "ControlsPanel", "This bug cannot be planted in this net. {0}").format(why))
        self.hint.setVisible(bool(why))
