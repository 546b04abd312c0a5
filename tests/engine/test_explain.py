"""Tests for engine.explain: one forward and backward pass, recorded stage by stage."""
import numpy as np
import pytest

from engine.explain import FORMULAS, StageRecord, StepTrace, trace_step
from engine.network import MultiLayerNet, TwoLayerNet


def one_hot(labels, n_classes):
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels] = 1.0
    return out


@pytest.fixture(scope="module")
def batch():
    rng = np.random.default_rng(3)
    x = rng.random((3, 784)).astype(np.float32)
    t = np.array([7, 2, 1], dtype=np.int64)
    return x, t


def two_layer_nets():
    """TwoLayerNet itself and a MultiLayerNet of the same shape, as the lab builds it (float32)."""
    return [TwoLayerNet(784, 50, 10, weight_init_std=0.1, seed=1),
            MultiLayerNet(784, [50], 10, seed=1, dtype=np.float32)]


def deep_sigmoid_net():
    return MultiLayerNet(784, [40, 30, 20], 10, activation="sigmoid", seed=2, dtype=np.float32)


TWO_LAYER_ORDER = [
    "Affine1 forward", "Relu1 forward", "Affine2 forward",
    "SoftmaxWithLoss forward", "SoftmaxWithLoss backward",
    "Affine2 backward", "Relu1 backward", "Affine1 backward",
]
DEEP_ORDER = [
    "Affine1 forward", "Sigmoid1 forward", "Affine2 forward", "Sigmoid2 forward",
    "Affine3 forward", "Sigmoid3 forward", "Affine4 forward",
    "SoftmaxWithLoss forward", "SoftmaxWithLoss backward",
    "Affine4 backward", "Sigmoid3 backward", "Affine3 backward", "Sigmoid2 backward",
    "Affine2 backward", "Sigmoid1 backward", "Affine1 backward",
]


@pytest.mark.parametrize("net", two_layer_nets(), ids=["TwoLayerNet", "MultiLayerNet"])
def test_two_layer_stage_order_and_shapes(net, batch):
    x, t = batch
    trace = trace_step(net, x, t)
    assert isinstance(trace, StepTrace)
    assert all(isinstance(s, StageRecord) for s in trace.stages)
    assert trace.stage_titles == TWO_LAYER_ORDER
    assert trace.layer_names == ("Affine1", "Relu1", "Affine2")
    assert trace.sizes == (784, 50, 10) and trace.batch_size == 3

    def shapes(title):
        stage = trace.stages[TWO_LAYER_ORDER.index(title)]
        return {name: a.shape for name, a in stage.arrays.items()}

    assert shapes("Affine1 forward") == {"x": (3, 784), "W": (784, 50), "b": (50,), "out": (3, 50)}
    assert shapes("Relu1 forward") == {"x": (3, 50), "out": (3, 50), "mask": (3, 50)}
    assert shapes("Affine2 forward") == {"x": (3, 50), "W": (50, 10), "b": (10,), "out": (3, 10)}
    assert shapes("SoftmaxWithLoss forward") == {"x": (3, 10), "t": (3,), "y": (3, 10), "L": ()}
    assert shapes("SoftmaxWithLoss backward") == {"dout": (), "y": (3, 10), "t": (3,), "dx": (3, 10)}
    assert shapes("Affine2 backward") == {"dout": (3, 10), "dx": (3, 50), "dW": (50, 10), "db": (10,)}
    assert shapes("Relu1 backward") == {"dout": (3, 50), "dx": (3, 50), "mask": (3, 50)}
    assert shapes("Affine1 backward") == {"dout": (3, 50), "dx": (3, 784), "dW": (784, 50), "db": (50,)}

    for stage in trace.stages:
        assert stage.formula == FORMULAS[(stage.kind, stage.direction)]
        assert stage.input_name in stage.arrays and stage.output_name in stage.arrays
        for array in stage.arrays.values():
            assert not array.flags.writeable
            assert array.dtype in (np.float64, np.bool_, np.int64)
    assert trace.stage("Affine2", "forward").params == {"W": "W2", "b": "b2"}
    assert trace.stage("Affine1", "backward").params == {"dW": "W1", "db": "b1"}
    assert trace.stage("Affine1", "backward").unused == ("dx",)
    assert all(s.unused == () for s in trace.stages if s.title != "Affine1 backward")
    assert trace.stage("Affine2", "forward").formula == "out = x·W + b"
    assert trace.stage("SoftmaxWithLoss", "backward").formula == "dx = (y − t) / N"


def test_stages_chain_into_each_other(batch):
    """Each stage's output is the next stage's input, forward and backward."""
    x, t = batch
    trace = trace_step(two_layer_nets()[0], x, t)
    s = trace.stages
    np.testing.assert_array_equal(s[0].arrays["x"], x.astype(np.float64))
    for a, b in zip(s[:2], s[1:3]):
        np.testing.assert_array_equal(a.arrays["out"], b.arrays["x"])
    np.testing.assert_array_equal(s[2].arrays["out"], s[3].arrays["x"])
    np.testing.assert_array_equal(s[4].arrays["dx"], s[5].arrays["dout"])
    for a, b in zip(s[5:7], s[6:8]):
        np.testing.assert_array_equal(a.arrays["dx"], b.arrays["dout"])
    relu_f, relu_b = trace.stage("Relu1", "forward"), trace.stage("Relu1", "backward")
    np.testing.assert_array_equal(relu_f.arrays["mask"], relu_f.arrays["x"] <= 0)
    np.testing.assert_array_equal(relu_b.arrays["dx"], np.where(relu_f.arrays["x"] > 0, relu_b.arrays["dout"], 0))
    np.testing.assert_array_equal(relu_f.arrays["out"], np.maximum(0, relu_f.arrays["x"]))


def test_deep_sigmoid_net_stage_order(batch):
    x, t = batch
    trace = trace_step(deep_sigmoid_net(), x, t)
    assert trace.stage_titles == DEEP_ORDER
    assert trace.activation == "sigmoid" and trace.sizes == (784, 40, 30, 20, 10)
    assert trace.stage("Sigmoid2", "forward").arrays["out"].shape == (3, 30)
    assert trace.stage("Affine3", "backward").arrays["dW"].shape == (30, 20)
    assert trace.stage("Sigmoid3", "backward").formula == "dx = dout × out × (1 − out)"
    y = trace.stage("Sigmoid1", "backward")
    np.testing.assert_allclose(y.arrays["dx"], y.arrays["dout"] * y.arrays["out"] * (1 - y.arrays["out"]))


@pytest.mark.parametrize("make", [two_layer_nets, lambda: [deep_sigmoid_net()],
                                  lambda: [MultiLayerNet(784, [30, 20], 10, weight_decay=0.1, seed=4)]],
                         ids=["two-layer", "deep-sigmoid", "weight-decay"])
@pytest.mark.parametrize("targets", ["labels", "one-hot"])
def test_gradients_equal_net_gradient_on_a_float64_copy(make, targets, batch):
    x, t = batch
    if targets == "one-hot":
        t = one_hot(t, 10)
    for net in make():
        trace = trace_step(net, x, t)
        reference = net.copy(dtype=np.float64)
        expected = reference.gradient(x.astype(np.float64), t)
        assert list(trace.gradients) == list(expected)
        for key in expected:
            assert trace.gradients[key].dtype == np.float64
            np.testing.assert_allclose(trace.gradients[key], expected[key], rtol=1e-12, atol=0, err_msg=key)
        assert trace.loss == pytest.approx(reference.last_loss, rel=1e-12)
        np.testing.assert_array_equal(trace.labels, batch[1])
        # The layers' own dW and db are in the records (grads add weight decay on top).
        lam = net.weight_decay_lambda
        for idx in range(1, net.n_affine + 1):
            stage = trace.stage(f"Affine{idx}", "backward")
            W = reference.params[f"W{idx}"]
            np.testing.assert_allclose(stage.arrays["dW"] + lam * W, expected[f"W{idx}"], rtol=1e-12)
            np.testing.assert_allclose(stage.arrays["db"], expected[f"b{idx}"], rtol=1e-12)


def test_softmax_with_loss_backward_is_y_minus_t_over_n(batch):
    x, t = batch
    trace = trace_step(two_layer_nets()[1], x, t)
    forward = trace.stage("SoftmaxWithLoss", "forward")
    backward = trace.stage("SoftmaxWithLoss", "backward")
    y = forward.arrays["y"]
    np.testing.assert_allclose(y.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_array_equal(backward.arrays["y"], y)
    np.testing.assert_allclose(backward.arrays["dx"], (y - one_hot(t, 10)) / len(t), rtol=1e-12, atol=1e-18)
    assert float(backward.arrays["dout"]) == 1.0
    loss = -np.mean(np.log(y[np.arange(len(t)), t]))
    assert float(forward.arrays["L"]) == pytest.approx(loss, rel=1e-12)
    assert trace.data_loss == trace.loss == pytest.approx(loss, rel=1e-12)


def test_the_live_net_is_untouched(batch):
    x, t = batch
    net = MultiLayerNet(784, [50], 10, seed=5, dtype=np.float32)
    net.gradient(x[:2], t[:2])  # fill the layer caches with something to compare
    params = {k: v.copy() for k, v in net.params.items()}
    ids = {k: id(v) for k, v in net.params.items()}
    caches = {name: {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in vars(layer).items()}
              for name, layer in net.layers.items()}
    last = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in vars(net.lastLayer).items()}
    need_dx = net.layers["Affine1"].need_dx

    trace_step(net, x, t)

    for key, value in net.params.items():
        assert id(value) == ids[key] and value.dtype == np.float32
        assert value.tobytes() == params[key].tobytes(), key
    for name, layer in net.layers.items():
        for attr, before in caches[name].items():
            after = getattr(layer, attr)
            if isinstance(before, np.ndarray):
                assert after.tobytes() == before.tobytes() and after.shape == before.shape, (name, attr)
            else:
                assert after == before, (name, attr)
    for attr, before in last.items():
        after = getattr(net.lastLayer, attr)
        if isinstance(before, np.ndarray):
            np.testing.assert_array_equal(after, before)
        else:
            assert after == before
    assert net.layers["Affine1"].need_dx is need_dx is False


def test_affine1_dx_is_computed_for_display(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, weight_init_std=0.1, seed=1)
    trace = trace_step(net, x, t)
    stage = trace.stage("Affine1", "backward")
    W1 = net.params["W1"]
    np.testing.assert_allclose(stage.arrays["dx"], stage.arrays["dout"] @ W1.T, rtol=1e-12)


def test_a_planted_bug_is_kept_and_named(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, weight_init_std=0.1, seed=1, bug="affine-double-db")
    trace = trace_step(net, x, t)
    assert trace.bug == "affine-double-db"
    np.testing.assert_allclose(trace.gradients["b2"], net.copy(dtype=np.float64).gradient(x, t)["b2"], rtol=1e-12)
    flagged = [s.title for s in trace.stages if s.bug]
    assert flagged == ["Affine2 backward", "Affine1 backward"]


def test_bad_batches_are_refused():
    net = TwoLayerNet(784, 10, 10, seed=0)
    with pytest.raises(ValueError, match="samples"):
        trace_step(net, np.zeros((2, 784)), np.array([1, 2, 3]))
    with pytest.raises(ValueError, match="N >= 1"):
        trace_step(net, np.zeros((0, 784)), np.zeros(0, dtype=int))
