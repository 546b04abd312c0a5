"""Small synthetic IDX files and MNIST-format folders for the data tests."""
import gzip
import struct

import numpy as np

from engine import data


def idx_bytes(arr, magic=None):
    arr = np.asarray(arr, dtype=np.uint8)
    if magic is None:
        magic = data.IMAGE_MAGIC if arr.ndim == 3 else data.LABEL_MAGIC
    header = struct.pack(">I", magic) + struct.pack(f">{arr.ndim}I", *arr.shape)
    return header + arr.tobytes()


def write_idx(path, arr, magic=None, gz=False):
    raw = idx_bytes(arr, magic)
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


def file_name(key, sep="-", gz=False):
    stem, rank = data._FILES[key]
    return f"{stem}{sep}idx{rank}-ubyte" + (".gz" if gz else "")


def make_folder(folder, n_train=50, n_test=20, gz=False, sep="-", seed=0):
    """Write a small synthetic MNIST-format data set; return its uint8 arrays."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "train_img": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train_label": rng.integers(0, 10, n_train, dtype=np.uint8),
        "test_img": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "test_label": rng.integers(0, 10, n_test, dtype=np.uint8),
    }
    for key, arr in arrays.items():
        write_idx(folder / file_name(key, sep, gz), arr, gz=gz)
    return arrays


def cache_entries(cache_dir):
    return [p for p in cache_dir.iterdir() if (p / "manifest.json").is_file()]
