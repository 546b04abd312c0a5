"""The File menu through the window: sessions, data folders that fail to load, and
which actions training allows."""
import ast
import inspect
import shutil
from pathlib import Path

import numpy as np
from PySide6.QtGui import QAction

from engine import TrainConfig
from gui.train.run_controller import IDLE


def run_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.runEnded, timeout=timeout) as blocker:
        window.start_button.click()
    return blocker.args[0]


def test_session_round_trip_through_the_window(qtbot, make_window, tmp_path):
    window = make_window(TrainConfig(steps=100, eval_every=50))
    run_to_end(qtbot, window)
    saved = window.controller.net.state_dict()
    points = window.plots.n_points
    path = tmp_path / "lesson.npz"
    assert window.save_session_to(path)
    window.reset_button.click()
    assert window.plots.n_points == 0
    assert window.open_session_from(path)  # same data set: applied at once
    for key, value in saved.items():
        np.testing.assert_array_equal(window.controller.net.params[key], value)
    assert window.plots.n_points == points
    assert window.controller.total_step == 100
    assert "lesson.npz" in window.statusBar().currentMessage()


def test_a_broken_session_file_changes_nothing(qtbot, make_window, tmp_path):
    window = make_window()
    net = window.controller.net
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a session")
    assert not window.open_session_from(path)
    assert "unchanged" in window.last_message.text()
    window.last_message.close()
    assert window.controller.net is net


def test_a_data_folder_that_fails_to_load_keeps_the_data_set(qtbot, make_window, tmp_path):
    window = make_window()
    dataset, before = window.controller.dataset, window.data_dir
    empty = tmp_path / "empty"
    empty.mkdir()
    window.open_data_folder(str(empty))
    qtbot.waitUntil(lambda: window.banner.property("kind") == "error", timeout=20_000)
    assert window.data_dir == before
    assert window.controller.dataset is dataset
    assert window.start_button.isEnabled()


def test_file_actions_wait_for_training_to_stop(qtbot, make_window):
    window = make_window(TrainConfig(steps=1_000_000, eval_every=100_000))
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    idle_only = ("actionLoadModel", "actionSaveSession", "actionOpenSession", "actionOpenDataFolder")
    assert all(actions[name].isEnabled() for name in idle_only)
    window.start_button.click()
    qtbot.waitUntil(lambda: window.plots.n_points > 0, timeout=20_000)
    assert not any(actions[name].isEnabled() for name in idle_only)
    assert actions["actionSaveModel"].isEnabled()
    with qtbot.waitSignal(window.runEnded, timeout=10_000):
        window.stop_button.click()
    assert window.controller.state == IDLE
    assert all(actions[name].isEnabled() for name in idle_only)


def _host_members(protocol):
    return set(protocol.__annotations__) | {n for n, v in vars(protocol).items()
                                            if callable(v) and not n.startswith("_")}


def test_file_and_view_actions_use_the_window_only_through_their_host_interface(make_window):
    from gui import file_actions, view_actions

    window = make_window()
    for module, protocol in ((file_actions, file_actions.FileHost), (view_actions, view_actions.ViewHost)):
        members = _host_members(protocol)
        used, private = set(), []
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.Attribute):
                continue
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "host") or \
                    (isinstance(owner, ast.Attribute) and owner.attr == "_host"):
                used.add(node.attr)
            if node.attr.startswith("_") and not node.attr.endswith("__") \
                    and not (isinstance(owner, ast.Name) and owner.id == "self"):
                private.append(ast.unparse(node))
        assert private == [], module.__name__  # nobody else's private members
        assert used and used <= members, (module.__name__, used - members)
        assert [name for name in members if not hasattr(window, name)] == []  # the window is such a host


def test_a_new_data_folder_becomes_the_data_dir_once_loaded_with_new_weights(qtbot, make_window, tmp_path):
    folder = tmp_path / "digits"
    folder.mkdir()
    for path in Path(__file__).resolve().parents[2].joinpath("resources").glob("*-ubyte.gz"):
        shutil.copy(path, folder)
    window = make_window(TrainConfig(steps=50, eval_every=50))
    run_to_end(qtbot, window)
    net = window.controller.net
    with qtbot.waitSignal(window.datasetReady, timeout=60_000):
        window.open_data_folder(str(folder))
        assert window.data_dir is None  # still the bundled MNIST until the folder has loaded
    assert window.data_dir == str(folder)
    assert window.controller.net is not net and window.controller.total_step == 0  # new weights
    assert window.plots.n_points == 0
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert actions["actionMnist"].isEnabled()  # the bundled MNIST is another choice now
