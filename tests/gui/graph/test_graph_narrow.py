"""The Computational graph tab on a narrow tab: the speed goes under the step buttons, no sideways scroll."""
import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout, QScrollArea

from gui.graph.tab import GraphTab


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_step_row_folds_on_a_narrow_tab(qtbot, controller, scale):
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    tab = GraphTab(controller)
    scroll.setWidget(tab)
    qtbot.addWidget(scroll)
    font = tab.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)  # presentation mode's large type
    tab.setFont(font)
    scroll.show()
    directions = []
    for width in (1500, 520, 1500):
        scroll.resize(width, 700)
        for _ in range(3):  # the folding runs just after the resize
            QApplication.processEvents()
        qtbot.waitUntil(lambda: tab.minimumSizeHint().width() <= scroll.viewport().width(), timeout=3_000)
        directions.append(tab._steps.direction())
    wide, narrow = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
    assert directions == [wide, narrow, wide]
