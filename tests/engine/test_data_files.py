"""engine.data reading IDX files: plain and gzip, checksums, and every way a file can be bad."""
import gzip
import shutil

import numpy as np
import pytest

from engine import data
from engine.data import DataFileError, load_dataset, load_mnist, read_idx
from tests.engine.idx_files import (
    cache_entries,
    file_name,
    idx_bytes,
    make_folder,
    write_idx,
)

BUNDLED = data._bundled_sources()

# --------------------------------------------------------------- read_idx

def test_read_idx_plain_and_gzip(tmp_path):
    x = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    t = np.array([3, 1, 4], np.uint8)
    for gz in (False, True):
        got_x = read_idx(write_idx(tmp_path / f"x{gz}", x, gz=gz))
        got_t = read_idx(str(write_idx(tmp_path / f"t{gz}", t, gz=gz)))
        assert got_x.dtype == np.uint8 and np.array_equal(got_x, x)
        assert got_t.dtype == np.uint8 and np.array_equal(got_t, t)
        assert got_x.flags.writeable


def test_read_idx_bundled_md5():
    t = read_idx(BUNDLED["test_label"], md5=data._BUNDLED_MD5["test_label"])
    assert t.shape == (10000,)


def test_md5_mismatch_is_detected(tmp_path):
    original = gzip.decompress(BUNDLED["test_label"].read_bytes())
    changed = bytearray(original)
    changed[100] = (changed[100] + 1) % 10
    copy = tmp_path / "t10k-labels-idx1-ubyte.gz"
    copy.write_bytes(gzip.compress(bytes(changed)))
    read_idx(copy)  # structurally fine
    with pytest.raises(DataFileError, match="md5") as info:
        read_idx(copy, md5=data._BUNDLED_MD5["test_label"])
    assert "t10k-labels-idx1-ubyte.gz" in str(info.value)


def test_bundled_set_with_md5_mismatch_raises(tmp_path, monkeypatch):
    folder = tmp_path / "resources"
    folder.mkdir()
    for src in BUNDLED.values():
        shutil.copyfile(src, folder / src.name)
    labels = folder / "train-labels-idx1-ubyte.gz"
    raw = bytearray(gzip.decompress(labels.read_bytes()))
    raw[-1] = (raw[-1] + 1) % 10
    labels.write_bytes(gzip.compress(bytes(raw)))
    monkeypatch.setattr(data, "_bundled_dir", lambda: folder)
    with pytest.raises(DataFileError, match="md5") as info:
        load_mnist(cache_dir=False)
    assert "train-labels-idx1-ubyte.gz" in str(info.value)


@pytest.mark.parametrize("cache", [True, False])
def test_missing_bundled_file_raises(tmp_path, monkeypatch, cache):
    folder = tmp_path / "resources"
    folder.mkdir()
    for key in ("train_img", "train_label", "test_img"):
        shutil.copyfile(BUNDLED[key], folder / BUNDLED[key].name)
    monkeypatch.setattr(data, "_bundled_dir", lambda: folder)
    with pytest.raises(DataFileError, match="missing") as info:
        load_mnist(cache_dir=tmp_path / "cache" if cache else False)
    assert "t10k-labels-idx1-ubyte.gz" in str(info.value)


def _gz_truncated(folder):
    path = folder / file_name("train_img", gz=True)
    write_idx(path, np.zeros((50, 28, 28), np.uint8), gz=True)
    path.write_bytes(path.read_bytes()[:-30])
    return path.name


def _gz_corrupt(folder):
    path = folder / file_name("test_label", gz=True)
    write_idx(path, np.zeros(20, np.uint8), gz=True)
    raw = bytearray(path.read_bytes())
    raw[12:20] = b"\xff" * 8
    path.write_bytes(bytes(raw))
    return path.name


def _garbage_file(folder):
    path = folder / file_name("test_img")
    path.write_bytes(b"this is not an IDX file at all\n" * 10)
    return path.name


def _wrong_magic(folder):
    path = folder / file_name("train_label")
    write_idx(path, np.zeros(50, np.uint8), magic=0x00000901)
    return path.name


def _payload_truncated(folder):
    path = folder / file_name("train_img")
    path.write_bytes(idx_bytes(np.zeros((50, 28, 28), np.uint8))[:-1])
    return path.name


def _trailing_bytes(folder):
    path = folder / file_name("test_label")
    path.write_bytes(idx_bytes(np.zeros(20, np.uint8)) + b"\0")
    return path.name


def _header_truncated(folder):
    path = folder / file_name("train_img")
    path.write_bytes(idx_bytes(np.zeros((50, 28, 28), np.uint8))[:10])
    return path.name


def _empty_file(folder):
    path = folder / file_name("train_label")
    path.write_bytes(b"")
    return path.name


def _missing_file(folder):
    (folder / file_name("test_label")).unlink()
    return file_name("test_label")


def _count_mismatch(folder):
    write_idx(folder / file_name("train_label"), np.zeros(49, np.uint8))
    return file_name("train_label")


def _labels_as_images(folder):
    write_idx(folder / file_name("train_img"), np.zeros(50, np.uint8))
    return file_name("train_img")


def _wrong_image_size(folder):
    write_idx(folder / file_name("test_img"), np.zeros((20, 32, 32), np.uint8))
    return file_name("test_img")


def _label_out_of_range(folder):
    write_idx(folder / file_name("test_label"), np.full(20, 10, np.uint8))
    return file_name("test_label")


def _no_samples(folder):
    write_idx(folder / file_name("test_img"), np.zeros((0, 28, 28), np.uint8))
    write_idx(folder / file_name("test_label"), np.zeros(0, np.uint8))
    return file_name("test_label")


@pytest.mark.parametrize("spoil", [
    _gz_truncated, _gz_corrupt, _garbage_file, _wrong_magic, _payload_truncated,
    _trailing_bytes, _header_truncated, _empty_file, _missing_file, _count_mismatch,
    _labels_as_images, _wrong_image_size, _label_out_of_range, _no_samples,
])
def test_bad_files_raise_data_file_error_naming_the_file(tmp_path, spoil):
    folder = tmp_path / "set"
    make_folder(folder)
    name = spoil(folder)
    if name.endswith(".gz"):  # keep only the spoiled variant of this file
        (folder / name[:-3]).unlink()
    for cache_dir in (False, tmp_path / "cache"):
        with pytest.raises(DataFileError) as info:
            load_mnist(data_dir=folder, cache_dir=cache_dir)
        assert name in str(info.value)
        assert isinstance(info.value, ValueError)
    assert not (tmp_path / "cache").exists() or not cache_entries(tmp_path / "cache")


def test_missing_file_message(tmp_path):
    with pytest.raises(DataFileError, match="missing") as info:
        read_idx(tmp_path / "nothing-here-idx1-ubyte.gz")
    assert "nothing-here-idx1-ubyte.gz" in str(info.value)


def test_missing_data_folder(tmp_path):
    with pytest.raises(DataFileError, match="missing") as info:
        load_dataset(tmp_path / "no-such-folder", cache_dir=False)
    assert "no-such-folder" in str(info.value)
