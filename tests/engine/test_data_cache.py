"""The data cache: a size cap, least recently used entries evicted first, leftovers swept, nothing else touched."""
import os
import time

import numpy as np
import pytest

from engine import data_cache, load_mnist
from engine.atomic import STALE_SECONDS
from tests.engine.idx_files import cache_entries, make_folder


def entry_bytes(entry):
    return sum(p.stat().st_size for p in entry.iterdir())


def age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def sets(tmp_path):
    """Three small data sets and an empty cache folder."""
    for name in "abc":
        make_folder(tmp_path / name, seed=ord(name))
    return tmp_path, tmp_path / "cache"


def load(folder, cache):
    return load_mnist(False, data_dir=folder, cache_dir=cache)


def test_the_least_recently_used_entry_goes_first(sets, monkeypatch):
    root, cache = sets
    load(root / "a", cache)
    (one,) = cache_entries(cache)
    size = entry_bytes(one)
    monkeypatch.setattr(data_cache, "CACHE_MAX_BYTES", int(2.5 * size))
    load(root / "b", cache)
    entries = {e.name: e for e in cache_entries(cache)}
    (entry_b,) = set(entries) - {one.name}
    age(one / "manifest.json", 100)
    age(entries[entry_b] / "manifest.json", 50)
    load(root / "a", cache)  # a is read again: now b is the least recently used
    load(root / "c", cache)
    left = {e.name for e in cache_entries(cache)}
    assert one.name in left and entry_b not in left and len(left) == 2
    assert not (cache / entry_b).exists()  # the folder too, not only its files


def test_changing_a_source_many_times_keeps_the_cache_bounded(sets, monkeypatch):
    root, cache = sets
    load(root / "a", cache)
    (first,) = cache_entries(cache)
    cap = int(3.5 * entry_bytes(first))
    monkeypatch.setattr(data_cache, "CACHE_MAX_BYTES", cap)
    for i in range(8):
        for path in (root / "a").iterdir():
            os.utime(path, ns=(i * 10**9, (i + 1) * 10**9))  # a new mtime: a new entry
        load(root / "a", cache)
    assert len(cache_entries(cache)) == 3
    assert sum(entry_bytes(e) for e in cache_entries(cache)) <= cap


def test_an_entry_larger_than_the_cap_is_not_stored(sets, monkeypatch):
    root, cache = sets
    monkeypatch.setattr(data_cache, "CACHE_MAX_BYTES", 1000)
    (x, _), _ = load(root / "a", cache)
    assert x.shape == (50, 784)
    assert not cache.exists() or cache_entries(cache) == []


def test_stale_leftovers_are_swept_and_young_ones_kept(sets):
    root, cache = sets
    load(root / "a", cache)
    (entry,) = cache_entries(cache)
    stale = entry / ".train_img.npy.k3j4h5g6.tmp"
    young = entry / ".manifest.json.a1b2c3d4.tmp"
    for path, seconds in ((stale, 2 * STALE_SECONDS), (young, 5)):
        path.write_bytes(b"half written")
        age(path, seconds)
    incomplete = cache / "mnist-0123456789abcdef"  # a store killed before its manifest
    incomplete.mkdir()
    (incomplete / "train_img.npy").write_bytes(b"x")
    age(incomplete, 2 * STALE_SECONDS)
    fresh = cache / "other-fedcba9876543210"  # being written right now by another process
    fresh.mkdir()
    (fresh / "train_img.npy").write_bytes(b"x")
    load(root / "b", cache)
    assert not stale.exists() and young.exists()
    assert not incomplete.exists() and fresh.exists()


def test_only_our_folders_and_files_are_deleted(sets, monkeypatch):
    root, cache = sets
    cache.mkdir()
    (cache / "photos").mkdir()
    (cache / "photos" / "holiday.jpg").write_bytes(b"x" * 10**6)
    (cache / "notes.txt").write_bytes(b"x" * 10**6)
    load(root / "a", cache)
    (entry,) = cache_entries(cache)
    (entry / "mine.txt").write_bytes(b"a user's file in an entry folder")
    age(entry / "manifest.json", 100)
    monkeypatch.setattr(data_cache, "CACHE_MAX_BYTES", entry_bytes(entry) + 10)
    load(root / "b", cache)  # evicts the entry of a: its own files only
    assert (cache / "photos" / "holiday.jpg").exists() and (cache / "notes.txt").exists()
    assert sorted(p.name for p in entry.iterdir()) == ["mine.txt"]
    assert len(cache_entries(cache)) == 1


def test_a_cache_hit_is_marked_as_used(sets):
    root, cache = sets
    load(root / "a", cache)
    (entry,) = cache_entries(cache)
    age(entry / "manifest.json", 1000)
    before = (entry / "manifest.json").stat().st_mtime
    (x, _), _ = load(root / "a", cache)
    assert (entry / "manifest.json").stat().st_mtime > before
    assert np.array_equal(x.reshape(-1, 28, 28), make_folder(root / "copy", seed=ord("a"))["train_img"])


def test_an_oversized_cache_file_is_not_read_but_rebuilt(sets):
    root, cache = sets
    load(root / "a", cache)
    (entry,) = cache_entries(cache)
    with open(entry / "train_img.npy", "r+b") as f:
        f.truncate(2**31)  # sparse: a planted 2 GiB file
    (x, _), _ = load(root / "a", cache)
    assert x.shape == (50, 784)
    assert (entry / "train_img.npy").stat().st_size < 100_000  # rebuilt from the sources
