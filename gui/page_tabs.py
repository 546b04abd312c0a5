"""The window's tabs, each page in its own scroll area, so the window fits any screen.

A page's minimum size (the Draw tab's canvas beside its read-out, a table's
ten columns) would otherwise become the window's: on a 1024x768 projector, or
with presentation mode's large type, the window grew wider than the screen
and the right side was cut off. Inside a scroll area a page fills the tab
when there is room and scrolls when there is not.

``widget``, ``indexOf``, ``currentWidget`` and ``setCurrentWidget`` speak of
the pages themselves, not their scroll areas, as a plain QTabWidget does.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

__all__ = ["PageTabs"]


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
