"""Crafted hostile files for the tests, built in memory in milliseconds.

A "bomb" here is a small file that declares, or inflates to, far more than the
app should ever allocate. Deflate streams of zeros are built from one
compressed block repeated (each block ends with a full flush, so it does not
refer back to the one before): 2 GiB of zeros cost ~2 MB and a few ms.
CRC-32s of such streams are left wrong on purpose: a reader that checks sizes
first never gets that far, and one that does not would have run out of memory
long before the CRC is checked at the end.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import io
import json
import os
import struct
import tracemalloc
import zlib

import numpy as np

_BLOCK = 1 << 24  # 16 MiB of zeros per repeated block


def npy_header(shape, dtype) -> bytes:
    """A .npy version 1.0 header declaring ``shape`` and ``dtype`` (no data)."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype)),
                                               "fortran_order": False, "shape": tuple(shape)})
    return buf.getvalue()


def npy_bytes(array) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.asarray(array), allow_pickle=False)
    return buf.getvalue()


def deflate_zeros(prefix: bytes, n_zeros: int) -> bytes:
    """A raw deflate stream of ``prefix`` followed by ``n_zeros`` zero bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [comp.compress(prefix), comp.flush(zlib.Z_FULL_FLUSH)]
    full, rest = divmod(n_zeros, _BLOCK)
    if full:
        block = zlib.compressobj(9, zlib.DEFLATED, -15)
        one = block.compress(bytes(_BLOCK)) + block.flush(zlib.Z_FULL_FLUSH)
        out.append(one * full)
    out.append(comp.compress(bytes(rest)))
    out.append(comp.flush())
    return b"".join(out)


class Entry:
    """One zip entry: stored ``data``, or a deflated stream declaring ``size`` bytes (crc as given)."""

    def __init__(self, name, data=None, *, deflated=None, size=None, crc=None):
        self.name = name.encode()
        if deflated is None:
            self.method, self.body, self.size = 0, data, len(data)
            self.crc = zlib.crc32(data) if crc is None else crc
        else:
            self.method, self.body, self.size = 8, deflated, size
            self.crc = crc or 0


def zip_bytes(entries) -> bytes:
    """A zip archive of ``entries`` written by hand, so that sizes and CRCs can lie."""
    out, central = io.BytesIO(), []
    for e in entries:
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, e.method, 0, 0, e.crc, len(e.body),
                              e.size, len(e.name), 0))
        out.write(e.name + e.body)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, e.method, 0, 0, e.crc,
                                   len(e.body), e.size, len(e.name), 0, 0, 0, 0, 0, offset) + e.name)
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def npz_entries(arrays: dict, meta=None) -> list:
    """Stored entries for ``arrays`` ({key: array}) and a '__meta__' JSON text (a dict, or text as it is)."""
    entries = [Entry(key + ".npy", npy_bytes(value)) for key, value in arrays.items()]
    if meta is not None:
        text = meta if isinstance(meta, str) else json.dumps(meta)
        entries.append(Entry("__meta__.npy", npy_bytes(np.array(text))))
    return entries


def read_entries(path) -> tuple[dict, dict]:
    """(arrays, meta) of an .npz written by the app."""
    with np.load(path, allow_pickle=False) as archive:
        arrays = {key: archive[key] for key in archive.files}
    meta = json.loads(str(arrays.pop("__meta__")))
    return arrays, meta


def gzip_zeros(prefix: bytes, n_zeros: int) -> bytes:
    """A gzip file of ``prefix`` and ``n_zeros`` zero bytes (CRC wrong, size field as declared)."""
    header = gzip.compress(b"")[:10]
    body = deflate_zeros(prefix, n_zeros)
    return header + body + struct.pack("<2L", 0, (len(prefix) + n_zeros) & 0xFFFFFFFF)


def peak_bytes(fn, *args, **kwargs):
    """(exception raised or None, result, peak bytes traced by tracemalloc while running ``fn``).

    NumPy reports its array allocations to tracemalloc, and so do zlib's and
    the zip module's buffers: what a bomb would inflate shows up here.
    """
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    error = result = None
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 (the caller asserts what it expects)
        error = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return error, result, peak


def listing(folder) -> dict:
    """{name: (size, mode, mtime, sha256 of the start)} of every entry in ``folder``: to show that nothing was written or changed."""
    out = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        st = os.lstat(path)
        digest = hashlib.sha256()
        if os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as f:  # the first 64 MiB: crafted sparse files are gigabytes of nothing
                for _ in range(64):
                    chunk = f.read(1 << 20)
                    if not chunk:
                        break
                    digest.update(chunk)
        out[name] = (st.st_size, st.st_mode, st.st_mtime_ns, digest.hexdigest())
    return out
