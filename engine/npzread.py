"""Reading a stranger's ``.npz`` archive within bounds, before allocating anything.

Model and session files are NumPy ``.npz`` archives: a zip of ``.npy`` entries.
``np.load`` would decompress every entry and allocate every array an entry's
header declares, so a 4 KB file could ask for 75 GB, and a 2 MB file could
inflate to 2 GB before any check. ``NpzReader`` instead looks, in this order:

1. the file's size (at most ``max_file_bytes``);
2. the zip's end record: at most ``MAX_ENTRIES`` entries and a central
   directory of at most ``MAX_DIRECTORY_BYTES`` (no zip64 end record: no file
   of ours needs one), before ``zipfile`` parses the directory;
3. every entry's *declared* (uncompressed) size, name and compression;
4. every entry's ``.npy`` header (read with ``numpy.lib.format``: the first
   few hundred bytes): no object or structured dtype, the array's byte count
   (shape x itemsize, in Python integers: no overflow) at most
   ``max_array_bytes`` and consistent with the entry's declared size.

Only then may the caller, having checked names, shapes and dtypes against
what the file describes, ``read`` an entry: reading allocates exactly the
declared array, decompresses no more than the declared size, and the zip's
CRC-32 is checked at the end. Every failure is ``fail(reason)`` raised: the
caller's own error type (ModelFileError, SessionFileError), naming the file.
"""
from __future__ import annotations

import json
import math
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["NpzReader", "NpzEntry", "MAX_ENTRIES", "MAX_META_BYTES", "parse_json"]

MAX_ENTRIES = 64                 # a session of the deepest net has 18
MAX_DIRECTORY_BYTES = 64 * 1024  # the central directory of MAX_ENTRIES entries is ~5 KB
MAX_META_BYTES = 1 << 20         # the JSON metadata entry ('__meta__'): 1 MiB
_MAX_HEADER = 10_000             # numpy's own default limit on a .npy header
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What reading a damaged entry can raise (MemoryError is not among them: sizes are checked first).
_READ_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, struct.error,
                NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class NpzEntry:
    """One array of the archive, as its ``.npy`` header declares it (nothing read yet)."""

    key: str             # the entry's name without '.npy'
    shape: tuple
    dtype: np.dtype
    nbytes: int          # math.prod(shape) * dtype.itemsize


def _describe_bytes(n: int) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def parse_json(text: str, fail, what: str = "its metadata"):
    """``json.loads(text)``; nesting too deep for Python or bad JSON is ``fail(reason)``."""
    try:
        return json.loads(text)
    except RecursionError:
        raise fail(f"{what} is nested too deeply to read") from None
    except ValueError as exc:
        raise fail(f"{what} is not valid JSON: {exc}") from exc


class NpzReader:
    """A bounded view of an ``.npz`` file; use as a context manager.

    path : the file
    fail : callable(reason) -> Exception, raised for every problem
    kind : what the file should be, for messages ('model', 'session')
    max_file_bytes : the largest file accepted
    max_array_bytes : the largest array any one entry may declare
    max_total_bytes : the largest sum of all entries' declared sizes

    Attributes after entering: ``entries``, a dict key -> NpzEntry in file order.
    """

    def __init__(self, path, fail, *, kind: str, max_file_bytes: int, max_array_bytes: int, max_total_bytes: int):
        self.path = Path(path)
        self.kind = kind
        self.fail = fail
        self.max_file_bytes = max_file_bytes
        self.max_array_bytes = max_array_bytes
        self.max_total_bytes = max_total_bytes
        self.entries: dict[str, NpzEntry] = {}
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._file = None
        self._zip = None
        self._own = type(fail(""))  # the caller's error type passes through untouched

    # -- opening: sizes, end record, directory, headers -----------------------------
    def __enter__(self) -> "NpzReader":
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        for handle in (self._zip, self._file):
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    pass
        self._zip = self._file = None

    def _open(self):
        fail, path = self.fail, self.path
        if not path.exists():
            raise fail("no such file")
        if path.is_dir():
            raise fail("is a folder, not a file")
        if not path.is_file():
            raise fail("is not a regular file")
        try:
            self._file = open(path, "rb")
            size = os.fstat(self._file.fileno()).st_size
        except OSError as exc:
            raise fail(f"cannot read the file ({exc.strerror or exc})") from exc
        if size > self.max_file_bytes:
            raise fail(f"the file is {_describe_bytes(size)}, larger than the "
                       f"{_describe_bytes(self.max_file_bytes)} any {self.kind} file can be")
        self._check_end_record(size)
        try:
            self._zip = zipfile.ZipFile(self._file)
            infos = self._zip.infolist()
        except _READ_ERRORS as exc:
            raise fail(f"not a readable .npz archive (truncated, or not a {self.kind} file): {exc}") from exc
        total = 0
        for info in infos:
            name = info.filename
            if not name.endswith(".npy"):
                raise fail(f"not a {self.kind} file (its entry {name!r} is not a .npy array)")
            key = name[:-len(".npy")]
            if key in self._infos:
                raise fail(f"the entry {key!r} appears twice")
            if info.flag_bits & 0x1:
                raise fail(f"the entry {key!r} is encrypted")
            if info.compress_type not in _COMPRESSIONS:
                raise fail(f"the entry {key!r} uses an unsupported compression ({info.compress_type})")
            if info.file_size > self.max_array_bytes + _MAX_HEADER + 16:
                raise fail(f"the entry {key!r} declares {_describe_bytes(info.file_size)}, more than the "
                           f"{_describe_bytes(self.max_array_bytes)} an array of a {self.kind} file may hold")
            total += info.file_size
            self._infos[key] = info
        if total > self.max_total_bytes + len(infos) * (_MAX_HEADER + 16):
            raise fail(f"its entries declare {_describe_bytes(total)} in all, more than the "
                       f"{_describe_bytes(self.max_total_bytes)} a {self.kind} file may hold")
        for key, info in self._infos.items():
            self.entries[key] = self._read_header(key, info)

    def _check_end_record(self, size: int):
        """The zip's end-of-central-directory record, read before zipfile parses the directory."""
        fail = self.fail
        tail_size = min(size, 22 + 0xFFFF)
        try:
            self._file.seek(size - tail_size)
            tail = self._file.read(tail_size)
        except OSError as exc:
            raise fail(f"cannot read the file ({exc.strerror or exc})") from exc
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < 22:
            if tail_size == size and tail.startswith(b"\x93NUMPY"):
                raise fail(f"not a {self.kind} file (a single .npy array, not an .npz archive)")
            raise fail(f"not a readable .npz archive (truncated, or not a {self.kind} file: no zip directory)")
        # Layout: signature, 2 disk numbers, entries here, entries in all, directory size, offset.
        n_entries, directory_bytes = struct.unpack("<HL", tail[at + 10:at + 16])
        if at >= 20 and tail[at - 20:at - 16] == _ZIP64_LOCATOR:
            raise fail(f"its zip directory is in the zip64 format, which no {self.kind} file needs")
        if n_entries > MAX_ENTRIES:
            raise fail(f"it has {n_entries} entries; a {self.kind} file has at most {MAX_ENTRIES}")
        if directory_bytes > MAX_DIRECTORY_BYTES:
            raise fail(f"its zip directory declares {_describe_bytes(directory_bytes)}, more than "
                       f"{_describe_bytes(MAX_DIRECTORY_BYTES)}")

    def _read_header(self, key: str, info: zipfile.ZipInfo) -> NpzEntry:
        fail = self.fail
        try:
            with self._zip.open(info) as fp:
                version = np.lib.format.read_magic(fp)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(fp, max_header_size=_MAX_HEADER)
                elif version == (2, 0):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(fp, max_header_size=_MAX_HEADER)
                else:
                    raise fail(f"the entry {key!r} is a .npy file of version {version}, which is not supported")
                header_bytes = fp.tell()
        except self._own:
            raise
        except _READ_ERRORS as exc:
            raise fail(f"the entry {key!r} is not a readable .npy array: {exc}") from exc
        if dtype.hasobject:
            raise fail(f"the entry {key!r} holds Python objects (refused: opening a file never unpickles)")
        if dtype.fields is not None or dtype.subdtype is not None:
            raise fail(f"the entry {key!r} has the structured dtype {dtype}, expected plain numbers or text")
        nbytes = math.prod(shape) * dtype.itemsize  # Python integers: cannot overflow
        if nbytes > self.max_array_bytes:
            raise fail(f"the entry {key!r} declares an array of shape {shape} ({dtype}), "
                       f"{_describe_bytes(nbytes)}, more than the {_describe_bytes(self.max_array_bytes)} "
                       f"any array of a {self.kind} file may hold")
        if header_bytes + nbytes != info.file_size:
            raise fail(f"the entry {key!r} is inconsistent: its header declares {nbytes} bytes of data, "
                       f"the archive {info.file_size - header_bytes}")
        return NpzEntry(key=key, shape=tuple(shape), dtype=dtype, nbytes=nbytes)

    # -- reading ---------------------------------------------------------------------
    def read(self, key: str) -> np.ndarray:
        """The array of entry ``key`` (C-contiguous, writable); the CRC-32 is checked."""
        fail = self.fail
        try:
            with self._zip.open(self._infos[key]) as fp:
                array = np.lib.format.read_array(fp, allow_pickle=False, max_header_size=_MAX_HEADER)
                if fp.read(1):  # reaching the end also makes zipfile check the CRC-32
                    raise fail(f"the entry {key!r} holds more data than its header declares")
        except self._own:
            raise
        except _READ_ERRORS as exc:
            raise fail(f"the entry {key!r} cannot be read (truncated or damaged): {exc}") from exc
        # (not np.ascontiguousarray: it turns a 0-d array into a 1-d one)
        return array if array.flags.c_contiguous else array.copy(order="C")

    def read_json(self, key: str, what: str = "its metadata"):
        """Entry ``key``: a 0-d text array of at most MAX_META_BYTES, parsed as JSON."""
        entry = self.entries[key]
        if entry.shape != () or entry.dtype.kind != "U":
            raise self.fail(f"its entry {key!r} is not a text entry")
        if entry.nbytes > MAX_META_BYTES:
            raise self.fail(f"{what} is {_describe_bytes(entry.nbytes)}, more than {_describe_bytes(MAX_META_BYTES)}")
        return parse_json(str(self.read(key)), self.fail, what)
