"""What a computational graph is made of and reports: nodes, edges, steps, explanations.

Plain records (``Node`` is the one mutable one: ``Graph.run`` fills its value
and grad) and two helpers shared by the CLI and the GUI: ``value_summary``
(a number, or an array's shape and min/mean/max) and ``parse_value`` (what a
user typed -> a number or an array). The graph itself is in ``engine.graph``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

__all__ = ["table_lines", "GraphError", "Edge", "Node", "Step", "Revealed", "Term", "Explanation", "Nudge",
           "value_summary", "parse_value", "as_input"]


class GraphError(ValueError):
    """A name the graph does not have, or a value it cannot take (the CLI exits 2)."""


class Edge(NamedTuple):
    """The edge from ``source`` into input ``slot`` (0, 1, ...) of ``target``.

    Forward it carries ``source``'s value; backward it carries
    ``graph.node(target).input_grads[slot]``.
    """

    source: str
    target: str
    slot: int


@dataclass(eq=False)
class Node:
    """One node. ``op`` is 'input' or a key of ``OPS``.

    name : stable identifier (the book's variable where it has one: 'apple_price').
    inputs : names of the nodes feeding its slots, in order.
    params : the op's constant, e.g. {'c': -1} for '×-1'.
    label : what a drawing writes in the node ('×', 'exp', '/', or the input's name).
    group : the layer this node belongs to ('Affine1', 'Relu1', 'SoftmaxWithLoss'),
        the same names as the stages of ``engine.explain.StepTrace``; None elsewhere.
    differentiable : False for data that gets no gradient (the targets t).
    value : number (NumPy scalar) or array; None before ``run``.
    grad : d(output)/d(this node), same shape as ``value``; None before ``run``
        or when no gradient reaches the node.
    input_grads : the gradient this node sends back along each input edge.
    cache : what the op kept for backward (SoftmaxWithLoss keeps 'y').
    depth, row : layout column (0 at the left) and place within the column.
    """

    name: str
    op: str
    inputs: tuple = ()
    params: dict = field(default_factory=dict)
    label: str = ""
    group: str | None = None
    differentiable: bool = True
    value: object = None
    grad: object = None
    input_grads: tuple = ()
    cache: object = None
    depth: int = 0
    row: int = 0

    @property
    def is_input(self) -> bool:
        return self.op == "input"

    @property
    def shape(self) -> tuple:
        return tuple(np.shape(self.value))

    @property
    def is_scalar(self) -> bool:
        return np.ndim(self.value) == 0

    def to_dict(self) -> dict:
        """JSON-friendly: name, op, label, inputs, group, depth, value and grad summaries."""
        return {"name": self.name, "op": self.op, "label": self.label, "inputs": list(self.inputs),
                "group": self.group, "depth": self.depth, "row": self.row,
                "value": value_summary(self.value), "grad": value_summary(self.grad)}


class Step(NamedTuple):
    """One node's turn in the animation: 'forward' computes ``node``'s value (then
    shown on the ``edges`` leaving it); 'backward' sends gradients along ``edges``
    (the edges into ``node``)."""

    index: int
    direction: str
    node: str
    edges: tuple


class Revealed(NamedTuple):
    """What is known after some steps: nodes with a value, nodes whose gradient
    is complete, edges showing a value (above) and a gradient (below)."""

    values: frozenset
    grads: frozenset
    edge_values: frozenset
    edge_grads: frozenset


class Term(NamedTuple):
    """One input of a node, backward: ``downstream = combine(rule, upstream, local)``."""

    slot: str         # the op's name for the input: 'x', 'y', 'X', 'W', 'b', 't'
    input: str        # the input node's name
    edge: Edge
    rule: str         # see engine.graph_ops: 'times', 'dot_right', 'dot_left', 'none'
    local: object     # the local derivative d(out)/d(input) (number or array); None for 'none'
    summed: bool      # the input was broadcast: its gradient is summed back to its shape
    downstream: object  # the gradient sent to the input (None for 'none')
    formula: str      # 'dx = dout × y'


class Explanation(NamedTuple):
    """A node explained: its formula and numbers, and for each input the local
    derivative and upstream × local = downstream. ``branches`` are the edges
    leaving the node with the gradient each brings back; their sum is ``upstream``."""

    node: str
    op: str
    label: str
    formula: str
    inputs: tuple     # values of the inputs, in slot order
    value: object
    upstream: object  # the node's grad ("dout" for this node)
    terms: tuple
    branches: tuple   # ((Edge, grad), ...)
    is_output: bool


class Nudge(NamedTuple):
    """Central difference for one entry of one input, next to backprop's gradient.

    numerical = (f(v + h) - f(v - h)) / 2h, with f the graph's objective
    (the output, or Σ sum(dout * out) over the outputs)."""

    input: str
    index: tuple      # () for a scalar input
    h: float
    f_plus: float
    f_minus: float
    numerical: float
    backprop: float

    @property
    def abs_diff(self) -> float:
        return abs(self.numerical - self.backprop)


def value_summary(value):
    """A number for scalars; {'shape', 'dtype', 'min', 'mean', 'max'} for arrays; None for None."""
    if value is None:
        return None
    if np.ndim(value) == 0:
        return float(value)
    a = np.asarray(value)
    stats = {"min": float(a.min()), "mean": float(a.mean()), "max": float(a.max())} if a.size else {}
    return {"shape": list(a.shape), "dtype": str(a.dtype), **stats}


def parse_value(text: str):
    """A number ('1.5', '-2e-3') or a nested list ('[[1, 2], [3, 4]]') -> float or float64 array.

    Raises GraphError for anything else (text that is neither, ragged lists, nan)."""
    text = text.strip()
    try:
        if text.startswith("["):
            value = np.array(json.loads(text), dtype=np.float64)
        else:
            value = float(text)
    except (ValueError, TypeError):
        raise GraphError(f"cannot read {text!r} as a number or a list such as [[1, 2], [3, 4]]") from None
    if not np.all(np.isfinite(value)):
        raise GraphError(f"{text!r} is not a finite number")
    return value


def as_input(value, differentiable: bool):
    """Inputs a gradient flows to are floats; Python numbers become float64 scalars."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return np.float64(value)
    value = np.array(value, copy=True)  # a copy: the caller's array (a live net's W1) may change
    if differentiable and value.dtype.kind not in "fc":
        value = value.astype(np.float64)
    return value[()] if value.ndim == 0 else value


def _cell(summary) -> str:
    """A node's value or grad for the CLI's table: a number, or an array's shape and min/mean/max."""
    if summary is None:
        return "-"
    if not isinstance(summary, dict):
        return format(summary, ".10g")
    stats = f" min {summary['min']:.4g} mean {summary['mean']:.4g} max {summary['max']:.4g}" if "min" in summary else ""
    return f"{tuple(summary['shape'])}{stats}"


def table_lines(graph_dict: dict) -> list[str]:
    """``--graph``'s table (lines, not printed): node, op, value, grad of ``Graph.to_dict()``'s nodes."""
    rows = [("node", "op", "value", "grad")] + [(n["name"], n["op"], _cell(n["value"]), _cell(n["grad"]))
                                                for n in graph_dict["nodes"]]
    widths = [max(len(row[i]) for row in rows) + 2 for i in range(3)]
    return ["".join(cell.ljust(w) for cell, w in zip(row, widths)) + row[3] for row in rows]
