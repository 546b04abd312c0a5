"""The bundled pre-trained model and the augmentation that trained it.

Prints the time of ``augment_batch`` on a mini-batch of 100 MNIST digits;
the bundled model's accuracy on the clean MNIST test set and on augmented
test digits; and the issue's acceptance figure: how often a test digit drawn
10 times larger at a random place on a 400x400 canvas, prepared by
``to_mnist``, gets the same answer as the original digit.

    python benchmarks/bench_pretrained.py              (about 15 s)
    python benchmarks/bench_pretrained.py --rebuild    (+ a few minutes)

``--rebuild`` also runs ``PRETRAINED_COMMAND`` (saving to a temporary file,
not over the bundled one), prints how long it took and whether the result is
bit for bit the bundled file, then runs it once more without ``--augment``
to show what augmentation buys.
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py does

import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine import load_dataset, load_model, to_mnist  # noqa: E402
from engine.augment import augment_batch  # noqa: E402
from engine.pretrained import PRETRAINED_COMMAND, load_pretrained  # noqa: E402


def augment_times(x: np.ndarray, repeat: int = 2000) -> tuple[float, float]:
    """(median, best) milliseconds of augment_batch on x."""
    rng = np.random.default_rng(0)
    for _ in range(50):
        augment_batch(x, rng)
    times = np.empty(repeat)
    for i in range(repeat):
        t0 = time.perf_counter()
        augment_batch(x, rng)
        times[i] = time.perf_counter() - t0
    return float(np.median(times)) * 1e3, float(times.min()) * 1e3


def drawn_10x(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each digit drawn 10x larger at a random place on a 400x400 canvas, then to_mnist."""
    ones = np.ones((10, 10), np.float32)
    out = np.empty_like(x)
    canvas = np.zeros((400, 400), np.float32)
    for i, digit in enumerate(x):
        canvas[...] = 0.0
        top, left = rng.integers(0, 121, size=2)
        canvas[top:top + 280, left:left + 280] = np.kron(digit.reshape(28, 28), ones)
        out[i] = to_mnist(canvas).ravel()
    return out


def run_command(drop=()):
    """Run PRETRAINED_COMMAND (minus the flags in ``drop``) saving to a temporary
    file; return (the model, wall seconds)."""
    argv = shlex.split(PRETRAINED_COMMAND)
    argv = [a for a in argv[1:argv.index("--save")] if a not in drop]
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "model.npz"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *argv, "--save", str(target)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        return load_model(target), wall


def accuracies(net, ds) -> tuple[float, float]:
    """(clean, augmented) test accuracy; augmented is the mean over 5 draws."""
    clean = net.accuracy(ds.x_test, ds.t_test)
    aug = [net.accuracy(augment_batch(ds.x_test, np.random.default_rng(seed)), ds.t_test) for seed in range(5)]
    return clean, float(np.mean(aug))


def main() -> None:
    ds = load_dataset()
    net = load_pretrained()
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}")
    median, best = augment_times(np.array(ds.x_test[:100]))
    print(f"augment_batch, 100 digits: median {median:.3f} ms, best {best:.3f} ms")

    print(f"bundled model {'-'.join(map(str, net.sizes))}, {net.dtype}: "
          f"{sum(p.nbytes for p in net.params.values()) / 1e6:.2f} MB of parameters")
    clean, aug = accuracies(net, ds)
    print(f"  clean MNIST test accuracy:     {clean:.4f}")
    print(f"  augmented test accuracy:       {aug:.4f} (mean of 5 draws of augment_batch)")
    drawn = drawn_10x(ds.x_test, np.random.default_rng(2024))
    p_drawn = np.argmax(net.predict(drawn), axis=1)
    p_orig = np.argmax(net.predict(ds.x_test), axis=1)
    print(f"  10x drawn + to_mnist agrees:   {np.mean(p_drawn == p_orig):.4f} "
          f"(accuracy {np.mean(p_drawn == ds.t_test):.4f}), 10 000 test digits")
    if "--rebuild" in sys.argv[1:]:
        rebuilt, wall = run_command()
        same = all(np.array_equal(rebuilt.params[k], net.params[k]) for k in net.params)
        print(f"rebuild: {wall:.0f} s wall, {'bit-identical to' if same else 'DIFFERENT from'} the bundled file")
        plain, wall = run_command(drop=("--augment",))
        clean, aug = accuracies(plain, ds)
        print(f"the same run without --augment ({wall:.0f} s): clean {clean:.4f}, augmented {aug:.4f}")


if __name__ == "__main__":
    main()
