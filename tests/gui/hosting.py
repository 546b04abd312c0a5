"""Pages hosted as the window hosts them, for the tests of pages that rearrange themselves for their width."""
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def in_scroll_area(qtbot, page: QWidget, width: int = 1400, height: int = 760) -> QScrollArea:
    """``page`` in a shown, resizable scroll area (as the window's tabs are); returns the area."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    qtbot.addWidget(scroll)
    scroll.resize(width, height)
    scroll.show()
    qtbot.waitExposed(scroll)
    return scroll


def with_large_type(page: QWidget, scale: float) -> None:
    """Presentation mode's large type on ``page`` (its font ``scale`` times the application's)."""
    font = page.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    page.setFont(font)
