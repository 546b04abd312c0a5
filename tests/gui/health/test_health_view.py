"""The Layer health view on real MNIST with the real controller and worker thread.

What it shows (badges, sentences, the histograms' data), when it measures
(shown: at evaluation points and new networks; hidden: never), and that it
follows the theme.
"""
import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from engine import TrainConfig, layer_health
from gui.app import make_app
from gui.common.palette import DARK, LIGHT
from gui.health.text import verdict_name
from gui.health.view import HealthView, health_samples
from gui.train.run_controller import RunController

FIVE = (100,) * 5


@pytest.fixture
def controller(qtbot, dataset):
    make_app()
    c = RunController()
    c.set_dataset(dataset)
    yield c
    c.shutdown()


@pytest.fixture
def shown(qtbot, controller):
    """(tabs, view, other page): the view in a shown tab widget, as in the window."""
    tabs = QTabWidget()
    other = QLabel("another tab")
    view = HealthView(controller)
    tabs.addTab(other, "other")
    tabs.addTab(view, "health")
    tabs.resize(1200, 900)
    qtbot.addWidget(tabs)
    tabs.show()
    return tabs, view, other


def _show_view(qtbot, tabs, view):
    before = view.measurements
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.measurements > before, timeout=30_000)


def test_badges_and_sentences_for_the_books_sigmoid_std_1(qtbot, shown, controller):
    tabs, view, _other = shown
    controller.reset(TrainConfig(hidden_sizes=FIVE, activation="sigmoid", weight_init=1.0))
    _show_view(qtbot, tabs, view)
    assert len(view.columns) == 5 and all(col.isVisible() for col in view.columns)
    for col in view.columns[1:]:
        assert col.badge.text() == "! saturated"
        assert col.why.text().endswith("where the sigmoid is flat: almost no gradient passes back.")
        assert f"{100 * col.layer.saturated:.0f}% of its outputs" in col.why.text()
    assert view.caption.text() == "Each hidden layer with the initial weights, on 1,000 test images"


def test_xavier_is_healthy_and_the_badge_colour_follows_the_theme(qtbot, shown, controller):
    tabs, view, _other = shown
    controller.reset(TrainConfig(hidden_sizes=FIVE, activation="sigmoid", weight_init="xavier"))
    _show_view(qtbot, tabs, view)
    assert [col.badge.text() for col in view.columns] == ["✓ healthy"] * 5
    assert LIGHT.good in view.columns[0].badge.styleSheet()
    palette = tabs.palette()
    from PySide6.QtGui import QColor, QPalette

    palette.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    tabs.setPalette(palette)  # the dark theme's window colour reaches the view as a palette change
    qtbot.waitUntil(lambda: DARK.good in view.columns[0].badge.styleSheet(), timeout=5000)


def test_histograms_draw_the_engines_numbers_as_they_are(qtbot, shown, controller, dataset):
    tabs, view, _other = shown
    controller.reset(TrainConfig(hidden_sizes=(100, 100), activation="relu", weight_init="he"))
    _show_view(qtbot, tabs, view)
    expected = layer_health(controller.net, dataset.x_test, dataset.t_test, lr=controller.config.lr,
                            samples=health_samples(controller.net))
    for col, layer in zip(view.columns, expected.layers):
        x, y = col.activation_curve.getData()
        np.testing.assert_array_equal(x, layer.hist_edges)
        np.testing.assert_array_equal(y, layer.hist_counts)
        z = np.asarray(dataset.x_test[:expected.samples], dtype=np.float32)
        for k in range(1, layer.index + 1):  # the same activations, by the book's formulas
            z = np.maximum(z @ controller.net.params[f"W{k}"] + controller.net.params[f"b{k}"], 0)
        counts, _edges = np.histogram(z.astype(np.float64), bins=len(y), range=(x[0], x[-1]))
        assert np.abs(counts - y).sum() <= 2  # float32 rounding may move a value across a bin edge
        gx, gy = col.gradient_curve.getData()
        np.testing.assert_array_equal(gx, layer.grad_edges)
        np.testing.assert_array_equal(gy, layer.grad_counts)
        assert col.badge.text() == "✓ " + verdict_name(layer.verdict)


def test_idle_while_hidden_then_catches_up_when_shown(qtbot, shown, controller):
    tabs, view, other = shown
    tabs.setCurrentWidget(other)
    controller.reset(TrainConfig(hidden_sizes=(50, 50), steps=120, eval_every=10))
    with qtbot.waitSignal(controller.runFinished, timeout=120_000):
        assert controller.start(controller.config)
    assert view.measurements == 0  # twelve evaluation points and a finished run: nothing computed
    assert view.report is None
    _show_view(qtbot, tabs, view)
    assert view.measurements == 1
    assert view.caption.text() == "Each hidden layer after step 120, on 1,000 test images"
    assert view.trends.steps == [120]


def test_measures_at_evaluation_points_while_shown_and_a_new_network_clears_the_lines(qtbot, shown, controller):
    tabs, view, _other = shown
    controller.reset(TrainConfig(hidden_sizes=(50, 50), steps=600, eval_every=50))
    _show_view(qtbot, tabs, view)
    with qtbot.waitSignal(controller.runFinished, timeout=120_000):
        assert controller.start(controller.config)
    qtbot.waitUntil(lambda: view.trends.steps[-1] == 600, timeout=30_000)  # the finished run is measured
    assert view.trends.steps[0] == 0 and len(view.trends.steps) >= 2
    assert view.trends.steps == sorted(set(view.trends.steps))
    curve = view.trends.norm_curves[0]
    np.testing.assert_array_equal(curve.xData, view.trends.steps)
    assert curve.yData[-1] == pytest.approx(np.log10(view.report.layers[0].grad_norm))
    before = view.measurements
    controller.reset(TrainConfig(hidden_sizes=(30,)))
    qtbot.waitUntil(lambda: view.measurements > before, timeout=30_000)
    assert view.trends.steps == [0] and len(view.trends.norm_curves) == 1
    assert [col.isVisible() for col in view.columns] == [True, False]


def _overlaps(view):
    """(column, part) pairs where a part of a layer column runs into the next one, top to bottom."""
    found = []
    for col in view.columns:
        parts = [col.title, col.activations_label, col.activations, col.gradients_label, col.gradients, col.why]
        tops = [part.mapTo(view, part.rect().topLeft()).y() for part in parts]
        found += [(col.objectName(), part.objectName() or type(part).__name__)
                  for part, top, next_top in zip(parts, tops, tops[1:]) if top + part.height() > next_top]
        if col.activations.height() < col.activations.minimumHeight():
            found.append((col.objectName(), "activations squeezed"))
    return found


@pytest.mark.parametrize("width", [460, 700, 1200])
def test_a_wrapped_caption_never_squeezes_the_columns_under_it(qtbot, shown, controller, width):
    """Large type on a narrow tab wraps the caption and the titles: the histograms keep their height."""
    tabs, view, _other = shown
    controller.reset(TrainConfig(hidden_sizes=(50, 50)))
    _show_view(qtbot, tabs, view)
    view.set_font_scale(1.6)  # presentation mode
    tabs.resize(width, 700)
    qtbot.waitUntil(lambda: not _overlaps(view), timeout=3_000)  # the layouts settle over a few event-loop turns
    view.set_font_scale(1.0)
