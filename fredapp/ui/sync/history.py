"""The record history: who changed which field, from which device, when; filtered and sorted."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import ChangeRecord
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.record_names import field_name, table_name
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sync.record_text import RecordText, record_label

Index = QModelIndex | QPersistentModelIndex
_HISTORY_LIMIT = 5000


class HistoryModel(ListTableModel):
    """Who changed which field, from which device, when; newest first."""

    HEADER_CONTEXT = "HistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "When"),
        QT_TRANSLATE_NOOP("HistoryModel", "Who"),
        QT_TRANSLATE_NOOP("HistoryModel", "Device"),
        QT_TRANSLATE_NOOP("HistoryModel", "Table"),
        QT_TRANSLATE_NOOP("HistoryModel", "Record"),
        QT_TRANSLATE_NOOP("HistoryModel", "Field"),
        QT_TRANSLATE_NOOP("HistoryModel", "Old value"),
        QT_TRANSLATE_NOOP("HistoryModel", "New value"),
    )

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    WHEN, WHO, DEVICE, TABLE, RECORD, FIELD, OLD, NEW = range(8)

    def __init__(
        self, context: AppContext, record_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.record_id = record_id
        self._rows: list[ChangeRecord] = []
        # Shown and whole (tooltip) texts per row, made once per reload: the filter reads
        # every cell, and it must match what people see, not the stored codes.
        self._shown: list[tuple[str, ...]] = []
        self._whole: list[tuple[str, ...]] = []
        self.reload()
        # Twenty edits in a row, an import, a sync: one reload when the turn ends.
        subscribe(context, None, self._on_batch, self, later=True)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = queries.history(self._context.database, self.record_id, _HISTORY_LIMIT)
        names = RecordText(self._context)
        names.prefetch((e.table_name, e.record_id) for e in self._rows)
        self._shown = [self._texts(e, names, whole=False) for e in self._rows]
        self._whole = [self._texts(e, names, whole=True) for e in self._rows]
        self.endResetModel()

    @staticmethod
    def _texts(entry: ChangeRecord, names: RecordText, whole: bool) -> tuple[str, ...]:
        table, field = entry.table_name, entry.field_name
        return (
            formatting.date_time(entry.changed_at),
            entry.author,
            entry.device,
            table_name(table),
            names.label(table, entry.record_id),
            field_name(table, field),
            names.value(table, field, entry.old_value, whole),
            names.value(table, field, entry.new_value, whole),
        )

    def _on_batch(self, batch: Batch) -> None:
        if (
            self.record_id is None
            or batch.reload
            or any(change.record_id == self.record_id for change in batch.changes)
        ):
            self.reload()

    def entry(self, row: int) -> ChangeRecord:
        return self._rows[row]

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._shown[row][column]
            return text[:117] + "…" if len(text) > 120 else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._whole[row][column]
        if role == self.SORT_ROLE:
            # The clock sorts in time order; the shown date (30.10.2023) would not.
            return self._rows[row].stamp if column == self.WHEN else self._shown[row][column]
        return None


class HistoryDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, record_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record history"))
        self.model = HistoryModel(context, record_id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(HistoryModel.SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the history"))
        self.filter.setPlaceholderText(self.tr("Filter by person, device, table, field or value"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        # Wide enough for dates and names on one line; long values are in the tooltip.
        header.setMaximumSectionSize(320)
        self.view.resizeColumnsToContents()
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        title = (
            self.tr("History of %1").replace(
                "%1", record_label(context, self._table_of(record_id), record_id)
            )
            if record_id is not None
            else self.tr("All changes, newest first")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)

    def _table_of(self, record_id: uuid.UUID | None) -> str:
        return self.model.entry(0).table_name if self.model.rowCount() else ""
