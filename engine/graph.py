"""Computational graphs (chapter 5.1-5.3): nodes, forward in order, backward in reverse.

A ``Graph`` holds input nodes (numbers or arrays a user can edit) and op nodes
(``engine.graph_ops.OPS``: add, mul, exp, /, log, ReLU, sigmoid, dot, bias,
SoftmaxWithLoss, ...). ``run()`` computes every node's ``value`` in
topological order, then every node's ``grad`` in reverse order, starting
from ``dout`` (1 for a scalar output, as the book's ``dprice = 1``). Every
value, every gradient and every gradient sent along an edge is kept, so a
view can show all of them, explain any node (``explain``), replay the pass
one node at a time (``steps``, ``revealed``) and compare a gradient with a
central difference (``nudge``).

A graph may have several outputs (the sigmoid preset draws the four-node
graph and the single sigmoid node side by side); its backward then starts
from every output, i.e. it differentiates ``Σ sum(dout * out)`` over the
outputs. Inputs can be ``tie``d: setting one sets the others (each still has
its own gradient, from its own part of the graph).

Layout is data, not coordinates: ``Node.depth`` is the node's column from the
left (an input sits just left of its first consumer), ``Node.row`` its place
in that column (the order the preset added the nodes).
"""
from __future__ import annotations

import numpy as np

from .graph_ops import OPS, Local
from .graph_records import (Edge, Explanation, GraphError, Node, Nudge, Revealed, Step, Term, as_input,
                            parse_value, value_summary)

__all__ = ["Graph", "GraphError", "Node", "Edge", "Step", "Revealed", "Term", "Explanation",
           "Nudge", "parse_value", "value_summary"]


class Graph:
    """A computational graph. Build it with ``add_input`` and ``add_node``, then ``run()``.

    The last node added is the output unless ``set_outputs`` says otherwise.
    """

    def __init__(self, name: str = ""):
        self.name = name
        self.nodes: dict[str, Node] = {}
        self.outputs: tuple = ()
        self._dout: dict = {}
        self._ties: dict = {}
        self._order: tuple | None = None
        self._consumers: dict = {}
        self.info: dict = {}  # facts about where the graph came from (network_graph: sizes, batch_size)
        self.preset = None    # the GraphPreset it was built from, if any

    # -- building ------------------------------------------------------------
    def add_input(self, name, value, *, differentiable=True, label=None, group=None) -> Node:
        """An input node holding ``value`` (number or array)."""
        node = self._add(Node(name, "input", label=label or name, group=group, differentiable=differentiable))
        node.value = as_input(value, differentiable)
        return node

    def add_node(self, name, op, inputs, *, label=None, group=None, **params) -> Node:
        """An op node: ``op`` a key of ``OPS``, ``inputs`` the names feeding its slots."""
        if op not in OPS:
            raise GraphError(f"unknown op {op!r}; known: {', '.join(OPS)}")
        spec = OPS[op]
        inputs = tuple(inputs)
        if len(inputs) != spec.arity:
            raise GraphError(f"{op} takes {spec.arity} inputs ({', '.join(spec.slots)}), not {len(inputs)}")
        for source in inputs:
            self.node(source)
        return self._add(Node(name, op, inputs, dict(params), label or spec.symbol_for(params), group))

    def _add(self, node: Node) -> Node:
        if node.name in self.nodes:
            raise GraphError(f"the graph already has a node named {node.name!r}")
        self.nodes[node.name] = node
        self._order = None
        return node

    def set_outputs(self, *names) -> None:
        for name in names:
            self.node(name)
        self.outputs = tuple(names)

    def set_dout(self, name, dout) -> None:
        """The gradient arriving at output ``name`` from above (default: ones, the book's dout = 1)."""
        self._dout[self.node(name).name] = None if dout is None else np.array(dout, copy=True)

    def tie(self, *names) -> None:
        """Setting any of these inputs sets all of them (the same x drawn twice)."""
        for name in names:
            if not self.node(name).is_input:
                raise GraphError(f"{name!r} is not an input")
        for name in names:
            self._ties[name] = tuple(names)

    # -- looking up ----------------------------------------------------------
    def node(self, name) -> Node:
        try:
            return self.nodes[name]
        except KeyError:
            raise GraphError(f"no node {name!r} in graph {self.name!r}; nodes: {', '.join(self.nodes)}") from None

    def value(self, name):
        return self.node(name).value

    def grad(self, name):
        return self.node(name).grad

    @property
    def inputs(self) -> tuple:
        """Names of the input nodes, in the order added."""
        return tuple(n.name for n in self.nodes.values() if n.is_input)

    def grads(self) -> dict:
        """{input name: its gradient} for every input a gradient reaches."""
        return {name: self.nodes[name].grad for name in self.inputs if self.nodes[name].grad is not None}

    @property
    def output_names(self) -> tuple:
        return self.outputs or (tuple(self.nodes)[-1],)

    @property
    def edges(self) -> tuple:
        return tuple(Edge(src, n.name, slot) for n in self.nodes.values() for slot, src in enumerate(n.inputs))

    def consumers(self, name) -> tuple:
        """The edges leaving node ``name``."""
        self._prepare()
        return self._consumers[self.node(name).name]

    @property
    def forward_order(self) -> tuple:
        """Op nodes in the order forward computes them (inputs are known from the start)."""
        self._prepare()
        return tuple(n for n in self._order if not self.nodes[n].is_input)

    @property
    def backward_order(self) -> tuple:
        return self.forward_order[::-1]

    @property
    def n_columns(self) -> int:
        self._prepare()
        return 1 + max((n.depth for n in self.nodes.values()), default=0)

    # -- running -------------------------------------------------------------
    def set_input(self, name, value, *, run=True) -> None:
        """Give input ``name`` (and the inputs tied to it) a new value, then re-run.

        An array input keeps its shape: a value of another shape raises GraphError.
        """
        if name not in self.nodes:
            raise GraphError(f"no input {name!r} in graph {self.name!r}; its inputs: {', '.join(self.inputs)}")
        node = self.nodes[name]
        if not node.is_input:
            raise GraphError(f"{name!r} is computed by the graph, not an input; its inputs: {', '.join(self.inputs)}")
        value = as_input(value, node.differentiable)
        if np.shape(value) != node.shape:
            raise GraphError(f"{name} has shape {node.shape}, a value of shape {np.shape(value)} cannot replace it")
        for other in self._ties.get(name, (name,)):
            self.nodes[other].value = value
        if run:
            self.run()

    def run(self) -> "Graph":
        """Forward, then backward: every node's value and grad."""
        self.forward()
        self.backward()
        return self

    def forward(self) -> None:
        self._prepare()
        # Overflow (exp of a large x) and 1/0 give inf, shown as such, not a warning.
        with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
            for name in self._order:
                node = self.nodes[name]
                if not node.is_input:
                    xs = [self.nodes[i].value for i in node.inputs]
                    node.value, node.cache = OPS[node.op].forward(xs, node.params)

    def backward(self) -> None:
        self._prepare()
        for node in self.nodes.values():
            node.grad, node.input_grads = None, ()
        for out in self.output_names:
            node = self.nodes[out]
            node.grad = self._seed(node)
        with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
            for name in reversed(self._order):
                node = self.nodes[name]
                if node.is_input or node.grad is None:
                    continue
                xs = [self.nodes[i].value for i in node.inputs]
                grads = OPS[node.op].backward(node.grad, xs, node.value, node.cache, node.params)
                # No gradient flows to data (the targets t), even through an op that could send one.
                node.input_grads = tuple(g if self.nodes[src].differentiable else None
                                         for src, g in zip(node.inputs, grads))
                for source, g in zip(node.inputs, node.input_grads):
                    if g is not None:
                        prev = self.nodes[source].grad
                        # A new array, never +=: the edge keeps its own gradient.
                        self.nodes[source].grad = g if prev is None else prev + g

    def _seed(self, node):
        dout = self._dout.get(node.name)
        # In the output's dtype: a float64 1 would turn a float32 net's gradients into float64.
        return np.ones_like(node.value) if dout is None else dout

    def objective(self, values=None) -> float:
        """Σ sum(dout * out) over the outputs: what ``grad`` differentiates.

        ``values`` overrides some inputs ({name: value}) for this evaluation only;
        the graph's stored values are not touched.
        """
        self._prepare()
        vals = {n: self.nodes[n].value for n in self._order}
        vals.update(values or {})
        with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
            for name in self._order:
                node = self.nodes[name]
                if not node.is_input:
                    vals[name] = OPS[node.op].forward([vals[i] for i in node.inputs], node.params)[0]
        return float(sum(np.sum(self._seed(self.nodes[o]) * vals[o]) for o in self.output_names))

    # -- explaining ----------------------------------------------------------
    def explain(self, name) -> Explanation:
        """Node ``name``'s formula, numbers, and upstream × local = downstream per input."""
        node = self.node(name)
        branches = tuple((e, self.nodes[e.target].input_grads[e.slot] if self.nodes[e.target].input_grads else None)
                         for e in self.consumers(name))
        xs = tuple(self.nodes[i].value for i in node.inputs)
        if node.is_input:
            return Explanation(name, node.op, node.label, "", (), node.value, node.grad, (), branches,
                               name in self.output_names)
        spec = OPS[node.op]
        forward_formula, backward_formulas = spec.formulas_for(node.params)
        locals_ = spec.local(list(xs), node.value, node.cache, node.params)
        terms = []
        for slot, (source, local) in enumerate(zip(node.inputs, locals_)):
            if not self.nodes[source].differentiable:
                local = Local("none", None)
            down = node.input_grads[slot] if node.input_grads else None
            terms.append(Term(spec.slots[slot], source, Edge(source, name, slot), local.rule, local.factor,
                              local.summed, down, backward_formulas[slot]))
        return Explanation(name, node.op, node.label, forward_formula, xs, node.value, node.grad,
                           tuple(terms), branches, name in self.output_names)

    def nudge(self, name, h=1e-4, index=None) -> Nudge:
        """Central-difference estimate of d(objective)/d(input ``name``) at one entry.

        index : the entry of an array input (default: where backprop's gradient is
        largest in size); ignored for a scalar input. Needs ``run()`` first.
        """
        node = self.node(name)
        if not node.is_input or not node.differentiable or node.grad is None:
            raise GraphError(f"{name!r} is not an input that receives a gradient; "
                             f"inputs: {', '.join(n for n in self.inputs if self.nodes[n].grad is not None)}")
        if node.is_scalar:
            index = ()
        elif index is None:
            index = np.unravel_index(int(np.argmax(np.abs(node.grad))), node.shape)
        index = tuple(int(i) for i in index)
        values = []
        for sign in (1, -1):
            v = np.array(node.value, copy=True)
            v[index] += sign * h
            values.append(self.objective({name: v[()] if v.ndim == 0 else v}))
        numerical = (values[0] - values[1]) / (2 * h)
        return Nudge(name, index, h, values[0], values[1], numerical, float(np.asarray(node.grad)[index]))

    # -- stepping ------------------------------------------------------------
    def steps(self) -> tuple:
        """Forward through ``forward_order``, then backward through ``backward_order``."""
        fwd = [Step(i, "forward", n, self.consumers(n)) for i, n in enumerate(self.forward_order)]
        k = len(fwd)
        bwd = [Step(k + i, "backward", n, tuple(Edge(s, n, j) for j, s in enumerate(self.nodes[n].inputs)))
               for i, n in enumerate(self.backward_order)]
        return tuple(fwd + bwd)

    def revealed(self, count: int) -> Revealed:
        """What is known after the first ``count`` steps (0: only the inputs' values).

        Backward begins with the outputs' dout; a node's gradient is complete once
        every edge leaving it has brought its gradient back. Data (t) gets none."""
        steps = self.steps()[:max(0, count)]
        values = set(self.inputs)
        edge_values = {e for n in self.inputs for e in self.consumers(n)}
        edge_grads, backward_started = set(), False
        for step in steps:
            if step.direction == "forward":
                values.add(step.node)
                edge_values.update(step.edges)
            else:
                backward_started = True
                edge_grads.update(e for e in step.edges if self.nodes[e.source].differentiable)
        grads = set()
        if backward_started:
            for name in self.nodes:
                if not self.nodes[name].differentiable:
                    continue
                out_edges = self.consumers(name)
                if (name in self.output_names or out_edges) and all(e in edge_grads for e in out_edges):
                    grads.add(name)
        return Revealed(frozenset(values), frozenset(grads), frozenset(edge_values), frozenset(edge_grads))

    # -- internals -----------------------------------------------------------
    def _prepare(self) -> None:
        """Order and layout depths. ``add_node`` only accepts inputs that already
        exist, so the order nodes were added in is a topological order; it is also
        the book's order (buy_apple_orange.py's (1) to (4), and back from (4) to (1))."""
        if self._order is not None:
            return
        order = tuple(self.nodes)
        users = {n: [] for n in order}
        for n in order:
            for src in self.nodes[n].inputs:
                users[src].append(n)
        self._order = order
        self._consumers = {n: tuple(e for e in self.edges if e.source == n) for n in order}
        for n in order:
            node = self.nodes[n]
            node.depth = 1 + max(self.nodes[i].depth for i in node.inputs) if node.inputs else 0
        for n in order:  # an input sits just left of its first consumer (tax beside all_price)
            if self.nodes[n].is_input and users[n]:
                self.nodes[n].depth = max(0, min(self.nodes[u].depth for u in users[n]) - 1)
        rows: dict = {}
        for node in self.nodes.values():
            node.row = rows.get(node.depth, 0)
            rows[node.depth] = node.row + 1

    def to_dict(self) -> dict:
        """JSON-friendly: the graph's name, outputs, inputs and every node (see ``Node.to_dict``)."""
        self._prepare()
        book = {"title": self.preset.title, "section": self.preset.section, "source": self.preset.source} \
            if self.preset else {}
        return {"graph": self.name, **book, "outputs": list(self.output_names), "inputs": list(self.inputs),
                "nodes": [self.nodes[n].to_dict() for n in self._order]}
