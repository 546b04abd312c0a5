"""Atomic file writes: a file is either the old one or the complete new one.

Model files, session files and the data cache are all written the same way:
into a temporary file ``.NAME.XXXXXXXX.tmp`` in the destination's folder,
flushed to disk, then renamed over the destination (a rename within one
folder is atomic). An error mid-write leaves the old file untouched and no
temporary behind; a temporary left by a process that was killed mid-save is
swept by the next save of the same name once it is ``STALE_SECONDS`` old
(only files of exactly that pattern, owned by us, and regular files).

Before anything is written, ``check_save_target`` refuses a target that
cannot be saved to, with ``SaveTargetError`` (an ``OSError``) naming the path
and the reason: an empty name, a missing or read-only folder, a folder, a
symbolic link, a device or pipe, or a read-only file. A file that is
replaced keeps its permission bits (a 0600 file stays 0600).
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

__all__ = ["SaveTargetError", "atomic_path", "check_save_target", "sweep_stale_temps", "STALE_SECONDS"]

# A temporary file this old is a leftover of a killed save, not one in progress:
# the largest file the app writes takes seconds, not an hour.
STALE_SECONDS = 3600.0


class SaveTargetError(OSError):
    """A file cannot be saved at this path (the reason is ``strerror``, the path ``filename``)."""

    def __init__(self, path, reason: str, code: int = errno.EINVAL):
        super().__init__(code, reason, os.fspath(path))

    def __str__(self):
        return f"{self.filename}: {self.strerror}"


def check_save_target(path) -> Path:
    """Check that a file can be saved at ``path`` (nothing is written); returns it as a Path.

    Raises SaveTargetError when the name is empty, its folder is missing, not
    a folder or not writable, or the path is a folder, a symbolic link,
    something other than a regular file (a device, a pipe), or a read-only file.
    """
    if os.fspath(path) == "":
        raise SaveTargetError(path, "no file name given", errno.ENOENT)
    path = Path(path)
    folder = path.parent
    if os.path.lexists(path):
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            raise SaveTargetError(path, "is a symbolic link; save to the file itself, not to a link", errno.ELOOP)
        if stat.S_ISDIR(st.st_mode):
            raise SaveTargetError(path, "is a folder, not a file; add a file name", errno.EISDIR)
        if not stat.S_ISREG(st.st_mode):
            raise SaveTargetError(path, "is not a regular file (a device, pipe or socket)", errno.EINVAL)
        # The mode bits, not os.access: as root os.access says yes to a 0444 file.
        if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
            raise SaveTargetError(path, "is a read-only file", errno.EACCES)
    if not folder.exists():
        raise SaveTargetError(path, f"its folder {folder} does not exist", errno.ENOENT)
    if not folder.is_dir():
        raise SaveTargetError(path, f"{folder} is not a folder", errno.ENOTDIR)
    if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
        raise SaveTargetError(path, f"its folder {folder} is read-only", errno.EACCES)
    return path


def _temp_pattern(name: str) -> re.Pattern:
    # tempfile.mkstemp's random part: 8 characters of [a-z0-9_].
    return re.compile(re.escape(f".{name}.") + r"[a-z0-9_]{8}" + re.escape(".tmp"))


def sweep_stale_temps(path, max_age: float = STALE_SECONDS) -> list[Path]:
    """Delete ``.NAME.XXXXXXXX.tmp`` files beside ``path`` older than ``max_age`` seconds.

    Only regular files of exactly that pattern (our own temporaries), owned
    by the current user. Best effort: returns the files deleted.
    """
    path = Path(path)
    folder = path.parent
    pattern = _temp_pattern(path.name)
    now = time.time()
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not pattern.fullmatch(name):
            continue
        candidate = folder / name
        try:
            st = os.lstat(candidate)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < max_age:
                continue
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                continue
            os.unlink(candidate)
            removed.append(candidate)
        except OSError:
            continue
    return removed


@contextmanager
def atomic_path(path):
    """Yield a temporary path to write; on success it replaces ``path``.

    ``path`` is checked first (``check_save_target``). The temporary file gets
    the permissions of the file it replaces, or those any new file would get
    (0666 less the umask), not mkstemp's private 0600.
    """
    path = check_save_target(path)
    folder = path.parent
    sweep_stale_temps(path)
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveTargetError(path, f"cannot write in its folder ({exc.strerror or exc})",
                              exc.errno or errno.EIO) from exc
    os.close(fd)
    try:
        os.chmod(tmp, mode)
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
