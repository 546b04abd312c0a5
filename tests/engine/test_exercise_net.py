"""Grading a student's TwoLayerNet.gradient: the book's gradient passes on many draws of weights and
MNIST digits; each slip in the order of the backward pass is named; a planted bug in the layers
the net uses is diagnosed from the BUGS catalogue (a new bug too); other mistakes get no diagnosis."""
from pathlib import Path

import numpy as np
import pytest

from engine import BUGS, grade_file_isolated, grade_source, load_dataset
from engine.faults import Bug
from engine.layers import Relu

HERE = Path(__file__).parent
NET = (HERE / "exercise_files" / "two_layer_net.py").read_text()
BOOK = (HERE / "exercise_files" / "book_solutions.py").read_text()


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


def draw(dataset, seed, n=3):
    idx = np.random.default_rng(1000 + seed).choice(len(dataset.x_test), n, replace=False)
    return np.asarray(dataset.x_test[idx], dtype=np.float64), np.asarray(dataset.t_test[idx])


def net_grade(source, data, seed=0):
    report = grade_source(source, "student.py", data=data, seed=seed)
    assert report.error is None, report.error
    return {g.name: g for g in report.layers}


def failed_check(grade):
    return next(c for c in grade.checks if c.status == "fail")


def test_the_books_gradient_passes_on_many_draws(dataset):
    for seed in range(25):
        grade = net_grade(NET, draw(dataset, seed), seed)["TwoLayerNet"]
        assert grade.passed and grade.diagnosis is None, (seed, grade.message)
        assert [c.code for c in grade.checks] == ["forward", "order", "backward", "network"]


def test_the_provided_layers_are_not_graded_as_the_students():
    report = grade_source(NET, "student.py")
    assert [g.name for g in report.layers] == ["TwoLayerNet"]


SLIPS = {  # mistake -> (the book's line, as a student slips)
    "forward-order": ("        layers.reverse()\n", ""),
    "last-layer-skipped": ("        dout = self.lastLayer.backward(dout)\n", ""),
    "no-forward": ("        self.loss(x, t)\n", ""),
    "not-chained": ("            dout = layer.backward(dout)", "            layer.backward(dout)"),
    "layer-skipped": ("        for layer in layers:\n", "        for layer in layers[:-1]:\n"),
    "no-backward": ("        dout = 1\n        dout = self.lastLayer.backward(dout)\n\n        layers = list(self.layers.values())\n"
                    "        layers.reverse()\n        for layer in layers:\n            dout = layer.backward(dout)\n",
                    "        self.loss(x, t)\n"),
}


@pytest.mark.parametrize("mistake", sorted(SLIPS))
def test_each_slip_in_the_backward_pass_is_named_on_many_draws(dataset, mistake):
    old, new = SLIPS[mistake]
    assert old in NET
    source = NET.replace(old, new)
    for seed in range(6):
        grade = net_grade(source, draw(dataset, seed), seed)["TwoLayerNet"]
        assert not grade.passed, (mistake, seed)
        order = next(c for c in grade.checks if c.code == "order")
        assert order.status == "fail" and order.facts["mistake"] == mistake, (seed, order.facts)
        assert grade.diagnosis is None  # a slip in gradient() is no planted bug of a layer
        assert "gradient()" in grade.message


def test_gradients_from_the_wrong_layer_are_named(dataset):
    source = NET.replace("grads['W1'] = self.layers['Affine1'].dW", "grads['W1'] = self.layers['Affine2'].dW")
    grade = net_grade(source, draw(dataset, 0))["TwoLayerNet"]
    check = failed_check(grade)
    assert check.code == "backward" and check.facts["sources"] == {"W1": "Affine2.dW"}
    source = NET.replace("grads['b1'] = self.layers['Affine1'].db", "grads['b1'] = self.layers['Affine1'].dW")
    assert failed_check(net_grade(source, draw(dataset, 0))["TwoLayerNet"]).facts["problem"] == "grads"


def student_relu(backward_line):
    return ("class Relu:\n    def __init__(self):\n        self.mask = None\n\n    def forward(self, x):\n"
            "        self.mask = (x <= 0)\n        out = x.copy()\n        out[self.mask] = 0\n        return out\n\n"
            "    def backward(self, dout):\n" + backward_line + "\n\n\n")


def test_a_planted_bug_in_the_students_own_layer_is_diagnosed_in_the_net_too(dataset):
    source = student_relu("        return dout.copy()") + NET
    for seed in range(6):
        grades = net_grade(source, draw(dataset, seed), seed)
        assert grades["Relu"].diagnosis == "relu-no-mask"
        assert not grades["TwoLayerNet"].passed and grades["TwoLayerNet"].diagnosis == "relu-no-mask"
        assert failed_check(grades["TwoLayerNet"]).facts["wrong"] == ["W1", "b1"]


def test_a_forgotten_batch_divide_in_gradient_is_the_planted_softmax_bug(dataset):
    source = NET.replace("dout = self.lastLayer.backward(dout)", "dout = self.lastLayer.backward(dout) * len(x)")
    for seed in range(6):
        grade = net_grade(source, draw(dataset, seed), seed)["TwoLayerNet"]
        assert not grade.passed and grade.diagnosis == "softmax-no-batch-divide"


def test_a_mistake_outside_the_catalogue_fails_without_a_diagnosis(dataset):
    source = NET.replace("grads['b2'] = self.layers['Affine2'].db", "grads['b2'] = 2 * self.layers['Affine2'].db")
    for seed in range(6):
        grade = net_grade(source, draw(dataset, seed), seed)["TwoLayerNet"]
        assert not grade.passed and grade.diagnosis is None
        assert failed_check(grade).code == "network" and failed_check(grade).facts["wrong"] == ["b2"]


class ReluHalved(Relu):  # a mistake the catalogue does not hold: the gradient halved where x > 0
    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx * 0.5


def test_a_bug_added_to_the_catalogue_is_recognised_without_changing_the_grader(dataset, monkeypatch):
    bug = Bug("relu-test-halved", "ReLU backward halves the gradient", "test", ("W1", "b1"), "relu", ReluHalved)
    monkeypatch.setitem(BUGS, bug.name, bug)
    source = student_relu("        dx = dout.copy()\n        dx[self.mask] = 0\n        return dx * 0.5") + NET
    grades = net_grade(source, draw(dataset, 0))
    assert grades["Relu"].diagnosis == bug.name and grades["TwoLayerNet"].diagnosis == bug.name


def test_the_book_file_and_the_net_together_in_the_child_process(tmp_path):
    path = tmp_path / "all.py"
    path.write_text(BOOK + "\n\n" + NET.replace("import numpy as np\n", "", 1))
    report = grade_file_isolated(path)
    assert report.passed and "TwoLayerNet" in {g.name for g in report.layers}
