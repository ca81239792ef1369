"""Sync dialogs: conflicts side by side and a record's history (the settings: settings.py)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import ChangeRecord, ConflictKind, SyncConflict
from fredapp.core.operations import Operation
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.messages import error_text
from fredapp.ui.record_names import field_name, table_name
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sync.record_text import RecordText, model_for, record_label
from fredapp.ui.sync.settings import SyncSettingsDialog
from fredapp.ui.undo import push_operation

Index = QModelIndex | QPersistentModelIndex
_HISTORY_LIMIT = 5000
__all__ = ["ConflictDialog", "HistoryDialog", "SyncSettingsDialog"]


# -- conflicts ---------------------------------------------------------------------------------


class ConflictModel(ListTableModel):
    """The open conflicts, oldest first."""

    HEADER_CONTEXT = "ConflictModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictModel", "Field"),
        QT_TRANSLATE_NOOP("ConflictModel", "What happened"),
        QT_TRANSLATE_NOOP("ConflictModel", "Devices"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[tuple[SyncConflict, str]] = []
        self.reload()
        subscribe(context, [SyncConflict], self._on_batch, self)

    def reload(self) -> None:
        self.beginResetModel()
        conflicts = queries.unresolved_conflicts(self._context.database)
        names = RecordText(self._context)
        names.prefetch((c.table_name, c.record_id) for c in conflicts)
        self._rows = [
            (c, f"{table_name(c.table_name)}: {names.label(c.table_name, c.record_id)}")
            for c in conflicts
        ]
        self.endResetModel()

    def _on_batch(self, _batch: Batch) -> None:
        self.reload()

    def conflict(self, row: int) -> SyncConflict:
        return self._rows[row][0]

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        conflict, label = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return label
        if column == 1:
            return field_name(conflict.table_name, conflict.field_name)
        if column == 2:
            if conflict.kind == ConflictKind.DELETE.value:
                return self.tr("Deleted on one device, edited on another: kept")
            return self.tr("Edited on two devices at once: both kept")
        return f"{conflict.device_a} / {conflict.device_b}"


class ConflictDialog(QDialog):
    """Pick one version, or merge by hand side by side; the decision syncs like any edit."""

    resolved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.model = ConflictModel(context, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open conflicts"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("No conflicts to look at."))

        self.left = QTextEdit(readOnly=True)
        self.left.setAccessibleName(self.tr("Version kept by sync"))
        self.right = QTextEdit(readOnly=True)
        self.right.setAccessibleName(self.tr("The other version"))
        self.merged = QTextEdit()
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.keep_left = QPushButton(self.tr("Keep &left"))
        self.keep_left.setAccessibleName(self.tr("Keep the version on the left"))
        self.keep_left.clicked.connect(lambda: self.resolve_with("left"))
        self.keep_right = QPushButton(self.tr("Keep &right"))
        self.keep_right.setAccessibleName(self.tr("Keep the version on the right"))
        self.keep_right.clicked.connect(lambda: self.resolve_with("right"))
        self.save_merged = QPushButton(self.tr("&Save merged text"))
        self.save_merged.setAccessibleName(self.tr("Save the merged text"))
        self.save_merged.clicked.connect(lambda: self.resolve_with("merged"))
        text_page = QWidget()
        grid = QGridLayout(text_page)
        grid.addWidget(QLabel(self.tr("Kept by sync (later)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Other version")), 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        grid.addWidget(self.keep_left, 2, 0)
        grid.addWidget(self.keep_right, 2, 1)
        merged_label = QLabel(self.tr("&Merge by hand:"))
        merged_label.setBuddy(self.merged)
        grid.addWidget(merged_label, 3, 0, 1, 2)
        grid.addWidget(self.merged, 4, 0, 1, 2)
        grid.addWidget(self.save_merged, 5, 0, 1, 2)

        self.delete_text = QLabel()
        self.delete_text.setWordWrap(True)
        self.keep_record = QPushButton(self.tr("&Keep the record"))
        self.keep_record.setAccessibleName(self.tr("Keep the record"))
        self.keep_record.clicked.connect(lambda: self.resolve_with("keep"))
        self.delete_record = QPushButton(self.tr("&Delete it after all"))
        self.delete_record.setAccessibleName(self.tr("Delete the record after all"))
        self.delete_record.clicked.connect(lambda: self.resolve_with("delete"))
        delete_page = QWidget()
        column = QVBoxLayout(delete_page)
        column.addWidget(self.delete_text)
        row = QHBoxLayout()
        row.addWidget(self.keep_record)
        row.addWidget(self.delete_record)
        column.addLayout(row)
        column.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(text_page)
        self.pages.addWidget(delete_page)
        self.history_button = QPushButton(self.tr("Record &history…"))
        self.history_button.setAccessibleName(self.tr("Show the record's history"))
        self.history_button.clicked.connect(self._show_history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ActionRole)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.pages)
        splitter.setSizes([160, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.model.modelReset.connect(self._select_first)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
            self._show_current(self.model.index(0, 0))
        else:
            self.pages.setCurrentIndex(0)
            self.history_button.setEnabled(False)

    def current(self) -> SyncConflict | None:
        index = self.view.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def _show_current(self, index: Index, _previous: Index | None = None) -> None:
        if not index.isValid():
            return
        conflict = self.model.conflict(index.row())
        self.history_button.setEnabled(True)
        if conflict.kind == ConflictKind.DELETE.value:
            self.delete_text.setText(
                self.tr(
                    "This record was deleted on device %1 while it was edited on device %2. "
                    "Sync kept it, with the edit. Keep it, or delete it after all?"
                )
                .replace("%1", conflict.device_a)
                .replace("%2", conflict.device_b)
            )
            self.pages.setCurrentIndex(2)
            return
        html = conflict.field_name == "body_html"
        for editor, value in (
            (self.left, conflict.value_a),
            (self.right, conflict.value_b),
            (self.merged, conflict.value_a),
        ):
            if html:
                editor.setHtml(value or "")
            else:
                editor.setPlainText(value or "")
        self.pages.setCurrentIndex(1)

    def resolve_with(self, choice: str) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        model = model_for(conflict.table_name)
        if model is None:
            return False
        service = self._context.service
        stack = self._context.undo_stack
        changes = []
        try:
            if choice in ("left", "right", "merged"):
                if choice == "left":
                    value = conflict.value_a
                elif choice == "right":
                    value = conflict.value_b
                elif conflict.field_name == "body_html":
                    value = self.merged.toHtml()
                else:
                    value = self.merged.toPlainText()
                update = service.plan_update(
                    model, conflict.record_id, **{conflict.field_name: value or ""}
                )
                if update is not None:
                    changes.append(update)
            elif choice == "delete":
                changes.append(service.plan_delete(model, conflict.record_id))
            done = service.plan_update(SyncConflict, conflict.id, resolved=True)
            if done is not None:
                changes.append(done)
            for change in changes:
                service.validate(change)
        except (FredAppError, KeyError) as exc:
            QMessageBox.warning(self, self.tr("Conflict not resolved"), error_text(exc))
            return False
        # The decision is one operation: one transaction, one undo step.
        push_operation(stack, service, Operation.named(self.tr("Resolve conflict"), changes))
        self.resolved.emit()
        return True

    def _show_history(self) -> None:
        conflict = self.current()
        if conflict is not None:
            HistoryDialog(self._context, self, conflict.record_id).exec()


# -- history -----------------------------------------------------------------------------------


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
