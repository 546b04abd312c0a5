"""The width a page is given, for pages that rearrange themselves on a narrow window.

A page inside a QScrollArea (every tab of the window is one) is never made
narrower than its own minimum size, and that minimum depends on how the page
is arranged: a page that asks its own width could never find out that it is
too wide. The scroll area's viewport knows: it is as wide as the window lets
it be. AvailableWidth watches that viewport (or the page itself, when it has
no scroll area) and calls back with the width whenever it, the fonts or the
language change (both change how much room the page's parts need).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# LayoutRequest: a part's size hint changed (its own font set, as presentation mode sets the
# Draw tab's pixel fonts one by one, or a page built late and then scaled).
_REARRANGE_ON = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                 QEvent.Type.StyleChange, QEvent.Type.LayoutRequest)


class AvailableWidth(QObject):
    """Calls ``arrange(width)`` with the width ``page`` can have without scrolling sideways."""

    def __init__(self, page: QWidget, arrange: Callable[[int], None]):
        super().__init__(page)
        self._page = page
        self._arrange = arrange
        self._viewport: QWidget | None = None
        self._pending = False
        page.installEventFilter(self)

    def width(self) -> int:
        viewport = self._find_viewport()
        return viewport.width() if viewport is not None else self._page.width()

    def _find_viewport(self) -> QWidget | None:
        """The viewport of the nearest scroll area the page sits in, or None.

        Looked for among the page's ancestors, not only its parent: a tab built when first
        shown sits in a holder (gui/lazy_page.py) that is the scroll area's widget.
        """
        viewport = self._page.parentWidget()
        while viewport is not None:
            area = viewport.parentWidget()
            if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
                break
            viewport = area
        if viewport is not self._viewport:
            if self._viewport is not None:
                self._viewport.removeEventFilter(self)
            self._viewport = viewport
            if viewport is not None:
                viewport.installEventFilter(self)
        return viewport

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() in _REARRANGE_ON or (watched is self._page and event.type() == QEvent.Type.ParentChange):
            self._schedule()
        return False

    def _schedule(self) -> None:
        # After the event: a font or language change alters the parts' size hints only once
        # their own change events are handled.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        self._pending = False
        self._arrange(self.width())
