"""The gradient check, trusted both ways, on many random draws (issue 9).

Each draw is a network (ReLU or Sigmoid, 1 to 3 hidden layers, std 0.01,
Xavier or He weights, some with weight decay) with fresh random weights and
3 random MNIST test images. On every draw:

* the correct backprop gets no non-passing verdict (no false alarm), however
  many ReLU kinks its +h/-h runs cross and however small its gradients;
* every planted bug that applies to the net fails exactly the parameters it
  breaks (no miss), and no other.
"""
from __future__ import annotations

import numpy as np
import pytest

from engine import BUGS, PASSING, MultiLayerNet, broken_params, bug_applies, gradient_check, load_mnist

DRAWS = 300
BUG_ENTRIES = 120  # a planted bug corrupts whole parameters: a sample of entries shows it


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    (_, _), (x_test, t_test) = load_mnist(cache_dir=tmp_path_factory.mktemp("cache"))
    return x_test, t_test


def draw(i, images):
    """Draw i: (net, x, t), reproducible from i."""
    rng = np.random.default_rng(1000 + i)
    activation = ("relu", "sigmoid")[i % 2]
    depth = 1 + (i // 2) % 3
    init = (0.01, "xavier", "he")[(i // 6) % 3]
    hidden = [int(rng.integers(5, 31)) for _ in range(depth)]
    decay = 0.1 if i % 5 == 0 else 0.0
    net = MultiLayerNet(784, hidden, 10, activation=activation, weight_init=init, weight_decay=decay,
                        seed=int(rng.integers(1 << 30)), dtype=np.float64)
    x_test, t_test = images
    pick = rng.choice(len(t_test), size=3, replace=False)
    return net, x_test[pick].astype(np.float64), t_test[pick]


def describe(net, result):
    return f"{net.sizes} {net.activation} wd={net.weight_decay_lambda} bug={result.bug}: " + ", ".join(
        f"{r.name} {r.verdict} (rel {r.rel_error:.1e} -> {r.rel_error_after:.1e}, floor {r.roundoff:.1e}, "
        f"kinks {r.kinks}, on kink {r.on_kink})" for r in result.rows)


@pytest.fixture(scope="module")
def draws(images):
    return [draw(i, images) for i in range(DRAWS)]


def test_the_draws_cover_what_the_issue_asks(draws):
    kinds = {(net.activation, net.n_affine - 1) for net, _, _ in draws}
    assert kinds == {(a, d) for a in ("relu", "sigmoid") for d in (1, 2, 3)}
    assert len(draws) >= 300


def test_no_false_alarm_on_correct_nets(draws):
    crossed = 0
    below = 0
    for net, x, t in draws:
        result = gradient_check(net, x, t)
        assert result.passed, describe(net, result)
        assert all(r.verdict in PASSING for r in result.rows)
        crossed += any(r.kinks for r in result.rows)
        below += any(r.verdict == "below resolution" for r in result.rows)
    # The draws do reach the hard cases: kinks crossed at h = 1e-4.
    assert crossed >= 20, crossed


def dead_layer(net, x):
    """True when some hidden ReLU layer outputs 0 for every sample: no gradient reaches below it,
    so backprop and the numerical gradient are both exactly 0 there, right or wrong."""
    out = x
    for name, layer in net.layers.items():
        out = layer.forward(out)
        if name.startswith("Relu") and not out.any():
            return True
    return False


def test_a_dead_layer_is_rare_and_gives_exact_zeros(draws):
    dead = [(net, x, t) for net, x, t in draws if dead_layer(net, x)]
    assert len(dead) <= len(draws) // 30, len(dead)
    for net, x, t in dead:
        result = gradient_check(net.copy(bug="affine-double-db"), x, t)
        assert result.row("b1").mean_abs_diff == 0.0  # double 0 is 0: nothing for any check to see


@pytest.mark.parametrize("bug", list(BUGS))
def test_every_planted_bug_fails_exactly_its_parameters(draws, bug):
    tried = 0
    for net, x, t in draws:
        if not bug_applies(bug, net) or dead_layer(net, x):
            continue
        tried += 1
        result = gradient_check(net.copy(bug=bug), x, t, max_entries=BUG_ENTRIES)
        expected = set(broken_params(bug, net.n_affine))
        failing = {r.name for r in result.rows if not r.passed}
        assert failing == expected, describe(net, result)
        assert not result.passed
    assert tried >= 50, tried


def test_bugs_apply_only_where_their_layer_is(draws):
    for net, _, _ in draws:
        for name, bug in BUGS.items():
            applies = bug_applies(name, net)
            if bug.needs == "weight decay":
                assert applies == bool(net.weight_decay_lambda)
            elif bug.needs:
                assert applies == (net.activation == bug.needs)
            else:
                assert applies
