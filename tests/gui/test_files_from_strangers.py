"""Model and session files from strangers, through the window: each is shown as what it is, or refused
with the reason, and a refused file changes nothing (network, curves, controls).

Every crafted file is built here from a small app-written one (tests/engine/crafted.py).
"""
import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from engine import (
    TrainConfig,
    TwoLayerNet,
    build_network,
    load_model,
    load_session,
    save_model,
    save_session,
)
from tests.engine.crafted import npz_entries, read_entries, zip_bytes


def run_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.runEnded, timeout=timeout) as blocker:
        window.start_button.click()
    return blocker.args[0]


def rewrite(path, arrays=None, meta_change=None, drop=()):
    """An app-written file with some arrays replaced or dropped and its metadata changed in place."""
    content, meta = read_entries(path)
    for key in drop:
        content.pop(key)
    content.update(arrays or {})
    if meta_change is not None:
        meta_change(meta)
    path.write_bytes(zip_bytes(npz_entries(content, meta)))
    return path


def curves(n=10, last=None):
    steps = np.arange(1.0, n + 1)
    return {"loss_step": steps, "loss": np.linspace(2.3, 0.5, n), "eval_step": np.array([0.0, float(n)]),
            "train_acc": np.array([np.nan, 0.8]), "test_acc": np.array([0.1, 0.8])}


def a_session(path, net=None, total_step=10, config=None):
    net = net if net is not None else TwoLayerNet(784, 20, 10, seed=0)
    save_session(path, net=net, config=config or TrainConfig(hidden_sizes=(20,), dtype="float64"), curves=curves(),
                 total_step=total_step, dataset_name="MNIST", data_dir=None)
    return path


def window_state(window):
    """What a refused file must leave alone."""
    c = window.controller
    return (c.net, {k: v.copy() for k, v in c.net.params.items()}, c.total_step, window.plots.n_points,
            window.plots.n_evals, window.controls.config())


def assert_unchanged(window, before):
    net, params, total_step, n_points, n_evals, config = before
    c = window.controller
    assert c.net is net and c.total_step == total_step
    for key, value in params.items():
        np.testing.assert_array_equal(net.params[key], value)
    assert (window.plots.n_points, window.plots.n_evals) == (n_points, n_evals)
    assert window.controls.config() == config


def refusal(window, *words):
    box = window.last_message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    for word in words:
        assert word in box.text(), box.text()
    box.close()
    return box.text()


@pytest.fixture
def trained(qtbot, make_window):
    window = make_window(TrainConfig(steps=60, eval_every=30))
    run_to_end(qtbot, window)
    return window


# ------------------------------------------------------------- model files ----

def loaded_net_is_trained_on(qtbot, window, path):
    """Start after loading ``path`` trains the loaded weights on: the run's first evaluation is theirs."""
    net = window.controller.net
    expected = load_model(path)
    acc = expected.accuracy(window.controller.dataset.x_test, window.controller.dataset.t_test)
    seen = []
    window.controller.progress.connect(lambda reports: seen.extend(reports))
    report = run_to_end(qtbot, window)
    assert report.kind == "done"
    assert window.controller.net is net
    start = [r for r in seen if r.kind == "start"]
    assert start and start[0].test_acc == pytest.approx(acc)
    assert "new weights" not in window.model_label.text()


@pytest.mark.parametrize("change", ["disagrees", "missing"])
def test_a_model_whose_config_disagrees_or_is_missing_sets_the_controls_to_its_arrays(qtbot, trained, tmp_path,
                                                                                      change):
    window = trained
    net = build_network(TrainConfig(hidden_sizes=(30, 20), activation="sigmoid", dtype="float32", seed=4), 784, 10)
    path = tmp_path / "stranger.npz"
    save_model(net, path, config=TrainConfig(hidden_sizes=(30, 20), activation="sigmoid", dtype="float32",
                                             lr=0.2, steps=40, eval_every=20))
    if change == "disagrees":
        rewrite(path, meta_change=lambda m: m["config"].update(hidden_sizes=[100], activation="relu",
                                                               dtype="float64"))
    else:
        rewrite(path, meta_change=lambda m: m.__setitem__("config", None))
    assert window.load_model_from(path)
    config = window.controls.config()
    assert config.hidden_sizes == (30, 20) and config.activation == "sigmoid" and config.dtype == "float32"
    assert window.controller.net.sizes == [784, 30, 20, 10]
    said = window.statusBar().currentMessage()  # plainly: the architecture came from the weights
    if change == "disagrees":
        assert said == (f"Loaded {path}: its training settings did not match its weights (Hidden layers, Activation, "
                        "Number type (dtype)), so its architecture 784-30-20-10 was read from its weights.")
    else:
        assert said == (f"Loaded {path}: it had no training settings, so its architecture 784-30-20-10 was read "
                        "from its weights and the other settings are the defaults.")
    window.controls.set_config(config.replace(steps=40, eval_every=20))
    loaded_net_is_trained_on(qtbot, window, path)


def test_a_model_whose_config_agrees_says_only_that_it_loaded(trained, tmp_path):
    path = save_model(build_network(TrainConfig(hidden_sizes=(30,)), 784, 10), tmp_path / "mine.npz")
    assert trained.load_model_from(path)
    assert trained.statusBar().currentMessage() == f"Loaded {path}"


def test_a_model_whose_batch_is_too_heavy_for_it_says_the_batch_it_now_has(trained, tmp_path):
    path = save_model(build_network(TrainConfig(hidden_sizes=(1000,)), 784, 10), tmp_path / "wide.npz",
                      config=TrainConfig(hidden_sizes=(1000,)))
    rewrite(path, meta_change=lambda m: m["config"].update(batch_size=60_000))
    assert trained.load_model_from(path)
    assert trained.controls.config().batch_size == 3148 and trained.controls.is_valid()
    assert trained.statusBar().currentMessage() == (
        f"Loaded {path}: its batch size was more than this network can take in one mini-batch, so it is now 3,148.")


@pytest.mark.parametrize("code, words", [("ko", ("784-30-10", "은닉층")), ("ja", ("784-30-10", "隠れ層"))])
def test_what_was_read_from_the_weights_is_said_in_the_window_s_language(trained, tmp_path, code, words):
    path = save_model(build_network(TrainConfig(hidden_sizes=(30,)), 784, 10), tmp_path / "m.npz")
    rewrite(path, meta_change=lambda m: m["config"].update(hidden_sizes=[100]))
    assert trained.set_language(code)
    try:
        assert trained.load_model_from(path)
        said = trained.statusBar().currentMessage()
        for word in words:
            assert word in said, said
        assert "Loaded" not in said and "weights" not in said
    finally:
        trained.set_language("en")
    assert "was read from its weights" in trained.statusBar().currentMessage()  # made again in English


def test_a_session_whose_batch_is_too_heavy_for_its_network_says_the_batch_it_now_has(trained, tmp_path):
    net = build_network(TrainConfig(hidden_sizes=(1000,), dtype="float64"), 784, 10)
    path = a_session(tmp_path / "wide.npz", net=net, config=TrainConfig(hidden_sizes=(1000,), dtype="float64"))
    rewrite(path, meta_change=lambda m: m["config"].update(batch_size=60_000))
    assert trained.open_session_from(path)
    assert trained.controls.config().batch_size == 3148 and trained.controls.is_valid()
    said = trained.statusBar().currentMessage()
    assert said.startswith(f"Opened {path}: 10 steps on MNIST ")
    assert said.endswith("Its batch size was more than this network can take in one mini-batch, so it is now 3,148.")


def test_a_loaded_book_two_layer_net_trains_on(qtbot, trained, tmp_path):
    path = tmp_path / "book.npz"
    save_model(TwoLayerNet(784, 50, 10, seed=3), path)  # no config: the book's class
    assert trained.load_model_from(path)
    trained.controls.set_config(trained.controls.config().replace(steps=30, eval_every=30))
    loaded_net_is_trained_on(qtbot, trained, path)


@pytest.mark.parametrize("case, words", [
    ("eleven hidden layers", ("11 hidden layers", "1 to 10")),
    ("float16", ("float16", "float32 or float64")),
    ("NaN weight decay", ("weight decay nan",)),
    ("negative weight decay", ("weight decay -0.5",)),
    ("784-20-3 on MNIST", ("3 classes", "10")),
])
def test_a_model_the_window_cannot_train_is_refused_with_the_reason(trained, tmp_path, case, words):
    window = trained
    before = window_state(window)
    path = tmp_path / "stranger.npz"
    if case == "eleven hidden layers":  # one more than the window's limit of 10
        save_model(build_network(TrainConfig(hidden_sizes=(4,) * 10), 784, 10), path)
        content, _ = read_entries(path)
        rewrite(path, arrays={"W11": np.zeros((4, 4)), "b11": np.zeros(4), "W12": np.zeros((4, 10)), "b12": np.zeros(10)},
                meta_change=lambda m: m["architecture"].__setitem__("sizes", [784] + [4] * 11 + [10]))
    else:
        save_model(TwoLayerNet(784, 20, 3 if "784-20-3" in case else 10, seed=0), path)
        content, _ = read_entries(path)
        if case == "float16":
            rewrite(path, arrays={k: v.astype(np.float16) for k, v in content.items()})
        elif "weight decay" in case:
            value = float("nan") if "NaN" in case else -0.5
            rewrite(path, meta_change=lambda m: m["architecture"].__setitem__("weight_decay_lambda", value))
    assert not window.load_model_from(path)
    text = refusal(window, "stranger.npz", *words)
    assert "unchanged" in text
    assert_unchanged(window, before)


def test_saving_a_model_that_fails_says_why_and_that_the_work_is_still_here(trained, tmp_path, monkeypatch):
    window = trained
    before = window_state(window)
    target = tmp_path / "missing" / "m.npz"
    assert not window.save_model_to(target)
    refusal(window, str(target), "Nothing was written", "still in the window")
    assert not target.parent.exists()
    # A network that cannot be saved (NaN weights): a message, not an exception out of the slot.
    window.controller.net.params["W1"][0, 0] = np.nan
    target = tmp_path / "nan.npz"
    assert not window.save_model_to(target)
    refusal(window, "NaN", "still in the window")
    assert not target.exists()
    window.controller.net.params["W1"][0, 0] = before[1]["W1"][0, 0]
    assert_unchanged(window, before)


def test_saving_a_session_that_fails_says_why(trained, tmp_path):
    target = tmp_path / "session.npz"
    target.mkdir()  # a folder where the file should go
    assert not trained.save_session_to(target)
    refusal(trained, str(target), "Nothing was written")


# ---------------------------------------------------------------- sessions ----

@pytest.mark.parametrize("case, words", [
    ("loss 1e300", ("'loss'", "beyond")),
    ("total_step 10**30", ("step count", "whole number")),
    ("total_step before the curves' end", ("beyond the 5 steps",)),
    ("curve declared as 10**10 points", ("curve/loss", "80 GB")),
])
def test_a_session_the_window_cannot_show_changes_nothing_and_a_good_one_opens_after(trained, tmp_path, case,
                                                                                     words):
    window = trained
    before = window_state(window)
    path = a_session(tmp_path / "bad.npz")
    if case == "loss 1e300":
        rewrite(path, arrays={"curve/loss": np.r_[np.linspace(2.3, 0.5, 9), 1e300]})
    elif case.startswith("total_step"):
        value = 10**30 if "10**30" in case else 5
        rewrite(path, meta_change=lambda m: m.__setitem__("total_step", value))
    else:
        from tests.engine.crafted import Entry, npy_header
        content, meta = read_entries(path)
        content.pop("curve/loss")
        entries = npz_entries(content, meta) + [Entry("curve/loss.npy", npy_header((10**10,), np.float64))]
        path.write_bytes(zip_bytes(entries))
    assert not window.open_session_from(path)
    refusal(window, "bad.npz", *words)
    assert_unchanged(window, before)
    good = a_session(tmp_path / "good.npz")
    assert window.open_session_from(good)
    assert window.controller.total_step == 10 and window.plots.n_points == 10
    assert window.controller.net.sizes == [784, 20, 10]


def test_a_session_the_window_opens_it_can_save_again(qtbot, trained, tmp_path):
    window = trained
    net = build_network(TrainConfig(hidden_sizes=(16, 16), dtype="float32"), 784, 10)
    path = a_session(tmp_path / "in.npz", net=net, total_step=10,
                     config=TrainConfig(hidden_sizes=(16, 16), dtype="float32"))
    # A config that disagrees with the arrays: the arrays win, and what is shown is saved.
    rewrite(path, meta_change=lambda m: m["config"].update(hidden_sizes=[50], dtype="float64"))
    assert window.open_session_from(path)
    out = tmp_path / "out.npz"
    assert window.save_session_to(out)
    again = load_session(out)
    original = load_session(path)
    assert again.total_step == original.total_step == 10
    assert again.config == original.config
    for key in original.curves:
        np.testing.assert_array_equal(again.curves[key], original.curves[key])
    for key, value in original.net.params.items():
        np.testing.assert_array_equal(again.net.params[key], value)
    # ... and trains on from it, then saves again.
    window.controls.set_config(window.controls.config().replace(steps=20, eval_every=10))
    assert run_to_end(qtbot, window).kind == "done"
    assert window.controller.net.sizes == [784, 16, 16, 10]
    assert window.save_session_to(tmp_path / "after.npz")
    assert load_session(tmp_path / "after.npz").total_step == 30


def test_the_largest_loss_a_session_may_hold_is_plotted(qtbot, trained, tmp_path):
    """A loss at the limit (float32's largest) is drawn without breaking the plot, in either scale."""
    window = trained
    path = a_session(tmp_path / "big.npz")
    rewrite(path, arrays={"curve/loss": np.r_[np.linspace(2.3, 0.5, 9), np.finfo(np.float32).max]})
    assert window.open_session_from(path)
    for log_y in (False, True):
        window.plots.log_check.setChecked(log_y)
        assert not window.grab().isNull()
        qtbot.wait(10)
    assert window.save_session_to(tmp_path / "again.npz")
