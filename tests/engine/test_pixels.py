"""Tests for engine.pixels and the Dataset's uint8 storage: same values as the float32 it replaces."""

import numpy as np
import pytest

from engine import Dataset, load_dataset, load_mnist
from engine.pixels import Pixels, to_float32


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(cache_dir=tmp_path_factory.mktemp("cache"))


def old_division(raw):
    """How the Dataset made its float32 pixels before: one np.divide into float32."""
    return np.divide(raw, np.float32(255.0), dtype=np.float32)


def same_bits(a, b):
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def test_to_float32_every_byte_value_as_the_old_division_and_the_books_steps():
    raw = np.arange(256, dtype=np.uint8)
    book = raw.astype(np.float32)
    book /= 255.0  # the book's load_mnist
    got = to_float32(raw)
    assert same_bits(got, old_division(raw)) and same_bits(got, book)
    assert got[0] == 0.0 and got[255] == 1.0


def test_to_float32_writes_into_out():
    raw = np.array([[0, 51, 255]], dtype=np.uint8)
    out = np.full((1, 3), -1.0, dtype=np.float32)
    assert to_float32(raw, out=out) is out
    np.testing.assert_array_equal(out, np.array([[0.0, 0.2, 1.0]], dtype=np.float32))


def test_dataset_stores_uint8(ds):
    assert isinstance(ds, Dataset)
    for x, n in ((ds.x_train, 60000), (ds.x_test, 10000)):
        assert isinstance(x, Pixels)
        assert x.uint8.dtype == np.uint8 and x.uint8.shape == (n, 784)
        assert x.uint8.nbytes == n * 784  # 47,040,000 bytes for the training set
        assert not x.uint8.flags.writeable
    assert ds.x_train.uint8.nbytes == 47_040_000


def test_dataset_reads_as_the_float32_it_replaced(ds):
    (x_train, _), (x_test, _) = load_mnist(normalize=True)  # the book's values
    assert same_bits(np.asarray(ds.x_train), x_train)
    assert same_bits(np.asarray(ds.x_test), x_test)
    assert same_bits(ds.x_train[:].reshape(60000, 784), x_train)


@pytest.mark.parametrize("key", [0, -1, slice(100, 250), slice(None, None, 7),
                                 np.array([5, 3, 59999, 3]), (slice(0, 4), slice(200, 210)), np.int64(17)])
def test_indexing_returns_fresh_float32_equal_to_the_old_division(ds, key):
    got = ds.x_train[key]
    expected = old_division(ds.x_train.uint8)[key]
    assert same_bits(np.asarray(got), np.asarray(expected))
    assert got.dtype == np.float32
    if np.ndim(got):
        got[...] = 7.0  # a fresh array: writing to it leaves the data set alone
        assert ds.x_train.uint8.max() == 255 and float(ds.x_train.max()) == 1.0


def test_pixels_describe_the_float_array(ds):
    x = ds.x_test
    assert x.shape == (10000, 784) and x.ndim == 2 and x.size == 10000 * 784
    assert x.dtype == np.float32 and len(x) == 10000
    assert float(x.max()) == 1.0 and float(x.min()) == 0.0
    assert same_bits(x.max(axis=1), old_division(x.uint8).max(axis=1))
    assert not x.flags.writeable
    assert "uint8" in repr(x)


def test_numpy_functions_and_operators_see_float32(tmp_path):
    raw = np.random.default_rng(0).integers(0, 256, (6, 5), dtype=np.uint8)
    x, f = Pixels(raw), old_division(raw)
    assert same_bits(np.asarray(x), f)
    assert same_bits(x * 255.0, f * 255.0)
    assert same_bits(x == f[2], f == f[2])
    assert same_bits(np.concatenate([x[:2], x[2:]]), f)
    assert same_bits(x.astype(np.float64), f.astype(np.float64))
    assert same_bits(x.reshape(3, 10), f.reshape(3, 10))
    assert [row.tobytes() for row in x] == [row.tobytes() for row in f]


def test_rows_stay_pixels_without_converting():
    raw = np.arange(12, dtype=np.uint8).reshape(4, 3)
    head = Pixels(raw).rows(slice(0, 2))
    assert isinstance(head, Pixels) and head.shape == (2, 3)
    assert np.shares_memory(head.uint8, raw)


def test_pixels_are_read_only_and_uint8_only():
    raw = np.zeros((2, 3), dtype=np.uint8)
    x = Pixels(raw)
    assert raw.flags.writeable  # the caller's array is not changed, the view is read-only
    with pytest.raises(ValueError):
        x.uint8[0, 0] = 1
    with pytest.raises(TypeError):
        np.add(np.ones((2, 3), np.float32), 1, out=(x,))
    with pytest.raises(TypeError, match="uint8"):
        Pixels(np.zeros((2, 3), dtype=np.float32))
    with pytest.raises(ValueError, match="copy"):
        np.asarray(x, copy=False)
