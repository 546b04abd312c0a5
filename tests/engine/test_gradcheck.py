"""Tests for engine.gradcheck on real MNIST: the book's gradient_check.py, made fast and judged."""

import collections.abc
import math

import numpy as np
import pytest

import engine
from engine import BUGS, Cancelled, MultiLayerNet, TwoLayerNet, bug_names, gradient_check, load_mnist, verdict_for
from engine.functions import numerical_gradient

KEYS = ["W1", "b1", "W2", "b2"]


@pytest.fixture(scope="module")
def mnist(tmp_path_factory):
    return load_mnist(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def batch(mnist):
    """The book's gradient_check.py: the first 3 test samples, here in float64."""
    (_, _), (x_test, t_test) = mnist
    return x_test[:3].astype(np.float64), t_test[:3].astype(np.int64)


@pytest.fixture(scope="module")
def default_result(batch):
    x, t = batch
    return gradient_check(TwoLayerNet(784, 50, 10, seed=0), x, t)


def book_abs_diffs(net, x, t, keys=KEYS):
    """|backprop - numerical| per entry, with the book's own loop (net.numerical_gradient)."""
    grads = net.gradient(x, t)
    f = lambda W: net.loss(x, t)  # noqa: E731 (as in the book)
    return {key: np.abs(grads[key] - numerical_gradient(f, net.params[key])) for key in keys}


# ---------------------------------------------------------------- the book's run

def test_default_two_layer_net_passes(default_result):
    result = default_result
    assert [row.name for row in result.rows] == KEYS
    assert result.passed
    assert result.n_samples == 3
    assert result.sampled is False
    assert result.bug is None
    assert result.h == 1e-4
    shapes = {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    for row in result.rows:
        assert row.rel_error <= 1e-7, (row.name, row.rel_error)
        assert row.passed and row.verdict in ("excellent", "acceptable")
        assert row.shape == shapes[row.name]
        assert row.n_checked == math.prod(shapes[row.name])
        assert row.abs_diff.shape == shapes[row.name]
        assert not np.isnan(row.abs_diff).any()
        assert row.mean_abs_diff == pytest.approx(float(row.abs_diff.mean()), rel=1e-12)
        assert row.max_abs_diff == float(row.abs_diff.max())
        assert row.mean_abs_diff < 1e-9  # the book prints ~1e-10 to 1e-13
    assert result.row("W2") is result.rows[2]


def test_b2_mean_abs_diff_matches_books_loop(batch, default_result):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, seed=0)
    book = book_abs_diffs(net, x, t, keys=["b2"])["b2"]
    row = default_result.row("b2")
    assert abs(row.mean_abs_diff - book.mean()) < 1e-9
    np.testing.assert_allclose(row.abs_diff, book, rtol=0, atol=1e-9)


def test_every_row_matches_books_loop_when_the_differences_are_large(batch):
    # With a planted bug the differences are ~0.1, so agreement to 1e-9 is a real test
    # of the batched central differences (and of the per-entry bookkeeping).
    x, t = batch
    net = TwoLayerNet(784, 10, 10, seed=0, bug="softmax-no-batch-divide")
    result = gradient_check(net, x, t)
    book = book_abs_diffs(net, x, t)
    for row in result.rows:
        assert row.mean_abs_diff > 1e-6
        assert abs(row.mean_abs_diff - book[row.name].mean()) < 1e-9, row.name
        np.testing.assert_allclose(row.abs_diff, book[row.name], rtol=1e-6, atol=1e-9)
        assert row.max_abs_diff == pytest.approx(book[row.name].max(), rel=1e-6)


def test_one_hot_targets_and_image_shaped_input(batch, default_result):
    x, t = batch
    one_hot = np.eye(10)[t]
    result = gradient_check(TwoLayerNet(784, 50, 10, seed=0), x.reshape(3, 1, 28, 28), one_hot)
    for row, ref in zip(result.rows, default_result.rows):
        assert row.rel_error == pytest.approx(ref.rel_error, rel=1e-3, abs=1e-12)
        np.testing.assert_allclose(row.abs_diff, ref.abs_diff, atol=1e-12)


def test_deeper_and_weight_decay_nets_pass(batch):
    x, t = batch
    for net in (MultiLayerNet(784, [20, 15], 10, activation="sigmoid", seed=1),
                MultiLayerNet(784, [20], 10, weight_decay=0.5, seed=2, dtype=np.float64)):
        result = gradient_check(net, x, t)
        assert [row.name for row in result.rows] == [k + str(i) for i in range(1, net.n_affine + 1) for k in "Wb"]
        assert result.passed, [(r.name, r.rel_error, r.kinks) for r in result.rows]


def test_invalid_h(batch):
    x, t = batch
    with pytest.raises(ValueError):
        gradient_check(TwoLayerNet(784, 10, 10, seed=0), x, t, h=0.0)


# ---------------------------------------------------------------- the live network is left alone

def test_live_network_not_perturbed(batch):
    x, t = batch
    net = MultiLayerNet(784, [30], 10, seed=4)  # float32: the check works on a float64 copy
    x32 = x.astype(np.float32)
    net.gradient(x32, t)
    params_before = {k: v.copy() for k, v in net.params.items()}
    arrays_before = dict(net.params)
    caches = {
        "x": net.layers["Affine1"].x,
        "dW": net.layers["Affine1"].dW,
        "mask": net.layers["Relu1"].mask,
        "y": net.lastLayer.y,
    }
    loss_before = net.last_loss

    gradient_check(net, x, t)

    for key in params_before:
        assert net.params[key] is arrays_before[key]
        assert net.params[key].dtype == np.float32
        np.testing.assert_array_equal(net.params[key], params_before[key])
    assert net.layers["Affine1"].x is caches["x"]
    assert net.layers["Affine1"].dW is caches["dW"]
    assert net.layers["Relu1"].mask is caches["mask"]
    assert net.lastLayer.y is caches["y"]
    assert net.last_loss == loss_before


# ---------------------------------------------------------------- verdicts

@pytest.mark.parametrize("args, verdict", [
    ((0.0,), "excellent"),
    ((1e-8,), "excellent"),
    ((1e-8, 3), "excellent"),
    ((1e-5, 2), "acceptable"),
    ((1e-5, 0), "suspicious"),
    ((1e-3, 0), "suspicious"),
    ((1e-3, 5), "suspicious"),
    ((1e-5, 0, 2e-5), "below resolution"),
    ((0.5, 0, 0.6), "below resolution"),
    ((0.5, 0, 1e-6), "wrong"),
    ((0.5, 9), "wrong"),
    ((0.5, 0, 0.0, 0), "on a kink"),
    ((float("nan"),), "failed"),
    ((float("inf"),), "failed"),
    ((float("nan"), 0, float("inf"), 0), "failed"),
])
def test_verdict_for(args, verdict):
    assert verdict_for(*args) == verdict
    assert verdict in engine.VERDICTS
    assert (verdict in engine.PASSING) == (verdict not in ("suspicious", "wrong", "failed"))


# ---------------------------------------------------------------- sampled mode, cancel, kinks

def test_sampled_mode_checks_exactly_max_entries(batch):
    x, t = batch
    result = gradient_check(TwoLayerNet(784, 50, 10, seed=0), x, t, max_entries=20, seed=3)
    assert result.sampled is True
    assert result.passed
    sizes = {"W1": 784 * 50, "b1": 50, "W2": 500, "b2": 10}
    for row in result.rows:
        expected = min(20, sizes[row.name])
        assert row.n_checked == expected
        checked = ~np.isnan(row.abs_diff)
        assert int(checked.sum()) == expected
        assert row.abs_diff.shape == row.shape
        assert row.mean_abs_diff == pytest.approx(float(np.nanmean(row.abs_diff)), rel=1e-12)


def test_sampled_entries_follow_the_seed(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, seed=0)
    a, b, c = (gradient_check(net, x, t, max_entries=15, seed=s) for s in (1, 1, 2))
    mask = lambda r: ~np.isnan(r.row("W1").abs_diff)  # noqa: E731
    np.testing.assert_array_equal(mask(a), mask(b))
    assert not np.array_equal(mask(a), mask(c))


def test_should_stop_raises_cancelled(batch):
    x, t = batch
    net = TwoLayerNet(784, 50, 10, seed=0)
    with pytest.raises(Cancelled):
        gradient_check(net, x, t, should_stop=lambda: True)
    assert engine.Cancelled is Cancelled
    calls = []
    result = gradient_check(net, x, t, should_stop=lambda: calls.append(1) or False)
    assert result.passed
    assert len(calls) >= 4  # polled at least once per parameter


def test_big_h_crosses_relu_kinks(batch):
    x, t = batch
    net = MultiLayerNet(784, [50], 10, seed=0, dtype=np.float64)
    small = gradient_check(net, x, t)
    assert all(row.kinks == 0 for row in small.rows)
    big = gradient_check(net, x, t, h=1.0)
    assert big.h == 1.0
    assert big.row("W1").kinks > 0
    assert big.row("b1").kinks > 0
    assert big.row("W2").kinks == 0  # nothing lies between W2 and the loss but the softmax


def test_sigmoid_net_never_reports_kinks(batch):
    x, t = batch
    result = gradient_check(MultiLayerNet(784, [50], 10, activation="sigmoid", seed=0), x, t, h=1.0)
    assert all(row.kinks == 0 for row in result.rows)


def test_row_to_dict(default_result):
    d = default_result.row("b1").to_dict()
    assert d["name"] == "b1"
    assert d["shape"] == [50]
    assert d["n_checked"] == 50
    assert set(d) == {"name", "shape", "n_checked", "mean_abs_diff", "max_abs_diff", "rel_error",
                      "kinks", "rechecked", "on_kink", "rel_error_after", "roundoff", "verdict", "passed"}


# ---------------------------------------------------------------- planted bugs

def bug_cases():
    for name in bug_names():
        needs = BUGS[name].needs_activation
        if BUGS[name].needs == "weight decay":
            continue  # tested below, in nets with weight decay
        for activation in ([needs] if needs else ["relu", "sigmoid"]):
            yield pytest.param(name, activation, id=f"{name}-{activation}")


def test_every_bug_is_covered():
    assert len(bug_names()) >= 10
    assert {"relu-no-mask", "sigmoid-uses-input", "affine-double-db", "softmax-no-batch-divide"} <= set(bug_names())
    for name, bug in BUGS.items():
        assert bug.title and bug.explanation and bug.affects
        assert bug.affects == engine.broken_params(name, 2)
        assert (bug.layer is None) == (bug.needs == "weight decay")


@pytest.mark.parametrize("name", [n for n in bug_names() if BUGS[n].needs == "weight decay"])
def test_weight_decay_bugs_break_exactly_the_weights(batch, name):
    x, t = batch
    net = MultiLayerNet(784, [30], 10, weight_decay=0.1, seed=0, dtype=np.float64)
    assert gradient_check(net, x, t).passed
    result = gradient_check(net.copy(bug=name), x, t)
    assert {r.name for r in result.rows if not r.passed} == {"W1", "W2"}
    assert not engine.bug_applies(name, MultiLayerNet(784, [30], 10, seed=0))


@pytest.mark.parametrize("name, activation", list(bug_cases()))
def test_planted_bug_fails_exactly_the_parameters_it_affects(batch, name, activation):
    x, t = batch
    clean = MultiLayerNet(784, [50], 10, activation=activation, seed=0, dtype=np.float64)
    for buggy in (clean.copy(bug=name),
                  MultiLayerNet(784, [50], 10, activation=activation, seed=0, dtype=np.float64, bug=name)):
        result = gradient_check(buggy, x, t)
        assert result.bug == name
        assert not result.passed
        failing = {row.name for row in result.rows if not row.passed}
        assert failing == set(BUGS[name].affects), [(r.name, r.rel_error, r.verdict) for r in result.rows]
        for row in result.rows:
            if row.name in BUGS[name].affects:
                assert row.verdict == "wrong"
            else:
                assert row.rel_error <= 1e-7
    assert gradient_check(clean, x, t).passed


@pytest.mark.parametrize("name", [n for n in bug_names() if BUGS[n].needs_activation])
def test_bug_in_an_unused_layer_changes_nothing(batch, name):
    x, t = batch
    other = "sigmoid" if BUGS[name].needs_activation == "relu" else "relu"
    net = MultiLayerNet(784, [50], 10, activation=other, seed=0, dtype=np.float64, bug=name)
    assert gradient_check(net, x, t).passed


def test_result_reads_like_a_dict_of_parameters():
    net = TwoLayerNet(784, 5, 10, seed=0)
    rng = np.random.default_rng(0)
    result = gradient_check(net, rng.random((2, 784)), np.array([1, 2]))
    assert list(result.keys()) == ["W1", "b1", "W2", "b2"]
    assert list(result) == ["W1", "b1", "W2", "b2"]
    assert len(result) == 4 and "b2" in result and "W3" not in result
    assert dict(result.items())["W1"] is result.rows[0]
    assert isinstance(result, collections.abc.Mapping)
    assert result["W2"] is result.row("W2")
    assert result["b1"].mean_abs_diff == result.rows[1].mean_abs_diff
    with pytest.raises(KeyError):
        result["W3"]
