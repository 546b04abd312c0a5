"""Fixtures for the window tests: a real MainWindow on real MNIST."""
import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from engine import TrainConfig, load_dataset
from gui.app import make_app
from gui.main_window import MainWindow
from gui.train.run_controller import RunController
from gui.settings import Settings


@pytest.fixture(autouse=True)
def _deleted_with_their_test():
    """The widgets a test made go at its end, after its fixtures' shutdowns.

    pytest-qt closes them and calls deleteLater, but a deferred delete posted outside any event loop
    waits for a later qWait: the widgets of several tests would otherwise live on (their timers
    firing, their threads wired) and be destroyed in whichever later test next waits.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # And their Python wrappers' reference cycles go now, while no worker thread runs, rather than
    # whenever the cycle collector next runs in a later test: a CI run (2026-12-02) crashed in the
    # collector mid-test, with a data-loading thread busy. Not reproduced in 8 runs of that file;
    # this leaves the collector less Qt garbage to meet at a bad moment (~15 s on the GUI tests).
    gc.collect()


@pytest.fixture(scope="session")
def dataset():
    """The bundled MNIST, loaded once (its arrays are read-only, so sharing is safe)."""
    return load_dataset()


@pytest.fixture
def controller(dataset):
    """A real RunController on MNIST, with the default 784-50-10 ReLU net."""
    c = RunController()
    c.set_dataset(dataset)
    yield c
    c.shutdown()


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    """make_window(config=None) -> a shown MainWindow whose data has loaded."""
    make_app()
    windows = []

    def make(config=None, settings_=None):
        window = MainWindow(settings=settings_ or settings, config=config or TrainConfig())
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.datasetReady, timeout=60_000):
            window.load_data()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.lazy_pages["gradcheck"].is_built:  # (reading window.gradcheck would build it)
            window.gradcheck.shutdown()
        window.controller.shutdown()
