"""Grading a student's ``TwoLayerNet.gradient``: forward, then backward through the layers in reverse.

The student's class has the book's interface (``two_layer_net.py`` of chapter
5): ``TwoLayerNet(input_size, hidden_size, output_size)`` with ``params``,
``layers`` (an OrderedDict in forward order), ``lastLayer``, ``loss(x, t)`` and
``gradient(x, t)``. It is graded in steps (``Check``):

1. ``forward``: the net builds, its params have the book's shapes, and its
   loss on real MNIST digits is the book's loss for the same weights;
2. ``order``: what ``gradient`` called, recorded by wrapping each layer's
   forward and backward: a forward pass first, then ``lastLayer.backward``,
   then every layer's backward in reverse order, each fed the gradient the
   one above returned; a recognised slip is named (``mistake``);
3. ``backward``: the returned dict has W1, b1, W2, b2 of the params' shapes,
   each the dW or db of its own Affine layer;
4. ``network``: every parameter's gradient agrees with central differences of
   the student's own loss (per parameter, kink-aware).

When the gradients are wrong, they are compared with a net of the lab's own
layers with each planted bug of ``engine.faults`` in turn: a match names it
(``diagnosis``), so a bug added to the catalogue is recognised here too.
"""
from __future__ import annotations

import numpy as np

from .exercise_checks import Check, StepFailed, wrong_parameters
from .faults import BUGS
from .network import TwoLayerNet as BookNet

__all__ = ["grade_network", "MISTAKES", "SIZES"]

SIZES = (784, 50, 10)  # input, hidden, output: the book's net for MNIST
KEYS = ("W1", "b1", "W2", "b2")
# Slips in gradient() the trace recognises, in the order they are looked for.
MISTAKES = ("no-backward", "no-forward", "last-layer-skipped", "forward-order", "layer-skipped", "not-chained")


class _Trace:
    """Records every forward and backward call of the net's layers: [method, key, argument, result]."""

    def __init__(self, net):
        self.events = []
        layers = list(getattr(net, "layers", {}).items()) + [("lastLayer", getattr(net, "lastLayer", None))]
        for key, layer in layers:
            for method in ("forward", "backward"):
                fn = getattr(layer, method, None)
                if fn is None:
                    continue
                try:  # an instance attribute shadows the class's method; the layer is otherwise untouched
                    setattr(layer, method, self._wrap(key, method, fn))
                except AttributeError:
                    pass

    def _wrap(self, key, method, fn):
        def recorded(*args, **kwargs):
            event = [method, key, args[0] if args else kwargs.get("dout"), None]
            self.events.append(event)  # on entry: a call that raises is still seen
            event[3] = fn(*args, **kwargs)
            return event[3]
        return recorded


def _same(a, b) -> bool:
    if a is b:
        return True
    try:
        return np.shape(a) == np.shape(b) and np.array_equal(a, b)
    except (TypeError, ValueError):
        return False


def trace_mistake(events, layer_keys) -> tuple:
    """(mistake or None, facts) for the calls ``gradient`` made. layer_keys: net.layers' keys, forward order."""
    backward = [e for e in events if e[0] == "backward"]
    order = [e[1] for e in backward]
    facts = {"order": order}
    if not backward:
        return "no-backward", facts
    first = events.index(backward[0])
    if not any(e[0] == "forward" for e in events[:first]):
        return "no-forward", facts
    if "lastLayer" not in order:
        return "last-layer-skipped", facts
    inner = [k for k in order if k != "lastLayer"]
    forward_keys, reverse_keys = list(layer_keys), list(reversed(layer_keys))
    if inner and len(forward_keys) > 1 and inner == forward_keys[:len(inner)] and inner[0] != reverse_keys[0]:
        return "forward-order", facts
    for above, below in zip(backward, backward[1:]):
        if not _same(below[2], above[3]):
            return "not-chained", {**facts, "layer": below[1]}
    missing = [k for k in reverse_keys if k not in order]
    if missing:
        return "layer-skipped", {**facts, "missing": missing}
    return None, facts


def _grads_sources(net, grads) -> dict:
    """For each key, which Affine's dW or db the returned array is ('Affine1.dW', ...), or None."""
    sources = {}
    for key in KEYS:
        for idx in (1, 2):
            layer = net.layers.get("Affine" + str(idx)) if hasattr(net.layers, "get") else None
            for attr in ("dW", "db"):
                if layer is not None and _same(grads.get(key), getattr(layer, attr, None)):
                    sources.setdefault(key, f"Affine{idx}.{attr}")
    return sources


def _crossed(net, grads) -> dict:
    """The keys whose array is another Affine's dW or db: {'W1': 'Affine2.dW', ...}."""
    sources = _grads_sources(net, grads)
    return {k: v for k, v in sources.items() if v != f"Affine{k[1]}.{'dW' if k[0] == 'W' else 'db'}"}


def _book_grads(params: dict, x, t, bug):
    book = BookNet(*SIZES, seed=0, dtype=np.float64, bug=bug)
    book.load_state_dict(params)
    return book.gradient(x, t)


def _diagnose(params: dict, grads: dict, x, t) -> str | None:
    """The planted bug whose net (the lab's layers, these weights) gives the student's gradients."""
    for bug in BUGS:
        try:
            theirs = _book_grads(params, x, t, bug)
        except (ValueError, TypeError):
            continue  # a bug that needs another net (a Sigmoid, weight decay) cannot be this one
        if all(np.allclose(np.asarray(grads[k], dtype=float), theirs[k], rtol=1e-6, atol=1e-9) for k in KEYS):
            return bug
    return None


def _weights(rng) -> dict:
    """He-initialised weights and small random biases: gradients large enough to compare."""
    d, h, c = SIZES
    return {"W1": rng.normal(0, np.sqrt(2.0 / d), (d, h)), "b1": rng.normal(0, 0.1, h),
            "W2": rng.normal(0, np.sqrt(2.0 / h), (h, c)), "b2": rng.normal(0, 0.1, c)}


def _data(data, rng):
    if data is None:  # no MNIST at hand (--no-network): random images in the same range
        return rng.uniform(0, 1, (3, SIZES[0])), rng.integers(0, SIZES[2], 3)
    x, t = data
    return np.asarray(x, dtype=np.float64).reshape(len(x), -1), np.asarray(t)


def grade_network(cls, filename: str, data, seed: int):
    """Grade the student's TwoLayerNet class. Returns (passed, checks, diagnosis)."""
    rng = np.random.default_rng(seed)
    x, labels = _data(data, rng)
    t = np.eye(SIZES[2])[labels]
    params = _weights(rng)
    steps = []

    def failed(code, exc):
        steps.append(Check(code, "fail", StepFailed(code, exc).facts(filename)))
        return False, tuple(steps), None

    try:
        net = cls(*SIZES)
    except Exception as exc:
        return failed("forward", exc)
    theirs = getattr(net, "params", None)
    shapes = {k: list(np.shape(v)) for k, v in params.items()}
    if not isinstance(theirs, dict) or any(np.shape(theirs.get(k)) != np.shape(params[k]) for k in KEYS):
        got = {k: list(np.shape(theirs[k])) for k in KEYS if k in theirs} if isinstance(theirs, dict) else None
        steps.append(Check("forward", "fail", {"problem": "params", "expected": shapes, "got": got}))
        return False, tuple(steps), None
    for k in KEYS:  # in place: the layers hold these very arrays
        theirs[k][...] = params[k]
    # The loss on two of the digits first: a gradient() that skips its forward pass then
    # works from these stale caches and gets the three digits' gradients wrong.
    try:
        loss = float(net.loss(x[:-1], t[:-1])) if len(x) > 1 else float(net.loss(x, t))
    except Exception as exc:
        return failed("forward", exc)
    book = BookNet(*SIZES, seed=0, dtype=np.float64)
    book.load_state_dict(params)
    want = float(book.loss(x[:-1], t[:-1]) if len(x) > 1 else book.loss(x, t))
    if not np.isclose(loss, want, rtol=1e-4, atol=1e-6):  # rtol accepts the book's "+ 1e-7"
        steps.append(Check("forward", "fail", {"problem": "values", "max_diff": abs(loss - want)}))
        return False, tuple(steps), None
    steps.append(Check("forward", "pass", {"shape": []}))

    trace = _Trace(net)
    try:
        grads = net.gradient(x, t)
        error = None
    except Exception as exc:
        grads, error = None, exc
    layer_keys = list(getattr(net, "layers", {}).keys())
    mistake, facts = trace_mistake(trace.events, layer_keys)
    steps.append(Check("order", "fail" if mistake else "pass", {**facts, "mistake": mistake}))
    if error is not None:
        return failed("backward", error)
    if not isinstance(grads, dict) or any(np.shape(grads.get(k)) != np.shape(params[k]) for k in KEYS):
        got = {k: list(np.shape(grads[k])) for k in KEYS if grads.get(k) is not None} \
            if isinstance(grads, dict) else None
        steps.append(Check("backward", "fail", {"problem": "grads", "expected": shapes, "got": got,
                                                "sources": _crossed(net, grads) if got else {}}))
        return False, tuple(steps), None
    crossed = _crossed(net, grads)
    steps.append(Check("backward", "fail" if crossed else "pass", {"gradients": list(KEYS), "sources": crossed}))
    theirs_now = {k: theirs[k] for k in KEYS}
    try:
        wrong = wrong_parameters(net.loss, theirs_now, grads, x, t, np.random.default_rng(seed), kinks=True)
    except Exception as exc:
        return failed("network", exc)
    steps.append(Check("network", "fail" if wrong else "pass", {"wrong": wrong, "samples": int(len(x))}))
    passed = not any(s.status == "fail" for s in steps)
    diagnosis = None if passed else _diagnose(params, grads, x, t)
    return passed, tuple(steps), diagnosis
