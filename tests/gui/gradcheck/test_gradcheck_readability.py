"""The gradient-check panel read from the back of a room: contrast in both themes, labels that fit,
the verdict in sight at presentation size."""
import pytest

from gui.gradcheck.views import HEAT_RANGE, W1Heatmap
from tests.gui.gradcheck.helpers import pick_bug, run


def contrast(fg, bg) -> float:
    """WCAG contrast ratio of two colours."""
    from PySide6.QtGui import QColor

    def lum(c):
        c = QColor(c)
        ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_follow_the_theme(qtbot, panel):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from gui.common.palette import DARK, LIGHT, VERDICT_FILLS
    from gui.theme import THEMES, apply_theme

    run(qtbot, panel)
    summary, context = panel.readout.summary, panel.readout.context
    assert LIGHT.good in summary.styleSheet() and LIGHT.muted in context.styleSheet()
    apply_theme(QApplication.instance(), THEMES["dark"])
    try:  # the new palette reaches the widgets from the event loop
        qtbot.waitUntil(lambda: DARK.good in summary.styleSheet() and DARK.muted in context.styleSheet())
        panel.set_bug("sigmoid-uses-input")  # cannot be planted in this ReLU net: the hint shows
        assert DARK.warn in panel.options.bug_hint.styleSheet()
        assert VERDICT_FILLS["wrong"][1] in panel.options.banner.styleSheet()  # the same fill on either theme
        panel.set_bug("relu-no-mask")
        run(qtbot, panel)
        # Issue 15, item 18: the headline, the grey "Checked:" line and the chart's labels read on dark.
        window = panel.palette().color(QPalette.ColorRole.Window).name()
        assert DARK.bad in summary.styleSheet() and contrast(DARK.bad, window) >= 4.5
        assert contrast(DARK.muted, window) >= 4.5
        assert all(contrast(t.color.name(), window) >= 4.5 for t in panel.chart._texts)
        qtbot.waitUntil(lambda: panel.heatmap.bar.getAxis("bottom").textPen().color().name() == DARK.text.lower())
        assert contrast(DARK.text, THEMES["dark"].plot_background) >= 4.5
    finally:
        apply_theme(QApplication.instance(), THEMES["light"])
    qtbot.waitUntil(lambda: LIGHT.bad in summary.styleSheet())


# ------------------------------------------------ geometry (issue 15, items 19 and 20)

def test_value_labels_of_wrong_bars_stay_under_the_title(qtbot, panel):
    panel.resize(1000, 640)
    panel.show()
    pick_bug(qtbot, panel, "softmax-sign-flipped")
    result = run(qtbot, panel)
    assert max(r.rel_error_after for r in result.rows) > 0.5  # bars near the top
    chart = panel.chart
    for scale in (1.0, 1.6):
        chart.set_font_scale(scale)
        chart.resize(500, 260)

        def under_the_title():
            top = chart.getPlotItem().vb.sceneBoundingRect().top()
            shown = [t for t in chart._texts if t.isVisible()]
            return all(t.sceneBoundingRect().top() >= top - 1 for t in shown)

        qtbot.waitUntil(under_the_title, timeout=3000)
        if scale == 1.0:
            assert any(t.isVisible() for t in chart._texts)  # the values are shown at this size


@pytest.mark.parametrize("scale, width", [(1.0, 300), (1.6, 300), (1.6, 180), (2.0, 140), (1.0, 600)])
def test_colour_bar_labels_never_overlap(qtbot, scale, width):
    heat = W1Heatmap()
    qtbot.addWidget(heat)
    heat.set_font_scale(scale)
    heat.resize(width, 400)
    heat.show()
    qtbot.wait(30)
    step = heat.bar_tick_step()
    labels = [t for t, text in heat.bar.getAxis("bottom")._tickLevels[0] if text] \
        if hasattr(heat.bar.getAxis("bottom"), "_tickLevels") and heat.bar.getAxis("bottom")._tickLevels else None
    from PySide6.QtGui import QFontMetrics

    from gui.gradcheck.heatmap import tick_font

    label_width = QFontMetrics(tick_font(scale)).horizontalAdvance("1e-15")
    n = int((HEAT_RANGE[1] - HEAT_RANGE[0] - 2) // step) + 1
    pixels_per_decade = heat.bar.vb.width() / (HEAT_RANGE[1] - HEAT_RANGE[0])
    assert step == 12 or step * pixels_per_decade >= label_width * 1.2, (step, pixels_per_decade, label_width)
    assert n >= 2 and labels is None or len(labels) == n


def test_headers_and_bug_titles_are_not_cut(qtbot, panel):
    from PySide6.QtGui import QFontMetrics

    panel.resize(1000, 700)
    panel.show()
    run(qtbot, panel)
    table = panel.table
    header = table.horizontalHeader()
    fm = QFontMetrics(header.font())
    for col in range(table.columnCount()):
        widest = max(fm.horizontalAdvance(line) for line in table.horizontalHeaderItem(col).text().split("\n"))
        assert header.sectionSize(col) >= widest, table.horizontalHeaderItem(col).text()
    combo = panel.options.bug_combo
    fm = QFontMetrics(combo.font())
    for i in range(combo.count()):
        assert combo.sizeHint().width() >= fm.horizontalAdvance(combo.itemText(i)) + 16, combo.itemText(i)
    assert combo.width() >= combo.sizeHint().width()


def test_the_verdict_stays_in_sight_at_presentation_size(qtbot, panel):
    # Issue 15, item 19: at 1.6x on a 1024-wide projector the verdict column was off screen.
    bigger = panel.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6)
    panel.setFont(bigger)  # what presentation mode does to the application font
    panel.set_font_scale(1.6)
    panel.resize(1024, 700)
    panel.show()
    run(qtbot, panel)
    qtbot.wait(50)
    t = panel.table
    right = t.columnViewportPosition(1) + t.columnWidth(1)
    visible = t.viewport().mapTo(panel, t.viewport().rect().topLeft()).x() + right
    assert right <= t.viewport().width() and visible <= panel.width()
