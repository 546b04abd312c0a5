"""IDX files from strangers: sizes checked from the header before decompressing or allocating."""
import gzip
import struct

import numpy as np
import pytest

from engine import DataFileError, load_dataset, read_idx
from engine.idx import IMAGE_MAGIC, LABEL_MAGIC, MAX_ITEMS
from tests.engine.crafted import gzip_zeros, listing, peak_bytes
from tests.engine.idx_files import file_name, make_folder

BUDGET = 200 * 2**20


def header(magic, *dims):
    return struct.pack(">I", magic) + struct.pack(f">{len(dims)}I", *dims)


def assert_refused(fn, path, *words):
    before = listing(path.parent)
    error, result, peak = peak_bytes(fn)
    assert result is None and type(error) is DataFileError, repr(error)
    assert str(error).startswith(str(path)), str(error)
    for word in words:
        assert word in str(error), str(error)
    assert peak < BUDGET, f"{peak / 2**20:.0f} MiB traced"
    assert listing(path.parent) == before
    return str(error)


def test_a_million_blank_images_in_a_small_gzip(tmp_path):
    """Was accepted: 840 KB of gzip, 3.9 GB peak, 34 s. Refused after reading 16 bytes."""
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip_zeros(header(IMAGE_MAGIC, 1_000_000, 28, 28), 784 * 1_000_000))
    assert path.stat().st_size < 1_000_000
    assert_refused(lambda: read_idx(path), path, "1,000,000 images of 28x28", f"at most {MAX_ITEMS:,}")


def test_dimensions_that_overflow_int64(tmp_path):
    """Was a Python traceback (rc 1)."""
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(header(IMAGE_MAGIC, 2**31, 2**31, 4) + bytes(100))
    assert_refused(lambda: read_idx(path), path, "2,147,483,648 images of 2147483648x4")


@pytest.mark.parametrize("gz", [False, True])
def test_too_many_labels(tmp_path, gz):
    path = tmp_path / "train-labels-idx1-ubyte"
    head = header(LABEL_MAGIC, MAX_ITEMS + 1)
    path.write_bytes(gzip_zeros(head, MAX_ITEMS + 1) if gz else head + bytes(MAX_ITEMS + 1))
    assert_refused(lambda: read_idx(path), path, f"{MAX_ITEMS + 1:,} labels")


def test_images_larger_than_mnist_s_within_the_count(tmp_path):
    path = tmp_path / "x-idx3-ubyte.gz"
    path.write_bytes(gzip_zeros(header(IMAGE_MAGIC, 1000, 1000, 1000), 1000**3))
    assert_refused(lambda: read_idx(path), path, "1,000 images of 1000x1000")


def test_a_gzip_that_goes_on_after_its_data_is_not_inflated(tmp_path):
    """The header says 50 labels; the stream inflates to 1 GiB. One byte past the data is enough."""
    path = tmp_path / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(gzip_zeros(header(LABEL_MAGIC, 50), 2**30))
    assert_refused(lambda: read_idx(path), path, "trailing bytes")


def test_a_plain_file_s_length_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "t10k-labels-idx1-ubyte"
    path.write_bytes(header(LABEL_MAGIC, 50) + bytes(49))
    assert_refused(lambda: read_idx(path), path, "truncated", "holds 49")


def test_read_idx_accepts_a_file_at_the_limits(tmp_path):
    path = tmp_path / "x-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(header(LABEL_MAGIC, 7) + bytes(range(7))))
    assert read_idx(path, max_items=7, max_bytes=7).tolist() == list(range(7))
    with pytest.raises(DataFileError, match="at most 6 items"):
        read_idx(path, max_items=6)


def test_a_data_folder_with_a_bomb_is_refused_and_nothing_is_cached(tmp_path):
    folder = tmp_path / "set"
    make_folder(folder)
    bomb = folder / file_name("train_img", gz=True)
    (folder / file_name("train_img")).unlink()
    bomb.write_bytes(gzip_zeros(header(IMAGE_MAGIC, 1_000_000, 28, 28), 784 * 1_000_000))
    cache = tmp_path / "cache"
    cache.mkdir()
    error, result, peak = peak_bytes(load_dataset, folder, cache_dir=cache)
    assert type(error) is DataFileError and str(error).startswith(str(bomb))
    assert peak < BUDGET
    assert list(cache.iterdir()) == []


def test_a_header_declaring_more_images_than_the_data_holds(tmp_path):
    path = tmp_path / "x-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(header(IMAGE_MAGIC, 100, 28, 28) + bytes(784 * 3)))
    assert_refused(lambda: read_idx(path), path, "truncated", "holds 2,352")


def test_the_bundled_set_still_loads_bit_for_bit():
    from engine.data import _BUNDLED_MD5, _bundled_sources

    t = read_idx(_bundled_sources()["test_label"], md5=_BUNDLED_MD5["test_label"])
    assert t.shape == (10000,) and t.dtype == np.uint8 and t.flags.writeable
