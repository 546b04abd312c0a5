"""Tests for engine.data: load_mnist, load_dataset and the cache (bad files: test_data_files.py)."""

import shutil

import numpy as np
import pytest

from engine import data, data_cache
from engine.data import (
    FASHION_CLASS_NAMES,
    MNIST_CLASS_NAMES,
    Dataset,
    default_cache_dir,
    load_dataset,
    load_mnist,
)
from tests.engine.idx_files import cache_entries, make_folder

TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
BUNDLED = data._bundled_sources()

# --------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def mnist_cache(tmp_path_factory):
    """A cache folder filled by one cold load of the bundled MNIST."""
    cache = tmp_path_factory.mktemp("mnist-cache")
    load_mnist(cache_dir=cache)
    return cache


@pytest.fixture(scope="module")
def raw(mnist_cache):
    """Bundled MNIST as uint8 (N, 28, 28) images and uint8 labels, from the cache."""
    (x, t), (x_test, t_test) = load_mnist(False, False, False, cache_dir=mnist_cache)
    return {"train_img": x[:, 0], "train_label": t,
            "test_img": x_test[:, 0], "test_label": t_test}


# ------------------------------------------------------------- load_mnist

@pytest.mark.parametrize("normalize", [True, False])
@pytest.mark.parametrize("flatten", [True, False])
@pytest.mark.parametrize("one_hot_label", [True, False])
def test_load_mnist_shapes_dtypes_values(mnist_cache, raw, normalize, flatten, one_hot_label):
    (x_train, t_train), (x_test, t_test) = load_mnist(
        normalize, flatten, one_hot_label, cache_dir=mnist_cache)
    for x, t, n, part in ((x_train, t_train, 60000, "train"), (x_test, t_test, 10000, "test")):
        assert x.shape == ((n, 784) if flatten else (n, 1, 28, 28))
        if normalize:
            assert x.dtype == np.float32
            assert 0.0 <= x.min() and x.max() == 1.0
            # the book: astype(float32) then /= 255.0
            expected = raw[f"{part}_img"].astype(np.float32)
            expected /= 255.0
            assert np.array_equal(x.reshape(n, 28, 28), expected)
        else:
            assert x.dtype == np.uint8 and x.max() == 255
            assert np.array_equal(x.reshape(n, 28, 28), raw[f"{part}_img"])
        if one_hot_label:
            assert t.shape == (n, 10) and t.dtype == np.float32
        else:
            assert t.shape == (n,) and t.dtype == np.uint8
            assert np.array_equal(t, raw[f"{part}_label"])


def test_label_counts(raw):
    assert np.bincount(raw["train_label"], minlength=10).tolist() == TRAIN_COUNTS
    assert np.bincount(raw["test_label"], minlength=10).tolist() == TEST_COUNTS


def test_one_hot_labels(mnist_cache, raw):
    (_, T), (_, T_test) = load_mnist(one_hot_label=True, cache_dir=mnist_cache)
    for T_, t in ((T, raw["train_label"]), (T_test, raw["test_label"])):
        assert set(np.unique(T_)) == {0.0, 1.0}
        assert np.array_equal(T_.sum(axis=1), np.ones(len(t), np.float32))
        assert np.array_equal(T_.argmax(axis=1), t)


def test_first_bundled_labels_are_the_known_ones(raw):
    assert raw["train_label"][:5].tolist() == [5, 0, 4, 1, 9]
    assert raw["test_label"][:5].tolist() == [7, 2, 1, 0, 4]


def test_arrays_are_fresh_and_writable(mnist_cache):
    (x1, t1), _ = load_mnist(False, cache_dir=mnist_cache)
    (x2, _), _ = load_mnist(False, cache_dir=mnist_cache)
    assert x1.flags.writeable and t1.flags.writeable
    x1[0] = 7
    assert not np.array_equal(x1[0], x2[0])


# ------------------------------------------------------------------ cache

def test_cache_written_and_used(mnist_cache, raw, monkeypatch):
    (entry,) = cache_entries(mnist_cache)
    assert entry.name.startswith("mnist-")
    for key in data._FILES:
        assert (entry / f"{key}.npy").is_file()
    assert not list(entry.glob("*.tmp"))

    def no_decoding(*args, **kwargs):
        raise AssertionError("the sources were decoded although the cache is valid")

    monkeypatch.setattr(data, "_decode", no_decoding)
    (x, t), (x_test, t_test) = load_mnist(False, False, cache_dir=mnist_cache)
    assert np.array_equal(x[:, 0], raw["train_img"])
    assert np.array_equal(t_test, raw["test_label"])


def test_corrupt_mnist_cache_is_rebuilt(mnist_cache, raw, tmp_path):
    (entry,) = cache_entries(mnist_cache)
    cache = tmp_path / "cache"
    shutil.copytree(entry, cache / entry.name)
    (cache / entry.name / "train_img.npy").write_bytes(b"garbage, not an npy file")
    (x, t), _ = load_mnist(False, False, cache_dir=cache)
    assert np.array_equal(x[:, 0], raw["train_img"])
    assert np.array_equal(t, raw["train_label"])
    assert np.load(cache / entry.name / "train_img.npy").shape == (60000, 28, 28)


def _truncate(path):
    path.write_bytes(path.read_bytes()[:-50])


def _garbage(path):
    path.write_bytes(b"\x93NUMPY garbage" * 3)


def _wrong_shape(path):
    np.save(path, np.zeros((3, 28, 28), np.uint8))


def _bit_flip(path):
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0xFF
    path.write_bytes(bytes(raw))


def _pickled(path):
    np.save(path, np.array([{"a": 1}], dtype=object), allow_pickle=True)


def _zip(path):
    with open(path, "wb") as f:
        np.savez(f, a=np.zeros(3))


@pytest.mark.parametrize("damage", [_truncate, _garbage, _wrong_shape, _bit_flip, _pickled, _zip])
@pytest.mark.parametrize("key", ["train_img", "test_label"])
def test_damaged_cache_file_is_rebuilt(tmp_path, damage, key):
    arrays = make_folder(tmp_path / "set")
    cache = tmp_path / "cache"
    load_mnist(data_dir=tmp_path / "set", cache_dir=cache)
    (entry,) = cache_entries(cache)
    damage(entry / f"{key}.npy")
    (x, t), (x_test, t_test) = load_mnist(False, False, data_dir=tmp_path / "set", cache_dir=cache)
    assert np.array_equal(x[:, 0], arrays["train_img"])
    assert np.array_equal(t_test, arrays["test_label"])
    again = np.load(entry / f"{key}.npy", allow_pickle=False)
    assert np.array_equal(again, arrays[key])


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"arrays": {}}', b"[]"])
def test_damaged_manifest_is_rebuilt(tmp_path, content):
    arrays = make_folder(tmp_path / "set")
    cache = tmp_path / "cache"
    load_mnist(data_dir=tmp_path / "set", cache_dir=cache)
    (entry,) = cache_entries(cache)
    (entry / "manifest.json").write_bytes(content)
    (_, t), _ = load_mnist(data_dir=tmp_path / "set", cache_dir=cache)
    assert np.array_equal(t, arrays["train_label"])
    assert cache_entries(cache) == [entry]


def test_different_data_sets_never_collide(tmp_path):
    cache = tmp_path / "cache"
    a = make_folder(tmp_path / "a", seed=1)
    b = make_folder(tmp_path / "b", seed=2)
    (xa, _), _ = load_mnist(False, data_dir=tmp_path / "a", cache_dir=cache)
    (xb, _), _ = load_mnist(False, data_dir=tmp_path / "b", cache_dir=cache)
    assert np.array_equal(xa.reshape(-1, 28, 28), a["train_img"])
    assert np.array_equal(xb.reshape(-1, 28, 28), b["train_img"])
    assert len(cache_entries(cache)) == 2


def test_changed_source_file_is_not_served_from_cache(tmp_path):
    cache = tmp_path / "cache"
    make_folder(tmp_path / "set", n_train=50, seed=1)
    load_mnist(data_dir=tmp_path / "set", cache_dir=cache)
    new = make_folder(tmp_path / "set", n_train=60, seed=2)
    (x, t), _ = load_mnist(False, data_dir=tmp_path / "set", cache_dir=cache)
    assert x.shape == (60, 784)
    assert np.array_equal(t, new["train_label"])


def test_cache_disabled(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    make_folder(tmp_path / "set")
    load_mnist(data_dir=tmp_path / "set", cache_dir=False)
    assert not (tmp_path / "xdg" / "backprop-lab").exists()
    assert not (tmp_path / "home").exists()


def test_default_cache_dir_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "backprop-lab"
    assert default_cache_dir().is_dir()
    make_folder(tmp_path / "set")
    load_mnist(data_dir=tmp_path / "set")
    assert len(cache_entries(tmp_path / "xdg" / "backprop-lab")) == 1


def test_default_cache_dir_home_when_xdg_relative(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "backprop-lab"


def test_default_cache_dir_falls_back_to_tempdir(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "xdg"))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv("HOME", str(blocker / "home"))
    monkeypatch.setattr(data_cache.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    cache = default_cache_dir()
    assert cache.parent == tmp_path / "tmp"
    assert cache.name.startswith("backprop-lab-")
    make_folder(tmp_path / "set")
    load_mnist(data_dir=tmp_path / "set")
    assert len(cache_entries(cache)) == 1


def test_unwritable_cache_dir_still_loads(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    arrays = make_folder(tmp_path / "set")
    (_, t), _ = load_mnist(data_dir=tmp_path / "set", cache_dir=blocker / "cache")
    assert np.array_equal(t, arrays["train_label"])



# ------------------------------------------------------ other data folders

@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("sep", ["-", "."])
def test_other_folder_formats(tmp_path, gz, sep):
    arrays = make_folder(tmp_path / "digits", gz=gz, sep=sep)
    (x, t), (x_test, t_test) = load_mnist(
        False, False, data_dir=tmp_path / "digits", cache_dir=tmp_path / "cache")
    assert x.shape == (50, 1, 28, 28) and x_test.shape == (20, 1, 28, 28)
    assert np.array_equal(x[:, 0], arrays["train_img"])
    assert np.array_equal(t, arrays["train_label"])
    assert np.array_equal(x_test[:, 0], arrays["test_img"])
    assert np.array_equal(t_test, arrays["test_label"])


def test_load_dataset_bundled(mnist_cache, raw):
    ds = load_dataset(cache_dir=mnist_cache)
    assert isinstance(ds, Dataset)
    assert ds.name == "MNIST" and ds.class_names == MNIST_CLASS_NAMES
    assert ds.x_train.shape == (60000, 784) and ds.x_train.dtype == np.float32
    assert ds.x_test.shape == (10000, 784) and ds.x_test.dtype == np.float32
    assert ds.t_train.dtype == np.int64 and ds.t_test.dtype == np.int64
    assert np.array_equal(ds.t_train, raw["train_label"])
    assert float(ds.x_test.max()) == 1.0 and float(ds.x_test.min()) == 0.0
    assert not ds.x_train.flags.writeable and not ds.t_test.flags.writeable
    assert "MNIST" in repr(ds) and "60000" in repr(ds)
    with pytest.raises(AttributeError):
        ds.name = "other"


def test_load_dataset_fashion(tmp_path):
    arrays = make_folder(tmp_path / "Fashion_MNIST_data", gz=True, sep=".")
    ds = load_dataset(tmp_path / "Fashion_MNIST_data", cache_dir=tmp_path / "cache")
    assert ds.name == "Fashion-MNIST" and ds.class_names == FASHION_CLASS_NAMES
    assert len(FASHION_CLASS_NAMES) == 10 and FASHION_CLASS_NAMES[9] == "Ankle boot"
    assert ds.x_train.shape == (50, 784) and ds.t_test.shape == (20,)
    assert np.array_equal(ds.t_test, arrays["test_label"].astype(np.int64))
    assert np.allclose(ds.x_train * 255.0, arrays["train_img"].reshape(50, -1))


def test_load_dataset_other_folder_named_after_it(tmp_path):
    make_folder(tmp_path / "my-digits")
    ds = load_dataset(str(tmp_path / "my-digits"), cache_dir=False)
    assert ds.name == "my-digits" and ds.class_names == MNIST_CLASS_NAMES


def test_bundled_folder_as_data_dir_is_the_bundled_set(mnist_cache, monkeypatch):
    monkeypatch.setattr(data, "_decode", lambda *a: pytest.fail("cache not used"))
    ds = load_dataset(data._bundled_dir(), cache_dir=mnist_cache)
    assert ds.name == "MNIST"
