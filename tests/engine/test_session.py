"""Tests for engine.session: exact round trips and atomic writes (refused files: test_session_refused.py)."""
import os

import numpy as np
import pytest

from engine import TrainConfig, TwoLayerNet, build_network
from engine.session import CURVE_KEYS, Session, load_session, save_session
from tests.engine.session_files import (
    assert_same_curves,
    assert_same_net,
    make_curves,
    read_all,
    read_meta,
    saved,
)

# ---------------------------------------------------------------- round trip

def test_round_trip_is_exact(tmp_path):
    config = TrainConfig(hidden_sizes=(20,), lr=0.05, seed=7, eval_every=10, optimizer="adam",
                         weight_init="he", epochs=1.5, train_size=1234, augment=True)
    net = build_network(config)
    net.params["W1"] += np.float32(1e-3) * np.arange(20, dtype=np.float32)  # trained-looking
    curves = make_curves()
    info = {"note": "for Monday", "test_accuracy": 0.9731, "nested": {"a": [1, 2]}}
    path = save_session(tmp_path / "s.npz", net=net, config=config, curves=curves, total_step=1234,
                        dataset_name="Fashion-MNIST", data_dir="/usr/share/datasets/fashion-mnist", info=info)
    assert path == tmp_path / "s.npz"
    session = load_session(path)
    assert isinstance(session, Session)
    assert_same_net(session.net, net)
    assert_same_curves(session.curves, curves)
    assert session.config == config
    assert session.seed == 7
    assert session.total_step == 1234
    assert session.dataset_name == "Fashion-MNIST"
    assert session.data_dir == "/usr/share/datasets/fashion-mnist"
    assert session.info == info
    assert session.net.config == config and session.net.info == info
    x = np.random.default_rng(0).uniform(0, 1, (5, 784)).astype(np.float32)
    assert session.net.predict(x).tobytes() == net.predict(x).tobytes()


def test_session_is_frozen(tmp_path):
    path, _ = saved(tmp_path)
    session = load_session(path)
    with pytest.raises(AttributeError):
        session.total_step = 3


@pytest.mark.parametrize("config", [
    TrainConfig(hidden_sizes=(30, 20, 10), activation="sigmoid", weight_init="xavier", dtype="float64",
                weight_decay=0.01),
    TrainConfig(hidden_sizes=(7, 5, 4, 3, 2), optimizer="momentum", weight_init=0.05),
])
def test_deeper_nets_and_sigmoid(tmp_path, config):
    net = build_network(config)
    path, _ = saved(tmp_path, net=net, config=config)
    session = load_session(path)
    assert_same_net(session.net, net)
    assert session.net.activation == config.activation
    assert session.net.weight_decay_lambda == config.weight_decay
    assert session.config == config
    assert session.net.sizes == [784, *config.hidden_sizes, 10]


def test_book_two_layer_net_with_weight_decay(tmp_path):
    """A TwoLayerNet keeps its class, and the weight decay the controller gave it."""
    net = TwoLayerNet(784, 20, 10, seed=0)
    net.weight_decay_lambda = 0.1
    path, _ = saved(tmp_path, net=net)
    loaded = load_session(path).net
    assert type(loaded) is TwoLayerNet
    assert loaded.weight_decay_lambda == 0.1
    assert_same_net(loaded, net)


@pytest.mark.parametrize("bug", ["relu-no-mask", "affine-double-db", "softmax-no-batch-divide"])
def test_a_planted_bug_survives(tmp_path, bug):
    config = TrainConfig(hidden_sizes=(20,), bug=bug)
    net = build_network(config)
    assert net.bug == bug
    path, _ = saved(tmp_path, net=net, config=config)
    session = load_session(path)
    assert session.net.bug == bug and session.config.bug == bug
    rng = np.random.default_rng(1)
    x, t = rng.uniform(0, 1, (8, 784)).astype(np.float32), np.arange(8) % 10
    want, got = net.gradient(x, t), session.net.gradient(x, t)
    for key in want:
        assert got[key].tobytes() == want[key].tobytes()  # the same (wrong) gradient


def test_sigmoid_bug_survives(tmp_path):
    config = TrainConfig(hidden_sizes=(20,), activation="sigmoid", bug="sigmoid-uses-input")
    net = build_network(config)
    path, _ = saved(tmp_path, net=net, config=config)
    assert type(load_session(path).net.layers["Sigmoid1"]) is type(net.layers["Sigmoid1"])


def test_the_net_s_own_bug_is_kept_even_if_the_config_differs(tmp_path):
    """A loaded model may carry a config with a bug while the net has none: the net's state is what reopens."""
    config = TrainConfig(hidden_sizes=(20,), bug="relu-no-mask")
    net = build_network(config.replace(bug=None))
    path, _ = saved(tmp_path, net=net, config=config)
    session = load_session(path)
    assert session.net.bug is None and session.config.bug == "relu-no-mask"


def test_empty_curves_and_step_zero(tmp_path):
    empty = {key: np.zeros(0) for key in CURVE_KEYS}
    path, net = saved(tmp_path, curves=empty, total_step=0, info=None)
    session = load_session(path)
    assert session.total_step == 0 and session.info == {}
    assert all(session.curves[key].shape == (0,) for key in CURVE_KEYS)


def test_float32_and_list_curves_are_stored_as_float64(tmp_path):
    curves = {key: np.asarray(value, dtype=np.float32) for key, value in make_curves().items()}
    curves["eval_step"] = [0, 10, 20]
    curves["train_acc"] = [0.1, 0.5, 0.75]
    curves["test_acc"] = [0.1, 0.5, 0.7]
    path, _ = saved(tmp_path, curves=curves)
    loaded = load_session(path).curves
    assert_same_curves(loaded, curves)


def test_large_curves(tmp_path):
    n = 200_000
    curves = make_curves(n_loss=n, n_eval=2001)
    path, _ = saved(tmp_path, curves=curves, total_step=n)
    assert_same_curves(load_session(path).curves, curves)


def test_data_dir_as_path(tmp_path):
    path, _ = saved(tmp_path, data_dir=tmp_path / "fashion")
    assert load_session(path).data_dir == str(tmp_path / "fashion")


def test_file_layout(tmp_path):
    """The documented entries, and nothing that needs pickle."""
    path, _ = saved(tmp_path)
    content = read_all(path)
    assert set(content) == {"param/W1", "param/b1", "param/W2", "param/b2", "__meta__"} | {
        "curve/" + key for key in CURVE_KEYS}
    assert all(value.dtype.kind != "O" for value in content.values())
    meta = read_meta(path)
    assert meta["format"] == "backprop-lab-session" and meta["version"] == 1
    assert meta["seed"] == 7 and meta["total_step"] == 37
    assert meta["dataset"] == {"name": "MNIST", "data_dir": None}


# ---------------------------------------------------------------- atomic writes

def test_save_leaves_no_temporary_files(tmp_path):
    saved(tmp_path)
    saved(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.npz"]


def test_saved_file_has_ordinary_permissions(tmp_path):
    path, _ = saved(tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failed_save_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    path, _ = saved(tmp_path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", boom)
    with pytest.raises(OSError, match="disk full"):
        saved(tmp_path, total_step=99)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.npz"]


@pytest.mark.parametrize("change", [
    {"curves": dict(make_curves(), loss=np.zeros(3))},
    {"curves": dict(make_curves(), test_acc=np.zeros(1))},
    {"curves": {k: v for k, v in make_curves().items() if k != "loss"}},
    {"curves": dict(make_curves(), extra=np.zeros(3))},
    {"curves": dict(make_curves(), loss_step=np.arange(37.0)[::-1].copy())},
    {"curves": dict(make_curves(), loss=np.full(37, np.nan))},
    {"total_step": -1},
    {"total_step": 3.5},
    {"info": {"bad": object()}},
    {"config": {"lr": 0.1}, "net": TwoLayerNet(784, 20, 10, seed=0)},
])
def test_saving_what_could_not_be_read_back_is_refused(tmp_path, change):
    with pytest.raises(ValueError, match="cannot save") as caught:
        saved(tmp_path, **change)
    assert str(tmp_path / "session.npz") in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_saving_a_diverged_net_is_refused(tmp_path):
    net = build_network(TrainConfig(hidden_sizes=(20,)))
    net.params["W2"][0, 0] = np.inf
    with pytest.raises(ValueError, match="W2"):
        saved(tmp_path, net=net)
    assert list(tmp_path.iterdir()) == []
