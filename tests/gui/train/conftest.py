"""Fixtures for the training plots' tests."""
import pyqtgraph as pg
import pytest

from gui.train.plots import TrainingPlots


@pytest.fixture(autouse=True)
def _pg_options():
    # As gui/app.py sets them for the app.
    pg.setConfigOptions(background="w", foreground="k", antialias=True)


@pytest.fixture
def plots(qtbot):
    """A shown TrainingPlots, 1000x700."""
    widget = TrainingPlots()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget
