"""The IDX file format of MNIST, read within bounds.

An IDX file is a 4-byte magic number, one 4-byte big-endian size per
dimension, then the uint8 data: images (magic 0x00000803, n x rows x cols)
or labels (magic 0x00000801, n). Files may be gzip-compressed.

The header is read first, from the start of the (decompressed) stream, and
the size it declares is checked before anything else is decompressed or
allocated: at most ``MAX_ITEMS`` images or labels (MNIST has 60,000; EMNIST
Balanced 112,800) and at most ``MAX_IDX_BYTES`` of data (``MAX_ITEMS``
28x28 images: 94 MB). Sizes are multiplied as Python integers, so a header
of 2**31 x 2**31 x 4 is refused, not overflowed. The data is then read into
one array of exactly the declared size; one byte more means trailing data,
and decompression stops there. A 5 MB gzip that would inflate to 5 GB is
refused after its 16-byte header.

Every problem raises ``DataFileError`` (a ``ValueError``) whose message
starts with the path of the offending file.
"""
from __future__ import annotations

import gzip
import hashlib
import math
import os
import zlib
from pathlib import Path

import numpy as np

__all__ = ["DataFileError", "read_idx", "IMAGE_MAGIC", "LABEL_MAGIC", "MAX_ITEMS", "MAX_IDX_BYTES"]

IMAGE_MAGIC = 0x00000803
LABEL_MAGIC = 0x00000801
MAX_ITEMS = 120_000
MAX_IDX_BYTES = MAX_ITEMS * 28 * 28
_GZIP_ERRORS = (EOFError, OSError, zlib.error)  # gzip.BadGzipFile is an OSError


class DataFileError(ValueError):
    """A data file is missing, unreadable, truncated, corrupt, too large or of the wrong kind."""


def read_idx(path, *, md5=None, max_items: int = MAX_ITEMS, max_bytes: int = MAX_IDX_BYTES):
    """Read one MNIST IDX file, gzip-compressed or plain.

    Parameters
    ----------
    path : str or os.PathLike (or an ``importlib.resources`` Traversable)
        The file. Compression is detected from the content, not the name.
    md5 : str, optional
        Expected md5 hex digest of the *decompressed* content.
    max_items, max_bytes : int
        The largest count (first dimension) and data size accepted, checked
        from the header before the data is decompressed or allocated.

    Returns
    -------
    numpy.ndarray of uint8, writable
        Images (magic 0x00000803): shape (n, rows, cols), 0 = background,
        255 = ink. Labels (magic 0x00000801): shape (n,).

    Raises
    ------
    DataFileError
        The file is missing or unreadable, the gzip stream is truncated or
        corrupt, the magic number or header is wrong, the header declares
        more than the limits, the data is shorter or longer than declared, or
        the md5 does not match. The message names the file.
    """
    src = Path(path) if isinstance(path, (str, os.PathLike)) else path
    try:
        raw = src.open("rb")
    except FileNotFoundError:
        raise DataFileError(f"{src}: file is missing") from None
    except IsADirectoryError:
        raise DataFileError(f"{src}: is a folder, not a file") from None
    except OSError as exc:
        raise DataFileError(f"{src}: cannot read the file ({exc.strerror or exc})") from exc
    with raw:
        try:
            gz = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
        except OSError as exc:
            raise DataFileError(f"{src}: cannot read the file ({exc.strerror or exc})") from exc
        if not gz:
            return _read_stream(raw, src, md5, max_items, max_bytes, _plain_size(raw))
        try:
            with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                return _read_stream(stream, src, md5, max_items, max_bytes, None)
        except DataFileError:
            raise
        except _GZIP_ERRORS as exc:
            raise DataFileError(f"{src}: gzip data is truncated or corrupt ({exc})") from exc


def _plain_size(f):
    try:
        return os.fstat(f.fileno()).st_size
    except (OSError, AttributeError, ValueError):  # not a real file (e.g. zipped resources)
        return None


def _read_exact(stream, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = stream.read(n - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _read_stream(stream, src, md5, max_items, max_bytes, size):
    """Header, bounds, then exactly the declared data from ``stream`` (size: a plain file's size)."""
    head = _read_exact(stream, 4)
    if len(head) < 4:
        raise DataFileError(f"{src}: only {len(head)} bytes, too short for an IDX header")
    magic = int.from_bytes(head, "big")
    if magic not in (IMAGE_MAGIC, LABEL_MAGIC):
        raise DataFileError(
            f"{src}: bad magic number 0x{magic:08X}, expected 0x{IMAGE_MAGIC:08X} "
            f"(images) or 0x{LABEL_MAGIC:08X} (labels); not an MNIST IDX file")
    ndim = 3 if magic == IMAGE_MAGIC else 1
    dims_raw = _read_exact(stream, 4 * ndim)
    header = head + dims_raw
    if len(dims_raw) < 4 * ndim:
        raise DataFileError(
            f"{src}: header truncated: {len(header)} bytes, an IDX header of rank "
            f"{ndim} needs {4 + 4 * ndim}")
    dims = tuple(int.from_bytes(dims_raw[4 * i:4 * i + 4], "big") for i in range(ndim))
    expected = math.prod(dims)  # a Python integer: no overflow, whatever the header says
    items = f"{dims[0]:,} images of {dims[1]}x{dims[2]}" if ndim == 3 else f"{dims[0]:,} labels"
    if dims[0] > max_items or expected > max_bytes:
        raise DataFileError(
            f"{src}: the header declares {items} ({expected:,} bytes of data); a data file may hold "
            f"at most {max_items:,} items and {max_bytes:,} bytes")
    if size is not None and size != len(header) + expected:
        _refuse_length(src, items, expected, size - len(header))
    payload = np.empty(expected, dtype=np.uint8)
    view, got = memoryview(payload), 0
    while got < expected:
        n = stream.readinto(view[got:])
        if not n:
            break
        got += n
    if got < expected:
        _refuse_length(src, items, expected, got)
    if stream.read(1):  # one byte is enough to know; a bomb's tail is never inflated
        _refuse_length(src, items, expected, None)
    if md5 is not None:
        digest = hashlib.md5(header, usedforsecurity=False)
        digest.update(payload)
        got_md5 = digest.hexdigest()
        if got_md5 != md5.lower():
            raise DataFileError(
                f"{src}: md5 of the decompressed content is {got_md5}, expected {md5}; "
                "the file is corrupt or not the original")
    return payload.reshape(dims)


def _refuse_length(src, items, expected, payload):
    if payload is None:
        raise DataFileError(f"{src}: has trailing bytes: the header announces {items} "
                            f"({expected:,} bytes of data), the file holds more")
    what = "truncated" if payload < expected else "has trailing bytes"
    raise DataFileError(f"{src}: {what}: the header announces {items} ({expected:,} bytes of "
                        f"data), the file holds {payload:,}")
