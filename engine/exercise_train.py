"""Train with my layers: the book's TwoLayerNet built from the student's own passing classes.

    python -m engine.exercise_train [--epochs N] [--steps N] [--seed S] FILE ...

Run in a child process by ``engine.isolation.train_isolated`` (the student's
code never runs in the window's process). Each FILE is one of the student's
exercise files; it is graded first, and only the classes that pass are used:
``Relu``, ``Affine`` and ``SoftmaxWithLoss`` take the place of the lab's, and
a passing ``TwoLayerNet`` (its ``gradient``) is built around them. The rest
are the book's. The net trains on MNIST as the book's ``train_neuralnet.py``
does (784-50-10, std 0.01, SGD lr 0.1, batches of 100) and writes one JSON
object per line on standard output:

    {"kind": "uses", "yours": ["Relu", ...], "book": [...], "steps": total}
    {"kind": "loss", "step": i, "loss": L}               every few steps
    {"kind": "epoch", "epoch": e, "step": i, "train_acc": a, "test_acc": b}
    {"kind": "done", "test_acc": b} | {"kind": "error", "message": ..., "line": n}
"""
from __future__ import annotations

import json
import os
import sys

import numpy as np

from .exercise import PROVIDED, grade_namespace, student_line
from .isolation import exit_with_parent

__all__ = ["LAYERS", "student_classes", "build_net", "train", "main"]

LAYERS = ("Relu", "Affine", "SoftmaxWithLoss")  # what the book's TwoLayerNet is built from
SIZES = (784, 50, 10)
LOSS_EVERY = 10  # steps between loss messages (~50 a second at most)


def _load(path: str, provided: dict) -> dict:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    namespace = {**provided, "__name__": "student", "__file__": path, "np": np}
    exec(compile(source, path, "exec"), namespace)  # noqa: S102 - the student's own file, in a child process
    return namespace


def student_classes(paths, data) -> dict:
    """{name: class} of the student's passing Relu, Affine, SoftmaxWithLoss and TwoLayerNet.

    A TwoLayerNet is loaded again with the student's layers provided, so its
    ``__init__`` builds the net from them."""
    layers, nets = {}, []
    for path in paths:
        report = grade_namespace(_load(path, PROVIDED), filename=path, data=data)
        for grade in report.layers:
            if grade.passed and grade.name in LAYERS:
                layers[grade.name] = _load(path, PROVIDED)[grade.name]
            elif grade.passed and grade.name == "TwoLayerNet":
                nets.append(path)
    if nets:
        layers["TwoLayerNet"] = _load(nets[-1], {**PROVIDED, **layers})["TwoLayerNet"]
    return layers


def build_net(classes: dict, seed: int):
    """The book's 784-50-10 net (weights std 0.01) from ``classes``; the lab's TwoLayerNet where it has none."""
    from .network import TwoLayerNet

    rng = np.random.default_rng(seed)
    if "TwoLayerNet" in classes:
        net = classes["TwoLayerNet"](*SIZES)
        for key, value in net.params.items():  # the same start as the lab's, whatever np.random held
            value[...] = 0.01 * rng.standard_normal(value.shape) if key.startswith("W") else 0.0
        return net
    net = TwoLayerNet(*SIZES, seed=seed)
    if "Affine" in classes:
        for idx in (1, 2):
            net.layers[f"Affine{idx}"] = classes["Affine"](net.params[f"W{idx}"], net.params[f"b{idx}"])
    if "Relu" in classes:
        net.layers["Relu1"] = classes["Relu"]()
    if "SoftmaxWithLoss" in classes:
        net.lastLayer = classes["SoftmaxWithLoss"]()
    return net


def _accuracy(net, x, t, chunk=2000) -> float:
    correct = 0
    for start in range(0, len(x), chunk):
        y = net.predict(x[start:start + chunk])
        correct += int(np.sum(np.argmax(y, axis=1) == t[start:start + chunk]))
    return correct / len(x)


def train(net, dataset, emit, *, epochs: int = 1, seed: int = 0, batch_size: int = 100, lr: float = 0.1,
          eval_samples: int = 2000, steps: int | None = None):
    """SGD as the book's train_neuralnet.py, with real epochs; ``emit(dict)`` reports progress.

    steps : at most this many mini-batches per epoch (None: a whole epoch)."""
    rng = np.random.default_rng(seed)
    n = len(dataset.t_train)
    per_epoch = n // batch_size if steps is None else min(int(steps), n // batch_size)
    x_train_eval, t_train_eval = dataset.x_train[:eval_samples], dataset.t_train[:eval_samples]
    x_test, t_test = dataset.x_test[:eval_samples], dataset.t_test[:eval_samples]
    eye = np.eye(SIZES[2])
    step, test_acc = 0, None
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n)
        for i in range(per_epoch):
            batch = order[i * batch_size:(i + 1) * batch_size]
            x, t = dataset.x_train[batch], eye[dataset.t_train[batch]]
            grads = net.gradient(x, t)
            for key in ("W1", "b1", "W2", "b2"):
                net.params[key] -= lr * grads[key]
            step += 1
            if step % LOSS_EVERY == 0:
                emit({"kind": "loss", "step": step, "loss": float(net.loss(x, t))})
        test_acc = _accuracy(net, x_test, t_test)
        emit({"kind": "epoch", "epoch": epoch, "step": step, "train_acc": _accuracy(net, x_train_eval, t_train_eval),
              "test_acc": test_acc})
    return test_acc


def main(argv) -> int:
    epochs, seed, steps, paths = 1, 0, None, []
    exit_with_parent()  # a student's endless loop must not outlive the app
    args = iter(argv)
    for arg in args:
        if arg == "--epochs":
            epochs = int(next(args))
        elif arg == "--steps":
            steps = int(next(args))
        elif arg == "--seed":
            seed = int(next(args))
        else:
            paths.append(os.path.abspath(arg))
    out = sys.stdout
    sys.stdout = sys.stderr  # the student's prints must not corrupt the messages

    def emit(message: dict) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    from .data import load_dataset

    dataset = load_dataset()
    data = (np.asarray(dataset.x_test[:3], dtype=np.float64), np.asarray(dataset.t_test[:3]))
    try:
        classes = student_classes(paths, data)
        yours = [name for name in LAYERS + ("TwoLayerNet",) if name in classes]
        emit({"kind": "uses", "yours": yours, "book": [n for n in LAYERS + ("TwoLayerNet",) if n not in yours],
              "steps": epochs * min(steps or 10**9, len(dataset.t_train) // 100)})
        net = build_net(classes, seed)
        emit({"kind": "done", "test_acc": train(net, dataset, emit, epochs=epochs, seed=seed, steps=steps)})
    except Exception as exc:  # the student's code failed while training: say where
        line = next((student_line(exc, p) for p in paths if student_line(exc, p)), None)
        emit({"kind": "error", "message": f"{type(exc).__name__}: {exc}", "line": line})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
