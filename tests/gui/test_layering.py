"""The GUI reads the engine only through ``engine/__init__.py``.

Dependency direction: main.py -> gui -> engine, never back; and within that,
the GUI names only what the engine chooses to export, so the engine's
modules can be reorganised without touching the window.
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_gui_imports_engine_only_through_its_package():
    offenders = [(p.name, m) for p in sorted((ROOT / "gui").glob("*.py"))
                 for m in _imports(p) if m.startswith("engine.")]
    assert offenders == []


def test_engine_never_imports_gui_or_qt():
    offenders = [(p.name, m) for p in sorted((ROOT / "engine").glob("*.py")) for m in _imports(p)
                 if m.split(".")[0] in ("gui", "main", "PySide6", "pyqtgraph", "shiboken6")]
    assert offenders == []
