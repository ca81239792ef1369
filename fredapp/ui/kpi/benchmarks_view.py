"""Staffing benchmarks: one measure's value per municipality, sorted lowest to highest.

Fredrikstad (the home municipality) stands out by colour, by a hatched pattern and by its name
marked on the axis, so the highlight does not rest on colour alone. The dashed line is the
average of the comparison municipalities.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from fredapp.core import queries
from fredapp.core.models import Benchmark
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import GraphView
from fredapp.ui.kpi.chart import CategoryAxis, NoData, set_title
from fredapp.ui.kpi.graph_files import graph_title
from fredapp.ui.kpi.plots import (
    BLACK,
    SKY_BLUE,
    VERMILLION,
    HoverReadout,
    bar_index,
    new_plot,
    pattern_brush,
    target_pen,
)

BAR_WIDTH = 0.7
HOME_MARK = "★"


class BenchmarksView(GraphView):
    watches = (Benchmark,)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.rows: list[Benchmark] = []
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.average_line: pg.InfiniteLine | None = None
        self.value_labels: list[pg.TextItem] = []
        super().__init__(context, parent)
        self.measure_box = QComboBox()
        self.add_control(self.tr("&Measure:"), self.measure_box)
        self.table.setAccessibleName(self.tr("Benchmarks, table"))
        self.hover = HoverReadout(self.plot, self.readout, self.describe)
        self.no_data = NoData(self.plot.getPlotItem())
        self.refresh()
        self.measure_box.currentIndexChanged.connect(self.redraw)

    def build_plot(self) -> pg.PlotWidget:
        self.axis = CategoryAxis()
        return new_plot(self.tr("Benchmarks, graph"), {"bottom": self.axis})

    def graph_title(self) -> str:
        title = graph_title("benchmarks")
        if self.measure:
            title = f"{title}: {self.measure}"
        period = self.rows[0].period if self.rows else ""
        return (
            self.tr("%1 — period %2").replace("%1", title).replace("%2", period)
            if period
            else title
        )

    def value_axis_title(self) -> str:
        """The measure and its unit; the seed's source names no unit, and the axis says so."""
        unit = next((row.unit for row in self.rows if row.unit), "")
        if not unit:
            unit = self.tr("unit not given by the source")
        return f"{self.measure or ''} ({unit})"

    @property
    def measure(self) -> str | None:
        data = self.measure_box.currentData()
        return None if data is None else str(data)

    def refresh(self) -> None:
        measures = queries.benchmark_measures(self.context.database)
        current = self.measure
        self.measure_box.blockSignals(True)
        self.measure_box.clear()
        for measure in measures:
            self.measure_box.addItem(measure, measure)
        if measures:
            self.measure_box.setCurrentIndex(measures.index(current) if current in measures else 0)
        self.measure_box.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        rows = queries.benchmarks(self.context.database, self.measure)
        # Lowest to highest, for the latest period where a measure has several.
        latest = max((b.period for b in rows), default="")
        self.rows = sorted(
            (b for b in rows if b.period == latest), key=lambda b: (b.value, b.municipality)
        )
        self._fill_table()
        self._draw()

    def name_of(self, row: Benchmark) -> str:
        return f"{HOME_MARK} {row.municipality}" if row.is_home else row.municipality

    def _fill_table(self) -> None:
        headers = [self.tr("Rank"), self.tr("Municipality"), self.tr("Value"), self.tr("Period")]
        rows = [
            [
                str(rank + 1),
                self.name_of(row) + (" " + self.tr("(home)") if row.is_home else ""),
                formatting.number(row.value, 1),
                row.period,
            ]
            for rank, row in enumerate(self.rows)
        ]
        self.model.set_rows(
            headers, rows, numeric=(0, 2), tooltips=[row.source_note for row in self.rows]
        )

    def _draw(self) -> None:
        plot = self.plot
        plot.clear()
        self.value_labels = []
        self.average_line = None
        x = np.arange(len(self.rows), dtype=float)
        values = np.array([row.value for row in self.rows], dtype=float)
        home = np.array([row.is_home for row in self.rows], dtype=bool)
        self.bars = {
            "comparison": pg.BarGraphItem(
                x=x[~home],
                height=values[~home],
                width=BAR_WIDTH,
                brush=SKY_BLUE,
                pen="k",
                name=self.tr("Comparison municipalities"),
            ),
            "home": pg.BarGraphItem(
                x=x[home],
                height=values[home],
                width=BAR_WIDTH,
                brush=VERMILLION,
                pen=pg.mkPen(BLACK, width=2),
                name=self.tr("Fredrikstad (hatched, marked ★)"),
            ),
            "home_pattern": pg.BarGraphItem(
                x=x[home],
                height=values[home],
                width=BAR_WIDTH,
                brush=pattern_brush(BLACK, Qt.BrushStyle.BDiagPattern),
                pen=None,
            ),
        }
        for item in self.bars.values():
            plot.addItem(item)
        others = values[~home]
        if others.size:
            average = float(others.mean())
            # The value goes in the legend: a label on the line would cover a bar's figure.
            self.average_line = pg.InfiniteLine(pos=average, angle=0, pen=target_pen())
            plot.addItem(self.average_line)
            legend_line = pg.PlotDataItem(
                [],
                [],
                pen=target_pen(),
                name=self.tr("Average of comparison municipalities: %1").replace(
                    "%1", formatting.number(average, 1)
                ),
            )
            plot.addItem(legend_line)
        for i, row in enumerate(self.rows):
            # On white, above the average line: the line passes behind a figure, never through it.
            label = pg.TextItem(
                formatting.number(row.value, 1), color="k", anchor=(0.5, 1.0), fill="w"
            )
            label.setZValue(10)
            label.setPos(float(i), row.value)
            plot.addItem(label)
            self.value_labels.append(label)
        self.axis.set_names([self.name_of(row) for row in self.rows])
        plot.setLabel("left", self.value_axis_title(), color="k")
        plot.setLabel("bottom", self.tr("Municipality, lowest to highest"), color="k")
        set_title(plot.getPlotItem(), self.graph_title())
        self.no_data.show(not self.rows)
        if not self.rows:
            self.readout.setText(self.tr("No benchmarks in the database."))
            return
        plot.getPlotItem().enableAutoRange()
        plot.setXRange(-0.6, len(self.rows) - 0.4, padding=0)
        # Room above the highest bar for its figure (the legend is outside).
        plot.setYRange(0, 1.15 * float(values.max()), padding=0)
        self.readout.setText(self.tr("Point at a bar to see its figure."))

    def describe(self, x: float) -> str | None:
        index = bar_index(x, len(self.rows), BAR_WIDTH)
        if index is None:
            return None
        row = self.rows[index]
        return (
            self.tr("%1, %2: %3 (rank %4 of %5, lowest first)")
            .replace("%1", self.name_of(row))
            .replace("%2", row.measure)
            .replace("%3", formatting.number(row.value, 1))
            .replace("%4", str(index + 1))
            .replace("%5", str(len(self.rows)))
        )

    def file_stem(self) -> str:
        return "sammenligning"

    sheet_kind = "benchmarks"

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        from fredapp.core.io.benchmarks import COLUMNS, benchmark_row
        from fredapp.core.vocabulary import BENCHMARK_COLUMNS
        from fredapp.ui import labels

        words = labels.sheet_words()
        rows = [benchmark_row(row, words) for row in self.rows]
        return words.header(BENCHMARK_COLUMNS, COLUMNS), rows
