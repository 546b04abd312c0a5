"""The two-layer-net graph: a live net's forward and backward on real MNIST, as a
graph whose gradients are net.gradient's, bit for bit."""
import numpy as np
import pytest

from engine import GraphError, MultiLayerNet, TwoLayerNet, build_graph, load_mnist, network_graph, trace_step

KEYS = ["W1", "b1", "W2", "b2"]


@pytest.fixture(scope="module")
def mnist(tmp_path_factory):
    return load_mnist(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def batch(mnist):
    (_, _), (x_test, t_test) = mnist
    return x_test[:3], t_test[:3]


def trained_a_little(net, mnist, steps=20):
    """A net whose ReLUs are not all alike: a few SGD steps away from its start."""
    (x_train, t_train), _ = mnist
    for i in range(steps):
        x, t = x_train[i * 50:(i + 1) * 50], t_train[i * 50:(i + 1) * 50]
        for key, g in net.gradient(x, t).items():
            net.params[key] -= 0.1 * g
    return net


def test_two_layer_net_graph_equals_net_gradient_exactly(mnist, batch):
    x, t = batch
    net = trained_a_little(TwoLayerNet(784, 50, 10, seed=0), mnist)
    g = build_graph("two-layer-net", net=net, x=x, t=t)
    grads = net.gradient(x, t)
    for key in KEYS:
        assert np.array_equal(g.grad(key), grads[key]), key
        assert g.grad(key).dtype == grads[key].dtype
    assert g.value("L") == net.last_loss
    assert g.forward_order == ("dot1", "a1", "z1", "dot2", "a2", "L")
    assert g.inputs == ("x", "W1", "b1", "W2", "b2", "t")
    assert g.grad("t") is None


@pytest.mark.parametrize("make", [
    lambda: MultiLayerNet(784, [30], 10, seed=1, dtype=np.float32),
    lambda: MultiLayerNet(784, [20, 15], 10, activation="sigmoid", seed=2, dtype=np.float64),
], ids=["float32-relu", "sigmoid-3-layers"])
def test_any_layered_net_float32_or_deeper(make, mnist, batch):
    x, t = batch
    net = trained_a_little(make(), mnist, steps=5)
    g = network_graph(net, x, t).run()
    grads = net.gradient(x, t)
    assert set(grads) == {n for n in g.grads() if n not in ("x",)}
    for key, value in grads.items():
        assert np.array_equal(g.grad(key), value), key
        assert g.grad(key).dtype == net.dtype


def test_groups_name_the_layers_of_the_one_step_view(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, seed=0)
    g = build_graph("two-layer-net", net=net, x=x, t=t)
    trace = trace_step(net, x.astype(np.float64), t)
    layers = set(trace.layer_names) | {"SoftmaxWithLoss"}
    assert {n.group for n in g.nodes.values() if n.group} == layers
    assert {n.name for n in g.nodes.values() if n.group == "Affine2"} == {"W2", "dot2", "b2", "a2"}
    # same pass: the trace's numbers (float64 copy) are the graph's
    for key in KEYS:
        np.testing.assert_allclose(g.grad(key), trace.gradients[key], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(g.value("z1"), trace.stage("Relu1", "forward").arrays["out"])


def test_the_graph_copies_the_nets_parameters(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, seed=0)
    g = build_graph("two-layer-net", net=net, x=x, t=t)
    before = g.grad("W2").copy()
    net.params["W2"] += 1.0  # the live net trains on
    assert not np.shares_memory(g.value("W2"), net.params["W2"])
    g.run()
    assert np.array_equal(g.grad("W2"), before)


def test_setting_a_weight_re_propagates_and_nudges_agree(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, weight_init_std=0.1, seed=3)
    g = build_graph("two-layer-net", net=net, x=x, t=t)
    W2 = g.value("W2").copy()
    W2[0, 0] += 0.5
    g.set_input("W2", W2)
    net.params["W2"][...] = W2
    assert np.array_equal(g.grad("W1"), net.gradient(x, t)["W1"])
    for name in ("W1", "b1", "W2", "b2"):
        nudge = g.nudge(name)
        assert abs(nudge.numerical - nudge.backprop) <= 1e-8, name


def test_default_net_and_batch_are_the_books(mnist):
    (_, _), (x_test, t_test) = mnist
    g = build_graph("two-layer-net")  # TwoLayerNet(784, 50, 10, seed=0) on the first 3 test images
    assert g.info["sizes"] == [784, 50, 10] and g.info["batch_size"] == 3
    assert np.array_equal(g.value("x"), x_test[:3]) and np.array_equal(g.value("t"), t_test[:3])
    assert np.array_equal(g.value("W1"), TwoLayerNet(784, 50, 10, seed=0).params["W1"])


def test_weight_decay_is_refused(batch):
    x, t = batch
    with pytest.raises(GraphError, match="weight decay"):
        network_graph(MultiLayerNet(784, [10], 10, weight_decay=0.1, seed=0), x, t)
