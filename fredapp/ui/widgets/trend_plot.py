"""A reusable sick-leave trend graph: one unit's (or roll-up's) monthly percentages and target.

    plot = TrendPlot(parent)
    plot.set_series(trend_points(database, lineage_id), target_for(database, lineage_id))

Three lines (total, short-term, long-term) over a month axis with month names in the UI's
language, a dashed target line, and a gap with the text "skjult (< 5)" for every month whose
group is too small to show (the points arrive already stripped of those figures:
:func:`fredapp.core.calc.sickleave.shown_point`). Months with no figures are gaps too, so a
line never pretends to know a month nobody entered.

The legend sits under the month axis, outside the data; the value axis writes «%» on its
numbers; a graph without months says «Ingen data» (:mod:`fredapp.ui.kpi.chart`).

Screen readers see nothing inside a pyqtgraph plot, so :meth:`TrendPlot.summary_text` says in
words what the graph shows; it is also the widget's accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fredapp.core.calc.sickleave import TrendPoint, month_start
from fredapp.ui import formatting
from fredapp.ui.a11y import describe_graph
from fredapp.ui.focus import FramedPlotWidget
from fredapp.ui.kpi.chart import NoData, NumberAxis, add_outside_legend, set_title

# Okabe–Ito colours, told apart by line style too; on the white plot every line reaches 3:1
# (Okabe–Ito's orange #E69F00 is darkened to #C68900) and every text 4.5:1
# (tests/ui/test_contrast.py).
PLOT_BACKGROUND = "#FFFFFF"
SERIES = (
    ("total_pct", "#0072B2", Qt.PenStyle.SolidLine, 3),
    ("short_pct", "#C68900", Qt.PenStyle.DashDotLine, 2),
    ("long_pct", "#009E73", Qt.PenStyle.DotLine, 2),
)
TARGET_COLOUR = "#D55E00"
TARGET_LABEL_COLOUR = "#C25600"  # the vermillion darkened for text
HIDDEN_LABEL_COLOUR = "#555555"


def month_index(month: str) -> int:
    start = month_start(month)
    return start.year * 12 + start.month - 1


def month_label(index: int, with_year: bool = True) -> str:
    year, month = divmod(int(index), 12)
    name = QLocale().standaloneMonthName(month + 1, QLocale.FormatType.ShortFormat).rstrip(".")
    return f"{name} {year}" if with_year else name


class MonthAxis(pg.AxisItem):
    """An axis over month numbers (year × 12 + month − 1) with names from ``QLocale``.

    pyqtgraph's DateAxisItem prints English month names whatever the locale; this one asks Qt.
    """

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        span = max(1.0, maxVal - minVal)
        room = max(1, int(size // 70))  # about 70 pixels per label
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if span / s <= room), 120)
        first = int(np.ceil(minVal / step) * step)
        return [(float(step), [float(v) for v in range(first, int(maxVal) + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing >= 12:
            return [str(int(v) // 12) for v in values]
        return [
            month_label(int(v), with_year=(int(v) % 12 == 0 or i == 0))
            for i, v in enumerate(values)
        ]


class TrendPlot(QWidget):
    """The graph. ``curves``, ``target_line`` and ``hidden_labels`` are open for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = MonthAxis(orientation="bottom")
        self.plot_widget = FramedPlotWidget(
            background=PLOT_BACKGROUND,
            axisItems={"bottom": self.axis, "left": NumberAxis(percent=True)},
        )
        self.plot_widget.setMenuEnabled(False)
        describe_graph(
            self.plot_widget,
            self.tr("Sick-leave trend"),
            self.tr("The months are listed in the table beside it."),
        )
        item = self.plot_widget.getPlotItem()
        item.hideButtons()
        for side in ("left", "bottom"):
            item.getAxis(side).setPen("k")
            item.getAxis(side).setTextPen("k")
        item.setLabel("left", self.tr("Sick leave (%)"), color="k")
        item.setLabel("bottom", self.tr("Month"), color="k")
        self.legend = add_outside_legend(item)
        names = {
            "total_pct": self.tr("Total"),
            "short_pct": self.tr("Short-term"),
            "long_pct": self.tr("Long-term"),
        }
        self.curves: dict[str, pg.PlotDataItem] = {}
        for field, colour, style, width in SERIES:
            self.curves[field] = item.plot(
                [],
                [],
                pen=pg.mkPen(colour, width=width, style=style),
                symbol="o",
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=colour,
                name=names[field],
                connect="finite",
            )
        self.target_line = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("Target"),
            labelOpts={"position": 0.02, "color": TARGET_LABEL_COLOUR, "anchors": [(0, 1), (0, 1)]},
        )
        self.target_line.hide()
        item.addItem(self.target_line)
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine)),
            self.tr("Target"),
        )
        self.hidden_labels: list[pg.TextItem] = []
        self.points: list[TrendPoint] = []
        self.target: float | None = None
        self.no_data = NoData(item)
        self.no_data.show(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)

    def set_title(self, title: str) -> None:
        """A title above the graph (unit and months); it goes into an exported file too."""
        set_title(self.plot_widget.getPlotItem(), title)

    def set_series(self, points: Sequence[TrendPoint], target: float | None) -> None:
        """Draw ``points`` (in month order, as the core gives them) against ``target``."""
        self.points = sorted(points, key=lambda p: p.month)
        self.target = target
        item = self.plot_widget.getPlotItem()
        for label in self.hidden_labels:
            item.removeItem(label)
        self.hidden_labels = []
        if not self.points:
            for curve in self.curves.values():
                curve.setData([], [])
        else:
            first = month_index(self.points[0].month)
            last = month_index(self.points[-1].month)
            x = np.arange(first, last + 1, dtype=float)
            by_month = {month_index(p.month) - first: p for p in self.points}
            for field, curve in self.curves.items():
                y = np.full(len(x), np.nan)
                for offset, point in by_month.items():
                    value = getattr(point, field)
                    if value is not None:
                        y[offset] = value
                if np.isnan(y).all():  # nothing to draw (every month hidden)
                    curve.setData([], [])
                else:
                    curve.setData(x, y, connect="finite")
            top = max(
                [v for p in self.points for v in (p.total_pct, p.short_pct, p.long_pct) if v]
                + [target or 0.0, 1.0]
            )
            for offset, point in by_month.items():
                if point.hidden:
                    self._add_hidden_label(item, first + offset, top)
            item.setXRange(first - 1.2, last + 1.2, padding=0)  # room for the end labels
            item.setYRange(0, top * 1.15, padding=0)
        if target is None or not self.points:
            self.target_line.hide()
        else:
            self.target_line.setValue(target)
            self.target_line.show()
        self.no_data.show(not self.points)
        describe_graph(
            self.plot_widget,
            self.plot_widget.accessibleName(),
            self.summary_text() + " " + self.tr("The months are listed in the table beside it."),
        )

    def _add_hidden_label(self, item: Any, x: float, top: float) -> None:
        label = pg.TextItem(
            self.tr("hidden (< 5)"), color=HIDDEN_LABEL_COLOUR, anchor=(0, 0.5), angle=90
        )
        label.setPos(x, top * 0.05)
        item.addItem(label)
        self.hidden_labels.append(label)

    def summary_text(self) -> str:
        """What the graph shows, in words: for screen readers and the tooltip."""
        if not self.points:
            return self.tr("No sick-leave figures.")
        shown = [p for p in self.points if not p.hidden]
        parts = [
            self.tr("%1 to %2.")
            .replace("%1", month_label(month_index(self.points[0].month)))
            .replace("%2", month_label(month_index(self.points[-1].month)))
        ]
        if shown:
            last = shown[-1]
            parts.append(
                self.tr("Latest shown month %1: total %2, short-term %3, long-term %4.")
                .replace("%1", month_label(month_index(last.month)))
                .replace("%2", _pct(last.total_pct))
                .replace("%3", _pct(last.short_pct))
                .replace("%4", _pct(last.long_pct))
            )
        hidden = len(self.points) - len(shown)
        if hidden:
            parts.append(self.tr("%n month(s) hidden (fewer than 5 employees).", "", hidden))
        if self.target is not None:
            parts.append(self.tr("Target %1.").replace("%1", _pct(self.target)))
        return " ".join(parts)


def _pct(value: float | None) -> str:
    text = formatting.number(value, 1)
    return f"{text}%" if QLocale().language() == QLocale.Language.English else f"{text}\u00a0%"
