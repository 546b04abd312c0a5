"""Fitting the window to its screen: tabs whose pages scroll, a size no larger than the screen.

``PageTabs``: the window's tabs, each page in its own scroll area.

A page's minimum size (the Draw tab's canvas beside its read-out, a table's
ten columns) would otherwise become the window's: on a 1024x768 projector, or
with presentation mode's large type, the window grew wider than the screen
and the right side was cut off. Inside a scroll area a page fills the tab
when there is room and scrolls when there is not.

``widget``, ``indexOf``, ``currentWidget`` and ``setCurrentWidget`` speak of
the pages themselves, not their scroll areas, as a plain QTabWidget does. A tab
may hold a ``LazyPage``: ``widget(i)`` then builds its page and gives it;
``built_pages`` gives only the pages there are, building none.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QLabel, QScrollArea, QTabWidget, QToolTip, QWidget

from .lazy_page import LazyPage
from .tab_list import TabListButton

__all__ = ["PageTabs", "SideColumn", "ElidedLabel", "fit_to_screen", "forget_minimum_sizes", "side_column_width", "SIDE_COLUMN_SHARE"]

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


def forget_minimum_sizes(root: QWidget) -> None:
    """After the app's type changed size: make the combo boxes under ``root`` measure themselves again.

    A combo box forgets its size hint on a font change but keeps its minimum size hint
    (Qt 6's QComboBox::changeEvent), so the form layouts kept presentation mode's tall
    rows and the left panel came back rearranged. A style change makes it forget both.
    """
    for combo in root.findChildren(QComboBox):
        QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        combo.updateGeometry()


def side_column_width(window: QWidget, need: int) -> int:
    """The width for a side column that would like ``need`` pixels: at most ~3/8 of the screen."""
    free = _free_area(window)
    return need if free is None else min(need, int(free.width() * SIDE_COLUMN_SHARE))


class PageTabs(QTabWidget):
    """A QTabWidget whose pages scroll when the window is smaller than they need, with an
    "All tabs" list in its corner when the titles do not fit (gui/tab_list.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab_list = TabListButton(self)
        self.setCornerWidget(self.tab_list, Qt.Corner.TopRightCorner)

    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 (Qt's name)
        scroll = QScrollArea()
        name = page.page_object_name if isinstance(page, LazyPage) else page.objectName()
        scroll.setObjectName(f"{name or 'page'}Scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)  # the page fills the tab when there is room
        scroll.setWidget(page)
        return super().addTab(scroll, title)

    def scroll_area(self, index: int) -> QScrollArea:
        return super().widget(index)

    def widget(self, index: int) -> QWidget | None:
        page = self._held(index)
        return page.page() if isinstance(page, LazyPage) else page

    def _held(self, index: int) -> QWidget | None:
        scroll = super().widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def built_pages(self) -> list[QWidget]:
        """The pages built so far, in tab order (a LazyPage not shown yet is left alone)."""
        pages = [self._held(i) for i in range(self.count())]
        pages = [p.built_page() if isinstance(p, LazyPage) else p for p in pages]
        return [p for p in pages if p is not None]

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for i in range(self.count()):
            held = self._held(i)
            if held is page or (isinstance(held, LazyPage) and held.built_page() is page):
                return i
        return super().indexOf(page)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)


class SideColumn(QObject):
    """The controls column (a scroll area): as wide as its content needs, but at most ~3/8 of
    the screen, so the tabs keep the rest; wider content (large type in presentation mode, a
    long language) scrolls sideways instead of pushing the window off a 1024-pixel projector."""

    def __init__(self, scroll: QScrollArea, window: QWidget):
        super().__init__(window)
        self._scroll, self._window, self._content = scroll, window, scroll.widget()
        self._content.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        need = self._content.sizeHint().width() + 24
        self._scroll.setMinimumWidth(side_column_width(self._window, need))
        self._scroll.setMaximumWidth(need)

    def font_changed(self) -> None:
        """The app's type changed size (presentation mode): measure again, now, before the window
        takes its size back."""
        forget_minimum_sizes(self._window)
        self.fit()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        # (the type first: while the window is taken down, its widgets must not be asked anything)
        if event.type() == QEvent.Type.LayoutRequest and watched is self._content:
            # The content measured itself again (type, language, a row shown): once its layout has
            # settled, the column takes its new width (under X it came back 15 px wider).
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the room it has, instead of
    pushing its neighbours (or itself) off the window; pointing at it shows it all."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self._show()

    def text(self) -> str:
        """The whole text, as set (``shown_text``: what fits)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6)), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._show()

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self.shown_text() != self._full:
            QToolTip.showText(event.globalPos(), self._full + ("\n\n" + self.toolTip() if self.toolTip() else ""), self)
            return True
        return super().event(event)

    def _show(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width() - 4))
        super().setText(shown)
        self.updateGeometry()
