"""The gradient-check lab on a narrow tab: its options go one group to a row instead of hiding Run."""
import pytest
from PySide6.QtWidgets import QApplication

from gui.gradcheck.panel import GradCheckPanel
from tests.gui.hosting import in_scroll_area, with_large_type


@pytest.fixture
def hosted(qtbot, controller):
    """The panel in a scroll area, as the window's pages are."""
    panel = GradCheckPanel(controller)
    yield in_scroll_area(qtbot, panel), panel
    panel.shutdown()


def fits(scroll, panel):
    """Run and Cancel lie inside the visible part of the page and nothing scrolls sideways."""
    view = scroll.viewport().rect()
    inside = all(view.contains(b.mapTo(scroll.viewport(), b.rect().bottomRight()))
                 for b in (panel.options.run_button, panel.options.cancel_button))
    return inside and panel.minimumSizeHint().width() <= scroll.viewport().width()


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_run_stays_in_view_from_wide_to_narrow_and_back(qtbot, hosted, scale):
    scroll, panel = hosted
    with_large_type(panel, scale)
    arrangements = []
    for width in (1400, 1100, 900, 700, 600, 1400):
        scroll.resize(width, 760)
        for _ in range(3):  # the arranging runs just after the resize, then the layouts settle
            QApplication.processEvents()
        qtbot.waitUntil(lambda: fits(scroll, panel), timeout=3_000)
        arrangements.append(panel.options.narrow)
    assert arrangements[0] is False and arrangements[-1] is False  # wide: two groups to a row, as before
    assert arrangements[4] is True  # 600 px: one group to a row
    assert arrangements[:5] == sorted(arrangements[:5])  # narrowing only ever goes one way
