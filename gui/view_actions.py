"""The View menu's actions: presentation mode, colour theme and interface language.

``ViewActions`` is a child of the main window and reaches it through a narrow
interface: its ``settings``, ``controller``, ``lesson_runner``, ``plots``,
``tabs``, ``controls`` and ``model_label``, and its helpers ``_action`` and
``_set_action_text``.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication

from .i18n import LANGUAGES, SETTING_KEY, current_language, flush_language_change, install_language
from .common.run_state import IDLE
from .theme import PRESENTATION_SCALE, THEMES, apply_plot_theme, apply_theme, scale_app_font

__all__ = ["ViewActions"]


class ViewActions(QObject):
    """Presentation mode, light and dark themes, and the language of the interface."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._theme = "light"
        self._geometry_before = None
        action = window._action
        self.presentation_action = action("actionPresentation", self.set_presentation, Qt.Key.Key_F11)
        self.presentation_action.setCheckable(True)
        self.theme_group = QActionGroup(window)
        self.theme_actions = {}
        for key in ("light", "dark"):
            theme_action = action(f"actionTheme{key.title()}", lambda _=False, k=key: self.set_theme(k))
            theme_action.setCheckable(True)
            self.theme_group.addAction(theme_action)
            self.theme_actions[key] = theme_action
        self.language_group = QActionGroup(window)
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
        a = self._window._set_action_text
        a(self.presentation_action, self.tr("Presentation mode"),
          self.tr("Full screen, large type and thick lines, high contrast, advanced controls hidden: "
                  "for a projector"))
        a(self.theme_actions["light"], self.tr("Light theme"), self.tr("Use the light colour theme"))
        a(self.theme_actions["dark"], self.tr("Dark theme"), self.tr("Use the dark colour theme"))
        self.update_language_actions()

    # -- language -----------------------------------------------------------------
    def _language_switch_allowed(self) -> bool:
        return self._window.controller.state == IDLE and not self._window.lesson_runner.running

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
        self._window.settings.set_value(SETTING_KEY, current_language())
        self.language_actions[current_language()].setChecked(True)
        flush_language_change()  # every widget retranslates now, not at the next event-loop turn
        return ok

    # -- theme and presentation -----------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation_action.isChecked()

    def restore_theme(self):
        """Use the theme of the last session (setting ``view/theme``)."""
        theme = self._window.settings.value("view/theme", "light")
        self.set_theme(theme if theme in self.theme_actions else "light")

    def _restyle(self):
        """Apply the theme and scale that the view options ask for."""
        w = self._window
        app = QApplication.instance()
        theme = THEMES["contrast"] if self.presenting else THEMES[self._theme]
        scale = PRESENTATION_SCALE if self.presenting else 1.0
        apply_theme(app, theme)
        scale_app_font(app, scale)
        for panel in [w.plots] + [w.tabs.widget(i) for i in range(w.tabs.count())]:
            if hasattr(panel, "set_font_scale"):
                panel.set_font_scale(scale)
        apply_plot_theme(w, theme)
        w.controls.set_advanced_visible(not self.presenting)
        # At projector size the status bar has no room for both a message and the model's name.
        w.model_label.setVisible(not self.presenting)

    def set_theme(self, key: str):
        self._theme = key
        self.theme_actions[key].setChecked(True)
        self._window.settings.set_value("view/theme", key)
        self._restyle()

    def set_presentation(self, on: bool):
        """Presentation mode: full screen, fonts and lines x1.6, high contrast."""
        w = self._window
        self.presentation_action.setChecked(bool(on))
        self._restyle()
        if on:
            self._geometry_before = w.saveGeometry()
            w.showFullScreen()
        else:
            w.showNormal()
            if self._geometry_before is not None:
                w.restoreGeometry(self._geometry_before)
