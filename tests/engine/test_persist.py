"""Tests for engine.persist: .npz model files, atomic writes, and refusing bad files without pickle."""

import gc
import json
import os
import warnings

import numpy as np
import pytest

from engine import ModelFileError, MultiLayerNet, TrainConfig, TwoLayerNet, build_network, load_model, save_model


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


@pytest.fixture
def x():
    return np.random.default_rng(0).uniform(0, 1, (7, 784))


def saved(tmp_path, name="model.npz", net=None, **kwargs):
    net = net if net is not None else TwoLayerNet(784, 20, 10, seed=0)
    return save_model(net, tmp_path / name, **kwargs), net


def rewrite(path, drop=(), meta=None, **arrays):
    """Rewrite a model file with some arrays replaced, dropped, or new metadata."""
    with np.load(path, allow_pickle=False) as archive:
        content = {key: archive[key] for key in archive.files}
    for key in drop:
        content.pop(key)
    content.update(arrays)
    if meta is not None:
        content["__meta__"] = np.array(json.dumps(meta))
    np.savez(path, **content)
    return path


def read_meta(path):
    with np.load(path, allow_pickle=False) as archive:
        return json.loads(str(archive["__meta__"]))


def refuse(path):
    """Load ``path`` expecting ModelFileError; return its message and any ResourceWarnings.

    The ResourceWarnings (a file handle left open by the failed load) are
    collected here, inside the block, so that a leak is reported by the test
    that looks for it (test_refusing_a_broken_zip_closes_the_file) instead of
    surfacing at random later in the session.
    """
    message = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            load_model(path)
        except ModelFileError as exc:
            message = str(exc)
        # leaving the except block dropped the traceback; collect what it held
        gc.collect()
    assert message is not None, f"{path} was not refused"
    return message, [w for w in caught if issubclass(w.category, ResourceWarning)]


def assert_refused(path, *words):
    message, _ = refuse(path)
    assert str(path) in message
    for word in words:
        assert word in message
    return message


# ---------------------------------------------------------------- round trip

def test_round_trip_two_layer_net(tmp_path, x):
    config = TrainConfig(lr=0.05, steps=1234, seed=7)
    net = TwoLayerNet(784, 20, 10, seed=0)
    net.params["b1"][...] = np.linspace(-1, 1, 20)
    path = save_model(net, tmp_path / "two.npz", config=config, info={"test_accuracy": 0.9731, "note": "ok"})
    assert path == tmp_path / "two.npz" and path.is_file()
    loaded = load_model(path)
    assert type(loaded) is TwoLayerNet
    assert list(loaded.params) == list(net.params)
    for key in net.params:
        assert loaded.params[key].dtype == np.float64
        np.testing.assert_array_equal(loaded.params[key], net.params[key])
        assert loaded.layers["Affine1"].W is loaded.params["W1"]
    # The file keeps the config's training settings, with the architecture the arrays have.
    assert loaded.config == config.replace(hidden_sizes=(20,), dtype="float64")
    assert loaded.config_derived == ()
    assert loaded.info == {"test_accuracy": 0.9731, "note": "ok"}
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))
    assert loaded.architecture() == net.architecture()


def test_round_trip_multi_layer_net_float32(tmp_path, x):
    config = TrainConfig(hidden_sizes=(30, 20), activation="sigmoid", weight_decay=0.01, dtype="float32")
    net = build_network(config)  # keeps config on the net
    path, _ = saved(tmp_path, "deep.npz", net=net)
    loaded = load_model(path)
    assert isinstance(loaded, MultiLayerNet)
    assert loaded.sizes == [784, 30, 20, 10]
    assert loaded.activation == "sigmoid"
    assert loaded.weight_decay_lambda == 0.01
    assert loaded.dtype == np.float32
    assert loaded.config == config  # net.config used when none is given
    assert loaded.info == {}
    x32 = x.astype(np.float32)
    np.testing.assert_array_equal(loaded.predict(x32), net.predict(x32))
    t = np.arange(7) % 10
    assert loaded.loss(x32, t) == net.loss(x32, t)


def test_round_trip_without_config(tmp_path):
    path, _ = saved(tmp_path)
    loaded = load_model(path)
    assert read_meta(path)["config"] is None
    # The loaded net says its architecture as a config (for the window's controls) and that it was derived.
    assert loaded.config == TrainConfig(hidden_sizes=(20,), dtype="float64")
    assert loaded.config_derived[0] == "config"


def test_saving_twice_replaces_the_file(tmp_path):
    path, _ = saved(tmp_path)
    other = TwoLayerNet(784, 20, 10, seed=1)
    save_model(other, path)
    np.testing.assert_array_equal(load_model(path).params["W1"], other.params["W1"])


# ---------------------------------------------------------------- atomic writes

def test_save_leaves_no_temporary_files(tmp_path):
    saved(tmp_path)
    saved(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]


def test_failed_save_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    path, net = saved(tmp_path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", boom)
    with pytest.raises(OSError, match="disk full"):
        save_model(TwoLayerNet(784, 20, 10, seed=3), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]


# ---------------------------------------------------------------- refused files

def test_model_file_error_is_a_value_error():
    assert issubclass(ModelFileError, ValueError)


def test_missing_file(tmp_path):
    assert_refused(tmp_path / "nowhere.npz")


def test_a_folder_is_not_a_model(tmp_path):
    assert_refused(tmp_path)


def test_garbage_bytes(tmp_path):
    path = tmp_path / "garbage.npz"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    assert_refused(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.npz"
    path.write_bytes(b"")
    assert_refused(path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.1])
def test_truncated_file(tmp_path, keep):
    path, _ = saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    assert_refused(path)


@pytest.mark.parametrize("name", ["array.npy", "array.npz"])
def test_plain_npy(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as f:
        np.save(f, np.zeros((784, 50)))
    assert_refused(path)


def test_npz_without_meta(tmp_path):
    path = tmp_path / "plain.npz"
    net = TwoLayerNet(784, 20, 10, seed=0)
    np.savez(path, **net.params)
    assert_refused(path, "__meta__")


def test_pickled_object_array_is_refused_without_unpickling(tmp_path):
    path, _ = saved(tmp_path)
    marker = tmp_path / "pwned.txt"
    rewrite(path, W1=np.array([Bait(str(marker))], dtype=object))  # np.savez pickles it
    assert_refused(path)
    assert not marker.exists()

    # the bait is real: a loader that allowed pickle would have run it
    with np.load(path, allow_pickle=True) as archive:
        archive["W1"]
    assert marker.exists()


def test_wrong_shapes(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, W2=np.zeros((20, 9)))
    assert_refused(path, "W2")


def test_missing_parameter(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, drop=["b2"])
    assert_refused(path)


def test_extra_parameter(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, W3=np.zeros((10, 10)))
    assert_refused(path)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_params(tmp_path, bad):
    path, net = saved(tmp_path)
    W2 = net.params["W2"].copy()
    W2[3, 4] = bad
    rewrite(path, W2=W2)
    assert_refused(path, "W2")


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_saving_a_diverged_net_is_refused(tmp_path, bad):
    net = TwoLayerNet(784, 20, 10, seed=0)
    net.params["W2"][3, 4] = bad
    with pytest.raises(ValueError, match="cannot save the model: parameter W2 contains NaN"):
        saved(tmp_path, net=net)
    assert list(tmp_path.iterdir()) == []


def test_integer_params(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, b1=np.zeros(20, dtype=np.int64))
    assert_refused(path, "b1")


def test_mixed_dtypes(tmp_path):
    path, _ = saved(tmp_path)
    rewrite(path, b1=np.zeros(20, dtype=np.float32))
    assert_refused(path)


@pytest.mark.parametrize("change", [
    {"format": "something-else"},
    {"version": 99},
    {"architecture": {}},
    {"architecture": {"class": "TwoLayerNet", "sizes": [784, 10]}},
    {"config": {"lr": -5}},
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
    assert_refused(path)


def test_architecture_disagreeing_with_arrays(tmp_path):
    path, _ = saved(tmp_path)
    meta = read_meta(path)
    meta["architecture"]["sizes"] = [784, 21, 10]
    rewrite(path, meta=meta)
    assert_refused(path)


@pytest.mark.parametrize("case", ["truncated", "fake-zip"])
def test_refusing_a_broken_zip_closes_the_file(tmp_path, case):
    if case == "truncated":
        path, _ = saved(tmp_path)
        path.write_bytes(path.read_bytes()[:1000])
    else:
        path = tmp_path / "fake.npz"
        path.write_bytes(b"PK\x03\x04 not really a zip")
    _, leaks = refuse(path)
    assert leaks == []


def test_a_refused_file_is_left_alone(tmp_path):
    path = tmp_path / "garbage.npz"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    before = path.read_bytes()
    assert_refused(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["garbage.npz"]
