"""ArraysView: every array of one stage of a traced step, by its book name and shape.

Each array gets a line with its name (blue forward, red for a gradient ``d...``),
its shape and its role ("from Relu1", "params['W2']", "→ grads['W2']"), then
its values: a small array whole, as a table (the true class t marked in green
next to the loss), a large one as a few values of one row with their indices,
then min / mean / max. Images appear as images: the input batch x at the first
stage, Affine1's unused dx as signed images, and each row of SoftmaxWithLoss's
table starts with its digit.

Sizes follow the view's ``FontScale``; when the width changes so that another
number of values fits on a line, the stage is laid out again.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QTextDocument, QTextTable
from PySide6.QtWidgets import QTextBrowser, QWidget

from engine import image_side, log_softmax

from ..common.panel import Retranslating
from .parts import (
    LABEL_CHARS,
    MONO,
    N_VALUES,
    TABLE_MAX,
    Colors,
    FontScale,
    diverging_image,
    format_cells,
    gray_image,
    number_format,
    shape_text,
)

__all__ = ["ArraysView", "TABLE_MIN_PX"]

TABLE_MIN_PX = 12  # a table's numbers get no smaller than this to fit the width; it scrolls instead


class ArraysView(Retranslating, QTextBrowser):
    """The arrays of one stage as rich text, with images of the digits."""

    def __init__(self, fonts: FontScale, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("osArrays")
        self.setOpenLinks(False)
        self.fonts = fonts
        self._shown = None  # (trace, record, colours, class names): what to lay out again
        self._fit = None  # values per line at the last layout
        self._table_font = 16  # px of the tables' numbers on the page shown
        self._image_serial = 0
        self.viewport().installEventFilter(self)  # lay the values out again when its width changes
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Every array of this stage: its book name, its shape, a few values "
                                "and min / mean / max"))

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Resize and watched is self.viewport() and self._shown is not None
                and self._values_that_fit(LABEL_CHARS) != self._fit):
            self.show_record(*self._shown)
        return super().eventFilter(watched, event)

    def _px(self, px: float) -> int:
        return self.fonts.px(px)

    # -- the page ---------------------------------------------------------------------------
    def show_record(self, trace, record, c: Colors, names) -> None:
        """Lay out every array of ``record`` (a stage of ``trace``); ``names``: the class names.

        Tables keep every number on one line ("white-space: pre"): a ten-column table
        wrapped 4.457e-06 over three lines. Their type is the book's 16 px (scaled) when
        they fit the width, else smaller until they fit, down to ``TABLE_MIN_PX``; below
        that the view scrolls sideways.
        """
        self._shown = (trace, record, c, names)
        self._trace, self._names = trace, names
        self._fit = self._values_that_fit(LABEL_CHARS)
        self._table_font = self._px(16)
        smallest = min(self._table_font, TABLE_MIN_PX)
        room = self.viewport().width()
        if not self.verticalScrollBar().isVisible():  # it may appear with the new page
            room -= self.verticalScrollBar().sizeHint().width()
        self._lay_out(trace, record, c)
        while self.widest_table() > room and self._table_font > smallest:
            self._table_font -= 1
            self._lay_out(trace, record, c)

    def widest_table(self) -> float:
        """Where the rightmost table of the page ends (px from the page's left edge; 0 without tables)."""
        doc = self.document()
        layout = doc.documentLayout()
        return max((layout.frameBoundingRect(frame).right() for frame in doc.rootFrame().childFrames()
                    if isinstance(frame, QTextTable)), default=0.0)

    def _lay_out(self, trace, record, c: Colors) -> None:
        doc = self.document()
        doc.clear()  # drops the last stage's images too
        doc.setDefaultStyleSheet(f".mono {{ font-family: {MONO}; }}")
        parts = []
        side = image_side(trace.x.shape[1])
        if record.layer == trace.layer_names[0] and record.direction == "forward" and side:
            parts.append(self._digits(doc, trace.x, "x", signed=False, c=c))
        for name, array in record.arrays.items():
            if record.layer == "SoftmaxWithLoss" and name in ("y", "t", "dx"):
                # one table, a row per image: y forward, dx backward, the true class t marked
                if name == ("y" if record.direction == "forward" else "dx"):
                    parts.append(self._class_table(record, doc, c))
                continue
            parts.append(self._array_block(record, name, array, c))
            if name in record.unused and array.ndim == 2 and array.shape[1] == trace.x.shape[1] and side:
                parts.append(self._digits(doc, array, name, signed=True, c=c))
        doc.setHtml(f"<body style='font-size:{self._px(17)}px'>" + "".join(parts) + "</body>")

    def _neighbours(self, record):
        """(where the stage's input comes from, where its output goes), in the direction of flow."""
        nodes = ["x", *self._trace.layer_names, "SoftmaxWithLoss", "L"]
        i = nodes.index(record.layer)
        return (nodes[i - 1], nodes[i + 1]) if record.direction == "forward" else (nodes[i + 1], nodes[i - 1])

    def _role(self, record, name: str) -> str:
        """What an array is, in a few words: 'from Relu1', "params['W2']", "→ grads['W2']", ..."""
        src, dst = self._neighbours(record)
        if name in record.params:
            key = record.params[name]
            return ("params['{}']".format(key) if record.direction == "forward"
                    else self.tr("→ grads['{key}']").format(key=key))
        if name in record.unused:
            return self.tr("not used: nothing lies below {layer}").format(layer=record.layer)
        if name == "L":
            return self.tr("the loss: the mean of −log y[t] over the batch")
        if name == record.input_name:
            if src == "L":
                return self.tr("∂L/∂L, where backward starts")
            if src == "x":
                return self.tr("the input images")
            return self.tr("from {src}").format(src=src)
        if name == record.output_name:
            return self.tr("to {dst}").format(dst=dst)
        roles = {"mask": self.tr("True where x ≤ 0, kept from forward"),
                 "out": self.tr("kept from forward")}
        return roles.get(name, "")

    # -- one array ------------------------------------------------------------------------------
    def _array_block(self, record, name: str, array, c: Colors) -> str:
        """Name, shape and role; the values (all of a small array, else a few); min, mean, max."""
        color = c.red if name.startswith("d") else c.blue
        shape = self.tr("scalar") if array.ndim == 0 else shape_text(array)
        head = (f"<p style='margin:{self._px(10)}px 0 2px 0; font-size:{self._px(19)}px'>"
                f"<b style='color:{color}'>{html.escape(name)}</b>&nbsp;&nbsp;<b>{shape}</b>&nbsp;&nbsp;"
                f"<span style='color:{c.faint}'>{html.escape(self._role(record, name))}</span></p>")
        if array.ndim == 0:
            value = "{:.4f}".format(float(array)).replace("-", "−")
            return head + (f"<p class='mono' style='margin:0 0 0 24px; font-size:{self._px(20)}px'>"
                           f"<b>{html.escape(name)} = {value}</b></p>")
        fmt = number_format(array)
        if array.ndim == 2 and array.shape[0] <= TABLE_MAX[0] and array.shape[1] <= TABLE_MAX[1]:
            body = self._matrix(array, fmt, self._true_columns(record, array), c)
        elif array.ndim == 1 and array.shape[0] <= TABLE_MAX[1]:
            body = self._matrix(array[None, :], fmt, None, c, row_numbers=False)
        else:
            body = self._excerpt(name, array, fmt, record.arrays[record.input_name], c)
        return head + body + self._stats(array, fmt, c)

    def _excerpt(self, name, array, fmt, stage_input, c: Colors) -> str:
        """A few values of one row, with their indices: 'x[0, 152:158] = 0.0118 …'."""
        row, count = 0, self._values_that_fit(LABEL_CHARS)
        if array.ndim == 1:
            values, label = array[:count], f"{name}[:{count}]"
        else:
            # Rows and columns come from the stage's input when the shapes match, so that
            # x, out and mask (or dout, dx and mask) show the same entries one above the other.
            ref = stage_input if stage_input.shape == array.shape else array
            nonzero = ref != 0
            if not nonzero[0].any() and nonzero.any():
                row = int(np.argmax(nonzero.any(axis=1)))
            start = 0
            if not nonzero[row, :count].any() and nonzero[row].any():
                start = int(np.argmax(nonzero[row]))  # MNIST's borders are 0: show where the ink is
            start = min(start, max(0, array.shape[1] - count))
            values = array[row, start:start + count]
            label = f"{name}[{row}, {start}:{start + len(values)}]"
        more = " …" if array.size > len(values) else ""
        cells = "".join(" " + text.rjust(9) for text in format_cells(values, fmt))
        note = ""
        if row > 0:
            text = self.tr("Rows 0 to {last} are all 0, so row {row} is shown.").format(last=row - 1, row=row)
            note = (f"<p style='margin:0 0 0 24px; color:{c.faint}; font-size:{self._px(15)}px'>"
                    f"{html.escape(text)}</p>")
        return (f"<pre class='mono' style='margin:0 0 0 24px; font-size:{self._px(16)}px'>"
                f"{html.escape(label.ljust(LABEL_CHARS))} ={cells}{more}</pre>{note}")

    def _values_that_fit(self, label_chars: int) -> int:
        """How many 10-character values fit on a line (at most N_VALUES, at least 2)."""
        font = QFont()
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(self._px(16))
        char = QFontMetricsF(font).horizontalAdvance("0")
        width = self.viewport().width() - 24 - 2 * self._px(10)
        return int(min(N_VALUES, max(2, (width / char - label_chars - 2) // 10)))

    def _stats(self, array, fmt, c: Colors) -> str:
        if array.dtype == np.bool_:
            text = self.tr("{k} of {n} True").format(k=int(array.sum()), n=array.size)
        else:
            lo, mean, hi = (fmt.format(float(v)).replace("-", "−") for v in (array.min(), array.mean(), array.max()))
            text = self.tr("min {lo}  ·  mean {mean}  ·  max {hi}").format(lo=lo, mean=mean, hi=hi)
        return (f"<p style='margin:2px 0 0 24px; color:{c.faint}; font-size:{self._px(15)}px; white-space:pre'>"
                f"{html.escape(text)}</p>")

    def _true_columns(self, record, array):
        """The true class of each row, for (N, C) arrays next to the loss; else None."""
        trace = self._trace
        near_loss = record.layer in (trace.layer_names[-1], "SoftmaxWithLoss")
        return trace.labels if near_loss and array.shape == (trace.batch_size, trace.sizes[-1]) else None

    def _matrix(self, array, fmt, true_cols, c: Colors, row_numbers: bool = True) -> str:
        """A whole (small) 2-D array as a table: a column per index, the true class t marked."""
        rows = []
        texts = [format_cells(row, fmt) for row in array]
        px = self._table_font
        for r, row_texts in enumerate(texts):
            cells = "".join(
                f"<td align='right'{self._bg(c) if true_cols is not None and j == true_cols[r] else ''}>{text}</td>"
                for j, text in enumerate(row_texts))
            rows.append(f"<tr><td style='color:{c.faint}'>{r if row_numbers else ''}</td>{cells}</tr>")
        header = "".join(f"<th style='color:{c.faint}'>{j}</th>" for j in range(array.shape[1]))
        note = ""
        if true_cols is not None:
            green, meaning = html.escape(self.tr("green")), html.escape(self.tr("the true class t"))
            note = (f"<p style='margin:2px 0 0 24px; font-size:{self._px(15)}px'>"
                    f"<span style='background:{c.true_bg}'>&nbsp;{green}&nbsp;</span> {meaning}</p>")
        return (f"<table class='mono' cellspacing='0' cellpadding='3' "
                f"style='margin-left:16px; font-size:{px}px; white-space:pre'>"
                f"<tr><th></th>{header}</tr>{''.join(rows)}</table>{note}")

    @staticmethod
    def _bg(c: Colors) -> str:
        return f" bgcolor='{c.true_bg}'"

    # -- images ---------------------------------------------------------------------------------
    def _add_image(self, doc, image: QImage) -> str:
        self._image_serial += 1
        url = f"osimg://{self._image_serial}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def _class_name(self, label: int) -> str | None:
        """The class's name when it says more than its number (Fashion-MNIST), else None."""
        name = self._names[label] if label < len(self._names) else str(label)
        return None if name == str(label) else name

    def _digits(self, doc, array, name: str, signed: bool, c: Colors) -> str:
        """The rows of an (N, side * side) array as side x side images, each with its label t."""
        side = image_side(array.shape[1])
        peak = float(np.nanmax(np.abs(array))) if signed and np.isfinite(array).any() else 1.0
        scale = max(2, self._px(3))
        cells = []
        for n, row in enumerate(array):
            pixels = np.asarray(row, dtype=np.float64).reshape(side, side)
            image = diverging_image(pixels, peak, scale) if signed else gray_image(pixels, scale)
            label = int(self._trace.labels[n])
            cls = self._class_name(label)
            caption = f"t = {label}" + (f"<br>{html.escape(cls)}" if cls else "")
            cells.append(f"<td align='center'><img src='{self._add_image(doc, image)}'><br>"
                         f"<span style='font-size:{self._px(15)}px'>{caption}</span></td>")
        if signed:
            title = self.tr("{name} as images: red where the loss grows with the pixel, blue where it falls")
        else:
            title = self.tr("{name}: the batch, one row per image ({side} × {side} = {n} pixels)")
        return (f"<p style='margin:4px 0 2px 0; font-size:{self._px(16)}px; color:{c.faint}'>"
                f"{html.escape(title.format(name=name, side=side, n=array.shape[1]))}</p>"
                f"<table cellspacing='6'><tr>{''.join(cells)}</tr></table>")

    def _class_table(self, record, doc, c: Colors) -> str:
        """SoftmaxWithLoss: a row per image: the image, t, and y (forward) or dx (backward) per class."""
        trace = self._trace
        name = "y" if record.direction == "forward" else "dx"
        values, y = record.arrays[name], record.arrays["y"]
        fmt = "{:.3f}" if name == "y" else number_format(values)
        minus_log_y = -log_softmax(trace.stage("SoftmaxWithLoss", "forward").arrays["x"])  # no log(0)
        header = "".join(f"<th>{j}</th>" for j in range(values.shape[1]))
        extra = "<th>−log y[t]</th>" if name == "y" else ""
        side = image_side(trace.x.shape[1])
        px = self._table_font
        rows = []
        for n in range(values.shape[0]):
            label, guess = int(trace.labels[n]), int(np.argmax(y[n]))
            img = ""
            if side:
                img = f"<img src='{self._add_image(doc, gray_image(trace.x[n].reshape(side, side), self._px(2)))}'>"
            cells = []
            for j, text in enumerate(format_cells(values[n], fmt)):
                text = f"<b>{text}</b>" if j == guess else text
                cells.append(f"<td align='right'{self._bg(c) if j == label else ''}>{text}</td>")
            tail = f"<td align='right'>{minus_log_y[n, label]:.3f}</td>" if name == "y" else ""
            cls = self._class_name(label)
            rows.append(f"<tr valign='middle'><td>{img}</td><td align='center'><b>{label}</b>"
                        f"{'<br>' + html.escape(cls) if cls else ''}</td>{''.join(cells)}{tail}</tr>")
        if name == "y":
            title = self.tr("y, the probability of each class: (N, C) = {shape}")
        else:
            title = self.tr("dx = (y − t) / N for each class: (N, C) = {shape}")
        legend = self.tr("green: the true class t · bold: the network's guess (the largest y)")
        if name == "dx":
            legend += " · " + self.tr("at t, dx = (y − 1) / N < 0: backward pushes that score up")
        return (f"<p style='margin:4px 0 4px 0; font-size:{self._px(19)}px'>"
                f"<b style='color:{c.blue if name == 'y' else c.red}'>"
                f"{html.escape(title.format(shape=shape_text(values)))}</b></p>"
                f"<table class='mono' cellspacing='0' cellpadding='3' style='font-size:{px}px; white-space:pre'>"
                f"<tr><th></th><th>t</th>{header}{extra}</tr>{''.join(rows)}</table>"
                f"<p style='margin:2px 0 6px 0; font-size:{self._px(15)}px; color:{c.faint}'>"
                f"{html.escape(legend)}</p>")
