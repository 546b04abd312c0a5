"""The graphs chapter 5 draws, in the book's order, ready to run.

``build_graph(name)`` returns a ``Graph`` that has already run forward and
backward. ``GRAPH_PRESETS`` lists them with the book's section and the file or
figure each comes from:

=================  =======  ======================================================
apple              5.4.1    buy_apple.py: 2 apples at 100, tax 1.1 -> 220
apple-orange       5.4.2    buy_apple_orange.py: + 3 oranges at 150 -> 715
chain-rule         5.2      z = (x + y)², the chain rule's first graph
relu               5.5.1    ReLU on the book's x = [[1.0, -0.5], [-2.0, 3.0]]
sigmoid            5.5.2    ×-1, exp, +1, / next to the single sigmoid node
affine             5.6.2    X · W + B for a batch, with the book's dY and dB = [5, 7, 9]
softmax-loss       5.6.3    Appendix A's Softmax-with-Loss graph next to the single node
two-layer-net      5.7      a live TwoLayerNet on a few real MNIST images
=================  =======  ======================================================

Node names are the book's variables where it names them (``apple_price``,
``all_price``, ``X_dot_W``, ``W1``, ``b2``); the gradient of input ``apple``
is the book's ``dapple``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .graph import Graph, GraphError

__all__ = ["GraphPreset", "GRAPH_PRESETS", "build_graph", "network_graph"]


def apple_graph() -> Graph:
    g = Graph("apple")
    g.add_input("apple", 100)
    g.add_input("apple_num", 2)
    g.add_node("apple_price", "mul", ("apple", "apple_num"))
    g.add_input("tax", 1.1)
    g.add_node("price", "mul", ("apple_price", "tax"))
    return g


def apple_orange_graph() -> Graph:
    g = Graph("apple-orange")
    g.add_input("apple", 100)
    g.add_input("apple_num", 2)
    g.add_node("apple_price", "mul", ("apple", "apple_num"))  # (1)
    g.add_input("orange", 150)
    g.add_input("orange_num", 3)
    g.add_node("orange_price", "mul", ("orange", "orange_num"))  # (2)
    g.add_node("all_price", "add", ("apple_price", "orange_price"))  # (3)
    g.add_input("tax", 1.1)
    g.add_node("price", "mul", ("all_price", "tax"))  # (4)
    return g


def chain_rule_graph() -> Graph:
    """z = t², t = x + y (figure 5-7): dz/dx = dz/dt · dt/dx = 2t · 1."""
    g = Graph("chain-rule")
    g.add_input("x", 1.0)
    g.add_input("y", 2.0)
    g.add_node("t", "add", ("x", "y"))
    g.add_node("z", "square", ("t",))
    return g


def relu_graph() -> Graph:
    """The book's x of section 5.5.1 through one ReLU node; dout given from above."""
    g = Graph("relu")
    g.add_input("x", np.array([[1.0, -0.5], [-2.0, 3.0]]))
    g.add_node("y", "relu", ("x",), group="Relu")
    g.set_dout("y", np.array([[1.0, 2.0], [3.0, 4.0]]))  # so that dx shows which entries pass dout on
    return g


def sigmoid_graph(x=1.0) -> Graph:
    """y = 1 / (1 + exp(-x)) as four nodes (figure 5-20), and as one node (figure 5-21).

    Inputs ``x`` and ``x_single`` are tied: setting one sets both; each has the
    gradient of its own half, and the two are the same number (dy/dx = y(1 - y))."""
    g = Graph("sigmoid")
    g.add_input("x", x)
    g.add_node("neg_x", "scale", ("x",), c=-1)
    g.add_node("exp_neg_x", "exp", ("neg_x",))
    g.add_node("one_plus_exp", "add_const", ("exp_neg_x",), c=1)
    g.add_node("y", "reciprocal", ("one_plus_exp",))
    g.add_input("x_single", x)
    g.add_node("y_single", "sigmoid", ("x_single",), group="Sigmoid")
    g.set_outputs("y", "y_single")
    g.tie("x", "x_single")
    return g


def affine_graph() -> Graph:
    """Y = X · W + B for a batch of two (figures 5-25 and 5-27).

    X · W is the book's ``X_dot_W = [[0, 0, 0], [10, 10, 10]]``, B = [1, 2, 3], and
    the gradient from above is the book's dY = [[1, 2, 3], [4, 5, 6]], so
    dB = Σ dY over the rows = [5, 7, 9] as printed in section 5.6.2."""
    g = Graph("affine")
    g.add_input("X", np.array([[0.0, 0.0], [2.0, 4.0]]))          # (N, 2), N = 2
    g.add_input("W", np.array([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]))  # (2, 3)
    g.add_node("X_dot_W", "matmul", ("X", "W"), group="Affine")      # (N, 3)
    g.add_input("B", np.array([1.0, 2.0, 3.0]))                      # (3,)
    g.add_node("Y", "add_bias", ("X_dot_W", "B"), group="Affine")    # (N, 3)
    g.set_dout("Y", np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    return g


def softmax_loss_graph() -> Graph:
    """Appendix A's graph of Softmax-with-Loss (one sample, 3 classes), next to the single node.

    exp, Σ, /, × make y = softmax(a); log, × t, Σ, ×-1 make L = -Σ t log y.
    Backward, both give da = y - t. ``a`` and ``a_single`` are tied; ``t`` feeds both."""
    g = Graph("softmax-loss")
    g.add_input("a", np.array([[0.3, 2.9, 4.0]]))  # the scores of section 3.5.1
    g.add_node("exp_a", "exp", ("a",))
    g.add_node("S", "sum", ("exp_a",))
    g.add_node("inv_S", "reciprocal", ("S",))
    g.add_node("y", "mul", ("exp_a", "inv_S"))
    g.add_node("log_y", "log", ("y",))
    g.add_input("t", np.array([[0.0, 0.0, 1.0]]), differentiable=False)
    g.add_node("t_log_y", "mul", ("t", "log_y"))
    g.add_node("sum_t_log_y", "sum", ("t_log_y",))
    g.add_node("L", "scale", ("sum_t_log_y",), c=-1)
    g.add_input("a_single", np.array([[0.3, 2.9, 4.0]]))
    g.add_node("L_single", "softmax_with_loss", ("a_single", "t"), group="SoftmaxWithLoss")
    g.set_outputs("L", "L_single")
    g.tie("a", "a_single")
    return g


def network_graph(net=None, x=None, t=None, *, samples=3, seed=0, dataset=None) -> Graph:
    """A layered net's forward and backward on one batch, as a graph (section 5.7).

    Affine k becomes a matrix product ``dotk`` (x · Wk) and a bias node ``ak``
    (+ bk), each with ``group='Affinek'``; Relu/Sigmoid k becomes ``zk``; the last
    node ``L`` is SoftmaxWithLoss. After ``run()`` the inputs' gradients are
    ``net.gradient(x, t)``: ``graph.grad('W1')`` equals ``grads['W1']`` exactly
    (same operations on the same arrays, in the net's dtype).

    net : TwoLayerNet or MultiLayerNet; default TwoLayerNet(784, 50, 10, seed=seed).
        Its parameters are copied (a live net may go on training). Weight decay is
        refused (the graph is of the data loss); a planted bug is not reproduced.
    x : (N, D) batch, t : (N,) labels or (N, C) one-hot; default the first
        ``samples`` MNIST test images (``dataset`` or the bundled MNIST).
    """
    from .network import TwoLayerNet

    if net is None:
        net = TwoLayerNet(784, 50, 10, seed=seed)
    if getattr(net, "weight_decay_lambda", 0.0):
        raise GraphError("the graph shows the data loss; a net with weight decay has another gradient")
    if x is None:
        if dataset is None:
            from .data import load_dataset
            dataset = load_dataset()
        x, t = dataset.x_test[:samples], dataset.t_test[:samples]
    g = Graph("two-layer-net")
    g.add_input("x", x)
    h = "x"
    layers = list(net.layers)
    for name in layers:
        if name.startswith("Affine"):
            k = name[len("Affine"):]
            g.add_input("W" + k, net.params["W" + k], group=name)
            g.add_node("dot" + k, "matmul", (h, "W" + k), group=name)
            g.add_input("b" + k, net.params["b" + k], group=name)
            h = g.add_node("a" + k, "add_bias", ("dot" + k, "b" + k), group=name).name
        else:  # 'Relu1' or 'Sigmoid1'
            kind = name.rstrip("0123456789")
            h = g.add_node("z" + name[len(kind):], kind.lower(), (h,), group=name).name
    g.add_input("t", t, differentiable=False)
    g.add_node("L", "softmax_with_loss", (h, "t"), group="SoftmaxWithLoss")
    g.info = {"sizes": list(net.sizes), "activation": net.activation, "batch_size": int(np.shape(x)[0]),
              "dtype": str(net.dtype), "bug": net.bug}
    return g


@dataclass(frozen=True)
class GraphPreset:
    """A graph of the chapter: ``build(**options)`` makes it (not yet run).

    title : one line in English (the CLI's --list-graphs); section : the book's
    section ('5.4.1'); source : the book's file or figure it follows.
    needs_data : True when building loads MNIST (two-layer-net without a batch).
    """

    name: str
    title: str
    section: str
    source: str
    build: Callable
    needs_data: bool = False


GRAPH_PRESETS: dict = {p.name: p for p in (
    GraphPreset("apple", "2 apples at 100 each with a tax of 1.1: price 220", "5.4.1", "ch05/buy_apple.py",
                apple_graph),
    GraphPreset("apple-orange", "2 apples at 100 and 3 oranges at 150, tax 1.1: price 715", "5.4.2",
                "ch05/buy_apple_orange.py", apple_orange_graph),
    GraphPreset("chain-rule", "z = (x + y)² as an add node and a square node", "5.2", "figure 5-7",
                chain_rule_graph),
    GraphPreset("relu", "one ReLU node on a 2x2 array: the gradient passes only where x > 0", "5.5.1",
                "figure 5-18", relu_graph),
    GraphPreset("sigmoid", "sigmoid as x-1, exp, +1 and / nodes, next to the single sigmoid node",
                "5.5.2", "figures 5-19 to 5-21", sigmoid_graph),
    GraphPreset("affine", "Y = X·W + B for a batch of 2, with the book's dY; dB = [5, 7, 9]", "5.6.2",
                "figures 5-25 and 5-27", affine_graph),
    GraphPreset("softmax-loss", "Softmax-with-Loss as exp, sum, /, log, x, sum, x-1 nodes, next to the "
                "single node", "5.6.3", "appendix A", softmax_loss_graph),
    GraphPreset("two-layer-net", "a TwoLayerNet (784-50-10) on a few MNIST test images (3 unless told): its gradient",
                "5.7", "ch05/two_layer_net.py", network_graph, needs_data=True),
)}


def build_graph(name: str, **options) -> Graph:
    """The preset ``name``, built and run. Options go to its builder
    (two-layer-net: net, x, t, samples, seed, dataset). GraphError for an unknown name."""
    try:
        preset = GRAPH_PRESETS[name]
    except KeyError:
        raise GraphError(f"no graph named {name!r}; the graphs are: {', '.join(GRAPH_PRESETS)}") from None
    graph = preset.build(**options)
    graph.preset = preset
    return graph.run()
