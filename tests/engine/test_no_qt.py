"""The engine must stay free of Qt: importing and using it loads no Qt module."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_PREFIXES = ("PySide6", "PyQt", "shiboken", "pyqtgraph")

SCRIPT = """
import json, sys
import engine
# Touch the public API (loading data and training a step), not just the import.
(x_train, t_train), (x_test, t_test) = engine.load_mnist(cache_dir=False)
config = engine.TrainConfig(steps=2, train_size=200)
net = engine.build_network(config)
for report in engine.Trainer(net, x_train, t_train, x_test, t_test, config).run():
    pass
engine.gradient_check(engine.TwoLayerNet(784, 5, 10, seed=0), x_test[:2], t_test[:2])
for name in engine.__all__:
    getattr(engine, name)
print(json.dumps(sorted(sys.modules)))
"""


def test_engine_loads_no_qt():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "engine" in modules and "engine.trainer" in modules and "numpy" in modules
    qt = [name for name in modules if name.startswith(QT_PREFIXES)]
    assert qt == []


def test_the_check_would_notice_qt():
    # Guard against a vacuous test: in this environment Qt is importable, and importing
    # it shows up under the names the test looks for.
    proc = subprocess.run([sys.executable, "-c", "import sys, PySide6.QtCore; print(sorted(sys.modules))"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "PySide6" in proc.stdout and "shiboken6" in proc.stdout
