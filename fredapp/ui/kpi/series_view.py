"""A KPI time series on a date axis, fast enough for a million points.

The points come from the database as two numpy arrays (see :mod:`fredapp.core.calc.kpiseries`);
pyqtgraph draws only what is in view (``setClipToView``) and at most about one point per pixel
column, keeping each column's peaks (``setDownsampling(auto=True, mode="peak")``). The table
beside the graph reads the same arrays lazily, so it costs nothing until scrolled.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from fredapp.core.calc.kpiseries import SeriesInfo, load_series, time_series
from fredapp.core.models import KpiPoint, KpiSeries
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import RIGHT, GraphView, Index
from fredapp.ui.kpi.chart import NoData, set_title
from fredapp.ui.kpi.graph_files import graph_title
from fredapp.ui.kpi.plots import BLUE, HoverReadout, LocaleDateAxis, new_plot

# The call centre's series are tables per queue and hour, not time series: their own view.
NOT_TIME_SERIES = ("calls.queue", "calls.hour")


def configure_curve_plot(plot: pg.PlotWidget) -> pg.PlotDataItem:
    """The settings that make a million points fast: shared by the view and its benchmark."""
    item = plot.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    # A one-pixel pen: a wider one costs about 10 ms more per render of a full series.
    curve = pg.PlotDataItem(pen=pg.mkPen(BLUE, width=1), connect="finite")
    item.addItem(curve)
    return curve


def date_text(seconds: float) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(round(seconds * 1000), QTimeZone.utc())
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


class SeriesTableModel(QAbstractTableModel):
    """Date and value of every point, read from the arrays only for the rows on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.times = np.empty(0)
        self.values = np.empty(0)
        self.headers = ["", ""]

    def set_arrays(self, times: np.ndarray, values: np.ndarray, headers: list[str]) -> None:
        self.beginResetModel()
        self.times, self.values, self.headers = times, values, headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self.times.size)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return date_text(float(self.times[index.row()]))
            value = float(self.values[index.row()])
            return "–" if np.isnan(value) else formatting.number(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return RIGHT
        return None


class SeriesView(GraphView):
    watches = (KpiSeries, KpiPoint)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.series: list[SeriesInfo] = []
        self.times = np.empty(0)
        self.values = np.empty(0)
        self.curve: pg.PlotDataItem | None = None
        self._labels: tuple[str, ...] | None = None
        super().__init__(context, parent)
        self.no_data = NoData(self.plot.getPlotItem())
        self.points_model = SeriesTableModel()
        self.table.setModel(self.points_model)
        self.table.setAccessibleName(self.tr("Time series, table"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Time series, summary"))
        self.graph_column.addWidget(self.summary)
        self.series_box = QComboBox()
        self.series_box.setMinimumContentsLength(30)
        self.add_control(self.tr("&Series:"), self.series_box)
        self.hover = HoverReadout(self.plot, self.readout, self.describe)
        self.refresh()
        self.series_box.currentIndexChanged.connect(self.redraw)

    def build_plot(self) -> pg.PlotWidget:
        plot = new_plot(self.tr("Time series, graph"), {"bottom": LocaleDateAxis()}, grid=False)
        self.curve = configure_curve_plot(plot)
        return plot

    @property
    def series_id(self) -> uuid.UUID | None:
        data = self.series_box.currentData()
        return None if data is None else uuid.UUID(str(data))

    def refresh(self) -> None:
        self.series = time_series(self.context.database, NOT_TIME_SERIES)
        current = self.series_id
        self.series_box.blockSignals(True)
        self.series_box.clear()
        for info in self.series:
            self.series_box.addItem(info.title, str(info.id))
        ids = [info.id for info in self.series]
        if ids:
            self.series_box.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.series_box.blockSignals(False)
        self.redraw()

    def info(self) -> SeriesInfo | None:
        return next((i for i in self.series if i.id == self.series_id), None)

    def redraw(self) -> None:
        series_id = self.series_id
        if series_id is None:
            times, values = np.empty(0), np.empty(0)
        else:
            times, values = load_series(self.context.database, series_id)
        self.show_arrays(times, values)

    def show_arrays(self, times: np.ndarray, values: np.ndarray) -> None:
        self.times, self.values = times, values
        assert self.curve is not None
        self.curve.setData(times, values)
        info = self.info()
        unit = info.unit if info else ""
        title = info.title if info else ""
        heading = self.graph_title()
        if self._labels != (unit, title, heading):  # a new label lays the plot out again
            self._labels = (unit, title, heading)
            self.plot.setLabel("left", self.value_axis_title(unit), color="k")
            self.plot.setLabel("bottom", self.tr("Date"), color="k")
            set_title(self.plot.getPlotItem(), heading)
            legend = self.plot.getPlotItem().legend
            legend.clear()
            if title:
                legend.addItem(self.curve, title)
            legend.setVisible(bool(title))
        self.no_data.show(times.size == 0)
        view_box = self.plot.getPlotItem().vb
        if not all(view_box.autoRangeEnabled()):  # the user zoomed: show the new series whole
            view_box.enableAutoRange()
        self.points_model.set_arrays(
            times, values, [self.tr("Date"), self.tr("Value") + (f" ({unit})" if unit else "")]
        )
        self.summary.setText(self.summary_text())
        self.readout.setText(self.tr("Point at the line to see a day's figure."))

    def graph_title(self) -> str:
        """The series' title and the dates it covers («Time series» while there is none)."""
        info = self.info()
        if info is None:
            return graph_title("time-series")
        if self.times.size == 0:
            return info.title
        return (
            self.tr("%1 — %2 to %3")
            .replace("%1", info.title)
            .replace("%2", date_text(float(self.times[0])))
            .replace("%3", date_text(float(self.times[-1])))
        )

    def value_axis_title(self, unit: str) -> str:
        if not unit:
            return self.tr("Value (no unit given)")
        return self.tr("Value (%1)").replace("%1", unit)

    def summary_text(self) -> str:
        if self.times.size == 0:
            return self.tr("No time series in the database yet.")
        present = np.flatnonzero(~np.isnan(self.values[-1000:]))
        last = float(self.values[-1000:][present[-1]]) if present.size else np.nan
        if np.isnan(last) and np.all(np.isnan(self.values)):
            return self.tr("%Ln point(s), all missing.", "", self.times.size)
        return (
            self.tr(
                "%Ln point(s) from %2 to %3; lowest %4, highest %5, mean %6, last %7.",
                "",
                self.times.size,
            )
            .replace("%2", date_text(float(self.times[0])))
            .replace("%3", date_text(float(self.times[-1])))
            .replace("%4", formatting.number(float(np.nanmin(self.values)), 2))
            .replace("%5", formatting.number(float(np.nanmax(self.values)), 2))
            .replace("%6", formatting.number(_mean(self.values), 2))
            .replace("%7", formatting.number(None if np.isnan(last) else last, 2))
        )

    def describe(self, x: float) -> str | None:
        if self.times.size == 0:
            return None
        index = int(np.clip(np.searchsorted(self.times, x), 0, self.times.size - 1))
        if index > 0 and abs(self.times[index - 1] - x) < abs(self.times[index] - x):
            index -= 1
        value = float(self.values[index])
        return f"{date_text(float(self.times[index]))}: " + (
            "–" if np.isnan(value) else formatting.number(value, 2)
        )

    def file_stem(self) -> str:
        info = self.info()
        return info.code if info else "serie"

    sheet_kind = "series"

    def data_table(self) -> tuple[list[str], Iterable[list[Any]]]:
        """Rows made as they are written (a million of them): from the arrays of this moment.

        Dates are date cells in a workbook (text YYYY-MM-DD in CSV)."""
        from fredapp.core.vocabulary import SERIES_COLUMNS
        from fredapp.ui import labels

        epoch = dt.date(1970, 1, 1)
        days = (self.times // 86400).astype(np.int64)
        values = self.values
        rows = (
            [
                epoch + dt.timedelta(days=int(day)),
                None if np.isnan(value) else float(value),
            ]
            for day, value in zip(days, values, strict=True)
        )
        return labels.sheet_words().header(SERIES_COLUMNS, ["date", "value"]), rows


def _mean(values: np.ndarray) -> float:
    """np.nanmean copies the array; a series without gaps needs no copy."""
    if np.isnan(values).any():
        return float(np.nanmean(values))
    return float(values.mean())
