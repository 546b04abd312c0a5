"""Saving: only onto a regular writable file or a new name in a writable folder; modes kept; leftovers swept."""
import os
import stat
import time

import numpy as np
import pytest

from engine import SaveTargetError, TrainConfig, TwoLayerNet, atomic_path, check_save_target, save_model, save_session
from engine.atomic import STALE_SECONDS, sweep_stale_temps


def save(path):
    return save_model(TwoLayerNet(784, 5, 10, seed=0), path)


def save_a_session(path):
    config = TrainConfig(hidden_sizes=(5,))
    from engine import build_network

    curves = {k: np.zeros(0) for k in ("loss_step", "loss", "eval_step", "train_acc", "test_acc")}
    return save_session(path, net=build_network(config), config=config, curves=curves, total_step=0,
                        dataset_name="MNIST", data_dir=None)


savers = pytest.mark.parametrize("saver", [save, save_a_session], ids=["model", "session"])


def refused(saver, path, *words):
    with pytest.raises(SaveTargetError) as caught:
        saver(path)
    error = caught.value
    assert isinstance(error, OSError)  # the window's "could not save" handler catches OSError
    assert str(error).startswith(f"{path}: "), str(error)
    for word in words:
        assert word in error.strerror
    return error


@savers
def test_empty_name(saver):
    refused(saver, "", "no file name")


@savers
def test_missing_folder(tmp_path, saver):
    refused(saver, tmp_path / "nowhere" / "m.npz", "does not exist")
    assert list(tmp_path.iterdir()) == []


@savers
def test_a_folder(tmp_path, saver):
    (tmp_path / "d").mkdir()
    refused(saver, tmp_path / "d", "is a folder")
    assert list((tmp_path / "d").iterdir()) == []


@savers
def test_a_symbolic_link_is_left_alone(tmp_path, saver):
    target = tmp_path / "target.npz"
    target.write_bytes(b"precious")
    (tmp_path / "link.npz").symlink_to(target)
    refused(saver, tmp_path / "link.npz", "symbolic link")
    assert target.read_bytes() == b"precious" and (tmp_path / "link.npz").is_symlink()


@savers
def test_a_pipe(tmp_path, saver):
    os.mkfifo(tmp_path / "pipe")
    refused(saver, tmp_path / "pipe", "not a regular file")
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)


def test_a_device_node_is_not_replaced():
    """As root, --save /dev/full used to replace the device with a regular file."""
    for device in ("/dev/null", "/dev/full"):
        if os.path.exists(device):
            with pytest.raises(SaveTargetError, match="not a regular file"):
                check_save_target(device)
            assert stat.S_ISCHR(os.stat(device).st_mode)


@savers
def test_a_read_only_file_is_not_overwritten(tmp_path, saver):
    path = tmp_path / "m.npz"
    path.write_bytes(b"old")
    path.chmod(0o444)
    refused(saver, path, "read-only file")
    assert path.read_bytes() == b"old" and stat.S_IMODE(path.stat().st_mode) == 0o444


@savers
def test_a_read_only_folder(tmp_path, saver):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        refused(saver, folder / "m.npz", "read-only")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@savers
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604])
def test_a_replaced_file_keeps_its_mode(tmp_path, saver, mode):
    path = tmp_path / "m.npz"
    path.write_bytes(b"old")
    path.chmod(mode)
    saver(path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert path.read_bytes() != b"old"


def test_a_new_file_gets_the_umask_s_mode(tmp_path):
    old = os.umask(0o027)
    try:
        save(tmp_path / "m.npz")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "m.npz").stat().st_mode) == 0o640


def _age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_temporaries_of_the_same_name_are_swept_and_only_those(tmp_path):
    names = {
        ".m.npz.abcd_123.tmp": 2 * STALE_SECONDS,   # ours and old: swept
        ".m.npz.zz99zz99.tmp": 10,                  # ours but young (a save in progress): kept
        ".m.npz.tmp": 2 * STALE_SECONDS,            # not mkstemp's pattern: kept
        ".other.npz.abcd1234.tmp": 2 * STALE_SECONDS,  # another file's: kept until that one is saved
        "notes.txt": 2 * STALE_SECONDS,
    }
    for name, age in names.items():
        (tmp_path / name).write_bytes(b"x" * 10)
        _age(tmp_path / name, age)
    (tmp_path / ".m.npz.dir00000.tmp").mkdir()  # a folder with the pattern: not a file of ours
    _age(tmp_path / ".m.npz.dir00000.tmp", 2 * STALE_SECONDS)
    save(tmp_path / "m.npz")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert ".m.npz.abcd_123.tmp" not in left
    assert set(left) == set(names) - {".m.npz.abcd_123.tmp"} | {"m.npz", ".m.npz.dir00000.tmp"}


def test_sweep_returns_what_it_removed(tmp_path):
    stale = tmp_path / ".m.npz.aaaaaaaa.tmp"
    stale.write_bytes(b"")
    _age(stale, 2 * STALE_SECONDS)
    assert sweep_stale_temps(tmp_path / "m.npz") == [stale]
    assert sweep_stale_temps(tmp_path / "m.npz") == []


def test_an_error_inside_the_block_leaves_no_temporary(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_path(tmp_path / "m.npz") as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
