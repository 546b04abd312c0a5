"""Tests for engine.functions: activations, softmax, losses and the book's numerical gradient."""

import warnings

import numpy as np
import pytest

from engine.functions import (
    cross_entropy_error,
    log_softmax,
    numerical_gradient,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    softmax,
    softmax_cross_entropy,
)


def book_cross_entropy_error(y, t):
    """The book's common/functions.py cross_entropy_error, verbatim (with its + 1e-7)."""
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


def one_hot(labels, n_classes):
    out = np.zeros((labels.size, n_classes))
    out[np.arange(labels.size), labels] = 1.0
    return out


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


def confident_batch(rng, n=8, c=10):
    """Scores whose target class has probability >= 0.1 (the book's +1e-7 then matters < 1e-6)."""
    x = rng.standard_normal((n, c))
    labels = rng.integers(0, c, n)
    x[np.arange(n), labels] += 3.0
    y = softmax(x)
    assert y[np.arange(n), labels].min() > 0.1
    return x, y, labels


# ---------------------------------------------------------------- sigmoid

@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_saturates_without_overflow(dtype):
    x = np.array([-1000.0, 1000.0], dtype=dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            y = sigmoid(x)
    assert y.dtype == dtype
    assert y[0] == 0.0
    assert y[1] == 1.0


def test_sigmoid_matches_the_books_formula(rng):
    x = rng.uniform(-20, 20, size=(5, 7))
    np.testing.assert_allclose(sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-12, atol=1e-15)
    assert sigmoid(0.0) == 0.5


def test_sigmoid_grad_is_y_one_minus_y(rng):
    x = rng.uniform(-5, 5, size=20)
    y = 1 / (1 + np.exp(-x))
    np.testing.assert_allclose(sigmoid_grad(x), y * (1 - y), rtol=1e-10)


# ---------------------------------------------------------------- relu

def test_relu_values_and_dtype():
    x = np.array([[-2.0, -0.0, 0.0, 0.5, 3.0]], dtype=np.float32)
    y = relu(x)
    assert y.dtype == np.float32
    np.testing.assert_array_equal(y, [[0.0, 0.0, 0.0, 0.5, 3.0]])
    assert x[0, 0] == -2.0  # input untouched


def test_relu_grad():
    x = np.array([-1.0, 0.0, 2.0])
    np.testing.assert_array_equal(relu_grad(x), [0.0, 0.0, 1.0])
    assert relu_grad(x).dtype == x.dtype


# ---------------------------------------------------------------- softmax

def test_softmax_1d_sums_to_one_and_is_ordered(rng):
    x = rng.standard_normal(10)
    y = softmax(x)
    assert y.shape == (10,)
    assert y.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.all(y > 0)
    assert np.argmax(y) == np.argmax(x)


def test_softmax_2d_rows_sum_to_one(rng):
    x = rng.standard_normal((6, 10)) * 5
    y = softmax(x)
    assert y.shape == (6, 10)
    np.testing.assert_allclose(y.sum(axis=1), np.ones(6), atol=1e-12)
    expected = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(y, expected, rtol=1e-12)


@pytest.mark.parametrize("shape", [(10,), (4, 10)])
def test_softmax_is_shift_invariant(rng, shape):
    x = rng.standard_normal(shape)
    np.testing.assert_allclose(softmax(x + 1000.0), softmax(x), rtol=1e-10, atol=1e-15)
    np.testing.assert_allclose(softmax(x - 12.5), softmax(x), rtol=1e-10, atol=1e-15)


def test_softmax_huge_scores_do_not_overflow():
    x = np.array([[1010.0, 1000.0, 990.0], [1e30, 0.0, -1e30]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        y = softmax(x)
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y.sum(axis=1), [1.0, 1.0])
    assert y[1, 0] == 1.0


def test_softmax_keeps_float32():
    assert softmax(np.ones((2, 3), dtype=np.float32)).dtype == np.float32


# ---------------------------------------------------------------- log_softmax

@pytest.mark.parametrize("shape", [(10,), (5, 10)])
def test_log_softmax_matches_log_of_softmax(rng, shape):
    x = rng.standard_normal(shape) * 3
    np.testing.assert_allclose(log_softmax(x), np.log(softmax(x)), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_log_softmax_finite_for_huge_scores(dtype):
    x = np.array([[1e30, 0.0, -1e30], [1000.0, -1000.0, 0.0]], dtype=dtype)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        logp = log_softmax(x)
    assert np.all(np.isfinite(logp))
    assert logp[0, 0] == 0.0
    # log(softmax) would give log(0) = -inf here; the log-softmax keeps -2000
    np.testing.assert_allclose(logp[1], [0.0, -2000.0, -1000.0], rtol=1e-6)


# ---------------------------------------------------------------- cross_entropy_error

def test_cross_entropy_2d_labels_and_one_hot_agree_with_book(rng):
    _, y, labels = confident_batch(rng)
    t = one_hot(labels, 10)
    expected = -np.mean(np.log(y[np.arange(len(labels)), labels]))
    assert cross_entropy_error(y, labels) == pytest.approx(expected, rel=1e-12)
    assert cross_entropy_error(y, t) == pytest.approx(expected, rel=1e-12)
    assert abs(cross_entropy_error(y, labels) - book_cross_entropy_error(y, labels)) < 1e-6
    assert abs(cross_entropy_error(y, t) - book_cross_entropy_error(y, t)) < 1e-6


def test_cross_entropy_1d_labels_and_one_hot(rng):
    _, y, labels = confident_batch(rng, n=1)
    y1, label = y[0], labels[0]
    t1 = one_hot(labels, 10)[0]
    expected = -np.log(y1[label])
    assert cross_entropy_error(y1, t1) == pytest.approx(expected, rel=1e-12)
    assert cross_entropy_error(y1, np.array(label)) == pytest.approx(expected, rel=1e-12)
    assert cross_entropy_error(y1, int(label)) == pytest.approx(expected, rel=1e-12)
    assert abs(cross_entropy_error(y1, t1) - book_cross_entropy_error(y1, t1)) < 1e-6


def test_cross_entropy_books_example():
    # Chapter 4's example: the '2' is right with probability 0.6.
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    assert cross_entropy_error(y, t) == pytest.approx(0.51082562, abs=1e-6)
    y_wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    assert cross_entropy_error(y_wrong, t) == pytest.approx(2.30258509, abs=1e-6)


def test_cross_entropy_zero_probability_stays_finite():
    y = np.array([[0.0, 1.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss = cross_entropy_error(y, np.array([0]))
    assert np.isfinite(loss)
    assert loss > 16.0  # at least what the book's -log(1e-7) reports


# ---------------------------------------------------------------- softmax_cross_entropy

@pytest.mark.parametrize("as_one_hot", [False, True])
def test_softmax_cross_entropy_per_sample(rng, as_one_hot):
    x, y, labels = confident_batch(rng, n=6)
    t = one_hot(labels, 10) if as_one_hot else labels
    losses = softmax_cross_entropy(x, t)
    assert losses.shape == (6,)
    np.testing.assert_allclose(losses, -np.log(y[np.arange(6), labels]), rtol=1e-12)
    assert losses.mean() == pytest.approx(cross_entropy_error(y, t), rel=1e-12)


def test_softmax_cross_entropy_finite_for_confident_wrong_scores():
    x = np.array([[1000.0, -1000.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss = softmax_cross_entropy(x, np.array([1]))
    np.testing.assert_allclose(loss, [2000.0])


# ---------------------------------------------------------------- numerical_gradient

@pytest.mark.parametrize("shape", [(5,), (3, 4)])
def test_numerical_gradient_of_quadratic(rng, shape):
    x = rng.standard_normal(shape)
    before = x.copy()
    A = rng.uniform(0.5, 2.0, shape)
    calls = []

    def f(w):
        calls.append(1)
        return np.sum(A * w ** 2)

    grad = numerical_gradient(f, x)
    assert grad.shape == shape
    np.testing.assert_allclose(grad, 2 * A * before, rtol=1e-7, atol=1e-9)
    np.testing.assert_array_equal(x, before)  # restored bit for bit
    assert len(calls) == 2 * x.size


def test_numerical_gradient_books_example():
    # Chapter 4: the gradient of x0**2 + x1**2 at (3, 4) is (6, 8).
    x = np.array([3.0, 4.0])
    grad = numerical_gradient(lambda w: np.sum(w ** 2), x)
    np.testing.assert_allclose(grad, [6.0, 8.0], rtol=1e-8)
    np.testing.assert_array_equal(x, [3.0, 4.0])
