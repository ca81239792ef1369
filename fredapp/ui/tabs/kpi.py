"""The Nøkkeltall tab: call-centre calls per hour, as a graph and as a table.

The graph is built the first time the tab is shown: pyqtgraph and numpy take
a noticeable part of a second to import, and most starts never need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from fredapp.core.calc.calls import CallRow, call_rows, format_duration
from fredapp.ui import formatting
from fredapp.ui.context import AppContext

if TYPE_CHECKING:
    import pyqtgraph as pg

Index = QModelIndex | QPersistentModelIndex
# Okabe–Ito colours stay distinct for the common kinds of colour-blindness.
ANSWERED_COLOUR = "#0072B2"
UNANSWERED_COLOUR = "#E69F00"
CALL_HEADERS = (
    QT_TRANSLATE_NOOP("CallTableModel", "Hour"),
    QT_TRANSLATE_NOOP("CallTableModel", "Calls"),
    QT_TRANSLATE_NOOP("CallTableModel", "Answered"),
    QT_TRANSLATE_NOOP("CallTableModel", "Unanswered"),
    QT_TRANSLATE_NOOP("CallTableModel", "Longest call"),
)


class CallTableModel(QAbstractTableModel):
    def __init__(self, rows: list[CallRow]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CALL_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CallTableModel", CALL_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.category,
                formatting.number(row.calls),
                formatting.number(row.answered),
                formatting.number(row.unanswered),
                format_duration(row.longest_s),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class KpiTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.plot: pg.PlotWidget | None = None
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Calls per hour, table"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Call centre</b> – calls per hour of the day")))
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self.plot is not None:
            return
        with self._context.database.session() as session:
            rows = call_rows(session, "hour")
        self.table.setModel(CallTableModel(rows))
        self.plot = self._build_plot(rows)
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _build_plot(self, rows: list[CallRow]) -> pg.PlotWidget:
        import numpy as np
        import pyqtgraph as pg

        plot = pg.PlotWidget(background="w")
        plot.setAccessibleName(self.tr("Calls per hour, graph"))
        plot.setMenuEnabled(False)
        x = np.arange(len(rows), dtype=float)
        answered = np.array([row.answered or 0.0 for row in rows])
        unanswered = np.array([row.unanswered or 0.0 for row in rows])
        legend = plot.addLegend(offset=(10, 10), labelTextColor="k", brush="w", pen="k")
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen("k")
            plot.getAxis(axis).setTextPen("k")
        self.bars["answered"] = pg.BarGraphItem(
            x=x, height=answered, width=0.6, brush=ANSWERED_COLOUR, pen="k"
        )
        self.bars["unanswered"] = pg.BarGraphItem(
            x=x, y0=answered, height=unanswered, width=0.6, brush=UNANSWERED_COLOUR, pen="k"
        )
        plot.addItem(self.bars["answered"])
        plot.addItem(self.bars["unanswered"])
        legend.addItem(self.bars["answered"], self.tr("Answered"))
        legend.addItem(self.bars["unanswered"], self.tr("Unanswered"))
        ticks = [(float(i), row.category[:5]) for i, row in enumerate(rows)]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setLabel("left", self.tr("Calls"), color="k")
        plot.setLabel("bottom", self.tr("Hour of the day"), color="k")
        plot.showGrid(y=True, alpha=0.3)
        return plot
