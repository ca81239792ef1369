"""What makes a KPI graph tell the truth: a title with its period, axes whose numbers are
written in the UI's language (bokmål: «5 417», «0,5»), a legend outside the data area, named
categories on the axis, and «Ingen data» where there is nothing to draw.

Shared by the Nøkkeltall tab's graphs and the sick-leave trend.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil, floor, log10
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from fredapp.ui import formatting

TITLE_SIZE = "11pt"
NO_DATA_SIZE = 16  # points: read from across a meeting room


# -- numbers on an axis --------------------------------------------------------------------


def axis_number(value: float, decimals: int) -> str:
    """A tick's number as the tables write it: grouped thousands, the locale's decimal sign."""
    if abs(value) < 0.5 * 10.0**-decimals:
        value = 0.0  # never «−0»
    return QLocale().toString(float(value), "f", decimals)


class NumberAxis(pg.AxisItem):
    """A value axis whose ticks read as the tables do: «5 417» and «2,5» in bokmål, «5,417»
    and «2.5» in English; ``percent`` adds the per-cent sign to every tick.

    pyqtgraph writes «5417» and «1e+04» whatever the language.
    """

    def __init__(self, orientation: str = "left", percent: bool = False, **kwargs: Any) -> None:
        super().__init__(orientation=orientation, **kwargs)
        self.percent = percent
        self.enableAutoSIPrefix(False)  # «5 000», never «5» with a «(x1e3)» in the label

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale
        decimals = max(0, ceil(-log10(step))) if step > 0 else 0
        suffix = formatting.percent_sign() if self.percent else ""
        return [axis_number(value * scale, decimals) + suffix for value in values]


# -- categories on an axis -----------------------------------------------------------------


def wrap_text(text: str, metrics: QFontMetricsF, width: float, lines: int = 4) -> str:
    """``text`` broken between words into at most ``lines`` lines of at most ``width`` pixels.

    Where it does not fit, the text is shortened with «…» but a closing «(april)» is kept on a
    line of its own: it is what tells two goals apart that differ only by it.
    """
    # A number keeps its per-cent sign on its line («25 %»).
    words = [word for word in text.replace(" %", "\u00a0%").split(" ") if word]
    out, rest = _fill(words, metrics, width, lines)
    if not rest and all(metrics.horizontalAdvance(line) <= width for line in out):
        return "\n".join(out)
    tail = words[-1] if len(words) > 1 and words[-1].startswith("(") else ""
    if tail and lines > 1:
        out, rest = _fill(words[:-1], metrics, width, lines - 1)
    if rest:
        out[-1] = f"{out[-1]} {' '.join(rest)}"
    out = [_elide(line, metrics, width) for line in out]
    if tail and lines > 1:
        if rest and not out[-1].endswith("…"):
            out[-1] = _elide(out[-1] + " …", metrics, width)
        out.append(_elide(tail, metrics, width))
    return "\n".join(out)


def _fill(
    words: list[str], metrics: QFontMetricsF, width: float, lines: int
) -> tuple[list[str], list[str]]:
    """As many words as ``lines`` lines of ``width`` hold; the words left over."""
    words = list(words)
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        out.append(line)
    return out, words


def _elide(line: str, metrics: QFontMetricsF, width: float) -> str:
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(width, 10.0))


class CategoryAxis(pg.AxisItem):
    """A bottom axis with one named category at 0, 1, 2 …: each name is wrapped to the room
    its category has on screen (up to four lines), so names stay names, not row numbers.
    The full names are in the table beside the graph and in the tooltip."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.names: list[str] = []

    def set_names(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.picture = None
        self.update()

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        first = max(0, ceil(minVal))
        last = min(len(self.names) - 1, floor(maxVal))
        return [(1.0, [float(i) for i in range(first, last + 1)])]

    def category_width(self) -> float:
        """Pixels per category on screen (the view's range over the axis's width)."""
        view = self.linkedView()
        if view is None:
            return 100.0
        low, high = view.viewRange()[0]
        span = max(high - low, 1.0)
        return max(self.width() / span - 8, 30.0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        font = self.style.get("tickFont") or QFont()
        metrics = QFontMetricsF(font)
        width = self.category_width()
        texts = []
        for value in values:
            index = round(value)
            name = self.names[index] if 0 <= index < len(self.names) else ""
            texts.append(wrap_text(name, metrics, width))
        return texts

    def _updateHeight(self) -> None:
        # pyqtgraph lets the axis title overlap the tick texts by a fifth of its height,
        # which clips the last line of a wrapped name: the axis grows by that much.
        super()._updateHeight()
        if self.label.isVisible() and self.style["showValues"]:
            height = self.maximumHeight() + self.label.boundingRect().height() * 0.25
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)

    def full_names(self, values: Sequence[float]) -> list[str]:
        """The tick texts of ``values`` with their line breaks read as spaces."""
        return [text.replace("\n", " ") for text in self.tickStrings(list(values), 1.0, 1.0)]


# -- the legend ----------------------------------------------------------------------------


class OutsideLegend(pg.LegendItem):
    """A legend under the x axis, in the plot's own layout: outside the data area, so it
    covers no bar, line or label whatever the figures are. Its entries go side by side, in
    as many columns as the plot's width holds."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(offset=None, **kwargs)
        self.layout.setContentsMargins(6, 2, 6, 2)
        self.layout.setHorizontalSpacing(8)
        self.room = 600.0
        self._fitting = False

    def fit(self, width: float) -> None:
        """Lay the entries out in as many columns as ``width`` pixels hold."""
        self.room = max(width, 100.0)
        widths = [
            sample.preferredWidth() + label.preferredWidth() + 2 * self.layout.horizontalSpacing()
            for sample, label in self.items
        ]
        columns = max(1, len(widths))
        while columns > 1 and _widest_row(widths, columns) > self.room:
            columns -= 1
        if columns != self.columnCount:
            self._fitting = True
            try:
                self.setColumnCount(columns)
            finally:
                self._fitting = False
        self.updateSize()

    def updateSize(self) -> None:
        # The plot's layout gives the legend its place: it asks for its size, never sets it,
        # and takes no more than it needs (a wider legend would stretch its labels apart).
        hint = self.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        self.setMinimumSize(hint)
        self.setMaximumSize(hint)
        self.setPreferredSize(hint)
        self.updateGeometry()

    def addItem(self, item: Any, name: str) -> None:
        super().addItem(item, name)
        if not self._fitting:
            self.fit(self.room)


def _widest_row(widths: list[float], columns: int) -> float:
    rows = [widths[i : i + columns] for i in range(0, len(widths), columns)]
    return max((sum(row) for row in rows), default=0.0)


def add_outside_legend(plot_item: pg.PlotItem) -> OutsideLegend:
    """Put an OutsideLegend under the plot's x axis; named items added later join it."""
    legend = OutsideLegend(labelTextColor="k", brush="w", pen="k")
    plot_item.layout.addItem(legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
    plot_item.legend = legend
    plot_item.vb.sigResized.connect(lambda view: legend.fit(view.width()))
    return legend


def centred_label(text: str) -> pg.TextItem:
    """A text of one or more lines, each centred, anchored at its bottom centre (above a bar)."""
    label = pg.TextItem(text, color="k", anchor=(0.5, 1.0))
    document = label.textItem.document()
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    document.setDefaultTextOption(option)
    label.setTextWidth(document.idealWidth())
    return label


# -- title and empty graphs ----------------------------------------------------------------


def set_title(plot_item: pg.PlotItem, title: str) -> None:
    """The graph's title (with its period) above the plot; it goes into every exported file."""
    if getattr(plot_item, "fredapp_title", None) == title:
        return  # a new title lays the plot out again: only on change
    plot_item.fredapp_title = title
    plot_item.setTitle(title, color="k", size=TITLE_SIZE, bold=True)


def title_text(plot_item: pg.PlotItem) -> str:
    """The title as plain text (the label holds it as HTML)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(plot_item.titleLabel.text)
    return document.toPlainText()


def no_data_text() -> str:
    return QCoreApplication.translate("KpiChart", "No data")


class NoData:
    """Says «Ingen data» in the middle of an empty graph and hides the axes' numbers and the
    legend, which would otherwise claim a scale and series that are not there."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.plot_item = plot_item
        self.label = pg.TextItem(no_data_text(), color="#333333", anchor=(0.5, 0.5))
        font = QFont()
        font.setPointSize(NO_DATA_SIZE)
        self.label.setFont(font)
        self.tick_lengths: dict[str, int] = {}
        self.axes_hidden = False

    @property
    def shown(self) -> bool:
        return self.label in self.plot_item.items  # a view's plot.clear() takes it away too

    def show(self, empty: bool) -> None:
        """Say «no data» (``empty``) or take the note away again."""
        item = self.plot_item
        if empty != self.axes_hidden:  # restyled only on change: each lays the plot out again
            self.axes_hidden = empty
            for side in ("left", "bottom"):
                axis = item.getAxis(side)
                if empty and axis.style["tickLength"]:
                    self.tick_lengths[side] = axis.style["tickLength"]
                length = 0 if empty else self.tick_lengths.get(side, axis.style["tickLength"])
                axis.setStyle(showValues=not empty, tickLength=length)
        if item.legend is not None:
            item.legend.setVisible(not empty)
        if empty and not self.shown:
            item.addItem(self.label, ignoreBounds=True)
        elif not empty and self.shown:
            item.removeItem(self.label)
        if empty:
            item.setXRange(0, 1, padding=0)
            item.setYRange(0, 1, padding=0)
            self.label.setPos(0.5, 0.5)
