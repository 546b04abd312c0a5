"""engine.graph and its presets: the book's numbers through the graph model, the
sigmoid and Softmax-with-Loss graphs against their single layers, set-input
re-propagation, stepping, explanations, nudges and layout."""
import json

import numpy as np
import pytest

from engine import (GRAPH_PRESETS, AddLayer, Graph, GraphError, MulLayer, Sigmoid, build_graph, combine,
                    parse_value)

SCALAR_PRESETS = ["apple", "apple-orange", "chain-rule", "sigmoid"]
SMALL_PRESETS = [name for name in GRAPH_PRESETS if name != "two-layer-net"]


# ---------------------------------------------------------------- the book's numbers
def test_apple_prints_the_books_numbers():
    g = build_graph("apple")
    assert int(g.value("price")) == 220
    assert g.grad("apple") == pytest.approx(2.2)
    assert int(g.grad("apple_num")) == 110
    assert g.grad("tax") == 200
    assert g.grad("price") == 1  # the book's dprice = 1


def test_apple_orange_prints_the_books_numbers():
    g = build_graph("apple-orange")
    assert int(g.value("price")) == 715
    assert g.grad("apple_num") == pytest.approx(110)
    assert g.grad("apple") == pytest.approx(2.2)
    assert g.grad("orange") == pytest.approx(3.3)
    assert g.grad("orange_num") == pytest.approx(165)
    assert g.grad("tax") == pytest.approx(650)


def test_graph_computes_bit_for_bit_what_the_book_layers_compute():
    mul_apple, mul_orange, add, mul_tax = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    price = mul_tax.forward(add.forward(mul_apple.forward(100, 2), mul_orange.forward(150, 3)), 1.1)
    dall_price, dtax = mul_tax.backward(1)
    dapple_price, dorange_price = add.backward(dall_price)
    dorange, dorange_num = mul_orange.backward(dorange_price)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    g = build_graph("apple-orange")
    assert g.value("price") == price  # 715.0000000000001 in both
    assert (g.grad("apple"), g.grad("apple_num"), g.grad("orange"), g.grad("orange_num"), g.grad("tax")) == \
        (dapple, dapple_num, dorange, dorange_num, dtax)


def test_chain_rule_graph():
    g = build_graph("chain-rule")  # z = (x + y)², x = 1, y = 2
    assert g.value("z") == 9.0
    assert g.grad("t") == 6.0 and g.grad("x") == 6.0 and g.grad("y") == 6.0  # 2t · 1


def test_relu_graph_passes_dout_only_where_x_is_positive():
    g = build_graph("relu")
    assert np.array_equal(g.value("y"), [[1.0, 0.0], [0.0, 3.0]])
    assert np.array_equal(g.grad("x"), [[1.0, 0.0], [0.0, 4.0]])  # dout = [[1, 2], [3, 4]]


@pytest.mark.parametrize("x", [-30.0, -3.0, -0.5, 0.0, 1.0, 2.5, 20.0])
def test_sigmoid_graph_gradient_equals_the_sigmoid_layer_and_a_central_difference(x):
    g = build_graph("sigmoid")
    g.set_input("x", x)
    assert g.value("x_single") == x  # tied
    layer = Sigmoid()
    y = layer.forward(np.array([x]))
    dx = layer.backward(np.array([1.0]))[0]
    assert g.value("y") == pytest.approx(y[0], abs=1e-15)
    assert abs(g.grad("x") - dx) <= 1e-12
    assert abs(g.grad("x_single") - dx) <= 1e-12
    h = 1e-4
    central = (1 / (1 + np.exp(-(x + h))) - 1 / (1 + np.exp(-(x - h)))) / (2 * h)
    assert abs(g.grad("x") - central) <= 1e-7
    nudge = g.nudge("x")
    assert abs(nudge.numerical - g.grad("x")) <= 1e-7 and nudge.backprop == g.grad("x")


def test_sigmoid_graph_local_gradients_are_the_books():
    g = build_graph("sigmoid")  # x = 1
    y = g.value("y")
    # "/" sends -dout/x² = -y²; "+1" passes it on; exp multiplies by exp(-x); "×-1" by -1
    assert g.grad("one_plus_exp") == pytest.approx(-y * y, rel=1e-15)
    assert g.grad("exp_neg_x") == g.grad("one_plus_exp")
    assert g.grad("neg_x") == pytest.approx(-y * y * np.exp(-1.0), rel=1e-15)
    assert g.grad("x") == pytest.approx(y * y * np.exp(-1.0), rel=1e-15)
    assert g.grad("x") == pytest.approx(y * (1 - y), rel=1e-14)


def test_affine_graph_reproduces_the_books_batch_example():
    g = build_graph("affine")
    X, W, dY = g.value("X"), g.value("W"), g.grad("Y")
    assert np.array_equal(g.value("X_dot_W"), [[0, 0, 0], [10, 10, 10]])
    assert np.array_equal(g.value("Y"), [[1, 2, 3], [11, 12, 13]])
    assert np.array_equal(dY, [[1, 2, 3], [4, 5, 6]])
    assert np.array_equal(g.grad("B"), [5, 7, 9])  # the book's dB
    assert np.array_equal(g.grad("X"), dY @ W.T) and np.array_equal(g.grad("W"), X.T @ dY)
    shapes = {n.name: n.shape for n in g.nodes.values()}
    assert shapes == {"X": (2, 2), "W": (2, 3), "X_dot_W": (2, 3), "B": (3,), "Y": (2, 3)}
    assert all(np.shape(g.grad(n)) == shapes[n] for n in shapes)


def test_softmax_loss_graph_gives_y_minus_t_like_the_single_node():
    g = build_graph("softmax-loss")
    y, t = g.value("y"), g.value("t")
    assert y.sum() == pytest.approx(1.0) and g.value("L") == pytest.approx(-np.log(y[0, 2]))
    assert g.value("L") == pytest.approx(g.value("L_single"), abs=1e-14)
    np.testing.assert_allclose(g.grad("a"), y - t, atol=1e-15)
    np.testing.assert_allclose(g.grad("a"), g.grad("a_single"), atol=1e-15)
    assert g.grad("t") is None  # data: no gradient, not even through the × node that could send one
    assert g.node("t_log_y").input_grads[0] is None and g.node("L_single").input_grads[1] is None
    assert [term.rule for term in g.explain("t_log_y").terms] == ["none", "times"]
    assert g.grad("exp_a") is not None and len(g.consumers("exp_a")) == 2  # exp feeds Σ and ×


# ---------------------------------------------------------------- editing an input
def test_setting_an_input_re_propagates():
    g = build_graph("apple-orange")
    g.set_input("apple", 150)
    assert g.value("apple_price") == 300 and g.value("price") == pytest.approx(825)
    assert g.grad("apple_num") == pytest.approx(165) and g.grad("tax") == pytest.approx(750)
    assert g.grad("apple") == pytest.approx(2.2)  # unchanged: it depends on apple_num and tax
    g.set_input("tax", 1.0)
    assert g.value("price") == 750 and g.grad("orange") == 3.0


def test_setting_an_array_input_keeps_its_shape():
    g = build_graph("affine")
    g.set_input("B", np.array([0.0, 0.0, 0.0]))
    assert np.array_equal(g.value("Y"), g.value("X_dot_W"))
    with pytest.raises(GraphError, match="shape"):
        g.set_input("B", np.array([1.0, 2.0]))
    with pytest.raises(GraphError, match="shape"):
        g.set_input("B", 1.0)


def test_bad_names_are_graph_errors():
    g = build_graph("apple")
    with pytest.raises(GraphError, match="apple_num"):  # the message lists the nodes
        g.set_input("pear", 1)
    with pytest.raises(GraphError, match="not an input"):
        g.set_input("price", 1)
    with pytest.raises(GraphError, match="apple-orange"):
        build_graph("banana")
    with pytest.raises(GraphError):
        g.add_node("price", "mul", ("apple", "tax"))  # a name taken
    with pytest.raises(GraphError):
        g.add_node("q", "pow", ("apple", "tax"))
    with pytest.raises(GraphError):
        g.add_node("q", "mul", ("apple",))


def test_an_overflow_shows_as_inf_without_a_warning():
    g = build_graph("sigmoid")
    g.set_input("x", -1000.0)  # exp(1000) overflows; warnings are errors in this suite
    assert np.isinf(g.value("exp_neg_x")) and g.value("y") == 0.0 and g.value("y_single") == 0.0


# ---------------------------------------------------------------- stepping
def test_forward_and_backward_orders_are_the_books():
    g = build_graph("apple-orange")
    # buy_apple_orange.py: forward (1) (2) (3) (4), backward (4) (3) (2) (1)
    assert g.forward_order == ("apple_price", "orange_price", "all_price", "price")
    assert g.backward_order == ("price", "all_price", "orange_price", "apple_price")
    steps = g.steps()
    assert [(s.direction, s.node) for s in steps] == \
        [("forward", n) for n in g.forward_order] + [("backward", n) for n in g.backward_order]
    assert [s.index for s in steps] == list(range(8))
    assert steps[2].edges == (("all_price", "price", 0),)  # all_price's value goes to the tax node
    assert set(steps[5].edges) == {("apple_price", "all_price", 0), ("orange_price", "all_price", 1)}


@pytest.mark.parametrize("name", SMALL_PRESETS)
def test_each_step_has_what_it_needs(name):
    g = build_graph(name)
    computed, sent_back = set(g.inputs), set()
    for step in g.steps():
        node = g.node(step.node)
        if step.direction == "forward":
            assert set(node.inputs) <= computed  # every input already computed
            computed.add(step.node)
        else:
            assert computed == set(g.nodes)  # backward begins after the whole forward pass
            # every node this one feeds has sent its gradient back already: its grad is complete
            assert all(e.target in sent_back for e in g.consumers(step.node))
            sent_back.add(step.node)
    assert sent_back == set(g.forward_order)
    assert len(g.steps()) == 2 * len(g.forward_order)


def test_revealed_grows_from_the_inputs_to_everything():
    g = build_graph("apple-orange")
    n_forward = len(g.forward_order)
    first = g.revealed(0)
    assert first.values == set(g.inputs) and not first.grads and not first.edge_grads
    middle = g.revealed(n_forward)
    assert middle.values == set(g.nodes) and middle.edge_values == set(g.edges) and not middle.grads
    after_tax = g.revealed(n_forward + 1)  # the tax node's backward: dall_price and dtax known
    assert after_tax.grads == {"price", "all_price", "tax"}
    last = g.revealed(len(g.steps()))
    assert last.grads == set(g.nodes) and last.edge_grads == set(g.edges)
    softmax = build_graph("softmax-loss")
    last = softmax.revealed(len(softmax.steps()))
    assert last.grads == set(softmax.nodes) - {"t"}  # data gets no gradient
    assert last.edge_grads == {e for e in softmax.edges if e.source != "t"}
    previous = None
    for k in range(len(g.steps()) + 1):
        now = g.revealed(k)
        if previous is not None:
            assert all(a <= b for a, b in zip(previous, now))
        previous = now


# ---------------------------------------------------------------- explaining and nudging
def test_explain_the_tax_node():
    g = build_graph("apple")
    e = g.explain("price")
    assert e.formula == "out = x × y" and e.upstream == 1 and e.is_output
    (apple_price, tax) = e.terms
    assert apple_price.input == "apple_price" and apple_price.slot == "x"
    assert apple_price.local == pytest.approx(1.1) and apple_price.downstream == pytest.approx(1.1)
    assert tax.local == 200 and tax.downstream == 200 and tax.formula == "dy = dout × x"
    inp = g.explain("apple")
    assert inp.op == "input" and not inp.terms and inp.upstream == pytest.approx(2.2)
    assert [(edge.target, grad) for edge, grad in inp.branches] == [("apple_price", inp.upstream)]


@pytest.mark.parametrize("name", SMALL_PRESETS)
def test_upstream_times_local_is_downstream_at_every_node(name):
    g = build_graph(name)
    for node in g.nodes.values():
        e = g.explain(node.name)
        for term in e.terms:
            shape = g.node(term.input).shape
            expected = combine(term.rule, e.upstream, term.local, shape)
            if term.rule == "none":
                assert expected is None and not g.node(term.input).differentiable
            else:
                np.testing.assert_allclose(expected, term.downstream, rtol=1e-13, atol=1e-15)
        if e.branches and node.differentiable:  # fan-out: the branches add up to the node's gradient
            np.testing.assert_allclose(sum(grad for _, grad in e.branches), node.grad, rtol=1e-14)


@pytest.mark.parametrize("name", SMALL_PRESETS)
def test_nudge_agrees_with_backprop_for_every_input(name):
    g = build_graph(name)
    for inp in g.inputs:
        if g.grad(inp) is None:
            with pytest.raises(GraphError):
                g.nudge(inp)
            continue
        nudge = g.nudge(inp)
        assert nudge.backprop == pytest.approx(np.asarray(g.grad(inp))[nudge.index])
        assert nudge.abs_diff <= 1e-7 * max(1.0, abs(nudge.backprop))
        assert nudge.f_plus != nudge.f_minus or nudge.backprop == 0
    before = {n.name: n.value for n in g.nodes.values()}
    g.nudge(g.inputs[0])
    assert all(g.node(n).value is v for n, v in before.items())  # a nudge leaves the graph as it was


def test_nudge_of_an_array_input_picks_the_largest_gradient():
    g = build_graph("affine")
    n = g.nudge("W")
    assert n.index == (1, 2) and n.backprop == 24.0  # dW = Xᵀ·dY = [[8, 10, 12], [16, 20, 24]]
    assert g.nudge("W", index=(0, 0)).numerical == pytest.approx(g.grad("W")[0, 0], abs=1e-7)


# ---------------------------------------------------------------- layout, presets, parsing
def test_layout_columns_follow_the_books_figure():
    g = build_graph("apple-orange")
    depth = {n.name: n.depth for n in g.nodes.values()}
    assert depth == {"apple": 0, "apple_num": 0, "orange": 0, "orange_num": 0, "apple_price": 1,
                     "orange_price": 1, "all_price": 2, "tax": 2, "price": 3}
    assert g.n_columns == 4
    cells = [(n.depth, n.row) for n in g.nodes.values()]
    assert len(set(cells)) == len(cells)  # no two nodes in one place


def test_presets_are_listed_in_the_books_order_with_their_source():
    names = list(GRAPH_PRESETS)
    assert names[:2] == ["apple", "apple-orange"] and names[-1] == "two-layer-net"
    assert names.index("sigmoid") < names.index("affine") < names.index("two-layer-net")
    for preset in GRAPH_PRESETS.values():
        assert preset.title and preset.section.startswith("5.") and preset.source
    assert GRAPH_PRESETS["apple"].source == "ch05/buy_apple.py"


@pytest.mark.parametrize("name", SMALL_PRESETS)
def test_to_dict_is_json(name):
    g = build_graph(name)
    data = json.loads(json.dumps(g.to_dict()))
    assert [n["name"] for n in data["nodes"]] == list(g.nodes)
    assert data["outputs"] == list(g.output_names)


def test_parse_value():
    assert parse_value(" 1.5 ") == 1.5 and parse_value("-2e-3") == -0.002
    assert np.array_equal(parse_value("[[1, 2], [3, 4]]"), [[1.0, 2.0], [3.0, 4.0]])
    for bad in ("abc", "", "nan", "inf", "[1, [2]]", "[1, 2", "1,5"):
        with pytest.raises(GraphError):
            parse_value(bad)


def test_a_hand_built_graph_with_fan_out():
    # f = x·x + x through mul and add: the gradient of x sums three edges (2x + 1)
    g = Graph("fan-out")
    g.add_input("x", 3.0)
    g.add_node("xx", "mul", ("x", "x"))
    g.add_node("f", "add", ("xx", "x"))
    g.run()
    assert g.value("f") == 12.0 and g.grad("x") == 7.0
    assert [grad for _, grad in g.explain("x").branches] == [3.0, 3.0, 1.0]
