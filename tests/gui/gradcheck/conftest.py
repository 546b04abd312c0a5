"""The gradient-check panel's fixtures: a shown panel on the real controller, pyqtgraph as the app sets it."""
import pyqtgraph as pg
import pytest

from gui.gradcheck.panel import GradCheckPanel


@pytest.fixture(autouse=True)
def _pg_options():
    pg.setConfigOptions(background="w", foreground="k", antialias=True)


@pytest.fixture
def panel(qtbot, controller):
    widget = GradCheckPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    widget.shutdown()
