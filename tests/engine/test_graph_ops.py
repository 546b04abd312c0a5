"""Every node type of engine.graph_ops: backward against a central difference, and
upstream × local = downstream (``combine``) against backward.

Each op is checked under a random upstream gradient G, with the scalar
f = sum(forward(xs) * G): its gradient with respect to each input is exactly
what backward(G) sends to that input.
"""
import numpy as np
import pytest

from engine.graph_ops import OPS, combine, unbroadcast


def _rng():
    return np.random.default_rng(7)


def positive(shape):
    return _rng().uniform(0.5, 2.0, shape)


def signed(shape):
    return _rng().uniform(-2.0, 2.0, shape)


def away_from_zero(shape):
    rng = _rng()
    return rng.uniform(0.1, 2.0, shape) * rng.choice([-1.0, 1.0], shape)


# (id, op, params, inputs): scalars and arrays, broadcast cases included.
CASES = [
    ("add-scalars", "add", {}, lambda: [np.float64(1.5), np.float64(-0.7)]),
    ("add-arrays", "add", {}, lambda: [signed((2, 3)), signed((2, 3)) + 1]),
    ("add-broadcast", "add", {}, lambda: [signed((2, 3)), signed((3,))]),
    ("mul-scalars", "mul", {}, lambda: [np.float64(100.0), np.float64(2.0)]),
    ("mul-arrays", "mul", {}, lambda: [signed((3, 2)), signed((3, 2)) - 1]),
    ("mul-scalar-times-array", "mul", {}, lambda: [signed((1, 3)), np.float64(0.3)]),
    ("div", "div", {}, lambda: [signed((2, 2)), positive((2, 2))]),
    ("scale", "scale", {"c": -1}, lambda: [signed((4,))]),
    ("scale-scalar", "scale", {"c": 2.5}, lambda: [np.float64(0.4)]),
    ("add_const", "add_const", {"c": 1}, lambda: [signed((4,))]),
    ("exp", "exp", {}, lambda: [signed((2, 3))]),
    ("exp-scalar", "exp", {}, lambda: [np.float64(-1.0)]),
    ("reciprocal", "reciprocal", {}, lambda: [positive((3,))]),
    ("reciprocal-scalar", "reciprocal", {}, lambda: [np.float64(1.3678794411714423)]),
    ("log", "log", {}, lambda: [positive((2, 3))]),
    ("square", "square", {}, lambda: [signed((3,))]),
    ("relu", "relu", {}, lambda: [away_from_zero((3, 4))]),
    ("relu-scalar", "relu", {}, lambda: [np.float64(-0.5)]),
    ("sigmoid", "sigmoid", {}, lambda: [signed((2, 3)) * 3]),
    ("matmul", "matmul", {}, lambda: [signed((2, 4)), signed((4, 3))]),
    ("add_bias", "add_bias", {}, lambda: [signed((5, 3)), signed((3,))]),
    ("sum", "sum", {}, lambda: [signed((2, 3))]),
    ("softmax_with_loss-labels", "softmax_with_loss", {}, lambda: [signed((4, 5)) * 2, np.array([0, 3, 4, 3])]),
    ("softmax_with_loss-onehot", "softmax_with_loss", {}, lambda: [signed((2, 3)), np.eye(3)[[2, 0]]]),
]
IDS = [c[0] for c in CASES]


def forward(op, xs, params):
    return OPS[op].forward(list(xs), params)


def objective(op, xs, params, G):
    return float(np.sum(forward(op, xs, params)[0] * G))


def central_difference(op, xs, params, G, slot, h=1e-6):
    xs = [np.array(x, dtype=np.float64) if i == slot else x for i, x in enumerate(xs)]
    x = xs[slot]
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = objective(op, xs, params, G)
        x[idx] = old - h
        fm = objective(op, xs, params, G)
        x[idx] = old
        grad[idx] = (fp - fm) / (2 * h)
    return grad


@pytest.mark.parametrize("name, op, params, make", CASES, ids=IDS)
def test_backward_matches_central_difference(name, op, params, make):
    xs = make()
    spec = OPS[op]
    out, cache = forward(op, xs, params)
    G = _rng().uniform(-1.0, 1.0, np.shape(out))  # not ones: ones hide transposes and broadcasts
    grads = spec.backward(G, xs, out, cache, params)
    assert len(grads) == spec.arity == len(spec.differentiable) == len(spec.backward_formulas)
    checked = 0
    for slot, (x, g) in enumerate(zip(xs, grads)):
        if not spec.differentiable[slot]:
            continue
        assert np.shape(g) == np.shape(x), f"d{spec.slots[slot]} has the shape of {spec.slots[slot]}"
        num = central_difference(op, xs, params, G, slot)
        np.testing.assert_allclose(g, num, rtol=1e-6, atol=1e-8)
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("name, op, params, make", CASES, ids=IDS)
def test_upstream_times_local_is_downstream(name, op, params, make):
    xs = make()
    spec = OPS[op]
    out, cache = forward(op, xs, params)
    G = _rng().uniform(-1.0, 1.0, np.shape(out))
    grads = spec.backward(G, xs, out, cache, params)
    locals_ = spec.local(list(xs), out, cache, params)
    for slot, (x, g, local) in enumerate(zip(xs, grads, locals_)):
        if not spec.differentiable[slot]:
            assert local.rule == "none" and local.factor is None
            assert combine(local.rule, G, local.factor, np.shape(x)) is None
            continue
        assert local.rule in ("times", "dot_right", "dot_left")
        if op in ("add", "mul", "div", "add_bias"):  # element-wise with broadcasting
            assert local.summed == (np.shape(x) != np.shape(out)), "summed says whether x was broadcast"
        else:
            assert not local.summed
        np.testing.assert_allclose(combine(local.rule, G, local.factor, np.shape(x)), g, rtol=1e-13, atol=1e-15)


def test_every_op_is_covered():
    assert {c[1] for c in CASES} == set(OPS)


def test_matmul_local_derivatives_are_the_transposes():
    X, W = signed((2, 4)), signed((4, 3))
    local_X, local_W = OPS["matmul"].local([X, W], X @ W, None, {})
    assert np.array_equal(local_X.factor, W.T) and local_X.rule == "dot_right"
    assert np.array_equal(local_W.factor, X.T) and local_W.rule == "dot_left"


def test_relu_local_derivative_is_the_mask():
    x = np.array([[1.0, -0.5], [-2.0, 3.0]])
    (local,) = OPS["relu"].local([x], None, None, {})
    assert np.array_equal(local.factor, [[1.0, 0.0], [0.0, 1.0]])


def test_symbols_and_formulas_write_in_the_constant():
    assert OPS["scale"].symbol_for({"c": -1}) == "×-1"
    assert OPS["add_const"].symbol_for({"c": 1}) == "+1"
    forward_formula, backward = OPS["scale"].formulas_for({"c": -1})
    assert forward_formula == "out = -1 × x" and backward == ("dx = dout × -1",)
    assert OPS["mul"].formulas_for({}) == ("out = x × y", ("dx = dout × y", "dy = dout × x"))


def test_unbroadcast_sums_the_repeated_axes():
    g = np.arange(6.0).reshape(2, 3)
    assert np.array_equal(unbroadcast(g, (3,)), [3.0, 5.0, 7.0])
    assert np.array_equal(unbroadcast(g, (2, 1)), [[3.0], [12.0]])
    assert unbroadcast(g, ()) == 15.0
    assert unbroadcast(g, (2, 3)) is g


def test_combine_rejects_an_unknown_rule():
    with pytest.raises(ValueError):
        combine("plus", 1.0, 1.0, ())
