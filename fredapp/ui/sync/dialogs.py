"""Sync conflicts side by side, for a person to resolve.

A record's history is in history.py, the sync settings in settings.py; both stay importable
from here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
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
from fredapp.core.models import ConflictKind, SyncConflict
from fredapp.core.operations import Operation
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.messages import error_text
from fredapp.ui.record_names import field_name, table_name
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sync.history import HistoryDialog, HistoryModel
from fredapp.ui.sync.record_text import RecordText, model_for
from fredapp.ui.sync.settings import SyncSettingsDialog
from fredapp.ui.undo import push_operation

Index = QModelIndex | QPersistentModelIndex
__all__ = ["ConflictDialog", "ConflictModel", "HistoryDialog", "HistoryModel", "SyncSettingsDialog"]


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

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._text_page())
        self.pages.addWidget(self._delete_page())
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

    def _text_page(self) -> QWidget:
        """Two texts edited at once: both versions side by side, and a merge by hand."""
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
        return text_page

    def _delete_page(self) -> QWidget:
        """A delete that met an edit: keep the record, or delete it after all."""
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
        return delete_page

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
