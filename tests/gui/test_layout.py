"""The window's layout on small screens and in and out of presentation mode (issue 15, items 4 and 5).

The offscreen platform's screen (800 px wide) is smaller than a 1024x768
projector, so what fits here fits there.
"""
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QSplitter, QWidget


def fonts(window):
    """Every widget's font, by widget."""
    return {w: (w.font().pointSizeF(), w.font().pixelSize(), w.font().bold()) for w in window.findChildren(QWidget)}


def controls_layout(window):
    """Where each visible widget of the left panel is."""
    return {w: w.geometry() for w in window.controls.findChildren(QWidget) if w.isVisible()}


def free_area(window):
    return window.screen().availableGeometry()


def test_leaving_presentation_mode_gives_back_the_exact_layout(qtbot, make_window, monkeypatch):
    import gui.window_layout
    monkeypatch.setattr(gui.window_layout, "SIDE_COLUMN_SHARE", 0.9)  # as on a wide screen: the column's own width
    window = make_window()
    for i in range(window.tabs.count()):  # every tab shown once, so its splitters have sizes
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    window.tabs.setCurrentWidget(window.gradcheck)
    window.resize(700, 560)
    QApplication.processEvents()
    splitter = window.plots.findChild(QSplitter)
    splitter.setSizes([100, 300])
    before_geometry, before_fonts = window.geometry(), fonts(window)
    before_controls = controls_layout(window)
    before_column = window.controls_scroll.width()
    before_splitters = {s: s.sizes() for s in window.findChildren(QSplitter)}

    window.view_actions.presentation_action.trigger()  # F11
    QApplication.processEvents()
    assert window.view_actions.presenting
    assert window.gradcheck.readout.summary.font().pointSizeF() > before_fonts[window.gradcheck.readout.summary][0]
    window.view_actions.presentation_action.trigger()  # F11 again
    QApplication.processEvents()

    assert window.geometry() == before_geometry
    after = fonts(window)
    changed = [(w.objectName() or type(w).__name__, before_fonts[w], after[w]) for w in before_fonts
               if after.get(w) != before_fonts[w]]
    assert changed == []  # gradient-check results, lessons, compare: all back to their size
    assert {s: s.sizes() for s in window.findChildren(QSplitter)} == before_splitters
    QApplication.processEvents()
    moved = [(w.objectName() or type(w).__name__, before_controls[w], g) for w, g in controls_layout(window).items()
             if before_controls.get(w) != g]
    assert window.controls_scroll.width() == before_column
    assert moved == []  # the left panel is laid out as before (combo boxes had kept their large minimum size)


def test_the_window_fits_a_small_screen_in_both_modes(qtbot, make_window):
    window = make_window()
    free = free_area(window)
    assert free.width() <= 1024  # the test means something only on a small screen
    assert window.width() <= free.width() and window.height() <= free.height()
    for presenting in (False, True):
        window.set_presentation(presenting)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= free.width(), presenting
        assert window.minimumSizeHint().height() <= free.height(), presenting
    window.set_presentation(False)


def test_in_presentation_mode_nothing_is_cut_off(qtbot, make_window):
    window = make_window()
    window.set_presentation(True)
    QApplication.processEvents()
    window.resize(free_area(window).size())  # the offscreen platform has no real full screen
    QApplication.processEvents()
    inside = window.rect()
    # The status bar's read-outs and the run bar lie within the window.
    for widget in [window.statusBar(), window.status, window.run_bar, window.tabs]:
        if widget.isVisible():
            top_left = widget.mapTo(window, QPoint(0, 0))
            assert inside.contains(QRect(top_left, widget.size())), widget.objectName()
    # Every tab is reachable: the tab bar fits, or scrolls with its arrows.
    bar = window.tabs.tabBar()
    assert bar.width() <= window.tabs.width() and (bar.usesScrollButtons() or bar.sizeHint().width() <= bar.width())
    # Every page gets at least the size it needs (it scrolls when the window is smaller).
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        page = window.tabs.widget(i)

        def fits(page=page):
            need = page.minimumSizeHint()
            return page.width() >= need.width() and page.height() >= need.height()
        # A page that rearranges itself for its width (Draw, Gradient check) settles over a few turns.
        qtbot.waitUntil(fits, timeout=3_000)
    window.set_presentation(False)


def test_f9_gives_the_tabs_the_whole_width_and_is_remembered(qtbot, make_window, settings):
    window = make_window()
    window.resize(1000, 700)
    QApplication.processEvents()
    with_column = window.tabs.width()
    assert window.controls_scroll.isVisible() and window.view_actions.side_column_action.isChecked()
    window.view_actions.side_column_action.trigger()  # F9
    QApplication.processEvents()
    assert not window.controls_scroll.isVisible()
    assert window.tabs.width() >= with_column + window.controls_scroll.width() - 20
    window.tabs.setCurrentWidget(window.draw_tab)  # the tab that needed the room at 1024 px
    QApplication.processEvents()
    assert window.draw_tab.arrangement in ("wide", "stacked")
    again = make_window(settings_=settings)  # the next start
    assert not again.controls_scroll.isVisible() and not again.view_actions.side_column_action.isChecked()
    again.view_actions.side_column_action.trigger()
    QApplication.processEvents()
    assert again.controls_scroll.isVisible() and settings.value("view/settings_column") == "true"


def test_tabs_built_when_first_shown_still_fit_their_width(qtbot, make_window):
    # A page built late sits in a holder inside its scroll area: it must still find the scroll
    # area's width, or the Draw tab, the gradient check and the graph scroll sideways.
    window = make_window()
    window.resize(900, 700)  # beside the settings column: too narrow for the Draw tab's widest layout
    QApplication.processEvents()
    for page in (window.draw_tab, window.gradcheck, window.graph):
        window.tabs.setCurrentWidget(page)
        viewport = window.tabs.scroll_area(window.tabs.indexOf(page)).viewport()
        qtbot.waitUntil(lambda: page.minimumSizeHint().width() <= viewport.width(), timeout=3_000)
    assert window.draw_tab.arrangement != "wide"
