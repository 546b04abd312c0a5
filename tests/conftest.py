"""Test set-up shared by the engine and GUI suites."""
import os

# Before numpy or Qt load: one BLAS thread (as main.py runs the app) and no screen.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
