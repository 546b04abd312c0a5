"""The cache of decoded data sets: plain ``.npy`` files, bounded in size.

Decoding the gzip files takes about half a second, so the decoded uint8
arrays of a data set are kept as ``.npy`` files in an entry folder of the
cache (see ``default_cache_dir``). An entry is keyed by the source files'
paths, sizes and modification times, written atomically, complete only once
its ``manifest.json`` exists, and checked against the manifest's CRC-32s when
read: an entry that fails any check is deleted and rebuilt from the sources.

The cache keeps at most ``CACHE_MAX_BYTES`` (512 MiB: MNIST's entry is 55 MB,
the largest data set accepted about 190 MB). After an entry is written, the
least recently used other entries (by their manifest's modification time,
touched on every read) are deleted until the cache fits. Each store also
sweeps what interrupted writes left: temporary files and entries without a
manifest older than ``STALE_SECONDS``. Only folders named like our entries
and files named like ours are ever deleted, whatever folder the cache is in.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np

from .atomic import STALE_SECONDS, atomic_path, sweep_stale_temps
from .idx import MAX_IDX_BYTES, DataFileError

__all__ = ["CACHE_MAX_BYTES", "default_cache_dir", "cache_root", "cache_entry", "load_cache", "store_cache",
           "trim_cache"]

CACHE_MAX_BYTES = 512 * 2**20
_CACHE_VERSION = 1
_APP_NAME = "backprop-lab"
_MANIFEST = "manifest.json"
_ENTRY_NAME = re.compile(r"[a-z0-9-]+-[0-9a-f]{16}")
_ARRAY = re.compile(r"[a-z_]+\.npy")
_TEMP = re.compile(r"\.(manifest\.json|[a-z_]+\.npy)\.[a-z0-9_]{8}\.tmp")  # atomic_path's temporaries


# ------------------------------------------------------------------ where ----

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


def cache_root(cache_dir):
    """The cache folder for a loader's ``cache_dir`` argument (None/True: default; False: no cache)."""
    if cache_dir is False:
        return None
    if cache_dir is None or cache_dir is True:
        root, usable = _default_cache_dir()
        return root if usable else None
    return Path(cache_dir)


def cache_entry(root, name, sources, md5s):
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


# ---------------------------------------------------------------- reading ----

def load_cache(entry, keys, check):
    """The cached arrays {key: uint8 array}, or None. A damaged entry is deleted.

    keys : the array names; check(arrays, paths) raises DataFileError for arrays
    that do not form a data set. A hit marks the entry as used (for eviction).
    """
    manifest_path = entry / _MANIFEST
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        arrays = {}
        for key in keys:
            info = manifest["arrays"][key]
            if (entry / f"{key}.npy").stat().st_size > MAX_IDX_BYTES + 4096:  # bounded like its source
                raise DataFileError(f"{entry / key}.npy: larger than any data file")
            with open(entry / f"{key}.npy", "rb") as f:
                a = np.load(f, allow_pickle=False)
            if not (isinstance(a, np.ndarray) and a.dtype == np.uint8
                    and a.flags.c_contiguous and list(a.shape) == info["shape"]
                    and zlib.crc32(a) == info["crc32"]):
                raise DataFileError(f"{entry / key}.npy: damaged cache file")
            arrays[key] = a
        check(arrays, {key: entry / f"{key}.npy" for key in keys})
    except (OSError, ValueError, EOFError, KeyError, TypeError, BufferError, RecursionError):
        _discard(entry)
        return None
    try:
        os.utime(manifest_path)  # least recently used goes first
    except OSError:
        pass
    return arrays


def _entry_files(entry):
    try:
        return [entry / name for name in os.listdir(entry)]
    except OSError:
        return []


def _ours(path: Path) -> bool:
    """A file name the cache writes: the manifest, an array, or the temporary of one."""
    name = path.name
    return name == _MANIFEST or _ARRAY.fullmatch(name) is not None or _TEMP.fullmatch(name) is not None


def _discard(entry):
    # The manifest goes first: without it the entry is never read.
    for path in sorted(_entry_files(entry), key=lambda p: p.name != _MANIFEST):
        if _ours(path):
            try:
                path.unlink()
            except OSError:
                pass
    try:
        entry.rmdir()  # only if nothing else is in it
    except OSError:
        pass


# ---------------------------------------------------------------- writing ----

def store_cache(entry, arrays, max_bytes: int | None = None):
    """Write the entry, then trim the cache to ``max_bytes`` (None: CACHE_MAX_BYTES); best effort."""
    max_bytes = CACHE_MAX_BYTES if max_bytes is None else max_bytes
    size = sum(a.nbytes for a in arrays.values())
    if size > max_bytes:
        return
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
        _atomic_write(entry / _MANIFEST, lambda f: f.write(data))
    except OSError:
        return
    trim_cache(entry.parent, max_bytes, keep=entry)


def _atomic_write(path, write):
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            write(f)


def trim_cache(root, max_bytes: int | None = None, keep=None, now=None):
    """Sweep stale leftovers, then delete least recently used entries until the cache fits.

    root : the cache folder; keep : an entry never deleted (the one just written).
    Returns the entry folders deleted.
    """
    max_bytes = CACHE_MAX_BYTES if max_bytes is None else max_bytes
    now = time.time() if now is None else now
    entries = []
    try:
        folders = [Path(root) / name for name in os.listdir(root) if _ENTRY_NAME.fullmatch(name)]
    except OSError:
        return []
    deleted = []
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for path in _entry_files(folder):
            temp = _TEMP.fullmatch(path.name)
            if temp:  # left by a store that was killed; sweep_stale_temps keeps young ones
                sweep_stale_temps(folder / temp.group(1))
        manifest = folder / _MANIFEST
        try:
            used = manifest.stat().st_mtime
        except OSError:
            try:
                started = folder.stat().st_mtime
            except OSError:
                continue
            if now - started > STALE_SECONDS:  # an interrupted store: never complete
                _discard(folder)
                deleted.append(folder)
            continue
        size = 0
        for path in _entry_files(folder):
            try:
                size += path.stat().st_size
            except OSError:
                pass
        entries.append((used, size, folder))
    total = sum(size for _, size, _ in entries)
    for used, size, folder in sorted(entries, key=lambda e: e[0]):
        if total <= max_bytes:
            break
        if keep is not None and folder == Path(keep):
            continue
        _discard(folder)
        deleted.append(folder)
        total -= size
    return deleted
