"""Tests for gui.inside.view.InsideView on real MNIST with the real controller and worker thread."""
import time

import numpy as np
import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGraphicsView, QHeaderView, QWidget

import engine
from engine import Report, TrainConfig
from engine.analysis import per_class_accuracy, predictions, weight_tiles
from gui.common.network_change import NetworkChange, Origin
from gui.app import make_app
from gui.inside.view import MAX_GALLERY, MAX_TILES, InsideView
from gui.train.run_controller import RunController

STEPS, EVAL_EVERY = 200, 100


def _show(view):
    view.resize(1200, 760)
    view.show()


@pytest.fixture(scope="module")
def trained(dataset):
    """(controller, view, final report): a view that watched a short real run."""
    make_app()
    c = RunController()
    c.set_dataset(dataset)
    view = InsideView(c)
    _show(view)
    loop = QEventLoop()
    finished = []
    c.runFinished.connect(lambda report: (finished.append(report), loop.quit()))
    QTimer.singleShot(120_000, loop.quit)
    assert c.start(TrainConfig(steps=STEPS, eval_every=EVAL_EVERY))
    loop.exec()
    assert finished, "the run did not finish in time"
    yield c, view, finished[-1]
    c.shutdown()
    view.close()
    view.deleteLater()


@pytest.fixture
def view(trained):
    c, v, _ = trained
    v.clear_filter()
    return v


@pytest.fixture
def controller(qtbot, dataset):
    c = RunController()
    c.set_dataset(dataset)
    yield c
    c.shutdown()


def _eval_report(step=1, test_acc=0.5):
    return Report(kind="step", step=step, epoch=0.0, loss=1.0, total_steps=10, elapsed=0.0,
                  train_acc=test_acc, test_acc=test_acc)


def test_confusion_matrix_agrees_with_the_runs_test_accuracy(trained, dataset):
    c, view, final = trained
    cm = view.confusion
    assert final.kind == "done" and final.step == STEPS
    assert cm.shape == (10, 10)
    assert cm.sum() == len(dataset.t_test) == 10_000
    assert abs(np.trace(cm) / 10_000 - final.test_acc) < 1e-9
    np.testing.assert_array_equal(cm.sum(axis=1), np.bincount(dataset.t_test, minlength=10))  # rows = true
    errors = 10_000 - int(np.trace(cm))
    assert view.caption.text() == (f"Test set after step {STEPS}: accuracy {100 * final.test_acc:.1f}% "
                                   f"({errors} errors of 10000)")
    assert view.findChild(QWidget, "insideCaption") is view.caption


def test_tables_show_counts_names_and_per_class_accuracy(view, dataset):
    cm = view.confusion
    names = dataset.class_names
    assert [view.matrix.horizontalHeaderItem(j).text() for j in range(10)] == list(names)
    assert [view.matrix.verticalHeaderItem(i).text().strip() for i in range(10)] == list(names)
    for i in range(10):
        for j in range(10):
            assert view.matrix.item(i, j).text() == str(cm[i, j])
    recall = per_class_accuracy(cm)
    assert [view.accuracy.item(i, 0).text() for i in range(10)] == [f"{100 * r:.1f} %" for r in recall]


def test_gallery_shows_misclassified_digits_only(trained, dataset):
    c, view, _ = trained
    net = c.network_copy()
    y = predictions(net, dataset.x_test)
    t = dataset.t_test
    shown = view.gallery_indices
    n_wrong = int(np.sum(y != t))
    assert len(shown) == min(MAX_GALLERY, n_wrong) > 0
    assert view.gallery.count() == len(shown)
    for k, index in enumerate(shown):
        assert y[index] != t[index]
        item = view.gallery.item(k)
        assert item.text() == f"true {dataset.class_names[t[index]]} → {dataset.class_names[y[index]]}"
        assert "probability" in item.toolTip()
    # The most confidently wrong first.
    scores = net.predict(dataset.x_test[shown]).astype(np.float64)
    p = engine.softmax(scores)
    confidence = p[np.arange(len(shown)), y[shown]]
    assert np.all(np.diff(confidence) <= 1e-12)


def test_clicking_a_thumbnail_emits_its_test_index(qtbot, view):
    gallery = view.gallery
    item = gallery.item(2)
    gallery.scrollToItem(item)
    rect = gallery.visualItemRect(item)
    with qtbot.waitSignal(view.digitChosen, timeout=2000) as blocker:
        qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [view.gallery_indices[2]]
    gallery.setCurrentRow(0)
    with qtbot.waitSignal(view.digitChosen, timeout=2000) as blocker:
        qtbot.keyClick(gallery, Qt.Key.Key_Return)
    assert blocker.args == [view.gallery_indices[0]]


def test_clicking_a_cell_filters_the_gallery(qtbot, view, dataset):
    cm = view.confusion.copy()
    np.fill_diagonal(cm, -1)
    i, j = np.unravel_index(np.argmax(cm), cm.shape)
    rect = view.matrix.visualItemRect(view.matrix.item(i, j))
    qtbot.mouseClick(view.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(view.gallery_indices) == min(MAX_GALLERY, cm[i, j])
    y = predictions(view.controller.network_copy(), dataset.x_test[view.gallery_indices])
    assert np.all(dataset.t_test[view.gallery_indices] == i) and np.all(y == j)
    assert f"({cm[i, j]} images)" in view.gallery_heading.text()
    assert view.show_all_button.isVisible()
    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    assert len(view.gallery_indices) == min(MAX_GALLERY, 10_000 - int(np.trace(view.confusion)))
    assert not view.show_all_button.isVisible()


def test_weight_tiles_image_matches_engine(trained):
    c, view, _ = trained
    expected = weight_tiles(c.network_copy().params["W1"])
    assert view.tiles.shape == expected.shape == (7 * 28 + 6, 8 * 28 + 7)
    assert view.tiles_image.image.shape == expected.shape
    np.testing.assert_allclose(view.tiles_image.image, expected, equal_nan=True)
    assert "784 weights into one hidden unit" in view.tiles_caption.text()


def test_evaluation_reports_recompute_throttled(qtbot, controller):
    view = InsideView(controller)
    qtbot.addWidget(view)
    _show(view)
    qtbot.waitUntil(lambda: view.confusion is not None, timeout=5000)
    calls = []
    real = view._refresh_evaluation
    view._refresh_evaluation = lambda net: (calls.append(time.monotonic()), real(net))
    controller.progress.emit((_eval_report(test_acc=None),))  # not an evaluation point: no test-set work
    qtbot.wait(EVAL_WAIT_MS)
    assert calls == []
    for _ in range(30):  # a burst of evaluation points costs at most two recomputations
        controller.progress.emit((_eval_report(),))
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=3000)
    qtbot.wait(EVAL_WAIT_MS)
    assert 1 <= len(calls) <= 2


EVAL_WAIT_MS = 700


def test_hidden_view_waits_until_shown(qtbot, controller):
    view = InsideView(controller)
    qtbot.addWidget(view)
    _show(view)
    qtbot.waitUntil(lambda: view.confusion is not None, timeout=5000)
    view.hide()
    controller.reset(TrainConfig(hidden_sizes=(20,)))
    assert view.tiles.shape == weight_tiles(np.zeros((784, 50))).shape  # not recomputed while hidden
    view.show()
    qtbot.waitUntil(lambda: view.tiles.shape == weight_tiles(np.zeros((784, 20))).shape, timeout=3000)
    assert "initial random weights" in view.caption.text()


def test_many_hidden_units_show_the_first_256(qtbot, controller):
    controller.reset(TrainConfig(hidden_sizes=(300,)))
    view = InsideView(controller)
    qtbot.addWidget(view)
    _show(view)
    view.refresh()
    W1 = controller.network_copy().params["W1"]
    assert view.tiles.shape == weight_tiles(W1[:, :MAX_TILES]).shape == (16 * 29 - 1, 16 * 29 - 1)
    assert "first 256 of 300 hidden units" in view.tiles_caption.text()


def test_a_diverged_network_is_reported_not_drawn(qtbot, controller):
    net = controller.network_copy()
    net.params["W1"][...] = np.nan
    controller.set_network(net, NetworkChange(Origin.LOADED_MODEL, "broken.npz"))
    view = InsideView(controller)
    qtbot.addWidget(view)
    _show(view)
    view.refresh()
    assert view.confusion is None and view.gallery_indices == []
    assert "not finite" in view.caption.text()
    assert "not finite" in view.tiles_caption.text()


def test_waiting_for_the_data(qtbot):
    c = RunController()
    view = InsideView(c)
    qtbot.addWidget(view)
    _show(view)
    view.refresh()
    assert view.stack.currentWidget() is view.waiting
    assert view.waiting.isVisible() and view.waiting.text() == "Waiting for the data…"
    assert view.confusion is None and view.gallery_indices == []
    c.shutdown()


def test_font_scale_keeps_everything(view):
    before = list(view.gallery_indices)
    view.set_font_scale(1.6)
    try:
        assert view.caption.font().pixelSize() == round(21 * 1.6)
        assert view.gallery_indices == before
    finally:
        view.set_font_scale(1.0)


def test_counts_are_never_cut_off(qtbot, view):
    """Large fonts in a small window: the tables' font shrinks until every count fits its cell."""
    assert view.tables.px == 16  # at 1200 x 760 the full size fits
    view.set_font_scale(1.6)
    view.resize(900, 600)
    try:
        qtbot.waitUntil(lambda: view.tables.px is not None and view.tables.px < 16 * 1.6, timeout=2000)
        qtbot.wait(50)
        for i in range(10):
            for j in range(10):
                item = view.matrix.item(i, j)
                text_width = QFontMetrics(item.font()).horizontalAdvance(item.text())
                assert text_width <= view.matrix.columnWidth(j), (i, j)
            item = view.accuracy.item(i, 0)
            assert QFontMetrics(item.font()).horizontalAdvance(item.text()) <= view.accuracy.columnWidth(0)
        # rows aligned: both tables have the same header height and row heights
        assert view.matrix.horizontalHeader().height() == view.accuracy.horizontalHeader().height()
        assert [view.matrix.rowHeight(i) for i in range(10)] == [view.accuracy.rowHeight(i) for i in range(10)]
    finally:
        view.set_font_scale(1.0)
        _show(view)


def test_every_interactive_widget_has_an_object_name_and_tooltip(view):
    widgets = [w for cls in (QAbstractButton, QAbstractItemView, QGraphicsView) for w in view.findChildren(cls)]
    # Qt's own parts of a table (headers, the corner button) are not ours to name.
    widgets = [w for w in widgets if not isinstance(w, QHeaderView) and not isinstance(w.parent(), QAbstractItemView)]
    assert len(widgets) >= 5
    for w in widgets:
        assert w.objectName(), w
        assert w.toolTip(), w.objectName()
    for name in ("weightTiles", "confusionMatrix", "perClassAccuracy", "misclassifiedGallery", "insideCaption",
                 "galleryShowAll"):
        assert view.findChild(QWidget, name) is not None, name
    assert view.objectName() == "insideView"


def test_weight_colours_come_from_the_palette(qtbot, controller):
    from PySide6.QtGui import QColor, QPalette

    from gui.common.palette import DARK, LIGHT
    from gui.inside.tiles import weight_colormap

    lo, hi = weight_colormap().map([0.0, 1.0], mode="qcolor")
    assert (lo.name(), hi.name()) == (LIGHT.weight_neg.lower(), LIGHT.weight_pos.lower())  # W < 0 blue, W > 0 red
    view = InsideView(controller)
    qtbot.addWidget(view)
    _show(view)
    view.refresh()
    caption = view.tiles_caption.text()
    assert caption.index(LIGHT.weight_pos) < caption.index("= positive") < caption.index(LIGHT.weight_neg)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    view.setPalette(palette)
    assert DARK.weight_pos in view.tiles_caption.text() and LIGHT.weight_pos not in view.tiles_caption.text()


@pytest.mark.parametrize("width", [560, 900])
def test_wrapped_captions_never_squeeze_the_tiles_and_the_matrix(qtbot, view, width):
    """Large type on a narrow tab wraps the captions: the page grows (and scrolls) instead of squeezing."""
    view.set_font_scale(1.6)  # presentation mode
    try:
        view.resize(width, 700)
        page = view.content
        qtbot.waitUntil(lambda: page.height() >= page.layout().minimumHeightForWidth(page.width()), timeout=3_000)
        for part in (view.tiles_caption, view.weights.view):
            assert part.height() >= part.minimumSizeHint().height() - 1
    finally:
        view.set_font_scale(1.0)
        _show(view)
