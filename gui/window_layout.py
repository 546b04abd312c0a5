"""Fitting the window to its screen: tabs whose pages scroll, a size no larger than the screen.

``PageTabs``: the window's tabs, each page in its own scroll area.

A page's minimum size (the Draw tab's canvas beside its read-out, a table's
ten columns) would otherwise become the window's: on a 1024x768 projector, or
with presentation mode's large type, the window grew wider than the screen
and the right side was cut off. Inside a scroll area a page fills the tab
when there is room and scrolls when there is not.

``widget``, ``indexOf``, ``currentWidget`` and ``setCurrentWidget`` speak of
the pages themselves, not their scroll areas, as a plain QTabWidget does.
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QWidget

__all__ = ["PageTabs", "fit_to_screen", "side_column_width", "SIDE_COLUMN_SHARE"]

SIDE_COLUMN_SHARE = 0.375  # the controls column takes at most this share of the screen's width


def _free_area(window: QWidget):
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` no larger than its screen's free area (a 1024x768 projector), and on it."""
    free = _free_area(window)
    if free is None:
        return
    # Leave room for the window manager's title bar, which frameGeometry() knows only once shown.
    frame = window.frameGeometry().height() - window.geometry().height() if window.isVisible() else 32
    width, height = min(window.width(), free.width()), min(window.height(), free.height() - max(frame, 0))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(max(free.x(), min(window.x(), free.right() - width)),
                    max(free.y(), min(window.y(), free.bottom() - height)))


def side_column_width(window: QWidget, need: int) -> int:
    """The width for a side column that would like ``need`` pixels: at most ~3/8 of the screen."""
    free = _free_area(window)
    return need if free is None else min(need, int(free.width() * SIDE_COLUMN_SHARE))


class PageTabs(QTabWidget):
    """A QTabWidget whose pages scroll when the window is smaller than they need."""

    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 (Qt's name)
        scroll = QScrollArea()
        scroll.setObjectName(f"{page.objectName() or 'page'}Scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)  # the page fills the tab when there is room
        scroll.setWidget(page)
        return super().addTab(scroll, title)

    def scroll_area(self, index: int) -> QScrollArea:
        return super().widget(index)

    def widget(self, index: int) -> QWidget | None:
        scroll = super().widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for i in range(self.count()):
            if self.widget(i) is page:
                return i
        return super().indexOf(page)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
