"""Tests for engine.session: exact round trips, atomic writes, and refusing bad files without pickle."""

import gc
import json
import os
import warnings

import numpy as np
import pytest

from engine import TrainConfig, TwoLayerNet, build_network
from engine.session import CURVE_KEYS, Session, SessionFileError, load_session, save_session


def _plant(marker):
    """What a malicious pickle would run on load: it leaves a marker file behind."""
    with open(marker, "w") as f:
        f.write("unpickled")
    return 0


class Bait:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (_plant, (self.marker,))


def make_curves(n_loss=37, n_eval=4, seed=0):
    """Curves as the plots hold them: awkward floats, a NaN train accuracy at step 0."""
    rng = np.random.default_rng(seed)
    loss_step = np.arange(1, n_loss + 1, dtype=np.float64)
    loss = 2.3 * np.exp(-loss_step / 20) + rng.uniform(0, 0.1, n_loss)  # not round numbers
    eval_step = np.linspace(0, n_loss, n_eval).round()
    train = rng.uniform(0, 1, n_eval)
    train[0] = np.nan
    test = rng.uniform(0, 1, n_eval)
    return {"loss_step": loss_step, "loss": loss, "eval_step": eval_step, "train_acc": train, "test_acc": test}


def saved(tmp_path, name="session.npz", net=None, config=None, **kwargs):
    config = config or TrainConfig(hidden_sizes=(20,), lr=0.05, seed=7, eval_every=10)
    net = net if net is not None else build_network(config)
    args = dict(net=net, config=config, curves=make_curves(), total_step=37, dataset_name="MNIST",
                data_dir=None, info={"note": "ok"})
    args.update(kwargs)
    return save_session(tmp_path / name, **args), net


def read_all(path):
    with np.load(path, allow_pickle=False) as archive:
        return {key: archive[key] for key in archive.files}


def rewrite(path, drop=(), meta=None, **arrays):
    """Rewrite a session file with some entries replaced, dropped, or new metadata."""
    content = read_all(path)
    for key in drop:
        content.pop(key)
    content.update(arrays)
    if meta is not None:
        content["__meta__"] = np.array(json.dumps(meta))
    np.savez(path, **content)
    return path


def read_meta(path):
    return json.loads(str(read_all(path)["__meta__"]))


def assert_refused(path, *words):
    """load_session(path) raises SessionFileError naming the file (and ``words``); no file handle leaks."""
    message = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            load_session(path)
        except SessionFileError as exc:
            message = str(exc)
        gc.collect()
    assert message is not None, f"{path} was not refused"
    assert message.startswith(str(path)), message
    for word in words:
        assert word in message, message
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    return message


def assert_same_net(a, b):
    assert type(a) is type(b)
    assert list(a.params) == list(b.params)
    for key in a.params:
        assert a.params[key].dtype == b.params[key].dtype
        assert a.params[key].tobytes() == b.params[key].tobytes()  # bit for bit
    assert a.architecture() == b.architecture()
    assert a.bug == b.bug
    assert a.layers["Affine1"].W is a.params["W1"]  # the layers use the loaded arrays


def assert_same_curves(a, b):
    assert set(a) == set(b) == set(CURVE_KEYS)
    for key in CURVE_KEYS:
        assert a[key].dtype == np.float64
        assert a[key].tobytes() == np.asarray(b[key], dtype=np.float64).tobytes(), key  # NaN included


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


# ---------------------------------------------------------------- refused files

def test_session_file_error_is_a_value_error():
    assert issubclass(SessionFileError, ValueError)


def test_missing_file(tmp_path):
    assert_refused(tmp_path / "nowhere.npz", "no such file")


def test_a_folder_is_not_a_session(tmp_path):
    assert_refused(tmp_path)


def test_garbage_bytes(tmp_path):
    path = tmp_path / "garbage.npz"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    assert_refused(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.npz"
    path.write_bytes(b"")
    assert_refused(path)


def test_fake_zip(tmp_path):
    path = tmp_path / "fake.npz"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    before = path.read_bytes()
    assert_refused(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.999])
def test_truncated_file(tmp_path, keep):
    path, _ = saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    assert_refused(path)


def test_plain_npy(tmp_path):
    path = tmp_path / "array.npz"
    with open(path, "wb") as f:
        np.save(f, np.zeros((784, 50)))
    assert_refused(path, "not a session file")


def test_a_model_file_is_not_a_session(tmp_path):
    from engine import save_model

    path = save_model(TwoLayerNet(784, 20, 10, seed=0), tmp_path / "model.npz")
    assert_refused(path, "wrong format tag")


def test_npz_without_meta(tmp_path):
    path = tmp_path / "plain.npz"
    np.savez(path, **{"param/" + k: v for k, v in TwoLayerNet(784, 20, 10, seed=0).params.items()})
    assert_refused(path, "__meta__")


@pytest.mark.parametrize("key", ["param/W1", "curve/loss", "__meta__"])
def test_pickled_object_array_is_refused_without_unpickling(tmp_path, key):
    path, _ = saved(tmp_path)
    marker = tmp_path / "pwned.txt"
    rewrite(path, **{key: np.array([Bait(str(marker))], dtype=object)})  # np.savez pickles it
    assert_refused(path)
    assert not marker.exists()
    # the bait is real: a loader that allowed pickle would have run it
    with np.load(path, allow_pickle=True) as archive:
        archive[key]
    assert marker.exists()


@pytest.mark.parametrize("key", ["param/b2", "curve/loss", "curve/eval_step", "curve/test_acc"])
def test_missing_entry(tmp_path, key):
    path, _ = saved(tmp_path)
    rewrite(path, drop=[key])
    assert_refused(path, key.split("/")[1])


def test_unexpected_entry(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, other=np.zeros(3))
    assert_refused(path, "other")


def test_extra_parameter(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, **{"param/W3": np.zeros((10, 10), dtype=np.float32)})
    assert_refused(path)


def test_wrong_shape(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, **{"param/W2": np.zeros((20, 9), dtype=np.float32)})
    assert_refused(path, "W2", "shape")


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_params(tmp_path, bad):
    path, net = saved(tmp_path)
    W1 = net.params["W1"].copy()
    W1[3, 4] = bad
    rewrite(path, **{"param/W1": W1})
    assert_refused(path, "W1", "NaN")


def test_integer_params(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, **{"param/b1": np.zeros(20, dtype=np.int64)})
    assert_refused(path, "b1", "dtype")


def test_mixed_dtypes(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, **{"param/b1": np.zeros(20, dtype=np.float64)})
    assert_refused(path, "mix")


@pytest.mark.parametrize("key, n", [("curve/loss", 36), ("curve/loss_step", 38), ("curve/train_acc", 3),
                                    ("curve/test_acc", 5), ("curve/eval_step", 0)])
def test_curves_of_mismatched_lengths(tmp_path, key, n):
    path, _ = saved(tmp_path)
    rewrite(path, **{key: np.linspace(0, 1, n)})
    assert_refused(path, "mismatched lengths")


@pytest.mark.parametrize("key, value, word", [
    ("curve/loss", np.full(37, np.nan), "loss"),
    ("curve/loss_step", np.ones(37), "increase"),
    ("curve/loss_step", np.arange(37) + 0.5, "whole number"),
    ("curve/eval_step", np.array([0.0, 10.0, 5.0, 20.0]), "increase"),
    ("curve/test_acc", np.array([0.1, 0.2, 1.5, 0.3]), "test_acc"),
    ("curve/train_acc", np.array([0.1, -0.2, 0.5, 0.3]), "train_acc"),
    ("curve/loss", np.zeros((37, 1)), "shape"),
    ("curve/loss", np.array(["a"] * 37), "dtype"),
])
def test_bad_curve_values(tmp_path, key, value, word):
    path, _ = saved(tmp_path)
    rewrite(path, **{key: value})
    assert_refused(path, word)


@pytest.mark.parametrize("change", [
    {"format": "backprop-lab-model"},
    {"version": 2},
    {"architecture": {}},
    {"architecture": "sizes"},
    {"architecture": {"class": "MultiLayerNet", "sizes": [784, 10]}},
    {"architecture": {"class": "MultiLayerNet", "sizes": [784, 20, 10], "activation": "tanh",
                      "weight_decay_lambda": 0.0}},
    {"architecture": {"class": "TwoLayerNet", "sizes": [784, 20, 10], "activation": "sigmoid",
                      "weight_decay_lambda": 0.0}},
    {"bug": "no-such-bug"},
    {"config": None},
    {"config": {"lr": -5}},
    {"seed": 8},
    {"total_step": -1},
    {"total_step": "12"},
    {"total_step": None},
    {"dataset": None},
    {"dataset": {"name": 3, "data_dir": None}},
    {"dataset": {"name": "MNIST", "data_dir": 5}},
    {"info": [1, 2]},
])
def test_bad_metadata(tmp_path, change):
    path, _ = saved(tmp_path)
    meta = read_meta(path)
    meta.update(change)
    rewrite(path, meta=meta)
    assert_refused(path)


def test_metadata_not_json(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, __meta__=np.array("{not json"))
    assert_refused(path, "JSON")


def test_metadata_not_text(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, __meta__=np.zeros(3))
    assert_refused(path, "__meta__")


def test_architecture_disagreeing_with_arrays(tmp_path):
    path, _ = saved(tmp_path)
    meta = read_meta(path)
    meta["architecture"]["sizes"] = [784, 21, 10]
    rewrite(path, meta=meta)
    assert_refused(path)


def test_a_refused_file_is_left_alone(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, **{"curve/loss": np.zeros(3)})
    before = path.read_bytes()
    assert_refused(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["session.npz"]
