"""RunsTable and run_label: rows from real tiny runs, best test accuracy in bold,
shared settings greyed, clearing, the ghost-curve switch, sorting, labels."""
import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QTableWidget

from engine import Report, TrainConfig, Trainer, build_network
from gui.classroom.comparison import RunsTable, architecture_text, init_text, run_label
from gui.common.palette import DARK, LIGHT


def train(dataset, config):
    """The last Report of a real run (on this thread: the table only needs the report)."""
    net = build_network(config)
    trainer = Trainer(net, dataset.x_train, dataset.t_train, dataset.x_test, dataset.t_test, config)
    report = None
    for report in trainer.run():
        pass
    return report


@pytest.fixture
def table(qtbot):
    widget = RunsTable()
    qtbot.addWidget(widget)
    widget.resize(1100, 300)
    widget.show()
    return widget


def column(table, header):
    view = table.table
    for c in range(view.columnCount()):
        if view.horizontalHeaderItem(c).text() == header:
            return c
    raise KeyError(header)


def cell(table, row, header):
    return table.table.item(row, column(table, header))


SGD = TrainConfig(hidden_sizes=(30,), steps=40, eval_every=20)
ADAM = SGD.replace(optimizer="adam", lr=0.001)


# -- run_label and summaries -------------------------------------------------------

def test_run_label_of_the_book_run():
    assert run_label(TrainConfig()) == "ReLU 784-50-10 SGD lr=0.1"


def test_run_label_names_what_differs_from_the_book_run():
    config = TrainConfig(hidden_sizes=(100,) * 5, activation="sigmoid", weight_init="xavier", optimizer="adam",
                         lr=0.001, batch_size=128, weight_decay=0.1, train_size=300)
    assert run_label(config) == "Sigmoid 784-100×5-10 Xavier Adam lr=0.001 batch=128 λ=0.1 N=300"
    assert run_label(TrainConfig(augment=True, bug="relu-no-mask")).endswith("augmented bug:relu-no-mask")


def test_run_labels_of_the_weight_init_lesson_differ():
    base = TrainConfig(hidden_sizes=(100,) * 4, lr=0.01)
    labels = {run_label(base.replace(weight_init=w)) for w in (0.01, "xavier", "he")}
    assert len(labels) == 3


def test_architecture_and_init_text():
    assert architecture_text(TrainConfig(hidden_sizes=(100, 100))) == "784-100-100-10"
    assert architecture_text(TrainConfig(hidden_sizes=(100, 100, 100, 50))) == "784-100-100-100-50-10"
    assert architecture_text(TrainConfig(hidden_sizes=(100, 100, 100, 50)), compact=True) == "784-100×3-50-10"
    assert architecture_text(TrainConfig(), 28 * 28, 3) == "784-50-3"
    assert [init_text(TrainConfig(weight_init=w)) for w in ("he", "xavier", 0.01)] == ["He", "Xavier", "std 0.01"]


# -- rows ----------------------------------------------------------------------------

def test_add_run_from_real_runs_fills_a_row_per_run(table, dataset):
    sgd, adam = train(dataset, SGD), train(dataset, ADAM)
    table.add_run("SGD", SGD, sgd)
    table.add_run("Adam", ADAM, adam)
    assert table.table.rowCount() == 2
    rows = table.rows
    assert [r["label"] for r in rows] == ["SGD", "Adam"]
    first = rows[0]
    assert first["architecture"] == "784-30-10"
    assert (first["activation"], first["init"], first["optimizer"]) == ("ReLU", "std 0.01", "SGD")
    assert (first["lr"], first["batch_size"], first["weight_decay"], first["train_size"]) == (0.1, 100, 0.0, None)
    assert first["steps"] == 40 and first["status"] == "done"
    assert first["loss"] == sgd.loss and first["test_acc"] == sgd.test_acc and first["train_acc"] == sgd.train_acc
    assert first["elapsed"] == sgd.elapsed > 0
    assert first["config"] is SGD and first["report"] is sgd
    assert rows[1]["optimizer"] == "Adam" and rows[1]["lr"] == 0.001
    assert cell(table, 0, "Test acc").text() == f"{100 * sgd.test_acc:.2f}%"
    assert cell(table, 0, "Steps").text() == "40"
    assert cell(table, 0, "Status").text() == "done"
    assert cell(table, 0, "Network").text() == "784-30-10"
    assert cell(table, 0, "Time").text().endswith(" s")


def test_best_test_accuracy_is_bold(table, dataset):
    reports = [train(dataset, config) for config in (SGD, ADAM)]
    for label, config, report in zip(("SGD", "Adam"), (SGD, ADAM), reports):
        table.add_run(label, config, report)
    best = max(range(2), key=lambda i: reports[i].test_acc)
    assert [r["bold"] for r in table.rows] == [i == best for i in range(2)]
    for row in range(2):
        assert cell(table, row, "Test acc").font().bold() == (row == best)
        assert not cell(table, row, "Train acc").font().bold()


def report(kind="done", test_acc=0.9, step=100, loss=0.3, lr=None):
    """A made-up last Report; lr None (as the config's) is what most rows need."""
    return Report(kind=kind, step=step, epoch=step / 600, loss=loss, total_steps=step, elapsed=12.5,
                  train_acc=None if test_acc is None else test_acc + 0.01, test_acc=test_acc, lr=lr)


def test_ties_are_all_bold_and_a_diverged_run_is_never_best(table):
    table.add_run("a", TrainConfig(), report(test_acc=0.95))
    table.add_run("b", TrainConfig(), report(test_acc=0.95))
    table.add_run("c", TrainConfig(lr=50.0), report("diverged", test_acc=None, loss=math.inf))
    assert [r["bold"] for r in table.rows] == [True, True, False]
    assert cell(table, 2, "Test acc").text() == "—"
    assert cell(table, 2, "Loss").text() == "∞"
    assert cell(table, 2, "Status").text() == "diverged"
    table.add_run("d", TrainConfig(), report("stopped", test_acc=0.97))
    assert [r["bold"] for r in table.rows] == [False, False, False, True]
    assert cell(table, 3, "Status").text() == "stopped"


def test_grey_and_red_follow_the_theme(table):
    table.add_run("a", TrainConfig(), report(test_acc=0.95))
    table.add_run("b", TrainConfig(lr=50.0), report("diverged", test_acc=None, loss=math.inf))
    assert cell(table, 1, "Status").foreground().color().name() == LIGHT.bad.lower()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    table.setPalette(dark)  # what a theme switch does
    assert cell(table, 1, "Status").foreground().color().name() == DARK.bad.lower()
    assert cell(table, 1, "Network").foreground().color().name() == DARK.muted.lower()


def test_settings_every_run_shares_are_grey(table):
    base = TrainConfig(hidden_sizes=(100,) * 4, weight_init="he", lr=0.01)
    table.add_run("SGD", base, report())
    assert cell(table, 0, "Optimizer").foreground().color().name() != LIGHT.muted.lower()  # one row: nothing greyed
    table.add_run("Adam", base.replace(optimizer="adam", lr=0.001), report(test_acc=0.95))
    grey = LIGHT.muted.lower()
    for header in ("Network", "Activation", "Init", "Batch", "Decay λ", "Train size"):
        assert cell(table, 1, header).foreground().color().name() == grey, header
    for header in ("Optimizer", "lr", "Test acc", "Run"):
        assert cell(table, 1, header).foreground().color().name() != grey, header


def test_lr_is_the_one_the_run_ended_with(table):
    table.add_run("live lr", TrainConfig(lr=0.1), report(lr=0.02))  # changed while it trained
    table.add_run("plain", TrainConfig(lr=0.1), report())
    assert [r["lr"] for r in table.rows] == [0.02, 0.1]


def test_numbers_and_missing_values_read_plainly(table):
    table.add_run("wd", TrainConfig(weight_decay=0.1, train_size=300), report(step=12_000))
    assert cell(table, 0, "Decay λ").text() == "0.1"
    assert cell(table, 0, "Train size").text() == "300"
    assert cell(table, 0, "Steps").text() == "12,000"
    table.add_run("plain", TrainConfig(), report())
    assert cell(table, 1, "Decay λ").text() == "none"
    assert cell(table, 1, "Train size").text() == "all"


def test_sorting_by_test_accuracy_keeps_rows_in_order_added(table):
    for label, acc in (("a", 0.5), ("b", 0.9), ("c", 0.7)):
        table.add_run(label, TrainConfig(), report(test_acc=acc))
    col = column(table, "Test acc")
    table.table.sortItems(col, Qt.SortOrder.DescendingOrder)
    shown = [table.table.item(r, column(table, "Run")).text() for r in range(3)]
    assert shown == ["b", "c", "a"]
    assert [r["label"] for r in table.rows] == ["a", "b", "c"]
    table.add_run("d", TrainConfig(), report(test_acc=0.8))  # the chosen order holds for new rows
    shown = [table.table.item(r, column(table, "Run")).text() for r in range(4)]
    assert shown == ["b", "d", "c", "a"]


def test_rows_start_in_the_order_added(table):
    for label in ("b", "a", "c"):
        table.add_run(label, TrainConfig(), report())
    assert [table.table.item(r, 0).text() for r in range(3)] == ["b", "a", "c"]


# -- clearing and ghosts ----------------------------------------------------------------

def test_clear_button_empties_the_table_and_emits_cleared(qtbot, table):
    table.add_run("a", TrainConfig(), report())
    button = table.findChild(QAbstractButton, "clearRunsButton")
    with qtbot.waitSignal(table.cleared, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert table.rows == [] and table.table.rowCount() == 0


def test_clear_does_not_emit_cleared(qtbot, table):
    table.add_run("a", TrainConfig(), report())
    with qtbot.assertNotEmitted(table.cleared):
        table.clear()
    assert table.rows == []


def test_show_ghosts_box_emits_its_state(qtbot, table):
    box = table.findChild(QCheckBox, "showGhosts")
    assert box.isChecked() and table.ghosts_visible
    with qtbot.waitSignal(table.ghostsVisibilityChanged, timeout=1000) as blocker:
        box.click()
    assert blocker.args == [False] and not table.ghosts_visible
    with qtbot.waitSignal(table.ghostsVisibilityChanged, timeout=1000) as blocker:
        box.click()
    assert blocker.args == [True]


def test_every_interactive_widget_has_a_name_and_a_tooltip(table):
    assert table.objectName() == "runsTable"
    assert table.findChild(QTableWidget, "runsTableView") is table.table
    widgets = [*table.findChildren(QAbstractButton), *table.findChildren(QTableWidget)]
    assert len(widgets) >= 3
    for widget in widgets:
        if not widget.objectName().startswith("qt_"):  # Qt's own corner button
            assert widget.objectName() and widget.toolTip(), widget
    view = table.table
    for c in range(view.columnCount()):
        assert view.horizontalHeaderItem(c).toolTip()


def test_font_scale_enlarges_the_table(table):
    size = table.table.font().pointSizeF()
    table.add_run("a", TrainConfig(), report())
    table.set_font_scale(1.5)
    assert table.table.font().pointSizeF() == pytest.approx(1.5 * size)
    assert cell(table, 0, "Test acc").font().bold()
