"""Grading a student's own layers: does their backward agree with their forward?

A student writes the book's layers (``Relu``, ``Sigmoid``, ``Affine``,
``SoftmaxWithLoss``, chapter 5's ``MulLayer`` and ``AddLayer``) with the
book's interface. ``grade_source`` loads the file and grades every layer it
defines, in steps that each report what they found (``Check``):

1. ``loads``: the file runs (a syntax error names its line);
2. ``forward``: the layer builds and its forward has the right shape and
   values (the book's own ``+ 1e-7`` in the loss is accepted);
3. ``backward``: backward returns gradients of the right shapes;
4. ``inputs``: whether backward wrote into ``dout`` (the book's own
   ``Relu.backward`` does: harmless in the book's network, so it is only
   mentioned);
5. ``numerical``: backward agrees with central differences of the student's
   own forward on small random float64 inputs kept away from ReLU's kink;
6. ``network``: a two-layer net built with the student's layers passes a
   per-parameter gradient check on real MNIST digits.

When a check fails, the student's gradients are compared with every planted
bug of ``engine.faults`` for that layer: a match names the mistake
(``diagnosis``). A wrong answer outside the catalogue gets no diagnosis.

This module runs the student's code in the current process: callers run it
in a child process with a time and memory limit (``engine.isolation``). It is
fault isolation for the student's own code, not a security sandbox.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from .exercise_checks import (
    Check,
    StepFailed,
    backward_shape_check,
    book_kind,
    bug_options,
    forward_check,
    inputs_check,
    make_case,
    network_check,
    numerical_check,
    run_layer,
    same_gradients,
    sentence,
    student_line,
)
from .exercise_net import grade_network
from .faults import BUGS
from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

__all__ = ["Check", "LayerGrade", "ExerciseReport", "GRADED_LAYERS", "grade_source", "grade_namespace"]

# The classes a file may define, in the order they are graded (the book's order).
GRADED_LAYERS = ("MulLayer", "AddLayer", "Relu", "Sigmoid", "Affine", "SoftmaxWithLoss", "TwoLayerNet")
# What a file may use without importing it, as the book's files import common/layers.py:
# a TwoLayerNet exercise builds its net from these (a class the file defines wins).
PROVIDED = {"OrderedDict": OrderedDict, "Affine": Affine, "Relu": Relu, "Sigmoid": Sigmoid,
            "SoftmaxWithLoss": SoftmaxWithLoss}


@dataclass(frozen=True)
class LayerGrade:
    """The grade of one class: passed, the steps, and the planted bug it matches (or None)."""

    name: str
    passed: bool
    checks: tuple
    diagnosis: str | None = None

    @property
    def message(self) -> str:
        """One English sentence for the CLI."""
        return sentence(self)

    def to_dict(self) -> dict:
        return {"name": self.name, "passed": self.passed, "diagnosis": self.diagnosis, "message": self.message,
                "checks": [{"code": c.code, "status": c.status, **_jsonable(c.facts)} for c in self.checks]}


@dataclass(frozen=True)
class ExerciseReport:
    """The whole file: every graded class, or why the file could not be graded.

    error : None, or {'kind': 'syntax' | 'exception' | 'no-layers' | 'timeout' | 'memory' | 'crash',
    'line': int or None, 'message': str}.
    """

    layers: tuple
    error: dict | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and bool(self.layers) and all(g.passed for g in self.layers)

    def to_dict(self) -> dict:
        return {"passed": self.passed, "error": self.error, "layers": [g.to_dict() for g in self.layers]}

    @classmethod
    def from_dict(cls, d: dict) -> "ExerciseReport":
        layers = tuple(LayerGrade(g["name"], bool(g["passed"]),
                                  tuple(Check(c["code"], c["status"],
                                              {k: v for k, v in c.items() if k not in ("code", "status")})
                                        for c in g["checks"]),
                                  g.get("diagnosis")) for g in d.get("layers", ()))
        return cls(layers, d.get("error"))


def _jsonable(facts: dict) -> dict:
    out = {}
    for k, v in facts.items():
        if isinstance(v, np.generic):
            v = v.item()
        elif isinstance(v, tuple):
            v = list(v)
        out[k] = v
    return out


def grade_source(source: str, filename: str = "<exercise>", *, data=None, seed: int = 0,
                 provided: dict | None = None) -> ExerciseReport:
    """Run ``source`` and grade the layer classes it defines.

    data : (x, t) real MNIST digits for the network check, or None to skip it.
    provided : the names the file may use unimported (default ``PROVIDED``, the book's layers).
    """
    namespace = {**(PROVIDED if provided is None else provided), "__name__": "student", "__file__": filename,
                 "np": np}
    try:
        code = compile(source, filename, "exec")
    except SyntaxError as exc:
        return ExerciseReport((), {"kind": "syntax", "line": exc.lineno, "message": exc.msg})
    try:
        exec(code, namespace)  # noqa: S102 - the student's own file, in a child process
    except MemoryError:
        return ExerciseReport((), {"kind": "memory", "line": None, "message": "MemoryError"})
    except Exception as exc:  # their module-level code failed: say where
        return ExerciseReport((), {"kind": "exception", "line": student_line(exc, filename),
                                   "message": f"{type(exc).__name__}: {exc}"})
    return grade_namespace(namespace, filename=filename, data=data, seed=seed)


def grade_namespace(namespace: dict, *, filename: str = "<exercise>", data=None, seed: int = 0) -> ExerciseReport:
    """Grade the book's layer classes that ``namespace``'s own code defines (not ones it imported)."""
    module = namespace.get("__name__")
    found = [name for name in GRADED_LAYERS if isinstance(namespace.get(name), type)
             and getattr(namespace[name], "__module__", None) == module]
    if not found:
        return ExerciseReport((), {"kind": "no-layers", "line": None,
                                   "message": "no class named " + ", ".join(GRADED_LAYERS)})
    grades = []
    for name in found:
        grades.append(_grade_layer(name, namespace[name], filename, data, seed))
    return ExerciseReport(tuple(grades))


def _grade_layer(name: str, cls: type, filename: str, data, seed: int) -> LayerGrade:
    if name == "TwoLayerNet":
        passed, steps, diagnosis = grade_network(cls, filename, data, seed)
        return LayerGrade(name, passed, steps, diagnosis)
    rng = np.random.default_rng(seed)
    case = make_case(name, rng)
    steps = []
    try:
        ran = run_layer(cls, case)
    except StepFailed as failed:
        steps.append(Check(failed.code, "fail", failed.facts(filename)))
        return LayerGrade(name, False, tuple(steps))
    steps.append(forward_check(case, ran))
    steps.append(backward_shape_check(case, ran))
    steps.append(inputs_check(case, ran))
    if any(s.status == "fail" for s in steps):
        return LayerGrade(name, False, tuple(steps), _diagnose(name, case, ran))
    numerical = numerical_check(cls, case, ran)
    steps.append(numerical)
    if numerical.status == "fail":
        return LayerGrade(name, False, tuple(steps), _diagnose(name, case, ran))
    if data is not None and name in ("Relu", "Sigmoid", "Affine", "SoftmaxWithLoss"):
        network = network_check(name, cls, data, seed)
        steps.append(network)
        if network.status == "fail":
            return LayerGrade(name, False, tuple(steps), _diagnose(name, case, ran))
    return LayerGrade(name, True, tuple(steps))


def _diagnose(name: str, case, ran) -> str | None:
    """The planted bug whose backward gives exactly the student's gradients on this case, if any."""
    for bug in BUGS.values():
        if bug.layer is None or book_kind(bug.layer) != name:
            continue
        try:
            theirs = run_layer(bug.layer, case, **bug_options(bug))
        except StepFailed:
            continue
        if same_gradients(ran, theirs):
            return bug.name
    return None
