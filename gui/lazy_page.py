"""A tab's page made the first time it is shown or asked for, not when the window starts.

Most tabs are not on screen at start: building them (the gradient check's three
plots, the Exercises editor, Layer health's trend plots...) took about two thirds
of the window's construction, before the window could show. ``LazyPage`` stands
in the tab for its page and builds it on its first ``showEvent`` or on the first
``page()`` call (a link from another tab, a test, a menu).

A page built later is made in the language, theme and font size of that moment:
its constructor translates its texts, it takes the application's palette, and
``built`` lets the window apply what the palette does not carry (presentation
mode's font scale, the plots' colours) and connect it to the other tabs.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["LazyPage"]


class LazyPage(QWidget):
    """Holds the place of one tab's page; ``page()`` builds it once, from ``build()``."""

    built = Signal(QWidget)  # the page, just made (emitted once)

    def __init__(self, name: str, build: Callable[[], QWidget], page_object_name: str = "",
                 parent: QWidget | None = None):
        """``name``: the window's attribute for the page (``inside``); ``build``: makes the page;
        ``page_object_name``: the objectName the page will have (to find its tab before it is built)."""
        super().__init__(parent)
        self.setObjectName(f"{name}Host")
        self.name = name
        self.page_object_name = page_object_name
        self._build = build
        self._page: QWidget | None = None
        self._building = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def built_page(self) -> QWidget | None:
        """The page if it has been built, else None (nothing is built)."""
        return self._page

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            if self._building:  # a page's own construction asked for itself: a bug, not a loop
                raise RuntimeError(f"the {self.name} page asked for itself while being built")
            self._building = True
            try:
                page = self._build()
            finally:
                self._building = False
            self._page = page
            self.layout().addWidget(page)
            self.built.emit(page)  # styled and connected before it shows itself
            if self.isVisible():
                page.show()  # at once, not at the next turn of the event loop: its showEvent runs now
        return self._page

    def showEvent(self, event):  # noqa: N802 (Qt override)
        self.page()
        super().showEvent(event)
