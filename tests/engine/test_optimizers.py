"""Tests for engine.optimizers: in-place updates, convergence on a quadratic, dtype, make_optimizer."""

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS, SGD, AdaGrad, Adam, Momentum, make_optimizer

# A lr for each that makes 300 steps on the quadratic below converge.
ALL = [
    (SGD, {"lr": 0.1}),
    (Momentum, {"lr": 0.05, "momentum": 0.9}),
    (AdaGrad, {"lr": 0.5}),
    (Adam, {"lr": 0.1}),
]
IDS = [cls.__name__ for cls, _ in ALL]

# f(W, b) = 0.5 * sum(A * (W - W*)**2) + 0.5 * sum(c * (b - b*)**2): an ill-conditioned bowl.
A = np.array([[1.0, 3.0], [0.5, 2.0], [1.5, 0.8]])
C = np.array([2.0, 0.7])
W_STAR = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])
B_STAR = np.array([0.25, -0.75])


def quadratic(params):
    return 0.5 * np.sum(A * (params["W"] - W_STAR) ** 2) + 0.5 * np.sum(C * (params["b"] - B_STAR) ** 2)


def quadratic_grads(params):
    return {"W": A * (params["W"] - W_STAR), "b": C * (params["b"] - B_STAR)}


def start_params(dtype=np.float64):
    rng = np.random.default_rng(0)
    return {"W": rng.standard_normal((3, 2)).astype(dtype) * 3, "b": rng.standard_normal(2).astype(dtype) * 3}


@pytest.mark.parametrize("cls, kwargs", ALL, ids=IDS)
def test_update_is_in_place(cls, kwargs):
    params = start_params()
    arrays = dict(params)
    before = {k: v.copy() for k, v in params.items()}
    opt = cls(**kwargs)
    for _ in range(3):
        opt.update(params, quadratic_grads(params))
    for key in params:
        assert params[key] is arrays[key]  # the very same array objects
        assert not np.array_equal(params[key], before[key])


@pytest.mark.parametrize("cls, kwargs", ALL, ids=IDS)
def test_decreases_a_quadratic(cls, kwargs):
    params = start_params()
    opt = cls(**kwargs)
    losses = [quadratic(params)]
    for _ in range(300):
        opt.update(params, quadratic_grads(params))
        losses.append(quadratic(params))
    assert losses[0] > 1.0
    assert losses[-1] < 1e-3 * losses[0]
    assert min(losses[:50]) < losses[0]  # it makes progress early, too
    np.testing.assert_allclose(params["W"], W_STAR, atol=0.05)
    np.testing.assert_allclose(params["b"], B_STAR, atol=0.05)


def test_sgd_is_exactly_the_books_rule():
    params = start_params()
    grads = quadratic_grads(params)
    expected = {k: params[k] - 0.1 * grads[k] for k in params}
    SGD(lr=0.1).update(params, grads)
    for key in params:
        np.testing.assert_array_equal(params[key], expected[key])


def test_momentum_first_two_steps():
    W = np.array([1.0])
    opt = Momentum(lr=0.1, momentum=0.9)
    opt.update({"W": W}, {"W": np.array([2.0])})  # v = -0.2
    assert W[0] == pytest.approx(0.8)
    opt.update({"W": W}, {"W": np.array([2.0])})  # v = 0.9 * -0.2 - 0.2 = -0.38
    assert W[0] == pytest.approx(0.42)


def test_adam_first_step_is_lr_times_sign():
    # Bias correction makes Adam's first step lr * g / |g| (up to the 1e-7).
    W = np.array([1.0, 1.0])
    Adam(lr=0.01).update({"W": W}, {"W": np.array([5.0, -0.3])})
    np.testing.assert_allclose(W, [0.99, 1.01], rtol=1e-6)


@pytest.mark.parametrize("cls, kwargs", ALL, ids=IDS)
def test_keeps_float32(cls, kwargs):
    params = start_params(np.float32)
    opt = cls(**kwargs)
    for _ in range(5):
        grads = {k: v.astype(np.float32) for k, v in quadratic_grads(params).items()}
        opt.update(params, grads)
    for value in params.values():
        assert value.dtype == np.float32
    for state in ("v", "h", "m"):
        if getattr(opt, state, None) is not None:
            assert all(s.dtype == np.float32 for s in getattr(opt, state).values())


@pytest.mark.parametrize("name, cls", [("sgd", SGD), ("SGD", SGD), ("Momentum", Momentum),
                                       ("adagrad", AdaGrad), ("AdaGrad", AdaGrad), ("ADAM", Adam)])
def test_make_optimizer_by_name(name, cls):
    opt = make_optimizer(name, 0.03)
    assert type(opt) is cls
    assert opt.lr == 0.03


def test_optimizers_table():
    assert set(OPTIMIZERS) == {"sgd", "momentum", "adagrad", "adam"}


@pytest.mark.parametrize("name", ["rmsprop", "", "sgd2"])
def test_make_optimizer_unknown_name(name):
    with pytest.raises(ValueError, match="optimizer"):
        make_optimizer(name, 0.1)
