"""The house's rules, checked over the whole tree.

Dependency direction: ``main.py -> gui shell -> gui features -> gui/common -> engine``,
never back. The GUI names only what the engine exports from ``engine/__init__.py``;
the engine imports no Qt; a feature package imports neither the shell nor another
feature; no import cycles; no product module over 450 lines.
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
MAX_LINES = 450
# The shell: every module directly in gui/ (app, main_window, menus' actions, export, settings, ...).
SHELL = {f"gui.{p.stem}" for p in GUI.glob("*.py") if p.stem != "__init__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path, names: bool = True):
    """Absolute names of the modules ``path`` imports (relative imports resolved);
    with ``names``, also ``module.name`` for each name of a from-import (it may be a submodule)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            yield base
            if names:
                yield from (f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def _product_files():
    return sorted([*ROOT.joinpath("engine").rglob("*.py"), *GUI.rglob("*.py"), ROOT / "main.py"])


def _feature(module: str) -> str | None:
    """'gui.draw.tab' -> 'draw'; None for the shell and gui.common."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "gui" and (GUI / parts[1]).is_dir() and parts[1] != "common":
        return parts[1]
    return None


def test_gui_imports_engine_only_through_its_package():
    offenders = [(_module_name(p), m) for p in sorted(GUI.rglob("*.py"))
                 for m in _imports(p, names=False) if m.startswith("engine.")]
    assert offenders == []


def test_engine_never_imports_gui_or_qt():
    offenders = [(_module_name(p), m) for p in sorted((ROOT / "engine").rglob("*.py")) for m in _imports(p)
                 if m.split(".")[0] in ("gui", "main", "PySide6", "pyqtgraph", "shiboken6")]
    assert offenders == []


def test_features_import_neither_the_shell_nor_each_other():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        me = _module_name(path)
        mine = _feature(me)
        common = me.startswith("gui.common")
        if mine is None and not common:
            continue  # the shell may compose anything
        for target in _imports(path):
            if not target.startswith("gui"):
                continue
            other = _feature(target)
            if any(target == s or target.startswith(s + ".") for s in SHELL):
                offenders.append((me, target, "imports the shell"))
            elif other is not None and other != mine:
                offenders.append((me, target, "imports another feature" if mine else "common imports a feature"))
    assert offenders == []


def test_there_are_feature_packages_and_a_common_one():
    packages = {p.parent.name for p in GUI.rglob("__init__.py") if p.parent != GUI}
    assert {"common", "train", "gradcheck", "draw", "inside", "one_step", "classroom"} <= packages


def test_no_import_cycles():
    modules = {_module_name(p): p for p in _product_files()}

    def resolve(name):
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = {m: {t for t in map(resolve, _imports(p)) if t and t != m} for m, p in modules.items()}
    # A package's __init__ re-exporting its children is not a design cycle.
    inits = {m for m, p in modules.items() if p.name == "__init__.py"}
    graph = {m: {t for t in targets if t not in inits} for m, targets in graph.items() if m not in inits}
    state, cycles = {}, []

    def visit(node, trail):
        state[node] = "open"
        for nxt in graph.get(node, ()):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_product_module_over_the_limit():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in _product_files()}
    assert {path: n for path, n in sizes.items() if n > MAX_LINES} == {}
