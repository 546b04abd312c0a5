"""Atomic file writes: a file is either the old one or the complete new one.

Model files, session files and the data cache are all written the same way:
into a temporary file in the destination's folder, flushed to disk, then
renamed over the destination (a rename within one folder is atomic). A crash
or an error mid-write leaves the old file untouched and no temporary behind.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path"]


@contextmanager
def atomic_path(path):
    """Yield a temporary path to write; on success it replaces ``path``.

    The temporary file gets the permissions any new file would (0666 less the
    umask), not mkstemp's private 0600.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        yield Path(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
