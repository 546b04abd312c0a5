"""Grading students' layers: the book's solutions pass, each catalogued mistake is named,
other mistakes fail without a made-up diagnosis, and broken files say why."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import BUGS, ExerciseReport, grade_file_isolated, grade_source, load_dataset

HERE = Path(__file__).parent
BOOK = (HERE / "exercise_files" / "book_solutions.py").read_text()
ROOT = HERE.parents[1]


@pytest.fixture(scope="module")
def data():
    ds = load_dataset()
    return np.asarray(ds.x_test[:3], dtype=np.float64), np.asarray(ds.t_test[:3])


def grade(source, data, **kw):
    return grade_source(source, "student.py", data=data, **kw)


def by_name(report):
    return {g.name: g for g in report.layers}


def test_the_books_solutions_pass_including_its_relu_that_writes_into_dout(data):
    report = grade(BOOK, data)
    assert report.passed and report.error is None
    grades = by_name(report)
    assert set(grades) == {"MulLayer", "AddLayer", "Relu", "Sigmoid", "Affine", "SoftmaxWithLoss"}
    note = [c for c in grades["Relu"].checks if c.code == "inputs"][0]
    assert note.status == "note" and note.facts["dout_written"]
    assert "dout" in grades["Relu"].message
    assert all(g.diagnosis is None for g in report.layers)
    # the network check ran on real digits for the four layers of a network
    assert [c.code for c in grades["Affine"].checks][-1] == "network"


def test_softmax_with_the_books_plus_1e7_passes(data):
    assert "+ 1e-7" in BOOK
    assert by_name(grade(BOOK, data))["SoftmaxWithLoss"].passed


# Each catalogued mistake, written as a student would write it.
MISTAKES = {
    "relu-no-mask": ("        dout[self.mask] = 0\n        dx = dout", "        dx = dout"),
    "softmax-no-batch-divide": ("dx = (self.y - self.t) / batch_size", "dx = (self.y - self.t)"),
    "affine-double-db": ("self.db = np.sum(dout, axis=0)", "self.db = np.sum(dout, axis=0) + np.sum(dout, axis=0)"),
    "affine-db-one-sample": ("self.db = np.sum(dout, axis=0)", "self.db = dout[0]"),
    "affine-db-averaged": ("self.db = np.sum(dout, axis=0)", "self.db = np.mean(dout, axis=0)"),
    "relu-mask-inverted": ("        dout[self.mask] = 0\n        dx = dout", "        dout[~self.mask] = 0\n        dx = dout"),
    "sigmoid-no-dout": ("dx = dout * (1.0 - self.out) * self.out", "dx = (1.0 - self.out) * self.out"),
    "sigmoid-derivative-y": ("dx = dout * (1.0 - self.out) * self.out", "dx = dout * self.out"),
    "softmax-sign-flipped": ("dx = (self.y - self.t) / batch_size", "dx = (self.t - self.y) / batch_size"),
}
LAYER_OF = {"relu": "Relu", "sigmoid": "Sigmoid", "affine": "Affine", "softmax": "SoftmaxWithLoss"}


@pytest.mark.parametrize("bug", sorted(MISTAKES))
def test_each_catalogued_mistake_is_named(data, bug):
    old, new = MISTAKES[bug]
    assert old in BOOK
    report = grade(BOOK.replace(old, new), data)
    wrong = [g for g in report.layers if not g.passed]
    assert len(wrong) == 1
    assert wrong[0].diagnosis == bug
    assert bug in wrong[0].message
    assert wrong[0].name == LAYER_OF[bug.split("-")[0]]


def test_every_planted_bug_in_a_layer_is_catalogued_as_a_students_mistake():
    in_layers = {name for name, bug in BUGS.items() if bug.layer is not None}
    assert in_layers - {"sigmoid-uses-input"} == set(MISTAKES)


def test_sigmoid_using_its_input_is_named(data):
    source = BOOK.replace("        self.out = out\n        return out",
                          "        self.out = out\n        self.x = x\n        return out").replace(
        "dx = dout * (1.0 - self.out) * self.out", "dx = dout * (1.0 - self.x) * self.x")
    grades = by_name(grade(source, data))
    assert not grades["Sigmoid"].passed and grades["Sigmoid"].diagnosis == "sigmoid-uses-input"


@pytest.mark.parametrize("old,new,layer", [
    ("self.db = np.sum(dout, axis=0)", "self.db = 3 * np.sum(dout, axis=0)", "Affine"),
    ("dx = dout * (1.0 - self.out) * self.out", "dx = dout * self.out * self.out", "Sigmoid"),
    ("dy = dout * self.x", "dy = dout * self.y", "MulLayer"),
    ("dx = np.dot(dout, self.W.T)", "dx = np.dot(dout, self.W.T) * 0.5", "Affine"),
])
def test_a_mistake_outside_the_catalogue_fails_without_a_diagnosis(data, old, new, layer):
    assert old in BOOK
    grades = by_name(grade(BOOK.replace(old, new), data))
    assert not grades[layer].passed
    assert grades[layer].diagnosis is None
    assert all(g.passed for name, g in grades.items() if name != layer)


def test_diagnosis_never_fires_on_a_correct_layer_over_many_seeds(data):
    for seed in range(20):
        report = grade(BOOK, data, seed=seed)
        assert report.passed, seed


def test_a_syntax_error_names_its_line():
    report = grade_source("import numpy as np\n\nclass Relu:\n    def forward(self, x)\n        return x\n", "s.py")
    assert report.error["kind"] == "syntax" and report.error["line"] == 4 and not report.passed


def test_an_exception_in_backward_names_its_line(data):
    source = BOOK.replace("        dx = dout * (1.0 - self.out) * self.out",
                          "        dx = dout * (1.0 - self.out) * self.outt")
    grades = by_name(grade(source, data))
    failed = [c for c in grades["Sigmoid"].checks if c.status == "fail"][0]
    assert failed.code == "backward" and "AttributeError" in failed.facts["exception"]
    assert failed.facts["line"] == source.splitlines().index("        dx = dout * (1.0 - self.out) * self.outt") + 1


def test_wrong_shapes_are_reported():
    source = "import numpy as np\nclass Relu:\n    def forward(self, x):\n        self.mask = x <= 0\n" \
             "        return np.maximum(x, 0)\n    def backward(self, dout):\n        return dout.sum(axis=0)\n"
    grades = by_name(grade_source(source, "s.py"))
    failed = [c for c in grades["Relu"].checks if c.status == "fail"][0]
    assert failed.code == "backward" and failed.facts["problem"] == "shape"


def test_a_file_without_layers_says_so():
    assert grade_source("x = 1\n", "s.py").error["kind"] == "no-layers"


def test_report_round_trips_through_json(data):
    report = grade(BOOK.replace(*MISTAKES["relu-no-mask"]), data)
    again = ExerciseReport.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again.to_dict() == report.to_dict()


def test_the_child_process_grades_and_stops_an_endless_loop(tmp_path):
    good = tmp_path / "good.py"
    good.write_text(BOOK)
    assert grade_file_isolated(good).passed
    loop = tmp_path / "loop.py"
    loop.write_text("class Relu:\n    def forward(self, x):\n        while True:\n            pass\n")
    report = grade_file_isolated(loop, timeout=1.0)
    assert report.error["kind"] == "timeout" and not report.passed


def test_the_child_process_survives_a_huge_allocation_and_student_prints(tmp_path):
    big = tmp_path / "big.py"
    big.write_text("import numpy as np\nprint('hello')\nx = np.ones((100000, 100000))\n")
    assert grade_file_isolated(big).error["kind"] == "memory"
    chatty = tmp_path / "chatty.py"
    chatty.write_text("print('debugging')\n" + BOOK.replace("        return dx, dy", "        print(dx)\n        return dx, dy"))
    assert grade_file_isolated(chatty, network=False).passed


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_grades_a_file_with_exit_codes_and_json(tmp_path):
    good, bad, broken = tmp_path / "good.py", tmp_path / "bad.py", tmp_path / "broken.py"
    good.write_text(BOOK)
    bad.write_text(BOOK.replace(*MISTAKES["softmax-no-batch-divide"]))
    broken.write_text("class Relu(:\n")
    r = _cli("--check-exercise", str(good), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["passed"] is True
    r = _cli("--check-exercise", str(bad), "--json")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and out["passed"] is False
    entry = {g["name"]: g for g in out["layers"]}["SoftmaxWithLoss"]
    assert entry["diagnosis"] == "softmax-no-batch-divide" and entry["passed"] is False and entry["message"]
    assert set(entry) >= {"name", "passed", "diagnosis", "message"}
    r = _cli("--check-exercise", str(broken))
    assert r.returncode == 2 and "line 1" in r.stdout
    r = _cli("--check-exercise", str(tmp_path / "missing.py"))
    assert r.returncode == 2 and "no such file" in r.stderr


def test_every_diagnosis_is_a_listed_bug(data):
    for old, new in MISTAKES.values():
        for g in grade(BOOK.replace(old, new), data).layers:
            assert g.diagnosis is None or g.diagnosis in BUGS
