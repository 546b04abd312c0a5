"""Bug hunt: a class code picks the same bug for everyone; the mystery net really has it; guesses are judged."""
import numpy as np
import pytest

from engine import BUGS, bug_layer, bugs_of_layer, gradient_check, judge, load_dataset, mystery_bug, mystery_net
from engine.faults import Bug
from engine.layers import Relu


def test_the_same_code_gives_the_same_bug_whatever_its_spacing_or_case():
    assert mystery_bug("math-3b") == mystery_bug("  MATH-3B ") == mystery_bug("Math-3b")
    with pytest.raises(ValueError):
        mystery_bug("   ")


def test_codes_spread_over_every_bug_of_the_catalogue():
    seen = {mystery_bug(f"class-{i}") for i in range(400)}
    assert seen == {name for name in BUGS if bug_layer(name) is not None}


def test_the_mystery_net_has_its_bug_and_the_gradient_check_shows_it():
    ds = load_dataset()
    for i in range(12):
        code = f"room-{i}"
        net = mystery_net(code, seed=i)
        bug = BUGS[mystery_bug(code)]
        assert net.bug == bug.name
        idx = np.random.default_rng(i).choice(len(ds.t_test), 3, replace=False)
        result = gradient_check(net, ds.x_test[idx], ds.t_test[idx])
        wrong = [name for name in result.keys() if not result[name].passed]
        assert wrong == list(bug.affects), (code, bug.name, wrong)


def test_guesses_are_judged_right_right_layer_or_wrong():
    for i in range(30):
        code = f"c{i}"
        name = mystery_bug(code)
        layer = bug_layer(name)
        assert judge(code, layer, name) == "right"
        for other in bugs_of_layer(layer):
            if other != name:
                assert judge(code, layer, other) == "right-layer"
        for other_layer in ("Relu", "Sigmoid", "Affine", "SoftmaxWithLoss"):
            if other_layer != layer:
                assert judge(code, other_layer, None) == "wrong"


class ReluInverted(Relu):
    def backward(self, dout):
        return dout * self.mask


def test_a_bug_added_to_the_catalogue_joins_the_hunt(monkeypatch):
    bug = Bug("relu-test-inverted", "ReLU mask inverted", "test", ("W1", "b1"), "relu", ReluInverted)
    monkeypatch.setitem(BUGS, bug.name, bug)
    assert bug.name in bugs_of_layer("Relu")
    assert bug.name in {mystery_bug(f"class-{i}") for i in range(400)}
