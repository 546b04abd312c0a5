"""The View menu's actions: presentation mode, the settings column, colour theme and interface language.

``ViewActions`` works through a small interface, ``ViewHost`` (the main
window is one): the settings, the run controller's state and the lesson
runner (no language switch while they train), and the panels it restyles.
Its Qt parent, the window, goes full screen in presentation mode.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from .actions import make_action, set_action_text
from .common.fonts import scale_pixel_fonts
from .common.run_state import IDLE
from .i18n import LANGUAGES, SETTING_KEY, current_language, flush_language_change, install_language
from .theme import PRESENTATION_SCALE, THEMES, apply_plot_theme, apply_theme, scale_app_font

if TYPE_CHECKING:
    from .classroom.lessons import LessonRunner
    from .settings import Settings
    from .train.controls import ControlsPanel
    from .train.plots import TrainingPlots
    from .train.run_controller import RunController
    from .window_layout import PageTabs

__all__ = ["ViewActions", "ViewHost", "saved_theme"]
THEME_KEY = "view/theme"


def saved_theme(settings) -> str:
    """The theme of the last session ('light' or 'dark'; 'light' when none or unknown)."""
    theme = settings.value(THEME_KEY, "light")
    return theme if theme in ("light", "dark") else "light"


class ViewHost(Protocol):
    """What the View menu's actions use of the window, and nothing else."""

    settings: Settings  # remembers the theme and the language
    controller: RunController  # its state: the language switches only while idle
    lesson_runner: LessonRunner  # ... and while no lesson's series is running
    plots: TrainingPlots  # restyled and rescaled, like every tab
    tabs: PageTabs  # its built_pages(): the pages there are (the others are styled when built)
    controls: ControlsPanel  # advanced controls hidden in presentation mode
    controls_scroll: QWidget  # the settings column, which the View menu hides and shows


class ViewActions(QObject):
    """Presentation mode, light and dark themes, and the language of the interface."""

    def __init__(self, host: ViewHost, parent: QWidget):
        """``parent``: the window: it owns the actions (their shortcuts), goes full screen, has the plots."""
        super().__init__(parent)
        self._host = host
        self._window = parent
        self._theme = "light"
        self._before = None  # (geometry, splitter sizes) of the window before presentation mode

        def action(*args):
            return make_action(parent, *args)

        self.presentation_action = action("actionPresentation", self.set_presentation, Qt.Key.Key_F11)
        self.presentation_action.setCheckable(True)
        # A projector's 1024 px leaves the tabs little room beside the settings: a teacher
        # showing the Draw tab or a graph can give the tabs the whole width.
        self.side_column_action = action("actionSettingsColumn", self.set_side_column_visible, Qt.Key.Key_F9)
        self.side_column_action.setCheckable(True)
        self.side_column_action.setChecked(True)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for key in ("light", "dark"):
            theme_action = action(f"actionTheme{key.title()}", lambda _=False, k=key: self.set_theme(k))
            theme_action.setCheckable(True)
            self.theme_group.addAction(theme_action)
            self.theme_actions[key] = theme_action
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            # Each language is named in itself, so a learner can find their own in any language.
            language_action = action(f"actionLanguage{code.title()}", lambda _=False, c=code: self.set_language(c))
            language_action.setText(name)
            language_action.setCheckable(True)
            self.language_group.addAction(language_action)
            self.language_actions[code] = language_action
        self.language_actions.get(current_language(), self.language_actions["en"]).setChecked(True)

    def retranslate(self):
        a = set_action_text
        a(self.presentation_action, self.tr("Presentation mode"),
          self.tr("Full screen, large type and thick lines, high contrast, advanced controls hidden: "
                  "for a projector"))
        a(self.side_column_action, self.tr("Settings column"),
          self.tr("Show or hide the network and training settings on the left, to give the tabs the whole width"))
        a(self.theme_actions["light"], self.tr("Light theme"), self.tr("Use the light colour theme"))
        a(self.theme_actions["dark"], self.tr("Dark theme"), self.tr("Use the dark colour theme"))
        self.update_language_actions()

    # -- language -----------------------------------------------------------------
    def _language_switch_allowed(self) -> bool:
        return self._host.controller.state == IDLE and not self._host.lesson_runner.running

    def update_language_actions(self):
        allowed = self._language_switch_allowed()
        for code, action in self.language_actions.items():
            action.setEnabled(allowed)
            if allowed:
                tip = self.tr("Show the interface in {0}").format(LANGUAGES[code])
            else:
                tip = self.tr("Stop training to switch the language")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def set_language(self, code: str) -> bool:
        """Switch the interface to ``code`` ('en', 'ko', 'ja') and remember it; only while no run trains.

        Every widget re-sets its texts on the LanguageChange that follows; the
        network, the curves and the rest of the window stay as they are.
        """
        if code not in LANGUAGES or not self._language_switch_allowed():
            self.language_actions[current_language()].setChecked(True)
            return False
        ok = install_language(QApplication.instance(), code)
        self._host.settings.set_value(SETTING_KEY, current_language())
        self.language_actions[current_language()].setChecked(True)
        flush_language_change()  # every widget retranslates now, not at the next event-loop turn
        return ok

    # -- theme and presentation -----------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation_action.isChecked()

    def restore_theme(self, applied: bool = False):
        """Use the theme of the last session (setting ``view/theme``) and its settings column.

        ``applied``: the window was built in it (its palette and style were the application's
        before the first widget): only the plots' colours are set, not every widget restyled again.
        """
        theme = saved_theme(self._host.settings)
        self.set_side_column_visible(self._host.settings.value("view/settings_column", "true") != "false")
        if not applied:
            self.set_theme(theme)
            return
        self._theme = theme
        self.theme_actions[theme].setChecked(True)
        apply_plot_theme(self._window, THEMES[theme])

    def _current(self):
        """(the theme, the font scale) that the view options ask for."""
        if self.presenting:
            return THEMES["contrast"], PRESENTATION_SCALE
        return THEMES[self._theme], 1.0

    def set_side_column_visible(self, visible: bool) -> None:
        """Show or hide the settings column (F9); remembered for the next start."""
        visible = bool(visible)
        self.side_column_action.setChecked(visible)
        self._host.controls_scroll.setVisible(visible)
        self._host.settings.set_value("view/settings_column", "true" if visible else "false")

    def _restyle(self):
        """Apply the theme and scale that the view options ask for."""
        host = self._host
        app = QApplication.instance()
        theme, scale = self._current()
        apply_theme(app, theme)
        scale_app_font(app, scale)
        for panel in [host.plots] + host.tabs.built_pages():
            self._scale_page(panel, scale)
        apply_plot_theme(self._window, theme)
        host.controls.set_advanced_visible(not self.presenting)

    @staticmethod
    def _scale_page(panel, scale: float):
        if hasattr(panel, "set_font_scale"):
            panel.set_font_scale(scale)
        else:
            scale_pixel_fonts(panel, scale)  # the Draw tab: its type in pixels, grown too

    def style_page(self, page: QWidget):
        """A tab's page built after the window (``LazyPage``): the type size and plot colours of now.

        Its palette and texts it took when made; a page at the normal size keeps the fonts it was built with.
        """
        theme, scale = self._current()
        if scale != 1.0:
            self._scale_page(page, scale)
        apply_plot_theme(page, theme)

    def set_theme(self, key: str):
        self._theme = key
        self.theme_actions[key].setChecked(True)
        self._host.settings.set_value(THEME_KEY, key)
        self._restyle()

    def set_presentation(self, on: bool):
        """Presentation mode: full screen, fonts and lines x1.6, high contrast.

        Leaving it gives back the window exactly as it was: its geometry, the
        sizes of every splitter, and every panel's fonts.
        """
        window = self._window
        on = bool(on)
        if on and self._before is None:
            # geometry(), not saveGeometry(): restoreGeometry() trims a window as wide as the
            # screen by the frame's width, so the window came back narrower each time.
            self._before = (window.geometry(), window.isMaximized(),
                            [(splitter, splitter.sizes()) for splitter in window.findChildren(QSplitter)])
        self.presentation_action.setChecked(on)
        self._restyle()
        # Qt posts the app font's change to each widget; deliver it now, so the layouts have
        # their new minimum sizes before the window changes size (else it comes back wider).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        if on:
            window.showFullScreen()
            return
        if self._before is None:
            window.showNormal()
            return
        geometry, maximized, splitters = self._before
        self._before = None
        if maximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.setGeometry(geometry)
        for splitter, sizes in splitters:
            if sum(sizes):  # a splitter never shown has no sizes to give back
                splitter.setSizes(sizes)
