"""The window's menu bar: File, Run, View, Settings and Help, built from the actions' owners.

The actions live with what they do (``file_actions``, ``run_actions``,
``view_actions`` and the window's own Quit, Restore defaults, Getting started
and About); this module only arranges them in menus and names the menus in the
user's language (in the ``MainWindow`` context, where their translations are).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["WindowMenus"]


class WindowMenus:
    """The menus of ``window`` (a MainWindow whose action owners exist); their titles in ``retranslate``."""

    def __init__(self, window):
        menu = window.menuBar()
        f, v = window.file_actions, window.view_actions
        self.file_menu = self._menu(menu, "menuFile")
        self.file_menu.addActions([f.save_action, f.load_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([f.save_session_action, f.open_session_action])
        self.file_menu.addSeparator()
        self.data_menu = self._menu(self.file_menu, "menuDataSet")
        self.data_menu.addActions([f.mnist_action, f.fashion_action, f.open_data_action])
        self.export_menu = self._menu(self.file_menu, "menuExport")
        self.export_menu.addActions([f.export_loss_action, f.export_accuracy_action, f.export_csv_action])
        self.export_menu.addSeparator()
        self.export_menu.addAction(f.light_export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(window.quit_action)
        self.run_menu = self._menu(menu, "menuRun")
        self.run_menu.addActions(list(window.run_actions.actions))
        self.view_menu = self._menu(menu, "menuView")
        self.view_menu.addActions([v.presentation_action, v.side_column_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(list(v.theme_actions.values()))
        self.view_menu.addSeparator()
        self.language_menu = self._menu(self.view_menu, "menuLanguage")
        self.language_menu.addActions(list(v.language_actions.values()))
        self.settings_menu = self._menu(menu, "menuSettings")
        self.settings_menu.addAction(window.defaults_action)
        self.help_menu = self._menu(menu, "menuHelp")
        self.help_menu.addActions([window.guide_action, window.about_action])

    @staticmethod
    def _menu(parent, name):
        menu = parent.addMenu("")
        menu.setObjectName(name)
        return menu

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.data_menu.setTitle(QCoreApplication.translate("MainWindow", "&Data set"))
        self.export_menu.setTitle(QCoreApplication.translate("MainWindow", "&Export"))
        self.run_menu.setTitle(QCoreApplication.translate("MainWindow", "&Run"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.settings_menu.setTitle(QCoreApplication.translate("MainWindow", "&Settings"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
