""""All tabs ▾": every tab in a list, for a window too narrow for the tab bar.

Ten tabs do not fit a projector's 1024 px: the tab bar then scrolls with two
small arrows, which a class at the back of the room does not see. This button
appears in the tab bar's corner exactly then, and lists every tab by name.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton

from .common.panel import Retranslating

__all__ = ["TabListButton"]


class TabListButton(Retranslating, QToolButton):
    """The corner button of ``tabs``; shown only while the tabs' titles do not fit their bar."""

    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self.setObjectName("tabListButton")
        self._tabs = tabs
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        # The style's small menu arrow sat on the text's last letter: a ▾ after the text instead.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.list = QMenu(self)
        self.list.setObjectName("tabListMenu")
        self.list.aboutToShow.connect(self._fill)
        self.setMenu(self.list)
        self._watcher = _FitWatcher(self)
        tabs.installEventFilter(self._watcher)
        tabs.tabBar().installEventFilter(self._watcher)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("All tabs") + " ▾")
        self.setToolTip(self.tr("Every tab in a list: the window is too narrow to show all their names"))

    def titles_fit(self) -> bool:
        """True when the tab bar could show every title without scrolling."""
        return self._tabs.tabBar().sizeHint().width() <= self._tabs.width() - 4

    def update_visibility(self) -> None:
        # Measured against the tab widget, not the bar (which the button itself narrows): no flicker.
        self.setVisible(not self.titles_fit())

    def _fill(self) -> None:
        self.list.clear()
        group = QActionGroup(self.list)  # one tab is current: shown as a radio mark, not a check box
        for index in range(self._tabs.count()):
            action = self.list.addAction(self._tabs.tabText(index).replace("&", "&&"))
            action.setCheckable(True)
            group.addAction(action)
            action.setChecked(index == self._tabs.currentIndex())
            action.triggered.connect(lambda _=False, i=index: self._tabs.setCurrentIndex(i))


class _FitWatcher(QObject):
    """Re-decides the button's visibility when the tabs resize or their titles or type change."""

    _EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LayoutRequest, QEvent.Type.Show)

    def __init__(self, button: TabListButton):
        super().__init__(button)
        self._button = button

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() in self._EVENTS:
            self._button.update_visibility()
        return False
