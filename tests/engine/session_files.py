"""Building, rewriting and reading session files for the session tests."""
import gc
import json
import warnings

import numpy as np

from engine import TrainConfig, build_network
from engine.session import (
    CURVE_KEYS,
    SessionFileError,
    load_session,
    save_session,
)


def _plant(marker):
    """What a malicious pickle would run on load: it leaves a marker file behind."""
    with open(marker, "w") as f:
        f.write("unpickled")
    return 0


class Bait:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (_plant, (self.marker,))


def make_curves(n_loss=37, n_eval=4, seed=0):
    """Curves as the plots hold them: awkward floats, a NaN train accuracy at step 0."""
    rng = np.random.default_rng(seed)
    loss_step = np.arange(1, n_loss + 1, dtype=np.float64)
    loss = 2.3 * np.exp(-loss_step / 20) + rng.uniform(0, 0.1, n_loss)  # not round numbers
    eval_step = np.linspace(0, n_loss, n_eval).round()
    train = rng.uniform(0, 1, n_eval)
    train[0] = np.nan
    test = rng.uniform(0, 1, n_eval)
    return {"loss_step": loss_step, "loss": loss, "eval_step": eval_step, "train_acc": train, "test_acc": test}


def saved(tmp_path, name="session.npz", net=None, config=None, **kwargs):
    config = config or TrainConfig(hidden_sizes=(20,), lr=0.05, seed=7, eval_every=10)
    net = net if net is not None else build_network(config)
    args = dict(net=net, config=config, curves=make_curves(), total_step=37, dataset_name="MNIST",
                data_dir=None, info={"note": "ok"})
    args.update(kwargs)
    return save_session(tmp_path / name, **args), net


def read_all(path):
    with np.load(path, allow_pickle=False) as archive:
        return {key: archive[key] for key in archive.files}


def rewrite(path, drop=(), meta=None, **arrays):
    """Rewrite a session file with some entries replaced, dropped, or new metadata."""
    content = read_all(path)
    for key in drop:
        content.pop(key)
    content.update(arrays)
    if meta is not None:
        content["__meta__"] = np.array(json.dumps(meta))
    np.savez(path, **content)
    return path


def read_meta(path):
    return json.loads(str(read_all(path)["__meta__"]))


def assert_refused(path, *words):
    """load_session(path) raises SessionFileError naming the file (and ``words``); no file handle leaks."""
    message = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            load_session(path)
        except SessionFileError as exc:
            message = str(exc)
        gc.collect()
    assert message is not None, f"{path} was not refused"
    assert message.startswith(str(path)), message
    for word in words:
        assert word in message, message
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    return message


def assert_same_net(a, b):
    assert type(a) is type(b)
    assert list(a.params) == list(b.params)
    for key in a.params:
        assert a.params[key].dtype == b.params[key].dtype
        assert a.params[key].tobytes() == b.params[key].tobytes()  # bit for bit
    assert a.architecture() == b.architecture()
    assert a.bug == b.bug
    assert a.layers["Affine1"].W is a.params["W1"]  # the layers use the loaded arrays


def assert_same_curves(a, b):
    assert set(a) == set(b) == set(CURVE_KEYS)
    for key in CURVE_KEYS:
        assert a[key].dtype == np.float64
        assert a[key].tobytes() == np.asarray(b[key], dtype=np.float64).tobytes(), key  # NaN included
