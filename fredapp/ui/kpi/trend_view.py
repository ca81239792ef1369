"""Sick-leave trend per unit against its target, on the Nøkkeltall tab.

The graph is the sick-leave tab's own :class:`~fredapp.ui.widgets.trend_plot.TrendPlot` over the
same data (:mod:`fredapp.core.calc.sickleave`): months of groups smaller than five are hidden
at the source, never drawn. Beside it, the same months as a table.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from fredapp.core import queries
from fredapp.core.calc.sickleave import (
    TrendPoint,
    rollup_points,
    target_for,
    trend_points,
)
from fredapp.core.models import SickLeaveFigure, SickLeaveTarget, Unit
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import GraphView
from fredapp.ui.kpi.graph_files import graph_title
from fredapp.ui.kpi.plots import HoverReadout
from fredapp.ui.widgets.trend_plot import TrendPlot, month_index, month_label


def hidden_text() -> str:
    return QCoreApplication.translate("TrendPlot", "hidden (< 5)")


class SickLeaveTrendView(GraphView):
    watches = (SickLeaveFigure, SickLeaveTarget, Unit)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.points: list[TrendPoint] = []
        self.target: float | None = None
        self.units: list[tuple[uuid.UUID, str]] = []
        super().__init__(context, parent)
        self.unit_box = QComboBox()
        self.add_control(self.tr("&Unit:"), self.unit_box)
        self.rollup_box = QCheckBox(self.tr("Include the units &below"))
        self.rollup_box.setAccessibleName(self.tr("Include the units below"))
        self.controls.insertWidget(self.controls.count() - 3, self.rollup_box)
        self.table.setAccessibleName(self.tr("Sick-leave trend, table"))
        self.hover = HoverReadout(self.trend.plot_widget, self.readout, self.describe)
        self.refresh()
        self.unit_box.currentIndexChanged.connect(self.redraw)
        self.rollup_box.toggled.connect(self.redraw)

    def build_plot(self) -> Any:
        self.trend = TrendPlot()
        # The plot is reached by Tab and named; its viewport is not (it would be unnamed).
        self.trend.plot_widget.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.trend.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return self.trend

    def graph_title(self) -> str:
        title = graph_title("sickleave-trend")
        unit = self.unit_box.currentText()
        if unit:
            title = f"{title}: {unit}"
            if self.rollup_box.isChecked():
                title += " " + self.tr("(with the units below)")
        if not self.points:
            return title
        return (
            self.tr("%1 — %2 to %3")
            .replace("%1", title)
            .replace("%2", month_label(month_index(self.points[0].month)))
            .replace("%3", month_label(month_index(self.points[-1].month)))
        )

    @property
    def lineage_id(self) -> uuid.UUID | None:
        data = self.unit_box.currentData()
        return None if data is None else uuid.UUID(str(data))

    def refresh(self) -> None:
        database = self.context.database
        lineages = queries.lineages_with_figures(database)
        names = queries.lineage_names(database)
        self.units = sorted(
            ((lineage, names.get(lineage, str(lineage))) for lineage in lineages),
            key=lambda unit: unit[1].casefold(),
        )
        current = self.lineage_id
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for lineage, name in self.units:
            self.unit_box.addItem(name, str(lineage))
        ids = [lineage for lineage, _name in self.units]
        if ids:
            self.unit_box.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.unit_box.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        lineage = self.lineage_id
        database = self.context.database
        if lineage is None:
            self.points, self.target = [], None
        else:
            loader = rollup_points if self.rollup_box.isChecked() else trend_points
            self.points = loader(database, lineage)
            self.target = target_for(database, lineage)
        self.trend.set_series(self.points, self.target)
        self.points = self.trend.points  # in month order, as drawn
        self.trend.set_title(self.graph_title())
        self.readout.setText(self.trend.summary_text())
        self._fill_table()

    def _fill_table(self) -> None:
        headers = [
            self.tr("Month"),
            self.tr("Employees"),
            self.tr("Total"),
            self.tr("Short-term"),
            self.tr("Long-term"),
            self.tr("Target"),
        ]
        target = _pct(self.target)
        rows = []
        for point in self.points:
            if point.hidden:
                figures = [hidden_text()] * 3
            else:
                figures = [_pct(point.total_pct), _pct(point.short_pct), _pct(point.long_pct)]
            rows.append(
                [
                    month_label(month_index(point.month)),
                    formatting.number(point.employees),
                    *figures,
                    target,
                ]
            )
        self.model.set_rows(headers, rows, numeric=(1, 2, 3, 4, 5))

    def describe(self, x: float) -> str | None:
        wanted = round(x)
        point = next((p for p in self.points if month_index(p.month) == wanted), None)
        if point is None:
            return None
        if point.hidden:
            figures = hidden_text()
        else:
            figures = (
                self.tr("total %1, short-term %2, long-term %3")
                .replace("%1", _pct(point.total_pct))
                .replace("%2", _pct(point.short_pct))
                .replace("%3", _pct(point.long_pct))
            )
        text = f"{month_label(wanted)}: {figures}"
        if self.target is not None:
            text += "; " + self.tr("target %1").replace("%1", _pct(self.target))
        return text

    def file_stem(self) -> str:
        return "sykefravaer-utvikling"

    sheet_kind = "trend"

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        from fredapp.core.vocabulary import TREND_COLUMNS, YES_NO
        from fredapp.ui import labels

        words = labels.sheet_words()
        unit = self.unit_box.currentText()
        columns = [
            "unit",
            "month",
            "employees",
            "total_pct",
            "short_pct",
            "long_pct",
            "target_pct",
            "hidden",
        ]
        header = words.header(TREND_COLUMNS, columns)
        rows = [
            [
                unit,
                p.month,
                p.employees,
                p.total_pct,
                p.short_pct,
                p.long_pct,
                self.target,
                words.value(YES_NO, "ja" if p.hidden else "nei"),
            ]
            for p in self.points
        ]
        return header, rows


def _pct(value: float | None) -> str:
    if value is None:
        return "–"
    return formatting.percent(value, 1).lstrip("+")
