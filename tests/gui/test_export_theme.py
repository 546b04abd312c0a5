"""Exported plots from the dark theme: on a light background when File › Export offers it (issue 15, item 25)."""
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from gui.common.palette import DARK, LIGHT


def corner_lightness(path):
    image = QImage(str(path))
    assert not image.isNull()
    return QColor(image.pixel(3, 3)).lightness()


def test_a_plot_exported_from_the_dark_theme_is_light_and_the_screen_stays_dark(make_window, tmp_path):
    window = make_window()
    window.resize(1280, 800)
    window.view_actions.set_theme("dark")
    QApplication.processEvents()
    plots = window.plots
    try:
        assert window.file_actions.light_export_action in window.export_menu.actions()
        assert window.file_actions.light_export_action.isChecked()  # offered, and on by default
        window.file_actions.export_plot(plots.loss_plot, tmp_path / "loss.png")
        assert corner_lightness(tmp_path / "loss.png") > 200
        # The screen is as it was: dark background, the dark theme's curve colours.
        assert plots.loss_plot.backgroundBrush().color().lightness() < 80
        assert plots.smoothed_curve.opts["pen"].color().name().lower() == DARK.accent.lower()

        window.file_actions.light_export_action.trigger()  # off: the export looks like the screen
        assert window.settings.value("export/light_background") == "false"
        window.file_actions.export_plot(plots.loss_plot, tmp_path / "dark.png")
        assert corner_lightness(tmp_path / "dark.png") < 80
    finally:
        window.view_actions.set_theme("light")
        QApplication.processEvents()
    # In the light theme nothing changes either way.
    window.file_actions.export_plot(plots.accuracy_plot, tmp_path / "light.png")
    assert corner_lightness(tmp_path / "light.png") > 200
    assert plots.smoothed_curve.opts["pen"].color().name().lower() == LIGHT.accent.lower()
