"""The window's tabs: which page each holds, which are built at start, and how a later one is joined in.

The Training tab (the first screen), Lessons and Compare runs (they keep the
runs and the lessons' state from the start) are built with the window. Every
other page is a ``LazyPage``: built, and its module imported, the first time its
tab is shown or the window's attribute is read (``window.inside``). Then
``connect_page`` joins it to the window and the other tabs, and brings it up to
date with what happened before it existed (the data set, the network, the
planted bug, the architecture note); it reads the rest from the run controller
itself. ``PageAttribute`` is the window's attribute that builds on first read,
so links between tabs, menus, sessions and tests reach a page whether or not
the user has opened it yet.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .lazy_page import LazyPage

__all__ = ["LAZY_PAGES", "TAB_TITLES", "PageAttribute", "connect_page", "make_lazy_pages"]

TAB_TITLES = (  # (the window's attribute for the page, title); translated in MainWindow.retranslate()
    ("plots", QT_TRANSLATE_NOOP("MainWindow", "Training")),
    ("gradcheck", QT_TRANSLATE_NOOP("MainWindow", "Gradient check")),
    ("draw_tab", QT_TRANSLATE_NOOP("MainWindow", "Draw")),
    ("inside", QT_TRANSLATE_NOOP("MainWindow", "Inside the network")),
    ("graph", QT_TRANSLATE_NOOP("MainWindow", "Computational graph")),
    ("one_step", QT_TRANSLATE_NOOP("MainWindow", "One step, explained")),
    ("health", QT_TRANSLATE_NOOP("MainWindow", "Layer health")),
    ("lessons", QT_TRANSLATE_NOOP("MainWindow", "Lessons")),
    ("runs_table", QT_TRANSLATE_NOOP("MainWindow", "Compare runs")),
    ("exercises", QT_TRANSLATE_NOOP("MainWindow", "Exercises")),
)


# Each page's maker, its module imported only then (the imports are a good part of a page's cost).
def _gradcheck(controller):
    from .gradcheck.panel import GradCheckPanel
    return GradCheckPanel(controller)


def _draw_tab(controller):
    from .draw.tab import DrawTab
    return DrawTab(controller)


def _inside(controller):
    from .inside.view import InsideView
    return InsideView(controller)


def _graph(controller):
    from .graph.tab import GraphTab
    return GraphTab(controller)


def _one_step(controller):
    from .one_step.view import OneStepView
    return OneStepView(controller)


def _health(controller):
    from .health.view import HealthView
    return HealthView(controller)


def _exercises(_controller):
    from .exercises.tab import ExercisesTab
    return ExercisesTab()


LAZY_PAGES = {  # the window's attribute -> (the page's objectName, known before it is built; its maker)
    "gradcheck": ("gradcheckPanel", _gradcheck), "draw_tab": ("drawTab", _draw_tab),
    "inside": ("insideView", _inside), "graph": ("graphTab", _graph), "one_step": ("oneStepView", _one_step),
    "health": ("healthView", _health), "exercises": ("exercisesTab", _exercises),
}


class PageAttribute:
    """``window.<name>``: the tab's page, built on first read."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return window.lazy_pages[self.name].page()


def make_lazy_pages(window) -> dict[str, LazyPage]:
    """One ``LazyPage`` per page of ``LAZY_PAGES``, each joined to ``window`` once built."""
    hosts = {}
    for name, (object_name, make) in LAZY_PAGES.items():
        host = LazyPage(name, lambda make=make: make(window.controller), object_name)
        host.built.connect(lambda page, name=name: connect_page(window, name, page))
        hosts[name] = host
    return hosts


def connect_page(window, name: str, page) -> None:
    """Join a page just built to ``window``: its theme and type size, its links, what it missed."""
    window.view_actions.style_page(page)
    c = window.controller
    if name == "gradcheck":
        page.set_bug(window.controls.bug.currentData())
        page.bugChanged.connect(
            lambda bug: window.controls.bug.setCurrentIndex(window.controls.bug.findData(bug) if bug else 0))
        window.controls.configChanged.connect(lambda: page.set_bug(window.controls.bug.currentData()))
    elif name == "draw_tab":
        page.set_pending_note(window.architecture.pending_note())
        window.architecture.pendingNoteChanged.connect(page.set_pending_note)
        window.datasetReady.connect(page.refresh_model)
    elif name == "inside":
        page.digitChosen.connect(window.show_digit_in_draw_tab)
    elif name == "graph":
        window.datasetReady.connect(page.refresh)
        c.networkReset.connect(lambda _reason: page.refresh())
        # The network graph and One step, explained are two views of one pass: each links to the other.
        page.stageRequested.connect(window.show_stage_in_one_step)
    elif name == "one_step":
        window.datasetReady.connect(page.refresh)
        page.graphRequested.connect(window.show_stage_in_graph)
