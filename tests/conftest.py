"""Test set-up shared by the engine and GUI suites."""
import os
import tempfile

# Before numpy or Qt load: one BLAS thread (as main.py runs the app) and no screen.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The data cache and Qt's settings go to a fresh folder, not the user's home:
# a test run starts from nothing the machine happens to have.
_HOME = tempfile.mkdtemp(prefix="backprop-lab-tests-")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
