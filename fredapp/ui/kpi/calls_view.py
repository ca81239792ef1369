"""Call centre: calls per hour of the day or per queue (answered and unanswered stacked), and the
longest call; a period picker appears once the database holds more than one period.

The table ends with a «Totalt» row as the briefing's tables do: calls, answered and unanswered
summed, and the longest call of all the rows. It is not part of the exported figures (a file
imported back would read it as a queue).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QWidget

from fredapp.core import queries
from fredapp.core.calc.calls import CallRow, calls_total, format_duration
from fredapp.core.models import KpiPoint, KpiSeries
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import GraphView
from fredapp.ui.kpi.chart import CategoryAxis, NoData, set_title
from fredapp.ui.kpi.graph_files import graph_title
from fredapp.ui.kpi.plots import (
    BLUE,
    ORANGE,
    REDDISH_PURPLE,
    HoverReadout,
    bar_index,
    new_plot,
    pattern_brush,
)

BAR_WIDTH = 0.6


class CallCentreView(GraphView):
    watches = (KpiPoint, KpiSeries)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.rows: list[CallRow] = []
        self.bars: dict[str, pg.BarGraphItem] = {}
        super().__init__(context, parent)
        self.table_box = QComboBox()
        self.table_box.addItem(self.tr("Per hour of the day"), "hour")
        self.table_box.addItem(self.tr("Per queue"), "queue")
        self.figure_box = QComboBox()
        self.figure_box.addItem(self.tr("Answered and unanswered calls"), "calls")
        self.figure_box.addItem(self.tr("Longest call"), "longest")
        self.period_box = QComboBox()
        self.add_control(self.tr("&Table:"), self.table_box)
        self.add_control(self.tr("&Figure:"), self.figure_box)
        self.period_label = self.add_control(self.tr("&Period:"), self.period_box)
        self.table.setAccessibleName(self.tr("Call-centre figures, table"))
        self.hover = HoverReadout(self.plot, self.readout, self.describe)
        self.no_data = NoData(self.plot.getPlotItem())
        self.refresh()
        for box in (self.table_box, self.figure_box, self.period_box):
            box.currentIndexChanged.connect(self.redraw)

    def build_plot(self) -> pg.PlotWidget:
        self.axis = CategoryAxis()
        return new_plot(self.tr("Call-centre figures, graph"), {"bottom": self.axis})

    # -- data ------------------------------------------------------------------------------

    @property
    def table_kind(self) -> str:
        return str(self.table_box.currentData())

    @property
    def figure(self) -> str:
        return str(self.figure_box.currentData())

    @property
    def period(self) -> str | None:
        data = self.period_box.currentData()
        return str(data) if data is not None else None

    def graph_name(self) -> str:
        """The graph's name in GRAPH_NAMES (and on the command line)."""
        kind = "calls" if self.figure == "calls" else "longest-call"
        return f"{kind}-per-{self.table_kind}"

    def graph_title(self) -> str:
        title = graph_title(self.graph_name())
        if self.period is None:
            return title
        return self.tr("%1 — period %2").replace("%1", title).replace("%2", self.period)

    def refresh(self) -> None:
        periods = queries.call_periods(self.context.database)
        # Keep a period the user picked; with no choice before, show the latest.
        current = self.period if self.period_box.count() > 1 else None
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods:
            self.period_box.addItem(period, period)
        if periods:
            self.period_box.setCurrentIndex(periods.index(current) if current in periods else -1)
            if self.period_box.currentIndex() < 0:
                self.period_box.setCurrentIndex(len(periods) - 1)  # the latest
        self.period_box.blockSignals(False)
        several = len(periods) > 1
        self.period_box.setVisible(several)
        self.period_label.setVisible(several)
        self.redraw()

    def redraw(self) -> None:
        self.rows = queries.call_rows(self.context.database, self.table_kind, self.period)
        self._fill_table()
        self._draw()

    def _fill_table(self) -> None:
        first = self.tr("Hour") if self.table_kind == "hour" else self.tr("Queue")
        headers = [
            first,
            self.tr("Calls"),
            self.tr("Answered"),
            self.tr("Unanswered"),
            self.tr("Longest call"),
        ]
        rows = [
            [
                row.category,
                formatting.number(row.calls),
                formatting.number(row.answered),
                formatting.number(row.unanswered),
                format_duration(row.longest_s) or "–",
            ]
            for row in self.rows
        ]
        total = calls_total(self.rows)
        if total is not None:
            rows.append(
                [
                    self.tr("Total"),
                    formatting.number(total.calls),
                    formatting.number(total.answered),
                    formatting.number(total.unanswered),
                    format_duration(total.longest_s) or "–",
                ]
            )
        self.model.set_rows(
            headers, rows, numeric=(1, 2, 3, 4), bold_rows=(len(rows) - 1,) if total else ()
        )

    def _draw(self) -> None:
        plot = self.plot
        plot.clear()
        plot.getPlotItem().legend.clear()
        self.bars = {}
        x = np.arange(len(self.rows), dtype=float)
        if self.figure == "calls":
            answered = np.array([_value(row.answered) for row in self.rows])
            unanswered = np.array([_value(row.unanswered) for row in self.rows])
            self.bars["answered"] = pg.BarGraphItem(
                x=x,
                height=answered,
                width=BAR_WIDTH,
                brush=BLUE,
                pen="k",
                name=self.tr("Answered"),
            )
            self.bars["unanswered"] = pg.BarGraphItem(
                x=x,
                y0=answered,
                height=unanswered,
                width=BAR_WIDTH,
                brush=pattern_brush(ORANGE, pg.QtCore.Qt.BrushStyle.Dense4Pattern),
                pen="k",
                name=self.tr("Unanswered"),
            )
            plot.setLabel("left", self.tr("Calls (number)"), color="k")
        else:
            longest = np.array([_value(row.longest_s) / 60.0 for row in self.rows])
            self.bars["longest"] = pg.BarGraphItem(
                x=x,
                height=longest,
                width=BAR_WIDTH,
                brush=REDDISH_PURPLE,
                pen="k",
                name=self.tr("Longest call"),
            )
            plot.setLabel("left", self.tr("Longest call (minutes)"), color="k")
        for item in self.bars.values():
            plot.addItem(item)
        if self.table_kind == "hour":
            self.axis.set_names([hour_span(row.category) for row in self.rows])
            plot.setLabel("bottom", self.tr("Hour of the day"), color="k")
        else:
            self.axis.set_names([row.category for row in self.rows])
            plot.setLabel("bottom", self.tr("Queue"), color="k")
        set_title(plot.getPlotItem(), self.graph_title())
        self.no_data.show(not self.rows)
        if self.rows:
            plot.getPlotItem().enableAutoRange()
            self.readout.setText(self.tr("Point at a bar to see its figures."))
        else:
            self.readout.setText(self.tr("No call-centre figures in the database."))

    # -- hover and export ------------------------------------------------------------------

    def describe(self, x: float) -> str | None:
        index = bar_index(x, len(self.rows), BAR_WIDTH)
        if index is None:
            return None
        row = self.rows[index]
        return (
            self.tr(
                "%1: %Ln call(s), %3 answered, %4 unanswered, longest call %5",
                "",
                round(row.calls or 0),
            )
            .replace("%1", row.category)
            .replace("%3", formatting.number(row.answered))
            .replace("%4", formatting.number(row.unanswered))
            .replace("%5", format_duration(row.longest_s) or "–")
        )

    def file_stem(self) -> str:
        return f"samtaler-{'time' if self.table_kind == 'hour' else 'ko'}"

    sheet_kind = "calls"

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        from fredapp.core.io.calls import COLUMNS, longest_cell
        from fredapp.core.vocabulary import CALL_COLUMNS, CALL_TABLES
        from fredapp.ui import labels

        words = labels.sheet_words()
        header = words.header(CALL_COLUMNS, COLUMNS)
        rows = [
            [
                self.period or "",
                words.value(CALL_TABLES, self.table_kind),
                row.category,
                row.calls,
                row.answered,
                row.unanswered,
                longest_cell(row.longest_s, words),
            ]
            for row in self.rows
        ]
        return header, rows


def hour_span(category: str) -> str:
    """«08:00-09:00» as «08–09» on the axis (the table has the full text)."""
    start, _, end = category.partition("-")
    if len(start) == 5 and len(end) == 5 and start[2] == end[2] == ":":
        return f"{start[:2]}–{end[:2]}"
    return category


def _value(value: float | None) -> float:
    """A missing figure draws no bar (height 0); the table and the readout say '–'."""
    return 0.0 if value is None else float(value)
