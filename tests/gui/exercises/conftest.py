"""Fixtures for the Exercises tab's tests."""
import pytest

from engine import isolation


@pytest.fixture
def child_processes(monkeypatch) -> list:
    """The real child processes (subprocess.Popen) that grading and training start from now on,
    kept to look at after the run."""
    children, start_child = [], isolation._start_child
    monkeypatch.setattr(isolation, "_start_child", lambda *a: children.append(start_child(*a)) or children[-1])
    return children
