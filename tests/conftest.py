"""Test set-up shared by the engine and GUI suites."""
import atexit
import os
import shutil
import tempfile

import pytest

# Before numpy or Qt load: one BLAS thread (as main.py runs the app) and no screen.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The data cache and Qt's settings go to a fresh folder, not the user's home:
# a test run starts from nothing the machine happens to have. The CLI tests'
# subprocesses inherit it. It is removed when the run ends (it holds a 53 MB
# MNIST cache entry), and so is every test's tmp_path, kept under it.
_HOME = tempfile.mkdtemp(prefix="backprop-lab-tests-")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")  # the Exercises tab's saved code and progress


def _remove_home():
    shutil.rmtree(_HOME, ignore_errors=True)


atexit.register(_remove_home)  # also after anything written at interpreter exit


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    # Before pytest's own tmpdir plugin reads it: tmp_path folders live in _HOME
    # instead of /tmp/pytest-of-<user>, so they go when the run ends.
    if config.option.basetemp is None:
        config.option.basetemp = os.path.join(_HOME, "pytest")


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    _remove_home()
