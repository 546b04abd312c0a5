"""The command line's computational graphs (--graph, --set, --list-graphs), each in a
real subprocess as a user would run them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import GRAPH_PRESETS, TwoLayerNet, load_dataset

ROOT = Path(__file__).resolve().parents[1]


def run(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def nodes_of(done):
    assert done.returncode == 0, done.stderr
    return {node["name"]: node for node in json.loads(done.stdout)["nodes"]}


def table_of(done):
    """{node: (op, value, grad)} from the readable table (scalar graphs: one word per cell)."""
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].split() == ["node", "op", "value", "grad"]
    return {row[0]: tuple(row[1:]) for row in (line.split() for line in lines[2:])}


def test_apple_json_has_the_books_numbers():
    nodes = nodes_of(run("--graph", "apple", "--json"))
    assert int(nodes["price"]["value"]) == 220
    assert nodes["apple"]["grad"] == pytest.approx(2.2)
    assert int(nodes["apple_num"]["grad"]) == 110
    assert nodes["tax"]["grad"] == 200
    assert [nodes[n]["op"] for n in nodes] == ["input", "input", "mul", "input", "mul"]


def test_apple_orange_table_prints_the_books_numbers():
    done = run("--headless", "--graph", "apple-orange")
    assert "ch05/buy_apple_orange.py" in done.stdout.splitlines()[0]
    table = table_of(done)
    assert table["price"] == ("mul", "715", "1")
    assert {n: table[n][2] for n in ("apple", "apple_num", "orange", "orange_num", "tax")} == \
        {"apple": "2.2", "apple_num": "110", "orange": "3.3", "orange_num": "165", "tax": "650"}


def test_apple_orange_json_has_the_books_numbers():
    nodes = nodes_of(run("--graph", "apple-orange", "--json"))
    assert int(nodes["price"]["value"]) == 715
    grads = [nodes[n]["grad"] for n in ("apple_num", "apple", "orange", "orange_num", "tax")]
    assert grads == pytest.approx([110, 2.2, 3.3, 165, 650])


def test_set_inputs_re_propagate():
    nodes = nodes_of(run("--graph", "apple-orange", "--set", "apple=150", "--set", "tax = 1", "--json"))
    assert nodes["price"]["value"] == 750 and nodes["apple_num"]["grad"] == 150 and nodes["tax"]["grad"] == 750


def test_sigmoid_graph_and_the_single_node_agree():
    nodes = nodes_of(run("--graph", "sigmoid", "--set", "x=-2", "--json"))
    y = 1 / (1 + np.exp(2.0))
    assert nodes["x"]["value"] == -2 and nodes["x_single"]["value"] == -2  # tied
    assert nodes["x"]["grad"] == pytest.approx(y * (1 - y), abs=1e-12)
    assert nodes["x"]["grad"] == pytest.approx(nodes["x_single"]["grad"], abs=1e-12)


def test_arrays_print_shape_and_summary():
    nodes = nodes_of(run("--graph", "affine", "--set", "B=[0, 0, 0]", "--json"))
    assert nodes["B"]["grad"] == {"shape": [3], "dtype": "float64", "min": 5.0, "mean": 7.0, "max": 9.0}
    assert nodes["Y"]["value"]["shape"] == [2, 3] and nodes["Y"]["value"]["max"] == 10.0
    done = run("--graph", "affine")
    assert "(2, 3) min 1 mean 3.5 max 6" in done.stdout  # dY


def test_two_layer_net_grads_match_the_net():
    done = run("--graph", "two-layer-net", "--samples", "2", "--seed", "4", "--json")
    nodes = nodes_of(done)
    dataset = load_dataset()
    net = TwoLayerNet(784, 50, 10, seed=4)
    grads = net.gradient(dataset.x_test[:2], dataset.t_test[:2])
    for key in ("W1", "b1", "W2", "b2"):
        summary = nodes[key]["grad"]
        assert summary["shape"] == list(grads[key].shape)
        assert [summary["min"], summary["mean"], summary["max"]] == \
            [float(grads[key].min()), float(grads[key].mean()), float(grads[key].max())]
    assert nodes["L"]["value"] == pytest.approx(net.last_loss) and nodes["t"]["grad"] is None


def test_list_graphs():
    done = run("--list-graphs")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(GRAPH_PRESETS)
    assert all(len(line.split()) > 3 for line in lines)  # each with a description


@pytest.mark.parametrize("args, words", [
    (["--graph", "pear"], ["pear", "apple-orange"]),
    (["--graph", "apple", "--set", "pear=1"], ["pear", "apple_num"]),
    (["--graph", "apple", "--set", "price=1"], ["price", "not an input"]),
    (["--graph", "apple", "--set", "apple=lots"], ["lots"]),
    (["--graph", "apple", "--set", "apple"], ["INPUT=VALUE"]),
    (["--graph", "affine", "--set", "B=[1, 2]"], ["shape"]),
    (["--set", "x=1"], ["--graph"]),
])
def test_bad_graph_input_or_value_exits_2_with_a_message(args, words):
    done = run(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stdout == ""
    for word in words:
        assert word in done.stderr
