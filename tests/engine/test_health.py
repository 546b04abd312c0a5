"""Layer health: the book's weight-init experiment on real MNIST, each verdict both ways.

The book's ``ch06/weight_init_activation_histogram.py``: five hidden layers of
100. Each case is drawn many times (a new seed for the weights and a new random
batch of 1,000 test images each time): a verdict must hold on every draw (no
miss), and its opposite must never appear (no false alarm).
"""
import numpy as np
import pytest

from engine import HEALTH_VERDICTS, MultiLayerNet, layer_health, load_dataset
from engine import health as H

DRAWS = 12
HIDDEN = [100] * 5


@pytest.fixture(scope="module")
def mnist():
    ds = load_dataset()
    return np.asarray(ds.x_test), np.asarray(ds.t_test)


def _draws(mnist, activation, init, lr=0.1, draws=DRAWS):
    """Health reports of fresh 784-100x5-10 nets, each on its own random batch of 1,000 test images."""
    x, t = mnist
    rng = np.random.default_rng([7, len(activation), hash(str(init)) % 1000])
    for seed in range(draws):
        net = MultiLayerNet(784, HIDDEN, 10, activation=activation, weight_init=init, seed=seed)
        rows = rng.choice(x.shape[0], 1000, replace=False)
        yield layer_health(net, x[rows], t[rows], lr=lr, samples=None)


def test_sigmoid_std_1_is_saturated_in_every_deeper_layer(mnist):
    for report in _draws(mnist, "sigmoid", 1.0):
        assert report.verdicts[1:] == ("saturated",) * 4
        for layer in report.layers:
            assert layer.saturated > H.SATURATED_FRACTION  # most outputs in the tails
            assert layer.dead is None


def test_sigmoid_std_001_is_collapsed_not_healthy(mnist):
    for report in _draws(mnist, "sigmoid", 0.01):
        assert "healthy" not in report.verdicts
        assert report.verdicts == ("collapsed",) * 5
        for layer in report.layers:
            assert abs(layer.mean - 0.5) < 0.05 and layer.saturated == 0.0


def test_sigmoid_xavier_is_healthy_in_every_layer(mnist):
    for report in _draws(mnist, "sigmoid", "xavier"):
        assert report.verdicts == ("healthy",) * 5


def test_relu_he_is_healthy_and_std_001_is_not(mnist):
    for report in _draws(mnist, "relu", "he"):
        assert report.verdicts == ("healthy",) * 5
    for report in _draws(mnist, "relu", 0.01):
        assert report.verdicts[0] == "vanishing"
        assert report.verdicts[1:] == ("collapsed",) * 4


def test_relu_std_1_explodes_and_xavier_does_not(mnist):
    for report in _draws(mnist, "relu", 1.0, draws=6):
        assert set(report.verdicts) == {"exploding"}
    for report in _draws(mnist, "relu", "xavier", draws=6):
        assert "exploding" not in report.verdicts


def test_dead_relu_units_are_found_and_a_few_are_not_called_dead(mnist):
    x, t = mnist
    rng = np.random.default_rng(3)
    for seed in range(DRAWS):
        net = MultiLayerNet(784, HIDDEN, 10, activation="relu", weight_init="he", seed=seed)
        layer = int(rng.integers(1, 6))
        b = net.params[f"b{layer}"]
        silenced = rng.choice(100, int(rng.integers(60, 100)), replace=False)
        b[silenced] = -1e3  # these units never fire
        report = layer_health(net, x, t)
        assert report.layers[layer - 1].verdict == "dead"
        assert report.layers[layer - 1].dead >= silenced.size / 100
        b[...] = 0
        b[silenced[:int(rng.integers(1, 40))]] = -1e3  # fewer than half: not dead
        report = layer_health(net, x, t)
        assert report.layers[layer - 1].verdict != "dead"


def test_vanishing_and_exploding_come_from_the_ratio_layer_to_layer(mnist):
    """Scale one hidden layer's outgoing weights: the gradient into the layer below shrinks or grows by as much."""
    x, t = mnist
    for seed in range(DRAWS):
        net = MultiLayerNet(784, HIDDEN, 10, activation="relu", weight_init="he", seed=seed)
        base = layer_health(net, x, t)
        assert base.verdicts == ("healthy",) * 5
        # W3 carries layer 2's output up; scaling it scales dout into layer 2 (and layer 3's input)
        net.params["W3"] *= 0.05
        low = layer_health(net, x, t, lr=0.01)
        assert low.layers[1].verdict == "vanishing"
        assert low.layers[1].grad_ratio < H.VANISHING_RATIO
        net.params["W3"] *= 20 * 8  # 8 times the He scale
        high = layer_health(net, x, t, lr=0.001)
        assert high.layers[1].verdict == "exploding"
        assert high.layers[1].grad_ratio > H.EXPLODING_RATIO


def test_verdict_thresholds_both_ways():
    ok = {"activation": "sigmoid", "saturated": 0.0, "dead": None, "spread": 0.1, "grad_ratio": 1.0,
          "update_ratio": -3.0}
    assert H.verdict_of(**ok) == "healthy"
    eps = 1e-9
    cases = [
        ("saturated", H.SATURATED_FRACTION, "saturated"),
        ("grad_ratio", H.EXPLODING_RATIO, "exploding"),
        ("update_ratio", H.EXPLODING_UPDATE, "exploding"),
    ]
    for key, limit, verdict in cases:
        assert H.verdict_of(**{**ok, key: limit}) == "healthy"
        assert H.verdict_of(**{**ok, key: limit + eps}) == verdict
    assert H.verdict_of(**{**ok, "grad_ratio": H.VANISHING_RATIO}) == "healthy"
    assert H.verdict_of(**{**ok, "grad_ratio": H.VANISHING_RATIO - eps}) == "vanishing"
    for activation, limit in H.COLLAPSED_SPREAD.items():
        base = {**ok, "activation": activation, "saturated": None if activation == "relu" else 0.0}
        assert H.verdict_of(**{**base, "spread": limit}) == "healthy"
        assert H.verdict_of(**{**base, "spread": limit - eps}) == "collapsed"
    relu = {**ok, "activation": "relu", "saturated": None, "dead": 0.0}
    assert H.verdict_of(**{**relu, "dead": H.DEAD_FRACTION}) == "healthy"
    assert H.verdict_of(**{**relu, "dead": H.DEAD_FRACTION + eps}) == "dead"
    assert H.verdict_of(**{**ok, "grad_ratio": None}) == "healthy"  # the top layer has nothing above it
    assert H.verdict_of(**{**ok, "finite": False}) == "exploding"
    assert set(HEALTH_VERDICTS) == {"healthy", "saturated", "collapsed", "dead", "vanishing", "exploding"}


def test_histograms_are_numpys_of_the_same_activations_and_gradients(mnist):
    x, t = mnist
    for activation, init in (("sigmoid", 1.0), ("relu", "he")):
        net = MultiLayerNet(784, [60, 40, 30], 10, activation=activation, weight_init=init, seed=1)
        report = layer_health(net, x, t, samples=500)
        # the same activations and gradients, from the network's own layers
        net.gradient(x[:500].astype(net.dtype), t[:500])
        douts, dout = {}, net.lastLayer.backward(1)  # walk back again, keeping dout into each activation
        for name, net_layer in reversed(net.layers.items()):
            if not name.startswith("Affine"):
                douts[name] = dout
            dout = net_layer.backward(dout)
        names = [n for n in net.layers if not n.startswith("Affine")]
        for layer, name in zip(report.layers, names):
            z = net.layers[f"Affine{layer.index + 1}"].x  # the next Affine's input is this layer's output
            assert layer.name == name
            for got, got_edges, values in ((layer.hist_counts, layer.hist_edges, z),
                                           (layer.grad_counts, layer.grad_edges, douts[name])):
                counts, edges = np.histogram(values.astype(np.float64), bins=H.HIST_BINS,
                                             range=(got_edges[0], got_edges[-1]))
                np.testing.assert_array_equal(got, counts)
                np.testing.assert_array_equal(got_edges, edges)
                assert got.sum() == values.size  # every value is in a bin
            assert layer.hist_edges[-1] == (1.0 if activation == "sigmoid" else max(1.0, z.max()))
            assert layer.spread == pytest.approx(float(np.std(z.astype(np.float64))), rel=1e-6)


def test_gradient_norm_and_update_ratio_match_backprop(mnist):
    x, t = mnist
    net = MultiLayerNet(784, [50, 50], 10, activation="relu", weight_init="he", seed=2, dtype=np.float64)
    report = layer_health(net, x, t, lr=0.1, samples=300)
    grads = net.gradient(x[:300].astype(np.float64), t[:300])
    for layer in report.layers:
        k = layer.index
        W, dW = net.params[f"W{k}"], grads[f"W{k}"]
        assert layer.dw_ratio == pytest.approx(np.linalg.norm(dW) / np.linalg.norm(W), rel=1e-9)
        assert layer.update_ratio == pytest.approx(np.log10(np.std(0.1 * dW) / np.std(W)), rel=1e-9)
    # dout into Relu2's output is dx of Affine3: recompute it by hand
    dscores = net.lastLayer.backward(1)
    d2 = dscores @ net.params["W3"].T
    assert report.layers[1].grad_norm == pytest.approx(np.linalg.norm(d2), rel=1e-9)
    d1 = (d2 * (net.layers["Affine3"].x > 0)) @ net.params["W2"].T
    assert report.layers[0].grad_norm == pytest.approx(np.linalg.norm(d1), rel=1e-9)
    assert report.layers[0].grad_ratio == pytest.approx(np.linalg.norm(d1) / np.linalg.norm(d2), rel=1e-9)
    assert report.layers[1].grad_ratio is None


def test_the_network_is_left_as_it_was(mnist):
    x, t = mnist
    net = MultiLayerNet(784, [30, 30], 10, activation="sigmoid", weight_init="xavier", seed=4)
    before = net.state_dict()
    layers = list(net.layers.values())
    net.gradient(x[:10], t[:10])
    cached = [getattr(layer, "x", None) for layer in layers]
    layer_health(net, x, t, samples=200)
    assert list(net.layers.values()) == layers
    assert [getattr(layer, "x", None) for layer in layers] == cached  # caches untouched
    for key, value in net.params.items():
        np.testing.assert_array_equal(value, before[key])


def test_non_finite_weights_are_exploding_and_json_is_clean(mnist):
    x, t = mnist
    net = MultiLayerNet(784, [20, 20], 10, seed=0)
    net.params["W2"][0, 0] = np.inf
    report = layer_health(net, x, t, samples=50)
    assert report.verdicts[-1] == "exploding"
    import json

    text = json.dumps(report.to_dict(), allow_nan=False)  # no NaN or Infinity in the JSON
    assert '"verdict"' in text


def test_works_on_pixels_and_a_planted_bug(mnist):
    ds = load_dataset()
    net = MultiLayerNet(784, [30], 10, seed=0, bug="relu-no-mask")
    report = layer_health(net, ds.x_test, ds.t_test, samples=100)
    assert report.samples == 100 and len(report.layers) == 1
