"""One step, explained at the window's default size: the 10-column tables keep every number on one line
(issue 15, item 7: "4.45 / 7e-0 / 6" for 4.457e-06 was unreadable)."""
import pytest
from PySide6.QtWidgets import QApplication


def table_cells(document):
    """(text, lines it was laid out on, font pixel size) of every table cell's block."""
    cells = []
    frame_iter = document.rootFrame().begin()
    while not frame_iter.atEnd():
        frame = frame_iter.currentFrame()
        if frame is not None and frame.__class__.__name__ == "QTextTable":
            table = frame
            for r in range(table.rows()):
                for c in range(table.columns()):
                    cell = table.cellAt(r, c)
                    block = cell.firstCursorPosition().block()
                    while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                        if block.text().strip():
                            fmt = block.begin().fragment().charFormat()
                            size = fmt.font().pixelSize() if fmt.font().pixelSize() > 0 else fmt.fontPointSize()
                            cells.append((block.text(), block.layout().lineCount(), size))
                        block = block.next()
        frame_iter += 1
    return cells


@pytest.mark.parametrize("size", [(1280, 800), (1280, 688)])  # the default; on a 1280x720 screen
def test_every_number_of_every_stage_stays_on_one_line_at_the_default_size(make_window, size):
    window = make_window()
    window.resize(*size)
    window.tabs.setCurrentWidget(window.one_step)
    view = window.one_step
    assert view.run_step()
    QApplication.processEvents()
    arrays = view.arrays_view
    seen = 0
    for stage in range(len(view.trace.stages)):
        view.show_stage(stage)
        QApplication.processEvents()
        cells = table_cells(arrays.document())
        seen += len(cells)
        broken = [text for text, lines, _px in cells if lines > 1 + text.count("\u2028")]  # beyond its <br>s
        assert broken == [], (stage, broken[:5])
        # ... readable: not shrunk below 12 px, and every table fits the panel (no sideways scrolling)
        assert min((px for _t, _l, px in cells), default=12) >= 12, (stage, cells[:3])
        assert arrays.widest_table() <= arrays.viewport().width(), stage
    assert seen > 100
