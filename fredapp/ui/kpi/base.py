"""The frame every KPI graph sits in: controls, the graph, the same figures as a table, export.

Screen readers cannot see inside a pyqtgraph plot, so every graph has a table of the same figures
beside it and a label that repeats the figures under the mouse.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.io.cancel import STOPPED_EXPORT, checked
from fredapp.core.io.formats import write_table
from fredapp.ui.a11y import describe_graph
from fredapp.ui.context import AppContext
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.graph_export import export_graph
from fredapp.ui.labels import sheet_words
from fredapp.ui.messages import error_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.workers import CancelToken, run_with_progress

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class GraphTableModel(QAbstractTableModel):
    """The table beside a graph: read-only rows of already formatted figures; ``numeric``
    columns align right."""

    def __init__(self, headers: Sequence[str] = (), numeric: Sequence[int] = ()) -> None:
        super().__init__()
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.tooltips: list[str] = []
        self.bold_rows: set[int] = set()

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[int] = (),
        tooltips: Sequence[str] = (),
        bold_rows: Sequence[int] = (),
    ) -> None:
        """``bold_rows``: rows that sum the others up (a «Totalt» row)."""
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = [list(row) for row in rows]
        self.numeric = set(numeric)
        self.tooltips = list(tooltips)
        self.bold_rows = set(bold_rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return "" if section in self.bold_rows else str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.tooltips):
            return self.tooltips[index.row()] or None
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return None


class GraphView(QWidget):
    """One graph with its controls, its table and its export buttons; subclasses draw.

    Subclasses set ``plot`` (a pyqtgraph PlotWidget, or another widget to export), fill
    ``model`` in :meth:`refresh`, and say which data rows to export in :meth:`data_table`.
    """

    #: models whose changes make the view reload
    watches: tuple[type, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controls = QHBoxLayout()
        self.model = GraphTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.readout.setAccessibleName(self.tr("Figures under the mouse pointer"))
        self.export_graph_button = QPushButton(self.tr("Export &graph…"))
        self.export_graph_button.setAccessibleName(self.tr("Export the graph as PNG or SVG"))
        self.export_graph_button.setToolTip(
            self.tr("Export the graph as PNG or SVG (Ctrl+Shift+G)")
        )
        self.export_graph_button.clicked.connect(self.choose_graph_file)
        self.export_data_button = QPushButton(self.tr("Export &data…"))
        self.export_data_button.setAccessibleName(self.tr("Export the figures as Excel or CSV"))
        self.export_data_button.setToolTip(
            self.tr("Export the figures as Excel or CSV (Ctrl+Shift+D)")
        )
        self.export_data_button.clicked.connect(self.choose_data_file)
        for shortcut, slot in (
            ("Ctrl+Shift+G", self.choose_graph_file),
            ("Ctrl+Shift+D", self.choose_data_file),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.plot: pg.PlotWidget = self.build_plot()
        if isinstance(self.plot, QAbstractScrollArea):  # a TrendPlot describes itself
            describe_graph(
                self.plot,
                self.plot.accessibleName(),
                self.tr("The figures of the graph are in the table beside it."),
            )
        viewport = getattr(self.plot, "viewport", None)
        if viewport is not None:  # the plot itself takes focus, named; its viewport need not
            viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        #: the graph and the readout under it; a subclass may add more below
        self.graph_column = QVBoxLayout(left)
        self.graph_column.setContentsMargins(0, 0, 0, 0)
        self.graph_column.addWidget(self.plot, 1)
        self.graph_column.addWidget(self.readout)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        self.controls.addStretch(1)
        self.controls.addWidget(self.export_graph_button)
        self.controls.addWidget(self.export_data_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.splitter, 1)
        self._tabs_ordered = False
        subscribe(context, self.watches, self._on_batch, self)

    # -- for subclasses --------------------------------------------------------------------

    def build_plot(self) -> pg.PlotWidget:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def graph_title(self) -> str:
        return self.plot.accessibleName()

    def data_table(self) -> tuple[list[str], Iterable[list[Any]]]:
        """The figures of the graph as plain values (numbers stay numbers) for export.

        Called on the UI thread; the rows may be a generator the export thread runs, as long
        as it reads no widget.
        """
        raise NotImplementedError

    def add_control(self, label: str, widget: QWidget) -> QLabel:
        """Put a labelled control (a combo box) before the export buttons."""
        if isinstance(widget, QComboBox):  # long names must not widen the whole window
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(max(widget.minimumContentsLength(), 10))
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(caption.text().replace("&", "").rstrip(":"))
        position = self.controls.count() - 3  # before the stretch and the two buttons
        self.controls.insertWidget(position, caption)
        self.controls.insertWidget(position + 1, widget, 1)  # grows into free room …
        # … up to a sensible width, which grows with the font (text scaling)
        widget.setMaximumWidth(max(360, 40 * widget.fontMetrics().averageCharWidth()))
        return caption

    def showEvent(self, event: QShowEvent) -> None:
        # Tab order is set once the view sits in its window: Qt orders only within one window.
        if not self._tabs_ordered:
            self._tabs_ordered = True
            self.order_tabs()
        super().showEvent(event)

    def order_tabs(self) -> None:
        """Tab goes through the controls left to right, then the graph, then the table."""
        chain: list[QWidget] = []
        for i in range(self.controls.count()):
            item = self.controls.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
        plot = getattr(self.plot, "plot_widget", self.plot)  # a wrapped plot: the plot itself
        chain += [plot, self.table]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- following changes -----------------------------------------------------------------

    def _on_batch(self, _batch: Batch) -> None:
        # One refresh per operation or sync (an import of thousands of points: once).
        self.refresh()

    # -- export ----------------------------------------------------------------------------

    def choose_graph_file(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export graph"),
            str(Path.home() / f"{self.file_stem()}.png"),
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export_graph_to(Path(path))

    def choose_data_file(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export figures"),
            str(Path.home() / f"{self.file_stem()}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if path:
            self.export_data_to(Path(path))

    def file_stem(self) -> str:
        return "graf"

    # Names the exported sheet: a key of fredapp.core.vocabulary.SHEETS.
    sheet_kind = "figures"

    def export_graph_to(self, path: Path) -> bool:
        """Write the graph as the command line does: a copy at the file's size, same choices."""
        from fredapp.ui.kpi.graph_files import copy_for_file, discard

        copy = copy_for_file(self)
        try:
            export_graph(copy.plot, path, copy.graph_title())
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        finally:
            discard(copy)
        self.readout.setText(self.tr("Graph saved to %1").replace("%1", str(path)))
        return True

    def export_data_to(self, path: Path) -> bool:
        """A million-point series takes a while to write: it runs with progress and Cancel."""

        # Read from the widgets here, on the UI thread; the thread only writes the rows.
        header, rows = self.data_table()
        words = sheet_words()  # a sheet for people, in the window's language

        def work(token: CancelToken) -> int:
            return write_table(
                path,
                header,
                checked(rows, token, STOPPED_EXPORT),
                sheet=words.sheet(self.sheet_kind),
                date_format=words.date_format,
            )

        try:
            run_with_progress(
                self, self.tr("Exporting figures to %1 …").replace("%1", path.name), work
            )
        except Cancelled as exc:
            self.readout.setText(error_text(exc))
            return False
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        self.readout.setText(self.tr("Figures saved to %1").replace("%1", str(path)))
        return True
