"""`--headless --health`: the layer health table and its JSON, in a real subprocess."""
import json

from tests.test_cli import run

FIVE = "100,100,100,100,100"


def test_health_at_initialisation_prints_a_verdict_per_hidden_layer():
    done = run("--headless", "--health", "--hidden", FIVE, "--activation", "sigmoid", "--weight-init", "1")
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.startswith("Sigmoid")]
    assert [row[0] for row in rows] == [f"Sigmoid{k}" for k in range(1, 6)]
    assert [row[-1] for row in rows][1:] == ["saturated"] * 4
    assert "steps/s" not in done.stdout  # no training without --steps or --epochs


def test_health_after_training_as_json():
    done = run("--headless", "--health", "--hidden", "100,100", "--weight-init", "he", "--steps", "50", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["steps"] == 50 and summary["status"] == "done"
    layers = summary["health"]["layers"]
    assert [layer["name"] for layer in layers] == ["Relu1", "Relu2"]
    for layer in layers:
        assert {"name", "activation", "saturated", "dead", "grad_norm", "update_ratio", "verdict",
                "hist_counts", "hist_edges"} <= set(layer)
        assert layer["activation"] == "relu" and layer["saturated"] is None and 0 <= layer["dead"] <= 1
        assert layer["verdict"] == "healthy"
        assert sum(layer["hist_counts"]) == 1000 * 100
