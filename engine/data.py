"""MNIST-format data: an IDX reader, the book's ``load_mnist``, data sets, a cache.

The four bundled MNIST files live in the ``resources`` package and are checked
against the md5 sums of their decompressed content (resources/MNIST_README.md).
Any other folder in the same format (for example Fashion-MNIST in
/usr/share/datasets/fashion-mnist) can be loaded with ``data_dir``; its files
are checked for structure and consistent counts, not for checksums.

Decoding the gzip files takes about half a second, so the decoded uint8 arrays
are cached as plain ``.npy`` files (see ``default_cache_dir``). A cache entry is
keyed by the source files' paths, sizes and modification times, written
atomically, and checked against a CRC-32 manifest when read: a cache file that
fails any check is deleted and rebuilt from the sources, never trusted.

Every problem with a data file raises ``DataFileError`` (a ``ValueError``) whose
message starts with the path of the offending file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass
import importlib.resources
from pathlib import Path

import numpy as np

from .atomic import atomic_path
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
]

MNIST_CLASS_NAMES = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
FASHION_CLASS_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)

IMAGE_MAGIC = 0x00000803
LABEL_MAGIC = 0x00000801
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
_CACHE_VERSION = 1
_APP_NAME = "backprop-lab"


class DataFileError(ValueError):
    """A data file is missing, unreadable, truncated, corrupt or of the wrong kind."""


# --------------------------------------------------------------------------- IDX

def read_idx(path, *, md5=None):
    """Read one MNIST IDX file, gzip-compressed or plain.

    Parameters
    ----------
    path : str or os.PathLike (or an ``importlib.resources`` Traversable)
        The file. Compression is detected from the content, not the name.
    md5 : str, optional
        Expected md5 hex digest of the *decompressed* content.

    Returns
    -------
    numpy.ndarray of uint8, writable
        Images (magic 0x00000803): shape (n, rows, cols), 0 = background,
        255 = ink. Labels (magic 0x00000801): shape (n,).

    Raises
    ------
    DataFileError
        The file is missing or unreadable, the gzip stream is truncated or
        corrupt, the magic number or header is wrong, the payload length
        differs from the header's n*rows*cols, or the md5 does not match.
        The message names the file.
    """
    src = _as_source(path)
    raw = _read_bytes(src)
    if md5 is not None:
        got = hashlib.md5(raw, usedforsecurity=False).hexdigest()
        if got != md5.lower():
            raise DataFileError(
                f"{src}: md5 of the decompressed content is {got}, expected {md5}; "
                "the file is corrupt or not the original")
    return _parse_idx(raw, src)


def _as_source(path):
    if isinstance(path, (str, os.PathLike)):
        return Path(path)
    return path  # a Traversable from importlib.resources: has .open() and .name


def _read_bytes(src):
    """The decompressed bytes of ``src``."""
    try:
        with src.open("rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataFileError(f"{src}: file is missing") from None
    except OSError as exc:
        raise DataFileError(f"{src}: cannot read the file ({exc.strerror or exc})") from exc
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (EOFError, OSError, zlib.error) as exc:
            raise DataFileError(f"{src}: gzip data is truncated or corrupt ({exc})") from exc
    return raw


def _parse_idx(raw, src):
    if len(raw) < 4:
        raise DataFileError(f"{src}: only {len(raw)} bytes, too short for an IDX header")
    magic = int.from_bytes(raw[:4], "big")
    if magic not in (IMAGE_MAGIC, LABEL_MAGIC):
        raise DataFileError(
            f"{src}: bad magic number 0x{magic:08X}, expected 0x{IMAGE_MAGIC:08X} "
            f"(images) or 0x{LABEL_MAGIC:08X} (labels); not an MNIST IDX file")
    ndim = 3 if magic == IMAGE_MAGIC else 1
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DataFileError(
            f"{src}: header truncated: {len(raw)} bytes, an IDX header of rank "
            f"{ndim} needs {header}")
    dims = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    expected = int(np.prod(dims, dtype=np.int64))
    payload = len(raw) - header
    if payload != expected:
        what = "truncated" if payload < expected else "has trailing bytes"
        items = f"{dims[0]} images of {dims[1]}x{dims[2]}" if ndim == 3 else f"{dims[0]} labels"
        raise DataFileError(
            f"{src}: {what}: the header announces {items} ({expected} bytes of "
            f"data), the file holds {payload}")
    # copy(): own the memory and be writable rather than a read-only view of bytes
    return np.frombuffer(raw, np.uint8, count=expected, offset=header).reshape(dims).copy()


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


# ------------------------------------------------------------------------ cache

def default_cache_dir():
    """The folder for cached arrays, created if needed.

    ``$XDG_CACHE_HOME/backprop-lab`` (``%LOCALAPPDATA%`` on Windows), else
    ``~/.cache/backprop-lab``; if that cannot be created or written,
    ``tempfile.gettempdir()/backprop-lab-<uid>``. Returns the last one even
    when it is unusable too; the loaders then skip caching.
    """
    return _default_cache_dir()[0]


def _default_cache_dir():
    """(path, usable) for the default cache folder."""
    candidates = []
    for var in ("XDG_CACHE_HOME", "LOCALAPPDATA"):
        value = os.environ.get(var, "")
        if os.path.isabs(value):  # the XDG spec says to ignore relative paths
            candidates.append(Path(value) / _APP_NAME)
    try:
        candidates.append(Path.home() / ".cache" / _APP_NAME)
    except RuntimeError:  # no home directory can be determined
        pass
    for candidate in candidates:
        if _usable_dir(candidate):
            return candidate, True
    fallback = Path(tempfile.gettempdir()) / f"{_APP_NAME}-{_user_id()}"
    return fallback, _usable_dir(fallback, private=True)


def _user_id():
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return re.sub(r"[^A-Za-z0-9_.-]", "_", os.environ.get("USERNAME", "user"))


def _usable_dir(path, private=False):
    """Create ``path`` if needed; True when we can write there.

    ``private``: in a shared folder such as /tmp, also require that we own the
    directory and that nobody else can write to it, so no one can plant data.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.is_dir() or not os.access(path, os.W_OK | os.X_OK):
            return False
        if private and hasattr(os, "getuid"):
            st = path.stat()
            return st.st_uid == os.getuid() and not st.st_mode & 0o022
        return True
    except OSError:
        return False


def _cache_root(cache_dir):
    if cache_dir is False:
        return None
    if cache_dir is None or cache_dir is True:
        root, usable = _default_cache_dir()
        return root if usable else None
    return Path(cache_dir)


def _cache_entry(root, name, sources, md5s):
    """The entry folder; its name hashes the sources' paths, sizes and mtimes."""
    signature = []
    for key, src in sources.items():
        if isinstance(src, Path):
            try:
                st = src.stat()
            except FileNotFoundError:
                raise DataFileError(f"{src}: file is missing") from None
            except OSError as exc:
                raise DataFileError(f"{src}: cannot read the file ({exc.strerror or exc})") from exc
            signature.append([key, str(src.resolve()), st.st_size, st.st_mtime_ns])
        else:
            signature.append([key, str(src)])
    material = json.dumps([_CACHE_VERSION, signature, md5s], sort_keys=True)
    digest = hashlib.sha256(material.encode()).hexdigest()[:16]
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "data"
    return root / f"{slug}-{digest}"


def _load_cache(entry):
    """The cached arrays, or None. A damaged entry is deleted."""
    manifest_path = entry / "manifest.json"
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        arrays = {}
        for key in _FILES:
            info = manifest["arrays"][key]
            with open(entry / f"{key}.npy", "rb") as f:
                a = np.load(f, allow_pickle=False)
            if not (isinstance(a, np.ndarray) and a.dtype == np.uint8
                    and a.flags.c_contiguous and list(a.shape) == info["shape"]
                    and zlib.crc32(a) == info["crc32"]):
                raise DataFileError(f"{entry / key}.npy: damaged cache file")
            arrays[key] = a
        _check_structure(arrays, {key: entry / f"{key}.npy" for key in _FILES})
        return arrays
    except (OSError, ValueError, EOFError, KeyError, TypeError, BufferError):
        _discard(entry)
        return None


def _discard(entry):
    # The manifest goes first: without it the entry is never read.
    for name in ["manifest.json"] + [f"{key}.npy" for key in _FILES]:
        try:
            (entry / name).unlink()
        except OSError:
            pass


def _store_cache(entry, arrays):
    """Write the entry; best effort, since the cache only saves time."""
    try:
        entry.mkdir(mode=0o700, parents=True, exist_ok=True)
        for key, a in arrays.items():
            _atomic_write(entry / f"{key}.npy", lambda f, a=a: np.save(f, a, allow_pickle=False))
        manifest = {
            "version": _CACHE_VERSION,
            "arrays": {k: {"shape": list(a.shape), "crc32": zlib.crc32(a)}
                       for k, a in arrays.items()},
        }
        data = json.dumps(manifest, indent=1).encode("utf-8")
        # Written last: an entry is complete only once its manifest exists.
        _atomic_write(entry / "manifest.json", lambda f: f.write(data))
    except OSError:
        pass


def _atomic_write(path, write):
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            write(f)


def _load_raw(data_dir, cache_dir):
    """(name, class_names, dict of uint8 arrays) from the cache or the files."""
    name, class_names, sources, md5s = _locate(data_dir)
    root = _cache_root(cache_dir)
    entry = _cache_entry(root, name, sources, md5s) if root is not None else None
    arrays = _load_cache(entry) if entry is not None else None
    if arrays is None:
        arrays = _decode(sources, md5s)
        if entry is not None:
            _store_cache(entry, arrays)
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
