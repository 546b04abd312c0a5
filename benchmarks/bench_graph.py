"""Time editing an input of a computational graph and re-propagating it.

Run from the project root:

    .venv/bin/python benchmarks/bench_graph.py

For each preset of ``engine.graph_presets`` it times what the graph tab does
when a user edits an input: ``graph.set_input(name, value)`` (forward through
every node, then backward) — the median and the best of many repeats, alternating
between two values so nothing is cached. Also: a nudge (two extra forward
passes), ``explain`` of the output node, and building + running the preset.
Target for the scalar graphs: under 20 ms per edit.

The two-layer-net graph (TwoLayerNet 784-50-10, 3 MNIST test images) is timed
the same way, editing b2, next to ``net.gradient`` on the same batch.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py runs the app

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine import GRAPH_PRESETS, TwoLayerNet, build_graph, load_dataset  # noqa: E402


def times_us(fn, repeat):
    out = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1e6)
    return statistics.median(out), min(out)


def edit_values(graph, name):
    """Two values to alternate between: the input's own and a slightly moved one."""
    value = graph.value(name)
    return value, value + 0.25 if np.ndim(value) == 0 else value + 0.25 * np.ones_like(value)


def main() -> None:
    print(f"{'graph':<15}{'nodes':>6}{'edit input':>14}{'(best)':>9}{'nudge':>10}{'explain':>10}{'build+run':>11}"
          "   (microseconds, median of repeats)")
    for name in GRAPH_PRESETS:
        if name == "two-layer-net":
            continue
        g = build_graph(name)
        inp = next(n for n in g.inputs if g.node(n).differentiable)
        a, b = edit_values(g, inp)
        edit_med, edit_best = times_us(lambda i: g.set_input(inp, a if i % 2 else b), 2000)
        nudge_med, _ = times_us(lambda i: g.nudge(inp), 1000)
        explain_med, _ = times_us(lambda i: g.explain(g.output_names[0]), 1000)
        build_med, _ = times_us(lambda i: build_graph(name), 500)
        print(f"{name:<15}{len(g.nodes):>6}{edit_med:>14.1f}{edit_best:>9.1f}{nudge_med:>10.1f}"
              f"{explain_med:>10.1f}{build_med:>11.1f}")

    dataset = load_dataset()
    x, t = dataset.x_test[:3], dataset.t_test[:3]
    net = TwoLayerNet(784, 50, 10, seed=0)
    g = build_graph("two-layer-net", net=net, x=x, t=t)
    a, b = edit_values(g, "b2")
    edit_med, edit_best = times_us(lambda i: g.set_input("b2", a if i % 2 else b), 300)
    nudge_med, _ = times_us(lambda i: g.nudge("W1"), 300)
    grad_med, grad_best = times_us(lambda i: net.gradient(x, t), 300)
    build_med, _ = times_us(lambda i: build_graph("two-layer-net", net=net, x=x, t=t), 100)
    print(f"{'two-layer-net':<15}{len(g.nodes):>6}{edit_med:>14.1f}{edit_best:>9.1f}{nudge_med:>10.1f}"
          f"{'':>10}{build_med:>11.1f}")
    print(f"{'  net.gradient':<15}{'':>6}{grad_med:>14.1f}{grad_best:>9.1f}   (the same pass without the graph)")


if __name__ == "__main__":
    main()
