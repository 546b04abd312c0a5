"""The grading steps of ``engine.exercise``, one function each.

Every layer is run on a small float64 case (``make_case``): inputs, an
upstream gradient ``dout`` and, for Affine, its W and b. ``run_layer`` runs
forward and backward once on copies and records what came out; the checks
compare that with the book's layers and with central differences of the
student's own forward.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field

import numpy as np

from .layer_naive import AddLayer, MulLayer
from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from .faults import BUGS

__all__ = ["Check", "Case", "Ran", "StepFailed", "make_case", "run_layer", "forward_check", "backward_shape_check",
           "inputs_check", "numerical_check", "network_check", "wrong_parameters", "book_kind", "bug_options", "same_gradients",
           "sentence", "student_line"]

H = 1e-6  # float64 central differences: truncation ~h², round-off ~1e-16 / h, both far below TOL
RTOL, ATOL = 1e-5, 1e-7
BOOK = {"MulLayer": MulLayer, "AddLayer": AddLayer, "Relu": Relu, "Sigmoid": Sigmoid, "Affine": Affine,
        "SoftmaxWithLoss": SoftmaxWithLoss}
NETWORK_ENTRIES = 24  # entries checked per parameter in the network check


@dataclass(frozen=True)
class Check:
    """One grading step. ``status``: 'pass', 'fail', 'note' (accepted, worth knowing) or 'skip'.

    ``code`` names the step ('loads', 'forward', 'backward', 'inputs', 'numerical',
    'network'); ``facts`` holds the numbers and names that decided it (for the
    GUI and the CLI to phrase, each in its language)."""

    code: str
    status: str
    facts: dict = field(default_factory=dict)


@dataclass
class Case:
    name: str
    inputs: tuple  # the forward arguments (x,) or (x, y) or (x, t)
    dout: object
    W: np.ndarray | None = None
    b: np.ndarray | None = None


@dataclass
class Ran:
    out: object
    grads: dict  # 'dx' (and 'dy', 'dW', 'db') -> array or None
    dout_written: bool
    input_written: bool


class StepFailed(Exception):
    """The student's code raised (or returned nothing) in step ``code``."""

    def __init__(self, code: str, exc: BaseException | None = None, what: str = ""):
        super().__init__(code)
        self.code, self.exc, self.what = code, exc, what

    def facts(self, filename: str) -> dict:
        if self.exc is None:
            return {"problem": self.what}
        return {"problem": "exception", "exception": f"{type(self.exc).__name__}: {self.exc}",
                "line": student_line(self.exc, filename)}


def student_line(exc: BaseException, filename: str) -> int | None:
    """The line of the student's file where ``exc`` was raised (the deepest frame in it)."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    return lines[-1] if lines else getattr(exc, "lineno", None)


def book_kind(cls: type) -> str | None:
    """Which of the book's layers ``cls`` is a version of (for the planted bugs)."""
    for name, book in BOOK.items():
        if issubclass(cls, book):
            return name
    return None


def bug_options(bug) -> dict:
    return {}


def make_case(name: str, rng) -> Case:
    if name in ("MulLayer", "AddLayer"):
        return Case(name, (rng.normal(size=(2, 3)), rng.normal(size=(2, 3))), rng.normal(size=(2, 3)))
    if name == "Relu":  # inputs at least 0.2 away from the kink at 0: far beyond any step h
        x = rng.uniform(0.2, 1.0, size=(4, 5)) * rng.choice([-1.0, 1.0], size=(4, 5))
        return Case(name, (x,), rng.normal(size=(4, 5)))
    if name == "Sigmoid":
        return Case(name, (rng.normal(size=(4, 5)),), rng.normal(size=(4, 5)))
    if name == "Affine":
        return Case(name, (rng.normal(size=(4, 5)),), rng.normal(size=(4, 3)),
                    W=rng.normal(size=(5, 3)), b=rng.normal(size=(3,)))
    # SoftmaxWithLoss: scores and one-hot targets (the book's early chapters use one-hot t)
    t = np.eye(3)[rng.integers(0, 3, size=4)]
    return Case(name, (rng.normal(size=(4, 3)), t), 1.0)


def _new(cls, case: Case):
    return cls(case.W.copy(), case.b.copy()) if case.name == "Affine" else cls()


def run_layer(cls, case: Case) -> Ran:
    """Forward and backward once, on copies; what came out and what was written into."""
    inputs = tuple(np.array(v, copy=True) for v in case.inputs)
    try:
        layer = _new(cls, case)
        out = layer.forward(*inputs)
    except Exception as exc:
        raise StepFailed("forward", exc) from None
    dout = np.array(case.dout, copy=True) if np.ndim(case.dout) else case.dout
    try:
        back = layer.backward(dout)
    except Exception as exc:
        raise StepFailed("backward", exc) from None
    if case.name in ("MulLayer", "AddLayer"):
        if not isinstance(back, tuple) or len(back) != 2:
            raise StepFailed("backward", what="not-a-pair")
        grads = {"dx": back[0], "dy": back[1]}
    else:
        grads = {"dx": back}
        if case.name == "Affine":
            grads.update(dW=getattr(layer, "dW", None), db=getattr(layer, "db", None))
    written = bool(np.ndim(case.dout)) and not np.array_equal(dout, case.dout)
    input_written = any(not np.array_equal(a, b) for a, b in zip(inputs, case.inputs))
    return Ran(out, grads, written, input_written)


def forward_check(case: Case, ran: Ran):
    ref = run_layer(BOOK[case.name], case)
    out, want = np.asarray(ran.out, dtype=float) if ran.out is not None else None, np.asarray(ref.out)
    if out is None or out.shape != want.shape:
        return Check("forward", "fail", {"problem": "shape", "expected": list(want.shape),
                                         "got": None if out is None else list(out.shape)})
    # rtol 1e-4 accepts the book's "+ 1e-7" inside the log of the loss
    if not np.allclose(out, want, rtol=1e-4, atol=1e-6):
        return Check("forward", "fail", {"problem": "values", "max_diff": float(np.max(np.abs(out - want)))})
    return Check("forward", "pass", {"shape": list(want.shape)})


def backward_shape_check(case: Case, ran: Ran):
    expected = {"dx": np.shape(case.inputs[0])}
    if case.name in ("MulLayer", "AddLayer"):
        expected["dy"] = np.shape(case.inputs[1])
    if case.name == "Affine":
        expected.update(dW=case.W.shape, db=case.b.shape)
    for key, shape in expected.items():
        got = ran.grads.get(key)
        if got is None or np.shape(got) != shape:
            return Check("backward", "fail", {"problem": "shape", "gradient": key, "expected": list(shape),
                                              "got": None if got is None else list(np.shape(got))})
    return Check("backward", "pass", {"gradients": list(expected)})


def inputs_check(case: Case, ran: Ran):
    if ran.dout_written or ran.input_written:
        return Check("inputs", "note", {"dout_written": ran.dout_written, "input_written": ran.input_written})
    return Check("inputs", "pass", {})


def _objective(cls, case: Case, inputs, W=None, b=None) -> float:
    c = Case(case.name, inputs, case.dout, case.W if W is None else W, case.b if b is None else b)
    layer = _new(cls, c)
    out = layer.forward(*[np.array(v, copy=True) for v in inputs])
    return float(np.sum(np.asarray(out) * case.dout))


def numerical_check(cls, case: Case, ran: Ran):
    """Each gradient against (f(v + h) - f(v - h)) / 2h of the student's own forward."""
    targets = {"dx": 0, "dy": 1} if case.name in ("MulLayer", "AddLayer") else {"dx": 0}
    if case.name == "Affine":
        targets.update(dW="W", db="b")
    worst = {}
    try:
        for key, where in targets.items():
            base = case.inputs[where] if isinstance(where, int) else getattr(case, where)
            numerical = np.zeros_like(base)
            for idx in np.ndindex(base.shape):
                values = []
                for sign in (1, -1):
                    v = base.copy()
                    v[idx] += sign * H
                    if isinstance(where, int):
                        inputs = tuple(v if i == where else a for i, a in enumerate(case.inputs))
                        values.append(_objective(cls, case, inputs))
                    else:
                        values.append(_objective(cls, case, case.inputs, **{where: v}))
                numerical[idx] = (values[0] - values[1]) / (2 * H)
            diff = np.abs(np.asarray(ran.grads[key], dtype=float) - numerical)
            worst[key] = float(np.max(diff / (np.abs(numerical) + 1.0)))
    except Exception as exc:
        return Check("numerical", "fail", {"problem": "exception", "exception": f"{type(exc).__name__}: {exc}"})
    wrong = [k for k, v in worst.items() if v > RTOL]
    return Check("numerical", "fail" if wrong else "pass", {"wrong": wrong, "worst": worst})


def network_check(name: str, cls, data, seed: int):
    """A 784-50-10 net with the student's ``name`` layers: backprop against central differences."""
    from .network import MultiLayerNet

    x, t = data
    x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
    activation = "sigmoid" if name == "Sigmoid" else "relu"
    net = MultiLayerNet(x.shape[1], [50], 10, activation=activation, weight_init="xavier"
                        if activation == "sigmoid" else "he", seed=seed, dtype=np.float64)
    for key, layer in list(net.layers.items()):
        if key.startswith(name) or (name == "Affine" and key.startswith("Affine")):
            idx = key[len(name):]
            net.layers[key] = cls(net.params["W" + idx], net.params["b" + idx]) if name == "Affine" else cls()
    if name == "SoftmaxWithLoss":
        net.lastLayer = cls()
    t_onehot = np.eye(10)[t]
    try:
        grads = net.gradient(x, t_onehot)
    except Exception as exc:
        return Check("network", "fail", {"problem": "exception", "exception": f"{type(exc).__name__}: {exc}"})
    wrong = wrong_parameters(net.loss, net.params, grads, x, t_onehot, np.random.default_rng(seed),
                             kinks=activation == "relu")
    return Check("network", "fail" if wrong else "pass", {"wrong": wrong, "samples": int(len(x))})


def wrong_parameters(loss, params: dict, grads: dict, x, t, rng, *, kinks: bool = True) -> list:
    """The keys of ``params`` whose backprop gradient disagrees with central differences of ``loss(x, t)``.

    params : 'W1' (D, H), 'b1' (H,), 'W2', 'b2', ... (changed in place, then restored);
    grads : the same keys and shapes. Per parameter, its largest gradients and a few at random
    are checked; with ``kinks``, an entry of W1 or b1 whose ±h moves some ReLU input of the
    first layer across 0 is skipped (the loss has a kink there: no derivative to compare with).
    """
    a1 = x @ params["W1"] + params["b1"]  # Affine1's output: where ReLU's kinks are
    wrong = []
    for key, p in params.items():
        flat_grad = np.asarray(grads[key], dtype=float).ravel()
        order = np.argsort(-np.abs(flat_grad))[:NETWORK_ENTRIES // 2]
        picks = np.unique(np.r_[order, rng.integers(0, p.size, NETWORK_ENTRIES // 2)])
        h = 1e-5
        bad = 0
        for flat in picks:
            idx = np.unravel_index(flat, p.shape)
            if kinks and key in ("W1", "b1"):  # skip an entry whose ±h crosses a kink
                j = idx[-1]
                shift = h * (np.abs(x[:, idx[0]]) if key == "W1" else 1.0)
                if np.any(np.abs(a1[:, j]) <= shift):
                    continue
            old = p[idx]
            p[idx] = old + h
            f1 = loss(x, t)
            p[idx] = old - h
            f2 = loss(x, t)
            p[idx] = old
            numerical = (f1 - f2) / (2 * h)
            if abs(flat_grad[flat] - numerical) > 1e-4 * max(abs(numerical), abs(flat_grad[flat])) + 1e-8:
                bad += 1
        if bad:
            wrong.append(key)
    return wrong


ORDER_MISTAKES = {  # the CLI's words for engine.exercise_net's trace findings
    "no-backward": "never calls a layer's backward",
    "no-forward": "runs backward without a forward pass first (the layers' caches are stale)",
    "last-layer-skipped": "never calls lastLayer.backward: backward must start at the loss",
    "forward-order": "runs backward through the layers in forward order: it must go in reverse",
    "layer-skipped": "skips a layer's backward",
    "not-chained": "does not pass each layer the gradient the layer above returned (dout = layer.backward(dout))",
}


def same_gradients(a: Ran, b: Ran) -> bool:
    try:
        return a.grads.keys() == b.grads.keys() and all(
            np.allclose(np.asarray(a.grads[k], dtype=float), np.asarray(b.grads[k], dtype=float),
                        rtol=1e-6, atol=1e-9) for k in a.grads)
    except (TypeError, ValueError):
        return False


def sentence(grade) -> str:
    """One English sentence about a graded layer, for the CLI."""
    if grade.passed:
        note = next((c for c in grade.checks if c.code == "inputs" and c.status == "note"), None)
        text = f"{grade.name}: backward agrees with the numerical gradient"
        if note is not None and note.facts.get("dout_written"):
            text += " (it writes into dout, as the book's Relu does: harmless in the book's network)"
        return text
    if grade.diagnosis:
        bug = BUGS[grade.diagnosis]
        return f"{grade.name}: {bug.title} ({grade.diagnosis}); in a network it breaks {', '.join(bug.affects)}"
    failed = next(c for c in grade.checks if c.status == "fail")
    f = failed.facts
    if f.get("problem") == "exception":
        where = f" at line {f['line']}" if f.get("line") else ""
        return f"{grade.name}: {failed.code} raised {f['exception']}{where}"
    if f.get("problem") == "shape":
        what = f.get("gradient", "the output")
        return f"{grade.name}: {failed.code}: {what} has shape {f.get('got')}, expected {f.get('expected')}"
    if f.get("problem") == "values":
        return f"{grade.name}: forward gives other values than the book's layer (max difference {f['max_diff']:.2g})"
    if failed.code == "order":
        return f"{grade.name}: gradient() {ORDER_MISTAKES.get(f.get('mistake'), 'calls the layers out of order')}"
    if f.get("problem") == "params":
        return f"{grade.name}: params must hold W1, b1, W2, b2 of shapes {f.get('expected')}"
    if f.get("problem") == "grads" or f.get("sources"):
        crossed = ", ".join(f"grads['{k}'] is {v}" for k, v in (f.get("sources") or {}).items())
        return f"{grade.name}: gradient() must return W1, b1, W2, b2, each its Affine's dW or db" + \
            (f" ({crossed})" if crossed else "")
    if f.get("problem") == "not-a-pair":
        return f"{grade.name}: backward must return two gradients (dx, dy)"
    if failed.code == "numerical":
        return f"{grade.name}: backward disagrees with the numerical gradient in {', '.join(f['wrong'])}"
    return f"{grade.name}: the network check fails for {', '.join(f.get('wrong', []))}"
