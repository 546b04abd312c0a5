"""MNIST-format data: the book's ``load_mnist``, named data sets, and where they come from.

The four bundled MNIST files live in the ``resources`` package and are checked
against the md5 sums of their decompressed content (resources/MNIST_README.md).
Any other folder in the same format (for example Fashion-MNIST in
/usr/share/datasets/fashion-mnist) can be loaded with ``data_dir``; its files
are checked for structure and consistent counts, not for checksums.

Files are read by ``engine.idx`` within bounds: the largest data set accepted
has ``MAX_ITEMS`` (120,000) images per file, checked from each IDX header
before anything is decompressed: 94 MB of uint8 per file decoded, 376 MB as
the float32 arrays ``load_dataset`` returns. Decoded arrays are cached
(``engine.data_cache``: at most 512 MiB, least recently used entries go first).

Every problem with a data file raises ``DataFileError`` (a ``ValueError``) whose
message starts with the path of the offending file.
"""

from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data_cache import cache_entry, cache_root, default_cache_dir, load_cache, store_cache
from .idx import IMAGE_MAGIC, LABEL_MAGIC, MAX_IDX_BYTES, MAX_ITEMS, DataFileError, read_idx
from .pixels import Pixels

__all__ = [
    "DataFileError",
    "Dataset",
    "FASHION_CLASS_NAMES",
    "MNIST_CLASS_NAMES",
    "default_cache_dir",
    "load_dataset",
    "load_mnist",
    "read_idx",
    "MAX_ITEMS",
    "MAX_IDX_BYTES",
    "IMAGE_MAGIC",
    "LABEL_MAGIC",
]

MNIST_CLASS_NAMES = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
FASHION_CLASS_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)

IMG_ROWS = IMG_COLS = 28
N_CLASSES = 10

# The book's dictionary keys, and the file stem and IDX rank of each.
_FILES = {
    "train_img": ("train-images", 3),
    "train_label": ("train-labels", 1),
    "test_img": ("t10k-images", 3),
    "test_label": ("t10k-labels", 1),
}
# md5 of the decompressed content of the bundled files (resources/MNIST_README.md).
_BUNDLED_MD5 = {
    "train_img": "6bbc9ace898e44ae57da46a324031adb",
    "train_label": "a25bea736e30d166cdddb491f175f624",
    "test_img": "2646ac647ad5339dbf082846283269ea",
    "test_label": "27ae3e4e09519cfbb04c329615203637",
}


# ----------------------------------------------------------------- data sources

def _bundled_dir():
    return importlib.resources.files("resources")


def _bundled_sources():
    root = _bundled_dir()
    return {key: root / f"{stem}-idx{rank}-ubyte.gz" for key, (stem, rank) in _FILES.items()}


def _is_bundled_dir(path):
    root = _bundled_dir()
    try:
        return Path(os.fspath(root)).resolve() == path.resolve()
    except TypeError:  # resources inside a zip: no file-system path
        return False


def _folder_sources(folder):
    """Find the four files in ``folder``; both naming styles, .gz or plain."""
    if not folder.is_dir():
        state = "is not a folder" if folder.exists() else "is missing"
        raise DataFileError(f"{folder}: data folder {state}")
    sources = {}
    for key, (stem, rank) in _FILES.items():
        names = [f"{stem}{sep}idx{rank}-ubyte{ext}" for sep in "-." for ext in ("", ".gz")]
        found = next((folder / n for n in names if (folder / n).is_file()), None)
        if found is None:
            raise DataFileError(
                f"{folder / names[0]}: file is missing (also looked for "
                f"{', '.join(names[1:])})")
        sources[key] = found
    return sources


def _locate(data_dir):
    """(name, class_names, sources, md5s) for ``data_dir`` (None: bundled MNIST)."""
    if data_dir is None or _is_bundled_dir(Path(data_dir)):
        return "MNIST", MNIST_CLASS_NAMES, _bundled_sources(), _BUNDLED_MD5
    folder = Path(data_dir)
    sources = _folder_sources(folder)
    resolved = folder.resolve()
    if "fashion" in f"{folder}{os.sep}{resolved}".lower():
        return "Fashion-MNIST", FASHION_CLASS_NAMES, sources, {}
    return resolved.name or str(resolved), MNIST_CLASS_NAMES, sources, {}


def _decode(sources, md5s):
    """Read and cross-check the four files; the book's dict of uint8 arrays."""
    arrays = {key: read_idx(src, md5=md5s.get(key)) for key, src in sources.items()}
    _check_structure(arrays, sources)
    return arrays


def _check_structure(arrays, sources):
    for part in ("train", "test"):
        img, lab = f"{part}_img", f"{part}_label"
        x, t = arrays[img], arrays[lab]
        if x.ndim != 3:
            raise DataFileError(f"{sources[img]}: holds labels, expected images")
        if t.ndim != 1:
            raise DataFileError(f"{sources[lab]}: holds images, expected labels")
        if x.shape[1:] != (IMG_ROWS, IMG_COLS):
            raise DataFileError(
                f"{sources[img]}: images are {x.shape[1]}x{x.shape[2]}, "
                f"expected {IMG_ROWS}x{IMG_COLS}")
        if len(x) != len(t):
            raise DataFileError(
                f"{sources[img]}: holds {len(x)} images but {sources[lab]} "
                f"holds {len(t)} labels")
        if len(t) == 0:
            raise DataFileError(f"{sources[lab]}: holds no samples")
        if t.max() >= N_CLASSES:
            raise DataFileError(
                f"{sources[lab]}: holds label {int(t.max())}, labels must be 0..{N_CLASSES - 1}")


def _load_raw(data_dir, cache_dir):
    """(name, class_names, dict of uint8 arrays) from the cache or the files."""
    name, class_names, sources, md5s = _locate(data_dir)
    root = cache_root(cache_dir)
    entry = cache_entry(root, name, sources, md5s) if root is not None else None
    arrays = load_cache(entry, tuple(_FILES), _check_structure) if entry is not None else None
    if arrays is None:
        arrays = _decode(sources, md5s)
        if entry is not None:
            store_cache(entry, arrays)
    return name, class_names, arrays


# ---------------------------------------------------------------------- loaders

def _normalized(img):
    # Same values as the book's astype(float32) then /= 255.0, in one pass.
    return np.divide(img, np.float32(255.0), dtype=np.float32)


def _one_hot(t):
    T = np.zeros((t.size, N_CLASSES), dtype=np.float32)
    T[np.arange(t.size), t] = 1.0
    return T


def load_mnist(normalize=True, flatten=True, one_hot_label=False, *,
               data_dir=None, cache_dir=None):
    """Load MNIST with the book's signature and return value.

    Parameters
    ----------
    normalize : bool
        True: images as float32 in [0, 1] (pixel / 255). False: uint8 0..255.
    flatten : bool
        True: images of shape (N, 784). False: (N, 1, 28, 28).
    one_hot_label : bool
        True: labels as float32 one-hot rows, shape (N, 10). False: uint8
        class indices 0..9, shape (N,), as the book returns them.
    data_dir : str or os.PathLike, optional
        A folder of MNIST-format files (e.g. Fashion-MNIST) instead of the
        bundled MNIST. Accepts ``train-images-idx3-ubyte`` and
        ``train-images.idx3-ubyte``, each plain or ``.gz``; images must be 28x28.
    cache_dir : str or os.PathLike or None or False
        Where decoded arrays are cached. None: ``default_cache_dir()``.
        False: no cache.

    Returns
    -------
    ((x_train, t_train), (x_test, t_test))
        N is 60000 / 10000 for MNIST. Fresh, writable arrays on each call.

    Raises
    ------
    DataFileError
        A data file is missing, corrupt, inconsistent, or (bundled set) fails
        its md5 check.
    """
    _, _, raw = _load_raw(data_dir, cache_dir)
    out = []
    for part in ("train", "test"):
        x, t = raw[f"{part}_img"], raw[f"{part}_label"]
        if normalize:
            x = _normalized(x)
        x = x.reshape(len(x), -1) if flatten else x.reshape(len(x), 1, *x.shape[1:])
        out.append((x, _one_hot(t) if one_hot_label else t))
    return tuple(out)


@dataclass(frozen=True, eq=False, repr=False)
class Dataset:
    """A named data set ready for training.

    Attributes
    ----------
    name : str
        "MNIST", "Fashion-MNIST", or the folder name.
    class_names : tuple of str
        The 10 class names, indexed by label.
    x_train, x_test : Pixels (see engine.pixels), shape (N, 784)
        uint8 (47 MB for MNIST's training set, not 188), read as float32 pixel / 255
        in [0, 1] when indexed. Read-only, so one data set can be shared safely.
    t_train, t_test : numpy.ndarray, int64, shape (N,)
        Class indices 0..9 (int64: ready for indexing and np.bincount).
        Read-only.
    """

    name: str
    class_names: tuple
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray

    def __repr__(self):
        return (f"Dataset(name={self.name!r}, train={len(self.t_train)}, "
                f"test={len(self.t_test)}, classes={len(self.class_names)})")


def load_dataset(data_dir=None, *, cache_dir=None):
    """Load a data set for training: bundled MNIST, or an MNIST-format folder.

    The name is "MNIST" for the bundled set, "Fashion-MNIST" (with
    ``FASHION_CLASS_NAMES``) when the folder path contains "fashion" (any
    case), otherwise the folder's name (with ``MNIST_CLASS_NAMES``).
    ``data_dir`` and ``cache_dir`` are as in ``load_mnist``.

    Returns
    -------
    Dataset
        x Pixels (N, 784) (uint8 read as float32 in [0, 1]), t int64 (N,); all read-only.
    """
    name, class_names, raw = _load_raw(data_dir, cache_dir)
    arrays = {}
    for part in ("train", "test"):
        img, t = raw[f"{part}_img"], raw[f"{part}_label"].astype(np.int64)
        t.flags.writeable = False
        arrays[f"x_{part}"], arrays[f"t_{part}"] = Pixels(img.reshape(len(img), -1)), t
    return Dataset(name=name, class_names=class_names, **arrays)
