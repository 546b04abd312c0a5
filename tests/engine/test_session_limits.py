"""Session files: bounded curves and step counts; a session the app opens, it can save."""
import json
import zlib

import numpy as np
import pytest

from engine import MAX_CURVE_VALUE, MAX_TOTAL_STEP, SessionFileError, TrainConfig, build_network, load_session
from engine import session as session_module
from engine import save_session
from tests.engine.crafted import Entry, deflate_zeros, npy_header, npz_entries, read_entries, zip_bytes
from tests.engine.test_file_limits import assert_refused, changed_meta, make_curves, rewrite, write_valid

CONFIG = TrainConfig(hidden_sizes=(20,), dtype="float64")


def saved_fields(path):
    """save_session's keyword arguments for a loaded session: what the window would save again."""
    s = load_session(path)
    return dict(net=s.net, config=s.config, curves=s.curves, total_step=s.total_step,
                dataset_name=s.dataset_name, data_dir=s.data_dir, info=s.info)


def test_a_step_count_beyond_the_limit_is_refused(tmp_path):
    path = changed_meta(write_valid("session", tmp_path), lambda m: m.__setitem__("total_step", 10**30))
    assert_refused("session", path, "step count", "1e+15")


def test_curves_beyond_the_steps_trained_are_refused(tmp_path):
    path = changed_meta(write_valid("session", tmp_path), lambda m: m.__setitem__("total_step", 5))
    assert_refused("session", path, "'loss_step' goes on to step 10", "beyond the 5 steps")


def test_a_loss_of_1e300_is_refused(tmp_path):
    path = write_valid("session", tmp_path)
    loss = np.linspace(2.3, 0.5, 10)
    loss[3] = 1e300
    rewrite(path, {"curve/loss": loss})
    assert_refused("session", path, "'loss'", "beyond")


def test_a_curve_declared_as_10_billion_points(tmp_path):
    """Was MemoryError: the header is checked before anything is allocated."""
    path = write_valid("session", tmp_path)
    content, meta = read_entries(path)
    content.pop("curve/loss")
    header = npy_header((10**10,), np.float64)
    bomb = Entry("curve/loss.npy", deflated=deflate_zeros(header, 1000), size=len(header) + 1000,
                 crc=zlib.crc32(header + bytes(1000)))
    path.write_bytes(zip_bytes(npz_entries(content, meta) + [bomb]))
    assert_refused("session", path, "'curve/loss'", "(10000000000,)")


def test_10_to_the_8_curve_points_are_refused_before_reading(tmp_path):
    """Was 17 s and 3.9 GB: now refused from the entries' declared sizes."""
    path = write_valid("session", tmp_path)
    content, meta = read_entries(path)
    n = 10**8
    entries = []
    for key in ("loss_step", "loss"):
        content.pop("curve/" + key)
        header = npy_header((n,), np.float64)
        entries.append(Entry(f"curve/{key}.npy", deflated=deflate_zeros(header, 8 * n), size=len(header) + 8 * n))
    path.write_bytes(zip_bytes(npz_entries(content, meta) + entries))
    assert path.stat().st_size < 3_000_000
    assert_refused("session", path, "curve/loss", "declares 800 MB")


def test_more_curve_points_than_a_session_keeps(tmp_path, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_CURVE_POINTS", 8)
    path = tmp_path / "s.npz"
    with pytest.raises(ValueError, match="declares 10 points, more than the 8"):
        save_session(path, net=build_network(CONFIG), config=CONFIG, curves=make_curves(10), total_step=10,
                     dataset_name="MNIST", data_dir=None)
    assert not path.exists()
    monkeypatch.undo()
    write_valid("session", tmp_path)
    monkeypatch.setattr(session_module, "MAX_CURVE_POINTS", 8)
    assert_refused("session", tmp_path / "session.npz", "'loss_step' declares 10 points")


@pytest.mark.parametrize("change, words", [
    (dict(total_step=10**30), ("total_step",)),
    (dict(total_step=5), ("beyond the 5 steps",)),
    (dict(curves=dict(make_curves(), loss=np.r_[np.linspace(2, 1, 9), 1e300])), ("'loss'", "beyond")),
])
def test_save_session_refuses_what_load_session_would(tmp_path, change, words):
    args = dict(net=build_network(CONFIG), config=CONFIG, curves=make_curves(), total_step=10,
                dataset_name="MNIST", data_dir=None)
    args.update(change)
    with pytest.raises(ValueError, match="cannot save the session") as caught:
        save_session(tmp_path / "s.npz", **args)
    for word in words:
        assert word in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_session_at_every_limit_opens_and_saves_again(tmp_path):
    curves = make_curves()
    curves["loss"][0] = MAX_CURVE_VALUE
    curves["eval_step"] = np.array([0.0, float(MAX_TOTAL_STEP)])
    path = save_session(tmp_path / "edge.npz", net=build_network(CONFIG), config=CONFIG, curves=curves,
                        total_step=MAX_TOTAL_STEP, dataset_name="MNIST", data_dir=None)
    again = save_session(tmp_path / "again.npz", **saved_fields(path))
    a, b = read_entries(path), read_entries(again)
    assert a[1] == b[1]
    for key in a[0]:
        assert a[0][key].tobytes() == b[0][key].tobytes()


def test_a_session_from_another_file_can_be_saved_again(tmp_path):
    """A file the app did not write (legal values only) that it opens, it can save."""
    path = write_valid("session", tmp_path)
    content, meta = read_entries(path)
    content["curve/loss_step"] = content["curve/loss_step"].astype(np.int32)  # ints are read as float64
    meta["config"]["hidden_sizes"] = [64]  # disagrees with the arrays: derived from them
    meta["info"] = {"plots": {"smoothing": 0.6}, "note": [1, {"a": None}]}
    rewrite(path, content, meta)
    save_session(tmp_path / "again.npz", **saved_fields(path))
    assert load_session(tmp_path / "again.npz").config.hidden_sizes == (20,)


def test_a_refused_session_leaves_its_folder_as_it_was(tmp_path):
    path = write_valid("session", tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("kept")
    changed_meta(path, lambda m: m.__setitem__("info", json.loads("[" * 40 + "]" * 40)))
    with pytest.raises(SessionFileError):
        load_session(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt", "session.npz"]
