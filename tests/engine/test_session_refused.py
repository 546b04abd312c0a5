"""engine.session refusing bad files, without unpickling anything and without touching them."""
import os

import numpy as np
import pytest

from engine import TwoLayerNet
from engine.session import SessionFileError
from tests.engine.session_files import Bait, assert_refused, read_meta, rewrite, saved

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
