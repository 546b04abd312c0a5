"""The Exercises tab in the main window: a tab like the others, in presentation mode and in Korean,
and closing the window while a student's code loops stops its process."""
from gui.i18n import install_language, flush_language_change
from PySide6.QtWidgets import QApplication


def test_the_tab_follows_presentation_mode_and_the_language(qtbot, make_window):
    window = make_window()
    tab = window.exercises
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Exercises" and window.tabs.widget(len(titles) - 1) is tab
    window.tabs.setCurrentWidget(tab)
    def sizes():
        return [w.font().pointSizeF() for w in (tab.editor, tab.task, tab.results, tab.training.status,
                                                 tab.hunt.intro)] + [
            tab.training.loss_plot.getAxis("left").style["tickFont"].pointSizeF()
            if tab.training.loss_plot.getAxis("left").style.get("tickFont") else 9.0]

    before = sizes()
    window.set_presentation(True)
    QApplication.processEvents()  # the application font's change reaches the widgets as events
    during = sizes()
    assert all(1.5 * a < b < 1.7 * a for a, b in zip(before, during)), (before, during)  # x1.6, not twice
    window.set_presentation(False)
    QApplication.processEvents()
    assert all(abs(a - b) < 0.01 for a, b in zip(before, sizes()))
    try:
        assert window.set_language("ko")
        assert window.tabs.tabText(len(titles) - 1) == "연습 문제"
        assert tab.check_button.text() == "확인" and tab.training.train_button.text() == "내 계층으로 학습"
        assert tab.hunt.start_button.text() == "찾기 시작"
    finally:
        install_language(QApplication.instance(), "en")
        flush_language_change()
    assert tab.check_button.text() == "Check"


def test_closing_the_window_stops_a_looping_check(qtbot, make_window):
    window = make_window()
    tab = window.exercises
    tab.timeout = 60.0
    tab.select("relu")
    tab.editor.setPlainText(tab.exercise.solution.replace("        dx = dout\n", "        while True:\n            pass\n"))
    assert tab.check()
    qtbot.waitUntil(lambda: tab.is_checking, timeout=5_000)
    window.close()  # must not wait for the 60 s limit: the child is killed
    assert not tab.is_checking
    assert "while True" in tab.store.code("relu")  # the code was saved
