"""The Layer health tab in the real window: the lesson of the book's experiment lands on it."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from engine import TrainConfig


def test_the_lesson_lands_on_layer_health_with_the_books_sigmoid_std_1(qtbot, make_window):
    window = make_window(TrainConfig())
    assert window.tabs.tabText(window.tabs.indexOf(window.health)) == "Layer health"
    assert window.health.measurements == 0  # hidden since the window opened: nothing measured
    window.tabs.setCurrentWidget(window.lessons)
    window.lessons.select_lesson("activation_histograms")
    qtbot.mouseClick(window.lessons.findChild(QPushButton, "lessonVariant0"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.health
    qtbot.waitUntil(lambda: window.health.report is not None and len(window.health.report.layers) == 5,
                    timeout=30_000)
    assert window.controller.net.sizes == [784, 100, 100, 100, 100, 100, 10]
    assert [col.badge.text() for col in window.health.columns[1:]] == ["! saturated"] * 4


def test_badges_sentences_and_titles_follow_the_language(qtbot, make_window):
    window = make_window(TrainConfig(hidden_sizes=(100,) * 5, activation="sigmoid", weight_init=1.0))
    window.reset()
    window.tabs.setCurrentWidget(window.health)
    qtbot.waitUntil(lambda: window.health.report is not None and len(window.health.report.layers) == 5,
                    timeout=30_000)
    column = window.health.columns[1]
    saturated = f"{100 * column.layer.saturated:.0f}%"
    try:
        assert window.set_language("ko")
        assert column.badge.text() == "! 포화"
        assert column.why.text().startswith(f"출력의 {saturated}가")
        assert window.tabs.tabText(window.tabs.indexOf(window.health)) == "층 건강"
        assert window.set_language("ja")
        assert column.badge.text() == "! 飽和"
        assert window.health.caption.text() == "初期の重みでの各隠れ層（テスト画像 1,000 枚）"
    finally:
        window.set_language("en")
    assert column.badge.text() == "! saturated"
