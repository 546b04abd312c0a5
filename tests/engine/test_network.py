"""Tests for engine.network: the book's TwoLayerNet API and MultiLayerNet of any depth."""

from collections import OrderedDict

import numpy as np
import pytest

from engine import BUGS
from engine.functions import numerical_gradient
from engine.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from engine.network import MultiLayerNet, TwoLayerNet


def rel_error(a, n):
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    return 0.0 if denom == 0 else float(np.linalg.norm(a - n) / denom)


def one_hot(labels, n_classes):
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels] = 1.0
    return out


def book_numerical_gradients(net, x, t):
    """The book's loop, written out here (not net.numerical_gradient) as an independent reference."""
    f = lambda W: net.loss(x, t)  # noqa: E731
    return {key: numerical_gradient(f, value) for key, value in net.params.items()}


def activation_inputs(net, x):
    """The input of every activation layer in a forward pass."""
    inputs = []
    for layer in net.layers.values():
        if isinstance(layer, (Relu, Sigmoid)):
            inputs.append(x.copy())
        x = layer.forward(x)
    return inputs


@pytest.fixture(scope="module")
def small_data():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((3, 6))
    t = np.array([0, 3, 1])
    return x, t


# ---------------------------------------------------------------- TwoLayerNet: the book's API

def test_two_layer_net_params_as_in_the_book():
    net = TwoLayerNet(784, 50, 10, seed=0)
    assert list(net.params) == ["W1", "b1", "W2", "b2"]
    assert net.params["W1"].shape == (784, 50)
    assert net.params["b1"].shape == (50,)
    assert net.params["W2"].shape == (50, 10)
    assert net.params["b2"].shape == (10,)
    assert all(p.dtype == np.float64 for p in net.params.values())
    np.testing.assert_array_equal(net.params["b1"], 0)
    np.testing.assert_array_equal(net.params["b2"], 0)
    assert 0.009 < net.params["W1"].std() < 0.011  # weight_init_std=0.01


def test_two_layer_net_weight_init_std_positional():
    net = TwoLayerNet(20, 30, 5, 0.5, seed=0)
    assert 0.4 < net.params["W1"].std() < 0.6


def test_two_layer_net_layers_as_in_the_book():
    net = TwoLayerNet(784, 50, 10, seed=0)
    assert isinstance(net.layers, OrderedDict)
    assert list(net.layers.keys()) == ["Affine1", "Relu1", "Affine2"]
    assert type(net.layers["Affine1"]) is Affine
    assert type(net.layers["Relu1"]) is Relu
    assert type(net.layers["Affine2"]) is Affine
    assert type(net.lastLayer) is SoftmaxWithLoss


def test_two_layer_net_methods():
    rng = np.random.default_rng(3)
    net = TwoLayerNet(784, 50, 10, seed=0)
    x = rng.uniform(0, 1, (4, 784))
    t = np.array([1, 2, 3, 4])
    y = net.predict(x)
    assert y.shape == (4, 10)
    W1, b1, W2, b2 = (net.params[k] for k in ("W1", "b1", "W2", "b2"))
    np.testing.assert_allclose(y, np.maximum(x @ W1 + b1, 0) @ W2 + b2, rtol=1e-12)
    loss = net.loss(x, t)
    assert np.ndim(loss) == 0
    assert loss == pytest.approx(np.log(10), abs=0.05)  # tiny weights: near-uniform softmax
    acc = net.accuracy(x, t)
    assert acc == np.mean(np.argmax(y, axis=1) == t)
    grads = net.gradient(x, t)
    assert set(grads) == set(net.params)
    for key in net.params:
        assert grads[key].shape == net.params[key].shape
    assert net.last_loss == pytest.approx(loss)


def test_two_layer_net_gradient_vs_its_numerical_gradient(small_data):
    x, t = small_data
    net = TwoLayerNet(6, 5, 4, weight_init_std=1.0, seed=3)
    margin = np.abs(activation_inputs(net, x)[0]).min()
    assert margin > 1e-2  # the ReLU's kink is far from every input: h = 1e-4 cannot cross it
    grads = net.gradient(x, t)
    numerical = net.numerical_gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        assert rel_error(grads[key], numerical[key]) < 1e-7, key


def test_two_layer_net_bug_argument():
    net = TwoLayerNet(6, 5, 4, seed=0, bug="relu-no-mask")
    assert isinstance(net.layers["Relu1"], BUGS["relu-no-mask"].layer)
    assert net.bug == "relu-no-mask"
    with pytest.raises(ValueError):
        TwoLayerNet(6, 5, 4, seed=0, bug="nope")


# ---------------------------------------------------------------- params are the layers' arrays

@pytest.mark.parametrize("make", [lambda: TwoLayerNet(6, 5, 4, seed=0),
                                  lambda: MultiLayerNet(6, [5, 4], 3, seed=0)])
def test_params_are_the_arrays_the_layers_use(make, small_data):
    net = make()
    for idx in range(1, net.n_affine + 1):
        layer = net.layers["Affine" + str(idx)]
        assert layer.W is net.params["W" + str(idx)]
        assert layer.b is net.params["b" + str(idx)]
    x, _ = small_data
    x = x.astype(net.dtype)
    before = net.predict(x)
    net.params["b" + str(net.n_affine)] += 1.0  # in place, as an optimizer updates
    np.testing.assert_allclose(net.predict(x), before + 1.0, rtol=1e-6)


def test_first_affine_skips_dx():
    net = MultiLayerNet(6, [5, 4], 3, seed=0)
    assert net.layers["Affine1"].need_dx is False
    assert net.layers["Affine2"].need_dx is True


# ---------------------------------------------------------------- seeding

def test_same_seed_same_params_different_seed_differs():
    a, b, c = (MultiLayerNet(20, [8, 6], 3, seed=s) for s in (5, 5, 6))
    for key in a.params:
        np.testing.assert_array_equal(a.params[key], b.params[key])
    assert not np.array_equal(a.params["W1"], c.params["W1"])
    t1, t2, t3 = (TwoLayerNet(20, 8, 3, seed=s) for s in (1, 1, 2))
    np.testing.assert_array_equal(t1.params["W2"], t2.params["W2"])
    assert not np.array_equal(t1.params["W2"], t3.params["W2"])


def test_no_global_numpy_random_state_used():
    np.random.seed(12345)
    before = np.random.get_state()
    TwoLayerNet(20, 8, 3, seed=0)
    TwoLayerNet(20, 8, 3)  # no seed: fresh entropy, still not the global stream
    MultiLayerNet(20, [8, 6], 3, seed=1)
    MultiLayerNet(20, [8], 3, activation="sigmoid", weight_init="xavier")
    after = np.random.get_state()
    assert before[0] == after[0]
    np.testing.assert_array_equal(before[1], after[1])
    assert before[2:] == after[2:]


# ---------------------------------------------------------------- backprop vs central differences

def kink_free_net(activation, hidden, x, seed0=0):
    """The first seeded float64 net whose ReLU inputs all stay >= 1e-2 away from 0."""
    for seed in range(seed0, seed0 + 200):
        net = MultiLayerNet(x.shape[1], hidden, 4, activation=activation, weight_init=1.0,
                            seed=seed, dtype=np.float64)
        # Nonzero biases, so b's gradients are exercised from a generic point too.
        for idx in range(1, net.n_affine + 1):
            net.params["b" + str(idx)][...] = np.random.default_rng(seed).uniform(-0.5, 0.5, len(net.params["b" + str(idx)]))
        if activation == "sigmoid":
            return net
        if min(np.abs(z).min() for z in activation_inputs(net, x)) > 1e-2:
            return net
    raise AssertionError("no kink-free seed found")


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("hidden", [[5], [5, 4], [5, 4, 3]])
def test_backprop_matches_central_differences(activation, hidden, small_data):
    x, t = small_data
    net = kink_free_net(activation, hidden, x)
    grads = net.gradient(x, t)
    numerical = book_numerical_gradients(net, x, t)
    assert set(grads) == set(numerical) == set(net.params)
    assert len(grads) == 2 * (len(hidden) + 1)
    for key in net.params:
        assert grads[key].dtype == np.float64
        err = rel_error(grads[key], numerical[key])
        assert err < 1e-7, (key, err)


def test_gradient_with_one_hot_equals_labels(small_data):
    x, t = small_data
    net = kink_free_net("relu", [5, 4], x)
    g_labels = net.gradient(x, t)
    g_one_hot = net.gradient(x, one_hot(t, 4))
    for key in g_labels:
        np.testing.assert_allclose(g_one_hot[key], g_labels[key], rtol=1e-12, atol=1e-15)


def test_weight_decay_loss_and_gradient(small_data):
    x, t = small_data
    lam = 0.3
    net = kink_free_net("sigmoid", [5, 4], x)
    plain_loss = net.loss(x, t)
    decayed = MultiLayerNet(6, [5, 4], 4, activation="sigmoid", weight_decay=lam, dtype=np.float64)
    decayed.load_state_dict(net.state_dict())
    penalty = 0.5 * lam * sum(np.sum(net.params["W" + str(i)] ** 2) for i in range(1, 4))
    assert decayed.loss(x, t) == pytest.approx(plain_loss + penalty, rel=1e-12)

    grads = decayed.gradient(x, t)
    plain = net.gradient(x, t)
    numerical = book_numerical_gradients(decayed, x, t)
    for key in decayed.params:
        assert rel_error(grads[key], numerical[key]) < 1e-7, key
    np.testing.assert_allclose(grads["W2"], plain["W2"] + lam * net.params["W2"], rtol=1e-12)
    np.testing.assert_array_equal(grads["b2"], plain["b2"])  # biases are not decayed


# ---------------------------------------------------------------- copy, state_dict

def test_copy_is_independent(small_data):
    x, t = small_data
    net = MultiLayerNet(6, [5], 4, seed=0, dtype=np.float64)
    twin = net.copy()
    assert type(twin) is MultiLayerNet
    np.testing.assert_array_equal(twin.predict(x), net.predict(x))
    for key in net.params:
        assert not np.shares_memory(twin.params[key], net.params[key])
        assert twin.layers["Affine1"].W is twin.params["W1"]
    before = net.predict(x)
    twin.params["W1"] += 1.0
    twin.gradient(x, t)
    np.testing.assert_array_equal(net.predict(x), before)


def test_copy_casts_dtype(small_data):
    x, _ = small_data
    net = TwoLayerNet(6, 5, 4, seed=0)
    low = net.copy(dtype=np.float32)
    assert type(low) is TwoLayerNet
    assert all(p.dtype == np.float32 for p in low.params.values())
    assert low.layers["Affine2"].W is low.params["W2"]
    assert low.predict(x.astype(np.float32)).dtype == np.float32
    np.testing.assert_allclose(low.predict(x.astype(np.float32)), net.predict(x), rtol=1e-4, atol=1e-6)
    assert net.dtype == np.float64


def test_copy_bug_handling():
    net = MultiLayerNet(6, [5], 4, seed=0, bug="affine-double-db")
    assert net.copy().bug == "affine-double-db"
    assert isinstance(net.copy().layers["Affine1"], BUGS["affine-double-db"].layer)
    clean = net.copy(bug=None)
    assert clean.bug is None and type(clean.layers["Affine1"]) is Affine
    relu_bug = clean.copy(bug="relu-no-mask")
    assert isinstance(relu_bug.layers["Relu1"], BUGS["relu-no-mask"].layer)
    with pytest.raises(ValueError):
        net.copy(bug="nope")


def test_state_dict_is_a_copy():
    net = MultiLayerNet(6, [5], 4, seed=0)
    state = net.state_dict()
    assert set(state) == set(net.params)
    for key in state:
        np.testing.assert_array_equal(state[key], net.params[key])
        assert not np.shares_memory(state[key], net.params[key])
    saved = net.params["W1"].copy()
    state["W1"][...] = 99
    np.testing.assert_array_equal(net.params["W1"], saved)


def test_load_state_dict_in_place():
    a = MultiLayerNet(6, [5], 4, seed=0)
    b = MultiLayerNet(6, [5], 4, seed=1)
    W1 = b.params["W1"]
    b.load_state_dict(a.state_dict())
    assert b.params["W1"] is W1 and b.layers["Affine1"].W is W1
    for key in a.params:
        np.testing.assert_array_equal(b.params[key], a.params[key])


def test_load_state_dict_shape_errors():
    net = MultiLayerNet(6, [5], 4, seed=0)
    bad = net.state_dict()
    bad["W2"] = np.zeros((4, 5), dtype=np.float32)
    with pytest.raises(ValueError, match="W2"):
        net.load_state_dict(bad)
    missing = net.state_dict()
    del missing["b1"]
    with pytest.raises(ValueError, match="b1"):
        net.load_state_dict(missing)
    with pytest.raises(ValueError):
        net.load_state_dict(MultiLayerNet(6, [7], 4, seed=0).state_dict())


# ---------------------------------------------------------------- accuracy

def test_accuracy_with_one_hot_and_labels():
    rng = np.random.default_rng(11)
    net = MultiLayerNet(6, [5], 4, seed=0, dtype=np.float64)
    # More samples than the evaluation chunk, so the chunked loop is exercised.
    x = rng.standard_normal((25_001, 6))
    t = rng.integers(0, 4, 25_001)
    W1, b1, W2, b2 = (net.params[k] for k in ("W1", "b1", "W2", "b2"))
    scores = np.maximum(x @ W1 + b1, 0) @ W2 + b2
    expected = np.mean(np.argmax(scores, axis=1) == t)
    acc = net.accuracy(x, t)
    assert 0.1 < acc < 0.9
    assert acc == expected
    assert net.accuracy(x, one_hot(t, 4)) == acc
    # all-correct targets give exactly 1.0
    assert net.accuracy(x, np.argmax(net.predict(x), axis=1)) == 1.0


# ---------------------------------------------------------------- MultiLayerNet

def test_multi_layer_net_structure():
    net = MultiLayerNet(784, [100, 50], 10, activation="sigmoid", seed=0)
    assert list(net.params) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert list(net.layers) == ["Affine1", "Sigmoid1", "Affine2", "Sigmoid2", "Affine3"]
    assert net.sizes == [784, 100, 50, 10]
    assert net.n_affine == 3
    assert net.dtype == np.float32
    assert net.activation == "sigmoid"
    assert isinstance(net.lastLayer, SoftmaxWithLoss)
    relu = MultiLayerNet(784, [100], 10, seed=0)
    assert list(relu.layers) == ["Affine1", "Relu1", "Affine2"]


@pytest.mark.parametrize("init, expected", [("he", np.sqrt(2 / 400)), ("xavier", np.sqrt(1 / 400)), (0.05, 0.05)])
def test_multi_layer_net_weight_init(init, expected):
    net = MultiLayerNet(400, [300], 10, weight_init=init, seed=0)
    assert net.params["W1"].std() == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize("kwargs", [
    {"activation": "tanh"},
    {"hidden_sizes": []},
    {"hidden_sizes": [0]},
    {"hidden_sizes": [5, -3]},
    {"weight_init": "foo"},
    {"weight_init": -1.0},
    {"weight_init": 0.0},
    {"weight_init": float("nan")},
    {"bug": "nope"},
])
def test_multi_layer_net_invalid_args(kwargs):
    args = {"hidden_sizes": [5]}
    args.update(kwargs)
    with pytest.raises(ValueError):
        MultiLayerNet(6, args.pop("hidden_sizes"), 4, **args)
