"""Model and session files from strangers: bombs rejected before allocation, one error contract.

Every crafted file is built here, in memory (see tests/engine/crafted.py). Each
test asserts the error type, that the message starts with the path and says
why, that the peak memory while refusing stays far below 200 MB (tracemalloc
sees NumPy's and zlib's allocations), and that nothing on disk changed.
Loaders return new objects and never mutate anything else, so the file and
its folder are the only state a refused load could touch.
"""
import json
import math
import zlib

import numpy as np
import pytest

from engine import (
    MAX_MODEL_FILE_BYTES,
    ModelFileError,
    SessionFileError,
    TrainConfig,
    TwoLayerNet,
    build_network,
    load_model,
    load_session,
    save_model,
    save_session,
)
from tests.engine.crafted import (
    Entry,
    deflate_zeros,
    listing,
    npy_bytes,
    npy_header,
    npz_entries,
    peak_bytes,
    read_entries,
    zip_bytes,
)

BUDGET = 200 * 2**20  # what refusing any crafted file may cost, at most
PREFIX = {"model": "", "session": "param/"}


def make_curves(n=10):
    steps = np.arange(1.0, n + 1)
    return {"loss_step": steps, "loss": np.linspace(2.3, 0.5, n), "eval_step": np.array([0.0, float(n)]),
            "train_acc": np.array([np.nan, 0.8]), "test_acc": np.array([0.1, 0.8])}


def write_valid(kind, folder, net=None):
    """A valid file of ``kind`` ('model' or 'session') holding a small 784-20-10 net."""
    net = net if net is not None else TwoLayerNet(784, 20, 10, seed=0)
    path = folder / f"{kind}.npz"
    if kind == "model":
        save_model(net, path, config=TrainConfig(hidden_sizes=(20,), dtype="float64"), info={"steps": 10})
    else:
        save_session(path, net=net, config=TrainConfig(hidden_sizes=(20,), dtype="float64"), curves=make_curves(),
                     total_step=10, dataset_name="MNIST", data_dir=None, info={"steps": 10})
    return path


def load(kind):
    return load_model if kind == "model" else load_session


def error_type(kind):
    return ModelFileError if kind == "model" else SessionFileError


def assert_refused(kind, path, *words):
    """Loading ``path`` raises the kind's error naming the file and ``words``, within BUDGET, changing nothing."""
    before = listing(path.parent)
    error, result, peak = peak_bytes(load(kind), path)
    assert result is None, f"{path} was accepted"
    assert type(error) is error_type(kind), repr(error)
    message = str(error)
    assert message.startswith(str(path)), message
    for word in words:
        assert word in message, message
    assert peak < BUDGET, f"{peak / 2**20:.0f} MiB traced while refusing {path}"
    assert listing(path.parent) == before
    return message


def rewrite(path, arrays=None, meta=None, drop=()):
    """Rewrite an app-written file: some arrays replaced, some dropped, metadata changed or replaced by text."""
    content, old_meta = read_entries(path)
    for key in drop:
        content.pop(key)
    content.update(arrays or {})
    path.write_bytes(zip_bytes(npz_entries(content, old_meta if meta is None else meta)))
    return path


def changed_meta(path, change):
    _, meta = read_entries(path)
    change(meta)
    return rewrite(path, meta=meta)


kinds = pytest.mark.parametrize("kind", ["model", "session"])


# ------------------------------------------------------------------ bombs ----

@kinds
def test_a_4kb_file_declaring_a_75_gb_array(tmp_path, kind):
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    entries = [Entry(k + ".npy", npy_bytes(v)) for k, v in content.items() if k != PREFIX[kind] + "W1"]
    header = npy_header((100_000, 100_000), np.float64)
    entries.append(Entry(PREFIX[kind] + "W1.npy", deflated=deflate_zeros(header, 1000),
                         size=len(header) + 1000, crc=zlib.crc32(header + bytes(1000))))
    entries += npz_entries({}, meta)
    path.write_bytes(zip_bytes(entries))
    assert path.stat().st_size < 300_000
    assert_refused(kind, path, "'" + PREFIX[kind] + "W1'", "(100000, 100000)")


@kinds
def test_an_extra_deflated_2_gib_entry_is_refused_by_its_declared_size(tmp_path, kind):
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    header = npy_header((2**28,), np.float64)
    bomb = Entry("extra.npy", deflated=deflate_zeros(header, 2**31), size=len(header) + 2**31)
    path.write_bytes(zip_bytes(npz_entries(content, meta) + [bomb]))
    assert path.stat().st_size < 3_000_000  # a 2.2 MB file, as reported
    assert_refused(kind, path, "'extra'", "declares 2.15 GB")


@kinds
def test_a_deflated_entry_longer_than_it_declares_is_read_only_as_far_as_declared(tmp_path, kind):
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    key = PREFIX[kind] + "W1"
    header = npy_header((784, 20), np.float64)
    liar = Entry(key + ".npy", deflated=deflate_zeros(header, 2**29), size=len(header) + 784 * 20 * 8)
    others = {k: v for k, v in content.items() if k != key}
    path.write_bytes(zip_bytes(npz_entries(others, meta) + [liar]))
    assert_refused(kind, path, f"'{key}'", "cannot be read")  # its CRC-32 does not match: refused at the end


@kinds
def test_the_reported_784_400000_10_model(tmp_path, kind):
    """1.2 MB declaring a consistent [784, 400000, 10]: was 6.0 GB and 64 s; refused from the W1 header."""
    path = write_valid(kind, tmp_path)
    _, meta = read_entries(path)
    meta["architecture"]["sizes"] = [784, 400_000, 10]
    if kind == "session":
        meta["config"]["hidden_sizes"] = [400_000]
    p = PREFIX[kind]
    entries = []
    for key, shape in (("W1", (784, 400_000)), ("b1", (400_000,)), ("W2", (400_000, 10)), ("b2", (10,))):
        header = npy_header(shape, np.float32)
        n = 4 * math.prod(shape)
        entries.append(Entry(p + key + ".npy", deflated=deflate_zeros(header, n), size=len(header) + n))
    if kind == "session":
        content, _ = read_entries(tmp_path / "session.npz")
        entries += [Entry(k + ".npy", npy_bytes(v)) for k, v in content.items() if k.startswith("curve/")]
    entries += npz_entries({}, meta)
    path.write_bytes(zip_bytes(entries))
    assert path.stat().st_size < 3_000_000
    assert_refused(kind, path, "'" + p + "W1'", "declares 1.25 GB")


@kinds
def test_a_hidden_layer_beyond_the_window_s_limit(tmp_path, kind):
    net = TwoLayerNet(784, 5000, 10, seed=0, dtype=np.float32)
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    p = PREFIX[kind]
    content.update({p + k: v for k, v in net.params.items()})
    meta["architecture"]["sizes"] = [784, 5000, 10]
    rewrite(path, content, meta)
    assert_refused(kind, path, "hidden layer 1 has 5000 units", "1 to 4096")


@kinds
def test_more_entries_than_any_file_of_ours(tmp_path, kind):
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    extra = {f"x{i}": np.zeros(1) for i in range(100)}
    path.write_bytes(zip_bytes(npz_entries({**content, **extra}, meta)))
    assert_refused(kind, path, "entries", "at most 64")


@kinds
def test_a_file_larger_than_the_largest_accepted(tmp_path, kind):
    path = write_valid(kind, tmp_path)
    with open(path, "r+b") as f:
        f.truncate(MAX_MODEL_FILE_BYTES + 2**30 if kind == "model" else 4 * 2**30)  # sparse: no disk used
    assert_refused(kind, path, "larger than")


# ------------------------------------------------------- the error contract ----

DEEP = "[" * 100_000 + "]" * 100_000


@kinds
@pytest.mark.parametrize("change, words", [
    (lambda m: m.__setitem__("info", 7), ("'info' must be a JSON object", "int")),
    (lambda m: m.__setitem__("info", [1, 2]), ("'info' must be a JSON object", "list")),
    (lambda m: m.__setitem__("info", "text"), ("'info' must be a JSON object", "str")),
    (lambda m: m.__setitem__("info", {"test_accuracy": "high"}), ("'test_accuracy'",)),
    (lambda m: m.__setitem__("info", {"steps": -1}), ("'steps'",)),
    (lambda m: m.__setitem__("info", {"a": json.loads("[" * 40 + "]" * 40)}), ("nested more than 32",)),
    (lambda m: m["config"].__setitem__("lr", 10**400), ("training config is invalid", "lr")),
    (lambda m: m["config"].__setitem__("seed", 10**400), ("training config is invalid", "seed")),
    (lambda m: m["config"].__setitem__("hidden_sizes", [10**400]), ("training config is invalid",)),
    (lambda m: m["config"].__setitem__("bug", {"a": 1}), ("training config is invalid", "bug")),
    (lambda m: m["config"].__setitem__("activation", [1]), ("training config is invalid", "activation")),
    (lambda m: m.__setitem__("config", [1, 2]), ("training config must be a JSON object",)),
    (lambda m: m["architecture"].__setitem__("weight_decay_lambda", float("nan")), ("weight decay nan",)),
    (lambda m: m["architecture"].__setitem__("weight_decay_lambda", -0.5), ("weight decay -0.5",)),
    (lambda m: m["architecture"].__setitem__("weight_decay_lambda", 10**400), ("weight decay",)),
    (lambda m: m["architecture"].__setitem__("sizes", [784, 20.5, 10]), ("whole numbers",)),
    (lambda m: m["architecture"].__setitem__("sizes", [784, 10**400, 10]), ("hidden layer 1",)),
    (lambda m: m["architecture"].__setitem__("sizes", "784-20-10"), ("no layer sizes",)),
    (lambda m: m["architecture"].__setitem__("class", ["TwoLayerNet"]), ("network class",)),
])
def test_strange_metadata_is_a_file_error(tmp_path, kind, change, words):
    path = changed_meta(write_valid(kind, tmp_path), change)
    assert_refused(kind, path, *words)


@kinds
@pytest.mark.parametrize("text, words", [
    (DEEP, ("nested too deeply",)),
    ('{"format": ' + "[" * 100_000, ("nested too deeply",)),
    ("[1, 2]", ("wrong format tag",)),
    ('"a string"', ("wrong format tag",)),
    ("1" * 5000, ("not valid JSON",)),  # more digits than Python converts
])
def test_metadata_python_cannot_read_is_a_file_error(tmp_path, kind, text, words):
    path = write_valid(kind, tmp_path)
    content, _ = read_entries(path)
    path.write_bytes(zip_bytes(npz_entries(content, text)))
    assert_refused(kind, path, *words)


@kinds
@pytest.mark.parametrize("dtype", [np.float16, np.longdouble, np.complex128, np.int32])
def test_parameters_only_float32_or_float64(tmp_path, kind, dtype):
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    params = [PREFIX[kind] + key for key in ("W1", "b1", "W2", "b2")]
    content = {k: (v.astype(dtype) if k in params else v) for k, v in content.items()}
    rewrite(path, content, meta)
    assert_refused(kind, path, "expected float32 or float64")


def test_load_model_and_load_session_share_one_validation(tmp_path):
    """The same defect gives the same reason from either loader."""
    reasons = []
    for kind in ("model", "session"):
        folder = tmp_path / kind
        folder.mkdir()
        path = changed_meta(write_valid(kind, folder),
                            lambda m: m["architecture"].__setitem__("weight_decay_lambda", float("nan")))
        reasons.append(assert_refused(kind, path).split(": ", 1)[1])
    assert reasons[0] == reasons[1]


# ------------------------------------------- a config that disagrees or is missing ----

def test_a_model_whose_config_disagrees_with_its_arrays_loads_with_the_arrays_architecture(tmp_path):
    path = write_valid("model", tmp_path)
    changed_meta(path, lambda m: m["config"].update(hidden_sizes=[100, 100], activation="sigmoid", lr=0.05))
    net = load_model(path)
    assert net.sizes == [784, 20, 10]
    assert net.config.hidden_sizes == (20,) and net.config.activation == "relu"
    assert net.config.lr == 0.05  # the file's training settings are kept
    assert set(net.config_derived) == {"hidden_sizes", "activation"}


def test_a_session_whose_config_disagrees_with_its_arrays(tmp_path):
    path = write_valid("session", tmp_path)
    changed_meta(path, lambda m: m["config"].update(hidden_sizes=[64], dtype="float32"))
    session = load_session(path)
    assert session.config.hidden_sizes == (20,) and session.config.dtype == "float64"
    assert session.net.config == session.config
    assert set(session.config_derived) == {"hidden_sizes", "dtype"}


def test_a_model_is_built_from_its_arrays_without_drawing_random_weights(tmp_path, monkeypatch):
    path = write_valid("model", tmp_path)
    expected = load_model(path).params["W1"].copy()

    def no_random(*args, **kwargs):
        raise AssertionError("random weights were drawn while loading")

    monkeypatch.setattr(np.random, "default_rng", no_random)
    net = load_model(path)
    assert np.array_equal(net.params["W1"], expected)
    assert net.layers["Affine1"].W is net.params["W1"]


# -------------------------------------------- saving what could not be read ----

@pytest.mark.parametrize("make, words", [
    (lambda: TwoLayerNet(784, 5000, 10, seed=0, dtype=np.float32), ("5000 units",)),
    (lambda: TwoLayerNet(784, 20, 10, seed=0, dtype=np.float16), ("float16",)),
])
def test_save_model_refuses_what_load_model_would(tmp_path, make, words):
    with pytest.raises(ValueError, match="cannot save the model") as caught:
        save_model(make(), tmp_path / "m.npz")
    for word in words:
        assert word in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_save_model_refuses_info_that_is_not_json(tmp_path):
    with pytest.raises(ValueError, match="'info' must"):
        save_model(TwoLayerNet(784, 20, 10, seed=0), tmp_path / "m.npz", info=["a", "list"])
    assert list(tmp_path.iterdir()) == []


def test_a_model_saved_with_a_disagreeing_config_records_the_net_s_architecture(tmp_path):
    net = TwoLayerNet(784, 20, 10, seed=0)
    path = save_model(net, tmp_path / "m.npz", config=TrainConfig(hidden_sizes=(100, 100), lr=0.05))
    _, meta = read_entries(path)
    assert meta["config"]["hidden_sizes"] == [20] and meta["config"]["lr"] == 0.05
    assert load_model(path).config_derived == ()


def test_build_network_limits_match_the_file_limits(tmp_path):
    """The largest net the controls allow is a net a file may hold (checked on the small side)."""
    config = TrainConfig(hidden_sizes=(4096,), dtype="float32", steps=1)
    net = build_network(config, 784, 10)
    path = save_model(net, tmp_path / "big.npz")
    assert load_model(path).sizes == [784, 4096, 10]
