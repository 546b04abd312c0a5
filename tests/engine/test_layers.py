"""Tests for engine.layers: every backward against a float64 numerical gradient.

Each layer is checked under a random upstream gradient G: with the scalar
``loss = sum(forward(x) * G)``, the gradient of the loss with respect to x is
exactly ``backward(G)``. A constant G of ones would hide transposition and
broadcasting mistakes.
"""

import numpy as np
import pytest

from engine.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss


def num_grad(f, x, h=1e-5):
    """Central differences of scalar f() with respect to x (perturbed in place, restored)."""
    grad = np.zeros_like(x, dtype=np.float64)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    assert np.shares_memory(flat, x)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f()
        flat[i] = old - h
        fm = f()
        flat[i] = old
        gflat[i] = (fp - fm) / (2 * h)
    return grad


def rel_error(a, n):
    a, n = np.asarray(a, dtype=np.float64), np.asarray(n, dtype=np.float64)
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    return 0.0 if denom == 0 else np.linalg.norm(a - n) / denom


@pytest.fixture
def rng():
    return np.random.default_rng(2024)


def away_from_zero(rng, shape, margin=0.05):
    """Values with |x| > margin (> 1e-3), so a ReLU's kink is never crossed by h."""
    x = rng.uniform(margin, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    assert np.abs(x).min() > 1e-3
    return x


# ---------------------------------------------------------------- Relu

def test_relu_forward_and_mask(rng):
    x = away_from_zero(rng, (4, 6))
    layer = Relu()
    out = layer.forward(x)
    np.testing.assert_array_equal(out, np.maximum(x, 0))
    np.testing.assert_array_equal(layer.mask, x <= 0)
    assert not np.shares_memory(out, x)


def test_relu_backward_matches_numerical(rng):
    x = away_from_zero(rng, (4, 6))
    G = rng.standard_normal((4, 6))
    G_before = G.copy()
    layer = Relu()
    layer.forward(x)
    dx = layer.backward(G)
    np.testing.assert_array_equal(G, G_before)  # dout untouched
    assert not np.shares_memory(dx, G)
    numerical = num_grad(lambda: np.sum(Relu().forward(x) * G), x)
    assert rel_error(dx, numerical) < 1e-9
    # and exactly: G where x > 0, else 0
    np.testing.assert_array_equal(dx, np.where(x > 0, G, 0.0))


def test_relu_4d_input(rng):
    x = away_from_zero(rng, (2, 1, 3, 3))
    G = rng.standard_normal(x.shape)
    layer = Relu()
    layer.forward(x)
    dx = layer.backward(G)
    assert dx.shape == x.shape
    numerical = num_grad(lambda: np.sum(Relu().forward(x) * G), x)
    assert rel_error(dx, numerical) < 1e-9


# ---------------------------------------------------------------- Sigmoid

def test_sigmoid_backward_matches_numerical(rng):
    x = rng.uniform(-4, 4, (5, 7))
    G = rng.standard_normal((5, 7))
    G_before = G.copy()
    layer = Sigmoid()
    out = layer.forward(x)
    np.testing.assert_allclose(out, 1 / (1 + np.exp(-x)), rtol=1e-12)
    dx = layer.backward(G)
    np.testing.assert_array_equal(G, G_before)
    numerical = num_grad(lambda: np.sum(Sigmoid().forward(x) * G), x)
    assert dx.shape == x.shape
    assert rel_error(dx, numerical) < 1e-8


# ---------------------------------------------------------------- Affine

def make_affine(rng, D, H):
    W = rng.standard_normal((D, H))
    b = rng.standard_normal(H)
    return Affine(W, b), W, b


def test_affine_forward(rng):
    layer, W, b = make_affine(rng, 6, 4)
    x = rng.standard_normal((3, 6))
    np.testing.assert_allclose(layer.forward(x), x @ W + b, rtol=1e-12)
    assert layer.W is W and layer.b is b  # the very arrays given


def test_affine_backward_matches_numerical(rng):
    N, D, H = 4, 6, 5
    layer, W, b = make_affine(rng, D, H)
    x = rng.standard_normal((N, D))
    G = rng.standard_normal((N, H))
    G_before = G.copy()
    layer.forward(x)
    dx = layer.backward(G)
    np.testing.assert_array_equal(G, G_before)

    def loss():
        return np.sum(Affine(W, b).forward(x) * G)

    assert dx.shape == x.shape
    assert layer.dW.shape == W.shape
    assert layer.db.shape == b.shape
    assert rel_error(dx, num_grad(loss, x)) < 1e-9
    assert rel_error(layer.dW, num_grad(loss, W)) < 1e-9
    assert rel_error(layer.db, num_grad(loss, b)) < 1e-9
    # the numerical gradient restored W and b: the layer still sees the same values
    np.testing.assert_allclose(layer.forward(x), x @ W + b)


def test_affine_4d_image_batch(rng):
    N, H = 2, 3
    layer, W, b = make_affine(rng, 784, H)
    x = rng.uniform(0, 1, (N, 1, 28, 28))
    G = rng.standard_normal((N, H))
    out = layer.forward(x)
    assert out.shape == (N, H)
    np.testing.assert_allclose(out, x.reshape(N, -1) @ W + b, rtol=1e-12)
    dx = layer.backward(G)
    assert dx.shape == (N, 1, 28, 28)
    assert layer.dW.shape == (784, H)
    assert layer.db.shape == (H,)

    def loss():
        return np.sum(Affine(W, b).forward(x) * G)

    assert rel_error(dx, num_grad(loss, x)) < 1e-9
    assert rel_error(layer.dW, num_grad(loss, W)) < 1e-9
    assert rel_error(layer.db, num_grad(loss, b)) < 1e-9


def test_affine_need_dx_false_returns_none_but_keeps_dW_db(rng):
    layer, W, b = make_affine(rng, 5, 3)
    x = rng.standard_normal((4, 5))
    G = rng.standard_normal((4, 3))
    layer.need_dx = False
    layer.forward(x)
    assert layer.backward(G) is None
    np.testing.assert_allclose(layer.dW, x.T @ G, rtol=1e-12)
    np.testing.assert_allclose(layer.db, G.sum(axis=0), rtol=1e-12)
    assert layer.dW.shape == W.shape and layer.db.shape == b.shape


def test_affine_shares_params_with_caller(rng):
    layer, W, b = make_affine(rng, 4, 2)
    x = rng.standard_normal((3, 4))
    W -= 1.0  # an in-place update, as an optimizer makes
    b += 2.0
    np.testing.assert_allclose(layer.forward(x), x @ W + b)


# ---------------------------------------------------------------- SoftmaxWithLoss

def one_hot(labels, n_classes):
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels] = 1.0
    return out


@pytest.mark.parametrize("as_one_hot", [False, True])
@pytest.mark.parametrize("dout", [1, 2.5])
def test_softmax_with_loss_backward_matches_numerical(rng, as_one_hot, dout):
    N, C = 5, 4
    x = rng.standard_normal((N, C)) * 2
    labels = rng.integers(0, C, N)
    t = one_hot(labels, C) if as_one_hot else labels
    layer = SoftmaxWithLoss()
    loss = layer.forward(x, t)
    y = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    assert loss == pytest.approx(-np.mean(np.log(y[np.arange(N), labels])), rel=1e-12)
    dx = layer.backward(dout)
    assert dx.shape == (N, C)
    numerical = num_grad(lambda: dout * SoftmaxWithLoss().forward(x, t), x)
    assert rel_error(dx, numerical) < 1e-8
    np.testing.assert_allclose(dx, dout * (y - one_hot(labels, C)) / N, rtol=1e-10, atol=1e-15)


def test_softmax_with_loss_targets_untouched(rng):
    x = rng.standard_normal((3, 4))
    labels = np.array([0, 3, 1])
    t = one_hot(labels, 4)
    labels_before, t_before = labels.copy(), t.copy()
    for target in (labels, t):
        layer = SoftmaxWithLoss()
        layer.forward(x, target)
        layer.backward(1)
    np.testing.assert_array_equal(labels, labels_before)
    np.testing.assert_array_equal(t, t_before)


def test_softmax_with_loss_confident_wrong_is_finite():
    layer = SoftmaxWithLoss()
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss = layer.forward(np.array([[500.0, -500.0]]), np.array([1]))
        dx = layer.backward(1)
    assert loss == pytest.approx(1000.0)
    np.testing.assert_allclose(dx, [[1.0, -1.0]])
