"""The "All tabs" list in the tab bar's corner: there exactly when the titles do not fit."""
from PySide6.QtWidgets import QApplication


def settle():
    for _ in range(3):
        QApplication.processEvents()


def test_all_tabs_appears_on_a_narrow_window_and_lists_every_tab(qtbot, make_window):
    window = make_window()
    tabs, button = window.tabs, window.tabs.tab_list
    window.resize(2400, 800)  # wide enough for every title
    settle()
    if tabs.tabBar().sizeHint().width() <= tabs.width() - 4:
        assert not button.isVisible()
    window.resize(900, 700)  # a projector beside the settings column: the bar scrolls
    settle()
    assert tabs.tabBar().sizeHint().width() > tabs.width() and button.isVisible()
    button.list.aboutToShow.emit()
    titles = [a.text() for a in button.list.actions()]
    assert titles == [tabs.tabText(i) for i in range(tabs.count())] and len(titles) == tabs.count()
    assert [a.isChecked() for a in button.list.actions()].index(True) == tabs.currentIndex()
    button.list.actions()[tabs.indexOf(window.health)].trigger()
    assert tabs.currentWidget() is window.health


def test_its_text_follows_the_language(qtbot, make_window):
    from gui.i18n import install_language
    window = make_window()
    english = window.tabs.tab_list.text()
    install_language(QApplication.instance(), "ko")
    try:
        QApplication.processEvents()
        assert window.tabs.tab_list.text() not in ("", english)
    finally:
        install_language(QApplication.instance(), "en")
        QApplication.processEvents()
    assert window.tabs.tab_list.text() == english
