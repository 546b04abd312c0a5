"""The Draw tab on a narrow window: it rearranges itself instead of scrolling sideways.

A projector's 1024 px beside the settings column leaves the tab about 600 px;
presentation mode's large type needs more. The tab goes from canvas | guess |
what the network sees, to canvas | the guess over what it sees, to a single
column, whichever is the widest that fits the width its scroll area gives it.
"""
import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout

from gui.draw.tab import DrawTab
from tests.gui.hosting import in_scroll_area, with_large_type


@pytest.fixture
def hosted(qtbot, controller):
    """The tab in a scroll area, as the window's pages are."""
    tab = DrawTab(controller)
    return in_scroll_area(qtbot, tab, 1400, 700), tab


def settle(qtbot, scroll, width):
    scroll.resize(width, 700)
    for _ in range(4):  # the rearranging runs after the resize, then the layout settles
        QApplication.processEvents()
        qtbot.wait(10)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_widest_arrangement_that_fits_and_never_a_sideways_scroll(qtbot, hosted, scale):
    scroll, tab = hosted
    with_large_type(tab, scale)
    seen = []
    for width in range(1500, 380, -40):
        settle(qtbot, scroll, width)
        viewport = scroll.viewport().width()
        if tab.minimumSizeHint().width() <= viewport:  # a width where some arrangement fits
            assert not scroll.horizontalScrollBar().isVisible(), (width, tab.arrangement)
        if not seen or seen[-1] != tab.arrangement:
            seen.append(tab.arrangement)
    # Narrowing the window only ever moves towards the single column, through each arrangement once.
    assert seen == ["wide", "stacked", "column"], seen
    assert tab.panel.stacked
    assert tab._header.direction() == QBoxLayout.Direction.TopToBottom
    settle(qtbot, scroll, 1500)  # and back
    assert tab.arrangement == "wide" and not tab.panel.stacked
    assert tab._header.direction() == QBoxLayout.Direction.LeftToRight


def test_stacked_keeps_the_guess_beside_the_canvas(qtbot, hosted):
    scroll, tab = hosted
    width = 1500
    while tab.arrangement != "stacked" and width > 300:
        width -= 20
        settle(qtbot, scroll, width)
    assert tab.arrangement == "stacked"
    canvas, results, seen = tab.canvas, tab.panel.results, tab.panel.seen
    top_of = lambda w: w.mapTo(tab, w.rect().topLeft())  # noqa: E731
    # The guess to the right of the canvas, what the network sees under the guess, the canvas at the top.
    assert top_of(results).x() >= top_of(canvas).x() + canvas.width()
    assert top_of(seen).y() >= top_of(results).y() + results.height()
    assert top_of(canvas).y() < top_of(results).y() + 80
