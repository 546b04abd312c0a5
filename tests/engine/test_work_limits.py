"""The work a network may ask for: at most MAX_PARAMS parameters, at most MAX_BATCH_MACS per mini-batch.

TrainConfig refuses more (ConfigError TOO_MANY_PARAMS on hidden_sizes, BATCH_TOO_HEAVY
on batch_size) with the numbers in its message; model and session files follow the same
parameter cap, checked from their metadata before any array is read; a file's stored
config that asks for too much is fitted to its arrays (and says so in config_derived).
"""
from __future__ import annotations

import math
import pickle
import zlib

import numpy as np
import pytest

from engine import (
    LIMITS,
    ConfigError,
    ConfigProblem,
    MultiLayerNet,
    TrainConfig,
    load_model,
    load_session,
    save_model,
)
from engine.config import MAX_BATCH_MACS, MAX_PARAMS, largest_batch
from engine.modelspec import MAX_PARAM_BYTES, check_architecture
from engine.network import _EVAL_CHUNK_MACS
from engine.reasons import network_name
from tests.engine.crafted import (
    Entry,
    deflate_zeros,
    npy_header,
    npz_entries,
    peak_bytes,
    read_entries,
    zip_bytes,
)
from tests.engine.test_file_limits import (
    PREFIX,
    assert_refused,
    error_type,
    write_valid,
)

P = ConfigProblem


def params_of(hidden) -> int:
    """Weights and biases of 784-hidden-10, counted here independently of the engine."""
    sizes = [784, *hidden, 10]
    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))


def macs_of(hidden) -> int:
    sizes = [784, *hidden, 10]
    return sum(a * b for a, b in zip(sizes, sizes[1:]))


def refusal(**fields) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        TrainConfig(**fields)
    return info.value


# ------------------------------------------------------------ the parameter cap ----

def test_the_cap_is_one_source_of_truth():
    assert MAX_PARAM_BYTES == MAX_PARAMS * 8
    assert _EVAL_CHUNK_MACS == MAX_BATCH_MACS  # an evaluation chunk and a training batch: the same bound
    assert params_of((1024,) * 10) <= MAX_PARAMS < params_of((4096, 4096))


def test_at_the_cap_accepted_one_unit_over_refused():
    # 784-4096-w-10 has 3,215,360 + 4,107 w + 10 parameters: the widest second layer that fits, and one more
    widest = (MAX_PARAMS - params_of((4096, 0))) // (4096 + 1 + 10)
    assert params_of((4096, widest)) <= MAX_PARAMS < params_of((4096, widest + 1))
    assert TrainConfig(hidden_sizes=(4096, widest), batch_size=1).hidden_sizes == (4096, widest)
    err = refusal(hidden_sizes=(4096, widest + 1), batch_size=1)
    assert (err.field, err.problem, err.value, err.amount, err.limit) == \
        ("hidden_sizes", P.TOO_MANY_PARAMS, (4096, widest + 1), params_of((4096, widest + 1)), MAX_PARAMS)
    assert err.network == (784, 4096, widest + 1, 10)


def test_the_parameter_cap_on_many_random_networks():
    rng = np.random.default_rng(16)
    verdicts = set()
    for _ in range(400):
        depth = int(rng.integers(1, LIMITS["hidden_layers"][1] + 1))
        hidden = tuple(int(w) for w in rng.integers(1, LIMITS["hidden_size"][1] + 1, depth))
        fits = params_of(hidden) <= MAX_PARAMS
        verdicts.add(fits)
        try:
            TrainConfig(hidden_sizes=hidden, batch_size=1)
            accepted = True
        except ConfigError as err:
            assert err.problem is P.TOO_MANY_PARAMS and err.amount == params_of(hidden)
            accepted = False
        assert accepted == fits, hidden
        # a file holding this network is judged the same, from its architecture alone
        arch = {"sizes": [784, *hidden, 10]}
        try:
            check_architecture(arch, ValueError)
            assert fits, hidden
        except ValueError as exc:
            assert not fits and f"{params_of(hidden):,} parameters" in str(exc)
    assert verdicts == {True, False}  # both ways


def test_the_parameter_message_says_the_numbers():
    err = refusal(hidden_sizes=(4096,) * 10)
    assert str(err) == ("hidden_sizes: a 784-4096x10-10 network has 154,288,138 parameters (weights and biases); "
                        "at most 10,500,000: use fewer or narrower hidden layers")
    assert network_name((784, 100, 100, 10)) == "784-100-100-10"
    assert network_name((784, 100, 100, 100, 50, 10)) == "784-100x3-50-10"


# ------------------------------------------------------------ the batch's work ----

def test_the_book_s_net_still_trains_on_the_whole_training_set_in_one_batch():
    assert TrainConfig(hidden_sizes=(50,), batch_size=60_000).batch_size == 60_000
    assert largest_batch((50,)) == 60_000


def test_at_the_largest_batch_accepted_one_more_refused():
    rng = np.random.default_rng(1616)
    checked = 0
    for _ in range(300):
        depth = int(rng.integers(1, 4))
        hidden = tuple(int(w) for w in rng.integers(1, 2049, depth))
        if params_of(hidden) > MAX_PARAMS:
            continue
        largest = min(60_000, MAX_BATCH_MACS // macs_of(hidden))
        assert largest_batch(hidden) == largest
        assert TrainConfig(hidden_sizes=hidden, batch_size=largest).batch_size == largest
        if largest < 60_000:
            err = refusal(hidden_sizes=hidden, batch_size=largest + 1)
            assert (err.field, err.problem, err.value, err.high, err.amount, err.limit) == \
                ("batch_size", P.BATCH_TOO_HEAVY, largest + 1, largest, (largest + 1) * macs_of(hidden), MAX_BATCH_MACS)
            checked += 1
    assert checked > 100


def test_random_batches_judged_by_their_multiply_adds():
    rng = np.random.default_rng(7)
    verdicts = set()
    for _ in range(400):
        hidden = tuple(int(w) for w in rng.integers(1, 1025, int(rng.integers(1, 4))))
        batch = int(rng.integers(1, 60_001))
        fits = batch * macs_of(hidden) <= MAX_BATCH_MACS
        verdicts.add(fits)
        try:
            TrainConfig(hidden_sizes=hidden, batch_size=batch)
            assert fits, (hidden, batch)
        except ConfigError as err:
            assert not fits and err.problem is P.BATCH_TOO_HEAVY, (hidden, batch)
    assert verdicts == {True, False}


def test_the_batch_message_says_the_numbers_and_what_to_use():
    err = refusal(hidden_sizes=(1000,), batch_size=60_000)
    assert str(err) == ("batch_size: a mini-batch of 60,000 through 784-1000-10 is 4.76e10 multiply-adds; "
                        "at most 2.5e9: use a batch of at most 3,148")
    assert TrainConfig(hidden_sizes=(1000,), batch_size=3148).batch_size == 3148
    # one over the largest batch: the multiply-adds are shown in enough digits to differ from the limit
    err = refusal(hidden_sizes=(4096, 1000), batch_size=largest_batch((4096, 1000)) + 1)
    amount = str(err).split(" is ")[1].split(" multiply-adds")[0]
    assert amount != "2.5e9" and float(amount) > MAX_BATCH_MACS


def test_the_new_refusals_survive_pickling():
    for err in (refusal(hidden_sizes=(4096,) * 3), refusal(hidden_sizes=(1000,), batch_size=60_000)):
        again = pickle.loads(pickle.dumps(err))
        assert (str(again), again.problem, again.network, again.amount, again.limit, again.high) == \
            (str(err), err.problem, err.network, err.amount, err.limit, err.high)


# ------------------------------------------------------------------ files ----

def over_the_cap_entries(kind, tmp_path):
    """A crafted file declaring a consistent 784-1100x10-10 float32 network: 11.8 M parameters, 47 MB.

    Every array is within the size of one array and the total within the bytes a file may hold:
    only the parameter count refuses it. The arrays are deflated zeros (a few hundred KB).
    """
    hidden = (1100,) * 10
    assert params_of(hidden) > MAX_PARAMS and params_of(hidden) * 4 < MAX_PARAM_BYTES
    path = write_valid(kind, tmp_path)
    content, meta = read_entries(path)
    sizes = [784, *hidden, 10]
    meta["architecture"]["sizes"] = sizes
    p = PREFIX[kind]
    entries = []
    for i in range(1, len(sizes)):
        for key, shape in ((f"W{i}", (sizes[i - 1], sizes[i])), (f"b{i}", (sizes[i],))):
            header = npy_header(shape, np.float32)
            n = 4 * math.prod(shape)
            entries.append(Entry(p + key + ".npy", deflated=deflate_zeros(header, n), size=len(header) + n,
                                 crc=zlib.crc32(bytes(n), zlib.crc32(header))))
    entries += npz_entries({k: v for k, v in content.items() if k.startswith("curve/")}, meta)
    path.write_bytes(zip_bytes(entries))
    return path


@pytest.mark.parametrize("kind", ["model", "session"])
def test_a_file_over_the_parameter_cap_is_refused_before_its_arrays_are_read(tmp_path, kind):
    path = over_the_cap_entries(kind, tmp_path)
    assert path.stat().st_size < 2_000_000
    message = assert_refused(kind, path, "784-1100x10-10", f"{params_of((1100,) * 10):,} parameters",
                             "at most 10,500,000")
    assert "cannot" not in message
    _error, _result, peak = peak_bytes(load_model if kind == "model" else load_session, path)
    assert peak < 10 * 2**20  # not one of its 47 MB of arrays was inflated
    assert type(_error) is error_type(kind)


def test_a_model_at_the_cap_loads(tmp_path):
    net = MultiLayerNet(784, (1024,) * 10, 10, seed=0, dtype=np.float32)
    path = save_model(net, tmp_path / "deep.npz", config=TrainConfig(hidden_sizes=(1024,) * 10, batch_size=243))
    loaded = load_model(path)
    assert loaded.sizes == [784, *(1024,) * 10, 10] and loaded.config_derived == ()


def test_a_stored_config_beyond_the_caps_is_fitted_to_the_arrays(tmp_path):
    """An older file's config (4096x10, or a full batch on a wide net) no longer fits: the arrays decide."""
    path = write_valid("model", tmp_path)  # 784-20-10 arrays
    content, meta = read_entries(path)
    meta["config"].update(hidden_sizes=[4096] * 10, lr=0.05)
    path.write_bytes(zip_bytes(npz_entries(content, meta)))
    net = load_model(path)
    assert net.config.hidden_sizes == (20,) and net.config.lr == 0.05
    assert "hidden_sizes" in net.config_derived and "batch_size" not in net.config_derived

    wide = MultiLayerNet(784, (1000,), 10, seed=0, dtype=np.float32)
    path = save_model(wide, tmp_path / "wide.npz", config=TrainConfig(hidden_sizes=(1000,), batch_size=100))
    content, meta = read_entries(path)
    meta["config"]["batch_size"] = 60_000
    path.write_bytes(zip_bytes(npz_entries(content, meta)))
    net = load_model(path)
    assert net.config.batch_size == largest_batch((1000,)) == 3148
    assert net.config_derived == ("batch_size",)


def test_a_stored_batch_too_heavy_only_for_the_stored_network_is_kept(tmp_path):
    """Stored 784-4000-10 at a batch of 60,000 (refused), arrays 784-20-10 (which take it): only the network changes."""
    path = write_valid("model", tmp_path)
    content, meta = read_entries(path)
    meta["config"].update(hidden_sizes=[4000], batch_size=60_000)
    path.write_bytes(zip_bytes(npz_entries(content, meta)))
    net = load_model(path)
    assert net.config.hidden_sizes == (20,) and net.config.batch_size == 60_000
    assert net.config_derived == ("hidden_sizes",)


def test_a_stored_config_that_fits_is_kept_as_it_is(tmp_path):
    net = MultiLayerNet(784, (20,), 10, seed=0, dtype=np.float32)
    path = save_model(net, tmp_path / "m.npz", config=TrainConfig(hidden_sizes=(20,), batch_size=60_000))
    loaded = load_model(path)
    assert loaded.config.batch_size == 60_000 and loaded.config_derived == ()
