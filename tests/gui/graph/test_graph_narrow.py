"""The Computational graph tab on a narrow tab: the speed goes under the step buttons, no sideways scroll."""
import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout

from gui.graph.tab import GraphTab
from tests.gui.hosting import in_scroll_area, with_large_type


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_step_row_folds_on_a_narrow_tab(qtbot, controller, scale):
    tab = GraphTab(controller)
    with_large_type(tab, scale)
    scroll = in_scroll_area(qtbot, tab)
    directions = []
    for width in (1500, 540, 1500):  # 540: room for the folded rows and a vertical scroll bar
        scroll.resize(width, 700)
        for _ in range(3):  # the folding runs just after the resize
            QApplication.processEvents()
        qtbot.waitUntil(lambda: tab.minimumSizeHint().width() <= scroll.viewport().width(), timeout=3_000)
        directions.append(tab._steps.direction())
    wide, narrow = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
    assert directions == [wide, narrow, wide]
